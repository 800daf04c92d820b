"""Who the app is: its names, identifiers and version, declared once for the core and the shell.

The version is the package's own (``[project] version`` in ``pyproject.toml``), read from the
installed metadata with :mod:`importlib.metadata`. Reading it costs tens of milliseconds, so
:func:`version` is only called where the version is shown (``--version``, About, file
metadata), never on the way to the first paint. A packaged app carries the metadata (the
PyInstaller spec copies it); a source checkout that was never installed reads
``pyproject.toml``; failing both, the version is :data:`UNKNOWN_VERSION`.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Final

#: The name users read: window titles, dialogs, file metadata.
APP_NAME: Final = "Delegation Planner"
#: The distribution (package) name, as in ``pyproject.toml``.
DISTRIBUTION: Final = "delegation-planner"
#: The command, the ``.desktop`` file and icon name, and the X11 window class.
APP_ID: Final = "delegation-planner"
#: The reverse-DNS id of the AppStream metadata (``packaging/<DESKTOP_ID>.metainfo.xml``).
DESKTOP_ID: Final = "io.github.delegationplanner.DelegationPlanner"
#: The organisation and folder name: QSettings, and the per-user data and cache folders.
ORGANIZATION: Final = "DelegationPlanner"
#: Shown when no version can be found.
UNKNOWN_VERSION: Final = "0+unknown"

#: The version line of ``pyproject.toml`` (a pattern, compiled when first read: compiling it at
#: import would cost every start about 0.5 M instructions for a look-up most never make).
_PYPROJECT_VERSION: Final = r'^version\s*=\s*"([^"]+)"'


@lru_cache(maxsize=1)
def version() -> str:
    """The app's version, e.g. ``0.1.0`` (read once, then remembered)."""
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        found = re.search(_PYPROJECT_VERSION, pyproject.read_text(encoding="utf-8"), re.MULTILINE)
    except (OSError, UnicodeError):
        found = None
    return found.group(1) if found else UNKNOWN_VERSION


class ShowVersion(argparse.Action):
    """``--version`` for an argument parser: prints ``<prog> <version>`` and exits, reading the
    version only then (argparse's own action needs it when the parser is built)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, default=argparse.SUPPRESS, help="show the version"
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        if sys.stdout is not None:  # a windowed build may have no stdout
            sys.stdout.write(f"{parser.prog} {version()}\n")
            sys.stdout.flush()
        parser.exit()
