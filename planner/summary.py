"""The figures behind the article's second question: how much time does delegating free?

Plain arithmetic over the board, kept here so the board, the CLI and tests agree: hours per week
in each column, hours freed (with the VA plus dropped), what the VA's hours cost per month, and
what the owner's freed hours are worth at their own hourly value.
"""

from __future__ import annotations

from planner.model import COLUMNS, Column
from planner.records import NamedTuple

WEEKS_PER_MONTH = 52 / 12


class Summary(NamedTuple):
    hours: dict[Column, float]
    counts: dict[Column, int]

    @property
    def total_hours(self) -> float:
        return sum(self.hours.values())

    @property
    def freed_hours(self) -> float:
        """Hours a week the owner no longer spends: handed to the VA or dropped."""
        return self.hours[Column.VA] + self.hours[Column.NOBODY]

    def va_monthly_cost(self, hourly_rate: float) -> float:
        """What the VA's hours cost per month at ``hourly_rate`` (a month is 52/12 weeks)."""
        return self.hours[Column.VA] * WEEKS_PER_MONTH * max(0.0, hourly_rate)

    def owner_monthly_value(self, hourly_value: float) -> float:
        """What the owner's freed hours are worth per month at their own ``hourly_value``."""
        return self.freed_hours * WEEKS_PER_MONTH * max(0.0, hourly_value)


def summarize(hours: dict[Column, float], counts: dict[Column, int]) -> Summary:
    return Summary(
        hours={c: round(hours.get(c, 0.0), 2) for c in COLUMNS},
        counts={c: counts.get(c, 0) for c in COLUMNS},
    )


def format_money(amount: float, currency: str) -> str:
    """``€123`` / ``$1,234`` / ``123 CHF``: symbols before, codes after, no cents above 100."""
    currency = currency.strip() or "$"
    number = f"{amount:,.0f}" if amount >= 100 else f"{amount:,.2f}"
    if len(currency) <= 2 and not currency.isalpha():
        return f"{currency}{number}"
    return f"{number} {currency}"
