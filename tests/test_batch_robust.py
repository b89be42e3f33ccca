"""parse_many when things go wrong: scripts with no main guard, dying workers, hanging extractors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import Document
from newsparse.batch import TIME_FAILURE, WORKER_FAILURE, parse_many
from newsparse.timelimit import time_limit
from scaling_fixtures import (
    DollarExtractor,
    HangingExtractor,
    KillerExtractor,
    SlowExtractor,
    StuckExtractor,
)

# A data script as people write them: no ``if __name__ == "__main__":`` guard.
UNGUARDED = textwrap.dedent(
    """
    import newsparse
    print("script started")
    texts = [f"It cost ${i} million." for i in range(1, 41)]
    documents = list(newsparse.parse_many(texts, processes=2, chunksize=4, extractors=["money"]))
    print(len(documents), sum(len(d.money) for d in documents), sum(len(d.failures) for d in documents))
    """
)


def _run_python(
    arguments: list[str], cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
) -> str:
    done = subprocess.run(
        [sys.executable, *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
        env={**os.environ, **(env or {})},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.mark.parametrize("how", ["script", "stdin", "-c"])
def test_workers_start_from_a_script_with_no_main_guard(how: str, tmp_path: Path) -> None:
    script = tmp_path / "unguarded.py"
    script.write_text(UNGUARDED, encoding="utf-8")
    if how == "script":
        out = _run_python([str(script)], tmp_path)
    elif how == "stdin":
        out = _run_python(["-"], tmp_path, stdin=UNGUARDED)
    else:
        out = _run_python(["-c", UNGUARDED], tmp_path)
    # the script ran once (workers did not run it again) and every article was parsed
    assert out.splitlines() == ["script started", "40 40 0"]


def _dollars(document: Document) -> list[int]:
    return [int(m.value or 0) for m in document.money]


def test_a_dying_worker_costs_only_the_document_that_killed_it() -> None:
    texts = [f"Story {i} cost ${i}." for i in range(200)]
    texts[37] = "KILL $37"
    texts[150] = "KILL again $150"
    extractors = [DollarExtractor(), KillerExtractor()]
    documents = list(parse_many(texts, processes=2, chunksize=8, extractors=extractors))
    assert [d.text for d in documents] == texts
    killed = {i for i, d in enumerate(documents) if d.failures}
    assert killed == {37, 150}
    for index in killed:
        (failure,) = documents[index].failures
        assert failure.extractor == WORKER_FAILURE
        assert "died" in failure.error
        assert documents[index].findings == ()
        assert documents[index].extractors == ()  # none finished: to_dict lists no category
    for index, document in enumerate(documents):
        if index not in killed:
            assert _dollars(document) == [index]
            assert [run.name for run in document.extractors or ()] == [
                "test_dollars",
                "test_killer",
            ]


# A few articles, fewer than one chunk: an ordinary failure, then a crash, then more.
SMALL_BATCH = textwrap.dedent(
    """
    from newsparse import parse_many
    from scaling_fixtures import BoomExtractor, DollarExtractor, KillerExtractor
    items = [f"${i}" for i in range(6)]
    items[1] = "BOOM $1"
    items[3] = {"text": "KILL $3", "published": "soon"}
    extractors = [DollarExtractor(), BoomExtractor(), KillerExtractor()]
    for document in parse_many(items, processes=2, extractors=extractors):
        print(len(document.money), sorted(f.extractor for f in document.failures))
    """
)


def test_a_crash_in_a_small_batch_costs_only_its_article(tmp_path: Path) -> None:
    # in a process of its own: parsed in the caller's process, the crash would end it
    path = os.pathsep.join(filter(None, [str(Path(__file__).parent), os.getenv("PYTHONPATH")]))
    out = _run_python(["-c", SMALL_BATCH], tmp_path, env={"PYTHONPATH": path})
    assert out.splitlines() == [
        "1 []",
        "1 ['test_boom']",  # the earlier failure is kept
        "1 []",
        "0 ['<input>', '<worker>']",  # its unreadable date is still reported, once
        "1 []",
        "1 []",
    ]


def test_a_broken_pool_is_started_again_without_waiting_for_its_workers(tmp_path: Path) -> None:
    # a worker the broken pool never ended: here one that will not finish its document
    from newsparse.batch import _Job, _Pool
    from newsparse.pipeline import Pipeline

    pool = _Pool(_Job(Pipeline.build([StuckExtractor()]), None), 1)
    started = tmp_path / "started"
    pool.submit([Document(f"STUCK {started}")])
    deadline = time.monotonic() + 60
    while not started.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    restarting = threading.Thread(target=pool.restart, daemon=True)
    restarting.start()
    restarting.join(30)
    assert not restarting.is_alive(), "the restart waited for a worker that never ends"
    pool.close()


def test_closing_early_does_not_wait_for_the_chunks_the_workers_hold() -> None:
    # chunks of 2 s each; Ctrl-C, SIGTERM or a closed output close the batch after the first one
    documents = parse_many(
        ["SLOW"] * 80, processes=2, chunksize=8, extractors=[SlowExtractor()], time_limit=None
    )
    next(documents)
    started = time.monotonic()
    documents.close()
    assert time.monotonic() - started < 1.2  # the document in hand, not the rest of the chunk


def test_a_hanging_extractor_is_cut_off_in_workers() -> None:
    texts = [f"${i}" for i in range(40)]
    texts[5] = "HANG $5"
    texts[30] = "BACKTRACK $30"
    extractors = [DollarExtractor(), HangingExtractor()]
    documents = list(
        parse_many(texts, processes=2, chunksize=4, extractors=extractors, time_limit=0.5)
    )
    assert [_dollars(d) for d in documents] == [[i] for i in range(40)]
    for index in (5, 30):
        (failure,) = documents[index].failures
        assert failure.extractor == "test_hanging"
        assert failure.error.startswith("TimeLimitExceeded: over the time limit of 0.5 s")
    assert sum(1 for d in documents if d.failures) == 2


def test_a_hanging_extractor_is_cut_off_in_this_process() -> None:
    (document,) = parse_many(
        ["HANG $1"], processes=1, extractors=[HangingExtractor()], time_limit=0.2
    )
    assert [f.extractor for f in document.failures] == ["test_hanging"]


def test_a_time_limit_running_out_between_extractors_is_recorded_for_the_document() -> None:
    from newsparse.batch import _Job
    from newsparse.pipeline import Pipeline

    class StallingPipeline(Pipeline):
        """Stalls after its extractors, outside any of them."""

        def steps(self, document: Document, *, strict: bool = False) -> Iterator[Document]:
            yield from super().steps(document, strict=strict)
            while True:
                pass

    job = _Job(StallingPipeline.build([DollarExtractor()]), 0.1)
    (document,) = job.run([Document("$1 and $2")])
    assert [f.extractor for f in document.failures] == [TIME_FAILURE]
    assert _dollars(document) == [1, 2]  # what the finished extractor found is kept
    assert [run.name for run in document.extractors or ()] == ["test_dollars"]


@pytest.mark.parametrize("seconds", [0, -1.0])
def test_a_time_limit_must_be_positive(seconds: float) -> None:
    with pytest.raises(ValueError, match="time_limit"):
        parse_many(["x"], time_limit=seconds)


@pytest.mark.parametrize("seconds", [float("inf"), 1e308])
def test_a_time_limit_longer_than_the_timer_counts_is_no_limit(seconds: float) -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_limit(seconds):  # setitimer itself cannot take it: OverflowError before
        assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before
    (document,) = parse_many(["Two people were killed."], processes=1, time_limit=seconds)
    assert document.casualties and not document.failures


def test_no_time_limit_leaves_the_alarm_alone() -> None:
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with time_limit(None):
        assert signal.getsignal(signal.SIGALRM) is before
    with time_limit(5):
        assert signal.getsignal(signal.SIGALRM) is not before
    assert signal.getsignal(signal.SIGALRM) is before
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_chunks_finished_before_a_worker_died_are_not_sent_again() -> None:
    from collections import deque
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from newsparse.batch import _next_chunk

    class CountingPool:
        """Stands in for the process pool: records what is sent to it."""

        def __init__(self) -> None:
            self.sent: list[str] = []

        def restart(self) -> None:
            pass

        def alone(self, document: Document) -> object:
            return (), (), ()

        def submit(self, chunk: list[Document]) -> Future[object]:
            self.sent += [d.text for d in chunk]
            future: Future[object] = Future()
            future.set_result([((), (), ()) for _ in chunk])
            return future

    def settled(result: object) -> Future[object]:
        future: Future[object] = Future()
        if isinstance(result, BaseException):
            future.set_exception(result)
        else:
            future.set_result(result)
        return future

    broken, finished, lost = [Document("a")], [Document("b")], [Document("c")]
    pending = deque(
        [
            (broken, settled(BrokenProcessPool("died"))),
            (finished, settled([((), (), ())])),
            (lost, settled(BrokenProcessPool("died"))),
        ]
    )
    pool = CountingPool()
    assert [d.text for d in _next_chunk(pool, pending)] == ["a"]
    assert pool.sent == ["c"]  # "a" went alone; "b" was done and is kept
    assert [chunk for chunk, _ in pending] == [finished, lost]
