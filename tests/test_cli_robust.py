"""``newsparse parse`` on hostile input: every bad record named by file:line, the rest parsed."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsparse import Document, Money, inputs
from newsparse.cli import main
from newsparse.cli.parse import _Stop
from newsparse.extractors.money.extractor import MoneyExtractor

#: The command line as a user's shell starts it, in a process of its own.
CLI = (sys.executable, "-m", "newsparse")
GOOD = b'{"id": "ok", "text": "WASHINGTON (Reuters) - It cost $5 million."}\n'


def _parse(*arguments: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["parse", "--json", "-j", "1", *arguments], input=input)


def _written(result: Result) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


# A bad record in the middle of a JSON Lines file: (the line, what its error says).
BAD_LINES = [
    (b'{"text": "lone \\ud800 surrogate"}\n', "not Unicode text: a lone surrogate ('\\ud800')"),
    (b'{"text": "x", "n": ' + b"7" * 5000 + b"}\n", "bad JSON (Exceeds the limit (4300 digits)"),
    (b'{"text": "caf\xff"}\n', "not UTF-8 text (invalid start byte at byte 13)"),
    (b"[" * 100_000 + b"\n", "bad JSON (maximum recursion depth exceeded"),
    (b'{"id": "cut", "text": "cut sh\n', "bad JSON (Unterminated string starting at column 23)"),
    (b'{"text": "x"} {"text": "y"}\r\n', "bad JSON (Extra data at column 15)"),
    (b'{"body": "x", "' + b"k" * 99 + b'": 1}\n', "no field 'text' (its fields: 'body', 'kkk"),
    (b'{"text": 5}\n', "field 'text' holds a number, not a string"),
    (b'{"text": null}\n', "field 'text' holds null, not a string"),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_one_bad_jsonl_record_costs_only_itself(line: bytes, message: str, tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(GOOD * 500 + line + GOOD * 49)
    result = _parse(str(source))
    assert result.exit_code == 1
    (error,) = _errors(result)
    assert error.startswith(f"error: {source}:501: {message}")
    written = _written(result)
    assert len(written) == 549
    assert written[-1]["meta"] == {"path": str(source), "line": 550, "id": "ok"}


def test_past_ten_bad_lines_a_file_s_others_are_counted_not_named(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes((GOOD + b'{"body": "x"}\n' * 2) * 12)
    result = _parse(str(source))
    assert result.exit_code == 1
    errors = _errors(result)
    assert errors[:2] == [
        f"error: {source}:2: no field 'text' (its fields: 'body'); --text-field names the one "
        "holding the text",
        f"error: {source}:3: no field 'text' (its fields: 'body'); --text-field names the one "
        "holding the text",
    ]
    assert errors[10:] == [f"error: {source}: 14 more bad line(s), not named one by one"]
    assert result.stderr.splitlines()[-1] == "24 input problem(s), named above"
    assert len(_written(result)) == 12


def test_a_text_read_as_json_lines_is_named_in_eleven_lines(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text("A line of a story.\n" * 1000, encoding="utf-8")
    result = _parse("--jsonl", str(source))
    assert result.exit_code == 1
    errors = _errors(result)
    assert len(errors) == 11
    assert errors[-1] == (
        f"error: {source}: 990 more bad line(s), not named one by one: is it JSON Lines, its "
        "text under 'text'?"
    )


def test_a_file_name_that_is_not_utf8_is_named_and_the_folder_read(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as file:
        file.write(b"Unreadable name.")
    (tmp_path / "good.txt").write_text("Good name.", encoding="utf-8")
    result = _parse(str(tmp_path))
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {tmp_path}/bad\\xff.txt: file name is not UTF-8: rename the file to read it"
    ]
    assert [d["text"] for d in _written(result)] == ["Good name."]


#: Names no file can have: empty (an unset shell variable), and too long for the system.
UNNAMEABLE = [("", "'': an empty name names no file or folder"), ("x" * 300 + ".txt", "too long")]


#: A command line per command, reading ``source``: parse reads a good file after it.
READING = {
    "parse": ["parse", "SOURCE", "GOOD", "-o", "OUT"],
    "show": ["show", "SOURCE"],
    "render": ["render", "SOURCE", "-o", "OUT"],
}


@pytest.mark.parametrize("command", READING)
@pytest.mark.parametrize(("source", "message"), UNNAMEABLE, ids=["empty", "too-long"])
def test_a_source_no_file_can_have_is_named_and_the_others_read(
    command: str, source: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # "" must not read the working folder
    (tmp_path / "unwanted.txt").write_text("Nobody asked for this.", encoding="utf-8")
    good = tmp_path / "sub" / "good.txt"
    good.parent.mkdir()
    good.write_text("Two people were killed.", encoding="utf-8")
    given = {"SOURCE": source, "GOOD": str(good), "OUT": str(tmp_path / "out")}
    result = CliRunner().invoke(main, [given.get(word, word) for word in READING[command]])
    assert result.exit_code == 1 and "Traceback" not in result.output
    (error,) = _errors(result)
    assert message in error
    written = result.stdout + ((tmp_path / "out").read_text() if command == "parse" else "")
    assert "Nobody" not in written
    assert ("Two people" in written) is (command == "parse")


@pytest.mark.parametrize("command", ["parse", "render"])
def test_an_empty_output_name_is_a_usage_error_not_the_working_folder(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Two people were killed.", encoding="utf-8")
    result = CliRunner().invoke(main, [command, "a.txt", "-o", ""])
    assert result.exit_code == 2
    assert "'-o' / '--output': an empty name names no file or folder" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.txt"]  # no pages written


def test_a_folder_reads_any_case_of_suffix_and_names_broken_links(tmp_path: Path) -> None:
    (tmp_path / "a.TXT").write_text("Upper case suffix.", encoding="utf-8")
    (tmp_path / "b.Jsonl").write_text('{"text": "Mixed case."}\n', encoding="utf-8")
    (tmp_path / "c.txt").symlink_to(tmp_path / "gone.txt")
    result = _parse(str(tmp_path))
    assert result.exit_code == 1
    assert _errors(result) == [f"error: {tmp_path}/c.txt: broken link: it points to nothing"]
    written = _written(result)
    assert [d["text"] for d in written] == ["Upper case suffix.", "Mixed case."]
    assert [d["meta"] for d in written] == [
        {"path": str(tmp_path / "a.TXT")},
        {"path": str(tmp_path / "b.Jsonl"), "line": 1},
    ]


def test_a_folder_named_like_an_article_file_is_entered_not_named(tmp_path: Path) -> None:
    (tmp_path / "2021.txt").mkdir()
    (tmp_path / "2021.txt" / "a.txt").write_text("Inside.", encoding="utf-8")
    (tmp_path / "link.jsonl").symlink_to(tmp_path / "2021.txt")
    result = _parse(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert [d["text"] for d in _written(result)] == ["Inside."]


@pytest.mark.parametrize("locked", ["sub", ""], ids=["a-folder-inside", "the-folder-given"])
def test_a_folder_that_cannot_be_listed_is_named_not_passed_over(
    locked: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Two people were killed.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("Three died.", encoding="utf-8")
    refused = tmp_path / locked if locked else tmp_path
    listing = os.scandir

    def without_permission(path: str) -> object:  # what a folder of mode 000 does
        if os.fspath(path) == str(refused):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return listing(path)

    monkeypatch.setattr(os, "scandir", without_permission)
    result = _parse(str(tmp_path))
    assert result.exit_code == 1
    assert _errors(result) == [f"error: {refused}: Permission denied"]  # not "no article files"
    read = ["Two people were killed."] if locked else []
    assert [document["text"] for document in _written(result)] == read


def test_a_folder_with_no_article_files_is_named_not_silently_empty(tmp_path: Path) -> None:
    (tmp_path / "story.json").write_text('{"text": "Not read."}', encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = _parse(str(tmp_path))
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {tmp_path}: no article files in it (read: .jsonl, .jsonl.gz, .ndjson, .txt, .text)"
    ]
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("published", "message"),
    [
        (
            '"next week"',
            "published must be an ISO date (YYYY-MM-DD) or an RFC 2822 one "
            "(Wed, 04 Mar 2015 10:22:00 GMT), got 'next week'",
        ),
        ("20210305", "published must be a date, an ISO string or None, got int"),
    ],
)
def test_a_bad_published_keeps_the_record_and_names_its_line(
    published: str, message: str, tmp_path: Path
) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        f'{{"text": "Fine."}}\n{{"text": "It cost $5.", "published": {published}}}\n',
        encoding="utf-8",
    )
    result = _parse(str(source))
    assert result.exit_code == 1
    assert _errors(result) == [f"error: {source}:2: {message}"]
    kept = _written(result)[1]
    assert kept["money"] and kept["published"] is None


def test_a_byte_order_mark_does_not_hide_the_dateline(tmp_path: Path) -> None:
    story = "WASHINGTON (Reuters) - It cost $5 million."
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + story.encode())
    (tmp_path / "b.jsonl").write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": story}).encode())
    result = _parse(str(tmp_path))
    assert result.exit_code == 0, result.stderr
    for document in _written(result):
        assert document["text"] == story
        assert document["dateline"]["location"] == "WASHINGTON"  # type: ignore[index]


STORY = "LONDON (Reuters) - Two people died in the fire, police said."
# A text file that is not UTF-8 text: (its bytes, what its error says).
NOT_TEXT = [
    (b"\x7fELF\x02\x01\x01" + b"\0" * 9, "binary, not text (a NUL byte at byte 7): if it is"),
    (STORY.encode("utf-16-le"), "binary, not text (a NUL byte at byte 1): if it is UTF-16 text,"),
    (STORY.encode("utf-16"), "not UTF-8 text (invalid start byte at byte 0): UTF-16 text, save"),
]


@pytest.mark.parametrize(("data", "message"), NOT_TEXT)
def test_a_binary_or_utf16_text_file_is_named_not_parsed(
    data: bytes, message: str, tmp_path: Path
) -> None:
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    result = _parse(str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"))
    assert result.exit_code == 1
    (error,) = _errors(result)
    assert error.startswith(f"error: {tmp_path}/bad.txt: {message}")
    assert [d["text"] for d in _written(result)] == [STORY]


def test_a_bad_byte_refuses_the_article_and_says_how_to_read_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"Caf\xe9 owner said two people died.")
    result = _parse(str(tmp_path / "a.txt"))
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {tmp_path}/a.txt: not UTF-8 text (invalid continuation byte at byte 3): "
        "--replace-bad-bytes reads it with U+FFFD for each bad byte"
    ]
    assert _written(result) == []


def test_replace_bad_bytes_reads_files_and_lines_with_true_spans(tmp_path: Path) -> None:
    story = b"Caf\xe9 owner \xff\xfe said \xef\xbf\xbd two people died."
    (tmp_path / "a.txt").write_bytes(story)
    (tmp_path / "b.jsonl").write_bytes(GOOD + b'{"text": "' + story + b'"}\n')
    result = _parse("--replace-bad-bytes", str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"))
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: {tmp_path}/{where}: not UTF-8 text (invalid continuation byte at byte {at}): "
        "3 bad sequence(s) read as U+FFFD"
        for where, at in (("a.txt", 3), ("b.jsonl:2", 13))
    ]
    text = "Caf\ufffd owner \ufffd\ufffd said \ufffd two people died."
    documents = _written(result)
    assert [d["text"] for d in documents] == [
        text,
        "WASHINGTON (Reuters) - It cost $5 million.",
        text,
    ]
    for document in documents[::2]:
        (casualty,) = document["casualties"]  # type: ignore[misc]
        start, end = casualty["span"]
        assert text[start:end] == casualty["text"] == "two people died"


@pytest.fixture
def money_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: MoneyExtractor, document: Document) -> Iterator[Money]:
        if "BOOM" in document.text:
            raise RuntimeError("exploded")
        yield from ()

    monkeypatch.setattr(MoneyExtractor, "extract", broken)


def test_extractor_failures_are_counted_on_stderr(money_breaks: None) -> None:
    result = _parse("--jsonl", input='{"text": "BOOM"}\n{"text": "fine"}\n{"text": "BOOM"}\n')
    assert result.exit_code == 0
    assert "warning: money failed on 2 article(s)" in result.stderr
    assert len(_written(result)) == 3


def test_strict_fails_the_run_when_any_article_has_a_failure(money_breaks: None) -> None:
    failed = _parse("--strict", "--quiet", input="BOOM")
    assert failed.exit_code == 1
    assert _errors(failed) == [
        "error: money failed on 1 article(s); see their failures (--strict)"
    ]  # the reason for the status, as an error
    assert _parse("--strict", input="fine").exit_code == 0


@pytest.mark.parametrize(
    ("seconds", "status"), [("nan", 2), ("inf", 0), ("1e308", 0)], ids=["nan", "inf", "huge"]
)
def test_a_time_limit_of_no_number_is_a_usage_error_and_of_no_end_no_limit(
    seconds: str, status: int
) -> None:
    # in a process of its own, where the timer is armed as a user's run arms it
    run = subprocess.run(
        [*CLI, "parse", "--json", "-j", "1", "--time-limit", seconds, "-"],
        input="Two people were killed.",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == status and "Traceback" not in run.stderr, run.stderr
    if status:
        assert "Invalid value for '--time-limit': nan is not a number" in run.stderr
    else:
        assert json.loads(run.stdout)["casualties"]


def test_max_bytes_refuses_big_inputs(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("x" * 101, encoding="utf-8")
    (tmp_path / "small.txt").write_text("x" * 100, encoding="utf-8")
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "ok"}\n{"text": "' + "y" * 200 + '"}\n{"text": "lost"}\n')
    result = _parse("--max-bytes", "100", str(tmp_path))
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {tmp_path}/big.txt: larger than --max-bytes (100 bytes)",
        f"error: {lines}:2: record larger than --max-bytes (100 bytes); rest of file skipped",
    ]
    assert [d["text"] for d in _written(result)] == ["ok", "x" * 100]


def test_max_bytes_ends_an_endless_input() -> None:
    result = _parse("--max-bytes", "1000", "/dev/zero")
    assert result.exit_code == 1
    assert _errors(result) == ["error: /dev/zero: larger than --max-bytes (1000 bytes)"]


def test_an_input_named_as_the_output_is_refused_before_it_is_emptied(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(GOOD)
    result = _parse(str(source), "-o", str(tmp_path / "." / "in.jsonl"))
    assert result.exit_code == 2
    assert "in.jsonl is both an input and the output: writing it would destroy" in result.stderr
    assert source.read_bytes() == GOOD
    render = CliRunner().invoke(main, ["render", str(source), "-o", str(source)])
    assert render.exit_code == 2 and "is both an input and the output" in render.stderr
    assert source.read_bytes() == GOOD


def test_python_m_runs_the_command_under_its_own_name() -> None:
    run = subprocess.run([*CLI, "--help"], capture_output=True, text=True, timeout=60, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("Usage: newsparse [OPTIONS] COMMAND")


def test_output_written_into_the_folder_read_is_not_read_back(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(GOOD * 300)  # enough that the output is flushed early
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the second run finds the first run's output in the folder
        run = subprocess.run(
            [*CLI, "parse", "--json", "-j", "1", "-o", str(out), str(tmp_path)],
            capture_output=True,
            timeout=60,  # without the fix: reads its own output, grows it without end
            check=False,
        )
        assert run.returncode == 0, run.stderr
        assert len(out.read_text(encoding="utf-8").splitlines()) == 300


def test_a_quoted_pattern_is_expanded_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "2021" / "may").mkdir(parents=True)
    (tmp_path / "2021" / "may" / "b.txt").write_text("Second.", encoding="utf-8")
    (tmp_path / "2021" / "a.txt").write_text("First.", encoding="utf-8")
    (tmp_path / "2021" / "notes.md").write_text("Not matched.", encoding="utf-8")
    result = _parse(f"{tmp_path}/**/*.txt")
    assert result.exit_code == 0, result.stderr
    assert [d["text"] for d in _written(result)] == ["First.", "Second."]


def test_a_pattern_matching_nothing_is_named() -> None:
    result = _parse("no-such-folder/*.jsonl")
    assert result.exit_code == 1
    assert _errors(result) == [
        "error: no-such-folder/*.jsonl: no file or folder matches this pattern"
    ]


def test_output_matched_by_the_pattern_read_is_not_read_back(tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_bytes(GOOD * 3)
    out = tmp_path / "out.jsonl"
    for _ in range(2):  # the second run's pattern matches the first run's output
        result = _parse("-o", str(out), f"{tmp_path}/*.jsonl")
        assert result.exit_code == 0, result.stderr
        assert len(out.read_text(encoding="utf-8").splitlines()) == 3


@pytest.mark.skipif(sys.platform == "win32", reason="a terminal from the pty module")
def test_reading_a_terminal_says_how_to_end_the_article() -> None:
    import pty

    typist, terminal = pty.openpty()
    run = subprocess.Popen(
        [*CLI, "parse", "--json"],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    os.close(terminal)
    os.write(typist, b"Five people were killed.\n\x04")  # Ctrl-D ends the typing
    out, err = run.communicate(timeout=60)
    os.close(typist)
    assert "reading an article from the terminal: end it with Ctrl-D" in err.decode()
    assert "parsing" not in err.decode()  # no progress bar drawn over the typing
    assert json.loads(out)["casualties"][0]["count"] == 5


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full, a disk always full")
@pytest.mark.parametrize("records", [2, 300], ids=["failing-at-the-end", "failing-mid-run"])
@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_a_full_disk_is_a_one_line_error(records: int, output_format: str, tmp_path: Path) -> None:
    if output_format == "parquet":
        pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    source = tmp_path / "in.jsonl"
    source.write_bytes(GOOD * records)
    result = _parse("--format", output_format, "-o", "/dev/full", str(source))
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.stderr.startswith("Error: cannot write /dev/full: ")
    assert "No space left on device" in result.stderr


@pytest.mark.parametrize("output_format", ["jsonl", "parquet"])
def test_output_into_a_missing_folder_is_a_one_line_error(
    output_format: str, tmp_path: Path
) -> None:
    if output_format == "parquet":  # without the extra, pip install -e '.[test]' as README says
        pytest.importorskip("pyarrow", reason="the parquet extra is not installed")
    result = _parse("--format", output_format, "-o", str(tmp_path / "no" / "out"), input="text")
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: cannot write {tmp_path}/no/out: ")
    assert "No such file or directory" in result.stderr


# (signal, sent to the whole process group as a terminal's Ctrl-C is, exit status)
STOPPING_SIGNALS = [
    pytest.param(signal.SIGTERM, False, 143, id="SIGTERM"),
    pytest.param(signal.SIGINT, True, 130, id="Ctrl-C"),
]


@pytest.mark.parametrize(("signum", "to_group", "status"), STOPPING_SIGNALS)
def test_a_signal_shuts_the_workers_down_and_leaves_whole_lines(
    signum: signal.Signals, to_group: bool, status: int, tmp_path: Path
) -> None:
    source, out = _long_input(tmp_path), tmp_path / "out.jsonl"
    with subprocess.Popen(
        [*CLI, "parse", "--json", "-j", "2", "-o", str(out), str(source)],
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as run:
        _wait_for_output(out)
        if to_group:
            os.killpg(run.pid, signum)
        else:
            run.send_signal(signum)
        assert run.wait(timeout=60) == status
        lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
        assert 0 < len(lines) < 20001
        assert all(line.endswith("\n") and json.loads(line) for line in lines)
        assert _group_ends(run.pid), "a worker, the fork server or the resource tracker was left"
        assert run.stderr is not None
        said = run.stderr.read().decode()
        assert "Traceback" not in said
        assert f"{len(lines)} article(s) are in {out}: --resume goes on after them" in said


def test_workers_end_when_the_caller_is_killed_outright(tmp_path: Path) -> None:
    source, out = _long_input(tmp_path), tmp_path / "out.jsonl"
    with subprocess.Popen(
        [*CLI, "parse", "-j", "2", "-o", str(out), str(source)],
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    ) as run:
        _wait_for_output(out)
        run.kill()  # SIGKILL, as the out-of-memory killer sends: the caller cannot clean up
        assert run.wait(timeout=60) == -signal.SIGKILL
        assert _group_ends(run.pid), "a worker, the fork server or the resource tracker was left"


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["parse", "--json", "-j", "1"], id="parse"),
        pytest.param(["parse", "--json", "-j", "2"], id="parse-in-workers"),
        pytest.param(["parse", "--table", "-j", "1"], id="parse-table"),
        pytest.param(["show"], id="show"),
    ],
)
def test_a_reader_that_goes_away_ends_the_run_quietly(command: list[str], tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text((json.dumps({"text": "It cost $5 million."}) + "\n") * 2000, "utf-8")
    with subprocess.Popen(
        [*CLI, *command, str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as run:
        assert run.stdout is not None and run.stdout.readline()
        run.stdout.close()  # as `| head -1` does
        assert run.wait(timeout=60) == 141
        assert run.stderr is not None and run.stderr.read() == b""
        assert _group_ends(run.pid), "a worker, the fork server or the resource tracker was left"


def test_ctrl_c_with_idle_workers_prints_no_worker_traceback(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    with subprocess.Popen(
        [*CLI, "parse", "--json", "-j", "2", "-o", str(out), "-"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    ) as run:
        assert run.stdin is not None
        # more chunks than are sent ahead (8), so that output comes before the input runs dry
        run.stdin.write(GOOD * 600)
        run.stdin.flush()
        deadline = time.monotonic() + 60
        while (not out.exists() or out.stat().st_size == 0) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1)  # both workers idle, waiting for the next chunk
        os.killpg(run.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
        assert run.wait(timeout=60) == 130
        assert run.stderr is not None
        said = run.stderr.read().decode().splitlines()
        assert said[0].endswith(f"are in {out}: --resume goes on after them")
        assert said[1:] == ["", "Aborted!"]


def _long_input(folder: Path) -> Path:
    """20,001 records of 2,000 characters: minutes of parsing, so a run is caught in the middle."""
    source = folder / "in.jsonl"
    record = {"text": "WASHINGTON (Reuters) - It cost $5 million, " + "and more, " * 200}
    source.write_text((json.dumps(record) + "\n") * 20001)
    return source


def _wait_for_output(out: Path, size: int = 100_000) -> None:
    deadline = time.monotonic() + 60
    while (not out.exists() or out.stat().st_size < size) and time.monotonic() < deadline:
        time.sleep(0.05)


def _group_ends(group: int, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


HOSTILE = (
    'WASHINGTON (AP) - "We [bold]won[/] it," he said.\n'
    "The \x1b]0;retitled\x07 end, \x1b[31mred\x9b2J.\n"
    "It is \u202edesrever\u202c and \u2067isolated\u2069.\n"  # bidi controls reorder a line
)
#: What must never reach the terminal: escapes, bell, CSI, bidi embeddings and isolates.
HARMFUL = {"\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u2067", "\u2069"}


def test_the_table_shows_markup_and_escapes_as_harmless_text() -> None:
    result = _parse("--table", input=HOSTILE)
    assert result.exit_code == 0, result.output
    assert "We [bold]won[/] it" in result.stdout
    assert not HARMFUL & set(result.stdout)


def test_show_prints_article_text_as_harmless_text() -> None:
    result = CliRunner().invoke(main, ["show", "-"], input=HOSTILE)
    assert result.exit_code == 0, result.output
    assert "We [bold]won[/] it" in result.stdout
    assert not HARMFUL & set(result.stdout)
    assert "\ufffd]0;retitled\ufffd" in result.stdout


@pytest.mark.parametrize(
    ("variable", "command", "message"),
    [
        ("NEWSPARSE_DISABLE", "parse", "NEWSPARSE_DISABLE names no extractor 'monye'; known: "),
        ("NEWSPARSE_PREFER", "parse", "NEWSPARSE_PREFER names no extractor 'monye'; known: "),
        ("NEWSPARSE_PREFER", "show", "NEWSPARSE_PREFER names no extractor 'monye'; known: "),
        ("NEWSPARSE_PREFER", "render", "NEWSPARSE_PREFER names no extractor 'monye'; known: "),
    ],
)
def test_a_misspelt_extractor_in_the_environment_is_a_one_line_error(
    variable: str, command: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "monye")
    result = CliRunner().invoke(main, [command, "-"], input="text")
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {message}")
    assert "money" in line


def test_a_misspelt_plugin_in_the_environment_is_a_one_line_error() -> None:
    # in a process of its own: plugins are loaded once per process
    run = subprocess.run(
        [sys.executable, "-c", "from newsparse.cli import main; main()", "parse", "-"],
        input="text",
        capture_output=True,
        text=True,
        env={**os.environ, "NEWSPARSE_PLUGINS": "monye"},
        timeout=60,
        check=False,
    )
    assert run.returncode == 1
    (line,) = run.stderr.splitlines()
    assert line.startswith("Error: NEWSPARSE_PLUGINS names no installed plugin 'monye'; known: ")


def _parse_within(seconds: float, *arguments: str, unblock: Path) -> Result:
    """``_parse`` that must end within ``seconds``; a hung run is unblocked, then fails."""
    results: list[Result] = []
    run = threading.Thread(target=lambda: results.append(_parse(*arguments)), daemon=True)
    run.start()
    run.join(seconds)
    if run.is_alive():
        with unblock.open("w"):
            pass
        run.join(5)
        pytest.fail(f"parse {' '.join(arguments)} still waited after {seconds} s")
    return results[0]


@pytest.fixture
def fifo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(inputs, "FIFO_WAIT", 0.3)
    path = tmp_path / "in" / "pipe.txt"
    path.parent.mkdir()
    os.mkfifo(path)
    return path


def test_a_fifo_with_no_writer_is_an_error_not_a_hang(fifo: Path) -> None:
    result = _parse_within(10, str(fifo), unblock=fifo)
    assert result.exit_code == 1
    assert _errors(result) == [f"error: {fifo}: a FIFO with no writer for 0.3 s: nothing to read"]


def test_a_fifo_in_a_folder_is_named_and_left_alone(fifo: Path) -> None:
    (fifo.parent / "a.txt").write_text("It cost $5.", encoding="utf-8")
    result = _parse_within(10, str(fifo.parent), unblock=fifo)
    assert result.exit_code == 1
    assert _errors(result) == [
        f"error: {fifo}: not a regular file (a FIFO or device): name it to read it"
    ]
    assert [d["text"] for d in _written(result)] == ["It cost $5."]


def test_a_fifo_whose_writer_comes_is_read(fifo: Path) -> None:
    def write() -> None:
        time.sleep(0.1)
        with fifo.open("w", encoding="utf-8") as stream:
            stream.write("It cost $5.")

    writer = threading.Thread(target=write)
    writer.start()
    result = _parse_within(10, str(fifo), unblock=fifo)
    writer.join()
    assert result.exit_code == 0 and [d["text"] for d in _written(result)] == ["It cost $5."]


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
@pytest.mark.parametrize(
    ("signum", "ending"), [(signal.SIGINT, KeyboardInterrupt), (signal.SIGTERM, SystemExit)]
)
def test_a_signal_that_lands_in_a_finalizer_still_ends_the_run(
    signum: signal.Signals, ending: type[BaseException]
) -> None:
    """Python drops what a ``__del__`` raises, so the run asks again between two documents."""
    stop = _Stop()

    class Finalized:
        def __del__(self) -> None:
            stop.handle(signum, None)

    Finalized()  # the exception raised in its finalizer is dropped
    with pytest.raises(ending):
        stop.check()


@pytest.mark.parametrize("content", ["", "\n\n  \t\n", "\ufeff\n"])
def test_an_empty_text_file_is_warned_about_and_still_parsed(tmp_path: Path, content: str) -> None:
    (tmp_path / "a.txt").write_text("Police said two people died.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(content, encoding="utf-8")
    result = _parse(str(tmp_path))
    assert result.exit_code == 0, result.stderr  # a warning, not an input problem
    assert result.stderr.splitlines() == [
        f"warning: {tmp_path / 'b.txt'}: empty: no article text in it"
    ]
    assert [d["meta"]["path"] for d in _written(result)] == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b.txt"),
    ]


def test_empty_text_on_stdin_is_warned_about() -> None:
    result = _parse("--text", input="")
    assert result.exit_code == 0
    assert result.stderr == "warning: <stdin>: empty: no article text in it\n"
    assert _written(result)[0]["text"] == ""


@pytest.mark.parametrize("content", ["", "\n\n  \t\n", "\ufeff\n"])
def test_an_empty_json_lines_file_is_warned_about(tmp_path: Path, content: str) -> None:
    """It holds no record, so nothing is written: without a word, the run would look done."""
    (tmp_path / "a.jsonl").write_text(content, encoding="utf-8")
    result = _parse(str(tmp_path / "a.jsonl"))
    assert result.exit_code == 0, result.stderr  # a warning, not an input problem
    assert result.stderr == f"warning: {tmp_path / 'a.jsonl'}: empty: no JSON Lines record in it\n"
    assert result.stdout == ""


def test_empty_json_lines_on_stdin_is_warned_about() -> None:
    result = _parse("--jsonl", input="")
    assert result.exit_code == 0
    assert result.stderr == "warning: <stdin>: empty: no JSON Lines record in it\n"
    assert result.stdout == ""


def test_a_json_lines_file_of_bad_lines_is_named_by_its_errors_alone(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text("{bad\n", encoding="utf-8")
    result = _parse(str(tmp_path / "a.jsonl"))
    assert result.exit_code == 1
    assert "empty" not in result.stderr and len(_errors(result)) == 1


def test_a_misspelt_published_field_is_named_like_a_misspelt_text_field(tmp_path: Path) -> None:
    source = tmp_path / "dated.jsonl"
    lines = [{"id": n, "text": "Police said two died.", "date": "2021-03-05"} for n in range(14)]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    result = _parse("--published-field", "pubdate", str(source))
    assert result.exit_code == 1
    errors = _errors(result)
    assert errors[0] == (
        f"error: {source}:1: no field 'pubdate' (its fields: 'id', 'text', 'date'); "
        "--published-field names the one holding the date"
    )
    assert len(errors) == 11
    assert errors[10] == f"error: {source}: 4 more bad line(s), not named one by one"
    written = _written(result)  # every record still parsed, without a date
    assert len(written) == 14 and {d["published"] for d in written} == {None}


def test_a_named_published_field_is_read_and_the_default_may_be_missing(tmp_path: Path) -> None:
    source = tmp_path / "dated.jsonl"
    source.write_text(
        '{"text": "It cost $5.", "date": "2021-03-05"}\n{"text": "It cost $6."}\n',
        encoding="utf-8",
    )
    named = _parse("--published-field", "date", str(source))
    assert _errors(named) == [
        f"error: {source}:2: no field 'date' (its fields: 'text'); "
        "--published-field names the one holding the date"
    ]
    assert [d["published"] for d in _written(named)] == ["2021-03-05", None]
    default = _parse(str(source))
    assert default.exit_code == 0 and default.stderr == ""
    assert [d["published"] for d in _written(default)] == [None, None]


# An installed plugin that breaks on BOOM and ends its process on KILL, as a crash in C code would.
CRASHING_PLUGIN = """
import os

