"""The physical limit: a bare PySide6 window with one label, shown, painted once, then closed.

Used as the baseline for the start-up and memory benchmarks. With ``--rss`` it prints its
resident memory (kB) after painting. With ``DELEGATION_PLANNER_PHASES=1`` it prints the same
``phase:`` lines as the app (see :func:`ui.app.phase`), so the two compare phase by phase.
"""

from __future__ import annotations

import os
import sys
import time

LOADING_STARTED = (time.perf_counter(), time.process_time())

from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

PHASES = os.environ.get("DELEGATION_PLANNER_PHASES") == "1"


def phase(name: str, at: tuple[float, float] | None = None) -> None:
    if PHASES:
        wall, cpu = (time.perf_counter(), time.process_time()) if at is None else at
        print(f"phase: {name} {wall:.6f} {cpu:.6f}", file=sys.stderr, flush=True)


def main() -> int:
    phase("loading", LOADING_STARTED)
    phase("imported")
    app = QApplication(sys.argv[:1])
    phase("application")
    phase("plan")
    label = QLabel("Hello")
    label.resize(1280, 800)
    label.show()
    app.processEvents()
    phase("window")
    image = label.grab().toImage()
    phase("painted")
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
