"""Delegation Planner core: the plan, its rules, its storage and its files, with no Qt in sight.

Everything in this package is plain Python so it can be tested and scripted without a QApplication.
The Qt shell in ``ui`` calls into it; nothing here ever imports ``PySide6``.

``planner.__version__`` is the package's version from :func:`planner.identity.version`, read
when first asked for (reading it is not free, and most starts never need it).
"""

from __future__ import annotations

__all__ = ["__version__"]


def __getattr__(name: str) -> str:
    if name == "__version__":
        from planner.identity import version

        return version()
    raise AttributeError(f"module 'planner' has no attribute {name!r}")
