"""newsparse.regex_cache: a pattern read from the cache is the pattern ``re.compile`` makes."""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import pickle
import re
import subprocess
import sys
import tempfile
import zlib
from array import array
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import regex_cache
from newsparse.patterns import phrase_alternation
from newsparse.regex_cache import bundled, compiled, keep_compiled

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


@pytest.fixture
def process(monkeypatch: pytest.MonkeyPatch) -> None:
    """No bundle of another test is kept by :func:`keep_compiled`."""
    monkeypatch.setattr(regex_cache, "_bundles", {})


def _bundle_file(cache: Path) -> dict[str, object]:
    (path,) = cache.glob("regexes-*.json")
    table: dict[str, object] = json.loads(path.read_text(encoding="utf-8").partition("\n")[2])
    return table


def test_a_bundle_keeps_its_patterns_in_one_file_read_by_the_next_block(
    cache: Path, monkeypatch: pytest.MonkeyPatch, process: None
) -> None:
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        first = [compiled(SOURCE), compiled(SOURCE, re.IGNORECASE), compiled(r"\d+")]
    assert first == [re.compile(SOURCE), re.compile(SOURCE, re.I), re.compile(r"\d+")]
    assert len(compiles) == 3
    assert not cache.exists()  # written after a document, not as the block ends
    keep_compiled()
    assert [path.name[:8] for path in cache.iterdir()] == ["regexes-"]  # no file of their own
    with bundled("toy"):
        again = [compiled(SOURCE), compiled(SOURCE, re.IGNORECASE), compiled(r"\d+")]
    assert len(compiles) == 3  # all three read back
    assert all(isinstance(pattern, re.Pattern) for pattern in again)
    assert first == again
    match = again[1].match("A MAN WAS SHOT")
    assert match is not None
    assert match.group("who", "harm") == ("A MAN", "SHOT")


def test_a_pattern_the_bundle_lacks_is_compiled_when_first_used(
    cache: Path, monkeypatch: pytest.MonkeyPatch, process: None
) -> None:
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        pattern = compiled(SOURCE, re.IGNORECASE)
        larger = compiled(rf"(?:{pattern.pattern})+")  # its text is there before any compiling
    assert compiles == []
    match = pattern.match("A MAN WAS SHOT")
    assert compiles == [SOURCE]
    assert match is not None
    assert match.re == re.compile(SOURCE, re.I)
    assert match.group("who", "aux", "harm") == ("A MAN", "WAS", "SHOT")
    # from now on, its methods are the compiled pattern's own: no Python step in between
    assert getattr(pattern.search, "__self__", None) is match.re
    assert pattern.flags == re.I | re.U
    assert pattern.groupindex == {"who": 1, "aux": 2, "harm": 3}
    assert compiles == [SOURCE]
    assert pickle.loads(pickle.dumps(larger)) == re.compile(rf"(?:{SOURCE})+")
    assert compiles == [SOURCE]  # unpickled by re.compile
    with pytest.raises(AttributeError):
        pattern.no_such_thing  # noqa: B018 - the attribute read is the test


def test_a_bad_pattern_in_a_bundle_raises_when_first_used(cache: Path, process: None) -> None:
    with bundled("toy"):
        pattern = compiled(r"(?P<who>unclosed")
    with pytest.raises(re.error):
        pattern.search("unclosed")


def _in_a_fresh_process(program: str, cache: Path, hash_seed: str = "0") -> str:
    """What ``program`` prints, run by a fresh interpreter given the seed article's path."""
    seed = Path(__file__).parent.parent / "seeds" / "afp-2021-us-mexico-cartels.txt"
    run = subprocess.run(
        [sys.executable, "-c", program, str(seed)],
        env={
            "PYTHONHASHSEED": hash_seed,
            "NEWSPARSE_CACHE_DIR": str(cache),
            "PATH": "",
            "PYTHONPATH": os.environ.get("PYTHONPATH", ""),  # the code under test
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr  # a failure shows the child's traceback
    return run.stdout


_COMPILE_ALL = """
import gc
import re
import newsparse.extractors
from newsparse.regex_cache import _FirstUse
waiting = [p for p in gc.get_objects() if isinstance(p, _FirstUse)]
print(len(waiting), all(p == re.compile(p.pattern, p._flags) for p in waiting))
"""


def test_every_built_in_pattern_compiles_as_re_compile_does(tmp_path: Path) -> None:
    """The extractors' patterns are compiled on first use: a broken one shows here."""
    count, same = _in_a_fresh_process(_COMPILE_ALL, tmp_path).split()
    assert int(count) > 500
    assert same == "True"


def test_a_bundle_is_rewritten_to_hold_exactly_what_its_block_declared(
    cache: Path, monkeypatch: pytest.MonkeyPatch, process: None
) -> None:
    with bundled("toy"):
        used = [compiled(SOURCE), compiled(r"\d+")]
    for pattern in used:
        pattern.match("1")
    keep_compiled()
    with bundled("toy"):  # a pattern gone from the code, another new, the third stored unused
        compiled(SOURCE)
        compiled(r"[a-z]+")
    keep_compiled()
    assert len(_bundle_file(cache)) == 1  # only its stale pattern dropped
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        compiled(SOURCE).match("1")
        compiled(r"[a-z]+").match("1")
    keep_compiled()
    assert compiles == [r"[a-z]+"]
    assert len(_bundle_file(cache)) == 2


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 6), max_size=12))
def test_a_process_writes_its_bundle_a_few_times_however_its_documents_come(
    new_per_document: list[int],
) -> None:
    """Each write holds at least as many new patterns as the process's earlier ones together:
    at most 1 + log2(n) writes for n patterns, and no pattern waits for more than that many."""
    writes: list[int] = []
    with pytest.MonkeyPatch.context() as monkeypatch, tempfile.TemporaryDirectory() as folder:
        monkeypatch.setenv("NEWSPARSE_CACHE_DIR", folder)
        monkeypatch.setattr(regex_cache, "_bundles", {})
        monkeypatch.setattr(regex_cache, "store_json", lambda *table: writes.append(len(table[2])))
        with bundled("toy"):
            patterns = [compiled(rf"x{index}") for index in range(sum(new_per_document))]
        written = 0
        for count in new_per_document:
            for pattern in patterns[:count]:
                pattern.match("x")
            patterns = patterns[count:]
            keep_compiled()
            if writes and writes[-1] > written:
                written = writes[-1]
        used = sum(new_per_document)
        assert len(writes) <= 1 + math.log2(max(used, 1))
        assert used - written <= written  # what waits is no more than what is kept


