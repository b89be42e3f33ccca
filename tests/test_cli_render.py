"""``newsparse render`` and ``show`` on folders and JSON Lines: every article shown, bad records
named by file:line, and ``--strict`` as ``parse`` has it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsparse.cli import main
from test_cli_robust import money_breaks  # noqa: F401  (a fixture)

RECORDS = (
    '{"id": "w1", "text": "WASHINGTON (Reuters) - It cost $5 million."}\n'
    '{"text": "Quiet day.", "published": "soon"}\n'
    "not json\n"
    '{"title": "Third", "text": "Two people were killed, police said."}\n'
)


def _run(*arguments: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, list(arguments), input=input)


def _errors(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("It cost $7 in Paris.", encoding="utf-8")
    (tmp_path / "in" / "b.TXT").write_text("Three soldiers were wounded.", encoding="utf-8")
    (tmp_path / "in" / "c.jsonl").write_text(RECORDS, encoding="utf-8")
    return tmp_path / "in"


def test_render_of_a_folder_writes_a_page_per_article_and_an_index(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "pages" / "new"
    result = _run("render", str(folder), "-o", str(out))
    assert result.exit_code == 1  # the bad date and the bad line, each named
    assert _errors(result) == [
        f"error: {folder}/c.jsonl:2: published must be an ISO date (YYYY-MM-DD) or an RFC 2822 "
        "one (Wed, 04 Mar 2015 10:22:00 GMT), got 'soon'",
        f"error: {folder}/c.jsonl:3: bad JSON (Expecting value at column 1)",
    ]
    index = (out / "index.html").read_text(encoding="utf-8")
    pages = re.findall(r'<a href="([^"]+)">', index)
    assert pages == sorted(path.name for path in out.iterdir() if path.name != "index.html")
    assert len(pages) == 5
    texts = [(out / page).read_text(encoding="utf-8") for page in pages]
    assert "$7" in texts[0] and "soldiers" in texts[1] and "$5 million" in texts[2]
    assert "Quiet day." in texts[3] and "Failed: &lt;input&gt;" in texts[3]
    assert "<title>newsparse: Third</title>" in texts[4] and 'data-kind="casualties"' in texts[4]
    assert f"{folder}/c.jsonl:4" in index and ">Third</a>" in index


def test_render_of_one_article_into_an_existing_folder_writes_the_folder(
    folder: Path, tmp_path: Path
) -> None:
    result = _run("render", str(folder / "a.txt"), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "index.html").exists() and (tmp_path / "0001-a.txt.html").exists()


def test_render_of_one_article_into_a_new_folder_named_with_a_slash(
    folder: Path, tmp_path: Path
) -> None:
    result = _run("render", str(folder / "a.txt"), "-o", f"{tmp_path / 'pages'}/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "pages" / "index.html").exists()


def test_several_articles_to_stdout_is_a_one_line_usage_error(folder: Path) -> None:
    result = _run("render", str(folder / "c.jsonl"))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "holds several articles: give -o FOLDER for a page each and an index.html" in (
        result.stderr
    )


def test_render_reads_json_lines_from_stdin(tmp_path: Path) -> None:
    result = _run("render", "-", input='{"text": "It cost $9.", "title": "Only"}\n')
    assert result.exit_code == 0, result.output
    assert "<title>newsparse: Only</title>" in result.stdout and ">It cost <mark" in result.stdout
    assert '"title"' not in result.stdout


def test_a_title_s_controls_and_bidi_overrides_never_reach_the_pages(tmp_path: Path) -> None:
    record = {"text": "It cost $9.", "title": "Evil\u0000 \u202etxt.exe\u2066 \x1b[31m"}
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
    one = _run("render", "-", input=json.dumps(record) + "\n")
    folder = _run("render", str(path), "-o", str(tmp_path / "pages"))
    assert one.exit_code == folder.exit_code == 0, one.output + folder.output
    pages = [one.stdout, *(page.read_text("utf-8") for page in (tmp_path / "pages").iterdir())]
    assert len(pages) == 4  # the page from stdin, the folder's two pages and its index
    for page in pages:
        assert not {"\x00", "\u202e", "\u2066", "\x1b"} & set(page)
    assert "<title>newsparse: Evil\ufffd \ufffdtxt.exe\ufffd \ufffd[31m</title>" in one.stdout


def test_an_empty_input_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "none.jsonl").write_text("\n", encoding="utf-8")
    result = _run("render", str(tmp_path / "none.jsonl"))
    assert result.exit_code == 1 and "none.jsonl: no article in it" in result.stderr


def test_show_reads_json_lines_as_articles_not_raw_json(folder: Path) -> None:
    result = _run("show", str(folder / "c.jsonl"))
    assert result.exit_code == 1
    assert "WASHINGTON" in result.stdout and '{"id"' not in result.stdout
    assert "Third" in result.stdout and "Quiet day." in result.stdout
    assert len(_errors(result)) == 2


@pytest.mark.parametrize("command", ["show", "render"])
def test_a_title_or_id_that_is_not_a_string_is_shown_as_text(command: str, tmp_path: Path) -> None:
    records = [{"text": "Two died.", "title": ["a", 1]}, {"text": "Three died.", "id": {"n": 7}}]
    path = tmp_path / "odd.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    result = _run(command, str(path), *(["-o", str(tmp_path / "pages")] * (command == "render")))
    assert result.exit_code == 0 and "Traceback" not in result.output
    pages = sorted((tmp_path / "pages").glob("0*.html")) if command == "render" else []
    shown = result.stdout + "".join(page.read_text(encoding="utf-8") for page in pages)
    assert "Two died" in shown and "Three died" in shown


def test_show_of_a_folder_shows_every_article(folder: Path) -> None:
    result = _run("show", str(folder))
    for words in ("Paris", "soldiers", "WASHINGTON", "Quiet day.", "police", "said."):
        assert words in result.stdout, words


@pytest.mark.usefixtures("money_breaks")
@pytest.mark.parametrize("command", ["render", "show"])
def test_strict_stops_on_a_failing_extractor_with_a_one_line_error(
    command: str, tmp_path: Path
) -> None:
    (tmp_path / "boom.txt").write_text("BOOM for $5", encoding="utf-8")
    lenient = _run(command, str(tmp_path / "boom.txt"))
    assert lenient.exit_code == 0 and "money" in lenient.stdout and "exploded" in lenient.stdout
    strict = _run(command, "--strict", str(tmp_path / "boom.txt"))
    assert strict.exit_code == 1 and "Traceback" not in strict.output
    assert strict.stderr.splitlines()[-1].startswith(f"Error: {tmp_path}/boom.txt: ")
    assert "exploded" in strict.stderr


def test_a_bad_published_option_is_a_usage_error(folder: Path) -> None:
    result = _run("show", "--published", "soon", str(folder / "a.txt"))
    assert result.exit_code == 2 and "--published" in result.stderr


@pytest.mark.parametrize("command", ["render", "show"])
def test_render_and_show_read_the_fields_parse_reads(command: str, tmp_path: Path) -> None:
    (tmp_path / "wire.jsonl").write_text(
        '{"body": "BAGHDAD (Reuters) - Twelve people were killed.", "day": "2021-03-03"}\n',
        encoding="utf-8",
    )
    result = _run(
        command, "--text-field", "body", "--published-field", "day", str(tmp_path / "wire.jsonl")
    )
    assert result.exit_code == 0, result.stderr
    assert "Twelve people were killed" in result.stdout and "BAGHDAD" in result.stdout
    as_text = _run(command, "--text", str(tmp_path / "wire.jsonl"))
    assert as_text.exit_code == 0 and '"body"' in as_text.stdout


CASUALTY_STORY = (
    'KABUL, May 3 (Reuters) - Two people were killed, police said. "We are safe," he said.'
)


def test_show_says_which_extractors_ran_and_what_was_not_looked_for() -> None:
    result = _run("show", "-e", "casualties", "-", input=CASUALTY_STORY)
    assert result.exit_code == 0, result.output
    said = " ".join(result.stdout.split())
    assert re.search(
        r"ran: casualties \S+; not looked for: dateline, money, quotes, dates, reported_speech",
        said,
    )


def test_the_page_says_which_extractors_ran_and_counts_only_what_was_looked_for() -> None:
    result = _run("render", "-e", "casualties", "-", input=CASUALTY_STORY)
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert re.search(
        r'<p class="ran">Ran: casualties \S+; not looked for: dateline, money, quotes, dates, '
        r"reported_speech\.</p>",
        page,
    )
    legend = re.search(r'<ul class="legend".*?</ul>', page, re.S)
    assert legend is not None
    # a count of 0 quotes would read as "none found": quotes were not looked for
    assert re.findall(r'class="swatch k-(\w+)"', legend[0]) == ["casualties"]
