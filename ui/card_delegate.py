"""Paints task cards: title, the start of the notes, hours, and the advisor's badges.

Cards are painted, never built from widgets, so a column of thousands of tasks costs only the
cards on screen. :meth:`CardDelegate.sizeHint` uses font metrics only (no text layout), which keeps
it cheap enough to call for every row. Badges always pair an icon or symbol with words, so no
state is conveyed by colour alone.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from planner.model import Relationship, Task, format_hours
from planner.records import NamedTuple
from ui.colours import WARNING_ACCENT, Tone, blend, readable, secondary, surface
from ui.column_model import CardAdvice, Role
from ui.fill import fill as fill_shape
from ui.fill import solid
from ui.lazy_qt import Qt
from ui.qt_values import ALIGN_LEFT, ALIGN_TOP, ALIGN_VCENTER
from ui.text_paint import draw_text, elide_right, is_plain

MARGIN_X = 8
MARGIN_Y = 4
PAD = 10
GAP = 4
RADIUS = 6.0
BADGE_PAD_X = 6

WARNING_EDGE = WARNING_ACCENT

# Text alignments, combined once (combining Python enum flags on every card costs).
TOP_LEFT = ALIGN_LEFT | ALIGN_TOP
MIDDLE_LEFT = ALIGN_LEFT | ALIGN_VCENTER


class BadgeKind(StrEnum):
    """What a badge says; it decides the chip's colours (and the warning's icon)."""

    WARNING = "warning"  # a relationship task with the VA
    ACCEPTED = "accepted"  # ...kept there on purpose
    OVERRIDE = "override"  # the owner's say on relationship building
    SUGGESTION = "suggestion"  # the advisor's "could delegate"
    HOURS = "hours"  # hours per week, how often
    APPROVAL = "approval"  # the VA asks before it goes out
    STEPS = "steps"  # how many steps the task's how-to has
    LINK = "link"  # the other half of a split task

    @property
    def tone(self) -> Tone:
        return Tone.WARNING if self is BadgeKind.WARNING else Tone.NEUTRAL


# Badge and CardFonts are named tuples, not frozen dataclasses: both are declared at every start,
# and Python 3.11 compiles each method a dataclass gets (about 0.6 ms each).
class Badge(NamedTuple):
    """A small labelled chip under the title."""

    text: str
    kind: BadgeKind


def chip_colours(kind: BadgeKind, palette: QPalette) -> tuple[QColor, QColor]:
    """(fill, text) of a chip of ``kind`` on a card painted with ``palette``."""
    role = QPalette.ColorRole
    fill, ink = _chip_rgb(
        kind,
        palette.color(role.Base).rgb(),
        palette.color(role.Text).rgb(),
        palette.color(role.Highlight).rgb(),
    )
    return QColor.fromRgb(fill), QColor.fromRgb(ink)


@lru_cache(maxsize=64)
def _chip_rgb(kind: BadgeKind, base: int, text: int, highlight: int) -> tuple[int, int]:
    """:func:`chip_colours` by colour values (cached: cards are painted often, palettes rarely
    change)."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor.fromRgb(base))
    palette.setColor(QPalette.ColorRole.Text, QColor.fromRgb(text))
    if kind is BadgeKind.SUGGESTION:
        fill = blend(QColor.fromRgb(base), QColor.fromRgb(highlight), 0.12)
        return fill.rgb(), readable(QColor.fromRgb(text), fill).rgb()
    fill, ink = surface(palette, kind.tone)
    return fill.rgb(), ink.rgb()


#: A card's advice before the advisor has been asked (the first paint shows none).
NO_ADVICE = CardAdvice(warning=None, accepted=False, suggestion=False)


def card_advice(index: QModelIndex | QPersistentModelIndex, *, advised: bool = True) -> CardAdvice:
    """The advisor's word on the card at ``index`` (:data:`NO_ADVICE` when not ``advised``)."""
    found = index.data(Role.ADVICE) if advised else None
    return found if isinstance(found, CardAdvice) else NO_ADVICE


def badges_for(
    task: Task, index: QModelIndex | QPersistentModelIndex, *, advised: bool = True
) -> list[Badge]:
    return _badges(task, index, card_advice(index, advised=advised))


