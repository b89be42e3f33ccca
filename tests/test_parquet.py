"""The Parquet table of findings: layout, values, ids, row groups and the missing-extra error."""

from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest
from attrs import frozen
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Casualty, Dateline, Document, Finding, Money, Quote, Span
from newsparse.batch import parse_many
from newsparse.findings import BUILTIN_FINDINGS, Failure
from newsparse.parquet import FindingColumns, ParquetWriter, pyarrow_modules, write_parquet
from newsparse.parquet import doc_id as table_doc_id
from newsparse.testing import news_text
from scaling_fixtures import BoomExtractor, DollarExtractor

pa = pytest.importorskip("pyarrow", reason="the parquet extra (pyarrow) is not installed")
pq = pytest.importorskip("pyarrow.parquet")

STORY = 'MOSUL, Iraq, May 4 (Reuters) - Two people were killed. "We paid $40," Ali said.'


def _story() -> Document:
    quote_start = STORY.index("We")
    return Document(
        STORY,
        meta={"id": "wire-1"},
        findings=[
            Dateline.at(STORY, 0, 30, location="MOSUL, Iraq", date=dt.date(2017, 5, 4)),
            Casualty.at(STORY, 31, 34, count=2, kind="killed"),
            Quote.at(
                STORY, quote_start, quote_start + 11, speaker="Ali", speaker_span=Span(77, 80)
            ),
            Money.at(STORY, 71, 74, value=Decimal("40"), currency="USD", phrase_span=Span(71, 74)),
        ],
    )


def test_schema_has_the_leading_columns_then_typed_fields() -> None:
    schema = FindingColumns.of(BUILTIN_FINDINGS).arrow_schema()
    assert schema.names[:7] == [
        "doc_id",
        "category",
        "start",
        "end",
        "text",
        "extractor",
        "version",
    ]
    expected = {
        "start": pa.int64(),
        "dateline_date": pa.date32(),
        "money_value": pa.float64(),
        "dates_value": pa.string(),
        "casualties_count": pa.int64(),
        "casualties_subset": pa.bool_(),
        "money_phrase_span_start": pa.int64(),
        "quotes_speaker_span_end": pa.int64(),
        "money_currency": pa.string(),
    }
    for name, kind in expected.items():
        assert schema.field(name).type == kind, name
    assert not schema.field("category").nullable and schema.field("doc_id").nullable


def test_one_row_per_finding_with_its_own_fields(tmp_path: Path) -> None:
    path = tmp_path / "findings.parquet"
    assert write_parquet([_story()], path, finding_types=BUILTIN_FINDINGS) == 4
    rows = {row["category"]: row for row in pq.read_table(path).to_pylist()}
    assert set(rows) == {"dateline", "casualties", "quotes", "money"}
    assert {row["doc_id"] for row in rows.values()} == {"wire-1"}
    dateline, casualty, quote, money = (
        rows[c] for c in ("dateline", "casualties", "quotes", "money")
    )
    assert dateline["dateline_date"] == dt.date(2017, 5, 4)
    assert dateline["dateline_location"] == "MOSUL, Iraq" and dateline["casualties_count"] is None
    assert (casualty["casualties_count"], casualty["casualties_kind"]) == (2, "killed")
    assert (quote["quotes_speaker_span_start"], quote["quotes_speaker_span_end"]) == (77, 80)
    assert money["money_value"] == 40.0 and money["money_phrase_span_end"] == 74
    for row in rows.values():
        assert STORY[row["start"] : row["end"]] == row["text"]


@pytest.mark.parametrize(
    ("meta", "doc_id"),
    [
        ({"id": 17, "path": "a.txt"}, "17"),
        ({"path": "a.txt"}, "a.txt"),
        ({"path": "a.jsonl", "line": 2}, "a.jsonl:2"),  # not the file's: one id per record
        ({"id": "s1", "path": "a.jsonl", "line": 2}, "s1"),
        ({}, None),
    ],
)
def test_doc_id_is_the_id_else_the_path(meta: dict[str, object], doc_id: str | None) -> None:
    document = Document("$5", meta=meta, findings=[Money.at("$5", 0, 2, value=Decimal(5))])
    (row,) = FindingColumns.of(BUILTIN_FINDINGS).rows(document)
    assert row["doc_id"] == table_doc_id(meta) == doc_id  # a table of one's own joins on it


def test_no_findings_still_writes_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "empty.parquet"
    assert write_parquet([Document("Nothing here.")], path) == 0
    table = pq.read_table(path)
    assert table.num_rows == 0 and "category" in table.schema.names


def test_large_outputs_go_in_several_row_groups(tmp_path: Path) -> None:
    path = tmp_path / "many.parquet"
    texts = [f"${i} and ${i + 1}" for i in range(100)]
    with ParquetWriter(path, rows_per_group=30) as writer:
        for document in parse_many(texts, processes=1, extractors=[DollarExtractor()]):
            writer.write(document)
    file = pq.ParquetFile(path)
    assert file.metadata.num_rows == 200 == writer.rows_written
    assert file.metadata.num_row_groups == 7
    assert file.read().column("money_value").to_pylist()[:4] == [0.0, 1.0, 1.0, 2.0]


