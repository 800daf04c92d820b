"""Reasons that fit the task (issue 10, point 5): which family's explanation a warning gets and
which of the title's words it quotes.

The eighth session's second reader found explanations that said something the task did not:
"an upset person" on "Manage relationships with ...", "a private message" on phone calls,
"asking a favour" on support and advice given, "your talk" on one-to-one talk, "the people who
wrote to you" on cards and notes nobody answered, the generic reason on hiring and training,
and quotes cut mid-phrase ("... on her", "check back in 15"). Each case here is a title written
for this test (not a row of the data sets) that warns both before and after; what it checks is
the family and the quoted words.
"""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

from planner.advisor.model import shipped
from planner.advisor.verdict import judge
from planner.rules import assess


def _reasons() -> dict[str, str]:
    raw = resources.files("resources").joinpath("rules", "advisor-words.toml").read_bytes()
    found: dict[str, str] = tomllib.loads(raw.decode("utf-8"))["reasons"]
    return found


REASONS = _reasons()


def _family_and_act(title: str) -> tuple[str, str]:
    found = judge(shipped(), title)
    return found.family, found.act


@pytest.mark.parametrize(
    ("title", "family"),
    [
        # no trouble named: managing a relationship is the relationship, answering is answering
        ("Manage relationships with our wholesale buyers", "build"),
        ("Handle guest inquiries by email", "reply"),
        # trouble named, or an act that calms someone: repairing
        ("Deal with an irate caller", "resolve"),
        ("Handle unhappy customers", "resolve"),
        ("Reassure the client after the delay", "resolve"),
        # a call is a voice on the line, not a private message
        ("Ring a long-time customer", "call"),
        ("Call back a reader", "call"),
        ("Call out a member who keeps interrupting", "build"),  # not a phone call
        # support, advice and introductions given are the owner's help, not a favour asked
        ("Offer advice to a new member", "help"),
        ("Provide support to grieving families", "help"),
        ("Make an introduction for a client", "help"),
        ("Ask a client for an introduction", "ask"),
        # speaking with someone is a conversation; speaking at an event is a talk
        ("Speak with a donor about the gala", "converse"),
        ("Speak at the regional conference", "speak"),
        ("Speak to the parties in a private room", "converse"),
        # cards and notes the owner writes: nobody wrote first
        ("Thank-you note for the volunteers", "gesture"),
        ("Mail a handwritten card to a client", "message"),
        ("Pen a personal note to a donor", "message"),
        # hiring and training one's own people is leading them; interviewing a customer is not
        ("Interview applicants for the assistant role", "lead_people"),
        ("Train new volunteers", "lead_people"),
        ("Train the weekend ushers", "lead_people"),
        ("Interview a customer for a case study", "converse"),
        ("Coaching sessions", "live"),  # a coach's sessions: not necessarily the owner's staff
        # a gift named after the act is not asked for unless the act asks ("for referrals")
        ("Phone each donor after receipt of the gift", "call"),
        ("Chat with tenants for referrals", "ask"),
        # keeping goodwill is the relationship; keeping staff is leading them
        ("Take time to retain goodwill", "build"),
        ("Retain your best staff", "lead_people"),
        # telling someone news or a decision, in person: the labelled data reads a plain notice
        # ("Let the donor know the gala is postponed", "Inform a client ... about the delay",
        # -0.6 and -2.4 after the tenth session's retrain) as a VA's status update, so the
        # titles say "personally"
        ("Let the donor know personally that the gala is postponed", "tell"),
        ("Tell a client personally about the delay", "tell"),
        # the complaints are what is addressed, whatever the reader takes as the head
        ("Address the complaints customers raise", "resolve"),
        # a call or a review held with someone is live contact
        ("Conduct a video call with a new client about goals", "live"),
        # "account reviews" alone is as much bookkeeping ("Monthly bank account review") as a
        # meeting: the tune data labels internal account reviews 0, so the title says with whom
        ("Quarterly account reviews with each client", "live"),
        ("Annual account review with the client", "live"),  # a review held with an account
        # a personalized reply is the owner's own answer, not a post in the owner's voice
        ("Provide thoughtful, personalized replies to comments", "reply"),
        ("Give personalized replies to comments on the blog", "reply"),
        ("Run a quarterly review with our biggest client", "live"),
        ("Run a workshop for new clients", "speak"),  # in front of a group: a talk
        # striking up a conversation is talk, striking a deal is negotiating
        ("Strike up a chat with a new member", "converse"),
        ("Strike a deal with the new supplier", "negotiate"),
        # s9 review's fresh sample: asking questions is talking with them, nobody wrote first;
        # settling on a date to talk again keeps in touch (negotiating a date still
        # negotiates); owning up is telling, not letting someone into a network
        ("Ask open-ended questions", "converse"),
        ("Agree on an exact date and time to speak again", "follow_up"),
        ("Negotiate the delivery date with the supplier", "negotiate"),
        ("If the customer is right, admit it at once", "tell"),
        # a consultation is selling only to a buyer
        ("Detailed consultation with the patient's parents", "live"),
        ("Offer a free consultation to a potential client", "sell"),
    ],
)
def test_the_reason_family_fits_what_the_title_says(title: str, family: str) -> None:
    found = assess(title)
    assert found.relationship_building, title
    assert _family_and_act(title)[0] == family, (title, found.reason)
    tail = REASONS[family].split("{act}”", 1)[1]
    assert found.reason.endswith(tail), (title, found.reason)


@pytest.mark.parametrize(
    ("title", "act"),
    [
        # a possessive, a number or a describing word runs on to the word it goes with
        (
            "Congratulate a donor on his retirement party",
            "Congratulate a donor on his retirement party",
        ),
        (
            "Give feedback to my assistant on her first month",
            "Give feedback to my assistant on her first month",
        ),
        ("check in with the buyer in 10 days", "check in with the buyer"),
        ("Follow up with members on a regular basis", "Follow up with members on a regular basis"),
        # a phrase the quote opened runs on to its last word
        (
            "Thank the volunteer and let her know the new date",
            "Thank the volunteer and let her know",
        ),
        ("Meet the donor in a private setting", "Meet the donor in a private setting"),
        (
            "Thank him for the referral and let him know the outcome",
            "Thank him for the referral and let him know",
        ),
        # a lone act runs on to whom it is towards when the clause names them
        ("Meet and learn about her clients", "Meet and learn about her clients"),
        # a question word starts what is said, not who it is said to: left off
        ("Reply to the reviewer why we refunded", "Reply to the reviewer"),
        ("Ask them what they liked about the launch", "Ask them"),
    ],
)
def test_the_quote_does_not_stop_mid_phrase(title: str, act: str) -> None:
    found = assess(title)
    assert found.relationship_building, title
    assert _family_and_act(title)[1] == act, found.reason
    assert found.reason.startswith(f"“{act}”"), found.reason


def test_every_family_has_its_own_reason() -> None:
    """Each family the verdict can give has its own sentence, and no two say the same."""
    m = shipped()
    families = {
        "reply", "comment", "gesture", "connect", "network", "converse", "message", "call",
        "follow_up", "sell", "negotiate", "speak", "lead_people", "resolve", "ask", "help",
        "build", "presence", "live", "speaking_as_you", "tell", "asked",
    }  # fmt: skip
    assert families <= set(m.reasons), families - set(m.reasons)
    whys = [m.reasons[f].split("”", 1)[1] for f in sorted(families)]
    assert len(set(whys)) == len(whys)