from newsparse import Extractor, Money, hookimpl


class Crashing(Extractor):
    name = "crashing"
    produces = (Money,)

    def extract(self, document):
        if "KILL" in document.text:
            os._exit(3)
        if "BOOM" in document.text:
            raise RuntimeError("exploded")
        yield from ()


@hookimpl
def newsparse_register_extractors(register):
    register(Crashing())
"""


def _install_crashing_plugin(site: Path) -> dict[str, str]:
    """The plugin installed in ``site``; the environment that finds it."""
    info = site / "crashing-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: crashing\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text("[newsparse]\ncrashing = crashing_plugin\n")
    (site / "crashing_plugin.py").write_text(CRASHING_PLUGIN, encoding="utf-8")
    path = os.pathsep.join(filter(None, [str(site), os.getenv("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path, "NEWSPARSE_PLUGINS": "crashing"}


@pytest.mark.parametrize("articles", [6, 300], ids=["one-chunk", "many-chunks"])
def test_a_worker_that_dies_is_named_and_every_article_written_once(
    articles: int, tmp_path: Path
) -> None:
    texts = [{"id": f"a{i}", "text": f"It cost ${i} million."} for i in range(articles)]
    texts[1]["text"] = "BOOM " + texts[1]["text"]  # an ordinary failure before the crash
    texts[3].update(text="KILL it", published="soon")
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
    run = subprocess.run(
        [*CLI, "parse", "-j", "2", "-e", "money", "-e", "crashing", "-o", str(out), str(source)],
        capture_output=True,
        text=True,
        env=_install_crashing_plugin(tmp_path / "site"),
        timeout=120,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["meta"]["id"] for d in written] == [t["id"] for t in texts]
    assert [f["extractor"] for f in written[1]["failures"]] == ["crashing"]
    assert [f["extractor"] for f in written[3]["failures"]] == ["<input>", "<worker>"]
    assert written[3]["extractors"] == [] and written[4]["money"] != []  # none finished on it
    assert run.stderr.splitlines() == [
        f"error: {source}:4: published must be an ISO date (YYYY-MM-DD) or an RFC 2822 one "
        "(Wed, 04 Mar 2015 10:22:00 GMT), got 'soon'",
        f"error: {source}:4: a worker process died parsing it (a crash in an extractor's C code, "
        "or out of memory): written with no findings",
        "warning: crashing failed on 1 article(s); see their failures",
        "1 input problem(s), named above",
        "a worker process died on 1 article(s), named above",
    ]


def test_a_time_limit_between_extractors_is_counted_in_words() -> None:
    from newsparse.batch import TIME_FAILURE
    from newsparse.cli.parse import _failed_on

    assert _failed_on(TIME_FAILURE, 2) == (
        "the time limit ran out between two extractors on 2 article(s)"
    )
    assert _failed_on("money", 1) == "money failed on 1 article(s); see their failures"