@frozen(kw_only=True)
class Tally(Finding):
    """A plugin's finding: a ``count`` that is text, and a field no column kind fits."""

    category: ClassVar[str] = "tallies"
    count: str | None = None
    parts: tuple[int, ...] = ()


def test_plugin_fields_get_their_own_columns_and_odd_ones_become_json() -> None:
    layout = FindingColumns.of((Casualty, Tally, Casualty))
    columns = dict(layout.columns)
    assert columns["casualties_count"] == "int" and columns["tallies_count"] == "string"
    assert columns["tallies_parts"] == "string"
    tally = Tally(span=Span(0, 3), text="ten", count="ten", parts=(1, 2))
    document = Document("ten", findings=[tally])
    (row,) = layout.rows(document)
    assert row["tallies_count"] == "ten" and row["tallies_parts"] == "[1, 2]"
    assert layout.arrow_table([document]).num_rows == 1


@frozen(kw_only=True)
class Doc(Finding):
    category: ClassVar[str] = "doc"
    id: str | None = None


def test_a_field_that_would_take_a_leading_column_is_refused() -> None:
    with pytest.raises(ValueError, match="'doc_id' is taken"):
        FindingColumns.of((Doc,))


def test_a_missing_pyarrow_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    with pytest.raises(ImportError, match=r"newsparse\[parquet\]"):
        pyarrow_modules()


def test_pandas_reads_the_file(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas", reason="pandas comes with the dask extra")
    path = tmp_path / "story.parquet"
    write_parquet([_story()], path)
    frame = pd.read_parquet(path)
    assert sorted(frame["category"]) == ["casualties", "dateline", "money", "quotes"]


@given(st.lists(news_text(), max_size=8))
def test_rows_match_findings_for_any_text(texts: list[str]) -> None:
    documents = list(parse_many(texts, processes=1, extractors=[DollarExtractor()]))
    table = FindingColumns.of().arrow_table(documents)
    assert table.num_rows == sum(len(d.findings) for d in documents)
    by_text = "".join(texts)
    for row in table.to_pylist():
        assert row["text"] in by_text and row["end"] - row["start"] == len(row["text"])


def test_a_lone_surrogate_is_written_as_a_replacement_and_costs_nothing(tmp_path: Path) -> None:
    text = '"Paid x\ud800y," Ali said of the $5.'
    odd = Document(
        text,
        meta={"id": "odd\udc80"},
        findings=[Quote.at(text, 1, 10, speaker="Ali"), Money.at(text, 28, 30, value=Decimal(5))],
    )
    path = tmp_path / "odd.parquet"
    assert write_parquet([_story(), odd, _story()], path, finding_types=BUILTIN_FINDINGS) == 10
    rows = pq.read_table(path).to_pylist()
    assert len(rows) == 10
    quote = next(
        row for row in rows if row["doc_id"] == "odd\ufffd" and row["category"] == "quotes"
    )
    assert quote["text"] == "Paid x\ufffdy,"
    assert quote["end"] - quote["start"] == len(quote["text"])


def test_failures_are_rows_of_their_own(tmp_path: Path) -> None:
    broken = Document(
        "$5",
        meta={"id": "b"},
        findings=[Money.at("$5", 0, 2, value=Decimal(5))],
        failures=[Failure("quotes", "ValueError: bad \ud800"), Failure("<input>", "bad date")],
    )
    path = tmp_path / "failures.parquet"
    assert write_parquet([broken], path, finding_types=BUILTIN_FINDINGS) == 3
    rows = pq.read_table(path).to_pylist()
    assert [(r["category"], r["extractor"], r["failure_error"]) for r in rows] == [
        ("money", "", None),
        ("failure", "quotes", "ValueError: bad \ufffd"),
        ("failure", "<input>", "bad date"),
    ]
    assert all(r["doc_id"] == "b" for r in rows)
    assert [(r["start"], r["end"], r["text"]) for r in rows[1:]] == [(0, 0, "")] * 2


def test_failures_from_a_batch_reach_the_table() -> None:
    documents = parse_many(["$1 BOOM", "$2"], processes=1, extractors=[BoomExtractor()])
    table = FindingColumns.of().arrow_table(documents)
    assert table.column("category").to_pylist() == ["failure"]
    assert table.column("extractor").to_pylist() == ["test_boom"]


@frozen(kw_only=True)
class Failing(Finding):
    category: ClassVar[str] = "failure"


def test_the_failure_category_is_reserved() -> None:
    with pytest.raises(ValueError, match="'failure' is the failures' rows"):
        FindingColumns.of((Failing,))
