"""``newsparse parse`` on parse_many: --jobs, --format parquet, the progress bar, bad records."""

from __future__ import annotations

import gzip
import io
import json
import re
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from newsparse.cli import main
from newsparse.cli.progress import bar_by_default
from newsparse.serialize import RESERVED

STORIES = [
    'WASHINGTON, March 3 (Reuters) - "We paid $5 million," the minister said on Friday.',
    "KABUL (AP) — At least 12 people were killed and 30 wounded in a blast, police said.",
    "Nothing to find here.",
]


def _jsonl(path: Path, count: int) -> Path:
    records = [
        {"id": f"s{i}", "text": STORIES[i % len(STORIES)], "published": "2021-03-05"}
        for i in range(count)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_jobs_keep_the_input_order(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 150)  # three chunks: workers do start
    runner = CliRunner()
    alone = runner.invoke(main, ["parse", "--json", "-j", "1", str(source)])
    together = runner.invoke(main, ["parse", "--json", "--jobs", "2", str(source)])
    assert alone.exit_code == together.exit_code == 0, together.output
    ids = [json.loads(line)["meta"]["id"] for line in together.stdout.splitlines()]
    assert ids == [f"s{i}" for i in range(150)]
    assert together.stdout == alone.stdout


def test_parquet_has_one_row_per_finding_of_the_json(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    source = _jsonl(tmp_path / "in.jsonl", 6)
    runner = CliRunner()
    out = tmp_path / "findings.parquet"
    result = runner.invoke(main, ["parse", "--format", "parquet", "-o", str(out), str(source)])
    assert result.exit_code == 0, result.output
    as_json = runner.invoke(main, ["parse", "--format", "jsonl", str(source)])
    documents = [json.loads(line) for line in as_json.stdout.splitlines()]
    expected = sum(
        1 if key == "dateline" else len(value)
        for document in documents
        for key, value in document.items()
        if key not in RESERVED and value
    )
    table = pq.read_table(out)
    assert table.num_rows == expected
    assert set(table.column("doc_id").to_pylist()) <= {f"s{i}" for i in range(6)}


def test_parquet_of_chosen_extractors_names_those_the_json_lists(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet", reason="the parquet extra is not installed")
    source = _jsonl(tmp_path / "in.jsonl", 3)
    runner = CliRunner()
    out = tmp_path / "money.parquet"
    chosen = ["-e", "money"]
    result = runner.invoke(
        main, ["parse", *chosen, "--format", "parquet", "-o", str(out), str(source)]
    )
    assert result.exit_code == 0, result.output
    as_json = runner.invoke(main, ["parse", *chosen, "--json", str(source)])
    ran = {
        run["name"]
        for line in as_json.stdout.splitlines()
        for run in json.loads(line)["extractors"]
    }
    provenance = json.loads(pq.read_schema(out).metadata[b"newsparse"])
    assert (
        {extractor["name"] for extractor in provenance["extractors"]}
        == ran
        == {"datelines", "money"}
    )
    assert set(pq.read_table(out).column("category").to_pylist()) <= {"dateline", "money"}


MONEY_STORY = "GENEVA, May 3 (Reuters) - The fund gave $3 million, the minister said.\n"


def test_one_extractor_writes_its_categories_and_says_which_ran() -> None:
    result = CliRunner().invoke(main, ["parse", "-e", "money", "--json", "-"], input=MONEY_STORY)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [run["name"] for run in data["extractors"]] == ["datelines", "money"]
    assert set(data) - RESERVED == {"dateline", "money"}  # no casualties, quotes...: not run


def test_an_extractor_named_with_e_runs_though_the_environment_disables_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the docs said "off everywhere" while -e ran it: the request for this run wins, as documented
    monkeypatch.setenv("NEWSPARSE_DISABLE", "money, datelines")
    chosen = ["-e", "money", "-e", "datelines"]
    result = CliRunner().invoke(main, ["parse", *chosen, "--json", "-"], input=MONEY_STORY)
    assert result.exit_code == 0, result.output
    assert [run["name"] for run in json.loads(result.stdout)["extractors"]] == [
        "datelines",
        "money",
    ]


def test_a_disabled_requirement_of_a_named_extractor_says_how_to_run_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE", "datelines")
    result = CliRunner().invoke(main, ["parse", "-e", "money", "--json", "-"], input=MONEY_STORY)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: extractor 'money' requires 'dateline', but NEWSPARSE_DISABLE switches off "
        "datelines; name 'datelines' too to run it anyway\n"
    )


def test_the_table_says_which_extractors_ran_and_what_they_found_nothing_of() -> None:
    chosen = ["-e", "money", "-e", "casualties"]
    result = CliRunner().invoke(main, ["parse", *chosen, "--table", "-"], input=MONEY_STORY)
    assert result.exit_code == 0, result.output
    lines = " ".join(result.stdout.split())
    assert re.search(
        r"ran: datelines \S+, money \S+, casualties \S+; nothing found: casualties", lines
    )


def test_an_output_named_in_gz_is_compressed_as_such_a_name_is_read(tmp_path: Path) -> None:
    source = _jsonl(tmp_path / "in.jsonl", 4)
    runner = CliRunner()
    plain = runner.invoke(main, ["parse", "-j", "1", "--json", str(source)])
    result = runner.invoke(
        main, ["parse", "-j", "1", "-o", str(tmp_path / "o.JSONL.GZ"), str(source)]
    )
    assert result.exit_code == 0, result.output
    assert gzip.decompress((tmp_path / "o.JSONL.GZ").read_bytes()).decode() == plain.stdout


def test_jsonl_goes_to_the_output_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["parse", "-o", str(out)], input="Some text.\n")
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == "Some text.\n"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--format", "parquet"], "needs a file"),
        (["--table", "--format", "jsonl"], "cannot be combined"),
        (["--published", "yesterday"], "ISO date"),
        (["-e", "no_such_extractor"], "no extractor named 'no_such_extractor'"),
        (["--jobs", "0"], "0 is not in the range"),
    ],
)
def test_bad_options_are_refused_before_any_work(arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["parse", *arguments], input="text")
    assert result.exit_code != 0
    assert message in result.output


