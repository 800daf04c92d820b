"""The Preferences dialog: the VA's hourly rate and currency, the owner's own hourly value, the
boundary paragraph of the VA brief, and light, dark or system look."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.brief import DEFAULT_BOUNDARY
from ui.preferences import Preferences
from ui.settings import MAX_CURRENCY, MAX_RATE, RATE_DECIMALS, Appearance


def _money_box(value: float, name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, MAX_RATE)
    box.setDecimals(RATE_DECIMALS)
    box.setSpecialValueText("not set")
    box.setValue(value)
    box.setAccessibleName(name)
    return box


class PreferencesDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Preferences")
        self.setMinimumWidth(520)
        self.rate = _money_box(current.hourly_rate, "VA hourly rate")
        self.owner_rate = _money_box(current.owner_rate, "Your own hourly value")
        self.owner_rate.setToolTip(
            "What an hour of your own time is worth to your business. The summary strip and "
            "the VA brief then show what the hours you free are worth."
        )
        self.currency = QLineEdit(current.currency)
        self.currency.setMaxLength(MAX_CURRENCY)
        self.currency.setPlaceholderText("$, €, £, CHF…")
        self.currency.setAccessibleName("Currency")
        self.appearance = QComboBox()
        for appearance in Appearance:
            self.appearance.addItem(appearance.label, appearance.value)
        self.appearance.setCurrentIndex(list(Appearance).index(current.appearance))
        self.boundary = QPlainTextEdit(current.boundary_text)
        self.boundary.setAccessibleName("Boundary paragraph for the VA brief")
        self.boundary.setTabChangesFocus(True)
        self.boundary.setMinimumHeight(96)
        self.reset_boundary = QPushButton("Use the &standard text")
        self.reset_boundary.clicked.connect(lambda: self.boundary.setPlainText(DEFAULT_BOUNDARY))
        boundary_help = QLabel(
            "Printed under “Stays with me” in the VA brief: where the line is, in your words."
        )
        boundary_help.setWordWrap(True)
        boundary_help.setBuddy(self.boundary)
        form = QFormLayout()
        form.addRow("VA's &hourly rate", self.rate)
        form.addRow("&Currency", self.currency)
        form.addRow("&Your own hourly value", self.owner_rate)
        form.addRow("&Appearance", self.appearance)
        boundary_box = QVBoxLayout()
        boundary_box.addWidget(boundary_help)
        boundary_box.addWidget(self.boundary)
        reset_row = QHBoxLayout()
        reset_row.addStretch(1)
        reset_row.addWidget(self.reset_boundary)
        boundary_box.addLayout(reset_row)
        boundary_label = QLabel("&Boundary")
        boundary_label.setBuddy(self.boundary)
        form.addRow(boundary_label, boundary_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def value(self) -> Preferences:
        # The raw text: toPlainText() would turn no-break spaces into plain ones.
        boundary = self.boundary.document().toRawText().replace("\u2029", "\n").strip()
        return Preferences(
            self.rate.value(),
            self.currency.text().strip() or "$",
            Appearance(str(self.appearance.currentData())),
            self.owner_rate.value(),
            "" if boundary == DEFAULT_BOUNDARY else boundary,
        )
