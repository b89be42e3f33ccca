"""``parse_many``: a stream of articles through every core, in input order, with flat memory.

How it runs, and why:

* Workers are processes from :class:`concurrent.futures.ProcessPoolExecutor`: extraction is
  pure Python, so threads would share one core. The executor, unlike ``multiprocessing.Pool``,
  reports a worker that died instead of hanging.
* They start by ``forkserver`` where the system has it (Linux, and Python 3.14's default there),
  else by ``spawn``. Both send everything by pickling and inherit nothing from the caller, so
  they are safe next to threads (a progress bar, a Dask client) where ``fork`` is not. The fork
  server imports newsparse and the built-in extractors once, and each worker forks from it with
  them loaded, where a spawned worker would import them again. Lazy tables (place names,
  currencies) are still built by each worker on its first articles, about 0.3 s of CPU: warming
  them in the server would share whatever they hold (an open SQLite file) across forks.
* A worker does not run the caller's main module again, as ``multiprocessing`` would: a script
  with no ``if __name__ == "__main__":`` guard would start its own batch in every worker, and a
  script read from stdin has no file to run. Workers need only newsparse and the extractors'
  modules. Only when an extractor's class is defined in the main module is it run again, as it
  must be to find that class (the script then needs the guard).
* The caller's process resolves the extractors (plugins included) and, before any worker
  starts, checks that each survives pickling, naming any that does not. Each worker receives
  them through its initializer and builds the pipeline once.
* An input of one article is parsed in the caller's process: a pool would only add its
  start-up (half a second to two). Two articles or more go to workers, however few, so that a
  crash costs one article and not the batch; an input that fits in one chunk is split among
  the workers.
* Articles travel in chunks of ``chunksize``; at most ``CHUNKS_IN_FLIGHT_PER_WORKER`` chunks per
  worker are submitted and not yet yielded. ``Executor.map`` and ``Pool.imap`` would read the
  whole input ahead; this window keeps memory flat on an endless input.
* Workers send back findings and failures only; the text stays in the caller's process, which
  assembles each :class:`~newsparse.document.Document` in input order.

An item that breaks never stops the batch: it is yielded in its place as a document carrying a
:class:`~newsparse.findings.Failure`. An extractor that raises, or runs past the time limit of its
document (see :mod:`newsparse.timelimit`), is recorded by the pipeline under its own name. A worker
that dies (a crash in C code, ``os._exit``, the system's out-of-memory killer) costs no document:
the pool is started again, the documents of the chunks it was working on are sent again, those of
the chunk that was lost one at a time, and the one whose worker dies again comes back carrying a
failure under :data:`WORKER_FAILURE`. An item that cannot be read (an unreadable published date, no text, an unknown
type) is recorded under :data:`INPUT_FAILURE` and parsed as far as it can be (a bad date is
dropped; a missing text becomes ``""``). No :class:`~newsparse.errors.ExtractorWarning` is issued:
in a batch, ``Document.failures`` is the one place to look.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import types
import warnings
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from ctypes import c_bool
from itertools import chain, islice
from multiprocessing.context import BaseContext, SpawnContext, SpawnProcess
from typing import Any, TypeAlias

from attrs import frozen

from newsparse.document import Document, to_date
from newsparse.errors import ExtractorWarning, InputError, PluginError
from newsparse.extractor import Extractor
from newsparse.findings import ExtractorRun, Failure, Finding
from newsparse.inputs import META_KEYS, Record
from newsparse.pipeline import Pipeline
from newsparse.plugins import default_registry, origin
from newsparse.timelimit import TimeLimitExceeded, time_limit

Item: TypeAlias = str | Record | Mapping[str, Any]
#: What a worker sends back for a document: its findings, its failures, the extractors run.
Outcome: TypeAlias = tuple[
    tuple[Finding, ...], tuple[Failure, ...], tuple[ExtractorRun, ...] | None
]

#: The ``Failure.extractor`` of an item that could not be read; never an extractor's name.
INPUT_FAILURE = "<input>"
#: The ``Failure.extractor`` of a document whose worker process died while parsing it.
WORKER_FAILURE = "<worker>"
#: The ``Failure.extractor`` of a document cut off by its time limit between two extractors.
TIME_FAILURE = "<time limit>"
DEFAULT_CHUNKSIZE = 64
CHUNKS_IN_FLIGHT_PER_WORKER = 4
#: Seconds one document may take in a batch: far beyond any real article, short enough that a
#: hanging extractor does not look like a hung program.
DEFAULT_TIME_LIMIT = 60.0


def parse_many(
    items: Iterable[Item],
    *,
    processes: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    extractors: Sequence[str | Extractor] | None = None,
    published: dt.date | str | None = None,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Generator[Document, None, None]:
    """Parse ``items`` lazily, one :class:`Document` per item, in input order.

    Closing the generator early (``close()``) shuts the workers down as soon as each has
    finished the document in its hands; the rest of their chunks is dropped.

    :param items: texts, :class:`~newsparse.inputs.Record` objects or mappings with ``text``
        and optionally ``published``, ``meta`` and the keys of :data:`newsparse.inputs.META_KEYS`; any iterable,
        endless ones included.
    :param processes: worker processes (default: every core this process may use); ``1``
        parses in this process, with no workers.
    :param chunksize: articles sent to a worker at a time.
    :param extractors: names or instances (default: the extractors :func:`newsparse.parse`
        runs); the producers of the categories they require run too, as in ``parse``.
    :param published: publication date for items that give none.
    :param time_limit: seconds each document may take (``None``: no limit); an extractor still
        running then is recorded as failed. Always kept by workers; in this process only where
        :mod:`newsparse.timelimit` can set a timer.
    :raises PluginError: at once, naming the extractor, if one cannot be sent to a worker
        (with ``processes=1`` nothing is sent, so nothing is checked).
    """
    workers = available_cores() if processes is None else processes
    if workers < 1 or chunksize < 1:
        raise ValueError(f"processes and chunksize must be >= 1, got {workers} and {chunksize}")
    if time_limit is not None and not time_limit > 0:
        raise ValueError(f"time_limit must be > 0 seconds or None, got {time_limit}")
    chosen = _resolve(extractors)
    fallback_date = to_date(published)
    documents = (to_document(item, fallback_date) for item in items)
    chunks = _chunked(documents, chunksize)
    job = _Job(Pipeline.build(chosen), time_limit)
    if workers == 1:
        return _in_process(chunks, job)
    for extractor in chosen:
        _ensure_picklable(extractor)
    return _spread(chunks, job, workers)


def available_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def to_document(item: Item, published: dt.date | None = None) -> Document:
    """A document with no findings yet, or one carrying an :data:`INPUT_FAILURE`."""
    text: object
    if isinstance(item, str):
        text, date, meta = item, None, {}
    elif isinstance(item, Record):
        text, date, meta = item.text, item.published, item.meta
    elif isinstance(item, Mapping):
        text, date = item.get("text"), item.get("published")
        try:
            meta = {**(item.get("meta") or {}), **{k: item[k] for k in META_KEYS if k in item}}
        except TypeError:
            return _unreadable("", {}, "meta must be a mapping")
    else:
        return _unreadable("", {}, f"expected str, Record or a mapping, got {type(item).__name__}")
    if not isinstance(text, str):
        return _unreadable("", meta, f"text must be a str, got {type(text).__name__}")
    try:
        return Document(text, published=published if date is None else date, meta=meta)
    except InputError as error:
        return _unreadable(text, meta, str(error))


def _unreadable(text: str, meta: dict[str, Any], reason: str) -> Document:
    return Document(text, meta=meta, failures=(Failure(INPUT_FAILURE, f"InputError: {reason}"),))


def _resolve(extractors: Sequence[str | Extractor] | None) -> tuple[Extractor, ...]:
    return default_registry().select(extractors)


def _ensure_picklable(extractor: Extractor) -> None:
    try:
        pickle.loads(pickle.dumps(extractor))
    except Exception as error:
        raise PluginError(
            f"extractor {extractor.name!r} (from {origin(extractor)}) cannot be sent to worker "
            f"processes: {type(error).__name__}: {error}. Keep its state to plain values."
        ) from error


def _chunked(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    iterator = iter(documents)
    while chunk := list(islice(iterator, size)):
        yield chunk


class _Stopped(Exception):
    """The pool is closing: the rest of the chunk is not wanted."""


@frozen
class _Job:
    """What each document goes through: the pipeline, under its time limit."""

    pipeline: Pipeline
    seconds: float | None

    def run(self, chunk: list[Document], stop: c_bool | None = None) -> list[Document]:
        """Each document parsed; raises :class:`_Stopped` between two once ``stop`` is true."""
        done = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ExtractorWarning)
            for document in chunk:
                if stop is not None and stop.value:
                    raise _Stopped
                done.append(self._one(document))
        return done

    def _one(self, document: Document) -> Document:
        done = document  # what the finished extractors found is kept if the limit runs out
        try:
            with time_limit(self.seconds):
                for step in self.pipeline.steps(document):
                    done = step
        except TimeLimitExceeded as error:  # raised between two extractors, not inside one
            return done.with_failure(Failure(TIME_FAILURE, f"TimeLimitExceeded: {error}"))
        return done


def _in_process(chunks: Iterable[list[Document]], job: _Job) -> Generator[Document, None, None]:
    for chunk in chunks:
        yield from job.run(chunk)


def _spread(
    chunks: Iterator[list[Document]], job: _Job, workers: int
) -> Generator[Document, None, None]:
    """Workers for two articles or more, so that a crash costs one article, not the batch (in
    this process, it would end the caller with every outcome not yet handed over); a lone
    article is parsed here, where a pool would only add its start-up."""
    first: list[Document] = next(chunks, [])
    second = next(chunks, None)
    if second is not None:
        yield from _in_workers(chain([first, second], chunks), job, workers)
    elif len(first) > 1:  # one chunk: split, so that every worker has a share
        yield from _in_workers(_chunked(first, -(-len(first) // workers)), job, workers)
    else:
        yield from job.run(first)


def _in_workers(chunks: Iterable[list[Document]], job: _Job, workers: int) -> Iterator[Document]:
    pool = _Pool(job, workers)
    pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(chunk)))
            if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from _next_chunk(pool, pending)
        while pending:
            yield from _next_chunk(pool, pending)
    finally:
        pool.close()


def _next_chunk(
    pool: _Pool, pending: deque[tuple[list[Document], Future[list[Outcome]]]]
) -> Iterator[Document]:
    """The oldest chunk's documents; if its worker died, the lost documents are sent again."""
    chunk, future = pending.popleft()
    try:
        outcomes = future.result()
    except BrokenProcessPool:
        pool.restart()
        # one at a time, with nothing else running, so a death names the document that caused it
        outcomes = [pool.alone(document) for document in chunk]
        resent = [(waiting, _kept_or_sent(pool, waiting, lost)) for waiting, lost in pending]
        pending.clear()
        pending.extend(resent)
    for document, (findings, failures, runs) in zip(chunk, outcomes, strict=True):
        yield Document(
            document.text,
            published=document.published,
            meta=document.meta,
            findings=findings,
            failures=failures,
            extractors=runs,
        )


