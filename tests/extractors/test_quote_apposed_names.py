"""A name set off beside a description speaks, whatever the description holds (issue 15):
'Jeff Bechdel, chairman of America Rising (a PAC), tweeted' is Jeff Bechdel, not the body;
'one study leader, Peter Horby of the University of Oxford, said' is Peter Horby; 'said Credit
Suisse CEO, Oswald Grubel,' is Oswald Grubel. Lists and a name that is the description's own
object stay as they were."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor

_QUOTE = '"We will win this,"'


def speaker_mentions(text: str) -> list[str | None]:
    """The words each quote's speaker was read from: the name, not the body after it."""
    found = QuoteExtractor().extract(Document(text))
    return [
        None if q.speaker_span is None else text[q.speaker_span.start : q.speaker_span.end]
        for q in found
    ]


def test_a_role_without_a_determiner_after_the_name() -> None:
    text = f"{_QUOTE} Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted."
    assert speakers(text) == ["Jeff Bechdel"]


def test_a_title_in_capitals_after_the_name() -> None:
    text = f"{_QUOTE} Ramon Diaz, Chairman of the Presidential Commission on Good Government told."
    assert speaker_mentions(text) == ["Ramon Diaz"]


def test_where_they_work_after_the_name() -> None:
    text = f"{_QUOTE} Jeffrey Miller, of Miller Tabak Hirsch and Co said."
    assert speaker_mentions(text) == ["Jeffrey Miller"]


def test_a_relative_clause_of_what_they_are() -> None:
    text = f"{_QUOTE} Katie Packer, who is chairman of Our Principles Pac said in a statement."
    assert speakers(text) == ["Katie Packer"]


def test_an_initial_in_the_name() -> None:
    text = f"{_QUOTE} Justice Stephen G. Breyer, a Clinton appointee told reporters."
    assert speakers(text) == ["Stephen G Breyer"]


def test_a_name_with_where_they_work_set_off_after_a_description() -> None:
    text = f"{_QUOTE} one study leader, Peter Horby of the University of Oxford, said."
    assert speakers(text) == ["Peter Horby"]


def test_after_the_cue_a_name_with_where_they_work() -> None:
    text = f"{_QUOTE} said one study leader, Peter Horby of the University of Oxford."
    assert speakers(text) == ["Peter Horby"]


def test_a_role_in_capitals_before_the_name() -> None:
    text = f"{_QUOTE} said Credit Suisse CEO, Oswald Grubel, commenting on the results."
    assert speakers(text) == ["Oswald Grubel"]


def test_a_description_with_whom_it_serves_before_the_name() -> None:
    text = f"{_QUOTE} said the mayor of Chicago, Rahm Emanuel."
    assert speakers(text) == ["Rahm Emanuel"]


def test_a_later_role_finds_the_name() -> None:
    text = (
        f"{_QUOTE} Jeff Bechdel, chairman of America Rising (a Republican PAC), tweeted. "
        '"It is over," the chairman said.'
    )
    assert speakers(text) == ["Jeff Bechdel", "Jeff Bechdel"]


def test_a_list_of_names_is_no_description() -> None:
    text = (
        "Sens. Mike Lee of Utah, Thom Tillis of North Carolina and others were talking, "
        'saying "We will win this."'
    )
    assert speaker_mentions(text) == ["Mike Lee of Utah"]


def test_a_name_that_is_the_descriptions_object_stays_described() -> None:
    text = f"{_QUOTE} a lawyer for Smith said."
    assert speakers(text) == ["a lawyer for Smith"]


@given(
    name=st.sampled_from(["Ann Lee", "Peter Horby", "Jeff Bechdel", "Maria Gonzalez"]),
    role=st.sampled_from(["chairman", "spokesman", "director", "president", "Chairman"]),
    body=st.sampled_from(["America Rising", "the Hudson Institute", "Errata Security"]),
    aside=st.sampled_from(["", " (a research group)"]),
    cue=st.sampled_from(["said", "told reporters", "tweeted"]),
)
def test_any_name_before_an_unclosed_role_of_a_body_speaks(
    name: str, role: str, body: str, aside: str, cue: str
) -> None:
    text = f"{_QUOTE} {name}, {role} of {body}{aside} {cue}."
    assert speakers(text) == [name]
