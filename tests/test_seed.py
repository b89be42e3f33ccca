"""The bundled seed article: its findings must match the hand-made gold in tests/fixtures."""

from __future__ import annotations

import json
from pathlib import Path

import newsparse

GOLD = json.loads((Path(__file__).parent / "fixtures" / "seed_gold.json").read_text("utf-8"))


def test_seed_gold_text_is_the_bundled_seed(seed_text: str) -> None:
    assert GOLD["text"] == seed_text


def test_seed_parses_cleanly(seed_text: str) -> None:
    document = newsparse.parse(seed_text)
    assert document.failures == ()
    assert document.to_dict()["text"] == seed_text
