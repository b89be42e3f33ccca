"""A party-state tag set off after a lawmaker's name stands for the lawmaker (issue 15): 'Sen.
Lindsey Graham, R-S.C., a long-shot candidate, said' credits Lindsey Graham, not 'R-S.C.', in
quotes and in reported speech alike (:mod:`newsparse.extractors.quotes.party_tags`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse import parse
from newsparse.extractors.quotes.party_tags import tagged_name
from newsparse.span import Span


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # the tag, then the verb: a comma missing after the tag
            "\"The answer is 'I support America,'\" Scott, R-S.C. said.",
            "Scott",
        ),
        (  # the tag, then a time phrase set off as an aside
            'Graham, R-S.C., during his opening statement, said the inquiry was "a must."',
            "Graham",
        ),
    ],
)
def test_a_tagged_lawmaker_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_tagged_lawmaker_reports_speech() -> None:
    text = (
        "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is "
        "overselling the successes of the coalition."
    )
    assert [report.speaker for report in parse(text).of("reported_speech")] == ["Lindsey Graham"]


def test_a_tag_in_brackets_is_read_as_before() -> None:
    assert speakers('"We will vote," Paul Ryan (R-Wis.) said.') == ["Paul Ryan"]


def test_no_other_mention_is_taken_for_a_tag() -> None:
    text = "Rubio, Cruz said on Monday."
    assert tagged_name(text, Span(7, 11)) is None  # 'Cruz': a name, not a tag


_STATES = st.sampled_from(["S.C.", "Texas", "N.J.", "Calif.", "Iowa", "N.Y.", "Alaska", "Md."])
_NAMES = st.sampled_from(["Tim Scott", "Sen. Lisa Murkowski", "Rep. Elijah Cummings", "Graham"])


@given(name=_NAMES, party=st.sampled_from("RDI"), state=_STATES)
def test_every_party_state_tag_stands_for_the_name_before_it(
    name: str, party: str, state: str
) -> None:
    tag = f"{party}-{state}"
    text = f"{name}, {tag}, told reporters it was over."
    start = text.index(tag)
    assert tagged_name(text, Span(start, start + len(tag))) == Span(0, len(name))
