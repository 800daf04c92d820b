"""The VA brief as Markdown (CommonMark): readable as plain text, pasteable into any wiki or chat.

Owns the escaping of the owner's text, so that a title such as ``*urgent* #1`` reads as typed
and never turns into emphasis, a heading or a link.
"""

from __future__ import annotations

import re

from planner.brief.content import (
    APPROVAL_LINE,
    STAYS_WITH_ME,
    STOPPED,
    YOUR_TASKS,
    Brief,
    VaTask,
)

_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|~!])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])|^(\s*)([-+=])", re.MULTILINE)


def escape(text: str) -> str:
    """``text`` as literal Markdown: specials backslashed, line breaks kept as hard breaks."""
    text = _SPECIAL.sub(r"\\\1", text.replace("\t", "    "))
    text = _LINE_START.sub(_protect_start, text)
    return "\\\n".join(line.rstrip() for line in text.split("\n"))


def _protect_start(match: re.Match[str]) -> str:
    if match.group(2) is not None:
        return f"{match.group(1)}{match.group(2)}\\{match.group(3)}"
    return f"{match.group(4)}\\{match.group(5)}"


def render_markdown(brief: Brief) -> str:
    """The whole brief as Markdown text (ends with one newline)."""
    out: list[str] = [f"# {escape(brief.title)}", "", f"Made on {brief.date_text}.", ""]
    for label, value in brief.totals.lines():
        out.append(f"- **{label}:** {escape(value)}")
    out += ["", f"## {YOUR_TASKS}", ""]
    if not brief.your_tasks:
        out += ["No tasks are handed over yet.", ""]
    for task in brief.your_tasks:
        out += _va_task(task)
    out += [f"## {STAYS_WITH_ME}", ""]
    if brief.stays_with_me:
        out += [
            "These build my relationships, so I do them myself. Please leave them to me.",
            "",
        ]
        for kept in brief.stays_with_me:
            out.append(f"- **{escape(kept.title)}**: {escape(kept.reason)}")
        out.append("")
    else:
        out += ["No relationship-building tasks are listed.", ""]
    if brief.boundary:
        out += [escape(brief.boundary), ""]
    out += [f"## {STOPPED}", ""]
    if brief.stopped:
        out += ["Nobody does these any more. Please do not restart them.", ""]
        for stopped in brief.stopped:
            line = f"- {escape(stopped.title)}"
            if stopped.notes:
                line += f": {_indented(escape(stopped.notes))}"
            out.append(line)
        out.append("")
    else:
        out += ["Nothing has been stopped.", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def _indented(text: str) -> str:
    """Continuation lines of a list item, indented so they stay inside it."""
    return text.replace("\n", "\n  ")


def _va_task(task: VaTask) -> list[str]:
    out = [f"### {escape(task.title)}", ""]
    facts = [fact for fact in (task.how_often, task.hours) if fact]
    if facts:
        out += [escape(" · ".join(facts)), ""]
    if task.needs_approval:
        out += [f"**{APPROVAL_LINE}.**", ""]
    if task.check_first:
        out += [f"**{escape(task.check_first)}**", ""]
    if task.kept_by_choice:
        out += [f"*{escape(task.kept_by_choice)}*", ""]
    if task.goes_with:
        out += [escape(task.goes_with), ""]
    if task.notes:
        out += [escape(task.notes), ""]
    if task.steps:
        out += ["Steps:", ""]
        out += [f"{number}. {_indented(escape(step))}" for number, step in enumerate(task.steps, 1)]
        out.append("")
    if task.done_when:
        out += [f"**Done when:** {escape(task.done_when)}", ""]
    return out
