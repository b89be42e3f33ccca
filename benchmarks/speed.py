"""Time newsparse and its peers the way users run them, and write docs/benchmarks.md.

Run by ``nox -s bench`` (``python -m benchmarks.speed CORPORA [--quick]``). Users parse each
article once, in a process that has seen none of them, so that is what is timed: one pass over
distinct articles drawn from several corpora, each system in a fresh subprocess (no system warms
another's caches), its first call (imports, model loading) timed apart on an article outside the
timed set, three runs per system. Start-up, memory and growth with text length are measured in
fresh subprocesses too. Nothing here asserts a time: it reports, with the load average beside.

No article of an annotated pool set (``benchmarks/corpora/*/sample.json``) is ever read. The work is
split by job: speed_sample (the articles), speed_child (what runs in each fresh process),
speed_measure (running and collecting the measurements), speed_page (the page).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

import attrs
from benchmarks.pages import ROOT, write_page
from benchmarks.speed_child import ALL, PEERS, builtin_names, installed_peers, load_average
from benchmarks.speed_measure import (
    QUICK,
    Settings,
    measure_growth,
    measure_startup,
    measure_stream,
    profile,
    time_repeats,
    time_systems,
    time_text,
)
from benchmarks.speed_page import Results
from benchmarks.speed_sample import (
    blind_ids,
    concatenated,
    distinct_articles,
    draw,
    interleaved,
    read_sources,
)

DEFAULT_PAGE = ROOT / "docs" / "benchmarks.md"


def measure(corpora: Path, settings: Settings, seed: int) -> Results:
    """Every measurement of the page, in fresh processes, with the load before and after."""
    load_before = load_average()
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
        loads=(load_before, load_average()),
        profile=profile(sample, 15),
    )


def main(argv: Sequence[str] | None = None) -> None:
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
