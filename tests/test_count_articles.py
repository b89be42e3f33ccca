"""``count_articles``: the progress bar's total is what ``read_inputs`` yields, known ahead."""

from __future__ import annotations

import gzip
import os
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.inputs import NAMED_PER_FILE, InputProblem, Record, count_articles, read_inputs

#: A file below the folder: its sub-folder, name and suffix (some read, some left alone).
FILES = st.lists(
    st.tuples(
        st.sampled_from(["", "2021/", "2021/03/"]),
        st.sampled_from(["a", "b", "Story", "c d"]),
        st.sampled_from([".txt", ".TXT", ".text", ".json", ".csv", ".jsonl"]),
    ),
    max_size=8,
)


def _items(sources: list[str], **options: object) -> int:
    """What reading yields that the bar counts: a record, or the inputs a problem stands for;
    not a warning."""
    return sum(
        1 if isinstance(item, Record) else item.count if isinstance(item, InputProblem) else 0
        for item in read_inputs(sources, **options)  # type: ignore[arg-type]
    )


@settings(max_examples=40, deadline=None)
@given(FILES, st.sampled_from([None, False]), st.booleans())
def test_the_count_is_what_reading_yields(
    files: list[tuple[str, str, str]], jsonl: bool | None, as_pattern: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for sub, name, suffix in files:
            path = Path(folder, sub, name + suffix)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("" if name == "b" else f"{name}: police said two died.\n")
        sources = [f"{folder}/**/*.t*" if as_pattern else folder]
        assert count_articles(sources, jsonl=jsonl) == _items(sources, jsonl=jsonl)


def test_problems_count_as_read_and_stdin_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Two died.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not UTF-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    sources = [str(tmp_path), str(tmp_path / "no-such-*.txt"), str(tmp_path / "missing.txt")]
    assert count_articles(sources) == _items(sources) == 5
    assert count_articles([str(tmp_path), "-"]) is None


def test_json_lines_count_their_records_and_bad_lines(tmp_path: Path) -> None:
    lines = ["\ufeff" + '{"text": "Two died."}', "", "not JSON", '{"text": ""}', "  ", "\u00a0"]
    lines += ["[1]"] * (NAMED_PER_FILE + 5)  # past the named ones: counted in one problem
    (tmp_path / "a.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt", encoding="utf-8") as packed:
        packed.write('{"text": "One hurt."}\n{"text": "Three dead."}\n')
    sources = [str(tmp_path)]
    assert count_articles(sources) == _items(sources) == 2 + 1 + NAMED_PER_FILE + 5 + 2


def test_a_fifo_is_not_counted(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "feed.jsonl")
    assert count_articles([str(tmp_path / "feed.jsonl")]) is None
