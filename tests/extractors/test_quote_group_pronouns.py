"""Whom 'they' means after a sentence that opens on a group of people (issue 15): the group a
sentence between the last speaker and the pronoun opens on, described ('The participants',
'Analysts at UBS') or named together ('Alan Simpson and Erskine Bowles'), or the group the last
speaker read is one of; not the subject of the words a pronoun after them reports ('Some
producers are in no hurry ..., they said'), a surname ending in -s ('Sanders'), a line broken
inside a sentence, nor for 'we'."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.group_subjects import group_opening


def test_they_is_the_group_the_sentence_before_opens_on() -> None:
    text = (
        "The participants agreed that reform had worked. "
        'They called the change "a major task for the economic reform."'
    )
    assert speakers(text) == ["The participants"]


def test_they_is_the_group_the_last_speaker_read_belongs_to() -> None:
    text = (
        "Analysts at UBS said in a note they expect the space economy to grow.\n\n"
        '"Space tourism likely to be a common reality," they said.'
    )
    assert speakers(text) == ["Analysts at UBS"]


def test_they_is_people_named_together_whatever_the_aside() -> None:
    text = (
        "Alan Simpson and Erskine Bowles, who for years have been urging Washington to act, "
        "got in front of the president on Tuesday.\n\n"
        '"Our debt is on an unsustainable path," they said in a statement.'
    )
    assert speakers(text) == ["Alan Simpson and Erskine Bowles"]


def test_they_is_the_group_a_clause_of_time_opens_on() -> None:
    text = 'When police arrived, they said the house was "a scene of horror."'
    assert speakers(text) == ["police"]


def test_the_words_a_pronoun_reports_are_not_who_reports_them() -> None:
    text = (
        "Coffee talks stalled, producer delegates said.\n"
        "    Some producers are in no hurry to see quotas restored, despite the\n"
        "price collapse, they said.\n"
        '    "It is too early," they added.'
    )
    assert speakers(text) == ["producer delegates"]


def test_a_line_broken_inside_a_sentence_opens_no_group() -> None:
    text = (
        "Other analysts speculated the managements of\n"
        "Piedmont and USAir would not tolerate him as head.\n"
        '"It is a way out for him," they said.'
    )
    assert speakers(text) != ["Piedmont and USAir"]


def test_a_surname_ending_in_s_is_no_group() -> None:
    text = (
        "Bernie Sanders spoke first. Clinton answered him.\n\n"
        "Instead, Sanders arrived reenergized after his victory in Michigan.\n\n"
        '"We argued over health care," they said.'
    )
    assert speakers(text) != ["Sanders"]


def test_we_takes_no_group_a_sentence_opens_on() -> None:
    text = (
        "Officials said the plan would pass.\n\n"
        "The doctors diagnosed a condition in the 19th century.\n\n"
        "There is a lot we still don't know about the outbreak."
    )
    found = list(ReportedSpeechExtractor().extract(Document(text)))
    assert all(item.speaker != "The doctors" for item in found)


def test_a_verb_before_the_people_opens_no_group() -> None:
    for text in ("Trump tells supporters to vote.", "Police arrested three suspects."):
        group = group_opening(text, 0, len(text))
        assert group is None or text[group.phrase.start : group.phrase.end] == "Police"


@given(
    lead=st.sampled_from(["The", "Some", "Many", "Three", "Other", ""]),
    modifier=st.sampled_from(["", "senior ", "local ", "foreign "]),
    head=st.sampled_from(["officials", "analysts", "residents", "experts", "diplomats"]),
    verb=st.sampled_from(["agreed", "met on Monday", "warned against the plan"]),
)
def test_they_is_any_group_a_sentence_opens_on(
    lead: str, modifier: str, head: str, verb: str
) -> None:
    group = f"{lead} {modifier}{head}".strip()
    group = group[:1].upper() + group[1:]
    text = f'{group} {verb}.\n\nThey called it "a step back for the region."'
    assert speakers(text) == [group]


@given(
    first=st.sampled_from(["Michael Baden", "Ann Lee", "Carlos Castillo"]),
    second=st.sampled_from(["Allecia Wilson", "Olga Marsh", "Ahmed Haddad"]),
    aside=st.sampled_from(["", ", who spoke first,"]),
)
def test_they_is_any_two_people_named_together(first: str, second: str, aside: str) -> None:
    text = f'{first} and {second}{aside} performed the autopsy. "It was compression," they said.'
    assert speakers(text) == [f"{first} and {second}"]


def test_they_is_a_group_capitalised_words_qualify() -> None:
    text = 'Senate Democrats blocked the bill because they said it was "a poison pill."'
    assert speakers(text) == ["Senate Democrats"]


def test_a_title_or_a_first_name_before_a_plural_makes_no_group() -> None:
    for text in ("Mr. Sanders has done the work.", "Roger Waters said it twice."):
        assert group_opening(text, 0, len(text)) is None


@given(
    qualifier=st.sampled_from(["Senate", "House", "State", "Huntsville"]),
    head=st.sampled_from(["Democrats", "Republicans", "Kurds", "Police", "Officials"]),
)
def test_they_is_any_group_capitalised_words_qualify(qualifier: str, head: str) -> None:
    text = f'{qualifier} {head} met on Monday.\n\nThey called it "a step back for the region."'
    assert speakers(text) == [f"{qualifier} {head}"]
