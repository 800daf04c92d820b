"""Tests for the relationship-building advisor's answers (planner.rules.assess, planner/advisor/).

These tests own the advisor's contract: every labelled example from the shared set is right, the
held-out set (worded differently, written before the rules were tuned) reaches the precision and
recall targets, reasons name what triggered them, helper phrases flip a task to preparation, and
the module stays plain Python. Its data files are tested in test_advisor_data.py. No Qt here.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planner.advisor import TaskKind
from planner.rules import KINDS, Assessment, assess, could_delegate
from tests.conftest import run_python

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"


def _load(name: str) -> list[tuple[str, bool, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return [
            (row["text"], row["relationship_building"].strip() == "1", row["why"])
            for row in csv.DictReader(fh)
        ]


SHARED = _load("tasks-labeled.csv")
HELDOUT = _load("advisor-heldout.csv")
# Fresh batches written in rounds, each labelled before the advisor was run on it, then used to
# generalise the rules; now regression data (tests/data/advisor-fresh-<n>.csv).
FRESH = [row for path in sorted(DATA.glob("advisor-fresh-*.csv")) for row in _load(path.name)]


# ---------------------------------------------------------------------------------------------
# Accuracy
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected", "why"), SHARED, ids=[r[0] for r in SHARED])
def test_every_shared_example_is_right(text: str, expected: bool, why: str) -> None:
    got = assess(text)
    assert got.relationship_building is expected, f"{text!r} ({why}) -> {got}"


def _confusion(rows: list[tuple[str, bool, str]]) -> tuple[int, int, int, int]:
    tp = fp = fn = tn = 0
    for text, expected, _ in rows:
        predicted = assess(text).relationship_building
        if predicted and expected:
            tp += 1
        elif predicted:
            fp += 1
        elif expected:
            fn += 1
        else:
            tn += 1
    return tp, fp, fn, tn


def test_heldout_set_is_big_enough_and_balanced() -> None:
    assert len(HELDOUT) >= 150
    positives = sum(1 for _, expected, _ in HELDOUT if expected)
    assert 0.3 < positives / len(HELDOUT) < 0.7
    shared_texts = {text.casefold() for text, _, _ in SHARED}
    assert not [t for t, _, _ in HELDOUT if t.casefold() in shared_texts], "held-out reuses rows"


def test_heldout_precision_and_recall() -> None:
    tp, fp, fn, tn = _confusion(HELDOUT)
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    assert precision >= 0.95, (tp, fp, fn, tn)
    assert recall >= 0.95, (tp, fp, fn, tn)


def test_fresh_batches_are_big_enough_and_new() -> None:
    assert len(FRESH) >= 400
    positives = sum(1 for _, expected, _ in FRESH if expected)
    assert 0.3 < positives / len(FRESH) < 0.7
    seen = {text.casefold() for text, _, _ in SHARED + HELDOUT}
    assert not [t for t, _, _ in FRESH if t.casefold() in seen], "fresh batches reuse rows"


def test_fresh_batches_precision_and_recall() -> None:
    tp, fp, fn, tn = _confusion(FRESH)
    misses = [t for t, expected, _ in FRESH if assess(t).relationship_building is not expected]
    assert tp / (tp + fp) >= 0.95, ((tp, fp, fn, tn), misses)
    assert tp / (tp + fn) >= 0.95, ((tp, fp, fn, tn), misses)


# ---------------------------------------------------------------------------------------------
# Reasons
# ---------------------------------------------------------------------------------------------

POSITIVES = [t for t, expected, _ in SHARED + HELDOUT + FRESH if expected]
NEGATIVES = [t for t, expected, _ in SHARED + HELDOUT + FRESH if not expected]


@pytest.mark.parametrize("text", POSITIVES)
def test_positive_reason_is_one_sentence_naming_the_trigger(text: str) -> None:
    got = assess(text)
    if not got.relationship_building:
        pytest.skip("a known miss (counted by the precision and recall tests)")
    assert got.kind == "relationship"
    assert got.matched, "the words that triggered the warning are reported"
    assert got.reason.endswith(".")
    assert "\n" not in got.reason and ". " not in got.reason, "one sentence"
    assert got.matched[0].casefold() in got.reason.casefold()
    assert got.voice_note == "" and got.advice == ""


@pytest.mark.parametrize("text", NEGATIVES)
def test_negative_has_no_reason(text: str) -> None:
    got = assess(text)
    if got.relationship_building:
        pytest.skip("a known false alarm (counted by the precision and recall tests)")
    assert got.reason == ""
    assert got.kind != "relationship"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Reply to comments on my blog", ("Reply", "comments")),
        ("Find and approve friends for me on Facebook", ("approve", "friends")),
        ("Send a DM to a new follower", ("Send", "DM")),
        ("Thank a reader for sharing my article", ("Thank", "reader")),
        ("Instagram DMs", ("DMs",)),
    ],
)
def test_matched_words_come_from_the_title(text: str, words: tuple[str, ...]) -> None:
    assert assess(text).matched == words


CATEGORY_EXAMPLES = {
    "replying": "Reply to comments on my blog",
    "thanking": "Thank a reader for sharing my article",
    "connecting": "Approve new LinkedIn invitations",
    "networking": "Attend a networking breakfast",
    "banter": "Friendly banter on Twitter",
    "messaging": "Send a DM to a new follower",
    "follow_ups": "Follow up with a prospect after the call",
    "selling": "Write a sales proposal for a new client",
    "presence": "Show up in my Facebook group every day",
    "speaking": "Speak at a local meetup",
}


def test_reasons_differ_by_kind_of_relationship_act() -> None:
    templates = set()
    for text in CATEGORY_EXAMPLES.values():
        got = assess(text)
        assert got.relationship_building, text
        act = got.reason.split("”", 1)[1]  # the sentence without the quoted trigger words
        templates.add(act)
    assert len(templates) == len(CATEGORY_EXAMPLES)


# ---------------------------------------------------------------------------------------------
# Helper phrases hand the personal act back to the owner
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("personal", "preparation"),
    [
        ("Comment on Danny's blog post", "Research and identify blogs for me to comment on"),
        ("Reply to comments on my blog", "Draft replies to comments for my approval"),
        ("Thank new clients", "Make a list of new clients for me to thank"),
        ("Pitch podcast hosts", "Compile a list of podcasts for me to pitch"),
        ("Approve friend requests", "Sort through friend requests before I approve them"),
        ("Follow up with leads", "Update the CRM so I can follow up with leads"),
        ("Send thank-you cards to clients", "Send thank-you cards for me to sign"),
        ("Attend a networking breakfast", "Find networking breakfasts for me to attend"),
        ("Speak at a local meetup", "Find meetups where I can speak"),
        ("Write a sales proposal for a new client", "Draft a sales proposal for me to review"),
        ("Answer questions from listeners", "Gather listener questions so that I can answer them"),
    ],
)
def test_helper_phrase_turns_the_act_into_preparation(personal: str, preparation: str) -> None:
    assert assess(personal).relationship_building
    prepared = assess(preparation)
    assert not prepared.relationship_building
    assert prepared.reason == ""
    assert could_delegate(prepared), prepared


def test_helper_after_a_direct_act_keeps_it_personal() -> None:
    # the owner explains why; the act itself is still the conversation
    assert assess("Reply to comments so I can keep the conversation going").relationship_building


# ---------------------------------------------------------------------------------------------
# Surface variation: verb forms, plurals, spelling, case, punctuation, apostrophes, hyphens
# ---------------------------------------------------------------------------------------------

VARIANT_GROUPS = [
    [
        "Reply to comments",
        "Replies to comments",
        "Replying to comments",
        "Replied to comments",
        "reply to comment",
        "REPLY TO COMMENTS",
        "Reply to comments!",
        "Reply to comments.",
        "  reply   to\tcomments  ",
    ],
    [
        "Follow up with a prospect",
        "Follow-up with a prospect",
        "Followup with a prospect",
        "Following up with prospects",
        "Followed up with a prospect",
    ],
    [
        "Comment on Danny's blog post",
        "Comment on Danny’s blog post",
        "comment on danny's blog posts",
    ],
    [
        "Send a thank-you card to a client",
        "Send a thank you card to a client",
        "Send thank-you cards to clients",
        "Sending a thank‑you card to a client",
        "Sent a thank-you card to a client?",
    ],
    ["Approve friend requests", "Approving friend requests", "approved Friend Requests"],
    ["Answer DMs", "Answer DM's", "answer dms", "Answering DMs on Instagram"],
    ["Socialise at the mixer", "Socialize at the mixer", "Socialising at mixers"],
    ["Apologise to a client", "Apologize to a client", "Apologising to clients"],
    ["Organise receipts", "Organize receipts", "organising receipts", "Organizing receipts."],
    ["Analyse engagement stats", "Analyze engagement stats", "Analysing engagement stats"],
    ["Catalogue my blog posts", "Catalog my blog posts"],
    ["Update the colour palette", "Update the color palette"],
    ["Edit YouTube videos", "Editing YouTube videos", "edit youtube video"],
]


@pytest.mark.parametrize("group", VARIANT_GROUPS, ids=[g[0] for g in VARIANT_GROUPS])
def test_surface_variants_get_the_same_answer(group: list[str]) -> None:
    answers = {(assess(t).relationship_building, assess(t).kind) for t in group}
    assert len(answers) == 1, {t: assess(t).kind for t in group}


# ---------------------------------------------------------------------------------------------
# Ghostwriting, pen names, speaking as the owner
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghostwrite blog posts",
        "Ghost-write my newsletter",
        "Write posts in my name",
        "Write blog articles under my name",
        "Draft LinkedIn articles in my voice",
    ],
)
def test_ghostwriting_is_a_voice_note_not_a_relationship_warning(text: str) -> None:
    got = assess(text)
    assert got.relationship_building is False
    assert got.kind == "voice"
    assert got.voice_note
    assert "transcrib" in got.voice_note and "guest" in got.voice_note
    assert got.reason == ""


def test_open_pen_name_is_production() -> None:
    got = assess("Write articles under a pen name for the company blog")
    assert got.relationship_building is False
    assert got.kind == "production"


@pytest.mark.parametrize(
    "text", ["Tweet on my behalf", "Post conversational tweets", "Tweet for me"]
)
def test_speaking_as_the_owner_in_conversation_is_relationship(text: str) -> None:
    assert assess(text).relationship_building


# ---------------------------------------------------------------------------------------------
# Things nobody should do
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Buy fake followers",
        "Auto-DM every new follower with a sales pitch",
        "Collect friends only to increase the numbers",
        "Purchase YouTube subscribers",
        "Use a bot to like hundreds of posts",
    ],
)
def test_avoid_tasks_belong_in_nobody(text: str) -> None:
    got = assess(text)
    assert got.relationship_building is False
    assert got.kind == "avoid"
    assert got.reason == ""
    assert "Nobody" in got.advice
    assert not could_delegate(got)


# ---------------------------------------------------------------------------------------------
# Ready-made texts and broadcasts: each belongs to its own act
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        (
            "Call the customers who are upset and reply to the rest with the standard reply",
            "Call the customers",
        ),
        ("Answer support tickets using saved replies, and call anyone who is still angry", "call"),
        (
            "Reply to routine questions with the canned response and phone the clients who "
            "complained",
            "phone the clients",
        ),
        ("Handle refund emails using macros, then call the customers who are furious", "call"),
        (
            "Send the standard reply to simple enquiries and meet the unhappy clients in person",
            "meet",
        ),
    ],
)
def test_a_template_in_one_act_leaves_the_other_acts_call(title: str, quoted: str) -> None:
    """The ready-made text is the act's that names it: the call (the meeting) beside it is
    still the owner's, and the reason quotes that act, not the templated one."""
    got = assess(title)
    assert got.relationship_building, title
    assert got.reason.startswith(f"“{quoted}"), got.reason


