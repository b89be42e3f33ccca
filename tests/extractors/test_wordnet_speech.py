"""The verbs of saying read from WordNet (:mod:`newsparse.extractors.quotes.wordnet_speech`), on
a WordNet of a few verbs in WordNet 3.0's file formats, and as quote cues."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_wordnet import tables_written

from newsparse._data.speech_verb_forms import SPEECH_VERB_FORMS
from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor
from newsparse.extractors.quotes.wordnet_speech import table_source

# (lex_filenum, words, frames as (frame, word number)): a verb of saying taking a clause for all
# its words, one whose first sense is no communication, one of communication without a clause,
# and one whose clause frame holds for its first word only
_SYNSETS = [
    ("32", ["answer", "reply"], [(8, 0), (26, 0)]),
    ("35", ["shoot"], [(8, 0)]),
    ("32", ["chant"], [(2, 0)]),
    ("32", ["mutter", "mumble"], [(2, 0), (26, 1)]),
]


def _data_verb() -> tuple[str, list[str]]:
    """data.verb's text, each line at its own byte offset, and the offsets."""
    lines: list[str] = ["  1 This software and database is being provided to you ...\n"]
    offsets = []
    for lexicographer_file, words, frames in _SYNSETS:
        offset = sum(len(line.encode()) for line in lines)
        offsets.append(f"{offset:08d}")
        word_fields = " ".join(f"{word} 0" for word in words)
        frame_fields = " ".join(f"+ {frame:02d} {number:02x}" for frame, number in frames)
        lines.append(
            f"{offset:08d} {lexicographer_file} v {len(words):02x} {word_fields} 000 "
            f"{len(frames):02d} {frame_fields} | a gloss\n"
        )
    return "".join(lines), offsets


def test_the_table_keeps_first_senses_of_saying_that_take_a_clause(tmp_path: Path) -> None:
    data, offsets = _data_verb()
    index = "".join(
        f"{word} v 1 0 1 0 {offset}\n"
        for (_, words, _), offset in zip(_SYNSETS, offsets, strict=True)
        for word in words
    )
    names = tables_written(tmp_path, table_source, {"data.verb": data, "index.verb": index})
    # 'replied', 'replies' and 'replying' are the cue tables' own already
    assert names["SPEECH_VERB_FORMS"] == {
        "answered",
        "answering",
        "answers",
        "muttered",
        "muttering",
        "mutters",
    }


def test_the_shipped_table_holds_verbs_of_saying_and_no_base_form() -> None:
    assert {"answered", "interjected", "reaffirmed", "mutters"} <= SPEECH_VERB_FORMS
    assert not {"answer", "shot", "chanted", "would", "said"} & SPEECH_VERB_FORMS


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"If I could just say one thing," Ann Lee interjected. "It was fine."', "Ann Lee"),
        ('Asked about the risk, Tom Reyes answered: "That is not a problem."', "Tom Reyes"),
    ],
)
def test_a_verb_of_saying_credits_the_quote_it_touches(text: str, speaker: str) -> None:
    quotes = list(QuoteExtractor().extract(Document(text)))
    assert quotes
    assert quotes[0].speaker == speaker


def test_a_verb_seldom_of_saying_credits_no_term_in_narrative() -> None:
    text = 'The mayor pointed to the "safe streets" plan and recorded a video.'
    assert list(QuoteExtractor().extract(Document(text))) == []
