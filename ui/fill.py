"""Filling a shape with one colour, the way the first paint can afford.

``QPainter.fillPath(path, colour)`` and ``fillRect(rect, colour)`` take a QBrush: PySide turns
the colour into one and, choosing among the overloads, builds the Python classes of QBrush and
QGradient (with its ~180 gradient presets), about 2 ms before the first frame. A pen-less draw
with the colour as brush fills the same pixels.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath


def fill(painter: QPainter, shape: QPainterPath | QRectF, colour: QColor) -> None:
    """Fill ``shape`` with ``colour``; the painter's pen and brush are left as they were."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    if isinstance(shape, QPainterPath):
        painter.drawPath(shape)
    else:
        painter.drawRect(shape)
    painter.restore()
