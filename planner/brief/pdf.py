"""The VA brief as a PDF, made with fpdf2 (pure Python: no browser, office suite or Qt).

Owns the page layout: A4 or Letter, DejaVu Sans embedded (subset) so any language's accents
print and the text stays selectable and searchable, page numbers in the footer ("Page 2 of 5"),
PDF bookmarks for the sections, and pagination rules: every piece of text wraps (long words are
broken rather than cut), a heading never sits alone at the bottom of a page, and a numbered
step continues on the next page with its number kept.

This module (and so fpdf2) is imported only when a PDF is made, never at start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, time
from importlib import resources
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos

from planner.brief.content import (
    APPROVAL_LINE,
    STAYS_WITH_ME,
    STOPPED,
    YOUR_TASKS,
    Brief,
    VaTask,
)
from planner.brief.paper import Paper
from planner.identity import APP_NAME, version

FONT = "DejaVu"
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}

MARGIN_X = 18.0
MARGIN_TOP = 18.0
MARGIN_BOTTOM = 20.0
BODY_SIZE = 10.5
LINE = 5.2
STEP_INDENT = 9.0
LABEL_WIDTH = 48.0

INK = (29, 29, 31)
MUTED = (95, 95, 100)
RULE = (200, 200, 204)
APPROVAL_INK = (138, 75, 0)
CHECK_INK = (138, 28, 18)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(text: str) -> str:
    """Text fpdf2 can lay out: tabs as spaces, other control characters dropped."""
    return _CONTROL.sub("", text.replace("\t", "    ").replace("\r\n", "\n").replace("\r", "\n"))


@contextmanager
def _font_paths() -> Iterator[dict[str, Path]]:
    """Real file paths of the bundled fonts (extracted first when the resources are zipped)."""
    folder = resources.files("resources").joinpath("fonts")
    with ExitStack() as stack:
        yield {
            style: stack.enter_context(resources.as_file(folder.joinpath(name)))
            for style, name in FONT_FILES.items()
        }


def render_pdf(brief: Brief, paper: Paper = Paper.A4) -> bytes:
    """The whole brief as PDF bytes, laid out for ``paper``."""
    with _font_paths() as fonts:
        document = _BriefPdf(brief, paper, fonts)
        document.lay_out()
        return bytes(document.output())


class _BriefPdf(FPDF):
    """One brief being laid out. Subclassed from FPDF for its footer hook."""

    def __init__(self, brief: Brief, paper: Paper, fonts: dict[str, Path]) -> None:
        super().__init__(orientation="portrait", unit="mm", format=paper.value)
        self.brief = brief
        self._widths: dict[tuple[str, str, float, str], float] = {}
        for style, path in fonts.items():
            self.add_font(FONT, style, str(path))
        self.set_margins(MARGIN_X, MARGIN_TOP, MARGIN_X)
        self.set_auto_page_break(True, margin=MARGIN_BOTTOM)
        self.set_title(clean(brief.title))
        self.set_subject("What my virtual assistant does, how, and what stays with me")
        self.set_creator(f"{APP_NAME} {version()}")
        self.set_lang("en")
        made = datetime.combine(brief.made_on, time(12, 0), tzinfo=UTC)
        self.set_creation_date(made)
        self.set_text_color(*INK)

    # -- page furniture --------------------------------------------------------------------
    def footer(self) -> None:
        self.set_y(-13)
        self.set_font(FONT, "", 8.5)
        self.set_text_color(*MUTED)
        half = self.epw / 2
        self.cell(half, 5, clean(f"{self.brief.title} · {self.brief.date_text}"), align="L")
        self.cell(half, 5, f"Page {self.page_no()} of {{nb}}", align="R")
        self.set_text_color(*INK)

    # -- building blocks -------------------------------------------------------------------
    def _font(self, size: float = BODY_SIZE, bold: bool = False) -> None:
        self.set_font(FONT, "B" if bold else "", size)

    def _width_of(self, word: str) -> float:
        """A word's width in the current font, measured once per font and word."""
        key = (self.font_family, self.font_style, self.font_size_pt, word)
        width = self._widths.get(key)
        if width is None:
            width = self._widths[key] = self.get_string_width(word)
        return width

    def _wrap(self, text: str, width: float) -> list[str]:
        """``text`` broken into lines no wider than ``width`` (0: up to the right margin):
        at spaces, at its own line breaks, and inside a word longer than a whole line.

        fpdf2's own line breaking re-measures the line for every character it adds (a few
        milliseconds a line), which adds up to minutes for a plan of thousands of tasks; this
        measures each word once.
        """
        room = (width or self.w - self.r_margin - self.x) - 2 * self.c_margin
        space = self._width_of(" ")
        lines: list[str] = []
        for paragraph in clean(text).split("\n"):
            line: list[str] = []
            used = 0.0
            for word in paragraph.split(" "):
                size = self._width_of(word)
                if line and used + space + size <= room:
                    line.append(word)
                    used += space + size
                    continue
                if line:
                    lines.append(" ".join(line))
                while size > room and len(word) > 1:  # a word wider than the line is cut
                    cut = self._longest_prefix(word, room)
                    lines.append(word[:cut])
                    word = word[cut:]
                    size = self._width_of(word)
                line, used = [word], size
            lines.append(" ".join(line))
        return lines

    def _longest_prefix(self, word: str, room: float) -> int:
        """How many characters of ``word`` fit in ``room`` (at least one)."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if self.get_string_width(word[:middle]) <= room:
                low = middle
            else:
                high = middle - 1
        return low

    def _height(self, text: str, width: float, line: float) -> float:
        """The height ``text`` takes once wrapped to ``width``."""
        return len(self._wrap(text, width)) * line

    def _keep(self, height: float) -> None:
        """Start a new page unless ``height`` more millimetres fit on this one."""
        if self.will_page_break(height):
            self.add_page()

    def _para(self, text: str, *, bold: bool = False, color: tuple[int, int, int] = INK) -> None:
        self._font(BODY_SIZE, bold)
        self.set_text_color(*color)
        self._multi(text, LINE)
        self.set_text_color(*INK)
        self.ln(1.2)

    def _multi(self, text: str, line: float, width: float = 0) -> None:
        """``text`` wrapped to ``width`` from the current position, one cell a line (each line
        may start a new page; continuation lines keep the same left edge). The next line
        starts at the left margin."""
        left = self.get_x()
        for text_line in self._wrap(text, width):
            self.set_x(left)
            self.cell(width, line, text_line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def _section(self, title: str, first_block: float) -> None:
        """A section heading, kept together with at least ``first_block`` mm of what follows."""
        self.ln(4)
        self._keep(10 + first_block)
        self.start_section(title, level=0)
        self._font(14, bold=True)
        self.cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y(), self.l_margin + self.epw, self.get_y())
        self.ln(2.5)

    # -- the document ----------------------------------------------------------------------
    def lay_out(self) -> None:
        brief = self.brief
        self.add_page()
        self._font(20, bold=True)
        self._multi(brief.title, 9)
        self._font(BODY_SIZE)
        self.set_text_color(*MUTED)
        self.cell(0, 6, f"Made on {brief.date_text}", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)
        self.ln(3)
        self._totals()

        self._section(YOUR_TASKS, 3 * LINE)
        if not brief.your_tasks:
            self._para("No tasks are handed over yet.")
        for task in brief.your_tasks:
            self._va_task(task)

        kept = brief.stays_with_me
        self._section(STAYS_WITH_ME, 3 * LINE)
        if kept:
            self._para(
                "These build my relationships, so I do them myself. Please leave them to me."
            )
            for item in kept:
                self._bullet(item.title, item.reason)
        else:
            self._para("No relationship-building tasks are listed.")
        if brief.boundary:
            self.ln(1.5)
            self._keep(2 * LINE)
            self._para(brief.boundary)

        self._section(STOPPED, 2 * LINE)
        if brief.stopped:
            self._para("Nobody does these any more. Please do not restart them.")
            for stopped in brief.stopped:
                self._bullet(stopped.title, stopped.notes, bold_title=False)
        else:
            self._para("Nothing has been stopped.")

    def _totals(self) -> None:
        width = self.epw - LABEL_WIDTH
        for label, value in self.brief.totals.lines():
            self._font(BODY_SIZE)
            self._keep(self._height(value, width, LINE))
            top = self.get_y()
            self._font(BODY_SIZE, bold=True)
            self.cell(LABEL_WIDTH, LINE, label, new_x=XPos.RIGHT, new_y=YPos.TOP)
            self._font(BODY_SIZE)
            self.set_xy(self.l_margin + LABEL_WIDTH, top)
            self._multi(value, LINE, width)

    def _bullet(self, title: str, detail: str, *, bold_title: bool = True) -> None:
        """A bulleted item: the title (bold for kept tasks), then its detail on the next lines."""
        width = self.epw - 5
        self._font(BODY_SIZE, bold_title)
        needed = self._height(title, width, LINE)
        self._keep(needed + (LINE if detail else 0))
        self.cell(5, LINE, "•", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_x(self.l_margin + 5)
        self._multi(title, LINE, width)
        if detail:
            self._font(BODY_SIZE)
            self.set_text_color(*MUTED)
            self.set_x(self.l_margin + 5)
            self._multi(detail, LINE, width)
            self.set_text_color(*INK)
        self.ln(1.2)

    def _va_task(self, task: VaTask) -> None:
        self.ln(2.5)
        self._font(12, bold=True)
        title_height = self._height(task.title, self.epw, 6)
        # The title is kept with its first lines: a heading never ends a page on its own.
        self._keep(title_height + 2 * LINE + 2)
        self._multi(task.title, 6)
        self.ln(0.6)
        facts = " · ".join(fact for fact in (task.how_often, task.hours) if fact)
        if facts:
            self._font(BODY_SIZE)
            self.set_text_color(*MUTED)
            self._multi(facts, LINE)
            self.set_text_color(*INK)
            self.ln(0.8)
        if task.needs_approval:
            self._para(f"{APPROVAL_LINE}.", bold=True, color=APPROVAL_INK)
        if task.check_first:
            self._para(task.check_first, bold=True, color=CHECK_INK)
        if task.kept_by_choice:
            self._para(task.kept_by_choice, color=MUTED)
        if task.goes_with:
            self._para(task.goes_with)
        if task.notes:
            self._para(task.notes)
        if task.steps:
            self._font(BODY_SIZE, bold=True)
            self._keep(2 * LINE)
            self.cell(0, LINE, "Steps", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self._font(BODY_SIZE)
            width = self.epw - STEP_INDENT
            for number, step in enumerate(task.steps, start=1):
                self._keep(LINE)
                top = self.get_y()
                self.cell(STEP_INDENT - 2, LINE, f"{number}.", align=Align.R)
                self.set_xy(self.l_margin + STEP_INDENT, top)
                self._multi(step, LINE, width)
            self.ln(1.2)
        if task.done_when:
            # "Done when:" in bold, then the owner's words wrapped beside it.
            self._keep(LINE)
            self._font(BODY_SIZE, bold=True)
            label = "Done when:"
            label_width = self._width_of(label) + 2 * self.c_margin + 1
            top = self.get_y()
            self.cell(label_width, LINE, label)
            self._font(BODY_SIZE)
            self.set_xy(self.l_margin + label_width, top)
            self._multi(task.done_when, LINE, self.epw - label_width)
            self.ln(1.2)
