"""The ``datelines`` extractor's quick check before its long match never turns a dateline away.

The check (issue 17) looks for the character every dateline ends on; this property pins it to
the match it guards, at every place of generated text made of dateline pieces and prose.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsparse.extractors.datelines import extractor

PIECES = [
    "LONDON",
    "New York",
    "Calif.",
    "U.S.",
    "March",
    "3",
    "2021",
    "Reuters",
    "AP",
    "PRNewswire",
    "the",
    "said",
    ",",
    " ",
    "\t",
    "\n",
    "(",
    ")",
    "/",
    "-",
    "--",
    "–",
    "—",
    "_",
    ":",
    ".",
    "'",
]
TEXT = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@given(text=TEXT)
@example(text="LONDON, March 3 (Reuters) - Oil fell.")
@example(text="(Reuters)LONDON")  # a parenthesis right before the place where a match starts
@example(text="NEW DELHI: The court ruled.")
@example(text="(CNN)A storm")
@example(text="BRIEF-Company_ ")
def test_a_line_turned_away_holds_no_dateline(text: str) -> None:
    for start in range(len(text) + 1):
        end = text.find("\n", start, start + extractor._MAX_DATELINE)
        end = end if end >= 0 else start + extractor._MAX_DATELINE
        if not extractor._may_end(text, start, end):
            assert extractor._DATELINE.match(text, start, end) is None
