"""Properties of the quote-speaker error classes pool-g showed on news nobody tuned to (issue
15): a description any body may take ('the panel', 'the agency') is the body in view, a name
whose gender only the narrative's own pronoun tells takes that gender, and a bare plural of
people opens its sentence as the subject. Single stories of these classes, and of the
'commented' cue, are rows of test_quote_speaker_names.py."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor

#: Given names the name table does not know, so only the text can tell their gender.
UNKNOWN_GIVEN = ["Aljabar", "Tavoren", "Okwudili", "Zoltar", "Imrahil"]
SURNAMES = ["Mammah", "Petrova", "Okafor", "Lindqvist", "Haddad"]
BODIES = [
    "The Senate Intelligence Committee",
    "The Congressional Budget Office",
    "The Federal Trade Commission",
    "The Environmental Protection Agency",
]
PEOPLE = ["officers", "residents", "investigators", "firefighters", "soldiers"]


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


@given(
    st.sampled_from(BODIES), st.sampled_from(["the panel", "the agency", "the bipartisan agency"])
)
def test_a_description_any_body_takes_is_the_body_in_view(body: str, description: str) -> None:
    text = (
        f"{body} released its annual report on Monday.\n\n"
        f'"We found no reason to change the rules this year," {description} said.'
    )
    assert speakers(text) == [body.removeprefix("The ")]


@given(
    st.sampled_from(UNKNOWN_GIVEN),
    st.sampled_from(SURNAMES),
    st.sampled_from([("he", "his"), ("she", "her")]),
)
def test_a_narrative_pronoun_tells_the_gender_of_its_subject(
    given_name: str, surname: str, pronouns: tuple[str, str]
) -> None:
    pronoun, possessive = pronouns
    other = "Mayor Anne Carter" if pronoun == "she" else "Mayor John Carter"
    text = (
        f'"We will rebuild the town," said {other}.\n\n'
        f"In Maipon, {given_name} {surname} wept as {pronoun} dug through the soil where "
        f"{possessive} home once stood.\n\n"
        f'"Nobody had time to react," {pronoun} told reporters.'
    )
    assert speakers(text)[-1] == f"{given_name} {surname}"


@given(st.sampled_from(PEOPLE), st.sampled_from(["Outside the court", "After the attack"]))
def test_a_bare_plural_of_people_opens_the_sentence_as_its_subject(
    people: str, opener: str
) -> None:
    text = (
        f"{opener}, {people} searched a parking garage and a lawn, and said they had "
        'recovered a "number of items."'
    )
    assert speakers(text) == [people]
