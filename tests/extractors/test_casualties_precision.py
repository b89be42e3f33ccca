"""Precision rules of session 8: a death of one person told without a number counts 1
(singular.py); rates, a decade's figures and sums since a year are statistics, while each
list of single people killed "in separate attacks" is kept (periods.py); in a story about
an epidemic a death told with no cause is the epidemic's (events.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.singular import one_dead

EXTRACTOR = CasualtyExtractor()


def counts(text: str) -> list[tuple[str, int | None]]:
    """Each written finding's kind and count."""
    return [(f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


def test_a_verb_agreeing_with_one_counts_one() -> None:
    text = "Mr. Delgado was struck twice and was pronounced dead at the hospital."
    assert ("killed", 1) in counts(text)


def test_a_singular_pronoun_counts_one() -> None:
    assert counts("Investigators now believe he probably died within days.") == [("killed", 1)]


def test_a_name_after_a_kin_noun_counts_one() -> None:
    assert counts("Mr. Ortiz, whose son Mateo died in the fire, spoke on Monday.") == [
        ("killed", 1)
    ]


def test_an_article_before_a_noun_of_one_death_counts_one() -> None:
    assert counts("The town is still talking about a shooting death last spring.") == [
        ("killed", 1)
    ]


def test_a_plural_verb_leaves_the_count_open() -> None:
    assert counts("The protesters were shot dead near the square.") != [("killed", 1)]


@given(st.sampled_from(["10,000", "100,000", "capita", "a thousand"]))
def test_a_rate_is_a_statistic(per: str) -> None:
    assert counts(f"The country has four road deaths per {per} residents.") == []


def test_a_decade_is_a_period() -> None:
    assert counts("More than 900 people were killed in the city over the past decade.") == []


def test_a_sum_since_a_year_is_a_statistic() -> None:
    text = "Since 1982, a total of 23 people have been murdered in attacks on the country's soil."
    assert counts(text) == []


def test_each_person_killed_in_separate_attacks_is_kept() -> None:
    text = (
        "A nurse, a police officer and a university guard were also killed in separate attacks, "
        "officials said."
    )
    assert counts(text) == [("killed", 3)]  # people listed one by one, no figure summed
    assert counts("Six people and a guard were killed in separate attacks.") == [("killed", 1)]


def test_a_sum_over_separate_shootings_is_still_a_tally() -> None:
    assert counts("Eight people were wounded in separate shootings across the city.") == []


_EPIDEMIC = (
    "The coronavirus has spread through the state. Hospitals say the pandemic is straining "
    "staff, and the virus keeps spreading. "
)


def test_an_epidemic_story_s_bare_toll_is_the_epidemic_s() -> None:
    assert counts(_EPIDEMIC + "Texas also reported an additional 87 deaths on Tuesday.") == []


def test_an_epidemic_story_keeps_a_violent_death() -> None:
    assert ("killed", 3) in counts(_EPIDEMIC + "Three people were shot dead at a bar on Tuesday.")


_STORM = (
    "Tornadoes tore through the South on Sunday. The storms flattened homes, and the tornado "
    "that hit Seneca killed five people. Storm damage closed roads, and officers searched "
    "debris after the tornadoes. "
)


def test_an_event_story_that_mentions_the_epidemic_keeps_its_bare_deaths() -> None:
    """Issue 14: the pandemic named three times made every bare death of a tornado story the
    epidemic's; a story naming the causes of events far more often than the epidemic is the
    events'."""
    aside = "Shelters were set up despite the coronavirus pandemic and its virus precautions. "
    assert ("killed", 11) in counts(_STORM + aside + "Officials said 11 people died in Georgia.")


@given(st.integers(min_value=3, max_value=8), st.integers(min_value=0, max_value=20))
def test_an_epidemic_story_is_one_the_epidemic_outweighs(named: int, causes: int) -> None:
    """The bare toll is the epidemic's while the story names the epidemic at least as often as
    half its event causes, and an event's once the causes reach twice the epidemic."""
    text = (
        "The virus spread. " * named
        + "A storm hit. " * causes
        + "Officials reported an additional 87 deaths on Tuesday."
    )
    assert (("killed", 87) in counts(text)) == (causes >= 2 * named)


def test_a_story_naming_the_epidemic_once_keeps_its_toll() -> None:
    text = "Despite the pandemic, crowds gathered. Officials reported 12 deaths in the stampede."
    assert ("killed", 12) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The country, with a population of 90 million, witnessed 5,193 murders last year.",
        "The city recorded 312 homicides this year, police said.",
        "Some 40 killings a year are tied to the gangs.",
    ],
)
def test_a_count_of_crimes_over_a_year_is_a_statistic(text: str) -> None:
    assert [f for f in EXTRACTOR.extract(Document(text)) if f.kind == "killed"] == []


def test_a_people_counted_before_a_death_is_no_one_person() -> None:
    sentence = "It came days after dozens of Rohingya died on a boat."
    assert not one_dead(sentence, sentence.index("died"), "died")
    sentence = "Police said Meadow died in the attack."
    assert one_dead(sentence, sentence.index("died"), "died")


@given(
    st.sampled_from(["dozens of", "hundreds of", "40", "more than 300", "about 1,200"]),
    st.sampled_from(["Rohingya", "Yazidis", "Hazaras", "Uyghurs"]),
    st.sampled_from(["died", "were shot dead", "have died"]),
)
def test_a_people_no_table_names_keeps_its_count(count: str, people: str, death: str) -> None:
    """Issue 14: "dozens of Rohingya died" was read as one death by the story's uncounted
    fallback; the count before the people's name is theirs."""
    text = f"Security forces opened fire and {count} {people} {death} on the road."
    told = [f for f in EXTRACTOR.extract(Document(text)) if f.kind == "killed"]
    assert [f.text for f in told] == [f"{count} {people} {death}"]
    assert all(f.count != 1 for f in told)


def test_a_year_before_a_people_is_no_count() -> None:
    text = "Security forces opened fire and in 2017 Rohingya died on the road."
    assert [f.count for f in EXTRACTOR.extract(Document(text)) if f.kind == "killed"] != [2017]
