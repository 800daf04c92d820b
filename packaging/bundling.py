"""How ``build.py`` builds the double-clickable Delegation Planner: a PyInstaller onedir bundle.

    python packaging/build.py            # from the repository root, in the venv with '.[build]'

1. renders the icons from ``resources/icons/delegation-planner.svg`` into ``build/icons``;
2. compiles the advisor's hot modules with mypyc into ``build/compiled`` (``compile_advisor.py``:
   a copy, never the source tree) and writes the pure advisor's answers on a fixed set of texts
   to ``build/advisor-answers.json`` (``advisor_check.py``; ``.ci/package`` has the bundle check
   its own answers against them). No C compiler means no build: ``--pure-advisor`` builds with
   the pure-Python advisor on purpose (about half as fast);
3. freezes the app with ``packaging/delegation-planner.spec`` (windowed, onedir): the result is
   ``dist/delegation-planner/`` on Linux and Windows, ``dist/Delegation Planner.app`` on macOS;
   the compiled advisor replaces the ``.py`` files of the modules it compiled;
4. on Linux, strips debug information, adds the desktop integration (``share/``: desktop entry,
   hicolor icons, MIME type, AppStream metainfo) and ``install-linux.sh`` to the bundle, checks that
   every shared library in it finds its dependencies, and packs
   ``dist/delegation-planner-<version>-linux-<machine>.tar.gz``; on Windows it packs a ``.zip`` of
   the folder, on macOS a ``.zip`` of the ``.app`` (with ``ditto``, which keeps its symlinks).

PyInstaller cannot cross-compile: run this on each system you ship for. (The module is not called
``build`` so that it can be imported without clashing with the ``build/`` output folder or the
PyPI ``build`` package.)
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "delegation-planner.spec"
APP_NAME = "delegation-planner"
APP_ID = "io.github.delegationplanner.DelegationPlanner"
MIME_TYPE = "application/x-delegation-plan"
MIB = 1024 * 1024
#: The pure advisor's answers, written into the scratch folder for the bundle's advisor check.
ANSWERS = "advisor-answers.json"


def project_version(pyproject: Path = REPO / "pyproject.toml") -> str:
    """The ``[project] version`` of the checkout being built."""
    with pyproject.open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    if not isinstance(version, str):
        raise ValueError(f"{pyproject}: [project] version is not a string")
    return version


def platform_tag() -> str:
    """``linux-x86_64``, ``windows-amd64``, ``macos-arm64``..."""
    names = {"win32": "windows", "darwin": "macos"}
    system = names.get(sys.platform, sys.platform.rstrip("0123456789"))
    return f"{system}-{platform.machine().lower()}"


def folder_size(path: Path) -> int:
    """Bytes in the regular files below ``path`` (symlinks not followed or counted twice)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def megabytes(size: int) -> str:
    """``size`` in MiB, the unit ``du -m`` uses."""
    return f"{size / MIB:.1f} MiB"


def make_icons(out_dir: Path) -> None:
    """Render the icons (in a child process, so this one never starts Qt)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run(
        [sys.executable, str(PACKAGING / "make_icons.py"), str(out_dir)], check=True, env=env
    )


def compile_advisor(work: Path, pure: bool) -> list[str]:
    """Compile the advisor into ``work/compiled`` unless ``pure``; write the pure advisor's
    answers to ``work/advisor-answers.json``. Returns the compiled module names."""
    from compile_advisor import CompileError
    from compile_advisor import compile_advisor as compile_modules

    compiled: list[str] = []
    if not pure:
        start = time.monotonic()
        try:
            done = compile_modules(work / "compiled")
        except CompileError as error:
            raise SystemExit(f"build: error: {error}\n(--pure-advisor builds without it)") from None
        compiled = list(done.modules)
        print(f"build: compiled {', '.join(compiled)} ({time.monotonic() - start:.0f} s)")
    subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "advisor_check.py"),
            "dump",
            str(work / ANSWERS),
            *compiled,
        ],
        check=True,
        cwd=REPO,
    )
    return compiled


def run_pyinstaller(
    dist: Path, work: Path, icons: Path, version: str, compiled: Path | None
) -> None:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
        "--",
        "--icons",
        str(icons),
        "--version",
        version,
        *(["--compiled", str(compiled)] if compiled else []),
    ]
    subprocess.run(command, check=True, cwd=REPO)


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def has_debug_info(path: Path) -> bool:
    result = subprocess.run(
        ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False
    )
    return ".debug_info" in result.stdout


def strip_debug_info(bundle: Path) -> list[Path]:
    """``strip --strip-debug`` the ELF files that carry debug information (a pyenv libpython has
    22 MB of it). Only debug sections go: symbols and Qt's plugin metadata stay."""
    if shutil.which("strip") is None or shutil.which("readelf") is None:
        print("build: no strip/readelf (binutils): debug information left in", file=sys.stderr)
        return []
    stripped = [p for p in sorted(bundle.rglob("*")) if is_elf(p) and has_debug_info(p)]
    for path in stripped:
        mode = path.stat().st_mode
        path.chmod(mode | 0o200)
        subprocess.run(["strip", "--strip-debug", str(path)], check=True)
        path.chmod(mode)
    return stripped


