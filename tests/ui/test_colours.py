"""Chips, notes and message bars take their colours from the palette: dark chips on a dark
board, and readable text on every chip, card and bar in light, dark and high-contrast palettes;
the high-contrast looks can be chosen in Preferences."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui import appearance
from ui.appearance import apply_appearance, dark_palette, high_contrast_palette, is_high_contrast
from ui.card_delegate import BadgeKind, chip_colours
from ui.colours import (
    HIGH_CONTRAST_TEXT,
    MIN_TEXT_CONTRAST,
    blend,
    contrast,
    luminance,
    secondary,
    set_secondary_floor,
)
from ui.message_bar import MessageBar, MessageKind, bar_style
from ui.preferences import Preferences
from ui.preferences_dialog import PreferencesDialog
from ui.settings import Appearance
from ui.task_dialog import error_style


def palettes(qapp: QApplication) -> dict[str, QPalette]:
    style = qapp.style()
    return {
        "light": style.standardPalette(),
        "dark": dark_palette(),
        "high contrast, dark": high_contrast_palette(dark=True),
        "high contrast, light": high_contrast_palette(dark=False),
    }


@pytest.mark.parametrize("name", ["light", "dark", "high contrast, dark", "high contrast, light"])
@pytest.mark.parametrize("kind", list(BadgeKind))
def test_chip_text_reads_on_its_chip(qapp: QApplication, name: str, kind: BadgeKind) -> None:
    fill, ink = chip_colours(kind, palettes(qapp)[name])
    assert contrast(ink, fill) >= MIN_TEXT_CONTRAST


@pytest.mark.parametrize("kind", list(BadgeKind))
def test_dark_mode_shows_dark_chips(qapp: QApplication, kind: BadgeKind) -> None:
    palette = dark_palette()
    base = palette.color(QPalette.ColorRole.Base)
    fill, _ = chip_colours(kind, palette)
    # A dark chip: close to the card's own background, never a pale patch on it.
    assert luminance(fill) < 0.15
    assert contrast(fill, base) < 3.0
    light_fill, _ = chip_colours(kind, qapp.style().standardPalette())
    assert luminance(light_fill) > 0.5


@pytest.mark.parametrize("name", ["light", "dark", "high contrast, dark", "high contrast, light"])
@pytest.mark.parametrize("kind", list(MessageKind))
def test_message_bar_text_reads_on_the_bar(qapp: QApplication, name: str, kind: MessageKind):
    palette = palettes(qapp)[name]
    fill, ink = fill_and_ink(bar_style(kind, palette))
    assert contrast(ink, fill) >= MIN_TEXT_CONTRAST
    window = palette.color(QPalette.ColorRole.Window)
    assert (luminance(fill) < 0.2) == (luminance(window) < 0.2)  # a dark bar on a dark window


def fill_and_ink(style: str) -> tuple[QColor, QColor]:
    """(background, text) colours of style sheet declarations."""
    declarations = dict(part.strip().split(": ", 1) for part in style.split(";") if part.strip())
    return QColor(declarations["background"]), QColor(declarations["color"])


@pytest.mark.parametrize("name", ["light", "dark", "high contrast, dark", "high contrast, light"])
def test_the_task_dialogs_error_reads_in_every_look(qapp: QApplication, name: str) -> None:
    palette = palettes(qapp)[name]
    fill, ink = fill_and_ink(error_style(palette))
    assert contrast(ink, fill) >= MIN_TEXT_CONTRAST
    window = palette.color(QPalette.ColorRole.Window)
    assert (luminance(fill) < 0.2) == (luminance(window) < 0.2)


def test_a_shown_bar_follows_a_palette_change(qtbot: QtBot, qapp: QApplication) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    bar = MessageBar(parent)
    bar.show_message(MessageKind.ERROR, "The change could not be saved.")
    light = bar.styleSheet()
    before = qapp.palette()
    qapp.setPalette(dark_palette())  # what choosing Dark in Preferences does
    qapp.processEvents()  # palette changes are posted to the widgets
    try:
        assert bar.styleSheet() != light
        assert bar_style(MessageKind.ERROR, dark_palette()) in bar.styleSheet()
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert bar.styleSheet() == light


def test_a_bar_whose_parent_goes_first_reports_no_error(
    qapp: QApplication, capfd: pytest.CaptureFixture[str]
) -> None:
    parent = QWidget()
    bar = MessageBar(parent)
    bar.show_message(MessageKind.INFO, "A note.")
    parent.show()
    qapp.processEvents()
    del bar  # the window keeps the bar through its attributes; those go before the window
    gc.collect()
    del parent
    gc.collect()
    qapp.processEvents()
    assert "Error calling Python override" not in capfd.readouterr().err


LOOKS = ["light", "dark", "high contrast, dark", "high contrast, light"]


@pytest.mark.parametrize("name", LOOKS)
@pytest.mark.parametrize("selected", [False, True], ids=["plain", "selected"])
def test_a_cards_notes_read_on_the_card(qapp: QApplication, name: str, selected: bool) -> None:
    """The notes line is quieter than the title, but never below 4.5:1, also on a selected
    card's tinted fill (the card delegate's tint)."""
    palette = palettes(qapp)[name]
    fill = palette.color(QPalette.ColorRole.Base)
    if selected:
        fill = blend(fill, palette.color(QPalette.ColorRole.Highlight), 0.18)
    text = palette.color(QPalette.ColorRole.Text)
    notes = secondary(text, fill)
    assert contrast(notes, fill) >= MIN_TEXT_CONTRAST
    assert contrast(notes, fill) < contrast(text, fill)  # still quieter than the title


@pytest.mark.parametrize(
    ("chosen", "floor"),
    [
        (Appearance.LIGHT, MIN_TEXT_CONTRAST),
        (Appearance.DARK, MIN_TEXT_CONTRAST),
        (Appearance.HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_TEXT),
        (Appearance.HIGH_CONTRAST_DARK, HIGH_CONTRAST_TEXT),
    ],
)
def test_a_cards_notes_keep_the_looks_contrast(
    qapp: QApplication, chosen: Appearance, floor: float
) -> None:
    """In a high-contrast look the notes line reads at 7:1 like every other text (it faded to
    4.7:1, #737373 on white); the other looks keep 4.5:1 and their quieter grey."""
    before_style, before = qapp.style().name(), qapp.palette()
    try:
        apply_appearance(qapp, chosen)
        palette = qapp.palette()
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        for fill in (base, blend(base, palette.color(QPalette.ColorRole.Highlight), 0.18)):
            notes = secondary(text, fill)
            assert floor <= contrast(notes, fill) < contrast(text, fill)
            assert contrast(notes, fill) < floor + 1.5  # still as quiet as the floor allows
    finally:
        qapp.setStyle(before_style)
        qapp.setPalette(before)
        QGuiApplication.styleHints().unsetColorScheme()
        set_secondary_floor(MIN_TEXT_CONTRAST)


@pytest.mark.parametrize("dark", [False, True], ids=["black on white", "white on black"])
def test_high_contrast_palettes_reach_seven_to_one(dark: bool) -> None:
    """WCAG's enhanced contrast (7:1) for every text on its background, and full-contrast
    frames and card edges."""
    palette = high_contrast_palette(dark=dark)
    role = QPalette.ColorRole
    pairs = [
        (role.Text, role.Base),
        (role.WindowText, role.Window),
        (role.ButtonText, role.Button),
        (role.HighlightedText, role.Highlight),
        (role.ToolTipText, role.ToolTipBase),
        (role.PlaceholderText, role.Base),
        (role.Text, role.AlternateBase),
        (role.Link, role.Base),
    ]
    for ink, paper in pairs:
        assert contrast(palette.color(ink), palette.color(paper)) >= 7, (ink, paper)
    disabled = palette.color(QPalette.ColorGroup.Disabled, role.WindowText)
    assert contrast(disabled, palette.color(role.Window)) >= 7
    assert contrast(palette.color(role.Mid), palette.color(role.Base)) == pytest.approx(21)


@pytest.mark.parametrize(
    ("appearance", "dark"),
    [(Appearance.HIGH_CONTRAST_LIGHT, False), (Appearance.HIGH_CONTRAST_DARK, True)],
)
def test_high_contrast_can_be_chosen_in_preferences(
    qtbot: QtBot, qapp: QApplication, appearance: Appearance, dark: bool
) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    box = dialog.appearance
    offered = [box.itemText(i) for i in range(box.count())]
    assert appearance.label in offered
    box.setCurrentIndex(offered.index(appearance.label))
    chosen = dialog.value().appearance
    assert chosen is appearance
    before_style, before = qapp.style().name(), qapp.palette()
    try:
        apply_appearance(qapp, chosen)
        shown = qapp.palette()
        expected = high_contrast_palette(dark=dark)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Text, QPalette.ColorRole.Mid):
            assert shown.color(role) == expected.color(role)
        # A style that draws frames, fields and scroll bars in the palette's edge colour.
        assert qapp.style().name() == "windows"
        apply_appearance(qapp, Appearance.SYSTEM)  # back to the platform's own style
        assert qapp.style().name() == before_style
    finally:
        qapp.setStyle(before_style)
        qapp.setPalette(before)
        QGuiApplication.styleHints().unsetColorScheme()


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch, qapp: QApplication) -> Iterator[list[bool]]:
    """The desktop's high-contrast setting, as a list to flip ([True]: high contrast asked);
    the application's style and palette are put back afterwards."""
    asked = [False]
    monkeypatch.setattr(appearance, "system_wants_high_contrast", lambda: asked[0])
    style, palette = qapp.style().name(), qapp.palette()
    yield asked
    qapp.setStyle(style)
    qapp.setPalette(palette)
    QGuiApplication.styleHints().unsetColorScheme()


