"""An installed extractor that raises or returns nonsense, on every path a command reads and
parses by: it is named, the command ends normally, and the other extractors' findings stay.

The plugin is installed for real (``install``, from ``test_plugin_edges``), so the workers of
``--jobs 2`` load it as they would a pip-installed one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsparse.cli import main
from test_plugin_edges import Install, install  # noqa: F401  (a fixture)

#: What the broken extractor does, each a way a plugin's author can get it wrong.
BEHAVIOURS = {
    "raises": 'raise RuntimeError("exploded")',
    "raises-a-BaseException": "raise asyncio.CancelledError()",
    "raises-what-cannot-be-said": "raise Unsayable()",
    "returns-None": "return None",
    "returns-wrong-types": 'return [1, "x", None]',
    "returns-a-span-outside-the-text": "return [Broken(span=Span(0, 10**6), text='x')]",
    "returns-text-not-its-span": "return [Broken(span=Span(0, 3), text='zzz')]",
}

PLUGIN = """
import asyncio

from attrs import frozen
from newsparse import Extractor, Finding, Span, hookimpl


@frozen(kw_only=True)
class Broken(Finding):
    category = "broken_things"


class Unsayable(Exception):
    def __str__(self):
        raise ValueError("a message that cannot be read")


class BrokenExtractor(Extractor):
    name = "broken"
    produces = (Broken,)

    def extract(self, document):
        BEHAVIOUR


@hookimpl
def newsparse_register_extractors(register):
    register(BrokenExtractor())
