"""Live talks to an audience stay with the owner (label change of the fourteenth session).

From the fourteenth session on, the labelling rule says a talk, speech, presentation or spoken
thanks the owner gives live (in person or on a live call) to an audience is relationship work:
the people came to hear the owner, and nobody sends a proxy to a speaking engagement (the seed
article; the shared set's "Speak at a local meetup"). Writing the talk, its slides, rehearsing
it, booking it and posting its recording stay delegable. Each title here was written for this
test, not copied from a data set.
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.verdict import judge
from planner.rules import assess

GIVEN_LIVE = [
    "Speak at a local meetup",
    "Give the keynote at the regional retail conference",
    "Give the opening remarks at the conference",
    "Give a toast at Maria's retirement party",
    "Preach sermons",
    "Present our roadmap to the board in person",
    "Deliver the opening speech at our customer day",
    "Give a talk to the Rotary club",
    "Make a speech at the awards dinner",
    "Give a lightning talk at the user group",
    "Lecture at the university",
    "Speak on a panel at the trade show",
    "Present at an industry webinar",
]


@pytest.mark.parametrize("title", GIVEN_LIVE)
def test_a_talk_given_live_warns_because_people_came_to_hear_you(title: str) -> None:
    found = assess(title)
    assert found.relationship_building, title
    assert judge(shipped(), title).family == "speak", found.reason
    assert "came to hear you" in found.reason
    assert "proxy cannot give your talk" in found.reason


@pytest.mark.parametrize(
    "title",
    [
        "Write my keynote speech",
        "Prepare slides for my keynote",
        "Rehearse my speech",
        "Book the venue for my talk",
        "Research conferences where I could speak",
        "Upload the recording of my webinar",
        "Post the recording of my talk on YouTube",
        "Edit the video of my conference talk",
        "Email the slides to attendees after the talk",
        "Write a speech for the CEO",
        "Make toast for breakfast",
    ],
)
def test_preparing_a_talk_or_posting_its_recording_does_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, assess(title).reason
