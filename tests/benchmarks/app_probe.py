"""Opens a plan in the real main window offscreen, paints it, and prints its resident memory.

The memory benchmark runs this in a fresh process so nothing else is counted.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from planner.plan import Plan
from tests.benchmarks.bare_window import resident_kb
from ui.main_window import MainWindow
from ui.plan_editor import PlanEditor


def main() -> int:
    app = QApplication(sys.argv[:1])
    plan = Plan.open(Path(sys.argv[1]))
    settings = QSettings(str(Path(sys.argv[2])), QSettings.Format.IniFormat)
    window = MainWindow(PlanEditor(plan), settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()
    print(resident_kb())
    window.close()
    plan.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