@pytest.mark.parametrize(
    "title",
    [
        "Respond to refund requests with the standard reply",
        "Reply to customers who ordered with the template",
        "Answer support tickets using saved replies",
        "Welcome new hires with the standard welcome email",
        "Thank donors with the usual thank-you email",
        "Welcome new subscribers with the default welcome message",
    ],
)
def test_a_ready_made_text_is_no_warning_on_its_own_act(title: str) -> None:
    """A reply or gesture sent as a ready-made text is not the owner's own attention."""
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Thank all 5,000 subscribers in the newsletter",
        "Congratulate our members in the monthly bulletin",
        "Thank everyone on the mailing list for a great year",
        "Post a thank-you to our customers on Instagram",
    ],
)
def test_a_gesture_to_everyone_at_once_is_no_warning(title: str) -> None:
    """Thanks, welcomes and congratulations sent by a channel that reaches everyone (or
    posted) are production, not a personal gesture; and never "could delegate" while unsure."""
    got = assess(title)
    assert not got.relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Thank the plumber for the quick fix",
        "Congratulate Maria on her promotion",  # a promotion is no promo campaign
        "Welcome each new hire personally on their first day",
        "Welcome new hires with a personal note",
        "Thank subscribers who replied to the newsletter",  # who they are, not the channel
        "Send the newsletter and thank the donors who gave",  # the newsletter is the other act's
        "Thank our top donors in person",
    ],
)
def test_a_personal_gesture_still_warns(title: str) -> None:
    got = assess(title)
    assert got.relationship_building, title
    assert "personal gesture" in got.reason