def _badges(
    task: Task, index: QModelIndex | QPersistentModelIndex, advice: CardAdvice
) -> list[Badge]:
    badges: list[Badge] = []
    if advice.warning:
        badges.append(Badge("Keep this yourself", BadgeKind.WARNING))
    elif advice.accepted:
        badges.append(Badge("✓ Kept with VA by choice", BadgeKind.ACCEPTED))
    if task.hours_per_week is not None:
        badges.append(Badge(f"{format_hours(task.hours_per_week)} h/week", BadgeKind.HOURS))
    if task.needs_approval:
        badges.append(Badge("✎ approval", BadgeKind.APPROVAL))
    if task.steps:
        count = len(task.steps)
        badges.append(Badge(f"☰ {count} step{'' if count == 1 else 's'}", BadgeKind.STEPS))
    if task.frequency:
        badges.append(Badge(task.frequency, BadgeKind.HOURS))
    if task.relationship is Relationship.YES:
        badges.append(Badge("● Marked: relationship", BadgeKind.OVERRIDE))
    elif task.relationship is Relationship.NO:
        badges.append(Badge("○ Marked: not relational", BadgeKind.OVERRIDE))
    partner = index.data(Role.PARTNER)
    if partner:
        badges.append(Badge(f"↔ {partner}", BadgeKind.LINK))
    if advice.suggestion:
        frees = f" · frees {format_hours(task.hours_per_week)} h" if task.hours_per_week else ""
        badges.append(Badge(f"→ Could delegate{frees}", BadgeKind.SUGGESTION))
    return badges


def has_badges(
    task: Task, index: QModelIndex | QPersistentModelIndex, *, advised: bool = True
) -> bool:
    """Whether :func:`badges_for` would give any badge, asking the advisor only when no plain
    field already decides it (size hints are asked for every row, so this stays cheap)."""
    if (
        task.hours_per_week is not None
        or task.frequency
        or task.relationship is not Relationship.AUTO
        or task.link_id is not None
        or task.steps
        or task.needs_approval
    ):
        return True
    if index.data(Role.PARTNER):
        return True
    advice = card_advice(index, advised=advised)
    return bool(advice.warning or advice.accepted or advice.suggestion)


class CardFonts(NamedTuple):
    """A card's three fonts (bold title, body, small badges) and their metrics, made from the
    view's font."""

    title: QFont
    body: QFont
    small: QFont
    title_metrics: QFontMetrics
    body_metrics: QFontMetrics
    small_metrics: QFontMetrics

    @classmethod
    def of(cls, font: QFont) -> CardFonts:
        title = QFont(font)
        title.setBold(True)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        body = QFont(font)
        return cls(title, body, small, QFontMetrics(title), QFontMetrics(body), QFontMetrics(small))


