"""Choose reported speech's mined cue verbs from PolNeAR's train compartment, by cue rate.

For each verb lemma (lemminflect's) this counts, over the train articles, its occurrences, how
many lie inside an annotated attribution Cue, and how many inside the Cue of a relation with a
Source. Only the forms the extractor reads are counted: a form lemminflect also knows as a noun
or an adjective ('offers', 'worried') is left out, as :mod:`newsparse.extractors.quotes.
verb_forms` leaves it out. A lemma the cue tables do not list yet (in any form) is admitted when

* at least ``MIN_CUES`` of its occurrences are in a Cue,
* at least ``MIN_RATE`` of its occurrences are, and
* at least ``MIN_SOURCED`` of those Cues belong to a relation that names a Source: the
  extractor gives a cue's subject as its speaker, and 'seems' or 'appears' head Cues of the
  writer's own judgement ('the plan seems to be failing'), whose Source PolNeAR leaves empty.

The thresholds were chosen on train alone, by benchmarks/attributions.py's all-attributions F1
and speaker accuracy there (before: F1 74.4, speaker 89.4). Rate 0.3 and 5 cues gave F1 75.8
but speaker 88.4 without the Source test ('seems', 'appears'), 75.3 and 89.4 with it; rates
0.4 / 0.5 / 0.6 gave less recall, 3 cues little more F1 for twice the verbs, 0.2-0.25 lower
precision and speaker accuracy. The admitted lemmas, their counts and their forms are written
to ``src/newsparse/_data/mined_cues.py``. Only the train compartment is ever read.

    python benchmarks/cue_rates.py CORPORA_DIR              # print the table's source
    python benchmarks/cue_rates.py CORPORA_DIR --write      # write it into the package
    python benchmarks/cue_rates.py CORPORA_DIR --top 40     # the best lemmas not admitted
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from newsparse._data import reporting_verbs
from newsparse.extractors.quotes.verb_forms import every_form, verb_only_forms

MIN_RATE = 0.3
MIN_CUES = 5
MIN_SOURCED = 0.5
COMPARTMENT = "train"
TABLE = Path(__file__).resolve().parent.parent / "src" / "newsparse" / "_data" / "mined_cues.py"

_WORD = re.compile(r"[^\W_][\w’'-]*")
# a word of a quote cue the tables do not list alone: 'according to' (see quotes.cues)
_QUOTE_CUE_WORDS = ("according",)

Counts = tuple[Counter[str], Counter[str], Counter[str]]


def _articles(corpora: Path) -> Iterator[tuple[str, list[tuple[int, int, bool]]]]:
    """Each train article's text and its attribution Cues' spans, sorted, each with whether
    its relation names a Source."""
    with (
        gzip.open(corpora / "polnear.jsonl.gz", "rt") as main,
        gzip.open(corpora / "aux" / "polnear.jsonl.gz", "rt") as aux,
    ):
        for line, side in zip(main, aux, strict=True):
            extra = json.loads(side)
            if extra["compartment"] != COMPARTMENT:
                continue
            record = json.loads(line)
            relations = [
                (quote["cue_span"], gold["speaker_span"])
                for quote, gold in zip(extra["quotes"], record["gold"]["quotes"], strict=True)
            ]
            relations += [
                (r["cue_span"], r["speaker_span"]) for r in extra["indirect_attributions"]
            ]
            cues = {(cue[0], cue[1], source is not None) for cue, source in relations if cue}
            yield record["text"], sorted(cues)


@cache
def verb_lemma(word: str) -> str | None:
    """The lemma of ``word`` as a verb, unless it is no verb, is also a noun or an adjective,
    or is a form the tables rule out (``NOT_CUE_FORMS``)."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word)
    if "VERB" not in lemmas or {"NOUN", "ADJ"} & lemmas.keys():
        return None
    return None if word in reporting_verbs.NOT_CUE_FORMS else str(lemmas["VERB"][0])


