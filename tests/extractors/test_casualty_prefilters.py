"""The casualty extractor's cheap tests before its costly patterns change nothing they guard.

Each case goes through one of them: the look for a no-one word before the no-one rule, the look
for an "and" before the list-of-ages pattern, the capital scans that collect a story's full
names, and the cue offsets handed to a sentence that holds thousands of them.
"""

from __future__ import annotations

import pytest

from newsparse import parse


def _found(text: str) -> list[tuple[str, str, int | None]]:
    return [(f.text, f.kind, f.count) for f in parse(text, extractors=["casualties"]).casualties]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The blast was loud, but no one was hurt.", [("no one was hurt", "injured", 0)]),
        (
            "Police said that after the long standoff at the farm near the river, nobody was "
            "injured.",
            [("nobody was injured", "injured", 0)],
        ),
        # the last of a list of ages is an age, not a count of the dead
        ("Ann Cole, 25, and Bo Li, 32 died in the crash.", [("died", "killed", 1)]),
        # a surname alone is a person once the story has named them in full
        (
            "A gunman opened fire at the mall. Gino Nicolas, 24, was also killed. Nicolas was "
            "shot twice.",
            [
                ("Gino Nicolas, 24, was also killed", "killed", 1),
                ("Nicolas was shot", "killed", 1),
            ],
        ),
    ],
)
def test_guarded_rules_still_read(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert _found(text) == expected


def test_a_sentence_of_many_cues_reads_each_at_its_own_place() -> None:
    unit = "12 killed, 3 injured, "
    found = _found(unit * 500)
    assert len(found) == 1000
    assert found[:2] == [("12 killed", "killed", 12), ("3 injured", "injured", 3)]
    starts = [f.span.start for f in parse(unit * 500, extractors=["casualties"]).casualties]
    assert starts[-2:] == [499 * len(unit), 499 * len(unit) + len("12 killed, ")]
