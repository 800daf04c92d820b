"""The summary strip: hours per week in each column as a stacked bar, hours freed, the VA cost,
and (once the owner has set their own hourly value) what the freed hours are worth. On one line
where the window is wide enough, else on two (the figures under the legend and bar).

The bar is painted with QPainter; each segment is labelled with its column name and hours in the
legend next to it, so colour is never the only cue. It repaints when the totals change.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner.model import COLUMNS, Column, format_hours
from planner.summary import Summary, format_money
from ui.board_totals import BoardTotals
from ui.fill import fill
from ui.qt_values import ALIGN_LEFT, ALIGN_TOP, PLAIN_TEXT
from ui.text_paint import draw_text

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


TOP_LEFT = ALIGN_LEFT | ALIGN_TOP


class Legend(QLabel):
    """The key to the bar: for each column a square in its colour, then its name and hours.

    Painted, to the pixel as a label would show it as rich text: a label's first rich text sets
    up Qt's whole text-document machinery (HTML and CSS parsing, document layout), about 1.5 ms
    before the first frame. It is still a label holding the line as plain text, so screen
    readers read it as static text, as they read the other figures of the strip.
    """

    #: Between two columns' entries (a no-break space between spaces, as ``" &nbsp; "``). Written
    #: as ``\u00a0``, not by its name: compiling a ``\N{...}`` escape loads ``unicodedata``, which
    #: nothing before the first paint needs (a start without cached bytecode, such as a fresh
    #: checkout run with PYTHONDONTWRITEBYTECODE set, loaded it: the start-up test saw it).
    SEPARATOR = " \u00a0 "
    SQUARE = "■"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[QColor, str]] = []
        self.setProperty("textFormat", PLAIN_TEXT)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)

    def set_entries(self, entries: list[tuple[QColor, str]]) -> None:
        """Show ``entries``: (colour, words) for each column, in order."""
        self.entries = entries
        self.setText(self.text())  # what assistive technology reads; the painting is ours
        self.setAccessibleName(", ".join(words for _, words in entries))
        self.updateGeometry()
        self.update()

    def runs(self) -> list[tuple[QColor | None, str]]:
        """The text in runs of one colour (None: the palette's text colour)."""
        runs: list[tuple[QColor | None, str]] = []
        for colour, words in self.entries:
            if runs:
                runs.append((None, self.SEPARATOR))
            runs += [(colour, self.SQUARE), (None, f" {words}")]
        return runs

    def text(self) -> str:
        """The line as painted."""
        return "".join(text for _, text in self.runs())

    def sizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        return QSize(math.ceil(metrics.horizontalAdvance(self.text())), math.ceil(metrics.height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        metrics = QFontMetricsF(self.font())
        # One line, vertically centred on whole pixels, as a label lays out its text.
        top = math.floor(max(0.0, (self.height() - metrics.height()) / 2))
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        painter = QPainter(self)
        x = 0.0
        for colour, text in self.runs():
            advance = metrics.horizontalAdvance(text)
            # from the top of its line (whose baseline is `baseline`), in its colour
            area = QRectF(x, top, advance, metrics.height())
            draw_text(
                painter, area, ALIGN_LEFT | ALIGN_TOP, text, ink if colour is None else colour
            )
            x += advance
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
        self.legend = Legend(self)
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
        # The key (legend and bar) and the figures stand side by side; where the window is too
        # narrow for both on one line, the figures go under the key (the strip never cuts a
        # word: at 700 px the legend lost "Nobody", and with both rates set the figures made
        # the window wider than its own minimum).
        key = QHBoxLayout()
        key.setSpacing(12)
        key.addWidget(self.legend)
        key.addWidget(self.bar, 1)
        self.figures = QHBoxLayout()
        self.figures.setSpacing(12)
        self.figures.addWidget(self.freed)
        self.figures.addWidget(self.cost)
        self.figures.addWidget(self.worth)
        self.figures.addStretch(1)  # under the key, the figures start at its left edge
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(14, 2, 14, 2)
        self.row.setSpacing(12)
        self.row.addLayout(key, 1)
        self.row.addLayout(self.figures)
        self.stacked = False
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
        self.legend.set_entries(
            [
                (QColor(SEGMENT_COLORS[c]), f"{c.value} {format_hours(summary.hours[c]) or '0'} h")
                for c in COLUMNS
            ]
        )
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
        if self.isVisible():  # else its first resize fits it, once laid out
            self._fit()

    def one_line_width(self) -> int:
        """The width the strip needs to show everything on one line (the bar at its least)."""
        margins = self.row.contentsMargins()
        shown = [w for w in (self.freed, self.cost, self.worth) if not w.isHidden()]
        words = sum(w.sizeHint().width() for w in shown)
        gaps = self.row.spacing() * (len(shown) + 1)  # between legend, bar and each figure
        return (
            margins.left()
            + self.legend.sizeHint().width()
            + self.bar.minimumWidth()
            + gaps
            + words
            + margins.right()
        )

    def _fit(self) -> None:
        """One line where it all fits, else the figures on a second line under the key."""
        stacked = self.width() < self.one_line_width()
        if stacked == self.stacked:
            return
        self.stacked = stacked
        from PySide6.QtWidgets import QBoxLayout  # only when the window is narrow

        direction = QBoxLayout.Direction
        self.row.setDirection(direction.TopToBottom if stacked else direction.LeftToRight)
        self.updateGeometry()  # one line more or less: the window's layout asks again

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()
