"""Corpus discovery and reading, the runner, and the report renderings."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from newsparse.evaluation import (
    CorpusError,
    corpus_files,
    corpus_name,
    empty_parse,
    evaluate,
    read_records,
    resolve_corpora_dir,
)

TEXT = 'PARIS (AFP) - Police said 3 people were killed. "It was awful," Marie Dupont said.'
RECORDS: list[dict[str, Any]] = [
    {
        "id": "a",
        "text": TEXT,
        "published": "2020-01-02",
        "tasks": ["dateline", "quotes"],
        "gold": {
            "dateline": {"span": [0, 13], "location": "PARIS", "agency": "AFP", "date": None},
            "quotes": [{"span": [49, 62], "speaker": "Marie Dupont", "speaker_span": [64, 76]}],
        },
    },
    {
        "id": "b",
        "text": "No dateline here.",
        "published": None,
        "tasks": ["dateline"],
        "gold": {"dateline": None},
    },
    {
        "id": "c",
        "text": TEXT,
        "published": None,
        "tasks": ["casualties"],
        "gold": {
            "casualties": [
                {"span": None, "count": 3, "kind": "killed"},
                {"span": None, "count": 0, "kind": "injured"},
            ]
        },
    },
]


def _write(path: Path, records: list[dict[str, Any]], blank: bool = False) -> Path:
    lines = [json.dumps(r) for r in records]
    if blank:
        lines.insert(1, "")
    data = "\n".join(lines) + "\n"
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_offsets_of_the_fixture() -> None:
    gold = RECORDS[0]["gold"]
    assert TEXT[0:13] == "PARIS (AFP) -"
    assert TEXT[49:62] == "It was awful,"
    assert TEXT[64:76] == "Marie Dupont"
    assert TEXT[48:63] == '"It was awful,"'
    assert gold["quotes"][0]["speaker_span"] == [64, 76]


@pytest.mark.parametrize("name", ["one.jsonl", "one.jsonl.gz"])
def test_read_records_plain_and_gzip(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path / name, RECORDS, blank=True)
    assert [r["id"] for r in read_records(path)] == ["a", "b", "c"]
    assert corpus_name(path) == "one"


def test_read_records_reports_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(RECORDS[0]) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.jsonl:2"):
        list(read_records(path))
    path.write_text('{"id": "no text"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="text"):
        list(read_records(path))


def test_corpus_files_skip_aux_and_other_files(tmp_path: Path) -> None:
    _write(tmp_path / "b.jsonl.gz", RECORDS)
    _write(tmp_path / "a.jsonl", RECORDS)
    (tmp_path / "README.md").write_text("x", encoding="utf-8")
    (tmp_path / "aux").mkdir()
    _write(tmp_path / "aux" / "a.jsonl.gz", RECORDS)
    assert [p.name for p in corpus_files(tmp_path)] == ["a.jsonl", "b.jsonl.gz"]


def test_resolve_corpora_dir_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    explicit, env = tmp_path / "explicit", tmp_path / "env"
    explicit.mkdir()
    env.mkdir()
    work = tmp_path / "repo"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.delenv("NEWSPARSE_CORPORA", raising=False)
    assert resolve_corpora_dir() is None
    shared = tmp_path / "shared" / "corpora"
    shared.mkdir(parents=True)
    assert resolve_corpora_dir() == shared.resolve()
    monkeypatch.setenv("NEWSPARSE_CORPORA", str(env))
    assert resolve_corpora_dir() == env
    assert resolve_corpora_dir(explicit) == explicit
    with pytest.raises(CorpusError):
        resolve_corpora_dir(tmp_path / "absent")


class _Doc:
    def __init__(self, data: dict[str, Any]) -> None:
        self._data = data

    def to_dict(self) -> dict[str, Any]:
        return self._data


def _parser(text: str, published: str | None = None) -> _Doc:
    if text.startswith("No dateline"):
        raise RuntimeError("boom")
    out = empty_parse(text, published)
    out["dateline"] = {"span": [0, 13], "location": "Paris", "agency": "AFP", "date": None}
    out["quotes"] = [{"span": [48, 63], "speaker": "Dupont", "speaker_span": None}]
    out["casualties"] = [{"span": [26, 27], "count": 3, "kind": "killed"}]
    return _Doc(out)


def test_evaluate_end_to_end(tmp_path: Path) -> None:
    path = _write(tmp_path / "mini.jsonl.gz", RECORDS)
    report = evaluate([path], _parser, errors=5, progress=False)
    (corpus,) = report.corpora
    assert (corpus.name, corpus.records, corpus.crashes) == ("mini", 3, 1)
    assert corpus.dateline is not None and corpus.quotes is not None
    assert corpus.casualties is not None and corpus.money is None
    # Record b crashed: scored as empty, which is right for a record without a dateline.
    assert (corpus.dateline.detection.tp, corpus.dateline.detection.fp) == (1, 0)
    assert corpus.dateline.location.hit == 1
    assert corpus.quotes.end_to_end.tp == 1
    assert (corpus.casualties.overall.hit, corpus.casualties.overall.total) == (2, 2)
    assert [m.task for m in corpus.errors] == ["crash"]

    data = json.loads(report.to_json())
    tasks = data["corpora"][0]["tasks"]
    assert tasks["dateline"]["detection"]["f1"] == 1.0
    assert tasks["casualties"]["overall"] == {"hit": 2, "total": 2, "rate": 1.0}
    text = report.to_markdown()
    assert "### dateline" in text and "| mini | 2 | 100.0 |" in text
    assert "### money" not in text


def test_evaluate_empty_predictions_limit_and_errors(tmp_path: Path) -> None:
    path = _write(tmp_path / "mini.jsonl", RECORDS)
    report = evaluate([path], empty_parse, errors=1, limit=2, progress=False)
    (corpus,) = report.corpora
    assert corpus.records == 2 and corpus.casualties is None
    assert corpus.dateline is not None and corpus.quotes is not None
    detection = corpus.dateline.detection
    assert (detection.tp, detection.fp, detection.fn) == (0, 0, 1)
    assert detection.precision is None and detection.f1 == 0.0
    assert (corpus.quotes.quotes.fn, corpus.quotes.speaker.total) == (1, 0)
    # One miss per task at most.
    assert sorted(m.task for m in corpus.errors) == ["dateline", "quotes"]
    assert "[PARIS (AFP) -]" in corpus.errors[0].context
    assert "| mini | 2 | - | 0.0 | 0.0 |" in report.to_markdown()
