"""Captives told by their captor's verb (issue 14): "took 12 people hostage", "was holding three
aid workers captive". The people between the verb and the role it gives them are the kidnapped,
as in the passive "were taken hostage" that was read before."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()

_GROUPS = [("nine bank employees", 9), ("two tourists", 2), ("a pharmacist", 1), ("40 pupils", 40)]
_VERBS = ["took", "had taken", "was holding", "held", "kept", "were keeping", "is holding"]


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.text, f.kind, f.count) for f in items if not f.inferred]


@given(st.sampled_from(_GROUPS), st.sampled_from(_VERBS), st.sampled_from(["hostage", "captive"]))
def test_the_people_a_captor_holds_are_kidnapped(
    group: tuple[str, int], verb: str, role: str
) -> None:
    who, count = group
    told = f"{verb.split()[-1]} {who} {role}"
    sentence = f"The intruder {verb} {who} {role} for most of the afternoon."
    assert found(sentence) == [(told, "kidnapped", count)]


@given(st.sampled_from(_GROUPS), st.sampled_from(["threatened to take", "did not take"]))
def test_a_capture_threatened_or_denied_is_none(group: tuple[str, int], verb: str) -> None:
    who, _ = group
    assert found(f"The intruder {verb} {who} hostage, police said.") == []


def test_the_role_alone_names_no_captives() -> None:
    assert found("Negotiators ended the hostage crisis after the captive talks stalled.") == []
