"""Build the Delegation Planner bundle for this system: ``python packaging/build.py``.

See :mod:`bundling` for what it does and where the result goes (``dist/delegation-planner/``).
"""

from __future__ import annotations

import sys

from bundling import main

if __name__ == "__main__":
    sys.exit(main())
