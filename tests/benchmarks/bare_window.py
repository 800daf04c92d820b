"""The physical limit: a bare PySide6 window with one label, shown, painted once, then closed.

Used as the baseline for the start-up and memory benchmarks. With ``--rss`` it prints its
resident memory (kB) after painting.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Hello")
    label.resize(1280, 800)
    label.show()
    app.processEvents()
    image = label.grab().toImage()
    print("painted: bare window", file=sys.stderr, flush=True)
    if "--rss" in sys.argv:
        print(resident_kb())
    label.close()
    return 0 if not image.isNull() else 1


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
