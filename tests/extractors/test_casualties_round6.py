"""Casualty error classes of issue 14 seen in more than one development set: arrests told with
an adverb or as a person being held, killings told by their method, a non-fatal shooting, and a
death told as "pronounced deceased". Each test fails without the rule that reads its class."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.findings import Casualty

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count."""
    items: list[Casualty] = list(EXTRACTOR.extract(Document(text)))
    return [(f.text, f.kind, f.count) for f in items if not f.inferred]


_GROUPS = [("two protesters", 2), ("four students", 4), ("a farmer", 1), ("the suspect", 1)]


# An adverb of time or manner may stand between the verb "to be" and the arrest: "were quickly
# detained", "was already rearrested".
@given(
    st.sampled_from(_GROUPS),
    st.sampled_from(["quickly", "already", "promptly", "swiftly", "soon", "briefly", "again"]),
    st.sampled_from(["arrested", "detained", "rearrested"]),
)
def test_an_adverb_before_the_arrest_keeps_the_people_arrested(
    group: tuple[str, int], adverb: str, verb: str
) -> None:
    who, count = group
    aux = "was" if count == 1 else "were"
    told = f"{who} {aux} {adverb} {verb}"
    assert found(f"Police said {told} on Sunday.") == [(told, "arrested", count)]


# A person "being held" (not a hostage) is held by the authorities: an arrest. Hostages held are
# captives, and an event being held is no one's harm.
def test_people_being_held_are_under_arrest_and_hostages_are_captives() -> None:
    assert found("Officials did not say where the man was being held.") == [
        ("the man was being held", "arrested", 1)
    ]
    assert found("Three suspects are being held in custody in Lagos.") == [
        ("Three suspects are being held", "arrested", 3)
    ]
    assert found("Two bankers were being held hostage in the vault.") == [
        ("Two bankers were being held hostage", "kidnapped", 2)
    ]
    assert found("Two hostages were being held in the vault.") == [("Two hostages", "kidnapped", 2)]
    assert found("The vigil was being held in the town square.") == []
