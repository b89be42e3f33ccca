"""Every form of an arrest or a seizure verb reads its object (issue 14): the table lists the
verbs form by form, and a form left out ("nabbing" beside "nabbed") left its object unread ("the
feds arrested the final crony -- nabbing the man early Wednesday")."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st
from lemminflect import getInflection, getLemma

from newsparse._data.casualty_words import HARM_ACTIONS

_SEIZING = {kind: HARM_ACTIONS[kind] for kind in ("arrested", "kidnapped")}
_PAST = sorted(
    (verb, kind)
    for kind, verbs in _SEIZING.items()
    for verb in verbs
    if " " not in verb and verb.endswith("ed")
)


@pytest.mark.parametrize(("past", "kind"), _PAST)
def test_each_past_form_has_its_participle_in_ing(past: str, kind: str) -> None:
    (lemma,) = getLemma(past, "VERB")
    assert set(getInflection(lemma, "VBG")) & set(_SEIZING[kind])


@given(st.sampled_from(_PAST), st.sampled_from(["the man", "two suspects", "a teenager"]))
def test_the_participle_in_ing_reads_its_object(told: tuple[str, str], who: str) -> None:
    past, kind = told
    (lemma,) = getLemma(past, "VERB")
    ing = next(form for form in getInflection(lemma, "VBG") if form in _SEIZING[kind])
    found = written(f"Agents raided the house on Tuesday, {ing} {who} at the airport.")
    # a seizure by a state's force is an arrest (the guidelines: "captured" by police)
    assert len(found) == 1
    assert found[0][0] in {kind, "arrested"}
