"""The summary strip: hours per week in each column as a stacked bar, hours freed, the VA cost,
and (once the owner has set their own hourly value) what the freed hours are worth.

The bar is painted with QPainter; each segment is labelled with its column name and hours in the
legend next to it, so colour is never the only cue. It repaints when the totals change.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner.model import COLUMNS, Column, format_hours
from planner.summary import Summary, format_money
from ui.board_totals import BoardTotals
from ui.fill import fill

SEGMENT_COLORS = {Column.ME: "#3b6fd8", Column.VA: "#2f9e6e", Column.NOBODY: "#9aa0a6"}


class StackedBar(QWidget):
    """A thin horizontal bar split by the hours in each column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours: dict[Column, float] = dict.fromkeys(COLUMNS, 0.0)
        self.setMinimumWidth(120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(240, 14)

    def set_hours(self, hours: dict[Column, float]) -> None:
        self.hours = dict(hours)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(0.5, 1.5, -0.5, -1.5)
        clip = QPainterPath()
        clip.addRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setClipPath(clip)
        fill(painter, rect, self.palette().color(QPalette.ColorRole.Midlight))
        total = sum(max(0.0, h) for h in self.hours.values())
        if total > 0:
            x = rect.left()
            for column in COLUMNS:
                width = rect.width() * max(0.0, self.hours[column]) / total
                segment = QRectF(x, rect.top(), width, rect.height())
                fill(painter, segment, QColor(SEGMENT_COLORS[column]))
                x += width
        painter.end()


class SummaryBar(QWidget):
    """Legend, stacked bar, and the time and money it all adds up to."""

    def __init__(self, totals: BoardTotals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryBar")
        self.totals = totals
        self.hourly_rate = 0.0
        self.owner_rate = 0.0
        self.currency = "$"
        self.bar = StackedBar(self)
        self.legend = QLabel(self)
        self.legend.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.freed = QLabel(self)
        self.freed.setObjectName("freedHours")
        font = self.freed.font()
        font.setBold(True)
        self.freed.setFont(font)
        self.cost = QLabel(self)
        self.cost.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.worth = QLabel(self)
        self.worth.setObjectName("ownerTimeValue")
        self.worth.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.worth.setToolTip("Hours freed × 52 weeks ÷ 12 months × your own hourly value")
        self.worth.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 2, 14, 2)
        row.setSpacing(12)
        row.addWidget(self.legend)
        row.addWidget(self.bar, 1)
        row.addWidget(self.freed)
        row.addWidget(self.cost)
        row.addWidget(self.worth)
        self.setAccessibleName("Summary")
        totals.changed.connect(self.refresh)
        self.refresh()

    def set_rate(self, hourly_rate: float, currency: str, owner_rate: float = 0.0) -> None:
        self.hourly_rate = hourly_rate
        self.currency = currency
        self.owner_rate = owner_rate
        self.refresh()

    def refresh(self) -> None:
        summary: Summary = self.totals.summary()
        self.bar.set_hours(summary.hours)
        parts = [
            f"<span style='color:{SEGMENT_COLORS[c]}'>■</span> {c.value} "
            f"{format_hours(summary.hours[c]) or '0'} h"
            for c in COLUMNS
        ]
        self.legend.setText(" &nbsp; ".join(parts))
        self.freed.setText(f"Frees {format_hours(summary.freed_hours) or '0'} h/week")
        if self.hourly_rate > 0:
            monthly = format_money(summary.va_monthly_cost(self.hourly_rate), self.currency)
            rate = format_money(self.hourly_rate, self.currency)
            self.cost.setText(f"VA ≈ {monthly}/month at {rate}/h")
        else:
            self.cost.setText("VA cost: set a rate in Preferences")
        self.cost.setToolTip("My VA hours × 52 weeks ÷ 12 months × hourly rate")
        worth = ""
        if self.owner_rate > 0:
            value = format_money(summary.owner_monthly_value(self.owner_rate), self.currency)
            worth = f"Your freed time ≈ {value}/month"
        self.worth.setText(worth)
        self.worth.setHidden(not worth)
        description = (
            "Hours per week: "
            + ", ".join(f"{c.value} {format_hours(summary.hours[c]) or '0'}" for c in COLUMNS)
            + f". {self.freed.text()}. {self.cost.text()}."
            + (f" {worth}." if worth else "")
        )
        self.setAccessibleDescription(description)
        self.bar.setToolTip(description)
