"""Build the annotated pool sets from the unlabeled pool and the hand annotations (issue 13).

An annotated set is a folder of ``benchmarks/corpora/`` holding ``sample.json`` (the drawn ids)
and ``annotations/*.jsonl``. The annotations give every span as the exact text it covers plus
which occurrence (``nth``), so they are readable and stay small; this script turns them into
records in the gold format (docs/gold-format.md). It never imports newsparse: the gold is
written without seeing what newsparse finds.

    python -m benchmarks.pool_gold texts POOL DIR      # the sampled articles, one .txt each
    python -m benchmarks.pool_gold check POOL          # every annotation resolves to a span
    python -m benchmarks.pool_gold build POOL OUT      # OUT.jsonl.gz in the gold format

Each command takes ``--set FOLDER`` (default: the first set, ``benchmarks/corpora/pool``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from benchmarks.pool_sample import OUT as SAMPLE
from benchmarks.pool_sample import SETS, read_pool

DEFAULT_SET = SAMPLE.parent
TASKS = ("dateline", "money", "casualties", "quotes")

Record = dict[str, Any]


class AnnotationError(ValueError):
    """An annotation that does not resolve to a span of its article."""


def set_source(folder: Path) -> str:
    """The corpus name of a set's gold: ``pool`` gives ``pool-annotated``."""
    return f"{folder.name}-annotated"


def annotated_sets(sets: Path = SETS) -> list[Path]:
    """Every set folder that holds annotations, the first set first."""
    return sorted(
        (p.parent for p in sets.glob("*/annotations") if any(p.glob("*.jsonl"))),
        key=lambda folder: (folder != DEFAULT_SET, folder.name),
    )


def sample_ids(folder: Path = DEFAULT_SET) -> list[str]:
    return list(json.loads((folder / "sample.json").read_text(encoding="utf-8"))["ids"])


def sampled_articles(pool: Path, folder: Path = DEFAULT_SET) -> dict[str, Record]:
    wanted = set(sample_ids(folder))
    return {r["id"]: r for r in read_pool(pool) if r["id"] in wanted}


