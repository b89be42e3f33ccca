"""The accuracy page's second row for a corpus whose gold is known to miss quotes: the main row
keeps every record, the second leaves out the records the gold cannot hold, and a note says why.
Records written for these tests."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks.accuracy import GOLD_GAPS, run

from newsparse.evaluation import Report

QUOTED = 'Ann Lee said, "We will build it." The vote is in May.'
APOSTROPHES = "Tom Ray said, ''We will not build it.'' The vote is in June."


def _corpus(folder: Path, name: str) -> Path:
    records = [
        {
            "id": f"{name}-{i}",
            "source": name,
            "text": text,
            "tasks": ["quotes"],
            "gold": {"quotes": [{"span": [15, 31], "speaker": "Ann Lee"}] if i == 0 else []},
        }
        for i, text in enumerate([QUOTED, APOSTROPHES])
    ]
    path = folder / f"{name}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r) + "\n" for r in records)
    return path


def _quote_rows(report: Report, corpus: str) -> dict[str, tuple[int, int]]:
    """Row name -> (records scored, false quotes), for one corpus's rows."""
    return {
        row.name: (row.records, row.quotes.quotes.fp)
        for row in report.corpora
        if row.name.startswith(f"{corpus} · ") and row.quotes is not None
    }


def test_a_known_gold_gap_adds_a_row_without_the_records_it_misses(tmp_path: Path) -> None:
    report, notes = run([_corpus(tmp_path, "polnear")], [], budget=10**9, seed=1, limit=None)
    assert _quote_rows(report, "polnear") == {
        "polnear · newsparse": (2, 1),  # the ''-quoted record's quote has no gold: a false finding
        f"polnear · newsparse, {GOLD_GAPS['polnear'].label}": (1, 0),
    }
    assert len(notes) == 1 and "1 of 2 records kept" in notes[0]


def test_a_corpus_without_a_known_gap_has_one_row(tmp_path: Path) -> None:
    report, notes = run([_corpus(tmp_path, "other")], [], budget=10**9, seed=1, limit=None)
    assert list(_quote_rows(report, "other")) == ["other · newsparse"] and notes == []