def _kept_or_sent(
    pool: _Pool, chunk: list[Document], future: Future[list[Outcome]]
) -> Future[list[Outcome]]:
    """A chunk finished before its pool broke keeps its outcome; any other is sent again."""
    if future.done() and not future.cancelled() and future.exception() is None:
        return future
    return pool.submit(chunk)


class _Pool:
    """A process pool that can be started again after a worker dies."""

    def __init__(self, job: _Job, workers: int) -> None:
        self._job = job
        self._workers = workers
        self._context = _start_method(job.pipeline.extractors)
        self._executor, self._stop = self._start()

    def _start(self) -> tuple[ProcessPoolExecutor, c_bool]:
        # a shared byte, not an Event: a worker terminated while holding an Event's lock (the
        # executor kills them all when one dies) would leave the lock taken and set() hanging
        stop = self._context.RawValue(c_bool, False)
        executor = ProcessPoolExecutor(
            self._workers,
            mp_context=self._context,
            initializer=_start_worker,
            initargs=(self._job, stop),
        )
        return executor, stop

    def submit(self, chunk: list[Document]) -> Future[list[Outcome]]:
        """The chunk's future; one already lost when the pool broke, to be handled in its turn."""
        try:
            return self._executor.submit(_extract, chunk)
        except BrokenProcessPool as error:
            lost: Future[list[Outcome]] = Future()
            lost.set_exception(error)
            return lost

    def alone(self, document: Document) -> Outcome:
        """One document's outcome; if its worker dies, the failures it came with (an unreadable
        date) and :data:`WORKER_FAILURE`."""
        try:
            return self.submit([document]).result()[0]
        except BrokenProcessPool:
            self.restart()
            died = Failure(WORKER_FAILURE, "WorkerDied: the worker process died on it")
            return (), (*document.failures, died), ()  # no extractor finished on it

    def restart(self) -> None:
        """A new pool in place of a broken one, whose workers are all ended first.

        The broken pool's manager ends the workers it knows of, then waits for all of them. A
        worker it started while it broke (a chunk submitted as another worker died) is one it
        never ended: that worker waits for work that never comes, and the wait, so the run,
        would last for ever (seen on Python 3.11, about one run in twenty on a loaded machine).
        """
        for process in list((self._executor._processes or {}).values()):
            process.terminate()
        self.close()
        try:
            self._executor, self._stop = self._start()
        except Exception as error:
            raise PluginError(f"could not start worker processes again: {error}") from error

    def close(self) -> None:
        """Shut the workers down once each has finished the document in its hands.

        Called early (Ctrl-C, ``SIGTERM``, a closed output), the chunks already handed to the
        workers are not wanted: the stop flag makes them give those up between two documents,
        where waiting for them could take minutes on long articles, past the grace a service
        manager gives before ``SIGKILL``.
        """
        self._stop.value = True
        self._executor.shutdown(wait=True, cancel_futures=True)


