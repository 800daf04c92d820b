"""``Qt``, Qt's namespace of enums, made the first time one of its names is read.

PySide makes the Python class of ``PySide6.QtCore.Qt`` the moment that name is imported, with all
its 93 enums (1,195 members, each made through Python's ``enum`` module): about 16 ms of CPU. The
first paint needs none of them, so the modules it loads import ``Qt`` from here and use it only in
code that runs later; what the first paint does need from it is in :mod:`ui.qt_values` as plain
numbers. ``tests/ui/test_startup.py`` checks that the first paint does not make the namespace.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import Qt
else:

    class _Qt:
        """Stands for ``PySide6.QtCore.Qt`` and reads it on first use (then keeps each name)."""

        def __getattr__(self, name: str) -> Any:
            from PySide6 import QtCore

            value = getattr(QtCore.Qt, name)
            setattr(self, name, value)
            return value

    Qt = _Qt()

__all__ = ["Qt"]
