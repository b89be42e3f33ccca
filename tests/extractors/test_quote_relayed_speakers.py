"""A quote opening the sentence after 'X said ..., according to <outlet>.' is X's, not the
outlet's: the outlet passed X's words on (issue 15). An outlet that reported something itself
('as NPR reported') is left as it was."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

SPEAKERS = ["Collins", "Jeffrey Fager", "Geng", "Sen. Susan Collins"]
OUTLETS = ["the Bangor Daily News", "The New York Times", "Reuters", "FOX 5 Atlanta"]


@given(st.sampled_from(SPEAKERS), st.sampled_from(OUTLETS))
def test_a_quote_after_a_relayed_statement_is_the_speakers(speaker: str, outlet: str) -> None:
    text = (
        f'"I thought the president made a big mistake," {speaker} said Saturday, according '
        f'to {outlet}. "It is completely inappropriate."'
    )
    found = speakers(text)
    assert len(found) == 2
    assert found[0] == found[1]
    assert found[1] is not None and found[1].endswith(speaker.split()[-1])
