"""A story whose only harm is one person's death told with no cause (session 15): an obituary, a
tribute, a memory of a relative who died. The guidelines count no death from illness or age and
no "X's death" with no cause in the article; a bare death in a story that tells a harm, or
after a sentence that tells a cause, stays a killing, and so does a bare death of several."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()
_WHO = st.sampled_from(["The retired coach", "He", "Our neighbour, 81,", "The former envoy"])
_DEATHS = st.sampled_from(["died on Monday", "died in 1965", "passed away", "is dead"])
_BEFORE = st.sampled_from(
    ["He led the team for thirty years.", "The family asked for privacy.", "Tributes poured in."]
)


def counts(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


@given(_BEFORE, _WHO, _DEATHS)
def test_a_storys_only_bare_death_is_none(before: str, who: str, death: str) -> None:
    assert counts(f"{before} {who} {death}, his family said.") == []


@given(
    st.sampled_from(["was shot twice", "was stabbed", "drowned", "was hurt in a crash"]),
    st.sampled_from(["He", "The victim", "The man"]),
    _DEATHS,
)
def test_a_bare_death_after_a_harm_the_story_tells_stays(harm: str, who: str, death: str) -> None:
    story = f"A man {harm} on Elm Street on Sunday. {who} {death}, his family said."
    assert ("killed", 1) in counts(story)


def test_a_tribute_and_a_memory_are_no_deaths() -> None:
    story = (
        "Lawmakers paid tribute to the congressman after his death on Friday. "
        "Former presidents mourned his death in a joint statement. "
        "She said her mother, who died in 2016, had made such a call."
    )
    assert counts(story) == []


def test_a_cause_in_the_sentence_before_makes_it_an_events() -> None:
    assert counts("A fire swept the factory on Monday. One worker died.") == [("killed", 1)]


def test_a_bare_death_of_several_is_an_events() -> None:
    story = "Twenty-six soldiers died on Sunday. The driver died too, the radio said."
    assert ("killed", 26) in counts(story)
    assert ("killed", 1) in counts(story)


def test_exploitation_tells_no_blast() -> None:
    story = (
        "The death of Freedonia's longtime leader Rufus Firefly left speculation over his "
        "successor and fears that foreign firms might lose gas exploitation contracts, papers "
        "wrote Friday. His death launched a fight for power."
    )
    assert counts(story) == []
    assert counts("An explosion hit the market on Sunday. One man died.") == [("killed", 1)]