def test_a_write_keeps_what_another_process_stored_meanwhile(
    cache: Path, monkeypatch: pytest.MonkeyPatch, process: None
) -> None:
    with bundled("toy"):
        ours = [compiled(SOURCE), compiled(r"\d+")]
    this_process = dict(regex_cache._bundles)
    with bundled("toy"):  # another process, reading the same (missing) file
        theirs = [compiled(SOURCE), compiled(r"\d+")]
    theirs[1].match("1")
    keep_compiled()
    ours[0].match("1")
    monkeypatch.setattr(regex_cache, "_bundles", this_process)
    keep_compiled()
    assert len(_bundle_file(cache)) == 2


def test_a_forked_process_reads_the_bundle_again_on_its_first_miss(
    cache: Path, monkeypatch: pytest.MonkeyPatch, process: None
) -> None:
    with bundled("toy"):  # a fork server, before any worker stored code
        server = compiled(SOURCE)
    with bundled("toy"):  # a worker that stores the pattern's code
        compiled(SOURCE).match("1")
    keep_compiled()
    compiles = _compiles(monkeypatch)
    monkeypatch.setattr(regex_cache.os, "getpid", lambda: -1)  # a later worker of the server
    assert server.match("a man was shot") is not None
    assert compiles == []


def test_a_block_that_raises_writes_no_bundle(cache: Path, process: None) -> None:
    with pytest.raises(ImportError), bundled("toy"):
        pattern = compiled(SOURCE)
        raise ImportError("a module failed halfway")
    assert pattern.match("a man was shot") is not None
    keep_compiled()
    assert not cache.exists() or not list(cache.glob("regexes-*.json"))
    assert compiled(SOURCE) == re.compile(SOURCE)  # outside a block: a file of its own again
    assert len(list(cache.glob("regex-*.json"))) == 1


def test_code_in_a_bundle_the_engine_refuses_is_compiled_and_stored_anew(
    cache: Path, monkeypatch: pytest.MonkeyPatch, process: None
) -> None:
    with bundled("toy"):
        compiled(SOURCE).match("1")
    keep_compiled()
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
    compiles = _compiles(monkeypatch)
    with bundled("toy"):
        assert compiled(SOURCE) == re.compile(SOURCE)
    keep_compiled()
    with bundled("toy"):
        assert compiled(SOURCE) == re.compile(SOURCE)
    assert compiles == [SOURCE]  # compiled once more, and stored in its place
    assert _bundle_file(cache) != table


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
import tempfile
import zlib
from array import array
import newsparse
from pathlib import Path
newsparse.parse(Path(sys.argv[1]).read_text(encoding="utf-8"), published="2021-03-03")
"""


def test_newsparse_caches_the_same_patterns_in_every_process(tmp_path: Path) -> None:
    """A pattern whose text hangs on string hashing (a set's order) would be compiled and
    stored anew by every process, and the cache would grow without end."""
    stored = []
    for hash_seed in ("1", "2", "3"):
        folder = tmp_path / hash_seed
        _in_a_fresh_process(_PARSE_SEED, folder, hash_seed)
        files = sorted(path.name for path in folder.glob("regex-*.json"))
        (bundle,) = folder.glob("regexes-*.json")  # the built-in extractors' patterns
        body = bundle.read_text(encoding="utf-8").partition("\n")[2]
        stored.append((files, bundle.name, sorted(json.loads(body))))
    assert stored[0][0]
    assert stored[0][2]
    assert stored[0] == stored[1] == stored[2]


_BATCH = """
import json
import sys
from pathlib import Path
from newsparse import parse, regex_cache
from newsparse.batch import parse_many
texts = Path(sys.argv[1]).read_text(encoding="utf-8").split("\\n\\n")
batch = [d.to_dict() for d in parse_many(texts, processes=2, chunksize=2)]
(bundle,) = regex_cache._bundles.values()
at_import = len(bundle.stored) + len(bundle.fresh)  # all the caller compiled: it parsed nothing
kept_by_workers = len(regex_cache.read_json("regexes", bundle.key))
alone = [parse(text).to_dict() for text in texts]
print(json.dumps([at_import, kept_by_workers, batch == alone]))
"""


def test_patterns_first_used_in_worker_processes_are_kept_by_them(tmp_path: Path) -> None:
    output = _in_a_fresh_process(_BATCH, tmp_path)
    at_import, kept_by_workers, same = json.loads(output.splitlines()[-1])
    assert same
    assert kept_by_workers > 50 > at_import
