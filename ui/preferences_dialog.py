"""The Preferences dialog: the VA's hourly rate and currency, and light, dark or system look."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.preferences import APPEARANCES, Preferences


class PreferencesDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.rate = QDoubleSpinBox()
        self.rate.setRange(0, 10000)
        self.rate.setDecimals(2)
        self.rate.setSpecialValueText("not set")
        self.rate.setValue(current.hourly_rate)
        self.rate.setAccessibleName("VA hourly rate")
        self.currency = QLineEdit(current.currency)
        self.currency.setMaxLength(8)
        self.currency.setPlaceholderText("$, €, £, CHF…")
        self.currency.setAccessibleName("Currency")
        self.appearance = QComboBox()
        for key, label in APPEARANCES:
            self.appearance.addItem(label, key)
        self.appearance.setCurrentIndex([k for k, _ in APPEARANCES].index(current.appearance))
        form = QFormLayout()
        form.addRow("VA's &hourly rate", self.rate)
        form.addRow("&Currency", self.currency)
        form.addRow("&Appearance", self.appearance)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> Preferences:
        return Preferences(
            self.rate.value(),
            self.currency.text().strip() or "$",
            str(self.appearance.currentData()),
        )
