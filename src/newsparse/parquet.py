"""Findings as a table: one row per finding, written to Parquet for pandas, DuckDB and Spark.

Every row has the same leading columns, ``doc_id`` (the document's ``meta`` ``id``, else its
``path``, with ``:line`` for a JSON Lines record, else null), ``category``, ``start``, ``end``, ``text``, ``extractor`` and ``version``,
followed by the normalized fields of every finding type, each named ``<category>_<field>``
(``money_value``, ``casualties_count``, ``dateline_date``) and null on rows of other categories.
The prefix keeps names stable: fields of one name in two categories (``value`` is a Decimal in
money, ISO text in dates) never clash, and an added plugin never renames a column. A span field
becomes two integer columns (``money_phrase_span_start``, ``money_phrase_span_end``); a Decimal
a float64 (as in the JSON contract); a date a Parquet date; a field of any other type JSON text.

A document's failures are rows too, so a table never hides what broke: ``category`` is
``failure``, ``extractor`` names what failed, ``failure_error`` says why, and the span is the empty
one at 0 (``start`` and ``end`` 0, ``text`` empty), so every row's span holds. Parquet text must be
UTF-8, which a lone surrogate (``"\\ud800"``, possible in a Python string) is not: each one is
written as U+FFFD, one character for one, so spans and lengths still agree and one odd character
never costs the file.

Row building is plain Python (:class:`FindingColumns`), used by the Dask integration too;
pyarrow, from the ``parquet`` extra, is imported only to build a schema or write a file.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import types
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from os import PathLike
from typing import TYPE_CHECKING, Any, Self

import attrs
from attrs import frozen

from newsparse.document import Document
from newsparse.findings import Finding
from newsparse.plugins import default_registry, known_finding_types
from newsparse.provenance import PARQUET_KEY
from newsparse.provenance import provenance as provenance_of
from newsparse.span import Span

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.parquet as pq

#: The columns every row starts with, and their kinds.
LEADING_COLUMNS = (
    ("doc_id", "string"),
    ("category", "string"),
    ("start", "int"),
    ("end", "int"),
    ("text", "string"),
    ("extractor", "string"),
    ("version", "string"),
)
#: The category of a failure's row, and the column holding its error.
FAILURE_CATEGORY = "failure"
FAILURE_COLUMNS = (("failure_error", "string"),)
_REQUIRED = frozenset({"category", "start", "end", "text"})
_SURROGATE = re.compile("[\ud800-\udfff]")
_BASE_FIELDS = frozenset(field.name for field in attrs.fields(Finding))
DEFAULT_ROWS_PER_GROUP = 50_000


def pyarrow_modules() -> tuple[Any, Any]:
    """``(pyarrow, pyarrow.parquet)``, or an ImportError that says which extra to install."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise ImportError(
            "Parquet output needs pyarrow: pip install 'newsparse[parquet]'"
        ) from error
    return pyarrow, pyarrow.parquet


@frozen
class _FieldColumn:
    field: str
    column: str
    kind: str  # string, int, bool, float, date, span or json


@frozen
class FindingColumns:
    """The table layout for a set of finding types, and the rows of documents in it."""

    columns: tuple[tuple[str, str], ...]
    by_category: dict[str, tuple[_FieldColumn, ...]]

    @classmethod
    def of(cls, finding_types: Iterable[type[Finding]] | None = None) -> Self:
        """The layout for ``finding_types`` (default: the built-ins and installed plugins')."""
        columns = dict(LEADING_COLUMNS + FAILURE_COLUMNS)
        by_category: dict[str, tuple[_FieldColumn, ...]] = {}
        for finding_type in finding_types or known_finding_types():
            if finding_type.category == FAILURE_CATEGORY:
                raise ValueError(
                    f"{finding_type.__name__}: category {FAILURE_CATEGORY!r} is the failures' rows"
                )
            if finding_type.category in by_category:
                continue
            planned = []
            hints = typing.get_type_hints(finding_type)
            for field in attrs.fields(finding_type):
                if field.name in _BASE_FIELDS:
                    continue
                kind = _kind(hints[field.name])
                column = f"{finding_type.category}_{field.name}"
                if any(name in columns for name in _names(column, kind)):
                    raise ValueError(
                        f"{finding_type.__name__}.{field.name}: column {column!r} is taken"
                    )
                planned.append(_FieldColumn(field.name, column, kind))
                columns.update(dict.fromkeys(_names(column, kind), _stored_kind(kind)))
            by_category[finding_type.category] = tuple(planned)
        return cls(tuple(columns.items()), by_category)

    def rows(self, document: Document) -> Iterator[dict[str, Any]]:
        """One row per finding of ``document``, then one per failure; columns of other
        categories are left out."""
        document_id = doc_id(document.meta)
        for finding in document.findings:
            row: dict[str, Any] = {
                "doc_id": document_id,
                "category": finding.category,
                "start": finding.span.start,
                "end": finding.span.end,
                "text": finding.text,
                "extractor": finding.extractor,
                "version": finding.version,
            }
            for planned in self.by_category.get(finding.category, ()):
                _store(row, planned, getattr(finding, planned.field))
            yield _utf8(row)
        for failure in document.failures:
            yield _utf8(
                {
                    "doc_id": document_id,
                    "category": FAILURE_CATEGORY,
                    "start": 0,
                    "end": 0,
                    "text": "",
                    "extractor": failure.extractor,
                    "failure_error": failure.error,
                }
            )

    def arrow_schema(self) -> pa.Schema:
        pa, _ = pyarrow_modules()
        types_by_kind = {
            "string": pa.string(),
            "int": pa.int64(),
            "bool": pa.bool_(),
            "float": pa.float64(),
            "date": pa.date32(),
        }
        return pa.schema(
            [
                pa.field(name, types_by_kind[kind], nullable=name not in _REQUIRED)
                for name, kind in self.columns
            ]
        )

    def arrow_table(self, documents: Iterable[Document]) -> pa.Table:
        """The rows of ``documents`` as an Arrow table (``.to_pandas()`` for a DataFrame)."""
        pa, _ = pyarrow_modules()
        rows = [row for document in documents for row in self.rows(document)]
        return pa.Table.from_pylist(rows, schema=self.arrow_schema())


