"""Score reported speech (and all attributions) on PolNeAR's attribution relations.

The evaluator scores only the gold keys of SCHEMA.md; PolNeAR's indirect attributions live in
its aux file. This script reads both, runs the ``quotes`` and ``reported_speech`` extractors
and reports, per compartment (``train``, ``dev``), content overlap precision / recall / F1
(a prediction matches a gold Content it overlaps, one to one, largest overlap first) and
speaker accuracy on matched pairs (overlapping speaker mentions, or the same name by the
evaluator's lenient rule), for indirect relations alone and for all relations (direct
quotes count with their annotated Content, each relation once however many quoted stretches
it has; a quote inside a mixed reported clause counts as part of that clause's attribution).

    python benchmarks/attributions.py CORPORA_DIR [--compartment dev]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsparse.document import Document
from newsparse.evaluation.matching import names_match, overlap
from newsparse.extractors.quotes import QuoteExtractor, ReportedSpeechExtractor
from newsparse.findings import Quote, ReportedSpeech

Item = tuple[tuple[int, int], tuple[int, int] | None, str | None]


def _records(corpora: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    with (
        gzip.open(corpora / "polnear.jsonl.gz", "rt") as main,
        gzip.open(corpora / "aux" / "polnear.jsonl.gz", "rt") as aux,
    ):
        for line, side in zip(main, aux, strict=True):
            yield json.loads(line), json.loads(side)


def _gold(record: dict[str, Any], aux: dict[str, Any], everything: bool) -> list[Item]:
    """The relations, each once: the main file has one gold quote per quoted stretch, and its
    aux entry the Content of the whole relation, so a relation quoting three stretches is
    listed three times there ('called it "A," "B" and "C"'); one Content and one Cue are one
    relation, counted once."""
    items: list[Item] = [
        (tuple(a["span"]), _pair(a["speaker_span"]), a["speaker"])
        for a in aux["indirect_attributions"]
    ]
    if everything:
        relations: set[tuple[tuple[int, ...], tuple[int, ...] | None]] = set()
        for quote, side in zip(record["gold"]["quotes"], aux["quotes"], strict=True):
            cue = side.get("cue_span")
            relation = (tuple(side["content_span"]), None if cue is None else tuple(cue))
            if relation in relations:
                continue
            relations.add(relation)
            items.append(
                (tuple(side["content_span"]), _pair(quote["speaker_span"]), quote["speaker"])
            )
    return items


def _pair(span: list[int] | None) -> tuple[int, int] | None:
    return None if span is None else (span[0], span[1])


def _predicted(text: str, everything: bool) -> list[Item]:
    """Reported speech, and with ``everything`` the quotes: a quote inside a mixed reported
    clause ('called the plan "dead on arrival"') is part of that one attribution, as PolNeAR
    annotates it, not a second one; so are quotes sharing one cue ('"A," Lee said. "B."'),
    one relation from the first to the last, as gold counts each relation once."""
    document = Document(text=text)
    found: list[Quote | ReportedSpeech] = list(ReportedSpeechExtractor().extract(document))
    items = [_item(f.span.start, f.span.end, f) for f in found]
    if everything:
        mixed = [f.span for f in found if f.mode == "mixed"]
        by_cue: dict[tuple[int, int], int] = {}
        for quote in QuoteExtractor().extract(document):
            if any(
                clause.start <= quote.span.start and quote.span.end <= clause.end
                for clause in mixed
            ):
                continue
            cue = None if quote.cue_span is None else (quote.cue_span.start, quote.cue_span.end)
            if cue is not None and cue in by_cue:
                (start, _), *rest = items[by_cue[cue]]
                items[by_cue[cue]] = ((start, quote.span.end), *rest)
                continue
            if cue is not None:
                by_cue[cue] = len(items)
            items.append(_item(quote.span.start, quote.span.end, quote))
    return items


def _item(start: int, end: int, finding: Quote | ReportedSpeech) -> Item:
    speaker = finding.speaker_span
    return (start, end), None if speaker is None else (speaker.start, speaker.end), finding.speaker


def _score(gold: list[Item], predicted: list[Item]) -> tuple[int, int, int, int]:
    """Matched pairs, predictions, gold items and pairs whose speaker is right."""
    pairs = sorted(
        (
            (overlap(g[0], p[0]), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if overlap(g[0], p[0]) > 0
        ),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    right = 0
    for _, gi, pi in pairs:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        right += _speaker_right(gold[gi], predicted[pi])
    return len(used_gold), len(predicted), len(gold), right


def _speaker_right(gold: Item, predicted: Item) -> bool:
    if gold[1] is not None and predicted[1] is not None and overlap(gold[1], predicted[1]) > 0:
        return True
    return gold[2] is not None and predicted[2] is not None and names_match(gold[2], predicted[2])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="the folder holding polnear.jsonl.gz and aux/")
    parser.add_argument("--compartment", action="append", help="only these (default: all)")
    args = parser.parse_args()
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for record, aux in _records(args.corpora):
        if args.compartment and aux["compartment"] not in args.compartment:
            continue
        for kind, everything in (("indirect", False), ("all", True)):
            scored = _score(_gold(record, aux, everything), _predicted(record["text"], everything))
            row = totals[(aux["compartment"], kind)]
            for index, value in enumerate(scored):
                row[index] += value
    print("| compartment | relations | gold | predicted | P | R | F1 | speaker acc |")
    print("|---|---|---|---|---|---|---|---|")
    for (compartment, kind), (matched, predicted, gold, right) in sorted(totals.items()):
        precision = matched / predicted if predicted else 0.0
        recall = matched / gold if gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        accuracy = right / matched if matched else 0.0
        print(
            f"| {compartment} | {kind} | {gold} | {predicted} | {100 * precision:.1f} "
            f"| {100 * recall:.1f} | {100 * f1:.1f} | {100 * accuracy:.1f} |"
        )


if __name__ == "__main__":
    main()
