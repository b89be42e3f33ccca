"""Dateline and money scorers on small records whose answers were worked out by hand."""

from __future__ import annotations

from typing import Any

import pytest

from newsparse.evaluation.report import DatelineScore, MoneyScore
from newsparse.evaluation.scoring import score_dateline, score_money, score_record

TEXT = "NEW YORK, Feb 26 (Reuters) - Shares rose."
GOLD = {"span": [0, 28], "location": "NEW YORK", "agency": "Reuters", "date": "1987-02-26"}


def _dateline(gold: dict[str, Any] | None, pred: dict[str, Any] | None) -> DatelineScore:
    return score_dateline("r", TEXT, gold, pred)[0]


def test_dateline_perfect() -> None:
    pred = {"span": [0, 28], "location": "New York,", "agency": "REUTERS", "date": "1987-02-26"}
    score, misses = score_dateline("r", TEXT, GOLD, pred)
    assert score.detection.tp == 1
    assert (score.location.hit, score.agency.hit, score.date.hit, score.exact_span.hit) == (
        1,
        1,
        1,
        1,
    )
    assert misses == []


def test_dateline_totals_over_five_records() -> None:
    wrong = {"span": [0, 16], "location": "NEW YORK CITY", "agency": None, "date": "1987-02-26"}
    right = {"span": [0, 28], "location": "new york", "agency": "Reuters", "date": "1987-02-26"}
    total = (
        _dateline(GOLD, right)  # TP, all fields right
        + _dateline(GOLD, wrong)  # TP, location, agency and span wrong
        + _dateline(GOLD, None)  # FN
        + _dateline(None, right)  # FP: gold says no dateline
        + _dateline(None, None)  # TN: counts nowhere
    )
    d = total.detection
    assert (d.tp, d.fp, d.fn) == (2, 1, 1)
    assert d.precision == pytest.approx(2 / 3)
    assert d.recall == pytest.approx(2 / 3)
    assert d.f1 == pytest.approx(2 / 3)
    assert (total.location.hit, total.location.total) == (1, 2)
    assert (total.agency.hit, total.agency.total) == (1, 2)
    assert (total.date.hit, total.date.total) == (2, 2)
    assert (total.exact_span.hit, total.exact_span.total) == (1, 2)


def test_dateline_null_fields_agree_only_with_null() -> None:
    gold = {**GOLD, "agency": None, "date": None}
    pred = {**GOLD, "agency": None, "date": "1987-02-26"}
    score = _dateline(gold, pred)
    assert score.agency.hit == 1
    assert score.date.hit == 0


def test_dateline_misses_name_the_kind() -> None:
    _, misses = score_dateline("r", TEXT, None, {"span": [0, 8], "location": "NEW YORK"})
    assert [(m.kind, m.record_id) for m in misses] == [("spurious", "r")]
    assert "[NEW YORK]" in misses[0].context


# Money. Offsets below are checked by the asserts on the text.
MONEY_TEXT = "It paid $3 billion, then between $5 million and $10 million, and 40 yen."


def _span(sub: str, text: str = MONEY_TEXT) -> list[int]:
    start = text.index(sub)
    return [start, start + len(sub)]