def doc_id(meta: dict[str, Any]) -> str | None:
    """A document's ``doc_id`` in the table, from its ``meta``: its ``id``; else where it came
    from, ``path:line`` for a JSON Lines record (its file's path alone would give every record of
    the file one id), the path for a text file; else None. A table of one's own built from
    documents joins the findings' on it."""
    if meta.get("id") is not None:
        return str(meta["id"])
    if meta.get("path") is None:
        return None
    return f"{meta['path']}:{meta['line']}" if meta.get("line") is not None else str(meta["path"])


def _kind(hint: Any) -> str:
    options = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    concrete = [option for option in options if option is not type(None)]
    if len(concrete) != 1:
        return "json"
    (kind,) = concrete
    if kind is Span:
        return "span"
    if kind is bool:
        return "bool"
    if kind is int:
        return "int"
    if kind in (float, Decimal):
        return "float"
    if kind is dt.date:
        return "date"
    return "string" if kind is str else "json"


def _names(column: str, kind: str) -> tuple[str, ...]:
    return (f"{column}_start", f"{column}_end") if kind == "span" else (column,)


def _stored_kind(kind: str) -> str:
    return {"span": "int", "json": "string"}.get(kind, kind)


def _store(row: dict[str, Any], planned: _FieldColumn, value: Any) -> None:
    if planned.kind == "span":
        start, end = (None, None) if value is None else (value.start, value.end)
        row[f"{planned.column}_start"], row[f"{planned.column}_end"] = start, end
    elif value is None:
        row[planned.column] = None
    elif planned.kind == "float":
        row[planned.column] = float(value)
    elif planned.kind == "json":
        row[planned.column] = json.dumps(_plain(value), ensure_ascii=False)
    else:
        row[planned.column] = value


def _utf8(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with each lone surrogate in its text replaced by U+FFFD (Parquet text is UTF-8)."""
    for column, value in row.items():
        if isinstance(value, str) and not value.isascii():
            row[column] = _SURROGATE.sub("\ufffd", value)
    return row


def _plain(value: Any) -> Any:
    if isinstance(value, Span):
        return value.to_list()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if attrs.has(type(value)):
        return {k: _plain(v) for k, v in attrs.asdict(value, recurse=False).items()}
    return value


class ParquetWriter:
    """Writes the findings of documents to one Parquet file, a row group at a time.

    The file's metadata holds ``provenance`` as JSON under the key ``newsparse``: what produced
    the findings (:mod:`newsparse.provenance`; default: the extractors :func:`newsparse.parse`
    runs here). Give the one kept beside JSON Lines when turning them into a table.

    >>> with ParquetWriter("findings.parquet") as writer:  # doctest: +SKIP
    ...     for document in parse_many(articles):
    ...         writer.write(document)
    """

    def __init__(
        self,
        path: str | PathLike[str],
        *,
        finding_types: Sequence[type[Finding]] | None = None,
        rows_per_group: int = DEFAULT_ROWS_PER_GROUP,
        provenance: Mapping[str, Any] | None = None,
    ) -> None:
        _, parquet = pyarrow_modules()
        self.layout = FindingColumns.of(finding_types)
        self.rows_written = 0
        self._rows_per_group = rows_per_group
        self._buffer: list[dict[str, Any]] = []
        if provenance is None:
            provenance = provenance_of(default_registry().select(None))
        self._schema = self.layout.arrow_schema().with_metadata(
            {PARQUET_KEY: json.dumps(provenance)}
        )
        self._file: pq.ParquetWriter = parquet.ParquetWriter(path, self._schema)

    def write(self, document: Document) -> None:
        self._buffer.extend(self.layout.rows(document))
        if len(self._buffer) >= self._rows_per_group:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._file.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _flush(self) -> None:
        if self._buffer:
            pa, _ = pyarrow_modules()
            table = pa.Table.from_pylist(self._buffer, schema=self._schema)
            self._file.write_table(table)
            self.rows_written += len(self._buffer)
            self._buffer.clear()


def write_parquet(
    documents: Iterable[Document],
    path: str | PathLike[str],
    *,
    finding_types: Sequence[type[Finding]] | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> int:
    """Write the findings of ``documents`` to ``path``; returns the number of rows.
    ``provenance`` is as for :class:`ParquetWriter`."""
    with ParquetWriter(path, finding_types=finding_types, provenance=provenance) as writer:
        for document in documents:
            writer.write(document)
    return writer.rows_written
