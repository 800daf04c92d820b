"""Card text, elision and fills made without Qt's enum namespace give Qt's own results exactly:
drawn pixel by pixel against ``QPainter.drawText`` with the pen set, elided character by
character against ``QFontMetrics.elidedText``, filled against pen-less ``drawPath``/``drawRect``.
The texts are real task wordings from ``tests/data``."""

from __future__ import annotations

import csv
import random
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.model import Column, TaskChanges
from ui import card_delegate
from ui.card_delegate import MIDDLE_LEFT, TOP_LEFT, as_laid_out, elide_lines
from ui.fill import DASHES, fill, rounded_rect, solid
from ui.main_window import MainWindow
from ui.qt_values import ALIGN_HCENTER, ALIGN_VCENTER
from ui.text_paint import draw_text, elide_right, is_plain

#: The empty column's hint: in the middle both ways.
CENTRED = ALIGN_HCENTER | ALIGN_VCENTER

DATA = Path(__file__).resolve().parents[1] / "data"


def wordings(count: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(DATA.glob("advisor-fresh-*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            texts += [row[0] for row in csv.reader(handle) if row and row[0] != "text"]
    random.Random(7).shuffle(texts)
    assert len(texts) >= count
    return [*texts[:count], *ODD_ONES]


ODD_ONES = [
    "",
    "a",
    "office fit flow",
    "✓ Kept with VA by choice",
    "☰ 3 steps",
    "→ Could delegate · frees 2 h",
    "Café déjà vu, naïve",
    "x" * 400,
]


def card_fonts(base: QFont) -> list[QFont]:
    fonts = []
    for size in (8.0, 10.0, 13.0):
        plain = QFont(base)
        plain.setPointSizeF(size)
        bold = QFont(plain)
        bold.setBold(True)
        fonts += [plain, bold]
    return fonts


def picture(paint: Callable[[QPainter], None], ratio: float = 1.0) -> QImage:
    image = QImage(int(440 * ratio), int(90 * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    paint(painter)
    painter.end()
    return image


def test_the_card_wordings_are_plain_text() -> None:
    assert all(is_plain(text) for text in wordings(300))
    assert not is_plain("שלום")  # right to left: Qt's own calls
    assert not is_plain("e\u0301")  # a combining mark
    assert not is_plain("🎙 podcast")  # outside the first plane


def test_elide_right_is_qts_elided_text(qapp: QApplication) -> None:
    chance = random.Random(3)
    for number, text in enumerate(wordings(400)):
        font = card_fonts(qapp.font())[number % 6]
        metrics = QFontMetrics(font)
        for width in (chance.randint(0, 40), chance.randint(40, 420)):
            assert elide_right(metrics, text, width) == metrics.elidedText(
                text, Qt.TextElideMode.ElideRight, width
            ), (text, width)


def test_a_text_narrower_than_its_room_is_drawn_as_it_is(qapp: QApplication) -> None:
    """Cards draw a title or badge whose rounded width is less than its room without eliding
    it (:func:`~ui.card_delegate.as_laid_out`): eliding it would give it back unchanged, at
    every width from its own to far wider, and at the widths around its own the rounded
    width is less than the room only where it fits."""
    checked = 0
    texts = [*wordings(400), "a  b", "x\ty", " lead", "trail "]
    for number, text in enumerate(texts):
        font = card_fonts(qapp.font())[number % 6]
        metrics = QFontMetrics(font)
        whole = metrics.horizontalAdvance(text)
        for width in range(max(0, whole - 2), whole + 3):
            if whole < width and as_laid_out(text):
                checked += 1
                assert elide_right(metrics, text, width) == text, (text, width)
                assert elide_lines(text, metrics, width, 1) == text, (text, width)
                assert elide_lines(text, metrics, width, 2) == text, (text, width)
    assert checked > 800
    assert not as_laid_out("a  b") and not as_laid_out(" lead") and not as_laid_out("x\ty")
    assert not as_laid_out("שלום")


@pytest.mark.parametrize("text", ["שלום עולם, מה שלומך היום", "e\u0301te\u0301 " * 20])
def test_other_text_is_elided_by_qt(qapp: QApplication, text: str) -> None:
    metrics = QFontMetrics(qapp.font())
    expected = metrics.elidedText(text, Qt.TextElideMode.ElideRight, 60)
    assert elide_right(metrics, text, 60) == expected


def test_draw_text_paints_what_draw_text_with_a_pen_paints(qapp: QApplication) -> None:
    chance = random.Random(5)
    for number, text in enumerate([*wordings(250), "שלום עולם"]):
        font = card_fonts(qapp.font())[number % 6]
        metrics = QFontMetrics(font)
        width = chance.randint(60, 420)
        colour = QColor.fromRgb(chance.randint(0, 0xFFFFFF))
        for flags, lines in ((TOP_LEFT, 1), (MIDDLE_LEFT, 1), (TOP_LEFT, 2), (CENTRED, 1)):
            line = elide_lines(text, metrics, width, lines)
            height = metrics.lineSpacing() * lines + chance.choice((-4, 0, 0, 5))
            rect = QRect(chance.randint(0, 9), chance.randint(0, 9), width, height)
            area: QRect | QRectF = rect if number % 2 else QRectF(rect).translated(0.25, 0.5)
            ratio = (1.0, 2.0, 1.25)[number % 3]

            drawn = (font, area, flags, line, colour)
            assert picture(partial(text_with_pen, *drawn), ratio) == picture(
                partial(text_without, *drawn), ratio
            ), drawn


def test_fills_and_outlines_paint_what_the_pen_and_brush_paint() -> None:
    chance = random.Random(11)
    for number in range(600):
        left, top = chance.uniform(-3, 40), chance.uniform(-3, 40)
        rect = QRectF(left, top, chance.uniform(0, 30), chance.uniform(0, 30))
        colour = QColor.fromRgba(chance.randint(0, 0xFFFFFFFF))
        rounded = QPainterPath()
        rounded.addRoundedRect(rect, 6.0, 6.0)
        shape: QPainterPath | QRectF = rounded if number % 2 else rect
        width = chance.choice((1.0, 2.0))

        drawn = (shape, rounded, colour, width)
        assert picture(partial(shapes_with_pen, *drawn)) == picture(
            partial(shapes_without, *drawn)
        ), (shape, colour.name())


def text_with_pen(
    font: QFont, area: QRect | QRectF, flags: int, line: str, colour: QColor, painter: QPainter
) -> None:
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(area, flags, line)


def text_without(
    font: QFont, area: QRect | QRectF, flags: int, line: str, colour: QColor, painter: QPainter
) -> None:
    painter.setFont(font)
    draw_text(painter, area, flags, line, colour)


def shapes_with_pen(
    shape: QPainterPath | QRectF,
    outline: QPainterPath,
    colour: QColor,
    width: float,
    painter: QPainter,
) -> None:
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if isinstance(shape, QPainterPath):
        painter.drawPath(shape)
    else:
        painter.drawRect(shape)
    painter.restore()
    painter.setPen(QPen(colour, width))
    painter.drawPath(outline)


def shapes_without(
    shape: QPainterPath | QRectF,
    outline: QPainterPath,
    colour: QColor,
    width: float,
    painter: QPainter,
) -> None:
    fill(painter, shape, colour)
    painter.strokePath(outline, solid(colour, width))


def test_a_dashed_rounded_outline_is_the_one_draw_rounded_rect_strokes() -> None:
    chance = random.Random(13)
    for number in range(150):
        area = QRect(chance.randint(0, 20), chance.randint(0, 20), chance.randint(20, 400), 60)
        colour = QColor.fromRgba(chance.randint(0, 0xFFFFFFFF))
        drawn = (area, colour, number % 3 == 0)
        assert picture(partial(dashed_with_pen, *drawn)) == picture(
            partial(dashed_without, *drawn)
        ), drawn


def dashed_with_pen(area: QRect, colour: QColor, smooth: bool, painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    pen = QPen(colour)
    pen.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(pen)
    painter.drawRoundedRect(area, 8, 8)


def dashed_without(area: QRect, colour: QColor, smooth: bool, painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
    pen = solid(colour)
    pen.setDashPattern(DASHES)
    painter.strokePath(rounded_rect(QRectF(area), 8), pen)


def test_a_card_view_elides_each_text_once(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    """Qt's list view paints its cards again and again: their elided texts are kept."""
    elided: list[str] = []

    def counted(metrics: QFontMetrics, text: str, width: int) -> str:
        elided.append(text)
        return elide_right(metrics, text, width)

    monkeypatch.setattr(card_delegate, "elide_right", counted)
    long_notes = "Write up every step of the weekly newsletter, " * 8
    window.editor.add_task(
        "Draft the newsletter " * 12, Column.ME, 0, fields=TaskChanges(notes=long_notes)
    )
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    view = window.view(Column.ME)
    view.viewport().grab()
    # Texts that fit are drawn as they are; this card's title and notes do not fit.
    assert " ".join(long_notes.split()) in elided
    first = list(elided)
    view.viewport().grab()
    assert elided == first
