"""Quote speakers of the error classes pool-g showed on news nobody tuned to (issue 15): a
body described by a word any body may take ('the panel', 'the agency'), a cue verb of
comment, a name whose gender only the narrative's own pronoun tells, and a bare plural
subject ('officers')."""

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


def test_the_panel_is_the_committee_the_story_is_about() -> None:
    text = (
        "The Senate Intelligence Committee backed the finding of the intelligence agencies.\n\n"
        '"The committee concurs with the assessment of the agencies," the panel said Tuesday.'
    )
    assert speakers(text) == ["Senate Intelligence Committee"]


def test_the_agency_is_the_body_that_spoke_before() -> None:
    text = (
        "The Congressional Budget Office studied a flu pandemic in 2005.\n\n"
        '"The options for the United States would be limited to the spread of the virus," '
        "the bipartisan agency concluded."
    )
    assert speakers(text) == ["Congressional Budget Office"]


@given(
    st.sampled_from(BODIES), st.sampled_from(["the panel", "the agency", "the bipartisan agency"])
)
def test_a_description_any_body_takes_is_the_body_in_view(body: str, description: str) -> None:
    text = (
        f"{body} released its annual report on Monday.\n\n"
        f'"We found no reason to change the rules this year," {description} said.'
    )
    assert speakers(text) == [body.removeprefix("The ")]


def test_an_agency_its_description_names_is_not_the_body_in_view() -> None:
    text = (
        "Russian prosecutors opened a corruption probe on Monday.\n\n"
        '"The former minister is accused of taking bribes," the Interfax agency said.'
    )
    assert speakers(text) == ["the Interfax agency"]


def test_a_comment_cue_names_its_speaker() -> None:
    text = (
        "Crime has risen in the state for a decade.\n\n"
        '"The system has collapsed. Nothing works," commented Uttam Sengupta, editor of the '
        "local paper."
    )
    assert speakers(text) == ["Uttam Sengupta"]


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
