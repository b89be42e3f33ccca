"""Feed hostile text to every built-in extractor and report what breaks: a report, not a test.

Run with ``python -m benchmarks.fuzz [--articles CORPUS] [--random N] [--mutated N]``. Three
kinds of input go to each built-in extractor alone and to all of them together:

- **random** strings of news words, odd characters (controls, lone surrogates, bidi marks,
  characters whose case changes their length, digits of other scripts) and random code points;
- **mutated** real articles (the repository's seed article, or ``--articles``: a JSON Lines file
  or folder as ``newsparse parse`` reads them) with random edits: odd characters inserted, slices
  cut or doubled, case changed, huge numbers and unbalanced quotes put in;
- **adversarial shapes** of ``--size`` bytes (1 MB) and ``--factor`` times that (4 MB): one
  phrase repeated without end, for each shape the CPU time of all extractors together at both
  sizes and their ratio (linear work gives about the factor, quadratic its square).

Each document is checked: a **crash** is an extractor failure recorded on the document (or an
exception out of ``parse_many``), a **bad span** a finding whose span runs outside the text or
whose text is not ``text[start:end]`` (any other span field out of range counts too), and a
**round trip** failure a document that ``from_dict`` of its ``to_dict()`` through JSON does not
give back (on text without lone surrogates: JSON reads ``"\\ud800\\udfff"`` as one
character, so such text has no JSON round trip). Then the
random and mutated texts, with bad lines among them, go through ``newsparse parse --json -j 2``
as JSON Lines: every record must come back as a document or as one error line (**lost records**
otherwise), in input order, with good spans.

Crashing inputs are shrunk (characters cut while the same extractor still fails the same way)
and written as JSON to ``--save`` (a fresh temporary folder by default) as reproducers. Every
parse has a time limit (``--time-limit``); one that runs out counts as a timeout. Nothing here
asserts a time: a busy machine moves the numbers, so the ratios are for a person to read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs
from attrs import frozen

from newsparse.batch import parse_many
from newsparse.document import Document
from newsparse.inputs import Record, read_inputs
from newsparse.plugins import default_registry
from newsparse.span import Span

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TIMEOUT = "TimeLimitExceeded"

#: Characters and strings that have broken text code before, one of them per edit.
ODD = (
    "\x00",
    "\x1b[2J",
    "\x7f",
    "\x85",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\u00a0",
    "\u2009",
    "\u202f",
    "\u2028",
    "\ud800",
    "\udfff",
    "\U0001f600",
    "e\u0301",
    "\u0345",
    "\uff15\uff10",
    "\u0663\u0664",
    "\u09eb",
    "\u0130",
    "\u00df",
    "\ufb01",
    "\r",
    "\t",
    "\n\n",
    "\u201c",
    "\u201d",
    "\u2018",
    "\u2019",
    "\u00ab",
    "\u00bb",
    '"',
    "'",
    "''",
    "``",
    "$",
    "\u20ac",
    "\u00a3",
    "\u00a5",
    "US$",
    "(",
    ")",
    "\u2014",
    "\u2013",
    " _ ",
    "9" * 5000,
    "1" + "0" * 400,
    "1e308",
    "-0",
    "NaN",
    "$" + "9" * 400 + " million",
    "0.000000001",
    "twenty-five thousand",
    "million",
    "billion",
    "killed",
    "wounded",
    "said",
    "told reporters",
    "(Reuters) -",
    "WASHINGTON",
    "May 4",
    "Feb. 29, 2023",
    "last Tuesday",
    ".",
    ",",
    "Mr.",
)

#: Adversarial shapes: each phrase repeated to the size asked.
SHAPES: dict[str, str] = {
    "news words": "Police said 12 people were killed and $5 million was paid on Tuesday. ",
    "money list": "$5 million, \u20ac3 billion, 12.5 pence, US$40, ",
    "one huge number": "9",
    "huge numbers": "$" + "9" * 4000 + " ",
    "unbalanced quotes": '"He said it ',
    "curly quotes": "\u201cWe will,\u201d \u2018no\u2019 \u201c",
    "quotes with speakers": '"We will go," said John Smith. ',
    "datelines": "WASHINGTON (Reuters) - ",
    "date mentions": "on May 4, 2021, last Tuesday, in March, ",
    "casualty list": "12 killed, 3 injured, ",
    "casualty tolls": "killing 5 people and wounding 6, ",
    "number words": "twenty-five thousand three hundred ",
    "capitalised names": "John Smith Mary Jones Ann O'Neil ",
    "no spaces": "a",
    "newlines": "\n",
    "sentence ends": ". ",
    "controls and odd marks": "\x00\x1b[31m\u200b\u202e\ufeff\u00a0\u0130\u00df ",
    "lone surrogates": "\ud800 $5 \udfff killed ",
}


@frozen
class Problem:
    """One thing that broke: what kind, which extractors ran, the error, and the input."""

    kind: str  # crash, timeout, bad span, round trip
    extractors: str
    detail: str
    text: str


@attrs.define
class Tally:
    """What was fed in, by kind, and every problem found."""

    inputs: Counter[str] = attrs.field(factory=Counter)
    problems: list[Problem] = attrs.field(factory=list)

    def count(self, kind: str) -> int:
        return sum(1 for problem in self.problems if problem.kind == kind)


def checked(document: Document, extractors: str) -> Iterator[Problem]:
    """Everything wrong with ``document``'s findings and failures."""
    text = document.text
    for failure in document.failures:
        kind = "timeout" if failure.error.startswith(TIMEOUT) else "crash"
        yield Problem(kind, f"{extractors} ({failure.extractor})", failure.error[:300], text)
    for finding in document.findings:
        for field in attrs.fields(type(finding)):
            span = getattr(finding, field.name)
            if isinstance(span, Span) and not 0 <= span.start <= span.end <= len(text):
                detail = f"{finding.category}.{field.name} {span} out of 0-{len(text)}"
                yield Problem("bad span", extractors, detail, text)
        if text[finding.span.start : finding.span.end] != finding.text:
            detail = f"{finding.category} {finding.span}: {finding.text[:80]!r} is not the text"
            yield Problem("bad span", extractors, detail, text)
    if not _utf8(text):
        return  # JSON reads two lone surrogates side by side as one character: no contract
    try:
        back = Document.from_dict(json.loads(json.dumps(document.to_dict())))
    except Exception as error:  # the report names whatever breaks the JSON contract
        yield Problem("round trip", extractors, f"{type(error).__name__}: {error}", text)
        return
    if back != document:
        yield Problem("round trip", extractors, "from_dict(to_dict()) differs", text)


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parsed(text: str, names: Sequence[str], time_limit: float) -> Document | Problem:
    try:
        (document,) = parse_many([text], processes=1, extractors=list(names), time_limit=time_limit)
    except Exception as error:  # the report names any escape from parse_many
        return Problem("crash", ",".join(names), f"{type(error).__name__}: {error}", text)
    return document


