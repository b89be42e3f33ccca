"""A name set right after 'said' or 'says' that follows a comma speaks (issue 15): '... is high
in India, which has no data protection law, said Suhrith Parthasarathy, a lawyer.' credits
Parthasarathy, not the noun the clause before ends on ('India', 'Congress', 'many Asian
states'). A clause after the verb ('Smith, a lawyer, said Jones had lied') or something owned
("said Ohio's remaining period") names no speaker after it, and 'told' takes its listener
there ('..., Smith told Al Jazeera')."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse import parse


def reported_speakers(text: str) -> list[str | None]:
    return [report.speaker for report in parse(text).of("reported_speech")]


def test_a_quote_after_a_clause_ending_on_a_place() -> None:
    text = (
        '"We see no function creep yet," said Anirudh Burman, a fellow at Carnegie India.\n\n'
        "But the risk is high in India, which has neither a data protection law nor a data "
        "protection authority, said Suhrith Parthasarathy, a lawyer.\n\n"
        '"The app is framed as a necessary invasion into privacy," he told the Foundation.'
    )
    assert speakers(text) == ["Anirudh Burman", "Suhrith Parthasarathy"]


def test_reported_speech_after_a_relative_clause() -> None:
    text = (
        "Cruz also lacks support from his Republican colleagues in Congress, whom he has "
        "alienated with his rhetoric, said Larry Sabato, director of the Center for Politics."
    )
    assert reported_speakers(text) == ["Larry Sabato"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sen. Jeff Sessions, a Trump supporter, said Clinton's acceptance of donations was wrong.",
            "Jeff Sessions",
        ),
        ("Maria Lopez, a lawyer, said Jones had lied to the court.", "Maria Lopez"),
    ],
)
def test_a_clause_after_the_verb_leaves_the_subject_before(text: str, speaker: str) -> None:
    assert reported_speakers(text) == [speaker]


def test_told_takes_its_listener_after_the_comma() -> None:
    text = '"I still think they will get a deal," Edward Alden, a senior fellow, told Al Jazeera.'
    assert speakers(text) == ["Edward Alden"]


_CLAUSES = st.sampled_from(
    [  # each ends on a noun phrase read back from the verb before this rule
        "The plant will be run under the model of BOT",
        "Cruz lacks support from his colleagues in Congress, whom he has alienated",
        "The expansion has provoked mixed feelings in many Asian states",
        "The risk is high in India, which has no data protection law",
    ]
)
_NAMES = st.sampled_from(["Lu Guojun", "Nargis Kassenova", "Peter Lee", "Anatoly Antonov"])


@given(clause=_CLAUSES, verb=st.sampled_from(["said", "says", "added"]), name=_NAMES)
def test_every_name_after_a_comma_and_said_speaks(clause: str, verb: str, name: str) -> None:
    text = f"{clause}, {verb} {name}, an expert at the institute."
    assert reported_speakers(text) == [name]
