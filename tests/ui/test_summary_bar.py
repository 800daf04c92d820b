"""The summary bar's legend: each column's colour, name and hours, painted as rich text would be."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from planner.model import COLUMNS, Column
from tests.ui.conftest import ids_of
from ui.main_window import MainWindow
from ui.summary_bar import SEGMENT_COLORS, Legend, SummaryBar


def test_the_legend_names_each_column_with_its_hours(window: MainWindow) -> None:
    legend = window.summary.legend
    gap = " \N{NO-BREAK SPACE} "  # as " &nbsp; " between rich-text entries
    assert legend.text() == f"■ Me 4.5 h{gap}■ My VA 3 h{gap}■ Nobody 1.5 h"
    assert legend.accessibleName() == "Me 4.5 h, My VA 3 h, Nobody 1.5 h"
    (task,) = ids_of(window.plan, "Record the podcast")
    window.editor.move_tasks([task], Column.VA, 0)
    assert legend.accessibleName() == "Me 3 h, My VA 4.5 h, Nobody 1.5 h"
    assert legend.width() >= legend.sizeHint().width()  # laid out again for the longer text
    window.undo_action.trigger()
    assert legend.accessibleName() == "Me 4.5 h, My VA 3 h, Nobody 1.5 h"


def test_screen_readers_read_the_legend_as_text(window: MainWindow) -> None:
    legend = window.summary.legend
    read = QAccessible.queryAccessibleInterface(legend)
    assert read is not None and read.role() == QAccessible.Role.StaticText
    assert read.text(QAccessible.Text.Name) == "Me 4.5 h, My VA 3 h, Nobody 1.5 h"
    assert QLabel.text(legend) == legend.text()  # the label's own text is the painted line


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("hours", [("0", "0", "0"), ("32", "37.5", "19.5"), ("1,250", "7", "0.25")])
def test_the_legend_paints_what_a_rich_text_label_would(
    qtbot: QtBot, hours: tuple[str, str, str], dark: bool
) -> None:
    """The legend is painted rather than shown as a label's rich text (which would set up Qt's
    text documents before the first frame): same size, same pixels."""
    legend = Legend()
    legend.set_entries(
        [
            (QColor(SEGMENT_COLORS[c]), f"{c.value} {h} h")
            for c, h in zip(COLUMNS, hours, strict=True)
        ]
    )
    label = QLabel(
        " &nbsp; ".join(
            f"<span style='color:{SEGMENT_COLORS[c]}'>■</span> {c.value} {h} h"
            for c, h in zip(COLUMNS, hours, strict=True)
        )
    )
    palette = QPalette(label.palette())
    if dark:
        palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    for widget in (legend, label):
        qtbot.addWidget(widget)
        widget.setPalette(palette)
        widget.setAutoFillBackground(True)
    for points in (9, 13):
        font = QFont(label.font())
        font.setPointSize(points)
        legend.setFont(font)
        label.setFont(font)
        assert legend.sizeHint() == label.sizeHint()
        for extra_width, height in ((0, label.sizeHint().height()), (40, 19), (0, 24)):
            for widget in (legend, label):
                widget.resize(label.sizeHint().width() + extra_width, height)
            assert legend.grab().toImage() == label.grab().toImage()


def _strip_at(
    window: MainWindow, qtbot: QtBot, width: int, rates: bool
) -> tuple[SummaryBar, QWidget]:
    """A strip over the window's plan, laid out ``width`` pixels wide (as the window's own is;
    below 780 px only where a window manager ignores the window's minimum, as on X11 without
    one), as tall as it asks to be."""
    holder = QWidget()
    qtbot.addWidget(holder)
    strip = SummaryBar(window.totals, holder)
    if rates:
        strip.set_rate(25, "$", 90)
    holder.resize(width, 200)
    holder.show()
    strip.resize(width, strip.sizeHint().height())
    strip.resize(width, strip.sizeHint().height())  # as tall as the lines it now has
    layout = strip.layout()
    assert layout is not None
    layout.activate()
    return strip, holder


@pytest.mark.parametrize("rates", [False, True])
@pytest.mark.parametrize("width", [700, 780, 1000, 1180])
def test_the_strip_shows_every_word_at_any_window_width(
    window: MainWindow, qtbot: QtBot, width: int, rates: bool
) -> None:
    """Nothing is cut: on one line where it all fits, else the figures under the legend and
    bar. At 700 px the legend lost "Nobody"; with both rates set the figures made the window
    wider than its minimum."""
    strip, _holder = _strip_at(window, qtbot, width, rates)
    room = strip.contentsRect().adjusted(14, 0, -14, 0)
    parts: list[QWidget] = [strip.legend, strip.bar, strip.freed, strip.cost]
    if rates:
        parts.append(strip.worth)
    for part in parts:
        assert part.isVisible()
        assert room.contains(part.geometry()), (part, part.geometry(), room)
        least = part.minimumWidth() if part is strip.bar else part.sizeHint().width()
        assert part.width() >= least, part
        assert part.height() >= part.sizeHint().height(), part
    for i, one in enumerate(parts):
        assert not any(one.geometry().intersects(other.geometry()) for other in parts[i + 1 :])
    one_line = width >= strip.one_line_width()
    assert one_line is (width >= 1000 if rates else width >= 780)
    assert strip.stacked is not one_line
    key_line = strip.legend.geometry().center().y()
    figures_line = strip.freed.geometry().center().y()
    assert (figures_line == key_line) is one_line
    assert strip.cost.geometry().center().y() == figures_line
    if not one_line:
        assert strip.freed.x() == strip.legend.x()  # the second line starts under the first


def test_the_strip_goes_back_to_one_line_when_there_is_room(window: MainWindow) -> None:
    """The window at its least width with both rates set: two lines (the window stays 780 px
    wide); widened, one line again, the bar taking the room the figures do not need."""
    strip = window.summary
    strip.set_rate(25, "$", 90)
    window.resize(780, 600)
    central = window.centralWidget()
    assert central is not None
    layout = central.layout()
    assert layout is not None
    layout.activate()  # the strip gets its width and takes a second line...
    layout.activate()  # ...which the window's layout gives it
    assert window.width() == 780 and strip.stacked
    assert strip.worth.geometry().right() < strip.width() - 14
    two_lines = strip.height()
    window.resize(1180, 600)
    layout.activate()
    layout.activate()
    assert not strip.stacked and strip.height() < two_lines
    assert strip.bar.width() > 240
