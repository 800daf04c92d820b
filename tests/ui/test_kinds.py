"""Kinds are enums, declared once: message kinds, message causes and badge kinds travel as
their StrEnum (through signals too), no call spells one as a bare string, and no
``if TYPE_CHECKING: pass`` is left behind."""

from __future__ import annotations

import ast
from enum import StrEnum
from pathlib import Path

from pytestqt.qtbot import QtBot

from planner.advisor import TaskKind
from ui.card_delegate import BadgeKind
from ui.file_workflows import FileWorkflows
from ui.main_window import MainWindow
from ui.message_bar import MessageKind
from ui.settings import Appearance
from ui.status_bar import Cause

ROOT = Path(__file__).resolve().parents[2]
#: Calls whose arguments name a kind or a cause.
KIND_TAKERS = frozenset(
    {"show_message", "clear_cause", "show_problem", "_show_failure", "Badge", "emit", "Assessment"}
)
ENUMS: tuple[type[StrEnum], ...] = (MessageKind, Cause, BadgeKind, Appearance, TaskKind)


def sources() -> list[Path]:
    found = [
        path
        for folder in ("planner", "ui", "packaging")
        for path in sorted((ROOT / folder).rglob("*.py"))
    ]
    assert len(found) > 40
    return found


def spelled_kinds(tree: ast.AST, values: set[str]) -> list[tuple[int, str]]:
    """(line, text) of each string literal naming a kind in a call that takes one."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in KIND_TAKERS:
            continue
        arguments = [*node.args, *(k.value for k in node.keywords)]
        for argument in arguments:
            if (
                isinstance(argument, ast.Constant)
                and isinstance(argument.value, str)
                and argument.value in values
            ):
                found.append((node.lineno, argument.value))
    return found


def test_no_call_spells_a_kind_as_a_string() -> None:
    values = {member.value for enum in ENUMS for member in enum} - {""}
    offenders = {
        str(path.relative_to(ROOT)): spelled
        for path in sources()
        if (spelled := spelled_kinds(ast.parse(path.read_text(encoding="utf-8")), values))
    }
    assert offenders == {}


def test_the_check_sees_a_spelled_kind() -> None:
    tree = ast.parse(
        'bar.show_message("error", text)\n'
        'Badge("3 h/week", kind="hours")\n'
        'files.failed.emit(message, "import")\n'
    )
    assert spelled_kinds(tree, {"error", "hours", "import"}) == [
        (1, "error"),
        (2, "hours"),
        (3, "import"),
    ]


def type_checking_passes(tree: ast.AST) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.If)
        and "TYPE_CHECKING" in ast.unparse(node.test)
        and all(isinstance(statement, ast.Pass) for statement in node.body)
    ]


def test_no_type_checking_pass_leftovers() -> None:
    offenders = {
        str(path.relative_to(ROOT)): lines
        for path in sources()
        if (lines := type_checking_passes(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert offenders == {}
    assert type_checking_passes(ast.parse("if TYPE_CHECKING:\n    pass\n")) == [1]


def test_a_workflow_reports_its_cause_as_the_enum(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    files: FileWorkflows = window.files
    with qtbot.waitSignal(files.failed) as failed:
        files.export_csv(tmp_path / "missing" / "x.csv")
    assert failed.args[1] is Cause.EXPORT
    assert window.error_bar.cause is Cause.EXPORT and window.error_bar.kind is MessageKind.ERROR
    with qtbot.waitSignal(files.succeeded) as succeeded:
        files.export_csv(tmp_path / "x.csv")
    assert succeeded.args == [Cause.EXPORT] and succeeded.args[0] is Cause.EXPORT
    assert window.error_bar.isHidden()
