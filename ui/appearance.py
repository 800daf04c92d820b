"""Light, dark and high-contrast looks. "System" keeps Qt's own palette, which follows the
desktop's scheme and its high-contrast colours where the platform gives them; where the desktop
asks for high contrast and the platform's palette does not give it, the app's own high-contrast
palette stands in."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.colours import (
    HIGH_CONTRAST_TEXT,
    MIN_TEXT_CONTRAST,
    contrast,
    is_dark,
    set_secondary_floor,
)
from ui.settings import Appearance


def _palette(colors: dict[QPalette.ColorRole, str], disabled: str) -> QPalette:
    palette = QPalette()
    for name, value in colors.items():
        palette.setColor(name, QColor(value))
    role = QPalette.ColorRole
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    role = QPalette.ColorRole
    colors = {
        role.Window: "#202124",
        role.WindowText: "#e8eaed",
        role.Base: "#2b2c30",
        role.AlternateBase: "#26272b",
        role.Text: "#e8eaed",
        role.Button: "#303136",
        role.ButtonText: "#e8eaed",
        role.Highlight: "#5b8def",
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#303136",
        role.ToolTipText: "#e8eaed",
        role.PlaceholderText: "#9aa0a6",
        role.Mid: "#4a4c52",
        role.Midlight: "#3a3b40",
        role.Dark: "#17181a",
        role.Light: "#45474d",
        role.Link: "#8ab4f8",
        role.BrightText: "#ffffff",
    }
    return _palette(colors, "#6f7379")


def high_contrast_palette(*, dark: bool) -> QPalette:
    """Black on white or white on black, like the desktops' accessibility themes: every text,
    edge and frame at the full contrast of the two (21:1), the selection in a colour of its own
    (blue with white text, or yellow with black text), placeholder and disabled text at 7:1 or
    more."""
    ink, paper = ("#ffffff", "#000000") if dark else ("#000000", "#ffffff")
    role = QPalette.ColorRole
    colors = {
        role.Window: paper,
        role.WindowText: ink,
        role.Base: paper,
        role.AlternateBase: "#1a1a1a" if dark else "#ebebeb",
        role.Text: ink,
        role.Button: paper,
        role.ButtonText: ink,
        role.Highlight: "#ffff00" if dark else "#0000c0",
        role.HighlightedText: "#000000" if dark else "#ffffff",
        role.ToolTipBase: paper,
        role.ToolTipText: ink,
        role.PlaceholderText: "#b3b3b3" if dark else "#4d4d4d",
        # Frames, card edges and the style's bevels: the ink itself.
        role.Mid: ink,
        role.Midlight: "#595959" if dark else "#a6a6a6",
        role.Dark: ink,
        role.Light: ink,
        role.Shadow: ink,
        role.Link: "#00ffff" if dark else "#0000c0",
        role.LinkVisited: "#ff80ff" if dark else "#551a8b",
        role.BrightText: ink,
    }
    palette = _palette(colors, "#a6a6a6" if dark else "#595959")
    # The Windows style etches disabled text with the light edge colour, 1 pixel off: in the
    # ink, a disabled "Redo" looked bolder than an enabled "Undo".
    palette.setColor(QPalette.ColorGroup.Disabled, role.Light, QColor(paper))
    return palette


HIGH_CONTRAST_STYLE = "Windows"

#: The style, palette and colour scheme of each look that is not the system's. The high-contrast
#: looks use Qt's "Windows" style: it draws frames, fields, buttons and scroll bars from the
#: palette's edge colours (all the ink here); Fusion draws them a shade darker than the window,
#: which is invisible on black.
_LOOKS: Final[dict[Appearance, tuple[str, Callable[[], QPalette], Qt.ColorScheme]]] = {
    Appearance.LIGHT: (
        "Fusion",
        lambda: QApplication.style().standardPalette(),
        Qt.ColorScheme.Light,
    ),
    Appearance.DARK: ("Fusion", dark_palette, Qt.ColorScheme.Dark),
    Appearance.HIGH_CONTRAST_LIGHT: (
        HIGH_CONTRAST_STYLE,
        lambda: high_contrast_palette(dark=False),
        Qt.ColorScheme.Light,
    ),
    Appearance.HIGH_CONTRAST_DARK: (
        HIGH_CONTRAST_STYLE,
        lambda: high_contrast_palette(dark=True),
        Qt.ColorScheme.Dark,
    ),
}


_system_style: list[str] = []  # the platform's own style, before a look replaced it
_chosen: list[Appearance] = [Appearance.SYSTEM]  # the look applied last
_watching: list[bool] = []  # whether the desktop's contrast setting is followed


def is_high_contrast(palette: QPalette) -> bool:
    """Whether ``palette`` is a high-contrast one: text at 7:1 or more on its background, and
    frames that stand out from it (3:1; an ordinary light palette has black text on white, but
    pale grey frames)."""
    role = QPalette.ColorRole
    base = palette.color(role.Base)
    text = contrast(palette.color(role.Text), base)
    return text >= 7 and contrast(palette.color(role.Mid), base) >= 3


def system_wants_high_contrast() -> bool:
    """Whether the desktop asks apps for high contrast (Windows' contrast themes, macOS'
    "Increase contrast", a desktop portal's contrast setting)."""
    hints = QGuiApplication.styleHints()  # held: PySide invalidates its child's wrapper with it
    return hints.accessibility().contrastPreference() is Qt.ContrastPreference.HighContrast


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Apply a look: light, dark, high contrast, or the system's (the platform's own style and
    palette; when the desktop asks for high contrast and its palette does not give it, the
    high-contrast palette of the same lightness)."""
    hints = QGuiApplication.styleHints()
    if not _system_style:
        _system_style.append(app.style().name())
    _chosen[0] = appearance
    if appearance is Appearance.SYSTEM:
        if app.style().name() != _system_style[0]:
            app.setStyle(_system_style[0])
        hints.unsetColorScheme()
        app.setPalette(QPalette())
        platform = app.palette()
        wanted = system_wants_high_contrast()
        if wanted and not is_high_contrast(platform):
            app.setStyle(HIGH_CONTRAST_STYLE)
            app.setPalette(high_contrast_palette(dark=is_dark(platform)))
        set_secondary_floor(HIGH_CONTRAST_TEXT if wanted else MIN_TEXT_CONTRAST)
        return
    high = appearance in (Appearance.HIGH_CONTRAST_LIGHT, Appearance.HIGH_CONTRAST_DARK)
    set_secondary_floor(HIGH_CONTRAST_TEXT if high else MIN_TEXT_CONTRAST)
    style, palette, scheme = _LOOKS[appearance]
    app.setStyle(style)
    app.setPalette(palette())
    hints.setColorScheme(scheme)


def follow_the_system(app: QApplication, appearance: Appearance) -> None:
    """After the first paint: apply the system's look if the desktop asks for high contrast
    (the first frame was painted without this check, which costs Qt's enum namespace), and
    follow the desktop's contrast setting while the System look is chosen."""
    _chosen[0] = appearance
    if appearance is Appearance.SYSTEM and system_wants_high_contrast():
        apply_appearance(app, Appearance.SYSTEM)
    if _watching:
        return
    _watching.append(True)

    def changed() -> None:
        if _chosen[0] is Appearance.SYSTEM:
            apply_appearance(app, Appearance.SYSTEM)

    hints = QGuiApplication.styleHints()  # held while its child is used (see above)
    hints.accessibility().contrastPreferenceChanged.connect(changed)