# ---------------------------------------------------------------------------------------------
# Notes
# ---------------------------------------------------------------------------------------------


def test_notes_are_read_when_the_title_is_vague() -> None:
    assert not assess("Facebook").relationship_building
    got = assess("Facebook", "reply to everyone who comments")
    assert got.relationship_building
    assert "reply" in got.matched
    assert "notes" in got.reason


def test_notes_can_give_a_vague_title_its_kind() -> None:
    assert assess("Instagram", "schedule next week's posts").kind in {"admin", "production"}


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Update the CRM", "log who I met at the networking breakfast"),
        ("Send invoices", "Q3 ones are in the shared folder"),
        ("Send invoices", "use the template in Drive"),
        ("Pay bills", "electricity and rent, both due on the 1st"),
        ("Renew the domain names", "card ending 4412, both on Namecheap"),
        # notes that hold nothing (the reviewer's, session 13)
        ("Send invoices", "asap"),
        ("Update the CRM", "urgent"),
        ("Prepare slides for the board deck", "by 5pm"),
        ("Send invoices", "every Monday"),
    ],
)
def test_notes_about_the_admin_work_leave_its_kind_and_suggestion(title: str, notes: str) -> None:
    """Notes that only say more about the work (where it is, how it is done, whom it is
    logged about) leave a clearly delegable title as it is, suggestion and all."""
    alone = assess(title)
    got = assess(title, notes)
    assert could_delegate(alone)
    assert not got.relationship_building
    assert got.kind == alone.kind
    assert could_delegate(got)


