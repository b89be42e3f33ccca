"""A time limit for parsing one document, so a hanging extractor costs one document, not a batch.

The limit is a ``SIGALRM`` timer: when it runs out, :class:`TimeLimitExceeded` is raised inside
whatever runs, an extractor's Python code or a regular expression (``re`` checks for signals while
it backtracks). The pipeline records it as that extractor's failure and goes on; from then on the
timer fires again every :data:`AFTER_LIMIT` seconds, so each extractor still to run is cut short
too and the document is done soon after its limit. Code that never returns to the interpreter (a
C extension that ignores signals) cannot be interrupted this way.

A timer needs the main thread of a process whose ``SIGALRM`` is free: batch workers always qualify;
elsewhere (a thread, a program with its own alarm, a system with no ``setitimer``) the code simply
runs without a limit.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: Seconds between further interruptions once a document is over its limit.
AFTER_LIMIT = 0.05


class TimeLimitExceeded(TimeoutError):
    """A document took longer than the time limit allowed it."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the code inside once ``seconds`` have passed."""
    if seconds is None or not _alarm_is_free():
        yield
        return

    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded(f"over the time limit of {seconds:g} s per document")

    previous = signal.signal(signal.SIGALRM, interrupt)
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds, AFTER_LIMIT)
    except OverflowError:  # longer than the timer can count (inf, 1e308 s): no limit at all
        signal.signal(signal.SIGALRM, previous)
        yield
        return
    try:
        yield
    finally:
        _disarm()
        signal.signal(signal.SIGALRM, previous)


def _alarm_is_free() -> bool:
    return (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, None)
    )


def _disarm() -> None:
    # the timer may fire once more before it is stopped; that late interruption is dropped
    while True:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        except TimeLimitExceeded:
            continue
        return
