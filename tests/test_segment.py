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
