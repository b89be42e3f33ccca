"""Findings from a Dask bag or dataframe of articles, on whatever Dask cluster the user runs.

Needs the ``dask`` extra (``pip install 'newsparse[dask]'``). Each partition is parsed with
:func:`~newsparse.batch.parse_many` inside the Dask worker that holds it (``processes=1``: Dask
already gives every core its worker), so the cluster, not newsparse, decides where work runs.
Extractors given by name are looked up in each worker's own installation; instances are
shipped to the workers by Dask.

The rows are those of the Parquet table (:mod:`newsparse.parquet`), so a frame of findings can be
written with ``.to_parquet()`` and read next to the files of ``newsparse parse --format parquet``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from newsparse.batch import Item, parse_many
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.parquet import FindingColumns

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("newsparse.dask needs Dask: pip install 'newsparse[dask]'") from error

Extractors = Sequence[str | Extractor] | None


def parse_bag(bag: db.Bag, *, extractors: Extractors = None, published: Any = None) -> db.Bag:
    """A bag of :class:`Document`, one per item of ``bag`` (texts, records or dicts), in order."""
    return bag.map_partitions(_parse, extractors=extractors, published=published)


def findings_bag(bag: db.Bag, *, extractors: Extractors = None, published: Any = None) -> db.Bag:
    """A bag of findings as dicts, one per finding: the Parquet table's leading columns and
    those of the finding's own category; ``.to_dataframe(columns=...)`` with the names of
    :meth:`FindingColumns.of().columns <newsparse.parquet.FindingColumns.of>` fills in the rest."""
    layout = FindingColumns.of()
    return bag.map_partitions(_rows, layout, extractors=extractors, published=published)


def findings_frame(
    frame: dd.DataFrame,
    *,
    text_column: str = "text",
    published_column: str | None = None,
    id_column: str | None = None,
    extractors: Extractors = None,
    published: Any = None,
) -> dd.DataFrame:
    """A dataframe of findings, one row per finding, with the Parquet table's columns.

    ``doc_id`` is taken from ``id_column``, or else from ``frame``'s index.
    """
    layout = FindingColumns.of()
    return frame.map_partitions(
        _frame_findings,
        layout,
        text_column=text_column,
        published_column=published_column,
        id_column=id_column,
        extractors=extractors,
        published=published,
        meta=_arrow_frame(layout, []),
        align_dataframes=False,
    )


def _parse(items: Iterable[Item], extractors: Extractors, published: Any) -> list[Document]:
    return list(parse_many(items, processes=1, extractors=extractors, published=published))


def _rows(
    items: Iterable[Item], layout: FindingColumns, extractors: Extractors, published: Any
) -> list[dict[str, Any]]:
    documents = _parse(items, extractors, published)
    return [row for document in documents for row in layout.rows(document)]


def _frame_findings(
    part: pd.DataFrame,
    layout: FindingColumns,
    *,
    text_column: str,
    published_column: str | None,
    id_column: str | None,
    extractors: Extractors,
    published: Any,
) -> pd.DataFrame:
    ids = part[id_column] if id_column else part.index
    dates = part[published_column] if published_column else [None] * len(part)
    records = (
        {"text": text, "published": None if pd.isna(date) else date, "id": _plain_id(doc_id)}
        for text, date, doc_id in zip(part[text_column], dates, ids, strict=True)
    )
    return _arrow_frame(layout, _rows(records, layout, extractors, published))


def _plain_id(value: Any) -> str | None:
    return None if pd.isna(value) else str(value)


def _arrow_frame(layout: FindingColumns, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows as a pandas frame of Arrow-backed columns: the same dtypes with or without nulls."""
    import pyarrow as pa

    table = pa.Table.from_pylist(rows, schema=layout.arrow_schema())
    return table.to_pandas(types_mapper=pd.ArrowDtype)
