"""The articles the speed bench times: distinct, from several corpora, never the blind set.

Each source's records are shuffled with a seed, any text already kept (from any source) or any
id of the blind pool test set is left out, and the timed sample takes the first articles of
each source, with one more kept apart for the warm-up call. Long inputs for the memory and
growth measurements are built here too, from whole articles or from one repeated unit.
"""

from __future__ import annotations

import gzip
import hashlib
import itertools
import json
import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from benchmarks.pool_sample import drawn_before

#: Where the timed articles come from: wire copy, newspapers, event reports and the news pool.
SOURCES = ("reuters21578-datelines", "polnear", "semeval2018_task5", "pool")

Article = tuple[str, str | None]  # (text, published)


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


def blind_ids() -> frozenset[str]:
    """The pool ids of every annotated set: a benchmark that read them would spoil the sets."""
    return drawn_before()


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
