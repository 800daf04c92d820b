"""Data files the app loads at run time (icons, style sheets, advisor rules, starter tasks).

They are read with :mod:`importlib.resources` so they are found the same way from a source checkout,
an installed wheel and a frozen PyInstaller bundle. The only code here is the two readers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable


def _node(parts: tuple[str, ...]) -> Traversable:
    # importlib.resources is imported here, when a file is read: the app's first paint reads none
    from importlib import resources

    node = resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    """Return the UTF-8 text of the data file at ``parts`` below this package."""
    return _node(parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    """Return the raw bytes of the data file at ``parts`` below this package."""
    return _node(parts).read_bytes()