# Titles of delegable work whose notes add the owner's own relationship work (issue 10 point 3:
# "Send invoices" + "then call the client to thank them" was offered for delegation).
_NOTES_ADD_RELATIONSHIP_WORK = [
    ("Send invoices", "then call the client to thank them", "call the client"),
    ("Process refunds", "call each customer afterwards to apologise", "call each customer"),
    ("Update the donor spreadsheet", "thank the top ten donors personally", "thank the top ten"),
    ("Compile the monthly sales report", "and negotiate the renewal with Acme", "negotiate"),
    ("Ghostwrite my LinkedIn articles", "and reply to the comments on them", "reply to the"),
    # the reviewer's wordings (session 13)
    ("Prepare the quarterly figures", "walk Jane through them over coffee on Friday", "walk"),
    ("Tidy the inbox", "reply personally to the two investors who wrote", "reply personally"),
    ("Order supplies", "then phone the supplier to negotiate a better price", "phone the"),
]


@pytest.mark.parametrize(("title", "notes", "quoted"), _NOTES_ADD_RELATIONSHIP_WORK)
def test_relationship_work_in_the_notes_is_never_offered_for_delegation(
    title: str, notes: str, quoted: str
) -> None:
    """The title alone is work a VA could take (or ghostwriting); with its notes the task
    holds the owner's own contact, so it warns, and the reason quotes the notes' words and
    says they come from the notes."""
    assert not assess(title).relationship_building
    got = assess(title, notes)
    assert got.relationship_building
    assert not could_delegate(got)
    assert got.reason.startswith(f"“{quoted}")
    words, marker, _ = got.reason.partition("” (in the notes) ")
    assert marker, got.reason
    assert words[1:] in notes  # the quotation is the notes' own words