class CardDelegate(QStyledItemDelegate):
    """Draws one card per row of a :class:`~ui.column_model.ColumnModel`.

    With ``advised`` off, cards are painted and sized without the advisor's word (warning,
    acceptance, suggestion): the main window paints its first frame so, then turns it on.
    """

    def __init__(self, parent: QWidget | None = None, *, advised: bool = True) -> None:
        super().__init__(parent)
        self.advised = advised
        # The fonts for the last view font seen, and each title's width in the title font: a
        # list view asks every visible card's size again on each paint, so these are kept
        # rather than made per card (both go when the view's font changes).
        self._fonts_of: tuple[QFont, CardFonts] | None = None
        self._title_widths: dict[str, int] = {}
        #: Texts as elided, by (their metrics, which are the fonts', text, width).
        self._elided: dict[tuple[int, str, int], str] = {}
        #: Texts' widths in one of the kept fonts, by (its metrics, text).
        self._advances: dict[tuple[int, str], int] = {}
        #: Painted card frames, by (width, fill, edge colour): see :meth:`_blit_frame`.
        self._frames: dict[tuple[int, int, int], QPixmap] = {}

    # -- metrics -------------------------------------------------------------------------
    def _fonts(self, option: QStyleOptionViewItem) -> CardFonts:
        font = option.font  # the option's own font: copied to be kept past this call
        if self._fonts_of is None or self._fonts_of[0] != font:
            self._fonts_of = (QFont(font), CardFonts.of(font))
            self._title_widths = {}
            self._elided = {}
            self._advances = {}
        return self._fonts_of[1]

    def _title_width(self, title: str, fonts: CardFonts) -> int:
        """The width of ``title`` (as drawn) in the title font."""
        width = self._title_widths.get(title)
        if width is None:
            if len(self._title_widths) >= MAX_KEPT_WIDTHS:
                self._title_widths.clear()
            width = fonts.title_metrics.horizontalAdvance(drawn(title))
            self._title_widths[title] = width
        return width

    def _elide(self, metrics: QFontMetrics, text: str, width: int) -> str:
        """:func:`~ui.text_paint.elide_right` with ``metrics``, one of the kept fonts' (so
        their identity names them while the answers are kept), remembered: each paint asks
        for the visible cards' texts again."""
        key = (id(metrics), text, width)
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) >= MAX_KEPT_WIDTHS:
                self._elided.clear()
            elided = self._elided[key] = elide_right(metrics, text, width)
        return elided

    def _advance(self, metrics: QFontMetrics, text: str) -> int:
        """``metrics.horizontalAdvance(text)``, ``metrics`` one of the kept fonts' (as for
        :meth:`_elide`), remembered."""
        key = (id(metrics), text)
        width = self._advances.get(key)
        if width is None:
            if len(self._advances) >= MAX_KEPT_WIDTHS:
                self._advances.clear()
            width = self._advances[key] = metrics.horizontalAdvance(text)
        return width

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        parent = self.parent()
        if width <= 0 and isinstance(parent, QWidget):
            width = parent.width()
        return max(80, width - 2 * MARGIN_X - 2 * PAD)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        task = index.data(Role.TASK)
        if not isinstance(task, Task):
            return super().sizeHint(option, index)
        fonts = self._fonts(option)
        width = self._text_width(option)
        title_lines = 1 if self._title_width(task.title, fonts) <= width else 2
        height = 2 * MARGIN_Y + 2 * PAD + title_lines * fonts.title_metrics.lineSpacing()
        if task.notes:
            height += GAP + fonts.body_metrics.lineSpacing()
        if has_badges(task, index, advised=self.advised):
            height += GAP + fonts.small_metrics.height() + 4
        return QSize(width + 2 * MARGIN_X + 2 * PAD, height)

    # -- painting ------------------------------------------------------------------------
    def _card_state(self, index: QModelIndex | QPersistentModelIndex) -> tuple[bool, bool]:
        """(selected, focused) for the card at ``index``, asked of the view the delegate paints
        for, as Qt's list view sets them in the option (with no view: neither). Reading
        ``option.state`` instead would make PySide build QStyle's class and its many enums
        (~8 ms) before the first paint."""
        view = self.parent()
        if not isinstance(view, QAbstractItemView):
            return False, False
        selected = view.selectionModel().isSelected(index)
        focused = (view.hasFocus() or view.viewport().hasFocus()) and view.currentIndex() == index
        return selected, focused

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        task = index.data(Role.TASK)
        if not isinstance(task, Task):
            super().paint(painter, option, index)
            return
        palette: QPalette = option.palette
        selected, focused = self._card_state(index)
        advice = card_advice(index, advised=self.advised)
        warned = bool(advice.warning)
        fonts = self._fonts(option)

        painter.save()
        bounds = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        card = QRectF(bounds)
        fill = palette.color(QPalette.ColorRole.Base)
        edge = palette.color(QPalette.ColorRole.Mid)
        if warned:
            edge = WARNING_EDGE
        if selected or focused or not self._blit_frame(painter, bounds, fill, edge):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            if selected:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                fill = blend(fill, highlight, 0.18)
            path = QPainterPath()
            path.addRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), RADIUS, RADIUS)
            fill_shape(painter, path, fill)
            pen = solid(edge)
            if selected or focused:
                pen = solid(palette.color(QPalette.ColorRole.Highlight), 2.0)
                if focused and not selected:
                    pen.setStyle(Qt.PenStyle.DashLine)
            painter.strokePath(path, pen)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if warned:
            stripe = QRectF(card.left() + 1, card.top() + 4, 3, card.height() - 8)
            fill_shape(painter, stripe, WARNING_EDGE)

        text = palette.color(QPalette.ColorRole.Text)
        muted = secondary(text, fill)
        inner = card.adjusted(PAD, PAD, -PAD, -PAD).toRect()
        y = inner.top()

        painter.setFont(fonts.title)
        title_metrics = fonts.title_metrics
        title = drawn(task.title)
        title_width = self._title_width(task.title, fonts)
        title_lines = 1 if title_width <= inner.width() else 2
        title_height = title_lines * title_metrics.lineSpacing()
        title_rect = QRect(inner.left(), y, inner.width(), title_height)
        if title_width >= inner.width() or not as_laid_out(title):
            title = elide_lines(title, title_metrics, inner.width(), title_lines, self._elide)
        draw_text(painter, title_rect, TOP_LEFT, title, text)
        y += title_height

        if task.notes:
            y += GAP
            body_metrics = fonts.body_metrics
            painter.setFont(fonts.body)
            first = " ".join(drawn(task.notes).split())
            draw_text(
                painter,
                QRect(inner.left(), y, inner.width(), body_metrics.lineSpacing()),
                MIDDLE_LEFT,
                self._elide(body_metrics, first, inner.width()),
                muted,
            )
            y += body_metrics.lineSpacing()

        badges = _badges(task, index, advice)
        if badges:
            y += GAP
            self._paint_badges(painter, badges, inner.left(), y, inner.right(), fonts, palette)
        painter.restore()

    def _blit_frame(self, painter: QPainter, card: QRect, fill: QColor, edge: QColor) -> bool:
        """Copy the outline and fill of an unselected card at ``card`` from a kept picture of a
        card as wide, if the painter paints a view's viewport pixel for pixel (False: paint it).

        Antialiasing a rounded outline is most of a card's cost (Qt strokes the whole outline
        each time). Cards of a column are as wide as each other, and their frames differ only
        in height: above and below its corners' reach, a row of a frame is its two side pixels
        with the fill between. So the top and bottom :data:`FRAME_ROWS` rows come from a frame
        of :data:`FRAME_HEIGHT` rows painted once, as the card would be, on the fill colour,
        and its middle row's side pixels are repeated down the card's sides; between them the
        fill is the viewport's own colour, which the view has painted there before the cards.
        The board's pixels are the painted ones (``tests/ui/test_card_frames.py``; Qt's own
        antialiasing differs by a level or three of 255 on a few outline pixels of an odd card
        in a hundred with its place and size, and the test allows that off the board).
        """
        view = self.parent()
        width, height = card.width(), card.height()
        if not isinstance(view, QAbstractItemView) or min(height, width) < FRAME_HEIGHT:
            return False
        place = painter.deviceTransform()
        if (
            place.isScaling()
            or place.isRotating()
            or not place.dx().is_integer()
            or not place.dy().is_integer()
            or painter.opacity() != 1.0
        ):
            return False
        key = (width, fill.rgba(), edge.rgba())
        frame = self._frames.get(key)
        if frame is None:
            if len(self._frames) >= MAX_KEPT_FRAMES:
                self._frames.clear()
            frame = self._frames[key] = paint_frame(width, fill, edge)
        x, y = card.x(), card.y()
        rows = height - 2 * FRAME_ROWS  # between the top and bottom rows: the sides alone
        right = width - 1
        painter.drawPixmap(x, y, frame, 0, 0, width, FRAME_ROWS)
        side = QRect(0, FRAME_ROWS, 1, 1)
        painter.drawPixmap(QRect(x, y + FRAME_ROWS, 1, rows), frame, side)
        side.moveLeft(right)
        painter.drawPixmap(QRect(x + right, y + FRAME_ROWS, 1, rows), frame, side)
        painter.drawPixmap(x, y + height - FRAME_ROWS, frame, 0, FRAME_ROWS + 1, width, FRAME_ROWS)
        return True

    def _paint_badges(
        self,
        painter: QPainter,
        badges: list[Badge],
        left: int,
        top: int,
        right: int,
        fonts: CardFonts,
        palette: QPalette,
    ) -> None:
        metrics = fonts.small_metrics
        height = metrics.height() + 4
        painter.setFont(fonts.small)
        x = left
        for badge in badges:
            icon_width = height if badge.kind is BadgeKind.WARNING else 0
            label = drawn(badge.text)
            label_width = self._advance(metrics, label)
            room = max(0, right - x - icon_width - 2 * BADGE_PAD_X)
            if label_width >= room or not is_plain(label):
                label = self._elide(metrics, label, room)
                label_width = self._advance(metrics, label)
            if not label.strip("…"):
                break
            width = label_width + 2 * BADGE_PAD_X + icon_width
            rect = QRectF(x, top, width, height)
            fill, ink = chip_colours(badge.kind, palette)
            chip = QPainterPath()
            chip.addRoundedRect(rect, height / 2, height / 2)
            fill_shape(painter, chip, fill)
            if badge.kind is BadgeKind.WARNING:
                paint_warning_icon(painter, QRectF(x + 4, top + 2, height - 4, height - 4))
            draw_text(
                painter,
                rect.adjusted(BADGE_PAD_X + icon_width, 0, -BADGE_PAD_X, 0),
                MIDDLE_LEFT,
                label,
                ink,
            )
            x += int(width) + 4
            if x >= right:
                break


