"""Light and dark looks. "System" keeps Qt's own palette, which follows the desktop's scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ui.settings import Appearance


def dark_palette() -> QPalette:
    palette = QPalette()
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
    for name, value in colors.items():
        palette.setColor(name, QColor(value))
    for name in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, name, QColor("#6f7379"))
    return palette


def apply_appearance(app: QApplication, appearance: Appearance) -> None:
    """Apply light, dark, or the system's look (the platform's own palette)."""
    hints = QGuiApplication.styleHints()
    if appearance is Appearance.DARK:
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
        hints.setColorScheme(Qt.ColorScheme.Dark)
    elif appearance is Appearance.LIGHT:
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
        hints.setColorScheme(Qt.ColorScheme.Light)
    else:
        hints.unsetColorScheme()
        app.setPalette(QPalette())
