"""The summary bar's legend: each column's colour, name and hours, painted as rich text would be."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible, QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from planner.model import COLUMNS, Column
from tests.ui.conftest import ids_of
from ui.main_window import MainWindow
from ui.summary_bar import SEGMENT_COLORS, Legend


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