def find(text: str, snippet: str, nth: int = 1) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``snippet`` in ``text``."""
    if not snippet or snippet != snippet.strip():
        raise AnnotationError(f"empty or padded snippet {snippet!r}")
    start = -1
    for _ in range(nth):
        start = text.find(snippet, start + 1)
        if start < 0:
            raise AnnotationError(f"occurrence {nth} of {snippet!r} not in the text")
    return start, start + len(snippet)


def nearest(text: str, snippet: str, anchor: tuple[int, int]) -> tuple[int, int]:
    """The occurrence of ``snippet`` closest to ``anchor`` (ties go to the later one)."""
    spans, start = [], text.find(snippet)
    while start >= 0:
        spans.append((start, start + len(snippet)))
        start = text.find(snippet, start + 1)
    if not spans:
        raise AnnotationError(f"speaker mention {snippet!r} not in the text")

    def distance(span: tuple[int, int]) -> int:
        return max(anchor[0] - span[1], span[0] - anchor[1], 0)

    return min(spans, key=lambda span: (distance(span), -span[0]))


def _number(value: Any) -> int | float | None:
    if value is None:
        return None
    number = float(value)
    return int(number) if number.is_integer() else number


def resolve(task: str, text: str, item: Any) -> Any:
    """One annotated item (or the dateline object) in the gold format."""
    if task == "dateline":
        if item is None:
            return None
        return {
            "span": list(find(text, item["text"], item.get("nth", 1))),
            "location": item["location"],
            "agency": item.get("agency"),
            "date": item.get("date"),
        }
    span = find(text, item["text"], item.get("nth", 1))
    if task == "money":
        return {"span": list(span), "value": _number(item["value"]), "currency": item["currency"]}
    if task == "casualties":
        gold = {"span": list(span), "count": item["count"], "kind": item["kind"]}
        gold.update({flag: True for flag in ("subset", "past") if item.get(flag)})
        return gold
    speaker_text = item.get("speaker_text")
    if speaker_text and item.get("speaker_nth"):
        speaker_span: tuple[int, int] | None = find(text, speaker_text, item["speaker_nth"])
    else:
        speaker_span = nearest(text, speaker_text, span) if speaker_text else None
    if speaker_span and _inside_a_word(text, speaker_span):
        found = text[max(speaker_span[0] - 5, 0) : speaker_span[1] + 5]
        raise AnnotationError(
            f"speaker mention {speaker_text!r} resolves inside a word ({found!r}); "
            "give the speaker_nth of the right occurrence"
        )
    return {
        "span": list(span),
        "speaker": item.get("speaker"),
        "speaker_span": list(speaker_span) if speaker_span else None,
    }


def _inside_a_word(text: str, span: tuple[int, int]) -> bool:
    """Whether a mention continues a word on either side ('he' in 'the' or 'heart').

    Scraped text glues names together ('MuellerSpeier'), so a capital after a letter is a
    word start, not the inside of one.
    """
    start, end = span
    glued_before = start > 0 and text[start - 1].isalnum() and not text[start].isupper()
    glued_after = end < len(text) and text[end - 1].isalnum() and text[end].islower()
    return glued_before or glued_after


def annotation_lines(folder: Path = DEFAULT_SET) -> Iterable[tuple[str, int, Record]]:
    for path in sorted((folder / "annotations").glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                yield f"{path.name}:{number}", number, json.loads(line)


def build(pool: Path, folder: Path = DEFAULT_SET) -> tuple[list[Record], list[str]]:
    """Gold records for every annotated article of a set, and one message per bad annotation."""
    articles = sampled_articles(pool, folder)
    source = set_source(folder)
    gold: dict[str, dict[str, Any]] = {}
    errors: list[str] = []
    for where, _, line in annotation_lines(folder):
        article = articles.get(line.get("id", ""))
        if article is None:
            errors.append(f"{where}: id {line.get('id')!r} is not in the sample")
            continue
        for task in TASKS:
            if task not in line:
                continue
            record = gold.setdefault(article["id"], {})
            if task in record:
                errors.append(f"{where}: {task} of {article['id']} annotated twice")
                continue
            try:
                if task == "dateline":
                    record[task] = resolve(task, article["text"], line[task])
                else:
                    record[task] = [resolve(task, article["text"], i) for i in line[task]]
            except (AnnotationError, KeyError, TypeError, ValueError) as error:
                errors.append(f"{where}: {article['id']} {task}: {error}")
    records = [
        {
            "id": f"{source}-{article_id}",
            "source": source,
            "text": articles[article_id]["text"],
            "published": articles[article_id]["published"],
            "tasks": [task for task in TASKS if task in tasks],
            "gold": {task: tasks[task] for task in TASKS if task in tasks},
        }
        for article_id in sample_ids(folder)
        if (tasks := gold.get(article_id))
    ]
    return records, errors


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=DEFAULT_SET, help="the annotated set's folder")
    commands = parser.add_subparsers(dest="command", required=True)
    texts = commands.add_parser("texts", help="write the sampled articles as .txt files")
    texts.add_argument("pool", type=Path)
    texts.add_argument("folder", type=Path)
    check = commands.add_parser("check", help="resolve every annotation, report the bad ones")
    check.add_argument("pool", type=Path)
    made = commands.add_parser("build", help="write the annotated set in the gold format")
    made.add_argument("pool", type=Path)
    made.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    if args.command == "texts":
        args.folder.mkdir(parents=True, exist_ok=True)
        for article_id, article in sampled_articles(args.pool, args.set).items():
            (args.folder / f"{article_id}.txt").write_text(article["text"], encoding="utf-8")
        return
    records, errors = build(args.pool, args.set)
    for error in errors:
        print(error, file=sys.stderr)
    counts = {task: sum(task in r["tasks"] for r in records) for task in TASKS}
    print(f"{len(records)} articles annotated; per task: {counts}; {len(errors)} errors")
    if args.command == "build":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.out, "wt", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if errors:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