def library_problems(bundle: Path) -> tuple[list[str], list[str]]:
    """Check with ``ldd`` that every shared library in the bundle finds its dependencies.

    Returns ``(errors, warnings)``. An error is a library the bundle should carry (PyInstaller
    bundles it, and this machine has it) that is missing from the bundle: the spec dropped
    something still in use. A warning is a library this build machine does not have at all, so
    neither a plain PyInstaller build would carry it: the user's system has to provide it (for
    example libwayland-cursor for the Wayland plugin, present on every Wayland desktop)."""
    from PyInstaller.depend import dylib

    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    errors: set[str] = set()
    warnings: set[str] = set()
    for path in sorted(bundle.rglob("*")):
        if not is_elf(path):
            continue
        result = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        for line in result.stdout.splitlines():
            name, arrow, found = line.strip().partition(" => ")
            if not arrow:
                continue
            where = found.split(" (")[0]
            if where == "not found":
                warnings.add(name)
            elif not Path(where).resolve().is_relative_to(bundle.resolve()) and (
                dylib.include_library(where)
            ):
                errors.add(f"{path.relative_to(bundle)} needs {name}, found only at {where}")
    return sorted(errors), sorted(warnings)


def add_linux_integration(bundle: Path, icons: Path) -> None:
    """Put what ``install-linux.sh`` installs into ``bundle/share``, and the script beside it."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    for size_file in sorted((icons / "png").glob("*.png")):
        size = size_file.stem
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(size_file, target)
    scalable = share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_NAME}.svg"
    scalable.parent.mkdir(parents=True)
    shutil.copyfile(icons / f"{APP_NAME}.svg", scalable)
    copies = {
        PACKAGING / f"{APP_NAME}.desktop": share / "applications" / f"{APP_NAME}.desktop",
        PACKAGING / f"{APP_NAME}-mime.xml": share / "mime" / "packages" / f"{APP_NAME}.xml",
        PACKAGING / f"{APP_ID}.metainfo.xml": share / "metainfo" / f"{APP_ID}.metainfo.xml",
    }
    for source, target in copies.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
    installer = bundle / "install-linux.sh"
    shutil.copyfile(PACKAGING / "install-linux.sh", installer)
    installer.chmod(0o755)


def archive(target: Path, dist: Path, version: str) -> Path:
    """Pack the bundle for download: tar.gz on Linux, zip elsewhere."""
    base = dist / f"{APP_NAME}-{version}-{platform_tag()}"
    if sys.platform == "darwin":
        path = base.with_name(base.name + ".zip")
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(target), str(path)], check=True)
        return path
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(base), "zip", target.parent, target.name))
    path = base.with_name(base.name + ".tar.gz")
    with tarfile.open(path, "w:gz", compresslevel=9) as tar:
        tar.add(target, arcname=target.name)
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the Delegation Planner bundle.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="scratch folder")
    parser.add_argument("--no-archive", action="store_true", help="skip the .tar.gz / .zip")
    parser.add_argument(
        "--pure-advisor",
        action="store_true",
        help="do not compile the advisor with mypyc (no C compiler needed; the advisor is slower)",
    )
    args = parser.parse_args(argv)
    dist: Path = args.dist.resolve()
    work: Path = args.work.resolve()

    version = project_version()
    icons = work / "icons"
    print(f"build: Delegation Planner {version} for {platform_tag()}")
    make_icons(icons)
    compiled = compile_advisor(work, args.pure_advisor)
    run_pyinstaller(
        dist, work / "pyinstaller", icons, version, work / "compiled" if compiled else None
    )

    if sys.platform == "darwin":
        target = dist / "Delegation Planner.app"
    else:
        target = dist / APP_NAME
    if sys.platform.startswith("linux"):
        stripped = strip_debug_info(target)
        if stripped:
            print(f"build: stripped debug information from {len(stripped)} files")
        add_linux_integration(target, icons)
        errors, warnings = library_problems(target)
        if warnings:
            print(f"build: not on this machine, left to the user's system: {', '.join(warnings)}")
        if errors:
            print("build: error: libraries the bundle needs are missing:", file=sys.stderr)
            for error in errors:
                print(f"  {error}", file=sys.stderr)
            return 1
    shown = target.relative_to(REPO) if target.is_relative_to(REPO) else target
    print(f"build: bundle {shown}: {megabytes(folder_size(target))}")
    if not args.no_archive:
        packed = archive(target, dist, version)
        print(f"build: archive {packed.name}: {megabytes(packed.stat().st_size)}")
    return 0
