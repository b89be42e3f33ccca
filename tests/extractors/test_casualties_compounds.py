"""Victim nouns built as compounds of a listed one (issue 14, class 3).

"five bodyguards", "two stepchildren", "the salespeople": a compound whose last part is a plural
victim noun of the tables names people too, with no table listing it. The few words so built that name
no one are listed apart, and a test reads lemminflect's English vocabulary to check that every
other word the rule takes there names people, so a new table word cannot bring in a thing.
"""

from __future__ import annotations

import gzip
from importlib import resources

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse._data.casualty_words import NOT_PEOPLE
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.people import COMPOUND_HEADS, is_person, is_victim

# The compounds of lemminflect's vocabulary the rule reads as people, beyond the tables' own
# and WordNet's (which holds "bodyguards", "grandchildren", "salespeople" ...).
PEOPLE_COMPOUNDS = frozenset("boy-friends pre-teens sub-teens subteens townspeople".split())


def counts(text: str) -> list[tuple[str, int | None]]:
    return written(text)


def _vocabulary() -> set[str]:
    """Every word form lemminflect's inflection table holds, in lower case."""
    table = resources.files("lemminflect") / "resources" / "infl_lu.csv.gz"
    words: set[str] = set()
    with table.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        for line in lines:
            lemma, *forms = line.strip().split(",")
            words.add(lemma.lower())
            words.update(w.lower() for form in forms for w in form.split("/"))
    return words


def test_every_compound_the_rule_takes_from_the_vocabulary_names_people() -> None:
    heads = tuple(COMPOUND_HEADS)
    built = {
        w
        for w in _vocabulary()
        if w.endswith(heads) and is_victim(w) and not is_person(w) and w not in heads
    }
    assert built == PEOPLE_COMPOUNDS


@pytest.mark.parametrize("word", ["safeguards", "submarines", "canteens", "reinforces"])
def test_a_compound_that_names_no_one_is_listed_apart(word: str) -> None:
    assert word.removesuffix("s") in NOT_PEOPLE
    assert not is_victim(word)
    assert counts(f"The raid destroyed two {word} and killed no one else.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A guerrilla ambush killed five bodyguards.", [("killed", 5)]),
        ("Two lifeguards were injured in the storm.", [("injured", 2)]),
        ("His three stepchildren died in the fire.", [("killed", 3)]),
    ],
)
def test_a_compound_victim_noun_carries_its_count(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert counts(text) == expected


_HEADS = st.sampled_from(sorted(w for w in COMPOUND_HEADS if w.endswith("s") or w == "people"))
_STEMS = st.sampled_from(["body", "coast", "step", "border", "town", "grand", "village"])


@given(_STEMS, _HEADS, st.integers(2, 900), st.sampled_from(["were killed", "died"]))
def test_any_stem_before_a_plural_victim_noun_names_people(
    stem: str, head: str, number: int, harm: str
) -> None:
    word = stem + head
    if word.removesuffix("s") in NOT_PEOPLE or word in NOT_PEOPLE:
        return
    assert ("killed", number) in counts(f"Officials said {number} {word} {harm} on Monday.")


_TABLE_NOUNS = st.sampled_from(["hostage", "child", "police", "soldier"])
_AGENT_ENDS = st.sampled_from(["taker", "holder", "keeper", "minder"])


@given(_TABLE_NOUNS, _AGENT_ENDS, st.sampled_from(["was shot dead", "was killed", "was wounded"]))
def test_a_hyphened_compound_is_one_person_read_whole(noun: str, end: str, harm: str) -> None:
    """ "A hostage-taker was shot": the table's noun opens the compound, whose last part names
    the person; the finding spans the whole compound, not its last part alone."""
    text = f"A {noun}-{end} {harm} by police on Monday."
    found = [f for f in CasualtyExtractor().extract(Document(text)) if not f.inferred]
    assert found
    assert {f.text for f in found} == {f"A {noun}-{end} {harm}"}
    assert {f.count for f in found} == {1}


@pytest.mark.parametrize(
    "text",
    ["Dad-of-two killed in crash", "Mom-to-be killed in crash", "Mother-in-law killed in crash"],
)
def test_a_compound_on_a_preposition_keeps_its_head_first(text: str) -> None:
    assert counts(text) == [("killed", 1)]
