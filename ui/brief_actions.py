"""File > VA brief… and File > Print brief…: the brief from the window, saved or printed.

The content and the PDF, Markdown and HTML files come from :mod:`planner.brief`, exactly as the
command line makes them; this module adds what only the desktop has: the save dialog (format
chosen by filter or suffix, last folder and format remembered), the system print dialog (the
HTML brief printed through QTextDocument, with Qt's page numbers), the paper size from the
user's locale, and the rates and boundary paragraph from Preferences.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from planner.brief import (
    SUFFIXES,
    BriefFormat,
    BriefFormatError,
    BriefSettings,
    Paper,
    build_brief,
    format_for,
    write_brief,
)
from planner.brief.paper import paper_for_territory
from planner.errors import PlannerError
from ui.preferences import Preferences
from ui.settings import BRIEF_FOLDER, BRIEF_FORMAT

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ui.main_window import MainWindow

#: Save-dialog filters, in the order offered; the first is the default.
FILTERS: dict[BriefFormat, str] = {
    BriefFormat.PDF: "PDF document (*.pdf)",
    BriefFormat.MARKDOWN: "Markdown text (*.md *.markdown)",
    BriefFormat.HTML: "Web page (*.html *.htm)",
}


def brief_settings(preferences: Preferences) -> BriefSettings:
    """What the brief takes from Preferences."""
    return BriefSettings(
        va_rate=preferences.hourly_rate,
        owner_rate=preferences.owner_rate,
        currency=preferences.currency,
        boundary=preferences.boundary_text,
    )


def locale_paper(locale: QLocale | None = None) -> Paper:
    """A4, or Letter where the user's locale uses it."""
    locale = locale or QLocale()
    return paper_for_territory(QLocale.territoryToCode(locale.territory()))


def choose_destination(window: MainWindow) -> Path | None:
    """Ask where to save the brief; the suffix is added from the chosen filter when missing."""
    from PySide6.QtWidgets import QFileDialog

    settings = window.settings
    folder = BRIEF_FOLDER.read(settings)
    last = BRIEF_FORMAT.read(settings)
    suggested = folder / f"{window.plan.name} VA brief{last.value}"
    chosen, chosen_filter = QFileDialog.getSaveFileName(
        window, "Save the VA brief", str(suggested), ";;".join(FILTERS.values()), FILTERS[last]
    )
    if not chosen:
        return None
    destination = Path(chosen)
    if destination.suffix.lower() not in SUFFIXES:
        kind = next((k for k, text in FILTERS.items() if text == chosen_filter), last)
        destination = destination.with_name(destination.name + kind.value)
    BRIEF_FOLDER.write(settings, destination.parent)
    return destination


def save_brief(window: MainWindow, destination: Path | None = None) -> Path | None:
    """Write the brief for the window's plan; the path written, or None (cancelled or failed)."""
    if destination is None:
        destination = choose_destination(window)
        if destination is None:
            return None
    try:
        kind = format_for(destination)
    except BriefFormatError as error:
        window.show_problem(f"The brief was not saved. {error}.")
        return None
    brief = build_brief(window.plan, brief_settings(window.preferences))
    try:
        write_brief(brief, destination, locale_paper(), kind)
    except (PlannerError, OSError) as error:
        window.show_problem(f"The brief was not saved. {error}")
        return None
    BRIEF_FORMAT.write(window.settings, kind)
    count = len(brief.your_tasks)
    window.announce(
        f"Saved the VA brief ({kind.label}, {count} {'task' if count == 1 else 'tasks'} "
        f"for your VA) to {destination}"
    )
    return destination


def print_brief(window: MainWindow, printer: QPrinter | None = None, ask: bool = True) -> bool:
    """Print the brief through the system print dialog; True when it was sent to the printer.

    ``printer`` and ``ask`` let tests print to a PDF file without a dialog.
    """
    from PySide6.QtGui import QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from planner.brief.html import render_html

    paper = locale_paper()
    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = QPageSize.PageSizeId.Letter if paper is Paper.LETTER else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
    printer.setDocName(f"{window.plan.name} VA brief")
    if ask:
        dialog = QPrintDialog(printer, window)
        dialog.setWindowTitle("Print the VA brief")
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
    if printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.Letter:
        paper = Paper.LETTER
    brief = build_brief(window.plan, brief_settings(window.preferences))
    document = QTextDocument()
    document.setDefaultFont(window.font())
    document.setHtml(render_html(brief, paper))
    document.print_(printer)
    window.announce(f"Sent the VA brief to {printer.printerName() or 'the printer'}")
    return True
