"""Casualty and quote scorers on small records whose answers were worked out by hand."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse.evaluation.report import PRF, CasualtyScore, CorpusReport, QuoteScore, Report
from newsparse.evaluation.scoring import (
    score_casualties,
    score_quotes,
    speaker_named,
    speaker_right,
)


def _doc(killed: int, injured: int) -> list[dict[str, Any]]:
    return [
        {"span": None, "count": killed, "kind": "killed"},
        {"span": None, "count": injured, "kind": "injured"},
    ]


def _cas(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> CasualtyScore:
    return score_casualties("c", "Two dead and three hurt in a shooting.", gold, pred)[0]


def test_casualties_document_level_uses_largest_count_and_zero_default() -> None:
    doc1 = _cas(
        _doc(2, 0),
        [
            {"span": [0, 8], "count": 1, "kind": "killed"},
            {"span": [0, 8], "count": 2, "kind": "killed"},
        ],
    )
    # killed: max(1, 2) = 2 right; injured: nothing predicted = 0, right.
    assert (doc1.kind("killed").hit, doc1.kind("killed").total, doc1.kind("injured").hit) == (
        1,
        1,
        1,
    )
    doc2 = _cas(
        _doc(0, 3),
        [
            {"span": None, "count": 3, "kind": "injured"},
            {"span": None, "count": 1, "kind": "killed"},
        ],
    )
    # killed: 1 predicted, gold 0, wrong; injured right.
    doc3 = _cas(_doc(1, 1), [{"span": None, "count": None, "kind": "killed"}])
    # killed: only a count-less finding, wrong; injured: nothing = 0, wrong.
    total = doc1 + doc2 + doc3
    assert (total.kind("killed").hit, total.kind("killed").total) == (1, 3)
    assert (total.kind("injured").hit, total.kind("injured").total) == (2, 3)
    assert (total.overall.hit, total.overall.total) == (3, 6)
    assert total.overall.value == pytest.approx(0.5)
    assert total.kind("missing").total == 0
    assert total.all_mentions == PRF()


def test_casualties_document_level_countless_finding_is_wrong_where_gold_counts_none() -> None:
    score = _cas(_doc(0, 0), [{"span": [0, 8], "count": None, "kind": "killed"}])
    assert (score.kind("killed").hit, score.kind("injured").hit) == (0, 1)


def test_casualties_document_level_reports_kinds_gold_has_no_column_for() -> None:
    score = _cas(
        _doc(1, 0),
        [
            {"span": [0, 8], "count": 1, "kind": "killed"},
            {"span": [0, 8], "count": 3, "kind": "shot"},
            {"span": [0, 8], "count": None, "kind": "shot"},
            {"span": [9, 12], "count": 9, "kind": "arrested"},
        ],
    )
    assert score.unjudged == {"shot": 2, "arrested": 1}
    assert score.kind("killed").hit == 1
    report = Report((CorpusReport("c", 1, 0.0, casualties=score),)).to_markdown()
    assert "shot 2, arrested 1" in report


def test_casualties_zero_gold_with_zero_predictions_is_right() -> None:
    score = _cas(_doc(0, 0), [])
    assert (score.overall.hit, score.overall.total) == (2, 2)


def test_casualty_mentions_pair_by_kind_and_overlapping_span() -> None:
    gold: list[dict[str, Any]] = [
        {"span": [0, 8], "count": 2, "kind": "killed"},
        {"span": [13, 24], "count": 3, "kind": "injured"},
    ]
    pred: list[dict[str, Any]] = [
        {"span": [0, 3], "count": 2, "kind": "killed"},  # right: overlaps, same count
        {"span": [13, 24], "count": 4, "kind": "injured"},  # wrong count: a miss and an error
        {"span": [13, 24], "count": 4, "kind": "arrested"},  # a kind gold has none of: error
    ]
    score, misses = score_casualties("c", "Two dead and three hurt in a shooting.", gold, pred)
    assert score.mention("killed") == PRF(1, 0, 0)
    assert score.mention("injured") == PRF(0, 1, 1)
    assert score.mention("arrested") == PRF(0, 1, 0)
    assert score.all_mentions == PRF(1, 2, 1)  # F1 = 2 / (2 + 2 + 1)
    assert score.all_mentions.f1 == pytest.approx(0.4)
    assert score.overall.total == 0
    assert sorted(m.kind for m in misses) == ["count", "spurious"]


def test_casualty_mentions_count_countless_and_misplaced_findings() -> None:
    gold: list[dict[str, Any]] = [{"span": [0, 8], "count": 2, "kind": "killed"}]
    pred: list[dict[str, Any]] = [
        {"span": [0, 8], "count": 2, "kind": "killed"},
        {"span": [25, 37], "count": None, "kind": "shot"},  # no gold there: false positive
        {"span": [25, 37], "count": 2, "kind": "killed"},  # same pair elsewhere: not a match
    ]
    score = _cas(gold, pred)
    assert score.mention("killed") == PRF(1, 1, 0)
    assert score.mention("shot") == PRF(0, 1, 0)


def test_casualty_mentions_each_gold_item_matches_once() -> None:
    gold: list[dict[str, Any]] = [
        {"span": [0, 3], "count": 1, "kind": "killed"},
        {"span": [5, 9], "count": 1, "kind": "killed"},
    ]
    score = _cas(gold, [{"span": [0, 3], "count": 1, "kind": "killed"}])
    assert score.mention("killed") == PRF(1, 0, 1)
    table = Report((CorpusReport("c", 1, 0.0, casualties=score),)).to_markdown()
    assert "| c | killed | 2 | 1 | 100.0 | 50.0 | 66.7 |" in table


# Quotes. Gold quote spans exclude the marks, as in the corpora.
QTEXT = (
    '"We will win," Smith said. "No," said Sen. José Pérez. He added: '
    '"It is over and done with now." Officials agreed.'
)


def _span(sub: str) -> list[int]:
    start = QTEXT.index(sub)
    return [start, start + len(sub)]


GOLD_QUOTES: list[dict[str, Any]] = [
    {"span": _span("We will win,"), "speaker": "Smith", "speaker_span": _span("Smith")},
    {"span": _span("No,"), "speaker": "Sen. José Pérez", "speaker_span": _span("Sen. José")},
    {
        "span": _span("It is over and done with now."),
        "speaker": "He",
        "speaker_span": _span("He"),
    },
]


def _quotes(pred: list[dict[str, Any]], gold: list[dict[str, Any]] | None = None) -> QuoteScore:
    return score_quotes("q", QTEXT, GOLD_QUOTES if gold is None else gold, pred)[0]


def test_quotes_trim_marks_and_score_speakers() -> None:
    pred: list[dict[str, Any]] = [
        # marks included and a different case: matches after trimming; speaker by name.
        {"span": _span('"We will win,"'), "speaker": "SMITH", "speaker_span": None},
        # accents and title differ, span a little short: 2 of 2 trimmed chars.
        {"span": _span("No"), "speaker": "Jose Perez", "speaker_span": None},
        # resolved name where gold has a pronoun: right through speaker_span overlap.
        {
            "span": _span("It is over and done"),
            "speaker": "José Pérez",
            "speaker_span": _span("He"),
        },
        {"span": _span("Officials agreed"), "speaker": "Officials", "speaker_span": None},
    ]
    score = _quotes(pred)
    assert (score.quotes.tp, score.quotes.fp, score.quotes.fn) == (3, 1, 0)
    assert (score.speaker.hit, score.speaker.total) == (3, 3)
    assert (score.end_to_end.tp, score.end_to_end.fp, score.end_to_end.fn) == (3, 1, 0)
    assert score.quotes.f1 == pytest.approx(6 / 7)


def test_quotes_half_of_gold_rule() -> None:
    gold = [GOLD_QUOTES[2]]
    s, e = gold[0]["span"]
    assert e - s == 29  # trimmed of its final period: 28 characters, so half is 14
    half = _quotes([{"span": [s, s + 14], "speaker": "He"}], gold)  # "It is over and"
    short = _quotes([{"span": [s, s + 13], "speaker": "He"}], gold)  # "It is over an"
    assert half.quotes.tp == 1
    assert (short.quotes.tp, short.quotes.fp, short.quotes.fn) == (0, 1, 1)


def test_quotes_end_to_end_needs_the_speaker() -> None:
    pred: list[dict[str, Any]] = [
        {"span": _span("We will win,"), "speaker": "Jones", "speaker_span": _span("said")},
        {"span": _span("No,"), "speaker": "Pérez", "speaker_span": None},  # last word
    ]
    score = _quotes(pred)
    # 2 matched of 3 gold; speaker right on 1 of them.
    assert (score.quotes.tp, score.quotes.fp, score.quotes.fn) == (2, 0, 1)
    assert (score.speaker.hit, score.speaker.total) == (1, 2)
    assert (score.end_to_end.tp, score.end_to_end.fp, score.end_to_end.fn) == (1, 1, 2)
    assert score.end_to_end.precision == pytest.approx(1 / 2)
    assert score.end_to_end.recall == pytest.approx(1 / 3)
    assert score.end_to_end.f1 == pytest.approx(2 / 5)


def test_quotes_one_to_one() -> None:
    gold = [GOLD_QUOTES[0]]
    pred: list[dict[str, Any]] = [
        {"span": _span("We will win,"), "speaker": "Smith"},
        {"span": _span("We will"), "speaker": "Smith"},
    ]
    score = _quotes(pred, gold)
    assert (score.quotes.tp, score.quotes.fp) == (1, 1)


@pytest.mark.parametrize(
    ("gold", "pred", "right"),
    [
        ({"speaker": "Ned Price", "speaker_span": None}, {"speaker": "Mr. Price"}, True),
        (
            {"speaker": "Joel Pollak of Breitbart", "speaker_span": [0, 5]},
            {"speaker": "Joel Pollak", "speaker_span": [40, 45]},
            True,
        ),
        (
            {"speaker": "he", "speaker_span": [10, 12]},
            {"speaker": "Ted Cruz", "speaker_span": [11, 20]},
            True,
        ),
        (
            {"speaker": "he", "speaker_span": [10, 12]},
            {"speaker": "Ted Cruz", "speaker_span": [12, 20]},
            False,
        ),  # touching, no overlap
        ({"speaker": "Ned Price", "speaker_span": None}, {"speaker": None}, False),
        ({"speaker": None, "speaker_span": None}, {"speaker": None}, True),
        ({"speaker": None, "speaker_span": None}, {"speaker": "Ned Price"}, False),
    ],
)
def test_speaker_right(gold: dict[str, Any], pred: dict[str, Any], right: bool) -> None:
    assert speaker_right("", gold, pred) is right


@pytest.mark.parametrize(
    ("gold", "pred", "named"),
    [
        ({"speaker": "Ned Price", "speaker_span": [0, 9]}, {"speaker": "Mr. Price"}, True),
        # the mention overlaps, but the output names no one: right for speaker, not for name
        (
            {"speaker": "Ned Price", "speaker_span": [10, 12]},
            {"speaker": "he", "speaker_span": [10, 12]},
            False,
        ),
        ({"speaker": None, "speaker_span": None}, {"speaker": None}, True),
        ({"speaker": None, "speaker_span": None}, {"speaker": "Ned Price"}, False),
    ],
)
def test_speaker_named_wants_the_name(
    gold: dict[str, Any], pred: dict[str, Any], named: bool
) -> None:
    assert speaker_named(gold, pred) is named


def test_quote_scores_count_names_apart_from_mentions() -> None:
    pred: list[dict[str, Any]] = [
        {"span": _span("It is over and done"), "speaker": "he", "speaker_span": _span("He")},
    ]
    gold = [{**GOLD_QUOTES[2], "speaker": "José Pérez"}]
    score = _quotes(pred, gold)
    assert (score.speaker.hit, score.speaker_name.hit, score.speaker_name.total) == (1, 0, 1)


def test_casualties_document_level_leaves_out_background_tolls() -> None:
    today = {"span": [0, 8], "count": 2, "kind": "killed"}
    old = {"span": [9, 12], "count": 40, "kind": "killed", "past": True}
    assert _cas(_doc(2, 0), [today, old]).kind("killed").hit == 1
    assert _cas(_doc(40, 0), [old]).kind("killed").hit == 1  # all past: the past is the story


def test_document_level_kinds_without_a_column_of_their_own_are_shown() -> None:
    gold = [*_doc(1, 0), {"span": None, "count": 2, "kind": "missing"}]
    score = _cas(gold, [{"span": [0, 8], "count": 1, "kind": "killed"}])
    assert (score.kind("missing").hit, score.overall.total) == (0, 3)
    report = Report((CorpusReport("c", 1, 0.0, casualties=score),)).to_markdown()
    assert "| missing 0.0 |" in report
