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
        try:
            rate = float(str(settings.value("prefs/hourly_rate", 0.0)))
        except ValueError:
            rate = 0.0
        currency = str(settings.value("prefs/currency", "$")) or "$"
        appearance = str(settings.value("prefs/appearance", "system"))
        if appearance not in {key for key, _ in APPEARANCES}:
            appearance = "system"
        try:
            owner_rate = float(str(settings.value("prefs/owner_rate", 0.0)))
        except ValueError:
            owner_rate = 0.0
        if not 0 <= owner_rate < float("inf"):
            owner_rate = 0.0
        boundary = str(settings.value("prefs/boundary", "") or "").strip()
        if boundary and boundary == _default_boundary():
            boundary = ""
        return cls(max(0.0, rate), currency[:8], appearance, owner_rate, boundary)

    def save(self, settings: QSettings) -> None:
        settings.setValue("prefs/hourly_rate", self.hourly_rate)
        settings.setValue("prefs/currency", self.currency)
        settings.setValue("prefs/appearance", self.appearance)
        settings.setValue("prefs/owner_rate", self.owner_rate)
        boundary = self.boundary.strip()
        same = bool(boundary) and boundary == _default_boundary()
        settings.setValue("prefs/boundary", "" if same else boundary)
