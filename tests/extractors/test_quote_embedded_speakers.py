"""Quoted words set inside a clause whose subject speaks (issue 15): the subject of the verb that
governs the quote is the speaker, read past an opening clause's closing asides ('Speaking in
Salem, New Hampshire, Trump ...'), whether the verb is a participle opening the sentence ('After
predicting "good results" ..., Kim said'), a progressive ('what NASA is calling', 'Cruz is
praising Bush as "..."': its 'is' is no passive's), a
participle right after a name ('Among the insults was Trump calling Bloomberg a "loser"'), a verb joined
to a subject after a day ('On Tuesday afternoon president Trump hosted ... and called'), or a
judging verb nearer the quote than a cue that names no one ('a statement that was widely
criticized, in which he had blamed "many sides"') or, by a subject of its own, someone else
('Washington demands X, a position Pyongyang has denounced as "gangster like"'). A participle
after a comma shares the main clause's subject, not the speaker of a relative clause or of a
clause opening the sentence on a subordinator before it ('While the media said ..., Choe struck
a tone, telling'). Where the speaker is ('a dealer in London
said') does not speak, nor is when ('Trump, who last month boasted', 'Ryan, the Speaker, on
Tuesday called') part of the speaker."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor

NAMES = ["Marta Okonkwo", "Henrik Salvesen", "Dolores Quintanilla", "Tobias Wrenfield"]
LEADS = ["After predicting", "While saying", "Before describing", "In describing"]
PROGRESSIVES = ["is calling", "was calling", "are calling", "were calling", "has been calling"]
PERIODS = ["last month", "earlier this week", "this year", "last week"]
#: A judging verb or a verb of saying in a progressive tense: 'is' is its auxiliary, no passive's.
PROGRESSIVE_JUDGING = [
    "is praising",
    "was praising",
    "is denouncing",
    "was blaming",
    "is lauding",
    "is labeling",
    "is pledging",
]
DAYS = ["On Tuesday afternoon", "On Monday", "On April 3", "On Friday night"]


def found(text: str) -> list[tuple[str, str | None]]:
    return [
        (quote.text.rstrip(",."), quote.speaker)
        for quote in QuoteExtractor().extract(Document(text))
    ]


EMBEDDED = [
    pytest.param(
        'After predicting "good results" from the talks, Deputy Minister Kim Gye Gwan said no'
        " date was set.",
        [("good results", "Kim Gye Gwan")],
        id="participle-opening-the-sentence",
    ),
    pytest.param(
        'While saying the mayor had only "a skeleton" of a plan, Ruth Abernathy praised the'
        " council.",
        [("a skeleton", "Ruth Abernathy")],
        id="while-participle",
    ),
    pytest.param(
        'The probe was delayed. Cassini\'s "grand finale," as NASA is calling it, starts in April.',
        [("grand finale", "NASA")],
        id="progressive-as-clause",
    ),
    pytest.param(
        'The tests went badly. The engineers were calling the system "unstable."',
        [("unstable", "The engineers")],
        id="progressive-people-noun",
    ),
    pytest.param(
        'Leila Haddad said her colleagues were calling "every five minutes."',
        [("every five minutes", "Leila Haddad")],
        id="progressive-inside-a-report-stays-the-reporter's",
    ),
    pytest.param(
        "On Tuesday afternoon Governor Ana Ruiz hosted the panel at the capitol and called the"
        ' report "a very important thing."',
        [("a very important thing", "Ana Ruiz")],
        id="day-before-the-subject",
    ),
    pytest.param(
        "Speaking at a town hall in Salem, New Hampshire, Jeb Arnaud went after his rival,"
        ' calling him "a total stiff."',
        [("a total stiff", "Jeb Arnaud")],
        id="opening-clause-ends-on-a-place-and-its-state",
    ),
    pytest.param(
        "Speaking on Monday in Concord, which votes next, Mia Lund described the plan as a"
        ' "work in progress."',
        [("work in progress", "Mia Lund")],
        id="opening-clause-ends-on-a-relative-clause",
    ),
    pytest.param(
        "Paris (AFP) – Foreign Minister Anne Delorme has criticised the plan, saying it was"
        ' "a step backwards."',
        [("a step backwards", "Anne Delorme")],
        id="dateline-in-plain-case-closed-by-an-agency",
    ),
    pytest.param(
        "The host quoted Eliza Marchetti, the billionaire investor and former city mayor who"
        ' wrote in an op-ed that the plan was "pure fantasy."',
        [("pure fantasy", "Eliza Marchetti")],
        id="relative-after-descriptions-joined-by-and",
    ),
    pytest.param(
        'The yen fell again. "The dollar is likely to test the ceiling," a dealer in London said.',
        [("The dollar is likely to test the ceiling", "a dealer")],
        id="a-person-in-a-place",
    ),
    pytest.param(
        'Gwen Ostrova, 67, a retired nurse in Leeds, said the plan was "a disgrace."',
        [("a disgrace", "Gwen Ostrova")],
        id="a-description-in-a-place-set-off-after-a-name",
    ),
    pytest.param(
        "Vera Kallas, who ran for mayor in 2004, on Tuesday praised the council for"
        ' "getting the budget done."',
        [("getting the budget done", "Vera Kallas")],
        id="a-day-after-an-aside",
    ),
    pytest.param(
        'Governor Ann Vole, who last month boasted that "jobs are booming," signed the bill.',
        [("jobs are booming", "Ann Vole")],
        id="a-period-between-a-relative-pronoun-and-its-verb",
    ),
    pytest.param(
        'Senator Rice Monday condemned the bombing as "a cowardly act."',
        [("a cowardly act", "Rice")],
        id="a-bare-day-after-a-name",
    ),
    pytest.param(
        "Both candidates blasted the league, with Ana Ortiz calling the apology"
        ' "an embarrassment" and Luis Borrego saying it was "cowardly."',
        [("an embarrassment", "Ana Ortiz"), ("cowardly", "Luis Borrego")],
        id="a-name-right-before-a-participle",
    ),
    pytest.param(
        "Senator Paul Ostrander returned to the stance of a statement that was widely"
        ' criticized, in which he had blamed "many sides."',
        [("many sides", "Paul Ostrander")],
        id="judging-verb-after-a-cue-naming-no-one",
    ),
    pytest.param(
        "Ottawa has demanded a full audit before the loans resume, a position Premier Lise Garneau"
        ' has denounced as "a fishing trip."',
        [("a fishing trip", "Lise Garneau")],
        id="judging-verb-with-its-own-subject-after-a-cue-naming-another",
    ),
    pytest.param(
        "Minister Dara Quist also criticized lawmakers who have suggested the port should be"
        ' sold, saying they should spend their time on "fixing the roads at home."',
        [("fixing the roads at home", "Dara Quist")],
        id="a-participle-after-a-relative-clause-takes-the-main-subject",
    ),
    pytest.param(
        "While the state media said the talks would go on, Vice Minister Dara Quist struck a"
        ' darker tone, telling reporters the deal "might never happen."',
        [("might never happen", "Dara Quist")],
        id="a-participle-after-an-opening-clause-takes-the-main-subject",
    ),
    pytest.param(
        "The race went on. Cruz is praising Jeb Bush, who ended his bid for the White House"
        ' Saturday, as "a man who didn\'t go to the gutter" and engage in insults.',
        [("a man who didn't go to the gutter", "Cruz")],
        id="a-progressive-judging-verb-is-no-passive",
    ),
    pytest.param(
        "The statement came. Former Arkansas Gov. Mike Huckabee, for his part, is labeling"
        ' Obama\'s actions "a blatant, belligerent abuse of power."',
        [("a blatant, belligerent abuse of power", "Mike Huckabee")],
        id="a-progressive-verb-of-saying-is-no-passive",
    ),
    pytest.param(
        'The session ran late. Ruth Abernathy was praised by the council for "getting the'
        ' budget done on time."',
        [],
        id="a-passive-judging-verb-credits-no-one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMBEDDED)
def test_embedded_quote_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@given(st.sampled_from(NAMES), st.sampled_from(LEADS))
def test_an_opening_participle_takes_the_main_subject(name: str, lead: str) -> None:
    text = f'{lead} the budget "a fair deal" on Monday, {name} left the chamber early.'
    assert found(text) == [("a fair deal", name)]


@given(st.sampled_from(NAMES), st.sampled_from(PROGRESSIVES))
def test_a_progressive_takes_its_own_subject(name: str, verb: str) -> None:
    text = f'The vote was close. {name} {verb} the bill "a disgrace" ever since.'
    assert found(text) == [("a disgrace", name)]


@given(st.sampled_from(NAMES), st.sampled_from(DAYS))
def test_a_day_before_the_subject_is_no_opening_clause(name: str, day: str) -> None:
    text = f'{day} {name} toured the plant and called the layoffs "a tragedy."'
    assert found(text) == [("a tragedy", name)]


@given(st.sampled_from(NAMES), st.sampled_from(PERIODS))
def test_a_period_before_the_verb_is_no_part_of_the_speaker(name: str, period: str) -> None:
    text = f'Councillor {name} {period} said the plan was "dead on arrival."'
    assert found(text) == [("dead on arrival", name)]


def test_the_object_of_a_preposition_is_no_participle_subject() -> None:
    text = 'The party sent a letter to Dana Whitfield saying the rules were "final."'
    assert all(speaker != "Dana Whitfield" for _, speaker in found(text))


@given(st.sampled_from(NAMES), st.sampled_from(PROGRESSIVE_JUDGING))
def test_a_progressive_judging_verb_credits_its_subject(name: str, verb: str) -> None:
    text = f'The session ran late. {name} {verb} the council for "getting the budget done on time."'
    assert found(text) == [("getting the budget done on time", name)]


#: Judging verbs in the past, each with what comes between it and the quoted words.
JUDGED = ["denounced it as", "blamed the delay on", "praised the deal as", "likened the plan to"]


@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(JUDGED))
def test_a_judging_verb_with_its_own_subject_outranks_an_earlier_cue(
    first: str, second: str, judged: str
) -> None:
    text = f'{first} said the talks had stalled, though {second} {judged} "a sad mistake."'
    assert found(text) == [("a sad mistake", second)]


SUBORDINATE_OPENINGS = [
    "While",
    "Although",
    "Though",
    "After",
    "When",
    "Because",
    "Since",
    "As",
    "If",
]


@given(st.sampled_from(NAMES), st.sampled_from(NAMES), st.sampled_from(SUBORDINATE_OPENINGS))
def test_a_participle_shares_the_main_subject_not_an_opening_clause_speaker(
    first: str, second: str, opening: str
) -> None:
    text = (
        f"{opening} {first} said the vote would pass, {second} struck a darker tone,"
        ' saying the count "might never end."'
    )
    assert found(text) == [("might never end", second)]
