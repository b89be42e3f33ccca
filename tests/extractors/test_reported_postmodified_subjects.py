"""A subject with prepositional phrases after its head ('A column in the national Asahi
newspaper attacked the comment', 'Few on either side of the debate think ...'): the head is the
speaker however long the phrases, and words with a verb or a clause word between subject and
cue are no such phrases. Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.postmodifiers import modifies_subject
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str]]:
    return [
        (f.text, text[f.speaker_span.start : f.speaker_span.end])
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span is not None
    ]


def gap(text: str, subject: str, cue: str) -> bool:
    start = text.index(subject) + len(subject)
    at = text.index(cue, start)
    return modifies_subject(text, Span(text.index(subject), start), Span(at, at + len(cue)))


def test_a_column_in_a_newspaper_is_the_speaker() -> None:
    text = "A popular column in the national Asahi newspaper attacked the ferry plan."
    assert found(text) == [("the ferry plan", "A popular column")]


def test_a_share_on_either_side_of_a_debate_is_the_speaker() -> None:
    text = "Few on either side of the debate think the levy will ever take effect."
    assert found(text) == [("the levy will ever take effect", "Few")]


def test_an_estimate_by_a_committee_is_the_speaker() -> None:
    text = (
        "A 2014 estimate by the council's budget office on taxes projected that fares would rise."
    )
    assert found(text) == [("fares would rise", "A 2014 estimate")]


def test_a_verb_between_makes_a_clause_of_its_own() -> None:
    assert not gap("Lee in 2010 wrote a book that said fares would rise.", "Lee", "said")
    assert not gap("The head of the board who was elected said it.", "The head", "said")
    assert not gap("Voters in the towns visited by Lee said so.", "Voters", "said")


def test_a_mark_or_no_preposition_first_is_no_phrase() -> None:
    assert not gap("Lee, the head of the board, said it.", "Lee", "said")
    assert not gap("Lee and the rest of the board said it.", "Lee", "said")


WORDS = st.sampled_from("the a national city board of ferry council Leeds on in".split())
NOUNS = st.sampled_from("board ferry council Leeds towns".split())


@given(st.lists(WORDS, max_size=9), NOUNS, st.sampled_from(["of", "in", "on", "by", "across"]))
def test_noun_phrase_chains_after_a_preposition_modify_the_subject(
    words: list[str], noun: str, preposition: str
) -> None:
    phrase = " ".join([preposition, *words, noun])
    text = f"The head {phrase} said fares would rise."
    said = text.index(" said") + 1
    assert modifies_subject(text, Span(0, len("The head")), Span(said, said + 4))


def test_a_cue_inside_the_phrase_is_no_verb_of_the_clause() -> None:
    assert not gap(
        "A protest in Leeds against the alleged fraud drew crowds.", "A protest", "alleged"
    )
    assert not gap("Scans from across the city showing the damage spread.", "Scans", "showing")
    assert not gap("Many of the towns she is advising are short of staff.", "Many", "advising")
