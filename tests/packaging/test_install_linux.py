"""``install-linux.sh``: install a (fake) bundle into a temporary prefix, then remove exactly that.

The fake bundle has the real ``share/`` tree that ``bundling.py`` adds to a bundle (desktop entry,
hicolor icons, MIME type, metainfo) and a shell script standing in for the frozen executable.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import bundling
import make_icons
import pytest
from PySide6.QtWidgets import QApplication

from planner.store import APPLICATION_ID

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux installer")

SCRIPT = bundling.PACKAGING / "install-linux.sh"


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Path:
    folder = tmp_path_factory.mktemp("icons")
    make_icons.generate(folder)
    return folder


@pytest.fixture
def bundle(tmp_path: Path, icons: Path) -> Path:
    folder = tmp_path / "bundle" / "delegation-planner"
    (folder / "_internal").mkdir(parents=True)
    (folder / "_internal" / "libfake.so").write_bytes(b"\x7fELF fake")
    executable = folder / "delegation-planner"
    executable.write_text('#!/bin/sh\necho "fake planner $*"\n', encoding="utf-8")
    executable.chmod(0o755)
    bundling.add_linux_integration(folder, icons)
    return folder


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "PREFIX"}
    return subprocess.run(
        ["bash", *[str(arg) for arg in args]], capture_output=True, text=True, env=env, check=False
    )


def tree(root: Path) -> set[str]:
    return {str(path.relative_to(root)) for path in root.rglob("*")}


def test_install_puts_everything_in_place_and_uninstall_takes_it_away(
    bundle: Path, tmp_path: Path
) -> None:
    prefix = tmp_path / "my prefix"  # a space, to check the quoting in the desktop entry
    prefix.mkdir()
    result = run(bundle / "install-linux.sh", "--prefix", prefix)
    assert result.returncode == 0, result.stderr

    launcher = prefix / "bin" / "delegation-planner"
    assert launcher.is_symlink()
    assert launcher.resolve() == (prefix / "lib" / "delegation-planner" / "delegation-planner")
    assert subprocess.run([launcher, "x.dplan"], capture_output=True, text=True).stdout == (
        "fake planner x.dplan\n"
    )
    share = prefix / "share"
    for size in make_icons.PNG_SIZES:
        assert (share / f"icons/hicolor/{size}x{size}/apps/delegation-planner.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/delegation-planner.svg").is_file()
    assert (share / "mime/packages/delegation-planner.xml").is_file()
    assert (share / f"metainfo/{bundling.APP_ID}.metainfo.xml").is_file()
    desktop = share / "applications/delegation-planner.desktop"
    text = desktop.read_text(encoding="utf-8")
    executable = prefix / "lib" / "delegation-planner" / "delegation-planner"
    assert f'Exec="{executable}" %f\n' in text
    assert f"TryExec={executable}\n" in text
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", desktop], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout

    installed_script = prefix / "lib" / "delegation-planner" / "install-linux.sh"
    result = run(installed_script, "--uninstall", "--prefix", prefix)
    assert result.returncode == 0, result.stderr
    assert tree(prefix) == set()


def test_uninstall_leaves_what_was_there_before(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "other-tool").write_text("#!/bin/sh\n", encoding="utf-8")
    (prefix / "share" / "applications").mkdir(parents=True)
    (prefix / "share" / "applications" / "other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=other-tool\n", encoding="utf-8"
    )
    (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "other.png").write_bytes(b"png")
    before = tree(prefix)

    assert run(SCRIPT, "--bundle", bundle, "--prefix", prefix).returncode == 0
    assert len(tree(prefix)) > len(before)
    # a second install replaces the first one
    assert run(SCRIPT, "--bundle", bundle, "--prefix", prefix).returncode == 0
    result = run(SCRIPT, "--uninstall", "--prefix", prefix)
    assert result.returncode == 0, result.stderr
    assert tree(prefix) == before


def test_uninstall_without_an_installation_fails_cleanly(tmp_path: Path) -> None:
    result = run(SCRIPT, "--uninstall", "--prefix", tmp_path)
    assert result.returncode == 1
    assert "no installation found" in result.stderr
    assert tree(tmp_path) == set()


def test_install_refuses_a_folder_without_the_app(tmp_path: Path) -> None:
    result = run(SCRIPT, "--bundle", tmp_path, "--prefix", tmp_path / "prefix")
    assert result.returncode == 1
    assert "not found" in result.stderr
    assert not (tmp_path / "prefix").exists()


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info")
def test_installed_mime_type_recognises_plans(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    assert run(SCRIPT, "--bundle", bundle, "--prefix", prefix).returncode == 0
    plan = tmp_path / "some plan.dplan"
    renamed = tmp_path / "plan-without-suffix"
    for path in (plan, renamed):
        with sqlite3.connect(path) as connection:
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute("CREATE TABLE t (x)")
        connection.close()
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE t (x)")
    connection.close()
    # A fresh process, so that Qt's MIME database reads this prefix's share/mime.
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "print(' '.join(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(prefix / "share"), "XDG_DATA_DIRS": "/usr/share"}
    result = subprocess.run(
        [sys.executable, "-c", probe, str(plan), str(renamed), str(other)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert result.stdout.split() == [
        bundling.MIME_TYPE,
        bundling.MIME_TYPE,
        "application/vnd.sqlite3",
    ]