def _money(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> MoneyScore:
    return score_money("m", MONEY_TEXT, gold, pred)[0]


def test_money_trimmed_overlap_and_exactness() -> None:
    gold = [{"span": _span("$3 billion"), "value": 3e9, "currency": "USD"}]
    # The prediction keeps the comma: trimmed, it equals gold, but it is not an exact span.
    score = _money(gold, [{"span": _span("$3 billion,"), "value": 3e9, "currency": "USD"}])
    assert (score.overlap.tp, score.overlap.fp, score.overlap.fn) == (1, 0, 0)
    assert (score.exact.tp, score.exact.fp, score.exact.fn) == (0, 1, 1)
    assert score.exact.f1 == 0.0
    # phrase_span equal to the gold span makes the match exact.
    pred = {"span": _span("3 billion"), "phrase_span": _span("$3 billion"), "value": 3e9}
    assert _money(gold, [pred]).exact.tp == 1


def test_money_thirty_percent_of_gold() -> None:
    text = "x" * 40
    gold = [{"span": [10, 20], "value": None, "currency": None}]
    hit = score_money("m", text, gold, [{"span": [17, 30]}])[0]  # 3 of 10 chars
    miss = score_money("m", text, gold, [{"span": [18, 30]}])[0]  # 2 of 10 chars
    assert (hit.overlap.tp, hit.overlap.fp, hit.overlap.fn) == (1, 0, 0)
    assert (miss.overlap.tp, miss.overlap.fp, miss.overlap.fn) == (0, 1, 1)


def test_money_second_end_of_range_is_not_a_false_positive() -> None:
    gold = [{"span": _span("$5 million and $10 million"), "value": None, "currency": None}]
    pred: list[dict[str, Any]] = [
        {"span": _span("$5 million")},
        {"span": _span("$10 million")},
        {"span": _span("40 yen")},
    ]
    score = _money(gold, pred)
    # "$10 million" (11 chars of 26) matches; "$5 million" overlaps the matched gold and is
    # excused; "40 yen" is a plain false positive.
    assert (score.overlap.tp, score.overlap.fp, score.overlap.fn) == (1, 1, 0)
    assert score.excused == 1
    assert score.overlap.precision == pytest.approx(1 / 2)
    assert score.overlap.f1 == pytest.approx(2 / 3)


def test_money_excused_even_below_the_threshold() -> None:
    text = "y" * 30
    gold = [{"span": [0, 20], "value": None, "currency": None}]
    score = score_money("m", text, gold, [{"span": [0, 20]}, {"span": [18, 25]}])[0]
    assert (score.overlap.tp, score.overlap.fp, score.excused) == (1, 0, 1)


def test_money_values_and_currencies() -> None:
    gold: list[dict[str, Any]] = [
        {"span": _span("$3 billion"), "value": 3e9, "currency": "USD"},
        {"span": _span("$5 million and $10 million"), "value": None, "currency": None},
        {"span": _span("40 yen"), "value": 40, "currency": None},  # currency unknown in gold
    ]
    pred: list[dict[str, Any]] = [
        {"span": _span("$3 billion"), "value": 3_000_000_001, "currency": "USD"},  # 3e-10 rel
        {"span": _span("$10 million"), "value": 1e7, "currency": "USD"},  # gold has no value
        {"span": _span("40 yen"), "value": 40.0, "currency": "JPY"},
    ]
    score = _money(gold, pred)
    assert (score.value_recall.hit, score.value_recall.total) == (2, 2)
    assert (score.value_precision.hit, score.value_precision.total) == (2, 2)
    wrong: list[dict[str, Any]] = [{**pred[0], "value": 3.1e9}, pred[1], {**pred[2], "value": None}]
    score = _money(gold, wrong)
    assert (score.value_recall.hit, score.value_recall.total) == (0, 2)
    assert (score.value_precision.hit, score.value_precision.total) == (0, 2)
    usd_gold = [gold[0]]
    eur = _money(usd_gold, [{**pred[0], "currency": "EUR"}])
    assert eur.value_recall.hit == 0


def test_money_value_precision_counts_spurious_amounts() -> None:
    gold = [{"span": _span("$3 billion"), "value": 3e9, "currency": "USD"}]
    pred: list[dict[str, Any]] = [
        {"span": _span("$3 billion"), "value": 3e9, "currency": "USD"},
        {"span": _span("40 yen"), "value": 40, "currency": "JPY"},
    ]
    score = _money(gold, pred)
    assert (score.value_precision.hit, score.value_precision.total) == (1, 2)
    assert (score.value_recall.hit, score.value_recall.total) == (1, 1)
    # A missed gold amount costs value recall.
    missed = _money(gold, [])
    assert (missed.value_recall.hit, missed.value_recall.total) == (0, 1)


def test_money_malformed_prediction_spans_are_false_positives() -> None:
    gold = [{"span": _span("$3 billion"), "value": None, "currency": None}]
    score = _money(gold, [{"span": None}, {"span": [9, 3]}, {"value": 1}])
    assert (score.overlap.tp, score.overlap.fp, score.overlap.fn) == (0, 3, 1)


def test_score_record_scores_only_listed_tasks() -> None:
    record = {
        "id": "x",
        "text": MONEY_TEXT,
        "tasks": ["money"],
        "gold": {"money": [{"span": _span("40 yen"), "value": 40, "currency": "JPY"}]},
    }
    prediction = {"dateline": {"span": [0, 2]}, "money": "not a list", "quotes": []}
    scored = score_record(record, prediction)
    assert scored.dateline is None and scored.quotes is None and scored.casualties is None
    assert scored.money is not None
    assert (scored.money.overlap.fn, scored.money.overlap.fp) == (1, 0)
    assert [m.kind for m in scored.misses] == ["missed"]
