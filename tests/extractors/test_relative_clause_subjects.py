"""A subject with a relative clause after it ('A man who lost his son in the attack said', 'a
super PAC that backed Mr. Rubio said'): the cue's speaker is the subject, not the object of the
clause read back from the cue; and a cue in that clause reports only up to the subject's own
cue (issue 15). Sentences written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def reported(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_the_subject_before_the_clause_speaks() -> None:
    assert speakers('The group that backed Mr. Rubio said: "We will spend more."') == ["The group"]
    assert reported("A man who lost his son in the attack said he wanted justice.") == [
        ("he wanted justice", "A man", "said")
    ]
    assert reported("Residents who fled the fighting told Reuters the town was empty.") == [
        ("the town was empty", "Residents", "told")
    ]


def test_a_subject_of_its_own_in_the_clause_is_kept() -> None:
    """A subject pronoun, one after a verb of saying, or one after 'than' opens a clause of its
    own inside the relative one: its verb is its own."""
    found = reported("A couple who said they know the family claimed Jessie often lied.")
    assert ("Jessie often lied", "A couple", "claimed") in found
    assert ("they know the family", "A couple", "said") in found
    text = "Mr. Obama, who has gotten less credit than aides say he deserves, was angry."
    assert [speaker for _, speaker, cue in reported(text) if cue == "say"] == ["aides"]


def test_a_cue_in_the_clause_reports_up_to_the_subjects_cue() -> None:
    assert reported("Voters who backed the plan said they were unhappy.") == [
        ("the plan", "Voters", "backed"),
        ("they were unhappy", "Voters", "said"),
    ]


def test_a_verb_that_is_no_cue_leaves_the_clause_whole() -> None:
    """'were divided' is not told from the reported clause's own verbs: the content is kept."""
    text = "Voters who say the economy is most important were evenly divided."
    assert reported(text) == [
        ("the economy is most important were evenly divided", "Voters", "say")
    ]


@given(
    st.sampled_from(("A man", "The official", "Residents", "A spokesman")),
    st.sampled_from(("lost", "backed", "visited", "fled", "has long opposed")),
    st.sampled_from(("his son", "the plan", "Mr. Rubio", "the town in the north")),
    st.sampled_from(("said", "told reporters", "added")),
)
def test_the_head_of_the_relative_clause_speaks(
    subject: str, verb: str, obj: str, cue: str
) -> None:
    text = f"{subject} who {verb} {obj} {cue} the talks had stalled."
    assert [speaker for _, speaker, found in reported(text) if found == cue.split()[0]] == [subject]
