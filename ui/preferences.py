"""Preferences kept in QSettings: the VA's hourly rate and currency, the colour scheme, the
owner's own hourly value, and the boundary paragraph of the VA brief ("Stays with me"). Their
keys, defaults and checks are declared in :mod:`ui.settings`.

The dialog that edits them is in :mod:`ui.preferences_dialog`, loaded only when opened.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from planner.records import NamedTuple
from ui import settings as settings_
from ui.settings import MAX_CURRENCY as MAX_CURRENCY
from ui.settings import MAX_RATE as MAX_RATE
from ui.settings import RATE_DECIMALS as RATE_DECIMALS
from ui.settings import Appearance

# The brief's standard paragraph comes from planner.brief, imported only when it is needed: the
# brief's modules are not needed to show the board.


def _default_boundary() -> str:
    from planner.brief import DEFAULT_BOUNDARY

    return DEFAULT_BOUNDARY


# A named tuple, not a frozen dataclass: it is made at every start, and Python 3.11 compiles each
# method a dataclass gets (about 0.6 ms here); it is only read, compared and rebuilt whole.
class Preferences(NamedTuple):
    """The owner's preferences (Settings dialog), read from and saved to QSettings."""

    hourly_rate: float = 0.0
    currency: str = "$"
    appearance: Appearance = Appearance.SYSTEM
    #: What an hour of the owner's own time is worth (0: not set).
    owner_rate: float = 0.0
    #: The owner's boundary paragraph for the brief; "" means the standard text.
    boundary: str = ""

    @property
    def boundary_text(self) -> str:
        """The paragraph the brief shows: the owner's own, else the standard one."""
        return self.boundary or _default_boundary()

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        boundary = settings_.BOUNDARY.read(settings).strip()
        return cls(
            settings_.HOURLY_RATE.read(settings),
            settings_.CURRENCY.read(settings),
            settings_.APPEARANCE.read(settings),
            settings_.OWNER_RATE.read(settings),
            "" if boundary and boundary == _default_boundary() else boundary,
        )

    def save(self, settings: QSettings) -> None:
        settings_.HOURLY_RATE.write(settings, self.hourly_rate)
        settings_.CURRENCY.write(settings, self.currency)
        settings_.APPEARANCE.write(settings, self.appearance)
        settings_.OWNER_RATE.write(settings, self.owner_rate)
        boundary = self.boundary.strip()
        same = bool(boundary) and boundary == _default_boundary()
        settings_.BOUNDARY.write(settings, "" if same else boundary)