def run_one(text: str, names: Sequence[str], time_limit: float, tally: Tally) -> float:
    """Parse and check ``text`` with ``names``; the CPU seconds it took."""
    start = time.process_time()
    result = parsed(text, names, time_limit)
    took = time.process_time() - start
    label = ",".join(names) if len(names) == 1 else "all"
    if isinstance(result, Problem):
        tally.problems.append(result)
    else:
        tally.problems.extend(checked(result, label))
    return took


# --- the inputs -----------------------------------------------------------------------------------


def articles(source: str | None, limit: int) -> list[str]:
    """Real article texts: ``source`` read as ``newsparse parse`` reads it, else the seeds."""
    found = read_inputs([source or str(SEEDS)])
    return [item.text for item in found if isinstance(item, Record) and item.text][:limit]


def random_text(rng: random.Random, words: Sequence[str]) -> str:
    pieces = []
    for _ in range(rng.randint(0, 200)):
        roll = rng.random()
        if roll < 0.6:
            pieces.append(rng.choice(words))
        elif roll < 0.85:
            pieces.append(rng.choice(ODD))
        else:
            pieces.append(chr(rng.randint(0, 0x10FFFF)))
        pieces.append(rng.choice((" ", " ", " ", "", "\n", ", ", ". ")))
    return "".join(pieces)


