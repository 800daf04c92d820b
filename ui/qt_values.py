"""The values of Qt's enums that the first paint needs, as plain numbers.

Reading any name of ``PySide6.QtCore.Qt`` makes PySide build its whole namespace (see
:mod:`ui.lazy_qt`), and so does passing a number where a method takes one of its enums. Code that
runs before the first paint uses these instead: as numbers where Qt takes numbers (data roles,
``QPainter.drawText``'s flags), and as property values (``QObject.setProperty("name", value)``,
which Qt converts in C++) where a setter would take an enum. ``tests/ui/test_qt_values.py`` checks
each against Qt's own enum.
"""

from __future__ import annotations

from enum import IntEnum


class ItemRole(IntEnum):
    """Qt's own data roles (``Qt.ItemDataRole``) that the column models answer."""

    DISPLAY = 0
    EDIT = 2
    TOOL_TIP = 3
    ACCESSIBLE_TEXT = 11
    ACCESSIBLE_DESCRIPTION = 12
    #: The first role for the application's own (``Qt.ItemDataRole.UserRole``).
    USER = 0x0100


# Qt.AlignmentFlag, for QPainter.drawText's flags.
ALIGN_LEFT = 0x0001
ALIGN_HCENTER = 0x0004
ALIGN_TOP = 0x0020
ALIGN_VCENTER = 0x0080

# Property values.
#: ``Qt.DropAction.MoveAction`` (QAbstractItemView's ``defaultDropAction``).
MOVE_ACTION = 0x2
#: ``Qt.ScrollBarPolicy.ScrollBarAlwaysOff`` (QAbstractScrollArea's ``horizontalScrollBarPolicy``).
SCROLL_BAR_ALWAYS_OFF = 1
#: ``Qt.ShortcutContext.WidgetWithChildrenShortcut`` (QAction's ``shortcutContext``).
WIDGET_WITH_CHILDREN_SHORTCUT = 3
#: ``Qt.ToolButtonStyle.ToolButtonTextOnly`` (QToolBar's ``toolButtonStyle``).
TOOL_BUTTON_TEXT_ONLY = 1
#: ``Qt.TextFormat.PlainText`` (QLabel's ``textFormat``).
PLAIN_TEXT = 0
