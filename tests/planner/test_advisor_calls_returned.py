"""Calls returned about the caller's own matter (s28, miss on a support-playbook wording).

A call returned ("ring back", "call back") answers whoever rang first, as a reply does
(convention 14: the particular caller answered): when it is made to a person about something of
theirs, it is no routine notice of a bill or a payment, however much the matter is about money
("Ring back Mrs Jones about her bill" scored +2.22 and was refused as a reminder of a bill). A
call made unasked about money owed stays a notice any admin sends, and a call returned to a
supplier or a service stays an errand. The wordings are written here for the tests, not rows of
the data sets.
"""

from __future__ import annotations

import pytest

from planner.rules import assess


@pytest.mark.parametrize(
    ("title", "quoted"),
    [
        ("Ring back Mrs Jones about her bill", "Ring back Mrs Jones"),
        ("Call back the customer about her invoice", "Call back the customer"),
        ("Ring back the tenant about his rent statement", "Ring back the tenant"),
    ],
)
def test_a_call_returned_about_the_callers_bill_warns(title: str, quoted: str) -> None:
    a = assess(title)
    assert a.relationship_building, title
    assert quoted in a.reason, a.reason


@pytest.mark.parametrize(
    "title",
    [
        "Call tenants about unpaid rent",  # unasked: chasing money owed
        "Call clients about overdue invoices",
        "Text tenants about unpaid rent",
        "Email clients a reminder about their bill",
        "Ring back the bank about the overdraft",  # the owner's own errand
        "Call back the plumber about the leak",
    ],
)
def test_a_notice_or_errand_about_money_keeps_its_answer(title: str) -> None:
    a = assess(title)
    assert not a.relationship_building, (title, a.reason)
