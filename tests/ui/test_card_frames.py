"""Card frames copied from a kept picture (:meth:`CardDelegate._blit_frame`) are the pixels the
card's own outline and fill give: on the board itself in every look, exactly; at any place,
width and height, within what Qt's own antialiasing varies by with a shape's place and size
(a level or three of 255 on a few outline pixels of an odd card in a hundred)."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from planner.model import Column
from ui.appearance import dark_palette, high_contrast_palette
from ui.card_delegate import FRAME_HEIGHT, RADIUS, WARNING_EDGE, CardDelegate
from ui.fill import fill, solid
from ui.main_window import MainWindow


def outlined(size: QRect, card: QRect, base: QColor, edge: QColor) -> QImage:
    """A card's frame painted as a selected card's is: its path filled, then stroked."""
    image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(base)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
    fill(painter, path, base)
    painter.strokePath(path, solid(edge))
    painter.end()
    return image


def blitted(size: QRect, card: QRect, base: QColor, edge: QColor, view: QListView) -> QImage:
    image = QImage(size.width(), size.height(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(base)
    painter = QPainter(image)
    assert CardDelegate(view)._blit_frame(painter, card, base, edge)
    painter.end()
    return image


def test_a_copied_frame_is_the_painted_one(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    looks = [QPalette(), dark_palette(), *(high_contrast_palette(dark=d) for d in (False, True))]
    colours = [
        (look.color(QPalette.ColorRole.Base), look.color(QPalette.ColorRole.Mid)) for look in looks
    ]
    colours += [(base, WARNING_EDGE) for base, _ in colours]
    chance = random.Random(17)
    area = QRect(0, 0, 420, 160)
    differing = 0
    for number in range(240):
        base, edge = colours[number % len(colours)]
        width = chance.choice((FRAME_HEIGHT, chance.randint(FRAME_HEIGHT, 400)))
        height = chance.choice((FRAME_HEIGHT, FRAME_HEIGHT + 1, chance.randint(FRAME_HEIGHT, 150)))
        card = QRect(chance.randint(0, 420 - width), chance.randint(0, 160 - height), width, height)
        copied, painted = blitted(area, card, base, edge, view), outlined(area, card, base, edge)
        if copied != painted:
            differing += 1
            assert largest_difference(copied, painted) <= 3, card
    assert differing <= 6


def largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of a colour channel between the two pictures."""
    largest = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixel(x, y), other.pixel(x, y)
            largest = max(largest, *(abs((a >> s & 255) - (b >> s & 255)) for s in (0, 8, 16)))
    return largest


def test_frames_are_painted_where_they_cannot_be_copied(qtbot: QtBot) -> None:
    view = QListView()
    qtbot.addWidget(view)
    image = QImage(200, 100, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    base, edge = QColor("white"), QColor("grey")
    delegate = CardDelegate(view)
    assert not delegate._blit_frame(painter, QRect(0, 0, 100, FRAME_HEIGHT - 1), base, edge)
    assert not CardDelegate()._blit_frame(painter, QRect(0, 0, 100, 40), base, edge)
    painter.scale(1.25, 1.25)
    assert not delegate._blit_frame(painter, QRect(0, 0, 100, 40), base, edge)
    painter.resetTransform()
    painter.translate(0.5, 0)
    assert not delegate._blit_frame(painter, QRect(0, 0, 100, 40), base, edge)
    painter.resetTransform()
    painter.setOpacity(0.9)
    assert not delegate._blit_frame(painter, QRect(0, 0, 100, 40), base, edge)
    painter.end()


@pytest.mark.parametrize("look", ["system", "dark", "high contrast"])
def test_the_board_looks_the_same_with_copied_frames(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, look: str
) -> None:
    if look == "dark":
        window.setPalette(dark_palette())
    elif look == "high contrast":
        window.setPalette(high_contrast_palette(dark=True))
    window.editor.add_task("Reply to every comment on the blog", Column.VA)
    window.resize(900, 600)
    view = window.view(Column.VA)
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, 0))
    copied = view.viewport().grab().toImage()
    assert view.card_delegate._frames  # the frames were copied
    monkeypatch.setattr(CardDelegate, "_blit_frame", lambda *_: False)
    view.viewport().update()
    painted = view.viewport().grab().toImage()
    assert copied == painted
