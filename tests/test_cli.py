from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import main


def test_demo_shows_the_seed() -> None:
    result = CliRunner().invoke(main, ["demo", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["text"].startswith("US, Mexico seek to revamp")


def test_help_lists_every_command_with_a_whole_summary() -> None:
    # click cuts a summary longer than the line with "...": a first-time reader loses its end
    result = CliRunner().invoke(main, ["--help"], terminal_width=80)
    assert result.exit_code == 0
    listed = result.output.split("Commands:\n")[1].splitlines()
    assert [line.split()[0] for line in listed] == sorted(main.commands)
    assert not [line for line in listed if line.endswith("...") or len(line) > 80]


def test_help_of_published_names_every_form_it_reads() -> None:
    # an RSS feed's pubDate is RFC 2822: a help naming only YYYY-MM-DD sends users to convert it
    for command in ("parse", "render", "show"):
        result = CliRunner().invoke(main, [command, "--help"], terminal_width=200)
        assert "ISO (2015-03-04) or RFC 2822" in result.output, command


def _help(command: str) -> str:
    result = CliRunner().invoke(main, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_help_of_extractor_says_what_runs_with_it_and_where_the_names_are() -> None:
    # "-e, --extractor TEXT  Run only this extractor" left users guessing names ("casualty")
    # and wondering why -e money also ran datelines
    for command in ("parse", "render", "show", "evaluate"):
        said = _help(command)
        assert "-e, --extractor NAME Run only this extractor and those producing what it " in said
        assert (
            "(repeatable; runs even if NEWSPARSE_DISABLE names it; newsparse plugins lists the"
            in said
        ), command


def test_help_of_strict_says_what_it_does_in_each_command() -> None:
    # parse --strict does not stop on an extractor's failure: it fails the run at its end
    assert (
        "--strict Exit with status 1 if an extractor failed on any article (the run goes on), "
        "and stop at once on a broken plugin." in _help("parse")
    )
    for command in ("render", "show"):
        assert (
            "--strict Stop with an error naming the article when an extractor fails on it, "
            "instead of showing the failure, and on a broken plugin." in _help(command)
        )
    for command in ("demo", "plugins"):
        assert "--strict Stop with an error on a broken plugin or extractor" in _help(command)


def test_parse_help_lists_the_exit_statuses() -> None:
    result = CliRunner().invoke(main, ["parse", "--help"], terminal_width=80)
    statuses = " ".join(result.output.split("Exit status:")[1].split())
    for status in ("0 when every input", "1 when an input problem", "2 for a usage", "130", "141"):
        assert status in statuses


def test_plugins_lists_the_builtins() -> None:
    result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 0
    for name in ("datelines", "money", "casualties", "quotes", "reported_speech"):
        assert name in result.output


def test_plugins_into_a_pipe_keeps_every_name_whole() -> None:
    # rich fits a table to COLUMNS (80 in a pipe) by cutting names: "reported_spee…"
    result = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "40"})
    assert result.exit_code == 0
    rows = [line.split("│") for line in result.output.splitlines() if line.startswith("│")]
    assert {row[1].strip() for row in rows} >= {"datelines", "dates", "reported_speech"}
    assert "dateline, money, casualties" in result.output


def test_parse_reads_files_folders_and_jsonl(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x1", "text": "Second.", "published": "2021-01-02"}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["parse", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [d["text"] for d in lines] == ["First article.", "Second."]
    assert lines[1]["published"] == "2021-01-02" and lines[1]["meta"]["id"] == "x1"


def test_parse_reads_stdin_text_and_jsonl() -> None:
    runner = CliRunner()
    plain = runner.invoke(main, ["parse", "--json"], input="Just text.\n")
    assert json.loads(plain.output)["text"] == "Just text.\n"
    records = runner.invoke(
        main,
        ["parse", "--json", "--text-field", "body"],
        input='{"body": "One."}\n{"body": "Two."}\n',
    )
    assert [json.loads(x)["text"] for x in records.output.splitlines()] == ["One.", "Two."]


def test_bad_inputs_get_one_line_errors_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe bad")
    (tmp_path / "lines.jsonl").write_text(
        '{"text": "ok"}\nnot json\n{"nope": 1}\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["parse", "--json", str(tmp_path)])
    assert result.exit_code == 1
    assert "bad.txt: not UTF-8" in result.stderr
    assert "lines.jsonl:2: bad JSON" in result.stderr
    assert "lines.jsonl:3: no field 'text' (its fields: 'nope'); --text-field" in result.stderr
    assert [json.loads(x)["text"] for x in result.stdout.splitlines()] == ["ok"]


def test_missing_file_is_named(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["parse", "--json", str(tmp_path / "gone.txt")])
    assert result.exit_code == 1 and "gone.txt" in result.stderr
