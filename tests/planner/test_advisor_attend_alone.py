"""Being present somewhere, with nothing said of what is attended (s28, false alarms).

"Attend" meets people only through what is attended: a meeting, an occasion or the people named
("Attend the client meeting"). With none of them it is a visit to a job or a place, and the
reason "meeting people yourself" had nothing to rest on ("we will attend within 24 hours" for
emergency repairs, read as a meeting). The wordings are written here for the tests, not rows of
the data sets.
"""

from __future__ import annotations

import pytest

from planner.rules import assess

_MEETING = "meeting people yourself"


@pytest.mark.parametrize(
    "title",
    [
        "A technician will attend within 4 hours",
        "The engineer will attend to fix the boiler",
        "Someone will attend promptly once you report the fault",
        "Attend every week",
    ],
)
def test_attend_with_nothing_attended_does_not_warn(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Attend the client meeting", "Attend the client meeting"),
        ("Attend the funeral of a longtime client", "Attend the funeral of a longtime client"),
        ("Attend the board meeting every month", "Attend the board meeting"),
    ],
)
def test_attend_a_meeting_or_people_still_warns(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert _MEETING in a.reason and quoted in a.reason, a.reason
