"""Score newsparse and its peers on every gold corpus in one run and write docs/accuracy.md.

Run by ``nox -s evaluate`` (``python -m benchmarks.accuracy CORPORA [options]``). newsparse is
scored on every record of every corpus; each peer only on the corpora of its own task. The
peers read about 20k characters a second, so where a corpus is larger than the peers' budget
they (and newsparse beside them, for a like-for-like row) read a fixed random sample of it,
and the page says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import random
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
from benchmarks.pages import generated_header, git_revision, write_page
from benchmarks.peers import PEER_BUILDERS, Peer
from benchmarks.pool_gold import DEFAULT_SET, annotated_sets, set_source
from benchmarks.pool_gold import build as build_pool_set

from newsparse import __version__, parse
from newsparse.evaluation import (
    CorpusReport,
    Report,
    corpus_files,
    corpus_name,
    evaluate_records,
    read_records,
)
from newsparse.evaluation.report import TASKS
from newsparse.evaluation.runner import Parser

COMMAND = "nox -s evaluate"
DEFAULT_PAGE = Path("docs/accuracy.md")
#: Characters of one corpus the peers read at most: about 4 minutes of spaCy here.
DEFAULT_PEER_CHARS = 5_000_000
NEWSPARSE = "newsparse"
#: The project's own gold corpora (hand-written, see its README), scored in every run.
OWN_CORPORA = Path(__file__).parent / "corpora"
#: In each annotated set's folder: its figures from newsparse's first run on it, kept to compare.
FIRST_RUN = "first-run.json"


@attrs.frozen
class GoldGap:
    """Records of a corpus whose derived gold is known to miss what it should hold.

    Such records stay in the corpus's main row; a second row, named by ``label``, leaves them
    out, so a reader sees both the figure on the gold as shipped and the figure it hides.
    """

    label: str
    missing: Callable[[dict[str, Any]], bool]
    why: str


#: Known gaps, by corpus name.
GOLD_GAPS = {
    "polnear": GoldGap(
        label="without ''-quoted records",
        missing=lambda record: "''" in record["text"],
        why=(
            "PolNeAR's derived gold takes a quotation only between `\"`, `“` and `”` (the "
            "corpora's README), but its NYT articles quote between two apostrophes (`''`): "
            "nearly all of their quotes are missing from the gold, and each one newsparse finds "
            "there counts as false. The row marked *without ''-quoted records* leaves out the "
            "records whose text holds `''`."
        ),
    ),
}


@attrs.frozen
class Sampled:
    """The records a corpus's peers read, and how they were drawn from it."""

    records: list[dict[str, Any]]
    total: int  # records in the corpus

    @property
    def is_sample(self) -> bool:
        return len(self.records) < self.total


def peer_sample(records: Sequence[dict[str, Any]], budget: int, seed: int) -> Sampled:
    """All records when their text fits in ``budget`` characters, else a seeded random sample.

    The sample keeps the corpus order, so reruns with the same seed read the same records.
    """
    if sum(len(r["text"]) for r in records) <= budget:
        return Sampled(list(records), len(records))
    order = list(range(len(records)))
    random.Random(seed).shuffle(order)
    chosen, used = [], 0
    for index in order:
        size = len(records[index]["text"])
        if used + size > budget:
            continue
        chosen.append(index)
        used += size
    return Sampled([records[i] for i in sorted(chosen)], len(records))


def score(
    corpus: str, label: str, records: Sequence[dict[str, Any]], parser: Parser, task: str | None
) -> CorpusReport:
    """Score one system on one corpus; a peer keeps only its own task's score."""
    started = time.perf_counter()
    report = evaluate_records(f"{corpus} · {label}", records, parser)
    if task is not None:
        others: dict[str, Any] = {t: None for t in TASKS if t != task}
        report = attrs.evolve(report, **others)
    print(
        f"  {label}: {len(records)} records in {time.perf_counter() - started:.1f}s",
        file=sys.stderr,
    )
    return report


def corpus_tasks(records: Sequence[dict[str, Any]]) -> set[str]:
    return {task for record in records for task in record.get("tasks", ())}


def pool_sets(given: Sequence[str], folder: Path) -> list[Path]:
    """The annotated pool sets, built into ``folder`` from a given corpora folder's ``pool/``."""
    pool = pool_folder(given)
    return [] if pool is None else [build_set(pool, s, folder) for s in annotated_sets()]


def pool_folder(given: Sequence[str]) -> Path | None:
    """The unlabeled pool (``pool/``) inside the first given corpora folder that holds one."""
    return next((Path(i) / "pool" for i in given if (Path(i) / "pool").is_dir()), None)


