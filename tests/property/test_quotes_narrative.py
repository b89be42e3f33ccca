"""Properties of a pronoun credited with a quote after the story has turned to someone else: a
narrative 'he' or 'she' between two quotes hands the second quote to the person it stands for,
as does a sentence whose subject is that person, even after an adverb ('Nevertheless,') or a
role ('Rockets owner'); without either, the last speaker keeps the floor. Something of hers or
his ('Her thread continued: "..."') speaks for its owner, and a document from a body ('a
statement from the royal palace') for the body."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor
from newsparse.extractors.quotes.names import SpeakerTracker
from newsparse.span import Span

MEN = ["David", "Kevin", "Mark", "Thomas", "Carlos", "Ahmed"]
WOMEN = ["Nancy", "Maria", "Sarah", "Patricia", "Emily", "Linda"]
SURNAMES = ["Petrova", "Marsh", "Okafor", "Lindqvist", "Haddad", "Brennan", "Castillo"]
#: How the story brings the second person in, outside any subject's place or in it.
INTRODUCTIONS = [
    "The audience also listened to {name}, who has worked at the clinic for years.",
    "The hearing then turned to {name}.",
    "While {name} has kept a low profile, {pronoun} agreed to stay on.",
    "Later in the day reporters caught up with {name} outside the court.",
]
#: What the story says the person did, with the narrative pronoun as its subject.
DEEDS = [
    "{pronoun} spoke of the victims.",
    "{pronoun} had the task of marking the striker.",
    "{pronoun} recently revealed that the plan had changed.",
    "{pronoun} was asked about the vote.",
]
WORDS = st.lists(st.sampled_from(["we", "will", "not", "give", "up", "the", "fight"]), min_size=2)


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


def two_people(
    female: bool, first: tuple[int, str], second: tuple[int, str], middle: str, words: list[str]
) -> tuple[str, str, str]:
    """A first speaker quoted by surname, ``middle`` (which may name the second person as
    {name}, with the pronoun as {pronoun}), then a quote credited to a pronoun: the story, the
    first speaker's full name and the second's."""
    assume(first[1] != second[1])
    names = WOMEN if female else MEN
    pronoun = "she" if female else "he"
    speaker, other = f"{names[first[0]]} {first[1]}", f"{names[second[0]]} {second[1]}"
    quoted = " ".join(words).capitalize()
    text = (
        f'{speaker} opened the session. "{quoted}," {first[1]} said.\n\n'
        f"{middle.format(name=other, pronoun=pronoun, Pronoun=pronoun.capitalize())}\n\n"
        f'"{quoted} again," {pronoun} said.'
    )
    return text, speaker, other


@given(
    female=st.booleans(),
    first=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    second=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    introduction=st.sampled_from(INTRODUCTIONS),
    deed=st.sampled_from(DEEDS),
    words=WORDS,
)
def test_a_narrative_pronoun_hands_the_quote_to_whom_it_stands_for(
    female: bool,
    first: tuple[int, str],
    second: tuple[int, str],
    introduction: str,
    deed: str,
    words: list[str],
) -> None:
    middle = f"{introduction} {deed.replace('{pronoun}', '{Pronoun}')}"
    text, speaker, other = two_people(female, first, second, middle, words)
    assert speakers(text) == [speaker, other]


@given(
    female=st.booleans(),
    first=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    second=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    introduction=st.sampled_from(INTRODUCTIONS[1:2] + INTRODUCTIONS[3:]),
    words=WORDS,
)
def test_without_a_narrative_pronoun_the_last_speaker_keeps_the_floor(
    female: bool,
    first: tuple[int, str],
    second: tuple[int, str],
    introduction: str,
    words: list[str],
) -> None:
    text, speaker, _ = two_people(
        female, first, second, f"{introduction} The room was full.", words
    )
    assert speakers(text) == [speaker, speaker]


@given(
    female=st.booleans(),
    first=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    second=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    adverb=st.sampled_from(["", "Nevertheless, ", "Separately, ", "Additionally, ", "Still, "]),
    role=st.sampled_from(["", "Houston Rockets owner ", "Apex founder ", "Senate candidate "]),
    words=WORDS,
)
def test_a_subject_after_an_adverb_or_a_role_takes_the_next_pronoun(
    female: bool,
    first: tuple[int, str],
    second: tuple[int, str],
    adverb: str,
    role: str,
    words: list[str],
) -> None:
    middle = f"{adverb}{role}{{name}} repeated the call for a recount."
    text, speaker, other = two_people(female, first, second, middle, words)
    assert speakers(text) == [speaker, other]


@given(
    female=st.booleans(),
    person=st.tuples(st.integers(0, 5), st.sampled_from(SURNAMES)),
    thing=st.sampled_from(["thread", "answer", "verdict", "message", "first post"]),
    verb=st.sampled_from(["continued", "read", "said", "added"]),
    words=WORDS,
)
def test_something_of_hers_or_his_speaks_for_its_owner(
    female: bool, person: tuple[int, str], thing: str, verb: str, words: list[str]
) -> None:
    names = WOMEN if female else MEN
    owner = f"{names[person[0]]} {person[1]}"
    quoted = " ".join(words).capitalize()
    text = (
        f"{owner} went online on Sunday to answer the critics.\n\n"
        f'{"Her" if female else "His"} {thing} {verb}: "{quoted}."'
    )
    assert speakers(text) == [owner]


@given(
    lead=st.sampled_from(["a", "a brief", "an unsigned"]),
    document=st.sampled_from(["statement", "report", "letter"]),
    issuer=st.sampled_from(["the royal palace", "the defence ministry", "the Interior Ministry"]),
    attribution=st.sampled_from(
        ["said {}.", "{} said.", "{} read.", "said {}, read out on television."]
    ),
    words=WORDS,
)
def test_a_document_from_a_body_speaks_for_the_body(
    lead: str, document: str, issuer: str, attribution: str, words: list[str]
) -> None:
    quoted = " ".join(words).capitalize()
    text = (
        "The cabinet met on Monday.\n\n"
        f'"{quoted}," {attribution.format(f"{lead} {document} from {issuer}")}'
    )
    named = issuer.removeprefix("the ")  # a name is given without 'the', a description with
    assert speakers(text) == [named if named[:1].isupper() else issuer]


def resolved(text: str, mention: str) -> str | None:
    """What the speaker tracker makes of the last ``mention`` in ``text``."""
    start = text.rindex(mention)
    return SpeakerTracker(text).resolve(Span(start, start + len(mention)))


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (  # a person of his is someone else, whose words are theirs
            "Shigeru Taki was freed on Monday. His wife travelled to Lima.",
            "His wife travelled",
            "His wife travelled",
        ),
        (  # a place is no one whose plan it could be
            "The campaign moved to New Hampshire. His team expects a close race.",
            "His team",
            "His team",
        ),
        (  # the issuer's name ends where the next sentence opens
            "The filing was made in a press release by Judicial Watch. The judge agreed.",
            "a press release",
            "Judicial Watch",
        ),
    ],
)
def test_what_an_owner_or_an_issuer_is_not(text: str, mention: str, expected: str) -> None:
    assert resolved(text, mention) == expected
