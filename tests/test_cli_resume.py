"""``newsparse parse --resume``: a run that ended early goes on after its last whole document,
and the output is then the one an unbroken run writes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.cli import main
from test_cli_parse import _jsonl


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A JSON Lines input and the output an unbroken run writes of it."""
    folder = tmp_path_factory.mktemp("resume")
    source = _jsonl(folder / "in.jsonl", 12)
    out = folder / "whole.jsonl"
    result = CliRunner().invoke(main, ["parse", "-j", "1", "-o", str(out), str(source)])
    assert result.exit_code == 0, result.output
    return source, out.read_bytes()


@settings(max_examples=25, deadline=None)
@given(cut=st.integers(min_value=0, max_value=10_000))
def test_resuming_a_run_cut_anywhere_writes_the_unbroken_output(
    whole: tuple[Path, bytes], cut: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    source, expected = whole
    out = tmp_path_factory.mktemp("cut") / "out.jsonl"
    out.write_bytes(expected[: cut % (len(expected) + 1)])  # ended anywhere, mid-line too
    result = CliRunner().invoke(main, ["parse", "-j", "1", "-o", str(out), "--resume", str(source)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == expected


def test_resume_parses_only_the_articles_after_the_last_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # paths in meta as given, as a rerun from the same folder has
    runner = CliRunner()
    _jsonl(tmp_path / "in.jsonl", 12)
    assert runner.invoke(main, ["parse", "-j", "1", "-o", "out.jsonl", "in.jsonl"]).exit_code == 0
    expected = (tmp_path / "out.jsonl").read_bytes()
    (tmp_path / "out.jsonl").write_bytes(b"".join(expected.splitlines(keepends=True)[:9]))
    # the articles already written are changed: a resumed run must not parse them again
    records = [json.loads(line) for line in (tmp_path / "in.jsonl").read_text().splitlines()]
    for record in records[:9]:
        record["text"] = "changed"
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = runner.invoke(main, ["parse", "-j", "1", "-o", "out.jsonl", "--resume", "in.jsonl"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out.jsonl").read_bytes() == expected


def test_resume_with_other_inputs_is_a_one_line_error_and_writes_nothing(
    whole: tuple[Path, bytes], tmp_path: Path
) -> None:
    _, expected = whole
    out = tmp_path / "out.jsonl"
    out.write_bytes(expected)
    other = _jsonl(tmp_path / "other.jsonl", 3)
    result = CliRunner().invoke(main, ["parse", "-o", str(out), "--resume", str(other)])
    assert result.exit_code == 1
    assert "cannot resume: the output's last document came from" in result.stderr
    assert "give the sources the run started with" in result.stderr
    assert out.read_bytes() == expected


def test_resume_without_an_output_yet_is_a_run_from_the_start(
    whole: tuple[Path, bytes], tmp_path: Path
) -> None:
    source, expected = whole
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["parse", "-j", "1", "-o", str(out), "--resume", str(source)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == expected


def test_resume_refuses_an_output_that_is_not_newsparse_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("id,count\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "-o", str(out), "--resume"], input="Text.")
    assert result.exit_code == 1
    assert "its last line is not a document of newsparse parse" in result.stderr


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ([], "goes on with a JSON Lines file"),
        (["--format", "parquet", "-o", "out.parquet"], "goes on with a JSON Lines file"),
        (["--table", "-o", "out.txt"], "goes on with a JSON Lines file"),
        (["-o", "out.jsonl.gz"], "appends to an uncompressed file"),
    ],
    ids=["stdout", "parquet", "table", "gzip"],
)
def test_resume_needs_an_uncompressed_json_lines_file(arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["parse", "--resume", *arguments], input="Text.")
    assert result.exit_code == 2
    assert f"--resume {message}" in result.stderr


def test_a_resumed_run_s_progress_counts_on_from_the_articles_written(
    whole: tuple[Path, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules["newsparse.cli.progress"], "LOG_EVERY", 0.0)  # one per article
    source, expected = whole
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"".join(expected.splitlines(keepends=True)[:9]))
    result = CliRunner().invoke(
        main, ["parse", "-j", "1", "--progress", "-o", str(out), "--resume", str(source)]
    )
    assert result.exit_code == 0, result.output
    logged = [line for line in result.stderr.splitlines() if line.startswith("parsing: ")]
    assert [line.split(" articles,")[0].split("/")[0] for line in logged] == [
        "parsing: 10",
        "parsing: 11",
        "parsing: 12",
    ]
