"""Show that the casualties extractor takes time linear in the length of adversarial text.

Run with ``python -m benchmarks.linearity [--small BYTES] [--factor N]``. For each shape below, a
text of ``--small`` bytes (1 MB by default) and one ``--factor`` times longer (4 MB) are read,
and the CPU time of each is printed with their ratio. Linear work gives a ratio near the
factor; a quadratic step gives its square. Nothing here asserts a time: a busy machine moves
the numbers, so the ratio is for a person to read.

Each shape repeats one casualty phrase without end, in one sentence or in many, so that every
step of the extractor that looks at earlier findings (the keep step, told-again groups,
subsets, the killer's count) faces thousands of them.
"""

from __future__ import annotations

import argparse
import time

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

SHAPES: dict[str, str] = {
    "list in one sentence": "12 killed, 3 injured, ",
    "tolls in one sentence": "killing 5 people and wounding 6, ",
    "subsets in one sentence": "40 people died, including two children, ",
    "told again, many sentences": "Two men were shot. The victims died. ",
    "killer in one sentence": "he killed his wife and two sons before killing himself and ",
    "bare numbers": "12 ",
    "no sentence end": "the toll rose to 23 and ",
    "table rows": "Dead: 12 Injured: 3 Hospitalized: 2 ",
    "owned harm nouns": "after Ana Ruiz's murder and his arrest, ",
    "surnames, many sentences": "Ana Ruiz was shot. Ruiz was killed. ",
}


def seconds(text: str) -> tuple[float, int]:
    """CPU seconds to read ``text``, and how many findings it gave."""
    extractor = CasualtyExtractor()
    start = time.process_time()
    found = sum(1 for _ in extractor.extract(Document(text=text)))
    return time.process_time() - start, found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=1_000_000, help="bytes of the short text")
    parser.add_argument("--factor", type=int, default=4, help="how much longer the long text is")
    args = parser.parse_args(argv)
    print(f"| shape | {args.small:,} B s | {args.small * args.factor:,} B s | ratio | findings |")
    print("|---|---|---|---|---|")
    for name, phrase in SHAPES.items():
        short = phrase * (args.small // len(phrase))
        long = phrase * (args.small * args.factor // len(phrase))
        small_s, _ = seconds(short)
        long_s, found = seconds(long)
        ratio = long_s / small_s if small_s else float("inf")
        print(f"| {name} | {small_s:.2f} | {long_s:.2f} | {ratio:.1f} | {found:,} |")


if __name__ == "__main__":
    main()
