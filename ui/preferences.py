"""Preferences kept in QSettings: the VA's hourly rate and currency, and the colour scheme.

The dialog that edits them is in :mod:`ui.preferences_dialog`, loaded only when opened.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSettings

APPEARANCES = (("system", "Follow the system"), ("light", "Light"), ("dark", "Dark"))


@dataclass(frozen=True, slots=True)
class Preferences:
    hourly_rate: float = 0.0
    currency: str = "$"
    appearance: str = "system"

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
        return cls(max(0.0, rate), currency[:8], appearance)

    def save(self, settings: QSettings) -> None:
        settings.setValue("prefs/hourly_rate", self.hourly_rate)
        settings.setValue("prefs/currency", self.currency)
        settings.setValue("prefs/appearance", self.appearance)
