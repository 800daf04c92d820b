"""Take the README and AppStream screenshots of the real app on a real X server (Xvfb).

Run from the repository root: ``.venv/bin/python packaging/take_screenshots.py``. Without a
display it re-runs itself under ``xvfb-run``. It builds a plan from the starter tasks in a
temporary folder, drops a relationship task into My VA so the warning and its banner show, and
saves ``packaging/screenshots/board-light.png``, ``board-dark.png`` and ``board-warning.png``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "screenshots"
SIZE = (1280, 800)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        xvfb = shutil.which("xvfb-run")
        if xvfb is None:
            print("take_screenshots: xvfb-run is needed (apt-get install xvfb)", file=sys.stderr)
            return 1
        command = [xvfb, "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable, __file__]
        env = dict(os.environ, QT_QPA_PLATFORM="xcb")
        return subprocess.run(command, env=env, check=False).returncode
    with tempfile.TemporaryDirectory() as home:
        os.environ["DELEGATION_PLANNER_HOME"] = str(Path(home) / "plans")
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        return shoot()


def shoot() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.model import Column
    from planner.session import open_plan
    from ui.app import make_application
    from ui.appearance import apply_appearance
    from ui.main_window import MainWindow
    from ui.plan_editor import PlanEditor
    from ui.preferences import Preferences

    app = make_application(["delegation-planner"])
    OUT.mkdir(parents=True, exist_ok=True)
    for appearance, name, warn in (
        ("light", "board-light.png", False),
        ("dark", "board-dark.png", False),
        ("light", "board-warning.png", True),
    ):
        apply_appearance(app, appearance)
        plan = open_plan()
        editor = PlanEditor(plan)
        settings = QSettings(
            str(Path(os.environ["XDG_CONFIG_HOME"]) / "s.ini"), QSettings.Format.IniFormat
        )
        window = MainWindow(editor, settings)
        window.apply_preferences(Preferences(hourly_rate=22, currency="$", appearance=appearance))
        window.resize(*SIZE)
        window.show()
        window.tracker.ensure_scanned()
        reply = next(
            t for t in plan.board.tasks(Column.ME) if t.title.startswith("Reply to comments")
        )
        if warn:
            editor.move_tasks([reply.id], Column.VA, 1)
        for _ in range(20):
            QApplication.processEvents()
        window.grab().save(str(OUT / name))
        print(f"saved {OUT / name} ({app.platformName()})")
        window.close()
        editor.detach()
        plan.close()
        for leftover in Path(os.environ["DELEGATION_PLANNER_HOME"]).glob("*"):
            if leftover.is_file():
                leftover.unlink()
    return 0


if __name__ == "__main__":
    sys.exit(main())
