"""Preferences kept in QSettings: the VA's hourly rate and currency, the colour scheme, the
owner's own hourly value, and the boundary paragraph of the VA brief ("Stays with me").

The dialog that edits them is in :mod:`ui.preferences_dialog`, loaded only when opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

# The brief's standard paragraph comes from planner.brief, imported only when it is needed: the
# brief's modules are not needed to show the board.


def _default_boundary() -> str:
    from planner.brief import DEFAULT_BOUNDARY

    return DEFAULT_BOUNDARY


APPEARANCES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))
#: The limits of the money fields and the currency symbol: the dialog's inputs take exactly
#: these, and a value read from the settings is brought within them, so the dialog never
#: changes a value the user did not touch.
MAX_RATE = 100_000.0
RATE_DECIMALS = 2
MAX_CURRENCY = 8


def _rate(value: object) -> float:
    """A stored rate within the limits; anything unreadable means not set (0)."""
    try:
        rate = float(str(value))
    except ValueError:
        return 0.0
    if not 0 <= rate < float("inf"):
        return 0.0
    return round(min(rate, MAX_RATE), RATE_DECIMALS)


@dataclass(frozen=True, slots=True)
class Preferences:
    hourly_rate: float = 0.0
    currency: str = "$"
    appearance: str = "system"
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
        rate = _rate(settings.value("prefs/hourly_rate", 0.0))
        currency = str(settings.value("prefs/currency", "$")) or "$"
        appearance = str(settings.value("prefs/appearance", "system"))
        if appearance not in {key for key, _ in APPEARANCES}:
            appearance = "system"
        owner_rate = _rate(settings.value("prefs/owner_rate", 0.0))
        boundary = str(settings.value("prefs/boundary", "") or "").strip()
        if boundary and boundary == _default_boundary():
            boundary = ""
        return cls(rate, currency[:MAX_CURRENCY], appearance, owner_rate, boundary)

    def save(self, settings: QSettings) -> None:
        settings.setValue("prefs/hourly_rate", self.hourly_rate)
        settings.setValue("prefs/currency", self.currency)
        settings.setValue("prefs/appearance", self.appearance)
        settings.setValue("prefs/owner_rate", self.owner_rate)
        boundary = self.boundary.strip()
        same = bool(boundary) and boundary == _default_boundary()
        settings.setValue("prefs/boundary", "" if same else boundary)
