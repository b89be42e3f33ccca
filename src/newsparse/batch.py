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
* The caller's process resolves the extractors (plugins included) and, before any worker
  starts, checks that each survives pickling, naming any that does not. Each worker receives
  them through its initializer and builds the pipeline once.
* An input that fits in one chunk is parsed in the caller's process: one chunk cannot be
  shared, and a pool would only add its start-up.
* Articles travel in chunks of ``chunksize``; at most ``CHUNKS_IN_FLIGHT_PER_WORKER`` chunks per
  worker are submitted and not yet yielded. ``Executor.map`` and ``Pool.imap`` would read the
  whole input ahead; this window keeps memory flat on an endless input.
* Workers send back findings and failures only; the text stays in the caller's process, which
  assembles each :class:`~newsparse.document.Document` in input order.

An item that breaks never stops the batch: it is yielded in its place as a document carrying a
:class:`~newsparse.findings.Failure`. An extractor that raises is recorded by the pipeline under
its own name; an item that cannot be read (an unreadable published date, no text, an unknown
type) is recorded under :data:`INPUT_FAILURE` and parsed as far as it can be (a bad date is
dropped; a missing text becomes ``""``). No :class:`~newsparse.errors.ExtractorWarning` is issued:
in a batch, ``Document.failures`` is the one place to look.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import pickle
import warnings
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain, islice
from multiprocessing.context import BaseContext
from typing import Any, TypeAlias

from newsparse.document import Document, to_date
from newsparse.errors import ExtractorWarning, InputError, PluginError
from newsparse.extractor import Extractor
from newsparse.findings import Failure, Finding
from newsparse.inputs import META_KEYS, Record
from newsparse.pipeline import Pipeline
from newsparse.plugins import default_registry, origin

Item: TypeAlias = str | Record | Mapping[str, Any]
Outcome: TypeAlias = tuple[tuple[Finding, ...], tuple[Failure, ...]]

#: The ``Failure.extractor`` of an item that could not be read; never an extractor's name.
INPUT_FAILURE = "<input>"
DEFAULT_CHUNKSIZE = 64
CHUNKS_IN_FLIGHT_PER_WORKER = 4


def parse_many(
    items: Iterable[Item],
    *,
    processes: int | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    extractors: Sequence[str | Extractor] | None = None,
    published: dt.date | str | None = None,
) -> Iterator[Document]:
    """Parse ``items`` lazily, one :class:`Document` per item, in input order.

    :param items: texts, :class:`~newsparse.inputs.Record` objects or mappings with ``text``
        and optionally ``published``, ``meta`` and the keys of :data:`newsparse.inputs.META_KEYS`; any iterable,
        endless ones included.
    :param processes: worker processes (default: every core this process may use); ``1``
        parses in this process, with no workers.
    :param chunksize: articles sent to a worker at a time.
    :param extractors: names or instances (default: the extractors :func:`newsparse.parse`
        runs); the producers of the categories they require run too, as in ``parse``.
    :param published: publication date for items that give none.
    :raises PluginError: at once, naming the extractor, if one cannot be sent to a worker
        (with ``processes=1`` nothing is sent, so nothing is checked).
    """
    workers = available_cores() if processes is None else processes
    if workers < 1 or chunksize < 1:
        raise ValueError(f"processes and chunksize must be >= 1, got {workers} and {chunksize}")
    chosen = _resolve(extractors)
    fallback_date = to_date(published)
    documents = (to_document(item, fallback_date) for item in items)
    chunks = _chunked(documents, chunksize)
    if workers == 1:
        return _in_process(chunks, Pipeline.build(chosen))
    for extractor in chosen:
        _ensure_picklable(extractor)
    return _spread(chunks, chosen, workers)


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


def _run(pipeline: Pipeline, chunk: list[Document]) -> list[Document]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExtractorWarning)
        return [pipeline.run(document) for document in chunk]


def _in_process(chunks: Iterable[list[Document]], pipeline: Pipeline) -> Iterator[Document]:
    for chunk in chunks:
        yield from _run(pipeline, chunk)


def _spread(
    chunks: Iterator[list[Document]], extractors: tuple[Extractor, ...], workers: int
) -> Iterator[Document]:
    """Workers for two chunks or more; one chunk cannot be shared, so it needs no pool."""
    first: list[Document] = next(chunks, [])
    second = next(chunks, None)
    if second is None:
        yield from _run(Pipeline.build(extractors), first)
        return
    yield from _in_workers(chain([first, second], chunks), extractors, workers)


def _in_workers(
    chunks: Iterable[list[Document]], extractors: tuple[Extractor, ...], workers: int
) -> Iterator[Document]:
    pool = ProcessPoolExecutor(
        workers,
        mp_context=_start_method(),
        initializer=_start_worker,
        initargs=(extractors,),
    )
    pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
    try:
        for chunk in chunks:
            pending.append((chunk, pool.submit(_extract, chunk)))
            if len(pending) >= workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                yield from _assembled(*pending.popleft())
        while pending:
            yield from _assembled(*pending.popleft())
    except BrokenProcessPool as error:
        raise PluginError(
            "a worker process died or could not load the extractors (their classes must be "
            "importable by a fresh Python process, not defined in an interactive session)"
        ) from error
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _start_method() -> BaseContext:
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    # heard only before the fork server's first start; later pools reuse that server as it is
    # newsparse's own modules only: a plugin's import could start threads the forks would share
    context.set_forkserver_preload([__name__, "newsparse.extractors"])
    return context


def _assembled(chunk: list[Document], future: Future[list[Outcome]]) -> Iterator[Document]:
    for document, (findings, failures) in zip(chunk, future.result(), strict=True):
        yield Document(
            document.text,
            published=document.published,
            meta=document.meta,
            findings=findings,
            failures=failures,
        )


_worker_pipeline: Pipeline | None = None


def _start_worker(extractors: tuple[Extractor, ...]) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline.build(extractors)


def _extract(chunk: list[Document]) -> list[Outcome]:
    if _worker_pipeline is None:
        raise RuntimeError("_extract runs only in a worker started by parse_many")
    return [(done.findings, done.failures) for done in _run(_worker_pipeline, chunk)]