def test_the_board_and_the_csv_follow_the_notes() -> None:
    """could_hand_over (the card's suggestion) and the CSV warning cell read the same
    assessment, so notes holding the owner's thanks take the suggestion off the card in My
    work and give the card in the VA's column its warning."""
    from planner import advice
    from planner.model import Column, Task

    bare = Task(1, "Send invoices")
    noted = Task(2, "Send invoices", notes="then call the client to thank them")
    assert advice.could_hand_over(bare, Column.ME)
    assert not advice.could_hand_over(noted, Column.ME)
    assert advice.warning_cell(bare, Column.VA) == ""
    assert "(in the notes)" in advice.warning_cell(noted, Column.VA)


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Send invoices", "client asked for PDF copies"),  # the client acts; nothing to hand back
        ("Book flights", "check with Sarah which dates suit her"),
        # what an arranging task is for (the reviewer's wordings, session 13): context
        ("Book a table", "dinner with the Hendersons, 4 people"),
        ("Book a meeting room", "for my one-on-one with Tom"),
        ("Pay the caterer", "for the client appreciation lunch"),
        ("Buy a gift card", "for Lena, to congratulate her on the promotion"),
    ],
)
def test_notes_that_name_people_but_no_act_of_the_owners_do_not_warn(
    title: str, notes: str
) -> None:
    """Notes are prose about the task: people named in them ("client asked ...") are no
    warning without an act of the owner's that names its kind of relationship work."""
    assert not assess(title, notes).relationship_building


def test_a_relationship_title_stays_one_whatever_the_notes() -> None:
    assert assess("Reply to comments", "batch them on Fridays").relationship_building


def test_blank_notes_change_nothing() -> None:
    assert assess("Pay bills", "   \n ") == assess("Pay bills")


