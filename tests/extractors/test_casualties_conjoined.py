"""A harm told in the second of two predicates that share one subject (issue 14, conjoined.py).

"He was caught off guard and killed", "Two soldiers tried to flee and were killed": a first
predicate with its own words stands between the group and its harm. Its words stop at a verb of
its own clause, so a reporter is not the subject; a harm after a join with no "be" of its own
and an object after it is the subject's act, not its harm.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was caught off guard and killed by the rebels.", [("killed", 1)]),
        ("Two soldiers tried to flee and were killed.", [("killed", 2)]),
        ("The soldier returned fire but was killed.", [("killed", 1)]),
        ("She was inside her home and was hit by a stray bullet.", [("shot", 1)]),
        ("The suspect fled on foot but was later apprehended.", [("arrested", 1)]),
        # a list of first predicates
        ("He was dragged from his car, beaten and killed.", [("killed", 1)]),
        ("The gunman fled, fired at officers and was shot dead.", [("killed", 1)]),
        # the first predicate stops at another verb in the past: the soldier's, not police's
        ("Police reported the soldier returned fire but was killed.", [("killed", 1)]),
        # a count before a first predicate whose "be" is singular is not its subject
        ("He crashed into two parked cars and was pronounced dead.", [("killed", 1)]),
        # after a join with no "be" of its own, an object makes the harm the subject's act
        ("He was released from prison and killed his wife.", [("killed", 1)]),
    ],
)
def test_harm_in_a_second_predicate(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


def test_the_reporter_is_not_the_subject() -> None:
    from newsparse.document import Document
    from newsparse.extractors.casualties import CasualtyExtractor

    text = "Police reported the soldier returned fire but was killed."
    (found,) = CasualtyExtractor().extract(Document(text))
    assert found.text == "the soldier returned fire but was killed"


_KIND = {"killed": "killed", "wounded": "injured", "arrested": "arrested"}


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 19),
    st.sampled_from(["men", "soldiers", "civilians", "people"]),
    st.sampled_from(
        ["tried to flee", "opened fire", "ran toward the gate", "fought back", "surrendered"]
    ),
    st.sampled_from(["and", "but"]),
    st.sampled_from(sorted(_KIND)),
)
def test_count_acted_and_were_harmed(
    count: int, people: str, act: str, join: str, participle: str
) -> None:
    """Any first act in the past, with up to a few words of its own, keeps the count and kind of
    "<count> <people> <act> <join> were <harm>"."""
    text = f"Witnesses said {count} {people} {act} {join} were {participle} on Monday."
    assert written(text) == [(_KIND[participle], count)]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["caught off guard", "surrounded by the crowd", "pulled from his car", "found"]
    ),
    st.sampled_from(sorted(_KIND)),
)
def test_one_was_done_and_harmed(done: str, participle: str) -> None:
    """A passive first predicate and its words share their "was" with the harm: "He was <done>
    and <harm>"."""
    assert written(f"Police said he was {done} and {participle} on Monday.") == [
        (_KIND[participle], 1)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first harm read as none leaves its people to the killing after it
        ("A man was beaten with a bat and killed.", [("killed", 1)]),
        ("A woman was stabbed multiple times and killed.", [("killed", 1)]),
        (
            "Jane Doe, the mother of the boy shot at the motel, has been arrested.",
            [("arrested", 1)],
        ),
    ],
)
def test_a_harm_read_as_none_leaves_its_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wound with its own words, then the killing of its subject
        ("A 15-year-old boy was shot in the head and killed on Monday.", [("killed", 1)]),
        ("Three men were shot several times and then killed.", [("killed", 3)]),
        # a participle with an object after it is the wounded person's own act
        ("A man was shot in the leg and killed his attacker.", [("injured", 1), ("killed", 1)]),
        ("He was shot and fatally wounded four friends.", [("shot", 1), ("killed", 4)]),
    ],
)
def test_a_wound_then_the_killing_of_its_subject(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert written(text) == expected


# a blow alone tells no outcome, so no finding; a shot or a wound is one, the killing read after
_WOUNDS = ["stabbed", "beaten", "shot", "wounded"]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 19),
    st.sampled_from(_WOUNDS),
    st.sampled_from(["in the head", "five times", "with a bat", "near the door"]),
    st.sampled_from(["", "then ", "later "]),
    st.sampled_from(["killed", "murdered", "slain"]),
)
def test_wounded_with_its_words_and_killed(
    count: int, wound: str, words: str, then: str, killing: str
) -> None:
    """ "<count> people were <wound> <words> and <then> <killing>" is the count killed, no wound."""
    text = f"Police said {count} people were {wound} {words} and {then}{killing} on Monday."
    assert written(text) == [("killed", count)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rodger was quickly caught and arrested by deputies.", [("arrested", 1)]),
        (
            "Two men were later located by police and taken into custody.",
            [("arrested", 2)],
        ),
        ("A man was quickly surrounded and killed.", [("killed", 1)]),
    ],
)
def test_an_adverb_before_the_first_predicate(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


@settings(max_examples=40, deadline=None)
@given(
    st.integers(2, 19),
    st.sampled_from(["quickly", "later", "soon", "eventually", "then", "also"]),
    st.sampled_from(["caught", "located by officers", "found in a nearby house", "surrounded"]),
    st.sampled_from(sorted(_KIND)),
)
def test_an_adverb_keeps_the_shared_be(count: int, adverb: str, done: str, participle: str) -> None:
    """An adverb between "were" and the first predicate leaves "<count> men were <adverb> <done>
    and <harm>" the count's harm, as without it."""
    text = f"Police said {count} men were {adverb} {done} and {participle} on Monday."
    assert written(text) == [(_KIND[participle], count)]
