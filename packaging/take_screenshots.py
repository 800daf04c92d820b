"""Take the README and AppStream screenshots of the real app on a real X server (Xvfb).

Run from the repository root: ``.venv/bin/python packaging/take_screenshots.py``. Without a
display it re-runs itself under ``xvfb-run``. It builds a plan from the starter tasks in a
temporary folder, drops a relationship task into My VA so the warning and its banner show, and
saves ``packaging/screenshots/board-light.png``, ``board-dark.png`` and ``board-warning.png``.
Then it plays the round trip with the VA: the plan's CSV comes back with a note edited, a task
moved and two tasks added, and it saves the import preview (``import-preview.png``) and the
board after the import, with the touched cards selected (``board-after-import.png``).
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

    from planner.identity import APP_ID
    from planner.model import Column
    from planner.session import open_plan
    from ui.app import make_application
    from ui.appearance import apply_appearance
    from ui.main_window import MainWindow
    from ui.plan_editor import PlanEditor
    from ui.preferences import Preferences
    from ui.settings import Appearance

    app = make_application([APP_ID])
    OUT.mkdir(parents=True, exist_ok=True)
    for appearance, name, warn in (
        (Appearance.LIGHT, "board-light.png", False),
        (Appearance.DARK, "board-dark.png", False),
        (Appearance.LIGHT, "board-warning.png", True),
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
    apply_appearance(app, Appearance.LIGHT)
    shoot_import(app)
    return 0


def va_edits(export: bytes) -> bytes:
    """The plan's CSV as a VA might send it back: a note added and that task moved to the top,
    more hours on another, two new tasks."""
    import csv
    import io

    rows = list(csv.reader(io.StringIO(export.decode("utf-8-sig"), newline="")))
    header = rows[0]
    title, notes, column, position, hours = (
        header.index(name) for name in ("title", "notes", "column", "position", "hours_per_week")
    )
    for row in rows[1:]:
        if row[title].startswith("Bookkeeping"):
            row[notes] = "Receipts are in the shared folder; invoices go out on the 1st."
            row[position] = "1"
        if row[title].startswith("Set up and update"):
            row[hours] = "1"
    blank = [""] * len(header)
    for new_title, new_column in (
        ("Transcribe the podcast episodes", "My VA"),
        ("Update the client FAQ page", "My VA"),
    ):
        row = list(blank)
        row[title], row[column] = new_title, new_column
        rows.append(row)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def shoot_import(app: object) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from planner.csv_export import export_bytes
    from planner.session import open_plan
    from ui.import_preview import ImportPreview
    from ui.main_window import MainWindow
    from ui.plan_editor import PlanEditor

    plan = open_plan()
    editor = PlanEditor(plan)
    config = Path(os.environ["XDG_CONFIG_HOME"])
    settings = QSettings(str(config / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(editor, settings)
    window.resize(*SIZE)
    window.show()
    window.tracker.ensure_scanned()
    source = config / "from-my-va.csv"
    source.write_bytes(va_edits(export_bytes(plan)))
    planned = window.files.read_import(source)
    assert planned is not None
    preview = ImportPreview(planned, window)
    preview.resize(760, 520)
    preview.show()
    for _ in range(20):
        QApplication.processEvents()
    preview.grab().save(str(OUT / "import-preview.png"))
    print(f"saved {OUT / 'import-preview.png'}")
    preview.close()
    window.files.apply_import(planned, source)
    for _ in range(20):
        QApplication.processEvents()
    window.grab().save(str(OUT / "board-after-import.png"))
    print(f"saved {OUT / 'board-after-import.png'}")
    window.close()
    editor.detach()
    plan.close()


if __name__ == "__main__":
    sys.exit(main())
