"""Delegation Planner core: the plan, its rules, its storage and its files, with no Qt in sight.

Everything in this package is plain Python so it can be tested and scripted without a QApplication.
The Qt shell in ``ui`` calls into it; nothing here ever imports ``PySide6``.
"""

__all__ = ["__version__"]

__version__ = "0.1.0"
