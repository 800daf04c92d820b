"""Settings are declared once (ui.settings): read back what was written, fall back to the
default for anything missing or damaged, and no other module spells a key."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from planner.brief import BriefFormat
from ui import settings as s
from ui.preferences import Preferences
from ui.settings import Appearance

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        (s.HOURLY_RATE, 22.5),
        (s.CURRENCY, "CHF"),
        (s.APPEARANCE, Appearance.DARK),
        (s.OWNER_RATE, 80.0),
        (s.BOUNDARY, "I answer every client myself."),
        (s.WINDOW_GEOMETRY, QByteArray(b"\x01\xd9\xd0\xcb geometry")),
        (s.RECENT_PLANS, [Path("/plans/a.dplan"), Path("/plans/b c.dplan")]),
        (s.RECENT_PLANS, [Path("/plans/only.dplan")]),
        (s.IMPORT_FOLDER, Path("/data/in")),
        (s.EXPORT_FOLDER, Path("/data/out")),
        (s.BRIEF_FOLDER, Path("/data/briefs")),
        (s.BRIEF_FORMAT, BriefFormat.MARKDOWN),
    ],
)
def test_what_is_written_reads_back(settings: QSettings, setting: s.Setting[object], value: object):
    setting.write(settings, value)
    settings.sync()
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert setting.read(again) == value


@pytest.mark.parametrize(
    ("setting", "stored"),
    [
        (s.HOURLY_RATE, "lots"),
        (s.HOURLY_RATE, "-3"),
        (s.HOURLY_RATE, "inf"),
        (s.HOURLY_RATE, "nan"),
        (s.CURRENCY, "   "),
        (s.APPEARANCE, "purple"),
        (s.OWNER_RATE, "-1e309"),
        (s.BOUNDARY, 12),
        (s.WINDOW_GEOMETRY, "not bytes"),
        (s.RECENT_PLANS, 42),
        (s.IMPORT_FOLDER, ""),
        (s.EXPORT_FOLDER, 7),
        (s.BRIEF_FORMAT, ".docx"),
    ],
)
def test_damaged_values_read_as_the_default(
    settings: QSettings, setting: s.Setting[object], stored: object
) -> None:
    settings.setValue(setting.key, stored)
    assert setting.read(settings) == setting.fallback()


def test_missing_values_read_as_the_default(settings: QSettings) -> None:
    assert [setting.read(settings) for setting in s.ALL] == [
        0.0,
        "$",
        Appearance.SYSTEM,
        0.0,
        "",
        QByteArray(),
        [],
        Path.home(),
        Path.home(),
        Path.home(),
        BriefFormat.PDF,
    ]


def test_damaged_preferences_load_as_defaults(settings: QSettings) -> None:
    for setting, junk in ((s.HOURLY_RATE, "x"), (s.CURRENCY, ""), (s.APPEARANCE, "neon")):
        settings.setValue(setting.key, junk)
    settings.setValue(s.OWNER_RATE.key, str(math.inf))
    assert Preferences.load(settings) == Preferences()


def test_keys_are_unique_and_spelled_only_in_the_settings_module() -> None:
    keys = [setting.key for setting in s.ALL]
    assert len(set(keys)) == len(keys)
    declared = {name for name in vars(s).values() if isinstance(name, s.Setting)}
    assert declared == set(s.ALL)
    sources = [
        path
        for folder in ("planner", "ui", "packaging")
        for path in (ROOT / folder).rglob("*.py")
        if path != ROOT / "ui" / "settings.py"
    ]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        assert ".value(" not in text or "settings.value" not in text, path
        assert not [key for key in keys if f'"{key}"' in text], path
