"""The speed bench's measurements, each run in fresh interpreters (see speed_child), and
what they found.

Every system gets its own process per run, the runs taken in turn so load drift hits all
systems alike; a child that fails or runs out of time is reported as missing, never waited
for. CPU seconds are kept beside wall-clock ones, since a busy machine distorts them least.
"""

from __future__ import annotations

import cProfile
import functools
import io
import itertools
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from benchmarks.pages import ROOT
from benchmarks.speed_child import (
    PEERS,
    builtin_names,
    newsparse_system,
    one_pass,
    system_label,
)
from benchmarks.speed_sample import SHAPES, Article, Sample, concatenated, interleaved, repeated

CHILD_TIMEOUT = 1800.0  # seconds; a child past it is reported as unfinished, not waited for
GROWTH_STEP = 4  # each size of the growth ladder is this many times the one before
GROWTH_TIMEOUT = 120.0  # seconds for one parse of the ladder: past it, the shape stops growing
#: One thread for the peers' numerical libraries: every system gets one core, as newsparse uses.
ONE_THREAD = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")}


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


def run_child(
    mode: str, job: Mapping[str, Any], folder: Path, timeout: float = CHILD_TIMEOUT
) -> Any | None:
    """Run one job in a fresh interpreter; None if it failed or ran past ``timeout``."""
    job_file = folder / "job.json"
    job_file.write_text(json.dumps(job), encoding="utf-8")
    command = [sys.executable, "-m", "benchmarks.speed_child", mode, str(job_file)]
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


@attrs.frozen
class StreamPoint:
    """A checkpoint of the stream: articles parsed, peak RSS (MB), wall seconds, and the
    entries the bounded fragment caches hold."""

    articles: int
    rss: float
    seconds: float
    cache_entries: int


@attrs.frozen
class Stream:
    """Peak RSS over a stream of distinct articles, and the fragment caches' total capacity."""

    points: tuple[StreamPoint, ...]
    cache_capacity: int

    def at(self, share: int) -> StreamPoint:
        """The first checkpoint at or past 1/``share`` of the stream."""
        return next(p for p in self.points if p.articles >= self.points[-1].articles // share)

    def filled(self, point: StreamPoint) -> str:
        """The share of the fragment caches' capacity filled at ``point``."""
        return f"{point.cache_entries / self.cache_capacity:.0%}" if self.cache_capacity else "-"


def measure_stream(
    articles: Mapping[str, Sequence[Article]], warmup: Article, count: int, folder: Path
) -> Stream | None:
    stream = list(itertools.islice(interleaved(articles), count))
    answer = run_child("stream", {"warmup": warmup, "articles": stream}, folder)
    if answer is None:
        return None
    points = tuple(StreamPoint(*point) for point in answer["points"])
    return Stream(points, answer["capacity"])


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