#: Rows at the top and at the bottom of a card that its rounded corners reach (their outline
#: ends half a pixel below ``RADIUS`` and a half below that): every row between is the same.
FRAME_ROWS = int(RADIUS) + 2

#: The height of a kept frame: its top and bottom rows and one middle row.
FRAME_HEIGHT = 2 * FRAME_ROWS + 1

#: The most frames a delegate keeps (a width and colours each; a column needs one or two).
MAX_KEPT_FRAMES = 32


def paint_frame(width: int, fill: QColor, edge: QColor) -> QPixmap:
    """A card's frame ``width`` wide and :data:`FRAME_HEIGHT` high, painted as
    :meth:`CardDelegate.paint` paints an unselected card's, on its fill colour (the viewport's)."""
    frame = QPixmap(width, FRAME_HEIGHT)
    frame.fill(fill)
    painter = QPainter(frame)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    path = QPainterPath()
    path.addRoundedRect(QRectF(0.5, 0.5, width - 1.0, FRAME_HEIGHT - 1.0), RADIUS, RADIUS)
    fill_shape(painter, path, fill)
    painter.strokePath(path, solid(edge))
    painter.end()
    return frame


def paint_warning_icon(painter: QPainter, rect: QRectF) -> None:
    """A warning triangle with an exclamation mark, drawn as vectors (crisp at any DPI)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    triangle = QPainterPath()
    triangle.moveTo(QPointF(rect.center().x(), rect.top()))
    triangle.lineTo(QPointF(rect.right(), rect.bottom()))
    triangle.lineTo(QPointF(rect.left(), rect.bottom()))
    triangle.closeSubpath()
    fill_shape(painter, triangle, WARNING_EDGE)
    pen = QPen(QColor("white"), max(1.2, rect.width() / 8))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    cx = rect.center().x()
    painter.drawLine(
        QPointF(cx, rect.top() + rect.height() * 0.35),
        QPointF(cx, rect.top() + rect.height() * 0.68),
    )
    painter.drawPoint(QPointF(cx, rect.top() + rect.height() * 0.84))
    painter.restore()


#: The most characters of a title, notes or badge (how often, a linked title) a card lays out:
#: far more than two lines hold, and a bound on the work (laying out a 10 MB title took Qt 15 s
#: and 800 MB).
DRAWN_CHARS = 2_000

#: The most title widths a delegate keeps (then it starts again): far more than a screenful.
MAX_KEPT_WIDTHS = 20_000


def drawn(text: str) -> str:
    """The part of ``text`` a card lays out (an ellipsis marks a longer text)."""
    return text if len(text) <= DRAWN_CHARS else text[:DRAWN_CHARS] + "…"


def as_laid_out(text: str) -> bool:
    """Whether ``text``, when its whole width (``QFontMetrics.horizontalAdvance``, rounded) is
    less than the width it is drawn in, is drawn as it is: :func:`elide_lines` and
    :func:`~ui.text_paint.elide_right` give it back unchanged (its runs of spaces are single
    spaces, and a text that fits keeps every character), so the card need not measure it
    again. Qt rounds a width to the nearest pixel, so a text whose rounded width is less than
    the room is narrower than the room by half a pixel or more."""
    return is_plain(text) and text == " ".join(text.split())


def elide_lines(
    text: str,
    metrics: QFontMetrics,
    width: int,
    lines: int,
    elide: Callable[[QFontMetrics, str, int], str] = elide_right,
) -> str:
    """Fit ``text`` into ``lines`` wrapped lines of ``width``, ending with an ellipsis if cut."""
    text = " ".join(text.split())
    if lines <= 1 or metrics.horizontalAdvance(text) <= width:
        return elide(metrics, text, width)
    words = text.split(" ")
    low, high = 0, len(words)  # the most words that fit on the first line
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(" ".join(words[:middle])) <= width:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return elide(metrics, text, width)
    first, rest = " ".join(words[:low]), " ".join(words[low:])
    second = elide(metrics, rest, width)
    return f"{first}\n{second}"
