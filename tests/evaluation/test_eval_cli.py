"""The ``evaluate`` click command on a tiny corpus (shape of the output, not accuracy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsparse.cli.evaluate import evaluate

RECORD = {
    "id": "t1",
    "text": "LONDON (Reuters) - Nothing else.",
    "published": "2020-05-01",
    "tasks": ["dateline", "money"],
    "gold": {
        "dateline": {"span": [0, 18], "location": "LONDON", "agency": "Reuters", "date": None},
        "money": [],
    },
}


def _corpus(folder: Path, name: str = "tiny.jsonl", copies: int = 3) -> Path:
    path = folder / name
    lines = [json.dumps({**RECORD, "id": f"t{i}"}) for i in range(copies)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_evaluate_json_and_limit(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    result = CliRunner().invoke(evaluate, [str(path), "--json", "--limit", "2", "--no-progress"])
    assert result.exit_code == 0, result.output
    (corpus,) = json.loads(result.output)["corpora"]
    assert (corpus["name"], corpus["records"]) == ("tiny", 2)
    assert corpus["tasks"]["dateline"]["records"] == 2
    assert corpus["tasks"]["money"]["overlap"]["fn"] == 0


def test_evaluate_folder_and_markdown(tmp_path: Path) -> None:
    _corpus(tmp_path, "a.jsonl")
    _corpus(tmp_path, "b.jsonl", copies=1)
    (tmp_path / "aux").mkdir()
    _corpus(tmp_path / "aux", "a.jsonl")
    result = CliRunner().invoke(evaluate, [str(tmp_path), "--errors", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "### dateline" in result.output
    assert "| a | 3 |" in result.output and "| b | 1 |" in result.output


def test_evaluate_rejects_other_files(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(evaluate, [str(other)])
    assert result.exit_code != 0
    assert "not a .jsonl" in result.output


def test_evaluate_says_no_such_file(tmp_path: Path) -> None:
    missing = tmp_path / "missing.jsonl"
    result = CliRunner().invoke(evaluate, [str(missing)])
    assert result.exit_code == 1  # an input problem, as in parse; not a usage error
    assert result.output == f"Error: {missing}: no such file or folder\n"


@pytest.mark.parametrize(
    ("given", "message"),
    [("", "'': an empty name names no corpus file or folder"), ("x" * 300, "File name too long")],
    ids=["empty", "too-long"],
)
def test_a_corpus_name_no_file_can_have_is_a_one_line_error(
    given: str, message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    _corpus(tmp_path)  # "" must not score the working folder
    result = CliRunner().invoke(evaluate, [given])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.startswith("Error: ") and message in result.output


def test_an_unreadable_corpus_folder_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(folder: Path) -> None:  # what listing a folder without read permission does
        raise PermissionError(13, "Permission denied", str(folder))

    monkeypatch.setattr(Path, "iterdir", refused)
    result = CliRunner().invoke(evaluate, [str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == f"Error: {tmp_path}: cannot be read: Permission denied\n"


def test_an_unreadable_corpus_file_is_named_with_the_reason_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path)

    def refused(path: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(Path, "open", refused)
    result = CliRunner().invoke(evaluate, [str(corpus), "--no-progress"])
    assert result.exit_code == 1
    # not "cannot be read: [Errno 13] Permission denied: '<the path again>'"
    assert result.output == f"Error: {corpus}: cannot be read: Permission denied\n"


def test_a_missing_corpora_folder_in_the_environment_is_named_as_such(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSPARSE_CORPORA", str(tmp_path / "gone"))
    result = CliRunner().invoke(evaluate, ["--no-progress"])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: NEWSPARSE_CORPORA names {tmp_path / 'gone'}, which is not a folder: set it to "
        "the folder of gold corpora, or name them (newsparse evaluate gold.jsonl)\n"
    )


def test_evaluate_without_corpora_says_how_to_give_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSPARSE_CORPORA", raising=False)
    monkeypatch.chdir(tmp_path)  # no ../shared/corpora beside it either
    result = CliRunner().invoke(evaluate, ["--no-progress"])
    assert result.exit_code == 2
    assert "no corpus given: name gold files or folders" in result.output
    assert "NEWSPARSE_CORPORA" in result.output
    assert "../shared/corpora" not in result.output


def test_evaluate_names_a_folder_with_no_corpus(tmp_path: Path) -> None:
    result = CliRunner().invoke(evaluate, [str(tmp_path)])
    assert result.exit_code == 2
    assert f"no .jsonl or .jsonl.gz corpus found in {tmp_path}" in result.output


def test_evaluate_names_file_line_and_problem_of_a_non_gold_file(tmp_path: Path) -> None:
    path = tmp_path / "findings.jsonl"
    good = json.dumps(RECORD)
    output_of_parse = json.dumps({"text": "LONDON - x", "money": [], "dateline": None})
    path.write_text(f"{good}\n{output_of_parse}\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate, [str(path), "--no-progress"])
    assert result.exit_code != 0
    assert f"{path}:2: not a gold record: no 'tasks' list" in result.output


def test_evaluate_gives_the_full_json_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl"
    path.write_text(json.dumps(RECORD) + "\n{not json\n", encoding="utf-8")
    result = CliRunner().invoke(evaluate, [str(path), "--no-progress"])
    assert result.exit_code != 0
    assert f"{path}:2: not JSON: Expecting property name enclosed in double quotes" in result.output
    assert "line 1 column 2" in result.output


def test_evaluate_help_speaks_of_the_product() -> None:
    result = CliRunner().invoke(evaluate, ["--help"])
    assert result.exit_code == 0
    assert "gold" in result.output
    assert "issue" not in result.output.lower()


def test_evaluate_scores_only_the_tasks_of_the_extractors_run(tmp_path: Path) -> None:
    path = _corpus(tmp_path)
    result = CliRunner().invoke(evaluate, [str(path), "-e", "money", "--json", "--no-progress"])
    assert result.exit_code == 0, result.output
    (corpus,) = json.loads(result.output)["corpora"]
    assert corpus["tasks"].get("dateline") is None  # datelines did not run: not scored as missed
    assert corpus["tasks"]["money"]["overlap"]["fn"] == 0


def test_evaluate_refuses_extractors_with_no_scored_task(tmp_path: Path) -> None:
    result = CliRunner().invoke(evaluate, [str(_corpus(tmp_path)), "-e", "dates"])
    assert result.exit_code == 2
    assert "dates produces none of the scored tasks" in result.output
