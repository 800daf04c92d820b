"""Filling and outlining a shape in one colour, the way the first paint can afford.

``QPainter.setPen``, ``setBrush``, ``fillRect`` and the ``QPen``/``QBrush`` constructors that
take a colour choose among overloads that take Qt's enums, and choosing makes PySide build the
whole ``Qt`` namespace (~16 ms, see :mod:`ui.lazy_qt`); ``fillPath(path, colour)`` also builds the
QBrush and QGradient classes (QGradient's ~180 presets). So the colour goes into a default
``QPen`` by ``setColor``, and its brush fills shapes: through ``fillPath`` for paths and, for
rectangles, as the painter's background through ``eraseRect`` (which is ``fillRect`` with that
brush: a rectangle's path would be rasterised with other edges); outlines are stroked with
``strokePath``. Each gives the pixels of the usual calls (``tests/ui/test_text_paint.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen


def solid(colour: QColor, width: float = 1.0) -> QPen:
    """A solid pen of ``colour`` (its ``brush()`` is a solid brush of it)."""
    pen = QPen()
    pen.setColor(colour)
    pen.setWidthF(width)
    return pen


def fill(painter: QPainter, shape: QPainterPath | QRectF, colour: QColor) -> None:
    """Fill ``shape`` with ``colour``; the painter's pen and brush are left as they were."""
    brush = solid(colour).brush()
    if isinstance(shape, QPainterPath):
        painter.fillPath(shape, brush)
        return
    painter.save()
    painter.setBackground(brush)
    painter.eraseRect(shape)
    painter.restore()


#: Qt's constant for a quarter circle drawn as a cubic curve (``KAPPA`` in qpaintengineex.cpp).
KAPPA = 0.5522847498

#: ``Qt.PenStyle.DashLine``'s dashes and gaps, in pen widths.
DASHES = [4.0, 2.0]


def rounded_rect(rect: QRectF, radius: float) -> QPainterPath:
    """The outline ``QPainter.drawRoundedRect(rect, radius, radius)`` strokes: Qt's own path,
    from the top edge clockwise, so that a dashed outline's dashes fall where Qt's do
    (``QPainterPath.addRoundedRect`` starts on the left edge)."""
    x1, y1, x2, y2 = rect.left(), rect.top(), rect.right(), rect.bottom()
    rx, ry = min(radius, rect.width() / 2), min(radius, rect.height() / 2)
    kx, ky = (1 - KAPPA) * rx, (1 - KAPPA) * ry
    path = QPainterPath()
    path.moveTo(x1 + rx, y1)
    path.lineTo(x2 - rx, y1)
    path.cubicTo(x2 - kx, y1, x2, y1 + ky, x2, y1 + ry)
    path.lineTo(x2, y2 - ry)
    path.cubicTo(x2, y2 - ky, x2 - kx, y2, x2 - rx, y2)
    path.lineTo(x1 + rx, y2)
    path.cubicTo(x1 + kx, y2, x1, y2 - ky, x1, y2 - ry)
    path.lineTo(x1, y1 + ry)
    path.cubicTo(x1, y1 + ky, x1 + kx, y1, x1 + rx, y1)
    return path