def _start_method(extractors: Iterable[Extractor]) -> BaseContext:
    needs_main = any(type(extractor).__module__ == "__main__" for extractor in extractors)
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn") if needs_main else _MainFreeSpawn()
    context = multiprocessing.get_context("forkserver") if needs_main else _MainFreeForkServer()
    # heard only before the fork server's first start; later pools reuse that server as it is
    # newsparse's own modules only: a plugin's import could start threads the forks would share
    context.set_forkserver_preload([__name__, "newsparse.extractors"])
    return context


@contextmanager
def _caller_main_hidden() -> Iterator[None]:
    """Show a blank main module to ``multiprocessing`` while it prepares a new worker.

    It hands the child the main module to run again; a blank one has nothing to run. The swap
    lasts the few milliseconds of one start.
    """
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


class _MainFree:
    """Starts a worker process without running the caller's main module in it."""

    @classmethod
    def _Popen(cls, process_obj: Any) -> Any:
        with _caller_main_hidden():
            return super()._Popen(process_obj)  # type: ignore[misc]


class _MainFreeSpawnProcess(_MainFree, SpawnProcess):
    pass


class _MainFreeSpawn(SpawnContext):
    Process = _MainFreeSpawnProcess


if sys.platform != "win32":
    from multiprocessing.context import ForkServerContext, ForkServerProcess

    class _MainFreeForkServerProcess(_MainFree, ForkServerProcess):
        pass

    class _MainFreeForkServer(ForkServerContext):
        Process = _MainFreeForkServerProcess


