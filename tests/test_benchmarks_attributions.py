"""The PolNeAR attribution benchmark counts each attribution relation once, on both sides:
gold lists a relation once per quoted stretch of it, and the quote extractor finds one quote
per stretch. Records and sentences written for these tests."""

from __future__ import annotations

from benchmarks.attributions import _gold, _predicted


def test_a_relation_quoting_several_stretches_is_one_gold_item() -> None:
    side = {"type": "partial", "content_span": [10, 60], "cue_span": [4, 9]}
    quote = {"span": [11, 20], "speaker": "Dunn", "speaker_span": [0, 4]}
    record = {"gold": {"quotes": [quote, {**quote, "span": [30, 40]}]}}
    aux = {
        "indirect_attributions": [
            {"span": [70, 90], "speaker": "he", "speaker_span": [62, 64], "cue_span": [65, 69]}
        ],
        "quotes": [side, dict(side)],
    }
    assert _gold(record, aux, everything=True) == [
        ((70, 90), (62, 64), "he"),
        ((10, 60), (0, 4), "Dunn"),
    ]


def test_quotes_sharing_a_cue_are_one_predicted_relation() -> None:
    text = '"The bridge will open in May," Mayor Karl Dunn said. "The tolls will stay low."'
    [(span, _, speaker)] = _predicted(text, everything=True)
    assert speaker == "Karl Dunn"
    assert (
        text[span[0] : span[1]].startswith("The bridge") and text[span[1] - 4 : span[1]] == "low."
    )