def counts(corpora: Path) -> Counts:
    """Per verb lemma over the train articles: its occurrences, those inside a Cue, and those
    inside the Cue of a relation that names its Source."""
    seen: Counter[str] = Counter()
    cued: Counter[str] = Counter()
    sourced: Counter[str] = Counter()
    for text, cues in _articles(corpora):
        for word in _WORD.finditer(text):
            lemma = verb_lemma(word.group().lower())
            if lemma is None:
                continue
            seen[lemma] += 1
            inside = [named for start, end, named in cues if start <= word.start() < end]
            cued[lemma] += bool(inside)
            sourced[lemma] += any(inside)
    return seen, cued, sourced


def listed_lemmas() -> frozenset[str]:
    """The lemmas of the verbs the cue tables list already, in any form or as the first word
    of a phrase ('refer to', 'according to')."""
    from lemminflect import getAllLemmas

    tables = reporting_verbs.CUE_VERBS | reporting_verbs.REPORTED_ONLY_CUES
    tables = tables.union(*(g.split() for g in reporting_verbs.STANCE_VERB_CLASSES.values()))
    words = every_form(entry.split()[0] for entry in tables) | set(_QUOTE_CUE_WORDS)
    return frozenset(lemma for word in words for lemma in getAllLemmas(word).get("VERB", ()))


def admitted(found: Counts, known: Iterable[str]) -> list[str]:
    """The lemmas passing the thresholds that the tables do not list yet, alphabetically."""
    seen, cued, sourced = found
    skip = set(known)
    return sorted(
        lemma
        for lemma, total in seen.items()
        if lemma not in skip
        and cued[lemma] >= MIN_CUES
        and cued[lemma] >= MIN_RATE * total
        and sourced[lemma] >= MIN_SOURCED * cued[lemma]
    )


def table_source(found: Counts, lemmas: list[str]) -> str:
    """The text of ``newsparse._data.mined_cues`` for the admitted ``lemmas``."""
    seen, cued, sourced = found
    lines = [
        '"""Written by ``benchmarks/cue_rates.py`` from PolNeAR\'s train compartment: never edit.',
        "",
        "Verbs the cue tables did not list whose forms (those lemminflect knows as no noun or",
        "adjective) lie inside an annotated attribution Cue at least MIN_CUES times and in at",
        "least MIN_RATE of their occurrences, at least MIN_SOURCED of those Cues belonging to a",
        "relation that names its Source. Lemma -> (occurrences, in a Cue, in a Cue with a",
        "Source, the forms reported speech reads).",
        '"""',
        "",
        f"MIN_RATE = {MIN_RATE}",
        f"MIN_CUES = {MIN_CUES}",
        f"MIN_SOURCED = {MIN_SOURCED}",
        "",
        "MINED_CUE_VERBS: dict[str, tuple[int, int, int, tuple[str, ...]]] = {",
    ]
    for lemma in lemmas:
        forms = verb_only_forms(lemma)
        items = ", ".join(f'"{form}"' for form in forms) + ("," if len(forms) == 1 else "")
        lines.append(f'    "{lemma}": ({seen[lemma]}, {cued[lemma]}, {sourced[lemma]}, ({items})),')
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, help="the folder holding polnear.jsonl.gz and aux/")
    parser.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    parser.add_argument("--top", type=int, default=0, help="list the best lemmas not admitted")
    args = parser.parse_args()
    found = counts(args.corpora)
    known = listed_lemmas()
    lemmas = admitted(found, known)
    if args.top:
        seen, cued, sourced = found
        rest = sorted(
            (lemma for lemma in seen if lemma not in known and lemma not in lemmas),
            key=lambda lemma: -cued[lemma],
        )
        print("lemma\toccurrences\tin a cue\twith a source")
        for lemma in rest[: args.top]:
            print(f"{lemma}\t{seen[lemma]}\t{cued[lemma]}\t{sourced[lemma]}")
        return
    source = table_source(found, lemmas)
    if args.write:
        TABLE.write_text(source, encoding="utf-8")
    else:
        print(source, end="")


if __name__ == "__main__":
    main()