_worker_job: _Job | None = None
_worker_stop: c_bool | None = None


def _start_worker(job: _Job, stop: c_bool) -> None:
    global _worker_job, _worker_stop
    _worker_job, _worker_stop = job, stop
    # Ctrl-C reaches every process of the terminal's group. The caller's process handles it and
    # stops the workers between two documents; a worker dying of it would print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _end_with_the_caller()


def _end_with_the_caller() -> None:
    """End this worker as soon as the caller's process is gone.

    A caller killed outright (``SIGKILL``, the out-of-memory killer, a machine's batch scheduler)
    cannot shut its pool down. Its workers would then wait for ever to hand back a result nobody
    reads, each holding its tables (about 100 MB), and keep the fork server and the resource
    tracker alive with them. A thread waits on the caller's sentinel, which ``multiprocessing``
    gives every worker it starts, and ends the process when it fires.
    """
    caller = multiprocessing.parent_process()
    if caller is None:
        return

    def watch() -> None:
        caller.join()
        os._exit(1)

    threading.Thread(target=watch, name="newsparse-caller-watch", daemon=True).start()


def _extract(chunk: list[Document]) -> list[Outcome]:
    if _worker_job is None or _worker_stop is None:
        raise RuntimeError("_extract runs only in a worker started by parse_many")
    return [
        (done.findings, done.failures, done.extractors)
        for done in _worker_job.run(chunk, _worker_stop)
    ]
