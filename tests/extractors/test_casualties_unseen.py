"""Casualty error classes found on unseen news (issue 14): each test states one class in our own
words, and each fails without the rule that reads it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from lemminflect import getLemma

from newsparse._data.casualty_words import COUNTED_SINGULAR, VICTIMS_PLURAL
from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.people import is_person, is_victim
from newsparse.extractors.casualties.totals import document_figures
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.text, f.kind, f.count) for f in items if not f.inferred]


# Plurals of the victim table whose singular names no one by itself, or is written otherwise.
_GROUP_PLURALS = frozenset(
    {"others", "troops", "forces", "americans", "schoolchildren", "nationals"}
)
_SINGULARS = sorted(
    getLemma(plural, "NOUN")[0]
    for plural in VICTIMS_PLURAL
    if plural not in _GROUP_PLURALS and getLemma(plural, "NOUN")[0] != plural
)


# A person the victim table names in the plural is a person in the singular too: "one hostage
# who died", "an individual was arrested", "the aide was killed".
@given(st.sampled_from(_SINGULARS), st.sampled_from(["was killed", "died", "was arrested"]))
def test_the_singular_of_every_listed_plural_is_a_person(singular: str, harm: str) -> None:
    text = f"Officials said one {singular} {harm} on Monday."
    kind = "arrested" if harm == "was arrested" else "killed"
    assert found(text) == [(f"one {singular} {harm}", kind, 1)]


def test_nouns_read_for_counts_are_people_a_quote_speaker_may_be() -> None:
    assert all(is_victim(word) and is_person(word) for word in COUNTED_SINGULAR)


def test_a_hostage_an_aide_and_an_individual_are_people() -> None:
    assert found("The aide was killed by troops earlier this year.") == [
        ("The aide was killed", "killed", 1)
    ]
    assert found("Police said an individual was arrested in the case.") == [
        ("an individual was arrested", "arrested", 1)
    ]
    assert found("He paid tribute to two soldiers and one hostage who died in the raid.")[:2] == [
        ("two soldiers", "killed", 2),
        ("one hostage who died", "killed", 1),
    ]


_SYLLABLES = ["ka", "le", "mo", "ri", "sa", "tu", "ne", "vi", "do", "ba"]
_NAMES = st.lists(st.sampled_from(_SYLLABLES), min_size=2, max_size=3).map(
    lambda parts: "".join(parts).capitalize()
)


# "His death", "her death" tell no cause: they are a killing where the story tells a named person
# killed by a harm, and nothing where it only tells that someone died.
@given(
    _NAMES,
    _NAMES,
    st.sampled_from(["was killed", "was shot dead", "was stabbed to death", "was murdered"]),
    st.sampled_from(["His", "Her"]),
)
def test_a_pronouns_death_is_the_killing_the_story_tells(
    given_name: str, surname: str, harm: str, pronoun: str
) -> None:
    text = f"{given_name} {surname} {harm} on Friday. {pronoun} death shocked the town."
    assert (f"{pronoun} death", "killed", 1) in found(text)
    untold = f"{given_name} {surname} died on Friday. {pronoun} death shocked the town."
    assert (f"{pronoun} death", "killed", 1) not in found(untold)


def test_a_death_wished_for_is_no_killing() -> None:
    text = "Mara Kelso was killed on Friday. Protesters had been praying for his death."
    assert found(text) == [("Mara Kelso was killed", "killed", 1)]


def test_an_execution_is_a_killing() -> None:
    assert found("A Saudi man was beheaded by the sword on Tuesday.") == [
        ("A Saudi man was beheaded", "killed", 1)
    ]
    text = (
        "Rights groups condemned the hanging of Saddam Hussein. Nothing can justify his execution."
    )
    assert found(text) == [
        ("hanging of Saddam Hussein", "killed", 1),
        ("his execution", "killed", 1),
    ]


_STATES = st.sampled_from(
    [
        ("killed", "killed"),
        ("injured", "injured"),
        ("in custody", "arrested"),
        ("detained", "arrested"),
    ]
)


# A tally told by "the number of" people in a state counts them, whether the count comes after
# ("brought the number of soldiers killed on Tuesday to seven") or before ("brought to nine the
# number of people in custody"); a tally over a period adds up events and is no mention.
@given(st.integers(2, 999), _STATES, st.booleans())
def test_the_number_of_people_in_a_state_is_a_tally(
    count: int, state: tuple[str, str], count_first: bool
) -> None:
    words, kind = state
    if count_first:
        told = f"{count} the number of people {words}"
        text = f"The latest raid brought to {told} in the province."
    else:
        told = f"number of people {words} on Tuesday to {count}"
        text = f"The latest raid brought the {told}."
    assert (told, kind, count) in found(text)
    over_a_period = f"The attacks brought to {count} the number of people {words} since Monday."
    assert found(over_a_period) == []


_NO_HARM = st.sampled_from(
    [("injuries", "injured"), ("injury", "injured"), ("deaths", "killed"), ("arrests", "arrested")]
)
_NO_HARM_FRAMES = st.sampled_from(
    [
        "There have been no {harm} in the case so far.",
        "The rocket hit a field, causing no damage or {harm}.",
        "Police said no {harm} were reported after the blast.",
        "Officials reported no {harm}.",
    ]
)


# "No injuries", "no arrests": a harm noun after "no" is a count of zero, however the sentence
# around it runs; a word that makes the noun a modifier ("no arrest warrants") is not.
@given(_NO_HARM, _NO_HARM_FRAMES)
def test_no_and_a_harm_noun_count_zero(harm: tuple[str, str], frame: str) -> None:
    noun, kind = harm
    text = frame.format(harm=noun)
    ((words, found_kind, count),) = found(text)
    assert (words.split()[-1], found_kind, count) == (noun, kind, 0)
    assert found("Officials said there were no arrest warrants.") == []


_GROUPS = st.sampled_from(["soldiers", "civilians", "women", "children", "police officers"])


# A list's groups are each a mention; their sum is written nowhere, so it is no mention of its
# own (an extra finding on the shared harm words was a false one), yet the story's figure is
# still the sum.
@given(st.integers(2, 99), _GROUPS, st.integers(2, 99), _GROUPS, st.booleans())
def test_a_lists_sum_is_the_figure_but_no_mention(
    first: int, these: str, second: int, those: str, harm_first: bool
) -> None:
    if harm_first:
        text = f"The blast killed {first} {these} and {second} {those} on Monday."
        told = [
            (f"killed {first} {these}", "killed", first),
            (f"killed {first} {these} and {second} {those}", "killed", second),
        ]
    else:
        text = f"{first} {these} and {second} {those} were killed on Monday."
        told = [
            (f"{first} {these} and {second} {those} were killed", "killed", first),
            (f"{second} {those} were killed", "killed", second),
        ]
    findings = list(EXTRACTOR.extract(Document(text)))
    assert [(f.text, f.kind, f.count) for f in findings] == told
    assert document_figures(findings, text)["killed"] == first + second


def test_a_long_conjoined_subject_gives_each_group_alone() -> None:
    text = "Some 20 border guards and four drivers on the convoy were killed."
    findings = list(EXTRACTOR.extract(Document(text)))
    assert [(f.text, f.count) for f in findings] == [
        ("Some 20 border guards and four drivers on the convoy were killed", 20),
        ("four drivers on the convoy were killed", 4),
    ]
    assert document_figures(findings, text) == {"killed": 24}


_DASHES = st.sampled_from([" -- {} -- ", " - {} - ", " — {} — ", " – {} – "])
_ASIDES = st.sampled_from(["including a teenager", "one Arab, one Sudanese", "mostly civilians"])


# An aside between dashes may stand between the people and their harm as an aside between commas
# does, and may hold commas of its own; its "including" part takes the kind of the harm after it.
@given(st.integers(2, 99), _DASHES, _ASIDES, st.sampled_from(["were killed", "died", "injured"]))
def test_an_aside_between_dashes_keeps_the_people_and_their_harm(
    count: int, dashes: str, aside: str, harm: str
) -> None:
    told = f"{count} other people{dashes.format(aside)}{harm}"
    text = f"Witnesses said {told} on Monday."
    kind = "injured" if harm == "injured" else "killed"
    assert (told, kind, count) in found(text)
    if aside.startswith("including"):
        assert (aside, kind, 1) in found(text)


def test_a_number_is_no_modifier_of_the_count_before_it() -> None:
    text = "WAVY 11 Two men - including a high school senior - are dead after the shooting."
    assert ("Two men - including a high school senior - are dead", "killed", 2) in found(text)
    assert all(count != 11 for _, _, count in found(text))


# A count in digits with a scale word is read whole: "1.1 million" is 1,100,000 and "12 million"
# is no count of one million (nor of nothing).
@given(
    st.integers(1, 999),
    st.sampled_from(["", ".5", ".25"]),
    st.sampled_from([("thousand", 1000), ("million", 1_000_000)]),
)
def test_digits_with_a_scale_word_are_one_count(
    whole: int, fraction: str, scale: tuple[str, int]
) -> None:
    word, factor = scale
    text = f"Officials said an estimated {whole}{fraction} {word} people were killed in the war."
    expected = round(float(f"{whole}{fraction}") * factor)
    told = f"an estimated {whole}{fraction} {word} people were killed"
    assert found(text) == [(told, "killed", expected)]
    assert found(f"The fund paid ${whole}{fraction} {word} to the families.") == []


# "N of them" after a comma is a part of the count told just before it, of the same harm: "107
# soldiers were killed, more than 30 of them in a crash"; where it has a verb of its own ("two of
# them were killed") the subject rule reads it, once.
@given(
    st.integers(20, 999),
    st.integers(2, 19),
    st.sampled_from([("were killed", "killed"), ("were injured", "injured"), ("died", "killed")]),
    st.sampled_from(["in a helicopter crash", "Americans", "children"]),
)
def test_n_of_them_after_a_comma_is_a_part_of_the_count_before(
    whole: int, part: int, harm: tuple[str, str], rest: str
) -> None:
    words, kind = harm
    text = f"Officials said {whole} people {words}, {part} of them {rest}, on Monday."
    items = list(EXTRACTOR.extract(Document(text)))
    assert [(f.text, f.kind, f.count, f.subset) for f in items] == [
        (f"{whole} people {words}", kind, whole, False),
        (f"{part} of them", kind, part, True),
    ]
    again = f"Officials said {whole} people were shot, {part} of them were killed."
    assert [f.count for f in EXTRACTOR.extract(Document(again)) if f.kind == "killed"] == [part]
