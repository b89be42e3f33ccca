"""newsparse.cache: tables built once, read back the same, and never a crash on a bad cache."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsparse import cache as cache_module
from newsparse.cache import UNUSED_DAYS, cache_dir, cached_json
from newsparse.extractors.datelines import cities


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _counting_build(builds: list[int]) -> dict[str, object]:
    builds.append(1)
    return {"names": ("peso", "dollar"), "numbers": {1: "January"}}


def test_built_once_then_read_from_disk(cache: Path) -> None:
    builds: list[int] = []
    first = cached_json("toy", "v1", lambda: _counting_build(builds))
    second = cached_json("toy", "v1", lambda: _counting_build(builds))
    assert builds == [1]
    assert first == second
    assert (cache / "toy-v1.json").is_file()


def test_a_built_table_has_the_shape_a_cached_one_has(cache: Path) -> None:
    built = cached_json("toy", "v1", lambda: _counting_build([]))
    assert built == {"names": ["peso", "dollar"], "numbers": {"1": "January"}}


def test_a_new_key_builds_anew(cache: Path) -> None:
    builds: list[int] = []
    cached_json("toy", "v1", lambda: _counting_build(builds))
    cached_json("toy", "v2", lambda: _counting_build(builds))
    assert builds == [1, 1]


def test_a_corrupt_file_is_rebuilt(cache: Path) -> None:
    cache.mkdir(parents=True)
    (cache / "toy-v1.json").write_text('{"names": [', encoding="utf-8")
    builds: list[int] = []
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["names"] == ["peso", "dollar"]
    assert builds == [1]
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["names"] == ["peso", "dollar"]
    assert builds == [1]


def test_an_unwritable_cache_gives_the_table_from_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory", encoding="utf-8")
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(blocker / "cache"))
    builds: list[int] = []
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["numbers"] == {"1": "January"}
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["numbers"] == {"1": "January"}
    assert builds == [1, 1]
    assert not any(path.name.endswith(".json") for path in tmp_path.rglob("*"))


@pytest.mark.parametrize(
    "content",
    [
        "{}",  # right JSON, wrong shape: an old format or a hand-made file
        '{"names": ["peso", "dollar"], "numbers": {"1": "January"}}',  # the table, unstamped
        '{"format": 2, "key": "v1", "name": "other", "sha256": "x"}\n{}',  # another table's
    ],
)
def test_a_file_that_is_not_this_tables_is_rebuilt(cache: Path, content: str) -> None:
    cache.mkdir(parents=True)
    (cache / "toy-v1.json").write_text(content, encoding="utf-8")
    builds: list[int] = []
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["names"] == ["peso", "dollar"]
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["names"] == ["peso", "dollar"]
    assert builds == [1]


def test_an_edited_table_is_rebuilt(cache: Path) -> None:
    cached_json("toy", "v1", lambda: _counting_build([]))
    file = cache / "toy-v1.json"
    file.write_text(file.read_text(encoding="utf-8").replace("peso", "euro"), encoding="utf-8")
    builds: list[int] = []
    assert cached_json("toy", "v1", lambda: _counting_build(builds))["names"] == ["peso", "dollar"]
    assert builds == [1]


def test_a_fifo_in_place_of_a_cache_file_never_blocks(cache: Path) -> None:
    cache.mkdir(parents=True)
    os.mkfifo(cache / "toy-v1.json")
    reading = subprocess.run(
        [
            sys.executable,
            "-c",
            "from newsparse.cache import cached_json as c; print(c('toy', 'v1', list))",
        ],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )  # in a process of its own: a blocked open() cannot be interrupted from here
    assert reading.stdout == "[]\n", reading.stderr


def test_a_relative_cache_dir_is_taken_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", "relative")
    assert cache_dir() == tmp_path / "relative"
    connection = cities._connect(cities._NAME)  # a file URI needs an absolute path
    assert connection.execute("SELECT count(*) FROM cities").fetchone()[0] > 1000
    assert (tmp_path / "relative").is_dir()


def test_an_unusable_cache_dir_falls_back_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", "/" + "x" * 5000)
    with pytest.warns(RuntimeWarning, match="NEWSPARSE_CACHE_DIR cannot be used"):
        assert len(str(cache_dir())) < 1000


_FIRST_PARSE = """
import sys
import newsparse
newsparse.parse("LONDON, March 3 (Reuters) - Police said 3 people were killed.", "2021-03-03")
print(" ".join(sorted(name for name in ("msgspec", "multiprocessing", "newsparse.batch")
                      if name in sys.modules)))
"""


def test_a_warm_start_loads_only_what_parse_needs(cache: Path) -> None:
    """The builder of the city index (msgspec) and parse_many's machinery (multiprocessing)
    stay off the start-up path once the cache is built."""

    def first_parse() -> str:
        done = subprocess.run(
            [sys.executable, "-c", _FIRST_PARSE],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ.copy(),
        )
        return done.stdout.strip()

    assert first_parse() == "msgspec"  # a cold cache: the city index is built
    assert first_parse() == ""


def _age(path: Path, days: float) -> None:
    then = time.time() - days * 24 * 60 * 60
    os.utime(path, (then, then))


def test_a_read_marks_its_file_used(cache: Path) -> None:
    cached_json("toy", "v1", lambda: _counting_build([]))
    _age(cache / "toy-v1.json", 3)
    cached_json("toy", "v1", lambda: _counting_build([]))
    assert time.time() - (cache / "toy-v1.json").stat().st_mtime < 60


def test_writing_a_table_deletes_its_files_unread_for_long(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_module, "_pruned", set())
    for key in ("old", "recent"):
        cached_json("toy", key, lambda: _counting_build([]))
    cached_json("other", "old", lambda: _counting_build([]))
    (cache / "toy-notes.json").write_text('{"name": "mine"}\n', encoding="utf-8")
    for name in ("toy-old.json", "other-old.json", "toy-notes.json"):
        _age(cache / name, UNUSED_DAYS + 1)
    _age(cache / "toy-recent.json", UNUSED_DAYS - 1)
    monkeypatch.setattr(cache_module, "_pruned", set())
    cached_json("toy", "new", lambda: _counting_build([]))
    left = sorted(path.name for path in cache.iterdir())
    # another table's file and a file that is no table of newsparse's stay
    assert left == ["other-old.json", "toy-new.json", "toy-notes.json", "toy-recent.json"]
