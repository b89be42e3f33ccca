"""``count_articles``: the progress bar's total is what ``read_inputs`` yields, known ahead."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.inputs import InputWarning, count_articles, read_inputs

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
    """What reading yields that the bar counts: a record or a problem, not a warning."""
    return sum(not isinstance(item, InputWarning) for item in read_inputs(sources, **options))  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(FILES, st.sampled_from([None, False]), st.booleans())
def test_the_count_is_what_reading_yields_or_unknown(
    files: list[tuple[str, str, str]], jsonl: bool | None, as_pattern: bool
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for sub, name, suffix in files:
            path = Path(folder, sub, name + suffix)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("" if name == "b" else f"{name}: police said two died.\n")
        sources = [f"{folder}/**/*.t*" if as_pattern else folder]
        counted = count_articles(sources, jsonl=jsonl)
        if jsonl is None and any(suffix == ".jsonl" for *_, suffix in files) and not as_pattern:
            assert counted is None  # JSON Lines records are not counted ahead
        else:
            assert counted == _items(sources, jsonl=jsonl)


def test_problems_count_as_read_and_stdin_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Two died.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe not UTF-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    sources = [str(tmp_path), str(tmp_path / "no-such-*.txt"), str(tmp_path / "missing.txt")]
    assert count_articles(sources) == _items(sources) == 5
    assert count_articles([str(tmp_path), "-"]) is None
