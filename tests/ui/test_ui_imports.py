"""The Qt shell leaves files and databases to the core: no module of ui/ imports sqlite3 (the core
wraps its errors in planner.errors types with messages for users)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
FORBIDDEN = {"sqlite3", "sqlite_utils"}


def imported_modules(source: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_no_ui_module_imports_the_database_libraries() -> None:
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 10
    offenders = {
        str(path.relative_to(UI.parent)): sorted(imported_modules(path) & FORBIDDEN)
        for path in modules
        if imported_modules(path) & FORBIDDEN
    }
    assert offenders == {}


def test_the_check_sees_an_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    import sqlite3.dbapi2\n    from sqlite_utils import db\n")
    assert imported_modules(sample) >= FORBIDDEN
