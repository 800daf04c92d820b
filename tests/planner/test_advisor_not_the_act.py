"""Words the reader took for a task's act that are not its act (reading bugs the thirty-first
session's engineers and collectors reported).

* A scorecard's question asks whether someone did an act ("Did the agent greet the customer by
  name"): the act is the verb after "did" and its subject, not "did".
* A hyphen between two abbreviations written with a space before it ("the ASCLS -MI Board") is
  inside one name, not a dash between two tasks ("MI" was an act).
* A joiner between two nouns of a kind joins them into one phrase ("Hire bartenders and wait
  staff", "book coffee or lunch dates", "the named nurse/key worker"): the noun after it is no
  act, whatever verb WordNet knows it as ("wait", "lunch", "key").
* After a plural subject of people, a verb with "the" after it is the verb ("Volunteers staff
  the welcome desk": "welcome" was the act), and people before a word of time name an occasion
  of theirs ("Parents evening invitations": "parents" was a verb).
* A tracker is a sheet ("Lead Follow-up Tracker": WordNet files "tracker" only as a person, so
  "lead" was leading them).
* "More and more stores will, if a truck breaks down, phone to explain": "more and more" says how
  many stores, and the condition between the modal and its verb says when; the act is phoning.

The wordings are the reported rows or written here for the tests (the near neighbours, which
must keep their reading).
"""

from __future__ import annotations

import pytest

from planner.advisor.model import shipped
from planner.advisor.reading import Reading, read
from planner.rules import assess


def _readings(title: str) -> list[Reading]:
    return read(shipped().vocab, title)


def _acts(title: str) -> list[str]:
    """The acts of the title's readings, as the reader keeps them (lower case; "" for a reading
    with none)."""
    return [r.verb.text if r.verb is not None else "" for r in _readings(title)]


def _heads(title: str) -> list[str]:
    """The heads of what the title's readings act on ("" for none)."""
    return [r.obj[-1].text if r.obj else "" for r in _readings(title)]


@pytest.mark.parametrize(
    ("title", "act", "head"),
    [
        ("Did the agent greet the customer by name", "greet", "customer"),
        ("Did the agent apologise for the inconvenience", "apologise", "inconvenience"),
        ("Does the rep thank the caller for holding", "thank", "caller"),
        ("Did the agent use the brand name while opening the conversation", "use", "name"),
        ("Did we send Grandma a birthday card", "send", "card"),
        ("Did I call the insurance company", "call", "company"),
    ],
)
def test_a_question_of_whether_someone_did_it_reads_the_act_asked_about(
    title: str, act: str, head: str
) -> None:
    assert _acts(title)[0] == act, _readings(title)
    assert _heads(title)[0] == head, _readings(title)


def test_an_apology_asked_about_is_an_apology() -> None:
    found = assess("Did the agent apologise for the inconvenience")
    assert "“apologise for the inconvenience”" in found.reason
    assert "apology" in found.reason
    assert "Did" not in found.reason


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("did the invoicing", "did"),  # a diary's line: no subject, no question
        ("Did payroll", "did"),
        ("did the monthly taxes", "did"),
        ("Does customer support daily", "does"),
    ],
)
def test_did_with_no_subject_and_verb_after_it_stays_the_act(title: str, act: str) -> None:
    assert _acts(title)[0] == act, _readings(title)


@pytest.mark.parametrize(
    "title",
    [
        "Attend all ASCLS -MI Board Meetings and ASCLS -MI Annual Membership Meeting",
        "Serve as a non-voting member on the ASCLS -MI Board of Directors",
        "Join the AFL -CIO council's monthly meeting",
    ],
)
def test_a_hyphen_between_two_abbreviations_is_inside_one_name(title: str) -> None:
    acts = _acts(title)
    assert "mi" not in acts and "cio" not in acts, _readings(title)
    assert len(acts) == 1, _readings(title)


def test_a_dash_before_a_task_still_starts_it() -> None:
    assert _acts("Prep the QBR -Call Acme about the renewal") == ["prep", "call"]


@pytest.mark.parametrize(
    ("title", "head"),
    [
        ("Hire bartenders and wait staff", "staff"),
        ("Hire bartenders and wait staff for the gala", "staff"),
        ("Book coffee or lunch dates with these partners", "dates"),
        ("Work closely with the named nurse/key worker", "worker"),
    ],
)
def test_a_joiner_between_two_nouns_of_a_kind_joins_one_phrase(title: str, head: str) -> None:
    assert len(_readings(title)) == 1, _readings(title)
    r = _readings(title)[0]
    assert r.verb is not None and r.verb.text not in ("wait", "lunch", "key"), r
    assert head in [u.text for u in r.obj] + [u.text for _, ws in r.pps for u in ws], r


def test_hiring_bartenders_and_wait_staff_is_leading_people() -> None:
    found = assess("Hire bartenders and wait staff")
    assert found.relationship_building
    assert "“Hire bartenders and wait staff”" in found.reason
    assert "leading the people who work for you" in found.reason