def test_a_record_with_a_bad_date_is_named_and_kept(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": "good", "text": "Fine."}\n{"id": "late", "text": "$5 bad.", "published": "soon"}\n',
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", "--json", str(source)])
    assert result.exit_code == 1
    assert "in.jsonl:2: published must be an ISO date" in result.stderr
    written = [json.loads(x) for x in result.stdout.splitlines()]
    assert [d["meta"]["id"] for d in written] == ["good", "late"]
    assert written[1]["published"] is None and written[1]["money"]
    assert [f["extractor"] for f in written[1]["failures"]] == ["<input>"]


def test_the_progress_bar_shows_articles_per_second() -> None:
    result = CliRunner().invoke(main, ["parse", "--json", "--progress"], input="One.\n")
    assert result.exit_code == 0
    assert "articles/s" in result.stderr


def test_on_files_the_bar_has_a_total_and_the_time_left(tmp_path: Path) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.txt").write_text(f"Police said {name} died.", encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"\xff not UTF-8")  # a problem counts as read
    result = CliRunner().invoke(main, ["parse", "--json", "--progress", str(tmp_path)])
    assert result.exit_code == 1
    assert "4/4" in result.stderr and " left" in result.stderr
    lines = '{"text": "One."}\n{"text": "Two."}\n'
    (tmp_path / "more.jsonl").write_text(lines, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", "--progress", str(tmp_path)])
    assert "6/6" in result.stderr and " left" in result.stderr  # each record counted
    result = CliRunner().invoke(main, ["parse", "--json", "--progress", "-"], input=lines)
    assert "2/?" in result.stderr and " left" not in result.stderr  # stdin cannot be read twice


def test_into_a_log_file_the_progress_is_a_line_now_and_then(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules["newsparse.cli.progress"], "LOG_EVERY", 0.0)  # one per article
    source = _jsonl(tmp_path / "in.jsonl", 3)
    result = CliRunner().invoke(main, ["parse", "--json", "--progress", str(source)])
    assert result.exit_code == 0, result.output
    logged = [line for line in result.stderr.splitlines() if line.startswith("parsing: ")]
    assert len(logged) == 3, result.stderr
    for done, line in enumerate(logged, start=1):
        assert re.fullmatch(
            rf"parsing: {done}/(3|\?) articles, \d+ articles/s, 0:00:\d\d elapsed(, \S+ left)?",
            line,
        ), line


def test_empty_json_lines_texts_are_warned_about_and_kept(tmp_path: Path) -> None:
    lines = ['{"id": "ok", "text": "Two died."}'] + ['{"text": " "}'] * 12
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 13  # every record written, the empty ones too
    assert result.stderr.count("empty: no article text under 'text'") == 10
    assert "a.jsonl:2: empty" in result.stderr
    assert "2 more record(s) with empty text, not named one by one" in result.stderr


@pytest.mark.parametrize(
    ("sources", "stdout_is_terminal", "shown"),
    [
        (["a.txt", "b.txt"], False, True),
        (["."], False, True),
        (["a.txt"], False, False),  # one article: done before a bar says anything
        (["many.jsonl"], False, True),
        (["."], True, False),  # the findings are on the terminal: no bar among them
    ],
)
def test_the_bar_is_shown_by_default_where_it_helps(
    sources: list[str],
    stdout_is_terminal: bool,
    shown: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("a.txt", "b.txt", "many.jsonl"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: stdout_is_terminal)
    terminal = Console(file=io.StringIO(), force_terminal=True)
    assert bar_by_default(terminal, tuple(sources), None, "-") is shown
    assert not bar_by_default(Console(file=io.StringIO()), tuple(sources), None, "-")


def test_parquet_without_pyarrow_says_which_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    out = tmp_path / "x.parquet"
    result = CliRunner().invoke(main, ["parse", "--format", "parquet", "-o", str(out)], input="x")
    assert result.exit_code == 1
    assert "newsparse[parquet]" in result.output


def test_quiet_prints_errors_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.modules["newsparse.cli.parse"], "bar_by_default", lambda *_: True)
    lines = ['{"id": "ok", "text": "Two died."}', '{"text": " "}', "not JSON"]
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", "-q", str(tmp_path / "a.jsonl")])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 2
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'a.jsonl'}:3: bad JSON (Expecting value at column 1)",
        "1 input problem(s), named above",
    ]  # no bar, no warning about the empty text
    refused = CliRunner().invoke(main, ["parse", "--quiet", "--progress"], input="text")
    assert refused.exit_code == 2 and "--quiet cannot be combined with --progress" in refused.output
