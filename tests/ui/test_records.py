"""The window's records (planner.records.NamedTuple) are the classes typing.NamedTuple makes."""

from __future__ import annotations

from typing import Any

import pytest

import ui.main_window  # noqa: F401  (the window's modules)
from tests.planner.test_records import records_of, same_as_typing_makes

RECORDS = records_of("ui")


def test_the_windows_records_are_found() -> None:
    names = {r.__qualname__ for r in RECORDS}
    assert len(RECORDS) >= 8
    assert {"ActionSpec", "Setting", "Preferences", "CardFonts", "Selection"} <= names


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: f"{r.__module__}.{r.__qualname__}")
def test_each_record_is_what_typing_makes(record: Any) -> None:
    same_as_typing_makes(record)
