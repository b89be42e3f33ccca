"""Span trimming, overlap, greedy matching and name folding, on hand-checked inputs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.evaluation.matching import (
    as_span,
    fold,
    greedy_match,
    name_tokens,
    names_match,
    overlap,
    trim_span,
)


def test_trim_span_drops_outer_punctuation_but_keeps_currency_signs() -> None:
    text = "paid $3 billion, then"
    assert text[5:16] == "$3 billion,"
    assert trim_span(text, (5, 16)) == (5, 15)
    assert trim_span(text, (4, 16)) == (5, 15)  # leading space too


def test_trim_span_quote_marks_only_when_asked() -> None:
    text = 'He said: "We will win," and left. `Odd` too.'
    start = text.index('"')
    end = text.index("and") - 1
    assert text[start:end] == '"We will win,"'
    assert trim_span(text, (start, end), quote_marks=True) == (start + 1, start + 12)
    tick = text.index("`")
    assert trim_span(text, (tick, tick + 5), quote_marks=True) == (tick + 1, tick + 4)
    assert trim_span(text, (tick, tick + 5)) == (tick, tick + 5)  # ` is not punctuation


def test_trim_span_all_punctuation_keeps_span() -> None:
    assert trim_span("a -- b", (2, 4)) == (2, 4)


def test_overlap() -> None:
    assert overlap((0, 10), (5, 20)) == 5
    assert overlap((0, 10), (10, 20)) == 0
    assert overlap((3, 4), (0, 10)) == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ([1, 4], (1, 4)),
        ((0, 2), (0, 2)),
        ([4, 4], None),
        ([5, 2], None),
        (None, None),
        ([1], None),
        (["1", 2], None),
        ([True, 3], None),
        ([-1, 2], None),
    ],
)
def test_as_span(value: object, expected: tuple[int, int] | None) -> None:
    assert as_span(value) == expected


def test_greedy_match_threshold_is_fraction_of_gold() -> None:
    gold = [(10, 20)]
    assert greedy_match(gold, [(17, 30)], 0.3) == [(0, 0)]  # 3 of 10 chars: exactly 30%
    assert greedy_match(gold, [(18, 30)], 0.3) == []  # 2 of 10
    assert greedy_match(gold, [(15, 40)], 0.5) == [(0, 0)]  # 5 of 10, prediction long


def test_greedy_match_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [(0, 10), (12, 20)]
    # p0 overlaps gold0 by 4; p1 overlaps gold0 by 10 and gold1 by 0; p2 covers both golds.
    predicted = [(6, 11), (0, 10), None, (0, 20)]
    assert greedy_match(gold, predicted, 0.3) == [(0, 1), (1, 3)]


def test_greedy_match_pairs_agreeing_items_first() -> None:
    # gold 1 on "His mother", 10 on "10 others died"; the found 1 is spanned a little wide
    gold, counts_gold = [(0, 10), (15, 29)], [1, 10]
    predicted, counts_found = [(12, 29), (15, 40)], [1, 10]

    def same_count(gi: int, pi: int) -> bool:
        return counts_gold[gi] == counts_found[pi]

    assert greedy_match(gold, predicted, 0.0) == [(1, 0)]  # closeness alone: 10 meets 1
    assert greedy_match(gold, predicted, 0.0, same_count) == [(1, 1)]


def test_greedy_match_prefers_the_closest_span_to_the_largest_overlap() -> None:
    # a wide span nested over two items of a list, and one that fits the second exactly
    gold = [(0, 5), (6, 12)]
    assert greedy_match(gold, [(0, 12), (6, 12)], 0.0) == [(0, 0), (1, 1)]


def test_fold_ignores_accents_case_and_outer_punctuation() -> None:
    assert fold("  New York,") == fold("NEW YORK") == "new york"
    assert fold("Zürich") == fold("ZURICH")
    assert fold("(Reuters)") == "reuters"
    assert fold("1987-02-26") == "1987-02-26"
    assert fold(None) is None
    assert fold("Paris") != fold("London")


def test_name_tokens() -> None:
    assert name_tokens("Sen. José Pérez's") == ["jose", "perez"]
    assert name_tokens("the President") == ["the", "president"]
    assert name_tokens("the Washington Post") == ["washington", "post"]
    assert name_tokens("President") == ["president"]


@pytest.mark.parametrize(
    ("gold", "predicted", "right"),
    [
        ("Ned Price", "NED PRICE", True),
        ("José Pérez", "Jose Perez", True),
        ("Sen. Elizabeth Warren", "Elizabeth Warren", True),
        ("Ned Price", "Price.", True),
        ("Ned Price", "Edward Price", True),  # same last word
        ("Joel Pollak of Breitbart California", "Joel Pollak", True),  # containment
        ("Obama", "Barack Obama's", True),
        ("the Washington Post", "Washington", True),
        ("the Washington Post", "he", False),  # word containment, not substring
        ("Ned Price", "Antony Blinken", False),
        ("the President", "the Senator", False),
        ("the president", "President", True),
        ("Ned Price", "", False),
        # a gold mention with an appositive after the name: the name part is compared too
        ("Butz, 49,", "Norbert Leo Butz", True),
        (
            'Hemsley, the co-author of "Going Viral," about the spread of news,',
            "Jeff Hemsley",
            True,
        ),
        ("Rep. Elijah Cummings (D-Md.), chair of the committee", "Elijah Cummings", True),
        ("Gingrich — mentioned by Newsmax as the leading choice", "Newt Gingrich", True),
        ("Hicks, his campaign spokeswoman,", "Donald Trump", False),
        ("Butz, 49,", "Mark Ruffalo", False),
    ],
)
def test_names_match(gold: str, predicted: str, right: bool) -> None:
    assert names_match(gold, predicted) is right


_SURNAMES = ["Butz", "Hemsley", "Okafor", "Lindqvist", "Haddad", "Brennan"]
_FIRST_NAMES = ["Norbert", "Jeff", "Ada", "Linnea", "Omar", "Siobhan"]
_APPOSITIVES = [
    ", 49,",
    ", the co-author of a book about the campaign,",
    " (D-Md.), chair of the committee",
    ", who has advised three senators",
    " — mentioned as a likely nominee",
]


@given(
    st.sampled_from(_FIRST_NAMES),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_APPOSITIVES),
)
def test_a_named_mention_with_an_appositive_matches_its_name_only(
    first: str, surname: str, other: str, appositive: str
) -> None:
    """'Butz, 49,' is Norbert Butz, whatever the appositive says; it is no one else."""
    gold = f"{surname}{appositive}"
    assert names_match(gold, f"{first} {surname}")
    if other != surname:
        assert not names_match(gold, f"{first} {other}")
