"""newsparse.regex_cache: a pattern read from the cache is the pattern ``re.compile`` makes."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import subprocess
import sys
import zlib
from array import array
from pathlib import Path

import pytest

from newsparse import regex_cache
from newsparse.patterns import phrase_alternation
from newsparse.regex_cache import bundled, compiled

SOURCE = r"(?P<who>\d+|a\s+man)(?:\s+(?P<aux>was|were))?\s+(?P<harm>killed|shot)\b"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_first_call_stores_the_code_and_the_second_reads_it(cache: Path) -> None:
    first = compiled(SOURCE, re.IGNORECASE)
    stored = list(cache.glob("regex-*.json"))
    assert len(stored) == 1
    second = compiled(SOURCE, re.IGNORECASE)
    expected = re.compile(SOURCE, re.IGNORECASE)
    # patterns compare equal only when their source, flags and compiled code all agree
    assert first == expected
    assert second == expected
    assert second.groupindex == expected.groupindex
    match = second.match("A man was shot")
    assert match is not None
    assert match.group("who", "aux", "harm") == ("A man", "was", "shot")


def test_flags_are_part_of_the_key(cache: Path) -> None:
    assert compiled(SOURCE) == re.compile(SOURCE)
    assert compiled(SOURCE, re.IGNORECASE) == re.compile(SOURCE, re.IGNORECASE)
    assert len(list(cache.glob("regex-*.json"))) == 2
    assert compiled(SOURCE).match("A man was shot") is None


def test_code_the_engine_refuses_gives_way_to_a_compiled_pattern(cache: Path) -> None:
    compiled(SOURCE)
    (path,) = cache.glob("regex-*.json")
    header, _, body = path.read_text(encoding="utf-8").partition("\n")
    table = json.loads(body)
    code = array("I", zlib.decompress(base64.b64decode(table["code"])))
    code.insert(0, 9999)  # no such opcode
    table["code"] = base64.b64encode(zlib.compress(code.tobytes())).decode("ascii")
    forged = json.dumps(table, ensure_ascii=False, sort_keys=True)
    stamp = json.loads(header)
    stamp["sha256"] = hashlib.sha256(forged.encode("utf-8")).hexdigest()
    path.write_text(json.dumps(stamp, sort_keys=True) + "\n" + forged, encoding="utf-8")
    assert compiled(SOURCE) == re.compile(SOURCE)


def test_a_bad_pattern_raises_as_re_compile_does(cache: Path) -> None:
    with pytest.raises(re.error):
        compiled(r"(?P<who>unclosed")


def _compiles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sources compiled from scratch from now on (not read from the cache)."""
    sources: list[str] = []
    build = regex_cache._compiled_code

    def counted(source: str, flags: int) -> dict[str, object]:
        sources.append(source)
        return build(source, flags)

    monkeypatch.setattr(regex_cache, "_compiled_code", counted)
    return sources


