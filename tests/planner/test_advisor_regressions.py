"""The advisor's standing regression list: every wording the second reader reported and that a
later session marked fixed stays fixed, through every retrain.

Retrains on new data have lost fixed findings three sessions running ("Tell the team about the
merger in person", "Call the IT manager to thank him for the fix", "Pitch the new package to
Greenleaf Ltd"), each seen only in the next review. This file's name matches land.sh's model
test selection (``-k "advisor or rules"``), so every landing, and every retrain it makes, runs
it.

Each row is the reviewer's exact wording (title, and notes where the finding had notes), the
answer it must get, and the finding it comes from: "s13 #9" is finding 9 of
notes/s13/review.md, "s12 adv-model 1" an item of the twelfth session's review as the
thirteenth session's prompts carried it, "s14 closing" the fourteenth session's closing note.
A relationship row must warn, get the kind "relationship" and never the "could delegate"
suggestion, checked both with :func:`planner.advisor.could_delegate` and with the board's own
:func:`planner.advice.could_hand_over`; where the finding was about the reason, the reason's
words are checked too. A row that is not relationship work must not warn; where the finding
was about the suggestion, it must keep it.

To add a row: only wordings a review reported and a landing fixed. A row that fails on main is
marked ``xfail(strict=True)`` with its finding until the fix lands (strict: the fix makes the
mark fail, so it is removed in the same landing).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from planner import advice
from planner.advisor import TaskKind, could_delegate
from planner.model import Column, Task
from planner.rules import assess


class Kept(NamedTuple):
    """One fixed finding: the wording, where it comes from, and what the reason must hold."""

    title: str
    notes: str
    finding: str
    reason_has: str = ""
    reason_lacks: str = ""


def _row(k: Kept, *marks: pytest.MarkDecorator) -> object:
    return pytest.param(
        k,
        id=f"{k.finding}: {k.title}" + (f" || {k.notes}" if k.notes else ""),
        marks=marks,
    )


_GESTURE = "personal gesture"

RELATIONSHIP = [
    # the twelfth session's findings (fixed in the thirteenth)
    Kept(
        "Send invoices",
        "then call the client to thank them",
        "s12 adv-model 1",
        "(in the notes)",
    ),
    Kept(
        "Call the customers who are upset and reply to the rest with the standard reply",
        "",
        "s12 adv-model 2",
        "“Call the customers",
    ),
    Kept(
        "Answer support tickets using saved replies, and call anyone who is still angry",
        "",
        "s12 adv-model 2",
        "call anyone",
    ),
    Kept("Call J. K. Rowling about the foreword", "", "s12 adv-prose 1"),
    Kept("Call J.R. about the renewal", "", "s12 adv-prose 1 / s13 #9"),
    Kept("Meet A.J. for coffee", "", "s12 adv-prose 1", "Meet A.J."),
    Kept("Meet the C.E.O. of our biggest client", "", "s12 adv-prose 1"),
    Kept(
        "Update the CRM. call the top three clients",
        "",
        "s12 adv-prose 2",
        "call the top three",
    ),
    Kept("Call Mr. Smith", "", "s12 adv-prose 3", "“Call Mr. Smith”"),
    Kept(
        "Donors are thanked personally by the founder",
        "",
        "s12 adv-prose 3",
        "Donors are thanked",
    ),
    Kept(
        "I'll take the donors to lunch",
        "",
        "s12 adv-prose 3",
        "take the donors to lunch",
    ),
    Kept("Organize short, weekly meetings for your instructors", "", "s13 lead 23:35"),
    # the thirteenth session's findings
    Kept(
        "Prepare the quarterly figures",
        "walk Jane through them over coffee on Friday",
        "s13 #1",
        "(in the notes)",
    ),
    Kept(
        "Tidy the inbox",
        "reply personally to the two investors who wrote",
        "s13 #1",
        "(in the notes)",
    ),
    Kept(
        "Order supplies",
        "then phone the supplier to negotiate a better price",
        "s13 #1",
        "negotiation",
    ),
    Kept(
        "Create a welcome plan for new hires and meet each one",
        "",
        "s13 #5",
        "“meet each one",
    ),
    Kept("Introduce Sam to our accountant", "", "s13 #7"),
    Kept("Pitch the new package to Greenleaf Ltd", "", "s13 #9 / s14 #14"),
    Kept("Phone the landlord to renegotiate the lease", "", "s13 #9", "negotiation"),
    Kept("Call the landlord to negotiate a rent reduction", "", "s13 #9", "negotiation"),
    Kept("Email Globex Corp. to thank them for the order", "", "s13 #13", _GESTURE),
    Kept("Tell the team about the merger in person", "", "s13 #17"),
    Kept("Call the IT manager to thank him for the fix", "", "s13 #19", _GESTURE),
    Kept("Call the plumber to thank him for the quick fix", "", "s13 #20", _GESTURE),
    # the fourteenth session's findings
    Kept("Drop by the bakery to thank Rosa for the cake", "", "s14 #4", _GESTURE),
    Kept(
        "Reconcile the accounts",
        "then ring the bank manager to thank her for the extension",
        "s14 #5",
        _GESTURE,
        "leading the people",
    ),
    Kept(
        "Order the flowers",
        "deliver them to Mrs. Patel yourself and say sorry",
        "s14 #5",
        "“say sorry”",
    ),
    Kept("Present our roadmap to the board in person", "", "s14 #6"),
    Kept("Deliver the opening speech at our customer day", "", "s14 #6"),
    Kept(
        "Give the keynote at the regional retail conference",
        "",
        "s14 #6",
        "came to hear you",
    ),
    Kept("Give a toast at Maria's retirement party", "", "s14 #6", "came to hear you"),
    Kept("Call our U.S. distributor to renegotiate terms", "", "s14 #9", "negotiation"),
    Kept("Make time to thank your best customers yourself", "", "s14 #13", _GESTURE),
    Kept("Deal with an irate caller", "", "s14 closing (lead)"),
    # open findings of s13/s14 and the fifteenth session's review, fixed in the fifteenth
    Kept("Call Acme Inc. about the late payment dispute", "", "s13 #13", "repairing"),
    Kept("Gather feedback from clients in short interviews", "", "s13 #4", "asking people"),
    Kept("Ring the caterer to apologise for the mix-up", "", "s14 #15", "is an apology"),
    Kept("Pitch our consulting retainer to Brightside Ltd", "", "s15 review 06:37", "selling"),
    Kept("Pitch the spring menu to Oakwood Catering Ltd.", "", "s15 review 06:37", "selling"),
    Kept("Pitch the new package to Greenleaf", "", "s15 review 06:37", "selling"),
    Kept(
        "Call Hartley & Sons Ltd about the overdue order they complained about",
        "",
        "s15 review 06:37",
        "repairing",
    ),
    Kept("Reply to the annoyed supplier about the late payment", "", "s15 review 07:04"),
    Kept("Ask the Hendersons if they'd refer us to friends", "", "s15 review 07:04", "asking"),
    Kept(
        "Monthly admin",
        "includes thanking each of our top ten clients by phone",
        "s15 review 07:04",
        "(in the notes)",
    ),
    # s15 #8: fixed in earlier sessions, missing from the list until now
    Kept("Stop by the shop to thank the staff", "", "s15 #8", _GESTURE),
    Kept("Email the client to apologise for the delay", "", "s15 #8", "apology"),
    Kept("Drive over to welcome the new tenants", "", "s15 #8", _GESTURE),
    Kept("Give a talk at the chamber of commerce", "", "s15 #8"),
    Kept("Find time to call past clients", "", "s15 #8"),
    Kept("Remember to thank the volunteers", "", "s15 #8", _GESTURE),
    # s15 #4 (HIGH), s14 #8: a reply about a matter; working things out with someone upset
    Kept("Reply to the supplier about the late payment", "", "s15 #4", "answering people"),
    Kept("Sort things out with the upset bride", "", "s14 #8", "repairing"),
    # s16 review 10:05: lost by the start retrain 7403783
    Kept("Answer the annoyed landlord about the late rent", "", "s16 review 10:05"),
    Kept("Sort out the misunderstanding with our landlord", "", "s16 review 10:05", "repairing"),
    Kept("Retain your best staff", "", "s16 lead 10:04", "leading the people"),
    # s16 lead: a call to one person named with initials, lost by the start retrain
    Kept("Call J. K. Rowling", "", "s16 lead 09:29", "J. K. Rowling"),
    # s17 review 12:18: wordings reported and fixed earlier that no test held
    Kept("Finish plan B. Call the bank manager to thank her", "", "s17 review 12:18", "thank"),
    Kept("Get back to the annoyed supplier about the late payment", "", "s17 review 12:18"),
    Kept("Quarterly report", "present it to the board chair in person", "s17 review 12:18"),
    Kept("Compile a list of lapsed clients and call each one", "", "s16 #7", "call each one"),
    Kept("E-mail the customer", "", "s16 #14"),
    # (s32: was "... on our code review process"; training in a process is a briefing under
    # convention 92, so the people-not-machines check uses a skill taught instead)
    Kept("Train the app developers in giving code reviews", "", "s16 #16"),
    Kept("Coach the AI researchers on presenting", "", "s16 #16"),
    Kept("Train the system administrators", "", "s16 #16"),
    Kept("Train the new CRM manager", "", "s16 #16"),
    Kept("Coach the tool room staff", "", "s16 #16"),
    Kept("Train the dog walkers we hired", "", "s16 #16"),
    # s16 #12/#13 and the s17 review's wordings of them: an apology said as "say sorry", and
    # idioms of mending things with someone, in a title or in its notes
    Kept("Call the rep to say sorry", "", "s16 #13", "an apology"),
    Kept("Order stationery", "then call the printer rep to say sorry", "s16 #12", "an apology"),
    Kept("Order stationery", "also patch things up with the printer rep", "s16 #12", "repairing"),
    Kept("Order stationery", "and call Jen to smooth things over", "s16 #12", "repairing"),
    Kept("Scan the receipts", "and ring the builder to say sorry for the mess", "s17 review 12:21"),
    Kept(
        "Update the website",
        "and ring the photographer to smooth things over about the credit",
        "s17 review 12:26",
        "repairing",
    ),
    Kept("Smooth things over with the florist", "", "s16 #4", "repairing"),
    # s16 #3: a live occasion alone as the title, its notes saying with whom
    Kept("Lunch", "with the Patels, to thank them for the referral", "s16 #3", "in the notes"),
]

# Rows that fail on main today: each is fixed in the landing that removes its mark.
# (title, notes) -> why
_FAILING: dict[tuple[str, str], str] = {}
# Rows of KEEPS_SUGGESTION whose suggestion is lost on main today (they stay quiet, so the
# false-alarm test still passes for them).
_FAILING_SUGGESTION: dict[tuple[str, str], str] = {}

NOT_RELATIONSHIP = [
    Kept("Thank all 5,000 subscribers in the newsletter", "", "s12 adv-model 3"),
    Kept("Welcome new hires with the standard welcome email", "", "s12 adv-model 3"),
    Kept("Call the IT support line", "", "s12 adv-prose 3"),
    Kept("Post a thank-you to our customers on Instagram", "", "s13 #2"),
    Kept("Phone the council to ask about bin collection", "", "s13 #6"),
    Kept("Book a table", "dinner with the Hendersons, 4 people", "s13 #8"),
    Kept("Book a meeting room", "for my one-on-one with Tom", "s13 #8"),
    Kept("Buy a gift card", "for Lena, to congratulate her on the promotion", "s13 #8"),
    Kept("Pay the caterer", "for the client appreciation lunch", "s13 #8"),
    Kept("Send invoices", "email them to the client when done", "s13 #10"),
    Kept("Send invoices", "ask Sarah where the file is", "s13 #10"),
    Kept(
        "Ship the replacement order",
        "reply to the client with the tracking number",
        "s13 #10",
    ),
    Kept("Book the hotel", "I'm meeting the distributor in Leeds", "s14 #1"),
    # notes that say the relationship part stays the owner's: the task handed over is the rest
    Kept(
        "Research blogs in my niche for me to comment on",
        "A shortlist with links each Monday; the commenting stays with me.",
        "s16 lead (starter plan)",
    ),
    Kept("Draft the newsletter", "replies to readers stay with me", "s16 lead"),
    Kept("Find podcasts that take guests", "the pitching is mine, just the list", "s16 lead"),
    Kept("Troubleshoot the printer connection", "", "s14 #3"),
    Kept("Resolve the merge conflicts in the repo", "", "s14 #3"),
    Kept("Tell the courier in person where to leave parcels", "", "s14 #16"),
    Kept("Register the business in person at the town hall", "", "s14 #16"),
    Kept("Drop the keys off at the estate agent in person", "", "s15 review 06:37"),
    Kept("Tweet about the launch in my voice", "", "s15 review 06:37"),
    Kept("Book the train", "meeting the supplier in York on Tuesday", "s15 review 07:04"),
    Kept("Reserve a table", "lunch with the investor on Friday", "s15 review 07:04"),
    # s15 #9: a title of one word for people, or a thing about people, rests on no act
    Kept("Team", "", "s15 #9"),
    Kept("Referrals", "", "s15 #9"),
    Kept("Customers", "", "s15 #9"),
    Kept("Customer journey diagram", "", "s15 #9"),
    Kept("Set up the client's account", "ask the client for their VAT number", "s15 #10"),
    # s16 review 09:26 (HIGH): teaching acts done to a machine or an animal
    Kept("Train the chatbot on our FAQ", "", "s16 review 09:26"),
    Kept("Train the AI assistant on our product docs", "", "s16 review 09:26"),
    Kept("Train the new model on last year's data", "", "s16 review 09:26"),
    Kept("Onboard the new software", "", "s16 review 09:26"),
    Kept("Train the dog", "", "s16 review 09:26"),
    Kept("Employees are allowed to take part in the sales contest", "", "s15 #11"),
    Kept("Staff are allowed to attend the networking lunch", "", "s15 #11"),
    Kept("Collect the receipts", "message me if anything is missing", "s14 #2"),
    Kept("Draft a reply to the angry customer for my approval", "", "s16 review 10:05"),
    # s17 review 12:18: wordings reported and fixed earlier that no test held
    Kept("Re: Re: Re: client", "", "s16 #14"),
    Kept("Client", "", "s15 #9"),
    Kept("Book the flights", "client meeting in Berlin on Monday", "s17 review 12:18"),
    Kept("Format the report", "Jane will walk the board through it", "s17 review 12:18"),
    # s16 #17: notes that finish the title's sentence with a fact to confirm
    Kept("Call the client", "just to confirm the delivery address", "s16 #17"),
    # s16 #18: a page about people, no act
    Kept("Customers page", "", "s16 #18"),
    Kept("Client login problems", "", "s16 #2"),
]

# Delegable titles whose notes hold nothing (s13 #11): the suggestion stays.
KEEPS_SUGGESTION = [
    Kept("Send invoices", "waiting on Tom", "s14 #7"),
    Kept("Send invoices", "asap", "s13 #11"),
    Kept("Update the CRM", "every Monday", "s13 #11"),
    Kept("Transcribe the recording", "urgent", "s13 #11"),
    Kept("Print name badges", "by 5pm", "s13 #11"),
    Kept("Print name badges", "waiting on Tom", "s17 review 12:18"),
    Kept("Send invoices", "urgent", "s17 review 12:18"),
    Kept("Send invoices", "by 5pm", "s17 review 12:18"),
    Kept("Send invoices", "every Monday", "s17 review 12:18"),
    Kept("Configure the chatbot to answer billing questions", "", "s16 #20"),
    Kept("Set up the bot to answer FAQs", "", "s16 #21"),
    # notes of facts, priorities, dates and someone's things (s17 review 13:20)
    Kept("Send invoices", "low priority", "s17 review 13:20"),
    Kept("Print name badges", "low priority", "s17 review 13:20"),
    Kept("Update the CRM", "March and April", "s17 review 13:20"),
    Kept("Send invoices", "ask Sarah where the file is", "s17 review 13:20"),
    Kept("Send invoices", "for Sunita's team", "s17 review 13:20"),
    Kept("Send invoices", "see the email from the landlord", "s17 review 13:20"),
    Kept("Send invoices", "same format as the donors' report", "s17 review 13:20"),
    Kept("Send invoices", "use Mrs Ellis's address", "s17 review 13:20"),
    Kept("Send invoices", "ask accounts for the PO", "s17 review 13:20"),
]

# Never offered for delegation, though the advisor may not warn (yet).
NEVER_SUGGESTED = [
    Kept("Sort things out with the upset bride", "", "s14 #8"),
    Kept("Set up a coffee with the new neighbour to introduce ourselves", "", "s16 review 09:25"),
    Kept("Sort things out with the caterer", "", "s16 review 10:30"),
    # relationship work in the notes of a plain admin title (s16 #12, s17 review 12:21 and
    # 12:26, issue 10 point 3): the notes must show they add none before the title keeps it
    Kept("Order stationery", "then call the printer rep to say sorry", "s16 #12"),
    Kept("Print the brochures", "hand them to the mayor myself and chat", "s16 #12"),
    Kept("Order stationery", "and call Jen to smooth things over", "s16 #12"),
    Kept("Order stationery", "also patch things up with the printer rep", "s16 #12"),
    Kept("Update the spreadsheet", "then phone Carla to patch things up", "s17 review 12:21"),
    Kept("Scan the receipts", "and ring the builder to say sorry for the mess", "s17 review 12:21"),
    Kept(
        "Order stationery",
        "also: lunch with Priya to talk about her promotion",
        "s17 review 12:26",
    ),
    Kept("Schedule the client call", "and lead it yourself", "s17 review 12:26"),
    Kept(
        "Update the website",
        "and ring the photographer to smooth things over about the credit",
        "s17 review 12:26",
    ),
    Kept("Back up the laptop", "then sit down with Jess for her review", "s17 review 12:26"),
    Kept("Print name badges", "I'll greet each guest at the door myself", "s17 review 12:26"),
    Kept(
        "Pay the suppliers",
        "and call Dave to sort out the row about the late delivery",
        "s17 review 12:26",
    ),
    # relationship tasks of the public sets as notes (s17 review 13:20)
    Kept("Send invoices", "Sort things out with the caterer", "s17 review 13:20"),
    Kept("Order stationery", "Talk to the subcontractors about the delays", "s17 review 13:20"),
    Kept(
        "Update the spreadsheet",
        "Kick things off with the client in a workshop",
        "s17 review 13:20",
    ),
    Kept("Print name badges", "Moderate the panel at the members' evening", "s17 review 13:20"),
    Kept("Moderate the panel at the members' evening", "", "s17 review 13:37"),
]


def _offered(k: Kept) -> bool:
    """Does the board suggest delegating the task from the owner's column?"""
    return advice.could_hand_over(Task(1, k.title, notes=k.notes), Column.ME)


