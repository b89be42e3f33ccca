"""Lists of people that share one harm (issue 14): each group is its own casualty item.

The annotation guidelines count each group a list writes apart ("killed a woman and five of
her children" is 1 and 5), single people side by side as one item of them all ("killed Awlaki,
his 16-year-old son and Khan" is 3), and span each item from its first word through the shared
harm ("His mother and 10 other people drowned", "10 other people drowned"), or from the harm
through it when the harm comes first. The story's figure is still the list's sum. Lists of
things or animals name no one and give nothing.
"""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.coordination import apart
from newsparse.extractors.casualties.totals import document_figures
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()

_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 7: "seven", 12: "12", 30: "30"}
_GROUPS = ["soldiers", "civilians", "women", "children", "police officers", "migrants"]
_ONES = ["a woman", "his mother", "a 12-year-old girl", "the driver", "a farmer", "her husband"]
_NAMES = ["John Smith", "Mary Jones", "Ahmed Karim", "Lucia Ortega"]

# A member: its words and how many people they count.
_COUNTED = st.builds(
    lambda n, group: (f"{_NUMBERS[n]} {group}", n),
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(_GROUPS),
)
_ONE = st.sampled_from(_ONES).map(lambda words: (words, 1))
_NAMED = st.sampled_from(_NAMES).map(lambda words: (words, 1))


_MEMBERS = st.lists(
    st.one_of(_COUNTED, _ONE, _NAMED), min_size=2, max_size=4, unique_by=lambda m: m[0].split()[-1]
)


def _single(member: tuple[str, int]) -> bool:
    """One person with no number written: "his mother", "John Smith"."""
    return member[0] in _ONES or member[0] in _NAMES


def _items(members: list[tuple[str, int]]) -> list[tuple[int, int, int]]:
    """The items a list of ``members`` makes, each as its first and last member's index and its
    count: a counted group alone, single people side by side together."""
    items: list[tuple[int, int, int]] = []
    for i, member in enumerate(members):
        if items and _single(member) and _single(members[items[-1][1]]):
            first, _, count = items[-1]
            items[-1] = (first, i, count + 1)
        else:
            items.append((i, i, member[1]))
    return items


_SUBJECT_HARMS = st.sampled_from(
    [
        ("were killed", "killed"),
        ("died", "killed"),
        ("were wounded", "injured"),
        ("were arrested", "arrested"),
    ]
)
_OBJECT_HARMS = st.sampled_from(
    [("killed", "killed"), ("wounded", "injured"), ("arrested", "arrested")]
)


def _listed(words: list[str], oxford: bool) -> str:
    """The members joined as a list: "A", "A and B", "A, B and C", "A, B, and C"."""
    return "".join(_with_joins(words, oxford)) if len(words) > 1 else words[0]


def _with_joins(words: list[str], oxford: bool) -> list[str]:
    """Each member with the join before it, so that their lengths give where each stands."""
    last = ", and " if oxford and len(words) > 2 else " and "
    return [words[0], *(f", {w}" for w in words[1:-1]), f"{last}{words[-1]}"]


def _starts(words: list[str], oxford: bool, at: int) -> list[int]:
    """Where each member opens in a list that opens at ``at``."""
    starts = []
    for piece, word in zip(_with_joins(words, oxford), words, strict=True):
        starts.append(at + len(piece) - len(word))
        at += len(piece)
    return starts


def _capital(words: str) -> str:
    return words[0].upper() + words[1:]


def _written(findings: list[Casualty]) -> list[tuple[str, str, int | None]]:
    return [(f.text, f.kind, f.count) for f in findings if not f.inferred]


