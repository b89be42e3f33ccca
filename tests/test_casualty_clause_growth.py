"""Issue 14's adversarial shape: a run of casualty clauses with no sentence end costs linear time.

A per-subject test that scanned the whole sentence made one 1 MB run of "12 killed, 3 injured, "
cost ten times its quarter; the benchmark page (``nox -s bench``) times 4 MB, this test a size
the suite can afford. CPU time, best of three, and a bound halfway between linear (4x) and quadratic (16x), so a
busy machine does not fail it.
"""

from __future__ import annotations

import time

import newsparse

UNIT = "12 killed, 3 injured, "


def _cpu_seconds(size: int) -> float:
    text = UNIT * (size // len(UNIT))
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        newsparse.parse(text, extractors=["casualties"])
        best = min(best, time.process_time() - start)
    return best


def test_a_run_of_casualty_clauses_costs_linear_time() -> None:
    newsparse.parse("Two people were killed.", extractors=["casualties"])  # loading apart
    small, large = _cpu_seconds(40_000), _cpu_seconds(160_000)
    assert large / small < 8, f"4x the text took {large / small:.1f}x the time"
