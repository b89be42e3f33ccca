from __future__ import annotations

import pytest

from newsparse.segment import paragraphs, sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. officials met. They left.", ["U.S. officials met.", "They left."]),
        ("Gen. Smith spoke. Then he left.", ["Gen. Smith spoke.", "Then he left."]),
        (
            "It happened on Feb. 26 in the city. Nobody saw.",
            ["It happened on Feb. 26 in the city.", "Nobody saw."],
        ),
        ("They flew to St. Louis on Monday.", ["They flew to St. Louis on Monday."]),
        ("Prices rose 3.5 percent. Bonds fell.", ["Prices rose 3.5 percent.", "Bonds fell."]),
        ('"It is over," he said. "We won."', ['"It is over," he said.', '"We won."']),
        (
            "J. Smith and Mr. Jones agreed! Did they?",
            ["J. Smith and Mr. Jones agreed!", "Did they?"],
        ),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert [span.of(text) for span in sentences(text)] == expected


# A quote ending in ".", "?" or "!" inside its closing mark, then a capitalised word: one
# sentence when what follows is only the quote's attribution, two when a new sentence starts.
ATTRIBUTION_AFTER_A_QUOTE = {
    "wire style": [
        (
            '"Is the bank too big to regulate?" Vitter demanded. Nobody answered.',
            ['"Is the bank too big to regulate?" Vitter demanded.', "Nobody answered."],
        ),
        (
            '"We will win!" Smith shouted, waving a flag. The crowd cheered.',
            ['"We will win!" Smith shouted, waving a flag.', "The crowd cheered."],
        ),
        (
            "\u201cWhat happens next?\u201d Sen. Maria Lopez asked on Tuesday. She left.",
            ["\u201cWhat happens next?\u201d Sen. Maria Lopez asked on Tuesday.", "She left."],
        ),
        ('"Why now?" The senator asked.', ['"Why now?" The senator asked.']),
        ('"Enough!" He said Friday.', ['"Enough!" He said Friday.']),
    ],
    "newspaper style": [
        (
            "''Can we win Ohio?'' Mr. Grant asked. ''I don't know.''",
            ["''Can we win Ohio?'' Mr. Grant asked.", "''I don't know.''"],
        ),
        (
            "\u201cIt is over.\u201d Jones wrote in a letter to members.",
            ["\u201cIt is over.\u201d Jones wrote in a letter to members."],
        ),
    ],
    "hand-written, two sentences": [
        ('"We won." He left.', ['"We won."', "He left."]),
        (
            '"We won." Smith said the vote was fair.',
            ['"We won."', "Smith said the vote was fair."],
        ),
        (  # the verb introduces the next quote
            '"It was close." He added, "But we held on."',
            ['"It was close."', 'He added, "But we held on."'],
        ),
        (  # a date then a clause of its own
            '"No comment." Hughes said yesterday that talks go on.',
            ['"No comment."', "Hughes said yesterday that talks go on."],
        ),
        ('"Go home." It said nothing more.', ['"Go home."', "It said nothing more."]),
        ('"We lost?" I said so.', ['"We lost?"', "I said so."]),
        ("Is it over? Smith asked.", ["Is it over?", "Smith asked."]),  # no quote mark
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in ATTRIBUTION_AFTER_A_QUOTE.values() for case in cases],
)
def test_attribution_after_a_quote(text: str, expected: list[str]) -> None:
    assert [span.of(text) for span in sentences(text)] == expected


def test_paragraphs_split_on_blank_lines_and_indents() -> None:
    text = "Title\n\n  First para line\ncontinues.\n    Indented para.\n\n\n"
    assert [span.of(text) for span in paragraphs(text)] == [
        "Title",
        "First para line\ncontinues.",
        "Indented para.",
    ]


def test_blank_text_has_no_segments() -> None:
    assert paragraphs(" \n\n\t") == ()
    assert sentences("") == ()


@pytest.mark.timeout(120)  # a hang guard; growth is measured by `nox -s bench`
def test_megabyte_of_abbreviations_is_segmented() -> None:
    """Periods that end no sentence ('Gen. Gen. ...') keep one sentence growing to the end."""
    for text in ("Gen. " * 200_000, '"A." ' * 200_000, '"Why?" Bob Lee said. ' * 50_000):
        spans = sentences(text)
        assert spans and spans[-1].end <= len(text)


def test_a_one_sentence_paragraph_gives_its_own_span_back() -> None:
    text = "A wire paragraph of one sentence.\n\nTwo here. And the second one."
    paragraph_spans = paragraphs(text)
    sentence_spans = sentences(text, paragraph_spans)
    assert [s.of(text) for s in sentence_spans] == [
        "A wire paragraph of one sentence.",
        "Two here.",
        "And the second one.",
    ]
    assert sentence_spans[0] is paragraph_spans[0]  # shared, not a copy: long texts hold many