@given(_MEMBERS, _SUBJECT_HARMS, st.booleans())
def test_a_subject_list_spans_each_item_through_its_harm(
    members: list[tuple[str, int]], harm: tuple[str, str], oxford: bool
) -> None:
    words = [w for w, _ in members]
    verb, kind = harm
    listed = _capital(_listed(words, oxford))
    text = f"{listed} {verb} on Monday."
    findings = list(EXTRACTOR.extract(Document(text)))
    end = len(listed) + 1 + len(verb)
    starts = _starts(words, oxford, 0)
    expected = [(text[starts[first] : end], kind, n) for first, _, n in _items(members)]
    assert _written(findings) == expected
    assert document_figures(findings, text)[kind] == sum(n for _, n in members)


@given(_MEMBERS, _OBJECT_HARMS, st.booleans())
def test_an_object_list_spans_each_item_from_its_harm(
    members: list[tuple[str, int]], harm: tuple[str, str], oxford: bool
) -> None:
    words = [w for w, _ in members]
    verb, kind = harm
    listed = _listed(words, oxford)
    text = f"The gunmen {verb} {listed} on Monday."
    findings = list(EXTRACTOR.extract(Document(text)))
    start = text.index(verb)
    at = start + len(verb) + 1
    ends = [s + len(w) for s, w in zip(_starts(words, oxford, at), words, strict=True)]
    expected = [(text[start : ends[last]], kind, n) for _, last, n in _items(members)]
    assert _written(findings) == expected
    assert document_figures(findings, text)[kind] == sum(n for _, n in members)


_THINGS = st.sampled_from(
    ["three cows", "two horses", "a donkey", "four goats", "two cars", "a bus", "three houses"]
)


@given(st.lists(_THINGS, min_size=2, max_size=4, unique=True), st.booleans(), st.booleans())
def test_a_list_of_things_or_animals_names_no_one(
    things: list[str], subject: bool, oxford: bool
) -> None:
    listed = _listed(things, oxford)
    text = (
        f"Officials said {listed} died in the flood."
        if subject
        else f"The flood killed {listed} on Monday."
    )
    assert list(EXTRACTOR.extract(Document(text))) == []


@given(_MEMBERS, st.booleans())
def test_a_spread_list_reads_back_apart(members: list[tuple[str, int]], harm_first: bool) -> None:
    """What the extractor hands out, read apart, is each item over its own words: the spans
    that the story's figures are worked out from."""
    words = [w for w, _ in members]
    listed = _listed(words, oxford=False)
    text = f"The gunmen killed {listed} on Monday." if harm_first else f"{_capital(listed)} died."
    findings = [f for f in EXTRACTOR.extract(Document(text)) if not f.inferred]
    own = apart(findings, text)
    items = _items(members)
    assert [f.count for f in own] == [n for _, _, n in items]
    # each item over its own words, the harm kept only by the item next to it
    at = text.index(listed) if harm_first else 0
    starts = _starts(words, False, at)
    told = [text[starts[first] : starts[last] + len(words[last])] for first, last, _ in items]
    told = [f"killed {told[0]}", *told[1:]] if harm_first else [*told[:-1], f"{told[-1]} died"]
    assert [f.text.lower() for f in own] == [w.lower() for w in told]
    assert all(a.span.end <= b.span.start for a, b in pairwise(own))
    assert all(
        f.span.start <= o.span.start and o.span.end <= f.span.end
        for f, o in zip(findings, own, strict=True)
    )


# From pool and pool-c: a list after a preposition is no subject of the harm after it (the
# agent of "shot dead by", the object of "tribute to"), so its members keep their own words.
@pytest.mark.parametrize(
    ("text", "last"),
    [
        (
            "A man was shot dead by two suspected militants, and a farmer was killed by gunfire.",
            "a farmer was killed",
        ),
        (
            "Taki paid tribute to two soldiers and one hostage who died in the raid.",
            "one hostage who died",
        ),
    ],
)
def test_a_list_after_a_preposition_is_not_spread(text: str, last: str) -> None:
    findings = _written(list(EXTRACTOR.extract(Document(text))))
    assert (last, "killed", 1) in findings
    assert not any(words.endswith(last) and words != last for words, _, _ in findings)
