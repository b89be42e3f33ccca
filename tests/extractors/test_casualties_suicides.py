"""A death the story tells as a suicide is no casualty anywhere in the story (session 19, issue
14): the guidelines count no suicide, only a killer's in the same incident. Others' deaths in
the story stay, and so do a killer's suicide, an accident and a suicide only supposed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_SUICIDES = st.sampled_from(
    [
        "Jeffrey Epstein killed himself in his cell.",
        "Jeffrey Epstein took his own life in his cell.",
        "Jeffrey Epstein committed suicide in his cell.",
        "Jeffrey Epstein hanged himself in his cell.",
        "His death was ruled a suicide by hanging.",
    ]
)
_RETOLD = st.sampled_from(
    [
        "Epstein was found dead in his cell on Saturday.",
        "Barr did not mention Epstein's death.",
        "Lawmakers asked about Jeffrey Epstein's death.",
    ]
)


def counts(text: str) -> list[tuple[str, int | None, str]]:
    return [(f.kind, f.count, f.text) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(_RETOLD, _SUICIDES)
def test_a_suicides_death_is_none_anywhere_in_the_story(retold: str, suicide: str) -> None:
    story = (
        f"Jeffrey Epstein, a financier, awaited trial. {retold} {suicide} "
        'Crime boss James "Whitey" Bulger was murdered in a prison in October.'
    )
    assert counts(story) == [("killed", 1, 'James "Whitey" Bulger was murdered')]


def test_his_death_ruled_a_suicide_is_none() -> None:
    story = (
        "Jeffrey Epstein, a financier, was found dead in his cell. After the medical examiner "
        "ruled his death a suicide, his lawyers said the guards had failed in his death."
    )
    assert counts(story) == []


def test_a_killers_suicide_stays() -> None:
    story = (
        "Authorities said John Allen shot and killed a co-worker on Saturday. "
        "Allen then returned to his home and killed himself."
    )
    assert ("killed", 1, "killed himself") in counts(story)


def test_a_suicide_only_supposed_or_an_accident_stays() -> None:
    told_as = ("may have killed himself", "accidentally killed himself", "killed himself playing")
    for told in told_as:
        story = f"John Allen was found dead on Sunday. Police said Allen {told}."
        assert ("killed", 1, "John Allen was found dead") in counts(story)


def test_an_unnamed_suicide_after_a_killing_stays() -> None:
    story = "A man shot his wife at their home on Sunday. Police said he killed himself."
    assert ("killed", 1, "killed himself") in counts(story)
