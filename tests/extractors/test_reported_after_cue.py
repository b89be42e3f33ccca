"""What follows a cue without being its clause: a participle of the speaker's after a comma
('..., Smith said, drawing cheers': how it was said, or a cue of its own), and whom it was told
to ('told a Senate panel'; after a quotation, whatever follows the listener: '"...," Dunn
told Fox News host Ann Lee on Monday'), or, after 'said' or 'added', whom it was said to and how
it was met ('said to cheers', 'said by phone'; 'added to her lead' is no saying at all).
Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_a_preposition_in_ing_after_the_comma_is_no_participle() -> None:
    text = "Mayor Karl Dunn said, during a visit to the port, that fares would rise."
    assert [cue for *_, cue in found(text)] == ["said"]
    assert found(text)[0][0].endswith("fares would rise")


@given(
    participle=st.sampled_from(
        ["drawing cheers", "wiping his brow", "looking at the crowd", "pausing for effect"]
    )
)
def test_how_it_was_said_is_never_reported(participle: str) -> None:
    text = f"Fares will rise in May, Mayor Karl Dunn said, {participle}."
    assert found(text) == [("Fares will rise in May", "Karl Dunn", "said")]


# (sentence, what it reports): one row per shape, participles first, then listeners
AFTER_CUE = [
    (  # how it was said: the clause before the cue is reported
        "The ferry will run all winter, Mayor Karl Dunn said, drawing cheers.",
        [("The ferry will run all winter", "Karl Dunn", "said")],
    ),
    ('"We will run the ferry all winter," Mayor Karl Dunn said, wiping his brow.', []),
    (  # a participle cue reports its own clause
        '"We will run the ferry," Mayor Karl Dunn said, adding that fares would rise.',
        [("fares would rise", "Karl Dunn", "adding")],
    ),
    (  # the listener's lower-case noun is the listener's
        "The ferry will run all winter, Mayor Karl Dunn told a Senate panel Wednesday.",
        [("The ferry will run all winter", "Karl Dunn", "told")],
    ),
    ("Mayor Karl Dunn told CNN he would run again.", [("he would run again", "Karl Dunn", "told")]),
    ('"We will run the ferry," Mayor Karl Dunn told Fox News host Ann Lee by phone.', []),
    # after 'said' or 'added', 'to' and 'by' open whom it was said to or how, not the clause
    ('"We will run the ferry," Mayor Karl Dunn said to loud cheers at the pier.', []),
    ('"Fares will not rise," Mayor Karl Dunn said by telephone from Leeds.', []),
    (
        "Mayor Karl Dunn said to reporters on Monday that fares would rise.",
        [("fares would rise", "Karl Dunn", "said")],
    ),
    ("Mayor Ann Ruiz won the Leeds primary, adding to her lead over Karl Dunn.", []),
]


def test_what_follows_the_cue_is_not_its_clause() -> None:
    """Every row at once: the shapes differ only in what follows the cue."""
    assert {text: found(text) for text, _ in AFTER_CUE} == dict(AFTER_CUE)


def test_after_a_quotation_that_still_opens_what_was_told() -> None:
    text = '"We will see," a Dunn aide told the Leeds Herald that the mayor would run again.'
    assert [(t, cue) for t, _, cue in found(text)] == [("the mayor would run again", "told")]


@given(
    listener=st.sampled_from(
        ["the AIPAC meeting in Leeds", "CBS host Ann Lee on Sunday", "a Senate panel", "Fox 35"]
    )
)
def test_a_quote_told_to_any_listener_reports_nothing_more(listener: str) -> None:
    text = f'"Fares will rise in May," Mayor Karl Dunn told {listener}.'
    assert found(text) == []


@given(numbers=st.lists(st.integers(0, 99_999), min_size=1, max_size=3))
def test_numbers_alone_after_a_label_are_a_tally(numbers: list[int]) -> None:
    """'Clinton: 2,316.': a line's label before numbers alone reports no one's words."""
    tally = ", ".join(f"{n:,}" for n in numbers)
    assert found(f"THE TOTAL.\nClinton: {tally}.\nSanders: {tally}.\n") == []


@given(
    cue=st.sampled_from(["said", "says", "added", "adds"]),
    after=st.sampled_from(["to applause", "to the crowd", "to Reuters", "by email", "by phone"]),
)
def test_what_said_or_added_is_met_with_is_never_reported(cue: str, after: str) -> None:
    text = f'"Fares will rise in May," Mayor Karl Dunn {cue} {after}.'
    assert found(text) == []
