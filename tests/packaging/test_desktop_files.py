"""The Linux desktop integration files: desktop entry, MIME type and AppStream metainfo.

They must agree with each other and with the app (the desktop file name Qt announces, the WM_CLASS
it sets, the plan file's SQLite application_id), and pass the freedesktop validators when those are
installed (``desktop-file-utils``, ``appstream``).
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import bundling
import pytest

from planner import identity
from planner.paths import PLAN_SUFFIX
from planner.store import APPLICATION_ID

PACKAGING = bundling.PACKAGING
DESKTOP = PACKAGING / "delegation-planner.desktop"
MIME = PACKAGING / "delegation-planner-mime.xml"
METAINFO = PACKAGING / f"{bundling.APP_ID}.metainfo.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_launches_the_app_on_a_plan_file() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == identity.APP_NAME
    assert entry["Exec"] == f"{identity.APP_ID} %f"
    assert entry["Terminal"] == "false"
    assert entry["MimeType"].split(";") == [bundling.MIME_TYPE, ""]
    assert "Office" in entry["Categories"].split(";")


def test_the_desktop_entry_matches_what_qt_announces() -> None:
    entry = desktop_entry()
    # QGuiApplication.setDesktopFileName() names this file; the icon has the same name.
    assert DESKTOP.stem == identity.APP_ID
    assert entry["Icon"] == identity.APP_ID
    # Qt's xcb window class is the application name (WM_CLASS "delegation-planner",
    # "Delegation Planner", as xprop shows for the bundle under Xvfb).
    assert entry["StartupWMClass"] == identity.APP_NAME


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate_accepts_the_entry() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == ""


def test_the_mime_type_recognises_plans_by_name_and_by_content() -> None:
    root = ET.parse(MIME).getroot()
    (mime_type,) = root.findall("m:mime-type", MIME_NS)
    assert mime_type.get("type") == bundling.MIME_TYPE
    globs = [glob.get("pattern") for glob in mime_type.findall("m:glob", MIME_NS)]
    assert globs == [f"*{PLAN_SUFFIX}"]
    parent = mime_type.find("m:sub-class-of", MIME_NS)
    assert parent is not None
    assert parent.get("type") == "application/vnd.sqlite3"
    sqlite = mime_type.find("m:magic/m:match", MIME_NS)
    assert sqlite is not None
    assert (sqlite.get("offset"), sqlite.get("value")) == ("0", "SQLite format 3")
    app_id = sqlite.find("m:match", MIME_NS)
    assert app_id is not None
    assert app_id.get("type") == "big32"
    assert app_id.get("offset") == "68"  # PRAGMA application_id lives at byte 68 of the header
    assert int(app_id.get("value", ""), 16) == APPLICATION_ID


def test_the_metainfo_describes_this_app_and_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == bundling.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == bundling.MIME_TYPE
    assert root.findtext("provides/binary") == identity.APP_ID
    images = [image.text or "" for image in root.iter("image")]
    assert [Path(url).name for url in images] == ["board-light.png", "board-dark.png"]
    assert all("/packaging/screenshots/" in url for url in images)
    with (bundling.REPO / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    newest = root.find("releases/release")
    assert newest is not None
    assert newest.get("version") == version == identity.version()


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_validates_the_metainfo_offline() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_spec_and_build_script_agree_on_names() -> None:
    spec = (PACKAGING / "delegation-planner.spec").read_text(encoding="utf-8")
    assert f'APP_NAME = "{identity.APP_ID}"' in spec
    assert f'BUNDLE_ID = "{bundling.APP_ID}"' in spec
    assert "console=False" in spec
    assert (
        bundling.project_version()
        == tomllib.loads((bundling.REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"][
            "version"
        ]
    )


def test_the_build_uses_the_apps_names() -> None:
    # The build script runs without the app importable, so it spells the names itself.
    assert bundling.APP_NAME == identity.APP_ID == identity.DISTRIBUTION
    assert bundling.APP_ID == identity.DESKTOP_ID
