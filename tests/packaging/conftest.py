"""Make the scripts in ``packaging/`` importable as top-level modules (``make_icons``, ``build``).

``packaging/`` is deliberately not a Python package: a package named ``packaging`` would shadow the
PyPI ``packaging`` library that pip, pytest and setuptools import.
"""

from __future__ import annotations

import sys
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
if str(PACKAGING) not in sys.path:
    sys.path.insert(0, str(PACKAGING))
