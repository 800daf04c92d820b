"""Drawing and eliding a line of card text in a colour, without Qt's enum namespace.

PySide builds the whole ``Qt`` namespace (93 enums, ~16 ms; see :mod:`ui.lazy_qt`) the first
time a call has to choose among overloads that take one of its enums: ``QPainter.setPen`` (even
given a ``QPen``: its first overload takes a ``Qt.PenStyle``), ``setBrush``, ``QPen(colour)``, and
``QFontMetrics.elidedText``, whose mode is one. So the first paint of the cards draws its text
the way ``QPainter.drawText`` does it, with the colour as the text's format instead of the
painter's pen, and elides it the way ``elidedText`` does, measuring with
``QFontMetricsF.horizontalAdvance``, which takes no enum. Both give Qt's own result, to the
pixel and to the character (``tests/ui/test_text_paint.py`` compares them with Qt's, text by
text), for the text they are made for: plain left-to-right text (:func:`is_plain`) in a painter
without a clip or transformation beyond a translation. Any other text goes to Qt's own calls.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from functools import lru_cache

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QFontMetricsF,
    QGuiApplication,
    QPainter,
    QTextCharFormat,
    QTextLayout,
)

from ui.fill import solid
from ui.lazy_qt import Qt
from ui.qt_values import ALIGN_HCENTER, ALIGN_LEFT, ALIGN_TOP, ALIGN_VCENTER

ELLIPSIS = "…"

#: The characters each of which is one grapheme, written left to right or neutral, joining no
#: neighbour (first and last code point of each range): printable ASCII, Latin, IPA, Greek,
#: Cyrillic, Armenian, general punctuation (without its invisible and direction marks), super-
#: and subscripts, currency, letter-like symbols, arrows, mathematical and technical symbols,
#: shapes, dingbats. Combining marks, right-to-left scripts and characters outside the first
#: plane are not among them. (A pattern of these ranges takes 10 ms to compile.)
_PLAIN = (
    (0x0020, 0x007E),
    (0x00A0, 0x02FF),
    (0x0370, 0x0482),
    (0x048A, 0x058F),
    (0x1E00, 0x1FFF),
    (0x2010, 0x2027),
    (0x2030, 0x205E),
    (0x2070, 0x20BF),
    (0x2100, 0x27BF),
    (0x2B00, 0x2BFF),
)
_PLAIN_STARTS = [first for first, _ in _PLAIN]

#: The flags :func:`draw_text` draws as Qt does (any other go to Qt).
_FLAGS = ALIGN_LEFT | ALIGN_HCENTER | ALIGN_TOP | ALIGN_VCENTER


def is_plain(text: str) -> bool:
    """Whether :func:`draw_text` and :func:`elide_right` handle ``text`` themselves."""
    if text.isascii():
        return text.isprintable()
    return all(_is_plain(ord(character)) for character in text)


def _is_plain(code: int) -> bool:
    found = bisect_right(_PLAIN_STARTS, code) - 1
    return found >= 0 and code <= _PLAIN[found][1]


def elide_right(metrics: QFontMetrics, text: str, width: int) -> str:
    """``QFontMetrics.elidedText(text, Qt.TextElideMode.ElideRight, width)``.

    Qt keeps the longest start of the text whose width, measured within the whole text, is
    less than ``width`` less the ellipsis's, and adds the ellipsis.
    """
    exact = QFontMetricsF(metrics)
    if not is_plain(text) or not exact.inFontUcs4(ord(ELLIPSIS)):
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    whole = exact.horizontalAdvance(text)
    if len(text) <= 1 or whole <= width:
        return text
    available = width - exact.horizontalAdvance(ELLIPSIS)
    if available < 0:
        return ""

    measured: dict[int, bool] = {}

    def fits(length: int) -> bool:
        if length not in measured:
            measured[length] = exact.horizontalAdvance(text, length) < available
        return measured[length]

    # Each measure lays out the whole text: start where the widths say the cut is, and look
    # outwards in growing steps until it is bracketed, then halve.
    last = len(text) - 1
    low = high = min(last, int(len(text) * available / whole))
    step = 1
    if fits(low):
        while high < last and fits(high):
            low, high, step = high, min(last, high + step), step * 2
    else:
        while low > 0 and not fits(low):
            high, low, step = low - 1, max(0, low - step), step * 2
    while low < high:  # `low` fits (or is 0), no start longer than `high` does
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return text[:low] + ELLIPSIS


def draw_text(
    painter: QPainter, rect: QRect | QRectF, flags: int, text: str, colour: QColor
) -> None:
    """``painter.drawText(rect, flags, text)`` with the painter's pen set to ``colour`` (the
    pen is left as it was)."""
    simple = (
        is_plain(text.replace("\n", " "))  # drawText breaks the line there
        and not flags & ~_FLAGS
        and not (flags & ALIGN_HCENTER and "\n" in text)  # centred lines: one at most
        and not painter.hasClipping()
        and QGuiApplication.isLeftToRight()
    )
    if not simple:
        painter.save()
        painter.setPen(colour)
        painter.drawText(rect, flags, text)
        painter.restore()
        return
    if not text:
        return
    text = text.replace("\n", "\u2028")  # as drawText does: a line separator
    font = painter.font()
    layout = QTextLayout(text, font)
    layout.setCacheEnabled(True)
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = 0, len(text), _look(colour.rgba())
    layout.setFormats([span])
    layout.beginLayout()
    lines = [layout.createLine()]
    lines[0].setLineWidth(0x01000000)  # as drawText: no wrapping
    lines[0].setPosition(QPointF(0.0, 0.0))
    height = lines[0].ascent() + lines[0].descent()
    width = lines[0].naturalTextWidth()
    if "\u2028" in text and height < rect.height():
        leading = QFontMetricsF(font).leading()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(0x01000000)
            height = math.ceil(height + leading)  # lines start on whole pixels
            line.setPosition(QPointF(0.0, height))
            lines.append(line)
            height += line.ascent() + line.descent()
            width = max(width, line.naturalTextWidth())
            if height >= rect.height():
                break
    layout.endLayout()
    x, y = rect.x(), rect.y()
    top = (rect.height() - height) / 2 if flags & ALIGN_VCENTER else 0.0
    left = 0.0
    if flags & ALIGN_HCENTER:
        left = (rect.width() - width) / 2
        lines[0].setPosition(QPointF((rect.width() - lines[0].horizontalAdvance()) / 2, 0.0))
    # Inside the rectangle (compared as QRectF.contains compares), or clipped to it.
    inside = (
        x <= x + left
        and x + left + width <= x + rect.width()
        and y <= y + top
        and y + top + height <= y + rect.height()
    )
    if not inside:
        painter.save()
        painter.setClipRect(QRectF(rect))
    layout.draw(painter, QPointF(x, y + top))
    if not inside:
        painter.restore()


@lru_cache(maxsize=64)
def _look(rgba: int) -> QTextCharFormat:
    """Text in the colour ``rgba`` (cards use a handful of colours)."""
    look = QTextCharFormat()
    look.setForeground(solid(QColor.fromRgba(rgba)).brush())
    return look