def build_set(pool: Path, annotated: Path, folder: Path) -> Path:
    records, errors = build_pool_set(pool, annotated)
    if errors:
        raise SystemExit(f"the {annotated.name} annotations do not resolve:\n" + "\n".join(errors))
    path = folder / f"{set_source(annotated)}.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return path


def corpus_paths(given: Sequence[str], scratch: Path) -> list[Path]:
    """Folders expand to their corpus files; files are taken as they are; then our own sets."""
    paths: list[Path] = []
    for item in given:
        path = Path(item)
        paths += corpus_files(path) if path.is_dir() else [path]
    if not paths:
        raise SystemExit(f"no .jsonl or .jsonl.gz corpus in {', '.join(given)}")
    paths += pool_sets(given, scratch)
    if OWN_CORPORA.is_dir():
        seen = {p.resolve() for p in paths}
        paths += [p for p in corpus_files(OWN_CORPORA) if p.resolve() not in seen]
    return paths


#: (label, task, path into a task's score dict) of the figures compared with the first run.
HEADLINE_FIGURES = (
    ("dateline F1", "dateline", ("detection", "f1")),
    ("money F1", "money", ("overlap", "f1")),
    ("money value recall", "money", ("value_recall", "rate")),
    ("casualty mentions P", "casualties", ("all_mentions", "precision")),
    ("casualty mentions R", "casualties", ("all_mentions", "recall")),
    ("casualty mentions F1", "casualties", ("all_mentions", "f1")),
    ("quotes F1", "quotes", ("quotes", "f1")),
    ("quote speaker accuracy", "quotes", ("speaker", "rate")),
    ("quote speaker accuracy, name only", "quotes", ("speaker_name", "rate")),
    ("quotes end-to-end F1", "quotes", ("end_to_end", "f1")),
)


def _figure(tasks: dict[str, Any], task: str, keys: tuple[str, str]) -> str:
    value = tasks.get(task, {}).get(keys[0], {}).get(keys[1])
    return "-" if value is None else f"{100 * value:.1f}"


def first_run_section(report: Report) -> list[str]:
    """Each annotated set's headline figures now, beside those of newsparse's first run on it."""
    lines: list[str] = []
    for annotated in annotated_sets():
        kept = annotated / FIRST_RUN
        name = f"{set_source(annotated)} · {NEWSPARSE}"
        now = next((c for c in report.corpora if c.name == name), None)
        if not kept.is_file() or now is None:
            continue
        first = json.loads(kept.read_text(encoding="utf-8"))
        tasks_now = now.as_dict()["tasks"]
        rescored = first.get("adjudicated_tasks")
        columns = ["first run", *(["first run, adjudicated gold"] if rescored else []), "now"]
        rows = [
            "| "
            + " | ".join(
                [
                    label,
                    _figure(first["tasks"], task, keys),
                    *([_figure(rescored, task, keys)] if rescored else []),
                    _figure(tasks_now, task, keys),
                ]
            )
            + " |"
            for label, task, keys in HEADLINE_FIGURES
        ]
        lines += [
            f"## The annotated set `{annotated.name}`: first run and now",
            "",
            f"{now.records} articles from the unlabeled pool (sources no rule was written for), "
            f"annotated by hand before newsparse ran on them; see benchmarks/corpora/"
            f"{annotated.name}/. The first run was scored at revision {first['revision']} on "
            f"{first['date']}."
            + (
                " The first column scores it against the first-pass gold, the second against "
                "the gold after the second annotation pass, which is the gold *now* is scored "
                "against."
                if rescored
                else ""
            ),
            "",
            "| figure | " + " | ".join(columns) + " |",
            "|---" * (len(columns) + 1) + "|",
            *rows,
            "",
        ]
    return lines


