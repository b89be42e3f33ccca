"""'the source said' after 'according to a source present at the talks': an unnamed source is
one speaker, given by its first full description, whoever the story quotes between (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_the_source_is_the_source_described_before() -> None:
    """'said one of two witnesses ... Grayson said Randolph "...," the source recalled': the
    witness, not the person the quoted words are about."""
    text = (
        '"It was unseemly," said one of two witnesses who relayed the same story.\n\n'
        'Alan Grayson said Randolph "would have no chance to win," the source recalled.'
    )
    assert speakers(text) == ["one of two witnesses", "one of two witnesses"]


def test_the_source_with_no_source_described_stays_the_source() -> None:
    """No unnamed source before: 'the source' is all the text says."""
    text = '"They will take measures," the source said.'
    assert speakers(text) == ["the source"]


@given(
    st.sampled_from(
        ["a senior Senate Republican aide", "one of two witnesses", "a senior official"]
    ),
    st.sampled_from(["Laura Okafor", "David Lindqvist", "Tom Reyes"]),
)
def test_any_unnamed_source_is_the_source(described: str, name: str) -> None:
    """Whatever the first description of the source, and whoever is quoted between."""
    text = (
        f'"The deal is off," said {described}.\n\n'
        f'"We will see," {name} said on Monday.\n\n'
        '"Nothing will change," the source said.'
    )
    assert speakers(text)[-1] == described
