"""The frozen entry point: what PyInstaller runs, the same as the ``delegation-planner`` script.

``--check-advisor ANSWERS`` (for the packaging check only, see ``advisor_check.py``) checks the
bundle's advisor instead of starting the app.
"""

from __future__ import annotations

import sys

if __name__ == "__main__":
    if sys.argv[1:2] == ["--check-advisor"]:
        from advisor_check import main as check

        sys.exit(check(sys.argv[1:]))
    from ui.app import main

    sys.exit(main())
