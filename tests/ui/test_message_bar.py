"""The message bar as painted: its icon sits on the first line of its text, however many lines
the text wraps to and whatever buttons make the bar taller, and its text reads on its fill, in
light, dark and high-contrast palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.test_colours import palettes
from ui.appearance import dark_palette
from ui.colours import MIN_TEXT_CONTRAST, contrast
from ui.message_bar import MessageBar, MessageKind

# The offscreen platform says so when a window's wrapped text changes its minimum size.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

LONG = (
    "Relationship warnings are off: the advisor's data cannot be used. advisor-model.txt: "
    "damaged (not the size it was written with). Reinstall the app to get them back; your plan "
    "is not affected."
)


def ink_rows(image: QImage, rect: QRect, paper: QColor) -> list[int]:
    """The rows of ``rect`` in ``image`` holding any pixel far from the ``paper`` colour."""
    return [
        y
        for y in range(rect.top(), rect.bottom() + 1)
        if any(
            abs(QColor(image.pixel(x, y)).lightness() - paper.lightness()) > 80
            for x in range(rect.left(), rect.right() + 1)
        )
    ]


def first_run(rows: list[int]) -> list[int]:
    """The first run of consecutive rows: a text's first line."""
    run = rows[:1]
    for y in rows[1:]:
        if y != run[-1] + 1:
            break
        run.append(y)
    return run


@pytest.mark.parametrize("look", ["light", "dark"])
@pytest.mark.parametrize(
    ("width", "text", "button"),
    [
        (1200, "The change could not be saved.", True),  # one line, in a bar a button makes tall
        (320, LONG, False),  # wrapped to several lines
        (320, LONG, True),
    ],
    ids=["one line, button", "wrapped", "wrapped, button"],
)
def test_the_icon_sits_on_the_first_line(
    qtbot: QtBot, qapp: QApplication, look: str, width: int, text: str, button: bool
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setPalette(dark_palette() if look == "dark" else qapp.style().standardPalette())
    layout = QVBoxLayout(parent)
    bar = MessageBar(parent)
    layout.addWidget(bar)
    layout.addStretch(1)
    bar.show_message(MessageKind.WARNING, text, actions=[("Retry", lambda: None)] if button else [])
    parent.resize(width, 400)
    parent.show()
    qtbot.waitExposed(parent)
    image = bar.grab().toImage()
    paper = QColor(image.pixel(2, image.height() // 2))  # inside the bar's border
    assert paper != parent.palette().color(QPalette.ColorRole.Window)  # the bar's own fill
    lines = ink_rows(image, bar.text.geometry(), paper)
    first = first_run(lines)
    icon = ink_rows(image, bar.icon.geometry(), paper)
    assert icon and first
    if text is LONG:
        assert lines[-1] > first[-1] + first[-1] - first[0]  # several lines
    # The icon's ink lies within the first line's (from the tallest letters to the descenders).
    assert first[0] <= icon[0] and icon[-1] <= first[-1], (icon, first)


@pytest.mark.parametrize("look", ["light", "dark", "high contrast, dark", "high contrast, light"])
@pytest.mark.parametrize("kind", list(MessageKind))
def test_the_text_is_drawn_in_its_readable_colour(
    qtbot: QtBot, qapp: QApplication, look: str, kind: MessageKind
) -> None:
    """What is painted reads on the bar (WCAG's 4.5:1), in the bar's parent's palette: the
    colour chosen for the text is the one its labels draw with."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.setPalette(palettes(qapp)[look])
    layout = QVBoxLayout(parent)
    bar = MessageBar(parent)
    layout.addWidget(bar)
    bar.show_message(kind, "The change could not be saved.")
    parent.resize(600, 100)
    parent.show()
    qtbot.waitExposed(parent)
    image = bar.grab().toImage()
    paper = QColor(image.pixel(2, image.height() // 2))
    area = bar.text.geometry()
    inks = [
        QColor(image.pixel(x, y))
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    ]
    assert max(contrast(ink, paper) for ink in inks) >= MIN_TEXT_CONTRAST
