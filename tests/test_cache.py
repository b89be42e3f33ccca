"""newsparse.cache: tables built once, read back the same, and never a crash on a bad cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse.cache import cached_json


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