"""

STORY = "LONDON, May 3 (Reuters) - Five people were killed, police said."
GOLD = {
    "id": "g1",
    "text": STORY,
    "published": "2020-05-03",
    "tasks": ["dateline"],
    "gold": {
        "dateline": {"span": [0, 25], "location": "LONDON", "agency": "Reuters", "date": None}
    },
}


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(STORY, encoding="utf-8")
    return folder


def _file(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def _parsed(result: Result) -> list[dict[str, object]]:
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert documents
    for document in documents:
        assert document["casualties"], document  # the others' findings stay
        assert document["dateline"] is not None
        (failure,) = document["failures"]  # type: ignore[misc]
        assert failure["extractor"] == "broken"
    return documents


def _parse(tmp_path: Path, *arguments: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["parse", "--json", *arguments], input=input)


def parse_a_file(tmp_path: Path) -> Result:
    result = _parse(tmp_path, str(_file(tmp_path, "a.txt", STORY)))
    assert len(_parsed(result)) == 1
    return result


def parse_a_folder_in_this_process(tmp_path: Path) -> Result:
    result = _parse(tmp_path, "--jobs", "1", str(_folder(tmp_path)))
    assert len(_parsed(result)) == 3
    return result


def parse_a_folder_in_workers(tmp_path: Path) -> Result:
    result = _parse(tmp_path, "--jobs", "2", str(_folder(tmp_path)))
    assert len(_parsed(result)) == 3
    return result


def parse_stdin_text(tmp_path: Path) -> Result:
    result = _parse(tmp_path, "--text", input=STORY)
    assert len(_parsed(result)) == 1
    return result


def parse_stdin_json_lines(tmp_path: Path) -> Result:
    lines = json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY}) + "\n"
    result = _parse(tmp_path, "--jsonl", input=lines)
    assert len(_parsed(result)) == 2
    return result


def parse_a_json_lines_file(tmp_path: Path) -> Result:
    path = _file(tmp_path, "a.jsonl", json.dumps({"text": STORY}) + "\n")
    result = _parse(tmp_path, str(path))
    assert len(_parsed(result)) == 1
    return result


def show(tmp_path: Path) -> Result:
    result = CliRunner().invoke(main, ["show", str(_file(tmp_path, "a.txt", STORY))])
    assert "│ casualties" in result.stdout and "failed: broken:" in result.stdout
    return result


def render(tmp_path: Path) -> Result:
    page = tmp_path / "a.html"
    result = CliRunner().invoke(
        main, ["render", str(_file(tmp_path, "a.txt", STORY)), "-o", str(page)]
    )
    html = page.read_text(encoding="utf-8")
    assert "casualties 0." in html and "broken: " in html
    return result


def evaluate(tmp_path: Path) -> Result:
    corpus = _file(tmp_path, "gold.jsonl", json.dumps(GOLD) + "\n")
    result = CliRunner().invoke(main, ["evaluate", str(corpus), "--json", "--no-progress"])
    report = json.loads(result.stdout)
    (scored,) = report["corpora"]
    assert scored["tasks"]["dateline"]["records"] == 1 and scored["crashes"] == 0
    assert "warning: broken failed on 1 record(s)" in result.stderr
    return result


def demo(tmp_path: Path) -> Result:
    result = CliRunner().invoke(main, ["demo", "--json"])
    document = json.loads(result.stdout)
    assert document["casualties"] and document["quotes"]
    assert [f["extractor"] for f in document["failures"]] == ["broken"]
    return result


PATHS = [
    parse_a_file,
    parse_a_folder_in_this_process,
    parse_a_folder_in_workers,
    parse_stdin_text,
    parse_stdin_json_lines,
    parse_a_json_lines_file,
    show,
    render,
    evaluate,
    demo,
]


@pytest.mark.parametrize("behaviour", BEHAVIOURS)
@pytest.mark.parametrize("path", PATHS, ids=lambda path: path.__name__)
def test_a_broken_extractor_is_named_and_costs_only_its_own_findings(
    install: Install,  # noqa: F811
    tmp_path: Path,
    path: object,
    behaviour: str,
) -> None:
    install(
        "newsparse-broken",
        {"broken": "broken_extractor"},
        broken_extractor=PLUGIN.replace("BEHAVIOUR", BEHAVIOURS[behaviour]),
    )
    result = path(tmp_path)  # type: ignore[operator]
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "broken" in result.stderr  # named


#: Commands over three articles whose texts differ in length, as do the broken one's errors.
OVER_THREE = {
    "evaluate": (["evaluate", "GOLD", "--no-progress"], "record(s), scored as finding nothing"),
    "show": (["show", "FOLDER"], "article(s), each showing its failure"),
    "render": (["render", "FOLDER", "-o", "PAGES"], "article(s), each showing its failure"),
    "parse": (["parse", "FOLDER", "-o", "OUT", "-j", "1"], "article(s); see their failures"),
}


@pytest.mark.parametrize("command", OVER_THREE)
def test_a_failing_extractor_is_counted_in_one_line_not_a_line_per_article(
    install: Install,  # noqa: F811
    tmp_path: Path,
    command: str,
) -> None:
    install(
        "newsparse-broken",
        {"broken": "broken_extractor"},
        broken_extractor=PLUGIN.replace("BEHAVIOUR", BEHAVIOURS["returns-a-span-outside-the-text"]),
    )
    texts = [STORY + " More." * n for n in range(3)]
    records = [{**GOLD, "id": f"g{n}", "text": text} for n, text in enumerate(texts)]
    folder = tmp_path / "articles"
    folder.mkdir()
    for n, text in enumerate(texts):
        (folder / f"{n}.txt").write_text(text, encoding="utf-8")
    given = {
        "GOLD": str(_file(tmp_path, "gold.jsonl", "".join(json.dumps(r) + "\n" for r in records))),
        "FOLDER": str(folder),
        "PAGES": str(tmp_path / "pages"),
        "OUT": str(tmp_path / "out.jsonl"),
    }
    arguments, said = OVER_THREE[command]
    result = CliRunner().invoke(main, [given.get(word, word) for word in arguments])
    assert result.exit_code == 0, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"warning: broken failed on 3 {said}")
    if command != "parse":
        assert line.endswith(
            "(the first: ValueError: span 0-1000000 lies outside the text (63 chars))"
        )
