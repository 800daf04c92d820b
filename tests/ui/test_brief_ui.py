"""The VA brief from the window: File > VA brief… (save dialog, three formats), File > Print
brief… (print dialog, printed text), Preferences for the owner's value and boundary paragraph,
and the owner's-time value in the summary strip."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from planner.brief import DEFAULT_BOUNDARY, BriefFormat, Paper, format_for
from planner.model import Column
from ui import brief_actions
from ui.main_window import MainWindow
from ui.preferences import Preferences


def squashed(text: str) -> str:
    return "".join(text.split())


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_file_menu_offers_the_brief(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    texts = [action.text() for action in file_menu.actions()]
    assert "&VA brief…" in texts and "&Print brief…" in texts
    assert window.brief_action.isEnabled() and window.print_action.isEnabled()


@pytest.mark.parametrize(
    ("chosen", "filter_index", "written"),
    [
        ("brief", 0, "brief.pdf"),
        ("brief", 1, "brief.md"),
        ("brief", 2, "brief.html"),
        ("notes.md", 0, "notes.md"),  # a typed suffix wins over the filter
    ],
)
def test_save_dialog_format_from_filter_or_suffix(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    chosen: str,
    filter_index: int,
    written: str,
) -> None:
    filters = list(brief_actions.FILTERS.values())
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(tmp_path / chosen), filters[filter_index]),
    )
    window.brief_action.trigger()
    target = tmp_path / written
    assert target.stat().st_size > 0
    assert [p.name for p in tmp_path.iterdir() if "brief" in p.name or "notes" in p.name] == [
        written
    ]
    assert window.statusBar().currentMessage() == (
        f"Saved the VA brief ({format_for(target).label}, 2 tasks for your VA) to {target}"
    )
    data = target.read_bytes()
    text = pdf_text(data) if written.endswith(".pdf") else data.decode()
    assert "Bookkeeping" in text and "Upload the podcast" in text


def test_save_remembers_folder_and_format(
    window: MainWindow, settings: QSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, str]] = []

    def fake(*args: object, **kwargs: object) -> tuple[str, str]:
        seen.append((str(args[2]), str(args[4])))
        return str(tmp_path / "a.md"), brief_actions.FILTERS[BriefFormat.MARKDOWN]

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", fake)
    window.save_brief()
    window.save_brief()
    assert seen[0][1] == brief_actions.FILTERS[BriefFormat.PDF]
    assert seen[1] == (
        str(tmp_path / "test VA brief.md"),
        brief_actions.FILTERS[BriefFormat.MARKDOWN],
    )


def test_save_cancelled_writes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: ("", ""))
    before = sorted(p.name for p in tmp_path.iterdir())
    assert window.save_brief() is None
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_save_failure_is_a_message(window: MainWindow, tmp_path: Path) -> None:
    assert window.save_brief(tmp_path / "missing" / "b.pdf") is None
    assert "The brief was not saved" in window.error_bar.text.text()
    assert window.save_brief(tmp_path / "b.txt") is None
    assert "end the file name with .pdf, .md or .html" in window.error_bar.text.text()
    assert not (tmp_path / "b.txt").exists()


def test_brief_uses_preferences(window: MainWindow, tmp_path: Path) -> None:
    window.apply_preferences(
        Preferences(hourly_rate=20, currency="€", owner_rate=80, boundary="Leave my DMs alone.")
    )
    target = tmp_path / "b.md"
    assert window.save_brief(target) == target
    text = target.read_text()
    assert "about €390 a month at €20.00 an hour" in text or "€20.00 an hour" in text
    assert "at my €80.00 an hour" in text
    assert "Leave my DMs alone." in text and DEFAULT_BOUNDARY not in text


def test_print_brief_prints_the_same_content(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    asked: list[str] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert brief_actions.print_brief(window, printer)
    assert asked == ["Print the VA brief"]
    text = squashed(pdf_text(target.read_bytes()))
    for needed in ("VA brief: test", "Your tasks", "Bookkeeping", "Stays with me", "Stopped"):
        assert squashed(needed) in text
    words = " ".join(pdf_text(target.read_bytes()).split())
    assert "Reply to comments on my blog" in words
    assert words.endswith(" 1")  # Qt numbers the printed pages


def test_print_cancelled_prints_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected.value)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "never.pdf"))
    assert not brief_actions.print_brief(window, printer)
    assert not (tmp_path / "never.pdf").exists()


def test_paper_follows_the_locale() -> None:
    assert brief_actions.locale_paper(QLocale("en_US")) is Paper.LETTER
    assert brief_actions.locale_paper(QLocale("en_CA")) is Paper.LETTER
    assert brief_actions.locale_paper(QLocale("de_DE")) is Paper.A4
    assert brief_actions.locale_paper(QLocale("en_GB")) is Paper.A4


def test_summary_shows_the_owners_time_value_once_set(window: MainWindow) -> None:
    summary = window.summary
    window.apply_preferences(Preferences(hourly_rate=20, currency="€"))
    assert summary.worth.isHidden()
    window.apply_preferences(Preferences(hourly_rate=20, currency="€", owner_rate=80))
    assert not summary.worth.isHidden()
    # Frees 4.5 h a week: 4.5 × 52 / 12 × 80 = 1,560 a month.
    assert summary.worth.text() == "Your freed time ≈ €1,560/month"
    assert "Your freed time ≈ €1,560/month" in summary.accessibleDescription()
    (task,) = [t.id for t in window.plan.tasks(Column.ME) if t.title == "Record the podcast"]
    window.editor.move_tasks([task], Column.NOBODY, 0)
    assert summary.worth.text() == "Your freed time ≈ €2,080/month"


def test_preferences_dialog_edits_owner_rate_and_boundary(
    window: MainWindow, settings: QSettings, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import preferences_dialog

    shown: list[str] = []

    def fake_exec(dialog: preferences_dialog.PreferencesDialog) -> int:
        shown.append(dialog.boundary.toPlainText())
        dialog.owner_rate.setValue(75)
        dialog.boundary.setPlainText("Never reply as me.\nFlag it instead.")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences_dialog.PreferencesDialog, "exec", fake_exec)
    window.edit_preferences()
    assert shown == [DEFAULT_BOUNDARY]  # the standard text is there to edit
    saved = Preferences.load(settings)
    assert saved.owner_rate == 75 and saved.boundary == "Never reply as me.\nFlag it instead."
    assert saved.boundary_text == "Never reply as me.\nFlag it instead."


def test_standard_boundary_is_not_stored(
    window: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import preferences_dialog

    def fake_exec(dialog: preferences_dialog.PreferencesDialog) -> int:
        dialog.boundary.setPlainText("Mine.")
        dialog.reset_boundary.click()
        assert dialog.boundary.toPlainText() == DEFAULT_BOUNDARY
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences_dialog.PreferencesDialog, "exec", fake_exec)
    window.edit_preferences()
    saved = Preferences.load(settings)
    assert saved.boundary == "" and saved.boundary_text == DEFAULT_BOUNDARY


def test_long_boundary_is_kept_whole(settings: QSettings) -> None:
    text = "Never reply as me. " * 3000
    Preferences(boundary=text.strip()).save(settings)
    assert Preferences.load(settings).boundary == text.strip()
