"""Returning as going or giving back, not returning a call (s29, false alarms of the
pseudo-held-out files).

"Return the tea cup you borrowed from your aunt" and "Return to validation JS" warned "answering
people yourself": "return" is a verb of replying only with a call, a message or a person
returned to. A thing handed back is a handover (convention 13), a place or a piece of work gone
back to is no contact at all. Checked on the evidence a warning needs; the wordings are written
here for the tests, not rows of the data sets.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.advisor.verdict import _evidence
from planner.rules import assess

LISTS = shipped().verdict


def _return_readings(title: str) -> list[Reading]:
    found = [r for r in read(shipped().vocab, title) if r.verb and r.verb.word.key == "return"]
    assert found, title
    return found


@pytest.mark.parametrize(
    "title",
    [
        "Return the tea cup to Mum",
        "Return the library books",
        "Return to the spreadsheet after lunch",
        "Return the drill to Tom",
    ],
)
def test_going_or_giving_back_has_no_evidence(title: str) -> None:
    for r in _return_readings(title):
        assert _evidence(r, LISTS) is None, r
    assert not assess(title).relationship_building, assess(title).reason


@pytest.mark.parametrize(
    "title",
    ["Return calls within the hour", "Return Mrs Lee's call", "Return their emails"],
)
def test_returning_calls_and_messages_still_warns(title: str) -> None:
    assert any(_evidence(r, LISTS) is not None for r in _return_readings(title)), title
    assert assess(title).relationship_building, title
