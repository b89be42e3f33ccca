"""An object pronoun is the speaker where the words quoted are given as theirs: 'The Guardian
quoted her as saying', 'according to them'; it stands for whom its subject form would (issue
15). An owner ('her family says') or an object beside the speaker ('Those close to him say')
is not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.document import Document
from newsparse.extractors.quotes.reported import ReportedSpeechExtractor

PEOPLE = [("him", "Tom Reyes"), ("her", "Ann Gray")]


def test_quoted_her_as_saying_is_the_woman_named_before() -> None:
    text = (
        "Ingrid Loyau-Kennett, 48, stayed with the victim until police came.\n\n"
        '"I asked him why he had done what he had done," The Guardian quoted her as saying.'
    )
    assert speakers(text) == ["Ingrid Loyau-Kennett"]


@given(st.sampled_from(PEOPLE), st.sampled_from(["The Guardian", "Reuters", "the paper"]))
def test_an_object_pronoun_quoted_as_saying_speaks(person: tuple[str, str], outlet: str) -> None:
    pronoun, name = person
    text = f'{name} stayed on the bus.\n\n"It was terrible," {outlet} quoted {pronoun} as saying.'
    assert speakers(text) == [name]


def test_according_to_them_is_the_group_before() -> None:
    text = (
        "Police officials said Dar was taken to the sites.\n\nAccording to them, Dar was arrested."
    )
    found = ReportedSpeechExtractor().extract(Document(text))
    assert [finding.speaker for finding in found][-1] == "Police officials"


def test_an_owner_is_not_the_speaker() -> None:
    text = 'Nyeshia Haymore was at home.\n\nShe was "kind," her family told local media.'
    assert speakers(text) != ["Nyeshia Haymore"]
