"""The app's colours, derived from the palette in use so light, dark and high-contrast looks all
read well.

Only the accent hues are fixed (warning amber, error red). Every fill is the palette's own
background moved part of the way towards its accent (further on a dark palette, where a pale
tint would glare), and text on a fill is the palette's text colour, or black or white when that
would not reach WCAG's 4.5:1 contrast on it.
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from typing import Final

from PySide6.QtGui import QColor, QPalette

#: The warning hue: card stripes and edges, the warning icon, warning fills.
WARNING_ACCENT: Final = QColor("#c98a00")
#: A lighter amber that tints fills (the edge colour would turn a light fill muddy).
WARNING_TINT: Final = QColor("#ffc83d")
#: The error hue.
ERROR_ACCENT: Final = QColor("#d13438")

#: WCAG 2's minimum contrast for normal text.
MIN_TEXT_CONTRAST: Final = 4.5
#: WCAG 2's enhanced contrast, what the high-contrast looks hold every text to.
HIGH_CONTRAST_TEXT: Final = 7.0
#: How far :func:`secondary` may fade text: to 4.5:1, or to 7:1 in a high-contrast look (set by
#: :func:`set_secondary_floor` when a look is applied).
_secondary_floor = [MIN_TEXT_CONTRAST]


class Tone(StrEnum):
    """What a coloured surface says: its accent and how strongly it is tinted."""

    WARNING = "warning"
    ERROR = "error"
    NEUTRAL = "neutral"


def blend(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` moved ``amount`` (0..1) of the way towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance, 0 (black) to 1 (white)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def is_dark(palette: QPalette) -> bool:
    """Whether the palette draws light text on dark backgrounds."""
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.2


def readable(preferred: QColor, fill: QColor) -> QColor:
    """``preferred`` if it reads well on ``fill``; else black or white, whichever reads better."""
    if contrast(preferred, fill) >= MIN_TEXT_CONTRAST:
        return preferred
    black, white = QColor(0, 0, 0), QColor(255, 255, 255)
    return black if contrast(black, fill) >= contrast(white, fill) else white


@lru_cache(maxsize=64)
def _secondary_rgb(text: int, fill: int) -> int:
    ink, paper = QColor.fromRgb(text), QColor.fromRgb(fill)
    for step in range(9, -1, -1):  # 0.45 of the way to the fill, then less and less
        muted = blend(ink, paper, step * 0.05)
        if contrast(muted, paper) >= _secondary_floor[0]:
            return muted.rgb()
    return readable(ink, paper).rgb()


def secondary(text: QColor, fill: QColor) -> QColor:
    """Text of less weight on ``fill`` (a card's notes): ``text`` moved towards the fill, as far
    as it still reads at 4.5:1, or 7:1 in a high-contrast look (a selected card's tinted fill
    leaves less room than a plain one; cached: cards are painted often)."""
    return QColor.fromRgb(_secondary_rgb(text.rgb(), fill.rgb()))


def set_secondary_floor(ratio: float) -> None:
    """The contrast :func:`secondary` keeps: :data:`HIGH_CONTRAST_TEXT` while a high-contrast
    look is applied, else :data:`MIN_TEXT_CONTRAST`."""
    if _secondary_floor[0] != ratio:
        _secondary_floor[0] = ratio
        _secondary_rgb.cache_clear()


_TINTS: Final = {Tone.WARNING: WARNING_TINT, Tone.ERROR: ERROR_ACCENT}


def surface(
    palette: QPalette, tone: Tone, role: QPalette.ColorRole = QPalette.ColorRole.Base
) -> tuple[QColor, QColor]:
    """(fill, text) for a chip or bar of ``tone`` drawn on the palette's ``role`` background."""
    background = palette.color(role)
    text_role = (
        QPalette.ColorRole.WindowText
        if role == QPalette.ColorRole.Window
        else QPalette.ColorRole.Text
    )
    text = palette.color(text_role)
    if tone is Tone.NEUTRAL:
        fill = blend(background, text, 0.08)
        return fill, readable(blend(text, background, 0.15), fill)
    dark = is_dark(palette)
    fill = blend(background, _TINTS[tone], 0.3 if dark else 0.4 if tone is Tone.WARNING else 0.12)
    return fill, readable(text, fill)


def accent(tone: Tone, palette: QPalette) -> QColor:
    """The edge or icon colour of ``tone`` (the palette's mid tone for neutral)."""
    if tone is Tone.WARNING:
        return QColor(WARNING_ACCENT)
    if tone is Tone.ERROR:
        return QColor(ERROR_ACCENT)
    return palette.color(QPalette.ColorRole.Mid)
