"""Chips and message bars take their colours from the palette: dark chips on a dark board,
and readable text on every chip and bar in light, dark and high-contrast palettes."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ui.appearance import dark_palette
from ui.card_delegate import BadgeKind, chip_colours
from ui.colours import MIN_TEXT_CONTRAST, contrast, luminance
from ui.message_bar import MessageBar, MessageKind, bar_style
from ui.task_dialog import error_style


def high_contrast(dark: bool) -> QPalette:
    """A high-contrast palette like the desktops' accessibility themes."""
    ink, paper = (QColor("#ffffff"), QColor("#000000")) if dark else ("#000000", "#ffffff")
    palette = QPalette()
    role = QPalette.ColorRole
    for name in (role.Window, role.Base, role.AlternateBase, role.Button):
        palette.setColor(name, QColor(paper))
    for name in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(name, QColor(ink))
    palette.setColor(role.Highlight, QColor("#ffff00" if dark else "#0000c0"))
    palette.setColor(role.Mid, QColor(ink))
    return palette


def palettes(qapp: QApplication) -> dict[str, QPalette]:
    style = qapp.style()
    return {
        "light": style.standardPalette(),
        "dark": dark_palette(),
        "high contrast, dark": high_contrast(dark=True),
        "high contrast, light": high_contrast(dark=False),
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