def _insert(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    return text[:at] + rng.choice(ODD) + text[at:]


def _cut(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    return text[:at] + text[at + rng.randint(1, 200) :]


def _double(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    return text[:at] + text[at : at + rng.randint(1, 400)] * 2 + text[at + 1 :]


def _recase(rng: random.Random, text: str) -> str:
    at = rng.randint(0, len(text))
    end = at + rng.randint(1, 300)
    change = rng.choice((str.upper, str.lower, str.swapcase, str.title))
    return text[:at] + change(text[at:end]) + text[end:]


def _replace(rng: random.Random, text: str) -> str:
    at = rng.randint(0, max(len(text) - 1, 0))
    return text[:at] + chr(rng.randint(0, 0x10FFFF)) + text[at + 1 :]


def _truncate(rng: random.Random, text: str) -> str:
    return text[: rng.randint(0, len(text))]


EDITS: tuple[Callable[[random.Random, str], str], ...] = (
    _insert,
    _insert,
    _insert,
    _cut,
    _double,
    _recase,
    _replace,
    _truncate,
)


def mutated_text(rng: random.Random, real: Sequence[str]) -> str:
    text = rng.choice(real)
    for _ in range(rng.randint(1, 8)):
        text = rng.choice(EDITS)(rng, text)
    return text


def shape_text(phrase: str, size: int) -> str:
    """``phrase`` repeated to ``size`` bytes of UTF-8 (surrogates counted as three)."""
    return phrase * max(1, size // len(phrase.encode("utf-8", "surrogatepass")))


# --- shrinking crashes into reproducers ------------------------------------------------------------


def shrunk(problem: Problem, names: Sequence[str], time_limit: float, budget: int = 400) -> str:
    """The shortest text found that still breaks the same extractor with the same error type."""

    def same(text: str) -> bool:
        result = parsed(text, names, time_limit)
        if isinstance(result, Problem):
            return result.detail.split(":")[0] == problem.detail.split(":")[0]
        return any(
            p.kind == problem.kind and p.detail.split(":")[0] == problem.detail.split(":")[0]
            for p in checked(result, problem.extractors.split(" ")[0])
        )

    text, chunk, tries = problem.text, max(len(problem.text) // 2, 1), 0
    while chunk >= 1 and tries < budget:
        at, cut_any = 0, False
        while at < len(text) and tries < budget:
            candidate = text[:at] + text[at + chunk :]
            tries += 1
            if candidate != text and same(candidate):
                text, cut_any = candidate, True
            else:
                at += chunk
        if not cut_any:
            chunk //= 2
    return text


# --- through the command line --------------------------------------------------------------------

BAD_LINES = (
    b'{"text": "lone \\ud800 surrogate"}\n',
    b'{"text": "x", "n": ' + b"7" * 5000 + b"}\n",
    b'{"text": "caf\xff"}\n',
    b"[1, 2]\n",
    b'{"text": 5}\n',
    b"{not json\n",
    b'{"text": "ok", "published": "soon"}\n',
)


def cli_round(texts: Sequence[str], rng: random.Random, folder: Path) -> dict[str, int]:
    """Texts (and bad lines) as JSON Lines through ``newsparse parse``: what came back."""
    source = folder / "fuzz.jsonl"
    lines = []
    for text in texts:
        if rng.random() < 0.05:
            lines.append(rng.choice(BAD_LINES))
        record = json.dumps({"text": text}, ensure_ascii=rng.random() < 0.5)
        lines.append(record.encode("utf-8", "surrogatepass") + b"\n")
    source.write_bytes(b"".join(lines))
    command = [sys.executable, "-c", "from newsparse.cli import main; main()", "parse"]
    run = subprocess.run(
        [*command, "--json", "-j", "2", "--no-progress", str(source)],
        capture_output=True,
        check=False,
    )
    written = [json.loads(line) for line in run.stdout.splitlines()]
    errors = {
        int(line.split(b":")[2])
        for line in run.stderr.splitlines()
        if line.startswith(b"error: ") and line.count(b":") >= 3
    }
    back = [document["meta"]["line"] for document in written]
    bad_spans = 0
    for document in written:
        for category in ("dateline", "dates", "money", "casualties", "quotes"):
            found = document.get(category) or []
            for finding in found if isinstance(found, list) else [found]:
                start, end = finding["span"]
                bad_spans += document["text"][start:end] != finding["text"]
    answered = set(back) | errors
    return {
        "records": len(lines),
        "written": len(written),
        "error lines": len(errors),
        "lost": sum(1 for line in range(1, len(lines) + 1) if line not in answered),
        "out of order": sum(1 for a, b in itertools.pairwise(back) if a >= b),
        "bad spans": bad_spans,
        "exit status": run.returncode,
    }


# --- the report ----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", help="real articles to mutate (default: the seeds)")
    parser.add_argument("--max-articles", type=int, default=200)
    parser.add_argument("--random", type=int, default=300, help="random texts")
    parser.add_argument("--mutated", type=int, default=300, help="mutated articles")
    parser.add_argument("--size", type=int, default=1_000_000, help="bytes of a short shape")
    parser.add_argument("--factor", type=int, default=4, help="how much longer the long one is")
    parser.add_argument("--shapes", nargs="*", help="only these shapes (default: all)")
    parser.add_argument("--time-limit", type=float, default=120.0, help="seconds per parse")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--save", type=Path, help="folder for reproducers (default: a temp one)")
    parser.add_argument("--no-cli", action="store_true", help="skip the command line round")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    names = [extractor.name for extractor in default_registry().extractors]
    groups = [[name] for name in names] + [names]
    real = articles(args.articles, args.max_articles)
    words = sorted({word for text in real for word in text.split()})
    save = args.save or Path(tempfile.mkdtemp(prefix="newsparse-fuzz-"))
    save.mkdir(parents=True, exist_ok=True)
    tally = Tally()
    started = time.process_time()

    texts = [random_text(rng, words) for _ in range(args.random)]
    texts += [mutated_text(rng, real) for _ in range(args.mutated)]
    for number, text in enumerate(texts):
        kind = "random" if number < args.random else "mutated"
        for group in groups:
            tally.inputs[kind] += 1
            run_one(text, group, args.time_limit, tally)

    print(f"extractors: {', '.join(names)}; {len(real)} real articles; seed {args.seed}\n")
    print(f"| shape | {args.size:,} B s | {args.size * args.factor:,} B s | ratio | alone |")
    print("|---|---|---|---|---|")
    for shape, phrase in SHAPES.items():
        if args.shapes and shape not in args.shapes:
            continue
        short = shape_text(phrase, args.size)
        alone = sum(run_one(short, group, args.time_limit, tally) for group in groups[:-1])
        small_s = run_one(short, names, args.time_limit, tally)
        long_s = run_one(shape_text(phrase, args.size * args.factor), names, args.time_limit, tally)
        tally.inputs["adversarial"] += len(groups) + 1
        ratio = f"{long_s / small_s:.1f}" if small_s > 0.01 else "-"
        print(f"| {shape} | {small_s:.2f} | {long_s:.2f} | {ratio} | {alone:.2f} |", flush=True)

    cli = {} if args.no_cli else cli_round(texts, rng, save)
    print(f"\ninputs: {dict(tally.inputs)} ({sum(tally.inputs.values())} parses)")
    for kind in ("crash", "timeout", "bad span", "round trip"):
        print(f"{kind}: {tally.count(kind)}")
    if cli:
        print(f"command line: {cli}")
    seen: set[tuple[str, str, str]] = set()
    for number, problem in enumerate(tally.problems):
        key = (problem.kind, problem.extractors, problem.detail.split(":")[0])
        if key in seen:
            continue
        seen.add(key)
        group = names if problem.extractors.startswith("all") else [key[1].split(" ")[0]]
        small = problem.text
        if len(small) < 20_000 and problem.kind != "timeout":
            small = shrunk(problem, group, args.time_limit)
        path = save / f"problem-{number:03d}.json"
        data = {**attrs.asdict(problem), "text": small, "extractors_run": group}
        path.write_text(json.dumps(data, ensure_ascii=True, indent=1), encoding="utf-8")
        print(f"- {problem.kind} in {problem.extractors}: {problem.detail[:160]} -> {path}")
    print(f"\nCPU: {time.process_time() - started:.0f} s in this process; reproducers in {save}")


if __name__ == "__main__":
    main()