def test_the_system_look_follows_the_desktops_high_contrast(
    qapp: QApplication, desktop: list[bool]
) -> None:
    """Where the desktop asks for high contrast and its palette does not give it (pale frames),
    the System look stands in the app's high-contrast palette; it goes when the desktop's
    setting does."""
    style = qapp.style().name()
    apply_appearance(qapp, Appearance.SYSTEM)
    assert not is_high_contrast(qapp.palette())  # the platform's own palette
    desktop[0] = True
    apply_appearance(qapp, Appearance.SYSTEM)
    assert is_high_contrast(qapp.palette()) and qapp.style().name() == "windows"
    desktop[0] = False
    apply_appearance(qapp, Appearance.SYSTEM)
    assert not is_high_contrast(qapp.palette()) and qapp.style().name() == style


def test_after_the_first_paint_the_desktops_setting_is_followed(
    qapp: QApplication, desktop: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(appearance, "_watching", [])
    desktop[0] = True
    appearance.follow_the_system(qapp, Appearance.LIGHT)  # the owner's own choice stands
    assert not is_high_contrast(qapp.palette())
    appearance.follow_the_system(qapp, Appearance.SYSTEM)
    assert is_high_contrast(qapp.palette())
    desktop[0] = False  # the desktop's setting changes while the app runs
    hints = QGuiApplication.styleHints()
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.NoPreference)
    assert not is_high_contrast(qapp.palette())


@pytest.mark.parametrize("dark", [False, True])
def test_the_apps_high_contrast_palettes_count_as_high_contrast(dark: bool) -> None:
    assert is_high_contrast(high_contrast_palette(dark=dark))
    assert not is_high_contrast(dark_palette())


def test_the_desktops_setting_can_be_read_again_and_again(qapp: QApplication) -> None:
    """Read through Qt each time (a wrapper PySide dropped with its parent's raised "already
    deleted" in the app, after the first paint)."""
    for _ in range(3):
        assert appearance.system_wants_high_contrast() is False  # no desktop asks here
        gc.collect()
