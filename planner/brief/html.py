"""The VA brief as one self-contained HTML page (no scripts, no external files).

The same page is what the app prints (through QTextDocument), so the markup keeps to what Qt's
rich-text engine understands: headings, paragraphs, lists, a table and simple CSS. Every piece of
the owner's text is escaped; line breaks in notes are kept.
"""

from __future__ import annotations

from html import escape

from planner.brief.content import (
    APPROVAL_LINE,
    STAYS_WITH_ME,
    STOPPED,
    YOUR_TASKS,
    Brief,
    VaTask,
)
from planner.brief.paper import Paper

STYLE = """
@page { size: %(page)s; margin: 18mm 16mm 20mm 16mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
       font-size: 10.5pt; line-height: 1.4; color: #1d1d1f; max-width: 46em; margin: 2em auto;
       padding: 0 1em; overflow-wrap: anywhere; }
h1 { font-size: 20pt; margin: 0 0 0.1em 0; }
h2 { font-size: 14pt; margin: 1.4em 0 0.4em 0; border-bottom: 1px solid #c8c8cc;
     padding-bottom: 0.15em; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1.1em 0 0.2em 0; break-after: avoid; page-break-after: avoid; }
p { margin: 0.25em 0; }
.date, .facts { color: #55555a; }
.approval { font-weight: bold; color: #8a4b00; }
.check { font-weight: bold; color: #8a1c12; }
.choice { font-style: italic; }
table.totals { border-collapse: collapse; margin: 0.6em 0; }
table.totals th { text-align: left; padding: 2px 14px 2px 0; font-weight: bold; }
table.totals td { padding: 2px 0; }
ol.steps { margin: 0.3em 0 0.3em 0; }
li { margin: 0.1em 0; }
"""


def _text(text: str) -> str:
    """Escaped text with its line breaks kept."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def render_html(brief: Brief, paper: Paper = Paper.A4) -> str:
    """The whole brief as an HTML document."""
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{escape(brief.title)}</title>",
        f"<style>{STYLE % {'page': paper.css}}</style>",
        "</head>",
        "<body>",
        f"<h1>{escape(brief.title)}</h1>",
        f'<p class="date">Made on {escape(brief.date_text)}.</p>',
        '<table class="totals">',
    ]
    for label, value in brief.totals.lines():
        out.append(f"<tr><th>{escape(label)}</th><td>{escape(value)}</td></tr>")
    out += ["</table>", f"<h2>{YOUR_TASKS}</h2>"]
    if not brief.your_tasks:
        out.append("<p>No tasks are handed over yet.</p>")
    for task in brief.your_tasks:
        out += _va_task(task)
    out.append(f"<h2>{STAYS_WITH_ME}</h2>")
    if brief.stays_with_me:
        out.append(
            "<p>These build my relationships, so I do them myself. Please leave them to me.</p>"
        )
        out.append("<ul>")
        for kept in brief.stays_with_me:
            out.append(f"<li><b>{_text(kept.title)}</b>: {_text(kept.reason)}</li>")
        out.append("</ul>")
    else:
        out.append("<p>No relationship-building tasks are listed.</p>")
    if brief.boundary:
        out.append(f'<p class="boundary">{_text(brief.boundary)}</p>')
    out.append(f"<h2>{STOPPED}</h2>")
    if brief.stopped:
        out.append("<p>Nobody does these any more. Please do not restart them.</p>")
        out.append("<ul>")
        for stopped in brief.stopped:
            notes = f": {_text(stopped.notes)}" if stopped.notes else ""
            out.append(f"<li>{_text(stopped.title)}{notes}</li>")
        out.append("</ul>")
    else:
        out.append("<p>Nothing has been stopped.</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _va_task(task: VaTask) -> list[str]:
    out = [f"<h3>{_text(task.title)}</h3>"]
    facts = [fact for fact in (task.how_often, task.hours) if fact]
    if facts:
        out.append(f'<p class="facts">{escape(" · ".join(facts))}</p>')
    if task.needs_approval:
        out.append(f'<p class="approval">{APPROVAL_LINE}.</p>')
    if task.check_first:
        out.append(f'<p class="check">{_text(task.check_first)}</p>')
    if task.kept_by_choice:
        out.append(f'<p class="choice">{_text(task.kept_by_choice)}</p>')
    if task.goes_with:
        out.append(f"<p>{_text(task.goes_with)}</p>")
    if task.notes:
        out.append(f"<p>{_text(task.notes)}</p>")
    if task.steps:
        out.append("<p>Steps:</p>")
        out.append('<ol class="steps">')
        out += [f"<li>{_text(step)}</li>" for step in task.steps]
        out.append("</ol>")
    if task.done_when:
        out.append(f"<p><b>Done when:</b> {_text(task.done_when)}</p>")
    return out
