"""The start-time baseline: the smallest PySide6 window that shows, paints once and exits.

``compare_startup.py`` freezes this with PyInstaller's defaults (onedir, windowed) and compares its
start-up time and size with the Delegation Planner bundle's ``--smoke-test``.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Hello, world")
    label.resize(320, 120)
    label.show()
    app.processEvents()
    image = label.grab().toImage()
    if image.isNull():
        return 1
    if sys.stderr is not None:
        print("painted: hello world", file=sys.stderr, flush=True)
    label.close()
    app.processEvents()
    if sys.stderr is not None:
        print(f"hello world painted ({app.platformName()})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
