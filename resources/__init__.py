"""Data files the app loads at run time (icons, style sheets, advisor rules, starter tasks).

They are read with :mod:`importlib.resources` so they are found the same way from a source checkout,
an installed wheel and a frozen PyInstaller bundle. The only code here is the two readers.
"""

from __future__ import annotations

from importlib import resources as _resources


def read_text(*parts: str) -> str:
    """Return the UTF-8 text of the data file at ``parts`` below this package."""
    node = _resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node.read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    """Return the raw bytes of the data file at ``parts`` below this package."""
    node = _resources.files(__name__)
    for part in parts:
        node = node.joinpath(part)
    return node.read_bytes()
