"""One member of a group told before, named by its place in the order (session 20): "the fourth
was still being detained", "the second, a 17-year-old boy, was shot". A part of the group, so a
subset; bare before "shot" the ordinal is the noun ("the first shot"), and with "of" the group it
ranks in counts the harm ("the second of two victims fatally shot")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_PLACES = st.sampled_from(["first", "second", "third", "fourth", "fifth", "last"])
_HARMS = st.sampled_from(
    [("was killed", "killed"), ("died", "killed"), ("was arrested", "arrested")]
)
_ASIDES = st.sampled_from(["", ", Goeswar Roy,", ", a 17-year-old boy,", ", 10-year-old Ann,"])


def found(text: str) -> list[tuple[str, int | None, bool, str]]:
    return [
        (f.kind, f.count, f.subset, f.text)
        for f in EXTRACTOR.extract(Document(text))
        if not f.inferred
    ]


@given(_PLACES, _ASIDES, _HARMS)
def test_an_ordinal_subject_is_one_member_of_the_group(
    place: str, aside: str, harm: tuple[str, str]
) -> None:
    told = f"The {place}{aside} {harm[0]}"
    assert (harm[1], 1, True, told) in found(f"Police found four men. {told} on Monday.")


def test_an_ordinal_before_a_bare_shot_is_the_noun() -> None:
    assert found("After hearing the first shot, I heard my son scream.") == []
    assert found("He fired twice. The second shot hit the wall.") == []


def test_an_ordinal_of_a_group_leaves_the_count_to_the_group() -> None:
    text = "The second of two victims fatally shot at a car wash has been identified."
    assert found(text) == [("killed", 2, False, "two victims fatally shot")]
