"""Which paper the brief is laid out for: A4, or US Letter where Letter is the norm.

Owns the list of territories that use Letter (the Americas that follow the US, and the
Philippines, as the Unicode CLDR and CUPS both have it) and how a locale name or the
environment (``LC_ALL``, ``LC_PAPER``, ``LANG``) is read to find the territory.
"""

from __future__ import annotations

import locale
import os
import re
from collections.abc import Mapping
from enum import StrEnum


class Paper(StrEnum):
    A4 = "a4"
    LETTER = "letter"

    @property
    def css(self) -> str:
        return "A4" if self is Paper.A4 else "letter"

    @property
    def label(self) -> str:
        return "A4" if self is Paper.A4 else "Letter"


#: ISO 3166 codes of the territories where Letter is the usual paper size.
LETTER_TERRITORIES = frozenset(
    {"US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "PR", "BZ"}
)

_TERRITORY = re.compile(r"^[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?=$|[.@_-])")


def paper_for_territory(code: str) -> Paper:
    """The paper for an ISO 3166 territory code (``US``, ``de``...); A4 when unknown."""
    return Paper.LETTER if code.strip().upper() in LETTER_TERRITORIES else Paper.A4


def paper_for_locale(name: str | None) -> Paper:
    """The paper for a locale name such as ``en_US.UTF-8`` or ``fr-CA``; A4 when it has no
    territory (``C``, ``POSIX``, ``en``)."""
    found = _TERRITORY.match((name or "").strip())
    return paper_for_territory(found.group(1)) if found else Paper.A4


def default_paper(environ: Mapping[str, str] | None = None) -> Paper:
    """The paper for this user: the first locale variable that is set, in the order the C
    library reads them for paper (``LC_ALL``, ``LC_PAPER``, ``LANG``), else the system locale."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_PAPER", "LANG"):
        value = env.get(variable, "").strip()
        if value:
            return paper_for_locale(value)
    if environ is not None:
        return Paper.A4
    try:
        name = locale.getlocale()[0]
    except ValueError:
        name = None
    return paper_for_locale(name)
