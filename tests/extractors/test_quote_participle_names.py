"""A capitalised word in -ing opens a participle phrase ('Speaking on Monday, ...') only when
English has it as a verb's -ing form: a name that merely ends so ('Schilling', 'Boeing') is a
speaker like any other (issue 15). The participles are lemminflect's (shipped in
:mod:`newsparse._data.participle_words`)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse._data import participle_words as shipped
from newsparse._data.participle_words import PARTICIPLES
from newsparse.document import Document
from newsparse.extractors.quotes.participles import may_be_participle, table_source
from newsparse.extractors.quotes.reported import ReportedSpeechExtractor

REGENERATE = (
    "python -c 'from newsparse.extractors.quotes.participles import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/participle_words.py'
)

# made-up surnames in -ing, which no verb has as its -ing form
SURNAMES = st.builds(
    lambda stem: f"{stem.capitalize()}ing",
    st.text("bcdfghklmnprstvwz", min_size=2, max_size=4).map(lambda s: s[0] + "e" + s[1:]),
).filter(lambda name: name.lower() not in PARTICIPLES)


def test_the_shipped_table_is_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect changes: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the participle table is stale; run {REGENERATE}"


def test_participles_and_names_in_ing() -> None:
    assert all(map(may_be_participle, ["Speaking", "according", "BREAKING", "Quick-thinking"]))
    assert not any(map(may_be_participle, ["Schilling", "Boeing", "Beijing", "Jinping", "Said"]))


def test_a_surname_in_ing_opening_its_sentence_speaks() -> None:
    text = (
        "Schilling appeared on Fox News on Sunday and defended the plan, saying "
        '"it is a good deal."'
    )
    assert speakers(text) == ["Schilling"]


def test_a_company_in_ing_set_off_before_its_verb_reports() -> None:
    text = "Boeing, whose shares dropped 9 percent, said the investigation remained in its early stages."
    found = ReportedSpeechExtractor().extract(Document(text))
    assert [finding.speaker for finding in found] == ["Boeing"]


@given(SURNAMES)
def test_any_surname_in_ing_opening_its_sentence_speaks(surname: str) -> None:
    text = f'{surname} appeared on television on Sunday and defended the plan, saying "it works."'
    assert speakers(text) == [surname]


def test_every_participle_opening_its_sentence_is_still_no_subject() -> None:
    """Every participle of the table is asked, not a sample of it."""
    text = '{} on Monday, Ann Lee said "it works."'
    assert [
        word
        for word in sorted(PARTICIPLES)
        if speakers(text.format(word.capitalize())) != ["Ann Lee"]
    ] == []


def test_a_gerund_the_text_writes_in_lower_case_is_no_name() -> None:
    text = (
        "Critics weighed in.\n\nVaping can be deadly\n\n"
        '"Young people are inhaling what they think are innocuous vaping liquids." '
        "— editorial, St. Louis Post-Dispatch\n\nMore follows."
    )
    assert "Vaping" not in speakers(text)


@given(SURNAMES)
def test_any_word_in_ing_written_in_lower_case_too_is_no_speaker(word: str) -> None:
    text = (
        f"Critics weighed in.\n\n{word} can be deadly\n\n"
        f'"Young people are inhaling what they think are innocuous {word.lower()} liquids." '
        "— editorial, St. Louis Post-Dispatch\n\nMore follows."
    )
    assert word not in speakers(text)
