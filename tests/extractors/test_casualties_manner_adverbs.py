"""An adverb of manner between the auxiliary and the harm participle (issue 14).

"Three soldiers were brutally murdered": any adverb made from an adjective may stand there,
read from the adjective lexicon rather than a hand list. Adverbs that open a harm phrase of their
own ("fatally shot") keep their meaning, adverbs that deny the harm ("nearly killed") give none,
words in -ly that are no adverbs ("elderly", "early") open nothing, and the adverb must stand
right after a form of "be" and before a participle ("were actually dead" is no harm done).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from casualty_counts import written
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._data import manner_adverb_words as shipped
from newsparse._data.manner_adverb_words import MANNER_ADVERBS
from newsparse._data.manner_adverbs import table_source
from newsparse.extractors.casualties.grammar import AUX, MANNER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were brutally murdered.", [("killed", 3)]),
        ("John Smith was brutally killed by rebels.", [("killed", 1)]),
        ("Two men were wrongly arrested.", [("arrested", 2)]),
        (
            "Libyan dictator Muammar Qaddafi was brutally killed by NATO-backed rebels.",
            [("killed", 1)],
        ),
        ("Two girls were tragically killed in the crash.", [("killed", 2)]),
        ("Two men were reportedly killed.", [("killed", 2)]),
        ("A boy was fatally shot.", [("killed", 1)]),
        ("A man was critically injured.", [("injured", 1)]),
        ("Two men were nearly killed.", []),
        # between a perfect's "have" and "been": the passive after them
        ("He had probably been killed.", [("killed", 1)]),
        ("Two men have recently been arrested.", [("arrested", 2)]),
        ("Three soldiers had previously been wounded.", [("injured", 3)]),
        ("The mother was practically kidnapped along with the boy.", []),
        ("He is currently being held at the county jail.", [("arrested", 1)]),
        # a state or a gerund after the adverb: no harm done in a manner
        ("The audit found 1.8 million registered voters were actually dead.", []),
        ("Three patients are currently recovering at the hospital.", []),
    ],
)
def test_manner_adverb_before_harm(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize("word", ["family", "early", "elderly", "only", "july", "italy", "nearly"])
def test_words_in_ly_that_are_no_manner_adverbs(word: str) -> None:
    assert word not in MANNER_ADVERBS


_KIND = {"killed": "killed", "murdered": "killed", "wounded": "injured", "arrested": "arrested"}
# "annually", "biennially" tell a rate and "nationally" a country's total: the count is a
# statistic (periods.py), no event
_NO_RATE = sorted(a for a in MANNER if not a.endswith(("annually", "ennially", "nationally")))


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 19),
    st.sampled_from(["men", "soldiers", "civilians", "people"]),
    st.sampled_from(_NO_RATE),
    st.sampled_from(sorted(_KIND)),
)
def test_count_were_adverb_harm(count: int, people: str, adverb: str, participle: str) -> None:
    """Any manner adverb of the lexicon keeps the count and kind of "<count> <people> were
    <adverb> <harm>"."""
    text = f"Police said {count} {people} were {adverb} {participle} on Monday."
    assert written(text) == [(_KIND[participle], count)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump authorized the strike months before he actually was killed.", [("killed", 1)]),
        ("She finally was arrested in Ohio.", [("arrested", 1)]),
        # a word in -ly that doubts the harm; after a noun, a noun in -ly
        ("He nearly was killed in January.", []),
        ("Deputies say the Kroeker family is unaccounted for after the fire.", []),
    ],
)
def test_adverb_before_the_auxiliary(text: str, expected: list[tuple[str, int]]) -> None:
    """An adverb may stand before the form of "be" or "have" after a pronoun as well: "he actually
    was killed"."""
    assert written(text) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(_NO_RATE),
    st.sampled_from(["was", "had been"]),
    st.sampled_from(sorted(_KIND)),
)
def test_one_adverb_was_harm(adverb: str, be: str, participle: str) -> None:
    """Any manner adverb of the lexicon before the auxiliary keeps "He <adverb> was <harm>"."""
    assert written(f"Police said he {adverb} {be} {participle} on Monday.") == [
        (_KIND[participle], 1)
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 19),
    st.sampled_from(_NO_RATE),
    st.sampled_from(["have", "had"]),
    st.sampled_from(sorted(_KIND)),
)
def test_count_have_adverb_been_harm(count: int, adverb: str, have: str, participle: str) -> None:
    """Any manner adverb of the lexicon between the perfect's "have" and "been" keeps "<count>
    men <have> <adverb> been <harm>"."""
    text = f"Police said {count} men {have} {adverb} been {participle} in the town."
    assert written(text) == [(_KIND[participle], count)]


def test_an_adverb_after_have_in_the_active_reads_no_passive() -> None:
    # "had brutally killed": the gunman's act, his victims the count
    assert written("The gunman had brutally killed two people.") == [("killed", 2)]


def test_the_grammar_reads_every_adverb_of_the_lexicon() -> None:
    """Every adverb, not a sample: the grammar reads a shape ("-ly") less a list of words that
    are no adverbs, so a table word that list or the shape leaves out would go unread. The two
    properties above run the whole extractor over a few dozen adverbs (7,700 sentences each
    would take seconds; every adverb with every harm and auxiliary passed once, 92,964
    sentences, when this test was written)."""
    aux = re.compile(AUX, re.IGNORECASE)
    after_be = [adverb for adverb in MANNER if not aux.fullmatch(f"were {adverb}", 4)]
    before_be = [adverb for adverb in MANNER if not aux.fullmatch(f"he {adverb} was", 2)]
    assert after_be == before_be == []


def test_the_shipped_adverbs_are_those_the_adjectives_make() -> None:
    """Fails when the adjective list or the derivation changes: regenerate with
    python -c 'from newsparse._data.manner_adverbs import table_source as t; print(t(), end="")'
    > src/newsparse/_data/manner_adverb_words.py"""
    assert Path(shipped.__file__).read_text(encoding="utf-8") == table_source()
