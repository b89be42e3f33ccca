"""Immutable score objects, and their JSON and Markdown renderings.

Every score is a frozen attrs object of plain counts that can be added together, so a
corpus total is just the sum of per-record scores, and rates are derived on demand
(never stored, so they cannot disagree with the counts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

TASKS = ("dateline", "money", "casualties", "quotes")
#: The casualty kinds of the annotation guidelines, in the order reports list them.
CASUALTY_KINDS = (
    "killed",
    "injured",
    "shot",
    "missing",
    "kidnapped",
    "arrested",
    "evacuated",
    "displaced",
)


def _rate(hit: int, total: int) -> float | None:
    return hit / total if total else None


@attrs.frozen
class Ratio:
    """``hit`` out of ``total``: an accuracy or a rate."""

    hit: int = 0
    total: int = 0

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.hit + other.hit, self.total + other.total)

    @property
    def value(self) -> float | None:
        return _rate(self.hit, self.total)

    def as_dict(self) -> dict[str, Any]:
        return {"hit": self.hit, "total": self.total, "rate": self.value}


@attrs.frozen
class PRF:
    """True positives, false positives and false negatives, with derived P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float | None:
        return _rate(self.tp, self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        return _rate(self.tp, self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        # 2PR/(P+R) written over counts; defined whenever there is anything to score.
        return _rate(2 * self.tp, 2 * self.tp + self.fp + self.fn)

    def as_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@attrs.frozen
class DatelineScore:
    """Record-level detection, and field accuracy over the records detected correctly."""

    records: int = 0
    detection: PRF = PRF()
    location: Ratio = Ratio()
    agency: Ratio = Ratio()
    date: Ratio = Ratio()
    exact_span: Ratio = Ratio()

    def __add__(self, o: DatelineScore) -> DatelineScore:
        return DatelineScore(
            self.records + o.records,
            self.detection + o.detection,
            self.location + o.location,
            self.agency + o.agency,
            self.date + o.date,
            self.exact_span + o.exact_span,
        )


@attrs.frozen
class MoneyScore:
    """Overlap matching, exact-boundary matching, and value+currency correctness."""

    records: int = 0
    overlap: PRF = PRF()
    exact: PRF = PRF()
    value_recall: Ratio = Ratio()
    value_precision: Ratio = Ratio()
    excused: int = 0  # predictions on an already matched gold span (second end of a range)

    def __add__(self, o: MoneyScore) -> MoneyScore:
        return MoneyScore(
            self.records + o.records,
            self.overlap + o.overlap,
            self.exact + o.exact,
            self.value_recall + o.value_recall,
            self.value_precision + o.value_precision,
            self.excused + o.excused,
        )


def _merged(a: Mapping[str, Any], b: Mapping[str, Any]) -> dict[str, Any]:
    """Two per-kind tallies added key by key (values support ``+``)."""
    out = dict(a)
    for key, value in b.items():
        out[key] = out[key] + value if key in out else value
    return out


@attrs.frozen
class CasualtyScore:
    """Casualty scores per kind: documents, mentions, and findings no gold can judge.

    ``documents`` holds document-level count accuracy for corpora that give one count per
    kind and no spans; ``mentions`` holds span-level P/R/F1 for corpora with spans;
    ``unjudged`` counts findings of kinds a document-level gold has no column for, so they
    are shown (and can be judged by hand) rather than silently dropped.
    """

    records: int = 0
    documents: Mapping[str, Ratio] = attrs.field(factory=dict)
    mentions: Mapping[str, PRF] = attrs.field(factory=dict)
    unjudged: Mapping[str, int] = attrs.field(factory=dict)

    def __add__(self, o: CasualtyScore) -> CasualtyScore:
        return CasualtyScore(
            self.records + o.records,
            _merged(self.documents, o.documents),
            _merged(self.mentions, o.mentions),
            _merged(self.unjudged, o.unjudged),
        )

    def kind(self, name: str) -> Ratio:
        """Document-level accuracy of one kind (empty when no gold gives it)."""
        return self.documents.get(name, Ratio())

    def mention(self, name: str) -> PRF:
        """Mention-level counts of one kind (empty when neither side has it)."""
        return self.mentions.get(name, PRF())

    @property
    def overall(self) -> Ratio:
        return sum(self.documents.values(), Ratio())

    @property
    def all_mentions(self) -> PRF:
        return sum(self.mentions.values(), PRF())


@attrs.frozen
class QuoteScore:
    """Quote span matching, speaker accuracy on matched quotes, and end-to-end matching.

    ``speaker`` takes the name or the credited mention ("she" where gold's mention is "she");
    ``speaker_name`` only the name, the figure a reader of the output sees.
    """

    records: int = 0
    quotes: PRF = PRF()
    speaker: Ratio = Ratio()
    end_to_end: PRF = PRF()
    speaker_name: Ratio = Ratio()

    def __add__(self, o: QuoteScore) -> QuoteScore:
        return QuoteScore(
            self.records + o.records,
            self.quotes + o.quotes,
            self.speaker + o.speaker,
            self.end_to_end + o.end_to_end,
            self.speaker_name + o.speaker_name,
        )


TaskScore = DatelineScore | MoneyScore | CasualtyScore | QuoteScore


@attrs.frozen
class Miss:
    """One error shown to a developer: what gold said, what was predicted, and where."""

    task: str
    kind: str
    record_id: str
    gold: str
    predicted: str
    context: str

    def as_dict(self) -> dict[str, str]:
        return attrs.asdict(self)


def _plain(value: Any) -> Any:
    if isinstance(value, PRF | Ratio):
        return value.as_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    return value


def _score_dict(score: TaskScore) -> dict[str, Any]:
    out = {field.name: _plain(getattr(score, field.name)) for field in attrs.fields(type(score))}
    if isinstance(score, CasualtyScore):
        out["overall"] = score.overall.as_dict()
        out["all_mentions"] = score.all_mentions.as_dict()
    return out


@attrs.frozen
class CorpusReport:
    """Scores of one corpus file; a task is None when no record of the file annotates it."""

    name: str
    records: int
    seconds: float
    crashes: int = 0
    dateline: DatelineScore | None = None
    money: MoneyScore | None = None
    casualties: CasualtyScore | None = None
    quotes: QuoteScore | None = None
    errors: tuple[Miss, ...] = ()

    def task(self, name: str) -> TaskScore | None:
        value: TaskScore | None = getattr(self, name)
        return value

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "records": self.records,
            "seconds": round(self.seconds, 3),
            "crashes": self.crashes,
            "tasks": {t: _score_dict(s) for t in TASKS if (s := self.task(t)) is not None},
            "errors": [m.as_dict() for m in self.errors],
        }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines


#: Casualty kinds with a column of their own in document-level tables; the rest share one.
COLUMN_KINDS = ("killed", "injured")


def _columns(score: TaskScore) -> list[tuple[str, str]]:
    """(header, cell) pairs of one corpus's row in its task's table."""
    cols = [("records", str(score.records))]
    if isinstance(score, DatelineScore):
        d = score.detection
        cols += [("P", _pct(d.precision)), ("R", _pct(d.recall)), ("F1", _pct(d.f1))]
        cols += [
            (name, _pct(getattr(score, name).value)) for name in ("location", "agency", "date")
        ]
        cols += [("exact span", _pct(score.exact_span.value))]
    elif isinstance(score, MoneyScore):
        o = score.overlap
        cols += [("gold", str(o.tp + o.fn)), ("predicted", str(o.tp + o.fp + score.excused))]
        cols += [("P", _pct(o.precision)), ("R", _pct(o.recall)), ("F1", _pct(o.f1))]
        cols += [("exact F1", _pct(score.exact.f1))]
        cols += [("value R", _pct(score.value_recall.value))]
        cols += [("value P", _pct(score.value_precision.value))]
    elif isinstance(score, CasualtyScore):
        cols += [(f"{k} acc", _pct(score.kind(k).value)) for k in COLUMN_KINDS]
        others = [k for k in CASUALTY_KINDS if k in score.documents and k not in COLUMN_KINDS]
        acc = ", ".join(f"{k} {_pct(score.kind(k).value)}" for k in others)
        cols += [("other kinds acc", acc or "-"), ("overall acc", _pct(score.overall.value))]
        found = ", ".join(f"{k} {n}" for k in CASUALTY_KINDS if (n := score.unjudged.get(k)))
        cols += [("found, no gold column", found or "-")]
    else:
        q = score.quotes
        cols += [("gold", str(q.tp + q.fn)), ("predicted", str(q.tp + q.fp))]
        cols += [("P", _pct(q.precision)), ("R", _pct(q.recall)), ("F1", _pct(q.f1))]
        cols += [("speaker acc", _pct(score.speaker.value))]
        cols += [("speaker name acc", _pct(score.speaker_name.value))]
        cols += [("end-to-end F1", _pct(score.end_to_end.f1))]
    return cols


def _task_rows(task: str, corpora: Sequence[CorpusReport]) -> tuple[list[str], list[list[str]]]:
    header: list[str] = []
    rows: list[list[str]] = []
    for c in corpora:
        score = c.task(task)
        if isinstance(score, CasualtyScore) and not score.documents:
            continue  # a corpus with spans: its rows are in the mention table
        if score is not None:
            cols = _columns(score)
            header = ["corpus", *(h for h, _ in cols)]
            rows.append([c.name, *(cell for _, cell in cols)])
    return header, rows


def _mention_rows(corpora: Sequence[CorpusReport]) -> list[list[str]]:
    """One row per corpus and casualty kind seen in its gold or its findings, then all kinds."""
    rows: list[list[str]] = []
    for c in corpora:
        score = c.casualties
        if score is None or not score.mentions:
            continue
        kinds = [k for k in CASUALTY_KINDS if k in score.mentions]
        kinds += sorted(set(score.mentions) - set(CASUALTY_KINDS))
        for kind, prf in [*((k, score.mention(k)) for k in kinds), ("all", score.all_mentions)]:
            rows.append(
                [
                    c.name,
                    kind,
                    str(prf.tp + prf.fn),
                    str(prf.tp + prf.fp),
                    _pct(prf.precision),
                    _pct(prf.recall),
                    _pct(prf.f1),
                ]
            )
    return rows


MENTION_HEADER = ("corpus", "kind", "gold", "predicted", "P", "R", "F1")


@attrs.frozen
class Report:
    """The scores of a whole run, corpus by corpus."""

    corpora: tuple[CorpusReport, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"corpora": [c.as_dict() for c in self.corpora]}

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.as_dict(), indent=indent, ensure_ascii=False)

    def to_markdown(self) -> str:
        """One table per task (percentages), then the collected misses, if any."""
        lines: list[str] = []
        for task in TASKS:
            header, rows = _task_rows(task, self.corpora)
            if rows:
                lines += [f"### {task}", "", *_table(header, rows), ""]
            if task == "casualties" and (mention_rows := _mention_rows(self.corpora)):
                lines += ["### casualty mentions", "", *_table(MENTION_HEADER, mention_rows), ""]
        timing = ", ".join(f"{c.name} {c.records} in {c.seconds:.1f}s" for c in self.corpora)
        lines.append(f"Records scored: {timing}.")
        crashed = [f"{c.name} ({c.crashes})" for c in self.corpora if c.crashes]
        if crashed:
            lines.append(f"Records whose parse raised (scored as empty): {', '.join(crashed)}.")
        for c in self.corpora:
            if c.errors:
                lines += ["", f"### errors in {c.name}", ""]
                lines += [
                    f"- [{m.task}/{m.kind}] {m.record_id}: gold {m.gold}; predicted "
                    f"{m.predicted}; context: {m.context}"
                    for m in c.errors
                ]
        return "\n".join(lines) + "\n"
