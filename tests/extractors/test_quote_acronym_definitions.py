"""An acronym the story defines in brackets after a name ('Singapore Airlines (SIA)', 'The
Ministry of Defence (MoD)', "Columbia's Asian American Alliance (AAA)") is that name when it
speaks (issue 15; an organisation is given by its name); a bracket after a name it does not
abbreviate ('WASHINGTON (AP)', 'John Smith (R-Texas)') defines nothing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.acronym_definitions import defined_acronyms

#: A definition as a story writes it, and the name its bracketed acronym stands for.
DEFINED = {
    "Singapore Airlines (SIA)": "Singapore Airlines",
    "The Ministry of Defence (MoD)": "Ministry of Defence",
    "Columbia’s Asian American Alliance (AAA)": "Asian American Alliance",
    "The Centers for Disease Control and Prevention (CDC)": (
        "Centers for Disease Control and Prevention"
    ),
}


@given(st.sampled_from(sorted(DEFINED)))
def test_a_defined_acronym_speaks_by_its_name(definition: str) -> None:
    acronym = definition.rsplit("(", 1)[1].rstrip(")")
    said = f'"The region is a growing partner," {acronym} said.'
    assert speakers(f"{definition} announced new plans on Thursday.\n\n{said}") == [
        DEFINED[definition]
    ]


WORDS = st.sampled_from(["National", "Rifle", "Forest", "Bureau", "Union", "Council", "Ocean"])


@given(st.lists(WORDS, min_size=2, max_size=4))
def test_the_initials_in_brackets_define_the_name(words: list[str]) -> None:
    name = " ".join(words)
    acronym = "".join(word[0] for word in words)
    assert defined_acronyms(f"said the {name} ({acronym}) on Monday") == {acronym: name}


def test_a_bracket_the_name_does_not_abbreviate_defines_nothing() -> None:
    assert defined_acronyms("WASHINGTON (AP) -- Sen. John Smith (R-Texas) said") == {}