@pytest.mark.parametrize(
    ("title", "acts"),
    [
        ("Update the website and email clients", ["update", "email"]),
        ("Call/email clients", ["call", "email"]),
        ("Order coffee and greet the guests", ["order", "greet"]),
        ("Collect the rota and staff the stall", ["collect", "staff"]),
    ],
)
def test_a_joiner_before_a_task_still_starts_it(title: str, acts: list[str]) -> None:
    assert _acts(title) == acts, _readings(title)


@pytest.mark.parametrize(
    ("title", "act", "head"),
    [
        ("Volunteers staff the welcome desk", "staff", "desk"),
        ("Ushers man the doors at every service", "man", "doors"),
        ("Volunteers welcome the guests", "welcome", "guests"),
    ],
)
def test_after_a_plural_subject_a_verb_before_the_is_the_act(
    title: str, act: str, head: str
) -> None:
    assert _acts(title) == [act], _readings(title)
    assert _heads(title) == [head], _readings(title)


def test_people_staffing_a_desk_is_no_welcome() -> None:
    found = assess("Volunteers staff the welcome desk")
    assert not found.relationship_building
    assert found.reason == ""


@pytest.mark.parametrize(
    ("title", "acts"),
    [
        ("Parents evening invitations", [""]),
        ("Members evening sign-up sheet", [""]),
        ("Hosts evening events for donors", ["hosts"]),  # hosting: an act of the lists
        ("Trains new staff", ["trains"]),
    ],
)
def test_people_before_a_word_of_time_name_their_occasion(title: str, acts: list[str]) -> None:
    assert _acts(title) == acts, _readings(title)


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("Lead Follow-up Tracker", ""),
        ("Update the volunteer tracker", "update"),
        ("Lead the new volunteers through their first shift", "lead"),
        ("Lead new hires", "lead"),
    ],
)
def test_a_tracker_is_a_sheet_no_one_leads(title: str, act: str) -> None:
    assert _acts(title)[0] == act, _readings(title)


def test_a_tracker_of_leads_is_no_leading() -> None:
    found = assess("Lead Follow-up Tracker")
    assert not found.relationship_building
    assert found.reason == ""


@pytest.mark.parametrize(
    ("title", "act"),
    [
        (
            "More and more stores will, if a truck breaks down, phone to explain and arrange"
            " another delivery",
            "phone",
        ),
        ("The manager will, where possible, call the customer back", "call"),
        ("Our stylists will, if asked, recommend a product", "recommend"),
        ("The manager will call the customer back", "call"),
    ],
)
def test_a_condition_between_a_modal_and_its_verb_says_when(title: str, act: str) -> None:
    acts = _acts(title)
    assert acts[0] == act, _readings(title)


# s32-mend: the second reader's findings on this session's readers.


@pytest.mark.parametrize(
    ("title", "acts"),
    [
        ("Thank volunteers and page the guests", ["thank", "page"]),
        ("Greet donors and seat the diners", ["greet", "seat"]),
    ],
)
def test_a_noun_verb_with_a_determiner_after_it_is_a_verb(title: str, acts: list[str]) -> None:
    # a word before "the" is a verb and its object, not a noun of a kind joined to the first
    assert _acts(title) == acts, _readings(title)


@pytest.mark.parametrize(
    "title",
    [
        "Attend the ASCLS -MI Board meeting.",
        "Meet the ASCLS -MI Board. Thank them for their service",
        "Join the AFL -CIO council's monthly meeting.",
    ],
)
def test_a_hyphen_between_two_abbreviations_holds_in_a_title_with_a_full_stop(title: str) -> None:
    acts = _acts(title)
    assert "mi" not in acts and "cio" not in acts, _readings(title)
    assert acts[0] in ("attend", "meet", "join"), _readings(title)


@pytest.mark.parametrize(
    ("title", "act"),
    [
        ("Did the agent apologise", "apologise"),
        ("Did the client call", "call"),
        ("Did we call", "call"),
        ("Does the rep follow up", "follow up"),
    ],
)
def test_a_question_ending_on_its_verb_asks_about_that_verb(title: str, act: str) -> None:
    assert _acts(title)[0] == act, _readings(title)


@pytest.mark.parametrize(
    "title", ["Did the weekly review", "did the invoicing", "Did the team meeting"]
)
def test_did_with_a_noun_phrase_ending_the_title_stays_the_act(title: str) -> None:
    assert _acts(title)[0] == "did", _readings(title)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Call Molly Back", "Call Molly"),
        ("Call Beverly Back About The Quote", "Call Beverly"),
        ("Thank Shelly For The Gift", "Thank Shelly"),
    ],
)
def test_a_name_ending_in_ly_in_title_case_is_a_name(title: str, name: str) -> None:
    found = assess(title)
    assert found.relationship_building
    assert name in found.reason, found.reason


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Handling Negative Reviews Publicly", "Handling Negative Reviews"),
        ("Respond Politely To Complaints", "Respond Politely To Complaints"),
        ("Open the Conversation Calmly", "Open the Conversation"),
    ],
)
def test_an_adverb_in_title_case_stays_an_adverb(title: str, quoted: str) -> None:
    found = assess(title)
    assert found.relationship_building
    assert quoted in found.reason, found.reason
    assert _readings(title)[0].obj, _readings(title)
