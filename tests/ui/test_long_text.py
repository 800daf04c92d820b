"""Very long wording (a plan from elsewhere may hold a title of megabytes): a card lays out only
the start of it. Laying out a 10 MB title took Qt 15 s and 800 MB (found by the fuzzing
campaign; the same case runs through the window in tests/fuzz/test_quick.py)."""

from __future__ import annotations

from ui.card_delegate import DRAWN_CHARS, drawn


def test_a_card_lays_out_only_the_start_of_long_text() -> None:
    assert drawn("Reply to comments") == "Reply to comments"
    exact = "x" * DRAWN_CHARS
    assert drawn(exact) == exact
    long = "word " * 2_000_000
    shown = drawn(long)
    assert len(shown) == DRAWN_CHARS + 1
    assert shown.endswith("…") and long.startswith(shown[:-1])
