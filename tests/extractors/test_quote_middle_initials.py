"""A middle initial ('John F. Kerry') is a person's, not an acronym's: the sentence such a name
opens on is about that person for a later 'he' (issue 15). And a pronoun inside what the last
speaker's own sentence reports ('He said Bush was ... telling them he was') is no sign the
story turned to someone else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

KERRY = (
    '"We have no doubt about it," Secretary of State John {initial}. Kerry said on Monday.\n\n'
    '"They will not even define the enemy," Rep. Michael T. McCaul, Texas Republican, told '
    "CBS.\n\n"
    "Pivoting to Ukraine's conflict, Republican senators told the administration to arm the "
    "Kiev government.\n\n"
    "As attempts at a truce falter, Mr. Kerry would not divulge what items would be provided.\n\n"
    '"But I have no doubt that additional assistance will be going to Ukraine," he said.'
)


def test_a_name_with_a_middle_initial_is_the_subject_a_pronoun_means() -> None:
    """'Mr. Kerry would not divulge ...' after 'John F. Kerry' is about him: 'he said' is
    Kerry's, not the last speaker's, Michael T. McCaul."""
    assert speakers(KERRY.format(initial="F"))[-1] == "John F Kerry"


@given(st.sampled_from("BCDEFGHJKLMNOPRSTW"))  # not "A", which reads as the article
def test_any_middle_initial_is_a_persons(initial: str) -> None:
    """Whatever the initial, the subject named with it is whom 'he' means."""
    assert speakers(KERRY.format(initial=initial))[-1] == f"John {initial} Kerry"


def test_a_pronoun_in_what_the_speaker_reports_is_not_the_story_turning() -> None:
    """'He said US President George Bush was deceiving Americans by telling them he was
    going after terrorists. He also said ...': 'he' in the reported clause is Bush, yet the
    sentence is still about the speaker, who says the next quote too."""
    text = (
        '"If we are hit in our countries, we will not stop striking you," Zawahiri said in the '
        "video.\n\n"
        "He said US President George Bush was deceiving Americans by telling them he was "
        "going after terrorists in Afghanistan.\n\n"
        'He also said the United States will ultimately talk with "the real forces" in the '
        "Islamic world."
    )
    assert speakers(text) == ["Zawahiri", "Zawahiri"]