def test_long_notes_are_cut_between_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Eleventh session: notes were cut at 600 characters mid-word ("personally" x 100 ended
    "... person", a word the notes never said)."""
    import planner.advisor as advisor

    read: list[str] = []
    judge_notes = advisor._judge_notes

    def spy(notes: str) -> object:
        read.append(notes)
        return judge_notes(notes)

    advisor.clear_caches()
    monkeypatch.setattr(advisor, "_judge_notes", spy)
    assess("Facebook", "personally " * 100)
    advisor.assess.cache_clear()
    assert read and read[0].split()[-1] == "personally", read
    assert len(read[0]) <= 600


@pytest.mark.parametrize(
    ("text", "limit", "clipped"),
    [
        ("call them personally", 12, "call them"),  # not "call them pe"
        ("call them personally", 9, "call them"),  # the limit falls on a space
        ("call them\npersonally", 12, "call them"),  # any whitespace
        ("personally", 6, "person"),  # one long word: cut where the limit is
        ("short", 10, "short"),
    ],
)
def test_clip_cuts_at_the_last_whitespace(text: str, limit: int, clipped: str) -> None:
    from planner.advisor import clip

    assert clip(text, limit) == clipped


# ---------------------------------------------------------------------------------------------
# API shape
# ---------------------------------------------------------------------------------------------


def test_assessment_constructor_and_defaults() -> None:
    a = Assessment(False, "", TaskKind.ADMIN)
    assert a.matched == () and a.voice_note == "" and a.advice == ""
    b = Assessment(True, "why", TaskKind.RELATIONSHIP, ("reply",), "")
    assert b.matched == ("reply",)
    with pytest.raises(AttributeError):  # immutable
        a.kind = TaskKind.OTHER  # type: ignore[misc]


def test_kinds_cover_every_answer() -> None:
    assert set(KINDS) == {
        "relationship",
        "voice",
        "admin",
        "production",
        "research",
        "setup",
        "avoid",
        "other",
    }
    for text, _, _ in SHARED + HELDOUT + FRESH:
        assert assess(text).kind in KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_could_delegate_by_kind(kind: TaskKind) -> None:
    expected = kind in {"admin", "production", "research", "setup"}
    assert could_delegate(Assessment(False, "", kind)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bookkeeping", True),
        ("Transcribe the audio I recorded", True),
        ("Research targeted friends to add", True),
        ("Set up my social media profiles", True),
        ("Reply to my blog commenters", False),
        ("Ghostwrite blog posts", False),
        ("Buy fake followers", False),
    ],
)
def test_could_delegate_on_real_tasks(text: str, expected: bool) -> None:
    assert could_delegate(assess(text)) is expected


@pytest.mark.parametrize(
    ("start", "repeat", "warns"),
    [
        ("Reply to comments on my blog", " and thank each one by name", True),
        ("Update the CRM", " and file the invoices of the month", False),
    ],
)
def test_a_title_of_pages_is_judged_by_its_start(start: str, repeat: str, warns: bool) -> None:
    """A pasted title thousands of words long reads as its start does, not as a sum over words
    repeated far past any clause the model learned from."""
    assert assess(start).relationship_building is warns
    assert assess(start + repeat * 1500).relationship_building is warns


@pytest.mark.parametrize("text", ["", "   ", "...", "—", "a", "🙂 🙂", "x" * 5000])
def test_odd_input_is_handled(text: str) -> None:
    got = assess(text)
    assert got.kind in KINDS
    assert got.relationship_building is False


@settings(max_examples=300, deadline=None)
@given(title=st.text(max_size=120), notes=st.text(max_size=80))
def test_any_text_gives_a_consistent_assessment(title: str, notes: str) -> None:
    got = assess(title, notes)
    assert got.kind in KINDS
    assert got.relationship_building == (got.kind == "relationship")
    assert bool(got.reason) == got.relationship_building
    assert bool(got.voice_note) == (got.kind == "voice")


# ---------------------------------------------------------------------------------------------
# Packaging: the rules are data; the module imports no Qt
# ---------------------------------------------------------------------------------------------


def test_importing_the_advisor_reads_no_data_until_first_use() -> None:
    code = (
        "import sys, planner.rules as r, planner.advisor.model as m\n"
        "early = m._model is not None or 'json' in sys.modules and m._model\n"
        "first = r.assess('Reply to comments').relationship_building\n"
        "sys.exit(0 if not early and first and m._model is not None else 1)\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr


def test_importing_the_advisor_loads_no_qt() -> None:
    code = (
        "import sys, planner.rules\n"
        "bad = [m for m in sys.modules if m == 'PySide6' or m.startswith('PySide6.')]\n"
        "print('qt:', bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = run_python(code)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    "title",
    [
        "Deal with an irate caller",
        "Talk with the frustrated client about the delay",
        "Respond to the disgruntled member yourself",
        "Calm down an angry guest at the front desk",
        "Phone the frustrated tenant back",
        "Text the angry bride",
    ],
)
def test_answering_or_calming_upset_people_warns_whatever_the_weights(title: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert "upset" in a.reason
    assert not could_delegate(a)


@pytest.mark.parametrize(
    "title",
    [
        "Escalate angry customers to the manager",
        "Forward complaints from angry customers to the manager",
        "Reply to upset clients with the standard template",
        "Log calls from irate customers",
        "Email the angry client the refund form",
        "Send the refund form to the angry customer",
    ],
)
def test_passing_upset_people_on_or_templated_replies_do_not_warn(title: str) -> None:
    assert not assess(title).relationship_building, title


@pytest.mark.parametrize(
    "title",
    [
        "Sort things out with the upset bride",
        "Log calls from irate customers",
        "Forward complaints from angry customers to the manager",
    ],
)
def test_a_task_towards_upset_people_is_never_offered_for_delegation(title: str) -> None:
    """Whatever the model reads in the act, people the title calls upset may need the owner:
    the board suggests nothing rather than "could delegate" (issue point 3)."""
    assert not could_delegate(assess(title)), title
