"""Every value the app keeps in QSettings, declared once: its key, type, default and check.

Other modules read and write settings only through these declarations (a test checks that no
other module names a key). A stored value that is missing, of the wrong type or out of range
reads as the default, so a damaged or hand-edited settings file never stops the app or reaches
a widget.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from planner.records import NamedTuple

if TYPE_CHECKING:
    from planner.brief import BriefFormat

T = TypeVar("T")


class Appearance(StrEnum):
    """The colour scheme chosen in Preferences (the value is what the settings file holds)."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST_LIGHT = "high-contrast-light"
    HIGH_CONTRAST_DARK = "high-contrast-dark"

    @property
    def label(self) -> str:
        return _APPEARANCE_LABELS[self]


_APPEARANCE_LABELS: Final = {
    Appearance.SYSTEM: "Follow the system",
    Appearance.LIGHT: "Light",
    Appearance.DARK: "Dark",
    Appearance.HIGH_CONTRAST_LIGHT: "High contrast, black on white",
    Appearance.HIGH_CONTRAST_DARK: "High contrast, white on black",
}


# A named tuple, not a frozen dataclass: declared at every start, and Python 3.11 compiles each
# method a dataclass gets (about 0.6 ms here); a setting is only read.
class Setting(NamedTuple, Generic[T]):
    """One stored value: read with :meth:`read`, written with :meth:`write`."""

    key: str
    #: The value when nothing valid is stored; a callable is called each time (a folder that
    #: depends on the user's home, a fresh empty list...).
    default: T | Callable[[], T]
    #: Turns what QSettings gives back into a valid value; raises ValueError or TypeError when
    #: it cannot (the default is then used).
    parse: Callable[[object], T]
    #: Turns a value into what is stored (None: stored as it is).
    encode: Callable[[T], object] | None = None

    def fallback(self) -> T:
        default = self.default
        return default() if callable(default) else default

    def read(self, settings: QSettings) -> T:
        raw = settings.value(self.key)
        if raw is None:
            return self.fallback()
        try:
            return self.parse(raw)
        except (ValueError, TypeError, OverflowError):
            return self.fallback()

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value if self.encode is None else self.encode(value))


#: The limits of the money settings and the currency symbol: the Preferences dialog's inputs take
#: exactly these, and a stored value is brought within them, so the dialog never changes a value
#: the user did not touch.
MAX_RATE: Final = 100_000.0
RATE_DECIMALS: Final = 2
MAX_CURRENCY: Final = 8


# -- parsers: each accepts what QSettings may give back (the INI backend gives text) ----------


def _amount(raw: object) -> float:
    """A money amount: a finite number from 0, at most :data:`MAX_RATE`, in cents."""
    value = float(str(raw))
    if not math.isfinite(value) or value < 0:
        raise ValueError(f"not an amount: {raw!r}")
    return round(min(value, MAX_RATE), RATE_DECIMALS)


def _currency(raw: object) -> str:
    text = str(raw).strip()[:MAX_CURRENCY]
    if not text:
        raise ValueError("no currency")
    return text


def _text(raw: object) -> str:
    if not isinstance(raw, str):
        raise TypeError(f"not text: {raw!r}")
    return raw


def _folder(raw: object) -> Path:
    if not isinstance(raw, str) or not raw.strip():
        raise TypeError(f"not a folder: {raw!r}")
    return Path(raw)


def _paths(raw: object) -> list[Path]:
    """A list of paths; QSettings gives back a one-item list as a plain string."""
    if isinstance(raw, str):
        items: list[object] = [raw]
    elif isinstance(raw, list | tuple):
        items = list(raw)
    else:
        raise TypeError(f"not a list of paths: {raw!r}")
    return [Path(str(item)) for item in items if str(item)]


def _geometry(raw: object) -> QByteArray:
    if not isinstance(raw, QByteArray) or raw.isEmpty():
        raise TypeError("no window geometry")
    return raw


def _appearance(raw: object) -> Appearance:
    return Appearance(str(raw))


def _brief_format(raw: object) -> BriefFormat:
    from planner.brief import BriefFormat  # only when the brief is made, not at start-up

    return BriefFormat(str(raw))


def _default_brief_format() -> BriefFormat:
    from planner.brief import BriefFormat

    return BriefFormat.PDF


def _path_text(path: Path) -> str:
    return str(path)


def _paths_text(paths: list[Path]) -> list[str]:
    return [str(path) for path in paths]


# -- the settings ------------------------------------------------------------------------------

#: Preferences (edited in the Preferences dialog, see :mod:`ui.preferences`).
HOURLY_RATE: Final = Setting("prefs/hourly_rate", 0.0, _amount)
CURRENCY: Final = Setting("prefs/currency", "$", _currency)
APPEARANCE: Final = Setting("prefs/appearance", Appearance.SYSTEM, _appearance, str)
OWNER_RATE: Final = Setting("prefs/owner_rate", 0.0, _amount)
BOUNDARY: Final = Setting("prefs/boundary", "", _text)

#: The window's size and place, as QWidget.saveGeometry() gives it.
WINDOW_GEOMETRY: Final = Setting("window/geometry", QByteArray, _geometry)
#: The plans opened last, newest first.
RECENT_PLANS: Final[Setting[list[Path]]] = Setting("plans/recent", list, _paths, _paths_text)
#: The folders the file dialogs start in.
IMPORT_FOLDER: Final = Setting("import/last_dir", Path.home, _folder, _path_text)
EXPORT_FOLDER: Final = Setting("export/last_dir", Path.home, _folder, _path_text)
BRIEF_FOLDER: Final = Setting("brief/last_dir", Path.home, _folder, _path_text)
#: The VA brief's last file format.
BRIEF_FORMAT: Final[Setting[BriefFormat]] = Setting(
    "brief/last_format", _default_brief_format, _brief_format, str
)

#: Every setting, for tests and for anyone who wants to list them.
ALL: Final[tuple[Setting[Any], ...]] = (
    HOURLY_RATE,
    CURRENCY,
    APPEARANCE,
    OWNER_RATE,
    BOUNDARY,
    WINDOW_GEOMETRY,
    RECENT_PLANS,
    IMPORT_FOLDER,
    EXPORT_FOLDER,
    BRIEF_FOLDER,
    BRIEF_FORMAT,
)
