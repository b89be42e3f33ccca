"""newsparse.dask on a real two-worker LocalCluster: bags and dataframes of texts to findings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip(
    "dask", reason="the dask extra is not installed (pip install 'newsparse[dask]')"
)
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")

import cloudpickle  # noqa: E402  (comes with dask)
import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import scaling_fixtures  # noqa: E402
from newsparse.batch import INPUT_FAILURE, parse_many  # noqa: E402
from newsparse.dask import findings_bag, findings_frame, parse_bag  # noqa: E402
from newsparse.parquet import FindingColumns  # noqa: E402

# Workers are fresh processes that cannot import this test folder: ship the fixtures by value.
cloudpickle.register_pickle_by_value(scaling_fixtures)

EXTRACTORS = [scaling_fixtures.DollarExtractor(), scaling_fixtures.BoomExtractor()]
ARTICLES = [
    "The bill came to $12 in the end.",
    "No money in this one.",
    "BOOM: it broke, after $3.",
    "$1 then $2 then $3.",
    "",
    "They paid $700 for it.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[distributed.Client]:
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        client.wait_for_workers(2)
        yield client


def test_the_cluster_has_two_worker_processes(client: distributed.Client) -> None:
    assert len(client.scheduler_info()["workers"]) == 2


def test_a_bag_of_texts_gives_the_documents_parse_many_gives(client: distributed.Client) -> None:
    bag = db.from_sequence(ARTICLES, npartitions=3)
    documents = parse_bag(bag, extractors=EXTRACTORS).compute()
    assert documents == list(parse_many(ARTICLES, processes=1, extractors=EXTRACTORS))
    assert [f.extractor for f in documents[2].failures] == ["test_boom"]


def test_a_bag_of_records_gives_finding_rows(client: distributed.Client) -> None:
    records = [{"text": text, "id": f"a{i}"} for i, text in enumerate(ARTICLES)]
    records.append({"text": "$9 on a bad day", "id": "late", "published": "someday"})
    rows = findings_bag(db.from_sequence(records, npartitions=4), extractors=EXTRACTORS)
    computed = rows.compute()
    failures = sorted(
        (row["doc_id"], row["extractor"]) for row in computed if row["category"] == "failure"
    )
    assert failures == [("a2", "test_boom"), ("late", INPUT_FAILURE)]
    found = sorted(
        (row["doc_id"], row["text"], row["money_value"])
        for row in computed
        if row["category"] == "money"
    )
    assert found == [
        ("a0", "$12", 12.0),
        ("a2", "$3", 3.0),
        ("a3", "$1", 1.0),
        ("a3", "$2", 2.0),
        ("a3", "$3", 3.0),
        ("a5", "$700", 700.0),
        ("late", "$9", 9.0),
    ]


def test_a_dataframe_of_texts_gives_a_dataframe_of_findings(
    client: distributed.Client, tmp_path: Path
) -> None:
    articles = pd.DataFrame(
        {
            "story": ARTICLES,
            "day": ["2024-01-0" + str(i + 1) for i in range(5)] + [None],
            "key": [f"k{i}" for i in range(6)],
        }
    )
    frame = dd.from_pandas(articles, npartitions=3)
    findings = findings_frame(
        frame, text_column="story", published_column="day", id_column="key", extractors=EXTRACTORS
    )
    expected_columns = [name for name, _ in FindingColumns.of().columns]
    assert list(findings.columns) == expected_columns
    result = findings.compute()
    failed = result[result["category"] == "failure"]
    assert list(zip(failed["doc_id"], failed["extractor"], strict=True)) == [("k2", "test_boom")]
    assert "exploded" in failed["failure_error"].iloc[0]
    result = result[result["category"] == "money"]
    assert sorted(zip(result["doc_id"], result["money_value"], strict=True)) == [
        ("k0", 12.0),
        ("k2", 3.0),
        ("k3", 1.0),
        ("k3", 2.0),
        ("k3", 3.0),
        ("k5", 700.0),
    ]
    findings.to_parquet(tmp_path / "findings")
    assert len(pd.read_parquet(tmp_path / "findings")) == 7


def test_the_index_is_the_id_when_no_id_column_is_given(client: distributed.Client) -> None:
    articles = pd.DataFrame({"text": ["$1", "$2"]}, index=[101, 202])
    result = findings_frame(dd.from_pandas(articles, npartitions=2), extractors=EXTRACTORS)
    assert sorted(result.compute()["doc_id"]) == ["101", "202"]


def test_broken_rows_are_failure_rows_not_fatal(client: distributed.Client) -> None:
    articles = pd.DataFrame({"text": ["$5 fine", None, "$6 fine"], "day": ["bad", "x", None]})
    frame = dd.from_pandas(articles, npartitions=1)
    result = findings_frame(frame, published_column="day", extractors=EXTRACTORS).compute()
    assert sorted(result["money_value"].dropna()) == [5.0, 6.0]
    failed = result[result["category"] == "failure"]
    assert list(failed["doc_id"]) == ["0", "1"] and set(failed["extractor"]) == {INPUT_FAILURE}
    documents = parse_bag(db.from_sequence([{"text": "x", "published": "bad"}])).compute()
    assert documents[0].failures[0].extractor == INPUT_FAILURE
    assert documents[0].published is None
