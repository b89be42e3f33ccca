"""Draw the blind annotation sample from the unlabeled news pool (issue 13).

``python -m benchmarks.pool_sample POOL_FOLDER`` writes ``benchmarks/corpora/pool/sample.json``:
the ids to annotate, drawn at random with a fixed seed, stratified by source and by what a cheap
regex sees in the text (a casualty word near a number, a money amount, a quote mark), never by
what newsparse finds. Texts over ``MAX_CHARS`` are left out so that one article can be annotated
by hand in a few minutes; the page of the annotated set says so.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

SEED = 20261204
MAX_CHARS = 7_000
#: Articles drawn per source; the pool's README describes each source.
PER_SOURCE = {"tempeval3_silver": 90, "aquaint_timebank": 40, "allsides_baly2020": 80}
STRATA = ("casualty", "money", "quote", "none")
SETS = Path(__file__).parent / "corpora"
OUT = SETS / "pool" / "sample.json"

_NUMBER = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|scores)"
_CASUALTY = re.compile(
    rf"\b{_NUMBER}\b[^.\n]{{0,40}}\b(?:killed|injured|dead|wounded|died|hurt)\b"
    rf"|\b(?:killed|injured|dead|wounded|died|hurt)\b[^.\n]{{0,25}}\b{_NUMBER}\b",
    re.IGNORECASE,
)
_MONEY = re.compile(
    r"[$€£¥₹]\s?\d|\b(?:USD|EUR|GBP|JPY|CNY|RMB|INR|Rs\.?)\s?\d"
    r"|\d\s*(?:million|billion|bn|mln)?\s*(?:dollars?|dlrs|euros?|yuan|yen|rupees?|pounds|cents)\b",
    re.IGNORECASE,
)
_QUOTE = re.compile(r"[\"“”]|``|''")


def stratum(text: str) -> str:
    """The first stratum whose regex matches, in the order of :data:`STRATA`."""
    if _CASUALTY.search(text):
        return "casualty"
    if _MONEY.search(text):
        return "money"
    if _QUOTE.search(text):
        return "quote"
    return "none"


def read_pool(folder: Path) -> Iterator[dict[str, Any]]:
    for path in sorted(folder.glob("*.jsonl.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            yield from (json.loads(line) for line in lines if line.strip())


def drawn_before(sets: Path = SETS) -> frozenset[str]:
    """Every id an earlier annotated set holds: a new set must not repeat them."""
    return frozenset(
        article_id
        for path in sets.glob("*/sample.json")
        for article_id in json.loads(path.read_text(encoding="utf-8"))["ids"]
    )


def draw(
    records: Sequence[dict[str, Any]],
    seed: int = SEED,
    per_source: dict[str, int] = PER_SOURCE,
    exclude: frozenset[str] = frozenset(),
) -> list[str]:
    """Ids drawn per source, split as evenly over the strata as the strata allow."""
    rng = random.Random(seed)
    chosen: list[str] = []
    for source, wanted in per_source.items():
        buckets: dict[str, list[str]] = {name: [] for name in STRATA}
        for record in records:
            if (
                record["source"] == source
                and len(record["text"]) <= MAX_CHARS
                and record["id"] not in exclude
            ):
                buckets[stratum(record["text"])].append(record["id"])
        for ids in buckets.values():
            ids.sort()
            rng.shuffle(ids)
        taken: list[str] = []
        while len(taken) < wanted and any(buckets.values()):
            for name in STRATA:
                if buckets[name] and len(taken) < wanted:
                    taken.append(buckets[name].pop())
        chosen += taken
    return chosen


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pool", type=Path, help="the pool folder (corpora/pool)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--fraction",
        type=float,
        default=1.0,
        help="draw this share of the first set's size per source (a smaller follow-up set)",
    )
    args = parser.parse_args(argv)
    if args.out.exists():
        raise SystemExit(f"{args.out} exists: a sample is drawn once")
    records = list(read_pool(args.pool))
    per_source = {name: round(count * args.fraction) for name, count in PER_SOURCE.items()}
    ids = draw(records, args.seed, per_source, exclude=drawn_before())
    strata = {r["id"]: stratum(r["text"]) for r in records if r["id"] in set(ids)}
    strata = {i: strata[i] for i in ids}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = {"seed": args.seed, "max_chars": MAX_CHARS, "ids": ids, "strata": strata}
    args.out.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"{len(ids)} ids -> {args.out}")


if __name__ == "__main__":
    main()