def run(
    paths: Sequence[Path], peers: Sequence[Peer], *, budget: int, seed: int, limit: int | None
) -> tuple[Report, list[str]]:
    """Score every corpus; return the report and one note per row on part of a corpus."""
    rows: list[CorpusReport] = []
    notes: list[str] = []
    for path in paths:
        name = corpus_name(path)
        records = list(read_records(path))[:limit]
        print(f"{name}: {len(records)} records", file=sys.stderr)
        rows.append(score(name, NEWSPARSE, records, parse, None))
        gap = GOLD_GAPS.get(name)
        if gap is not None:
            kept = [r for r in records if not gap.missing(r)]
            rows.append(score(name, f"{NEWSPARSE}, {gap.label}", kept, parse, None))
            notes.append(f"`{name}`: {gap.why} ({len(kept)} of {len(records)} records kept.)")
        own = [p for p in peers if p.task in corpus_tasks(records)]
        if not own:
            continue
        sampled = peer_sample(records, budget, seed)
        if sampled.is_sample:
            label = f"{NEWSPARSE}, sample"
            rows.append(score(name, label, sampled.records, parse, None))
            chars = sum(len(r["text"]) for r in sampled.records)
            notes.append(
                f"`{name}`: the peers, and newsparse in the row marked *sample*, read a random "
                f"sample of {len(sampled.records)} of its {sampled.total} records "
                f"({chars:,} characters; seed {seed})."
            )
        for peer in own:
            rows.append(score(name, peer.label, sampled.records, peer.parse, peer.task))
    return Report(tuple(rows)), notes


def page(report: Report, notes: Sequence[str], peers: Sequence[Peer], seconds: float) -> str:
    peer_lines = [f"- **{p.label}**: {p.task}" for p in peers]
    lines = [
        "# Accuracy",
        "",
        generated_header(COMMAND),
        "",
        f"newsparse {__version__} (revision {git_revision()}) and the peer libraries, scored in "
        "the same run on the development files of the gold corpora (see the corpora's "
        "`README.md` for their sources and noise) with the matching rules of "
        "`newsparse.evaluation`. Rates are percentages; a row is named `corpus · system`. "
        "newsparse is scored on every task a record lists; each peer only on the corpora of "
        "its own task:",
        "",
        *peer_lines,
        "",
        "spaCy marks money spans but reads no value or currency, so its value columns are 0. "
        "quantulum3's values are taken as it gives them (`50 cents` is 50, with no currency "
        "code). textacy's speaker is the stretch of its speaker tokens, often a pronoun; textacy "
        "refuses a document with an odd number of quotation marks (it raises), and such a "
        "document counts as finding nothing (listed below as records whose parse raised).",
        "",
    ]
    if notes:
        lines += ["Rows on part of a corpus:", "", *(f"- {n}" for n in notes), ""]
    lines += [
        f"The whole run took {seconds / 60:.1f} minutes.",
        "",
        *first_run_section(report),
        "## Results",
        "",
        report.to_markdown().rstrip(),
        "",
    ]
    return "\n".join(lines)


def record_first_run(given: Sequence[str], annotated: Path) -> None:
    """Score newsparse on a freshly annotated set and keep the figures, never twice."""
    kept = annotated / FIRST_RUN
    if kept.exists():
        raise SystemExit(f"{kept} exists: the first run happens once")
    pool = pool_folder(given)
    if pool is None:
        raise SystemExit(f"no pool/ folder in {', '.join(given)}")
    with tempfile.TemporaryDirectory() as scratch:
        path = build_set(pool, annotated, Path(scratch))
        records = list(read_records(path))
        report = evaluate_records(set_source(annotated), records, parse, errors=10_000)
    figures = {
        "revision": git_revision(),
        "date": f"{dt.date.today():%Y-%m-%d}",
        "newsparse": __version__,
        **report.as_dict(),
    }
    kept.write_text(json.dumps(figures, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(Report((report,)).to_markdown())


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", help="corpus files or folders of them")
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE, help="Markdown page to write")
    parser.add_argument(
        "--peer-chars",
        type=int,
        default=DEFAULT_PEER_CHARS,
        help="characters of one corpus the peers read at most (sampled beyond)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the peers' sample")
    parser.add_argument("--limit", type=int, default=None, help="first N records of each corpus")
    parser.add_argument("--no-peers", action="store_true", help="score newsparse alone")
    parser.add_argument(
        "--first-run",
        type=Path,
        nargs="?",
        const=DEFAULT_SET,
        metavar="SET",
        help=f"score only one annotated set, once, and keep its figures in its {FIRST_RUN}",
    )
    args = parser.parse_args(argv)
    if args.first_run:
        record_first_run(args.corpora, args.first_run)
        return

    started = time.perf_counter()
    peers = [] if args.no_peers else [build() for build in PEER_BUILDERS]
    with tempfile.TemporaryDirectory() as scratch:
        report, notes = run(
            corpus_paths(args.corpora, Path(scratch)),
            peers,
            budget=args.peer_chars,
            seed=args.seed,
            limit=args.limit,
        )
    text = page(report, notes, peers, time.perf_counter() - started)
    write_page(args.page, text)
    print(text)
    print(f"wrote {args.page} at {dt.datetime.now(dt.UTC):%H:%M:%S} UTC", file=sys.stderr)


if __name__ == "__main__":
    main()