def test_a_bundle_keeps_its_patterns_in_one_file_read_by_the_next_block(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        first = [compiled(SOURCE), compiled(SOURCE, re.IGNORECASE), compiled(r"\d+")]
    assert [path.name[:8] for path in cache.iterdir()] == ["regexes-"]  # no file of their own
    assert len(compiles) == 3
    with bundled("toy"):
        again = [compiled(SOURCE), compiled(SOURCE, re.IGNORECASE), compiled(r"\d+")]
    assert len(compiles) == 3  # all three read back
    assert first == again == [re.compile(SOURCE), re.compile(SOURCE, re.I), re.compile(r"\d+")]
    match = again[1].match("A MAN WAS SHOT")
    assert match is not None
    assert match.group("who", "harm") == ("A MAN", "SHOT")


def test_a_bundle_is_rewritten_to_hold_exactly_what_its_block_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with bundled("toy"):
        compiled(SOURCE)
        compiled(r"\d+")
    with bundled("toy"):  # a pattern gone from the code, another new
        compiled(SOURCE)
        compiled(r"[a-z]+")
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        compiled(SOURCE)
        compiled(r"[a-z]+")
    assert compiles == []
    (path,) = cache.glob("regexes-*.json")
    assert len(json.loads(path.read_text(encoding="utf-8").partition("\n")[2])) == 2


def test_a_block_that_raises_writes_no_bundle(cache: Path) -> None:
    with pytest.raises(ImportError), bundled("toy"):
        compiled(SOURCE)
        raise ImportError("a module failed halfway")
    assert not cache.exists() or not list(cache.glob("regexes-*.json"))
    assert compiled(SOURCE) == re.compile(SOURCE)  # outside a block: a file of its own again
    assert len(list(cache.glob("regex-*.json"))) == 1


def test_code_in_a_bundle_the_engine_refuses_is_compiled_and_stored_anew(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with bundled("toy"):
        compiled(SOURCE)
    (path,) = cache.glob("regexes-*.json")
    header, _, body = path.read_text(encoding="utf-8").partition("\n")
    table = json.loads(body)
    (entry,) = table.values()
    code = array("I", zlib.decompress(base64.b64decode(entry["code"])))
    code.insert(0, 9999)  # no such opcode
    entry["code"] = base64.b64encode(zlib.compress(code.tobytes())).decode("ascii")
    forged = json.dumps(table, ensure_ascii=False, sort_keys=True)
    stamp = json.loads(header)
    stamp["sha256"] = hashlib.sha256(forged.encode("utf-8")).hexdigest()
    path.write_text(json.dumps(stamp, sort_keys=True) + "\n" + forged, encoding="utf-8")
    with bundled("toy"):
        assert compiled(SOURCE) == re.compile(SOURCE)
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        assert compiled(SOURCE) == re.compile(SOURCE)
    with bundled("toy"):
        assert compiled(SOURCE) == re.compile(SOURCE)
    assert compiles == [SOURCE]  # dropped from the bundle, then stored whole once more


def test_phrase_alternation_is_the_same_in_every_process() -> None:
    """Phrases of one length come in one order whatever the string hashes, so a cached
    pattern is found again by the next process."""
    phrases = ["shot dead", "killed", "wounded", "injured", "hurt", "died"]
    program = (
        f"from newsparse.patterns import phrase_alternation; print(phrase_alternation({phrases}))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert outputs == {phrase_alternation(phrases) + "\n"}


_PARSE_SEED = """
import sys
import zlib
from array import array
import newsparse
from pathlib import Path
newsparse.parse(Path(sys.argv[1]).read_text(encoding="utf-8"), published="2021-03-03")
"""


def test_newsparse_caches_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    """A pattern whose text hangs on string hashing (a set's order) would be compiled and
    stored anew by every process, and the cache would grow without end."""
    seed = Path(__file__).parent.parent / "seeds" / "afp-2021-us-mexico-cartels.txt"
    stored = []
    for hash_seed in ("1", "2", "3"):
        folder = tmp_path / hash_seed
        run = subprocess.run(
            [sys.executable, "-c", _PARSE_SEED, str(seed)],
            env={
                "PYTHONHASHSEED": hash_seed,
                "NEWSPARSE_CACHE_DIR": str(folder),
                "PATH": "",
                "PYTHONPATH": os.environ.get("PYTHONPATH", ""),  # the code under test
            },
            capture_output=True,
            text=True,
            check=False,
        )
        assert run.returncode == 0, run.stderr  # a failure shows the child's traceback
        files = sorted(path.name for path in folder.glob("regex-*.json"))
        (bundle,) = folder.glob("regexes-*.json")  # the built-in extractors' patterns
        body = bundle.read_text(encoding="utf-8").partition("\n")[2]
        stored.append((files, bundle.name, sorted(json.loads(body))))
    assert stored[0][0]
    assert stored[0][2]
    assert stored[0] == stored[1] == stored[2]
