"""One scorer per task: a gold record and a prediction dict in, additive scores out.

The functions are pure and take the plain dicts of the gold format (docs/gold-format.md)
and of ``Document.to_dict()``, so they can be tested with hand-made data and reused to
score any other library whose output is mapped to the same dicts. Each scorer's
docstring states its matching rule.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from newsparse.evaluation.matching import (
    Span,
    as_span,
    fold,
    greedy_match,
    names_match,
    overlap,
    trim_span,
)
from newsparse.evaluation.report import (
    PRF,
    CasualtyScore,
    DatelineScore,
    Miss,
    MoneyScore,
    QuoteScore,
    Ratio,
)
from newsparse.findings import Casualty

MONEY_MIN_OVERLAP = 0.3
QUOTE_MIN_OVERLAP = 0.5
VALUE_REL_TOLERANCE = 1e-6
CONTEXT_CHARS = 40
_WHITESPACE = re.compile(r"\s+")

Item = Mapping[str, Any]


def context(text: str, span: Span | None, width: int = CONTEXT_CHARS) -> str:
    """A one-line excerpt around ``span`` with the span in [brackets]."""
    if span is None:
        return _one_line(text[: 2 * width]) + ("…" if len(text) > 2 * width else "")
    s, e = max(0, span[0]), min(len(text), span[1])
    before = _one_line(text[max(0, s - width) : s])
    inside = _one_line(text[s:e] if e - s <= 3 * width else text[s : s + 3 * width] + "…")
    return f"{before}[{inside}]{_one_line(text[e : e + width])}"


def _one_line(value: str) -> str:
    return _WHITESPACE.sub(" ", value)


def _items(prediction: Mapping[str, Any], key: str) -> list[Item]:
    value = prediction.get(key)
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _show(value: Any) -> str:
    return "null" if value is None else repr(value)


def score_dateline(
    record_id: str, text: str, gold: Item | None, predicted: Any
) -> tuple[DatelineScore, list[Miss]]:
    """Detection is per record; fields are compared on records where both have a dateline.

    Fields are compared with :func:`fold`; two nulls agree. The exact-span rate is over the
    same detected records.
    """
    pred: Item | None = predicted if isinstance(predicted, Mapping) else None
    misses: list[Miss] = []
    if gold is None and pred is None:
        return DatelineScore(records=1), misses
    pred_span = as_span(pred.get("span")) if pred is not None else None
    if gold is None:
        assert pred is not None
        misses.append(
            Miss(
                "dateline",
                "spurious",
                record_id,
                "null",
                _show(pred.get("location")),
                context(text, pred_span),
            )
        )
        return DatelineScore(records=1, detection=PRF(fp=1)), misses
    gold_span = as_span(gold.get("span"))
    if pred is None:
        misses.append(
            Miss(
                "dateline",
                "missed",
                record_id,
                _show(gold.get("location")),
                "null",
                context(text, gold_span),
            )
        )
        return DatelineScore(records=1, detection=PRF(fn=1)), misses
    fields: dict[str, Ratio] = {}
    for name in ("location", "agency", "date"):
        right = fold(gold.get(name)) == fold(_str_or_none(pred.get(name)))
        fields[name] = Ratio(int(right), 1)
        if not right:
            misses.append(
                Miss(
                    "dateline",
                    name,
                    record_id,
                    _show(gold.get(name)),
                    _show(pred.get(name)),
                    context(text, gold_span),
                )
            )
    exact = gold_span is not None and gold_span == pred_span
    if not exact:
        misses.append(
            Miss(
                "dateline",
                "span",
                record_id,
                _show(gold_span),
                _show(pred_span),
                context(text, gold_span),
            )
        )
    return DatelineScore(
        records=1, detection=PRF(tp=1), exact_span=Ratio(int(exact), 1), **fields
    ), misses


def _str_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) else None if value is None else str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def value_matches(gold: Item, pred: Item) -> bool:
    """Value equal within 1e-6 relative; currency equal unless gold leaves it null."""
    g, p = _number(gold.get("value")), _number(pred.get("value"))
    if g is None or p is None or not math.isclose(g, p, rel_tol=VALUE_REL_TOLERANCE):
        return False
    return gold.get("currency") is None or gold.get("currency") == pred.get("currency")


def score_money(
    record_id: str, text: str, gold: Sequence[Item], predicted: Sequence[Item]
) -> tuple[MoneyScore, list[Miss]]:
    """Spans trimmed of outer punctuation match one to one at >= 30% of the gold span.

    An unmatched prediction that overlaps a matched gold span is excused (not a false
    positive): it is the other end of a range gold marks as one span. Exactness compares
    the raw gold span with the prediction's ``span`` or ``phrase_span``. Value scoring
    covers gold items with a value (recall), and predictions matched to them or, in records
    whose gold has values, unmatched ones (precision).
    """
    gold_spans = [as_span(g.get("span")) for g in gold]
    gold_trim = [trim_span(text, s) if s else (0, 0) for s in gold_spans]
    pred_spans = [as_span(p.get("span")) for p in predicted]
    pred_trim = [trim_span(text, s) if s else None for s in pred_spans]
    pairs = greedy_match(gold_trim, pred_trim, MONEY_MIN_OVERLAP)
    matched_gold = {gi for gi, _ in pairs}
    matched_pred = {pi for _, pi in pairs}
    misses: list[Miss] = []
    excused = fp = 0
    valued_record = any(_number(g.get("value")) is not None for g in gold)
    value_p = value_r = Ratio()
    for pi, trimmed in enumerate(pred_trim):
        if pi in matched_pred:
            continue
        if trimmed is not None and any(overlap(gold_trim[gi], trimmed) for gi in matched_gold):
            excused += 1
            continue
        fp += 1
        value_p += Ratio(0, int(valued_record))
        misses.append(
            Miss(
                "money",
                "spurious",
                record_id,
                "none",
                _show(predicted[pi].get("value")),
                context(text, pred_spans[pi]),
            )
        )
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            misses.append(
                Miss(
                    "money",
                    "missed",
                    record_id,
                    _show(g.get("value")),
                    "none",
                    context(text, gold_spans[gi]),
                )
            )
    exact = 0
    for gi, pi in pairs:
        g, p = gold[gi], predicted[pi]
        if gold_spans[gi] in (pred_spans[pi], as_span(p.get("phrase_span"))):
            exact += 1
        if _number(g.get("value")) is None:
            continue
        right = value_matches(g, p)
        value_r += Ratio(int(right), 1)
        value_p += Ratio(int(right), 1)
        if not right:
            misses.append(
                Miss(
                    "money",
                    "value",
                    record_id,
                    f"{_show(g.get('value'))} {g.get('currency')}",
                    f"{_show(p.get('value'))} {p.get('currency')}",
                    context(text, gold_spans[gi]),
                )
            )
    unmatched_gold_values = sum(
        1
        for gi, g in enumerate(gold)
        if gi not in matched_gold and _number(g.get("value")) is not None
    )
    value_r += Ratio(0, unmatched_gold_values)
    tp = len(pairs)
    return MoneyScore(
        records=1,
        overlap=PRF(tp, fp, len(gold) - tp),
        exact=PRF(exact, fp + tp - exact, len(gold) - exact),
        value_recall=value_r,
        value_precision=value_p,
        excused=excused,
    ), misses


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def score_casualties(
    record_id: str, text: str, gold: Sequence[Item], predicted: Sequence[Item]
) -> tuple[CasualtyScore, list[Miss]]:
    """Every finding is scored: per document where gold has no spans, per mention otherwise.

    Document level (gold items without spans, one count per kind): the prediction for each kind
    gold lists is the story's figure by the library's one rule,
    :func:`newsparse.extractors.casualties.totals.document_figures` (the rule behind
    ``Document.casualty_totals``), worked out from the predicted items: 0 when there are none,
    and wrong when the kind is only told without a count (the finding claims harm the gold does
    not count). Findings of kinds the gold has no column for are tallied in ``unjudged``.
    Mention level: gold and findings of the same kind are paired one to one by overlapping
    span; a pair is right when the counts agree (a wrong count is a false positive and a
    miss), and every unpaired finding, count-less or of any kind, is a false positive.
    """
    if gold and all(g.get("span") is None for g in gold):
        return _score_casualty_documents(record_id, text, gold, predicted)
    return _score_casualty_mentions(record_id, text, gold, predicted)


def _as_casualty(item: Item, text: str) -> Casualty:
    """A predicted item as the finding it stands for; a missing or broken span becomes an
    empty one at the start, so its count still counts but it stands beside no other."""
    start, end = as_span(item.get("span")) or (0, 0)
    return Casualty.at(
        text,
        start,
        end,
        count=_count(item.get("count")),
        kind=str(item.get("kind")),
        lower=_count(item.get("lower")),
        upper=_count(item.get("upper")),
        qualifier=_str_or_none(item.get("qualifier")),
        victims=_str_or_none(item.get("victims")),
        subset=item.get("subset") is True,
        inferred=item.get("inferred") is True,
        past=item.get("past") is True,
    )


def _score_casualty_documents(
    record_id: str, text: str, gold: Sequence[Item], predicted: Sequence[Item]
) -> tuple[CasualtyScore, list[Miss]]:
    # lazy: only document-level records need the library's rule for a story's figures
    from newsparse.extractors.casualties.totals import document_figures, story_mentions

    findings = [_as_casualty(p, text) for p in predicted]
    figures = document_figures(findings, text)
    gold_kinds = {g.get("kind") for g in gold}
    unjudged = Counter(f.kind for f in story_mentions(findings, text) if f.kind not in gold_kinds)
    documents: dict[str, Ratio] = {}
    misses: list[Miss] = []
    for g in gold:
        kind = str(g.get("kind"))
        guess = figures.get(kind, 0)
        right = guess is not None and guess == g.get("count")
        documents[kind] = documents.get(kind, Ratio()) + Ratio(int(right), 1)
        if not right:
            found = [f for f in findings if f.kind == kind]
            where = next((f for f in found if f.count == guess), found[0] if found else None)
            misses.append(
                Miss(
                    "casualties",
                    kind,
                    record_id,
                    _show(g.get("count")),
                    _show(guess),
                    context(text, (where.span.start, where.span.end) if where else None),
                )
            )
    return CasualtyScore(records=1, documents=documents, unjudged=dict(unjudged)), misses


def _label(item: Item) -> str:
    return f"{_show(_count(item.get('count')))} {item.get('kind')}"


def _same_count(gold: Sequence[Item], found: Sequence[Item]) -> Callable[[int, int], bool]:
    gold_counts = [_count(g.get("count")) for g in gold]
    found_counts = [_count(p.get("count")) for p in found]
    return lambda gi, pi: gold_counts[gi] == found_counts[pi]


def _score_casualty_mentions(
    record_id: str, text: str, gold: Sequence[Item], predicted: Sequence[Item]
) -> tuple[CasualtyScore, list[Miss]]:
    mentions: dict[str, PRF] = {}
    misses: list[Miss] = []
    kinds = {str(i.get("kind")) for i in (*gold, *predicted)}
    for kind in sorted(kinds):
        gold_items = [g for g in gold if str(g.get("kind")) == kind]
        found = [p for p in predicted if str(p.get("kind")) == kind]
        gold_spans = [as_span(g.get("span")) or (0, 0) for g in gold_items]
        found_spans = [as_span(p.get("span")) for p in found]
        pairs = greedy_match(gold_spans, found_spans, 0.0, _same_count(gold_items, found))
        right = 0
        for gi, pi in pairs:
            if _count(gold_items[gi].get("count")) == _count(found[pi].get("count")):
                right += 1
            else:
                misses.append(
                    Miss(
                        "casualties",
                        "count",
                        record_id,
                        _label(gold_items[gi]),
                        _label(found[pi]),
                        context(text, gold_spans[gi]),
                    )
                )
        matched_gold = {gi for gi, _ in pairs}
        matched_found = {pi for _, pi in pairs}
        misses += [
            Miss(
                "casualties", "missed", record_id, _label(g), "none", context(text, gold_spans[gi])
            )
            for gi, g in enumerate(gold_items)
            if gi not in matched_gold
        ]
        misses += [
            Miss(
                "casualties",
                "spurious",
                record_id,
                "none",
                _label(p),
                context(text, found_spans[pi]),
            )
            for pi, p in enumerate(found)
            if pi not in matched_found
        ]
        mentions[kind] = PRF(right, len(found) - right, len(gold_items) - right)
    return CasualtyScore(records=1, mentions=mentions), misses


def speaker_right(text: str, gold: Item, pred: Item) -> bool:
    """Name match (see :func:`names_match`) or overlapping ``speaker_span``.

    A gold quote with no speaker is right only when the prediction names none either.
    """
    gold_name, pred_name = gold.get("speaker"), pred.get("speaker")
    gold_span, pred_span = as_span(gold.get("speaker_span")), as_span(pred.get("speaker_span"))
    if gold_name is None and gold_span is None:
        return pred_name is None and pred_span is None
    if (
        isinstance(gold_name, str)
        and isinstance(pred_name, str)
        and names_match(gold_name, pred_name)
    ):
        return True
    return gold_span is not None and pred_span is not None and overlap(gold_span, pred_span) > 0


def speaker_named(gold: Item, pred: Item) -> bool:
    """The prediction's speaker names gold's (see :func:`names_match`); none for none."""
    gold_name, pred_name = gold.get("speaker"), pred.get("speaker")
    if not isinstance(gold_name, str):
        return pred_name is None
    return isinstance(pred_name, str) and names_match(gold_name, pred_name)


def score_quotes(
    record_id: str, text: str, gold: Sequence[Item], predicted: Sequence[Item]
) -> tuple[QuoteScore, list[Miss]]:
    """Spans trimmed of punctuation and quote marks match one to one at >= 50% of gold.

    Speaker accuracy is over matched quotes, with the name or the credited mention, and with
    the name alone; end to end, a prediction counts only when both its quote and its speaker
    (name or mention) are right.
    """
    gold_spans = [as_span(g.get("span")) for g in gold]
    gold_trim = [trim_span(text, s, quote_marks=True) if s else (0, 0) for s in gold_spans]
    pred_spans = [as_span(p.get("span")) for p in predicted]
    pred_trim = [trim_span(text, s, quote_marks=True) if s else None for s in pred_spans]
    pairs = greedy_match(gold_trim, pred_trim, QUOTE_MIN_OVERLAP)
    misses: list[Miss] = []
    matched_pred = {pi for _, pi in pairs}
    matched_gold = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched_gold:
            misses.append(
                Miss(
                    "quotes",
                    "missed",
                    record_id,
                    _show(g.get("speaker")),
                    "none",
                    context(text, gold_spans[gi]),
                )
            )
    for pi, p in enumerate(predicted):
        if pi not in matched_pred:
            misses.append(
                Miss(
                    "quotes",
                    "spurious",
                    record_id,
                    "none",
                    _show(p.get("speaker")),
                    context(text, pred_spans[pi]),
                )
            )
    right = 0
    named = sum(speaker_named(gold[gi], predicted[pi]) for gi, pi in pairs)
    for gi, pi in pairs:
        if speaker_right(text, gold[gi], predicted[pi]):
            right += 1
        else:
            misses.append(
                Miss(
                    "quotes",
                    "speaker",
                    record_id,
                    _show(gold[gi].get("speaker")),
                    _show(predicted[pi].get("speaker")),
                    context(text, gold_spans[gi]),
                )
            )
    tp = len(pairs)
    return QuoteScore(
        records=1,
        quotes=PRF(tp, len(predicted) - tp, len(gold) - tp),
        speaker=Ratio(right, tp),
        end_to_end=PRF(right, len(predicted) - right, len(gold) - right),
        speaker_name=Ratio(named, tp),
    ), misses


@attrs.frozen
class RecordScore:
    """The scores of one record for the tasks it annotates (None for the others)."""

    dateline: DatelineScore | None = None
    money: MoneyScore | None = None
    casualties: CasualtyScore | None = None
    quotes: QuoteScore | None = None
    misses: tuple[Miss, ...] = ()


def score_record(record: Mapping[str, Any], prediction: Mapping[str, Any]) -> RecordScore:
    """Score one prediction dict against one gold record, for the record's tasks only."""
    rid, text = str(record.get("id", "?")), str(record["text"])
    gold: Mapping[str, Any] = record.get("gold") or {}
    tasks = set(record.get("tasks") or ())
    misses: list[Miss] = []
    scores: dict[str, Any] = {}
    if "dateline" in tasks:
        scores["dateline"], m = score_dateline(
            rid, text, gold.get("dateline"), prediction.get("dateline")
        )
        misses += m
    for task, scorer in (
        ("money", score_money),
        ("casualties", score_casualties),
        ("quotes", score_quotes),
    ):
        if task in tasks:
            gold_items = [g for g in gold.get(task) or () if isinstance(g, Mapping)]
            scores[task], m = scorer(rid, text, gold_items, _items(prediction, task))
            misses += m
    return RecordScore(misses=tuple(misses), **scores)