def _marks(
    k: Kept, failing: dict[tuple[str, str], str] = _FAILING
) -> tuple[pytest.MarkDecorator, ...]:
    why = failing.get((k.title, k.notes))
    return (pytest.mark.xfail(reason=why, strict=True),) if why else ()


@pytest.mark.parametrize("k", [_row(k, *_marks(k)) for k in RELATIONSHIP])
def test_a_fixed_relationship_wording_still_warns(k: Kept) -> None:
    a = assess(k.title, k.notes)
    assert a.relationship_building, k
    assert a.kind is TaskKind.RELATIONSHIP, a
    assert a.reason, a
    assert k.reason_has in a.reason, a.reason
    assert not (k.reason_lacks and k.reason_lacks in a.reason), a.reason
    assert not could_delegate(a), a
    assert not _offered(k), k


@pytest.mark.parametrize("k", [_row(k, *_marks(k)) for k in NOT_RELATIONSHIP])
def test_a_fixed_false_alarm_stays_quiet(k: Kept) -> None:
    a = assess(k.title, k.notes)
    assert not a.relationship_building, a.reason
    assert a.kind is not TaskKind.RELATIONSHIP, a


@pytest.mark.parametrize("k", [_row(k, *_marks(k, _FAILING_SUGGESTION)) for k in KEEPS_SUGGESTION])
def test_notes_that_hold_nothing_keep_the_suggestion(k: Kept) -> None:
    alone = assess(k.title)
    assert could_delegate(alone), alone  # the title alone is delegable
    a = assess(k.title, k.notes)
    assert not a.relationship_building, a.reason
    assert a.kind is alone.kind, a
    assert _offered(k), a


@pytest.mark.parametrize("k", [_row(k, *_marks(k)) for k in NEVER_SUGGESTED])
def test_a_task_towards_upset_people_is_never_suggested(k: Kept) -> None:
    a = assess(k.title, k.notes)
    assert not could_delegate(a), a
    assert not _offered(k), k


@pytest.mark.parametrize(
    ("title", "notes"),
    [
        ("Research blogs in my niche for me to comment on", "then comment on each one"),
        ("Send invoices", "call the client to stay in touch with me"),
        ("Reply to comments on my blog", "the replying stays with me"),
    ],
)
def test_notes_that_name_the_act_without_keeping_it_still_warn(title: str, notes: str) -> None:
    assert assess(title, notes).relationship_building
