"""The frozen entry point: what PyInstaller runs, the same as the ``delegation-planner`` script."""

from __future__ import annotations

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
