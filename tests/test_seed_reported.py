"""The bundled seed article's reported speech, the first findings a new user reads: each
speaker pinned against the mention that credits it, which is the speaker or stands for it (a
title before the name, a surname, a pronoun, a description)."""

from __future__ import annotations

import newsparse

# (speaker span's text, speaker, cue), in reading order
SPEAKERS = [
    ("Mexico", "Mexico", "seek"),
    ("President Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador", "said"),
    ("President Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador", "urging"),
    ("Washington", "Washington", "indicated"),
    ("He", "Ned Price", "said"),
    ("The Mexican government", "The Mexican government", "calling for"),
    ("He", "Andres Manuel Lopez Obrador", "argues"),
    ("Ebrard", "Marcelo Ebrard", "said"),
    ("Many experts", "Many experts", "believe"),
    ("the official", "the official", "said"),
    ("Michael Shifter", "Michael Shifter", "said"),
]


def test_seed_reported_speakers_match_their_spans(seed_text: str) -> None:
    findings = newsparse.parse(seed_text).to_dict()["reported_speech"]
    assert [
        (seed_text[slice(*f["speaker_span"])], f["speaker"], f["cue"]) for f in findings
    ] == SPEAKERS


def test_each_pinned_mention_is_or_stands_for_its_speaker() -> None:
    for mention, speaker, _ in SPEAKERS:
        assert mention in ("He", "the official") or speaker.split()[-1] in mention.split()
