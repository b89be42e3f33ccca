"""Finding and reading gold corpora in the gold format (docs/gold-format.md).

The corpora live outside the repository (they are not ours to redistribute), so the
folder is looked up at run time rather than written into any file.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsparse.evaluation.report import TASKS

ENV_VAR = "NEWSPARSE_CORPORA"
DEFAULT_RELATIVE = Path("..") / "shared" / "corpora"
SUFFIXES = (".jsonl.gz", ".jsonl")


class CorpusError(ValueError):
    """A corpus file or folder that cannot be read as gold records."""


def resolve_corpora_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The corpora folder: ``explicit``, else ``$NEWSPARSE_CORPORA``, else ``../shared/corpora``.

    The last is relative to the current directory and used only when it exists. An explicit
    or environment folder that does not exist is an error, since the user asked for it.
    Returns None when nothing was asked for and the default is absent.
    """
    if explicit is not None:
        if not Path(explicit).is_dir():
            raise CorpusError(f"corpora folder not found: {os.fspath(explicit)}")
        return Path(explicit)
    if chosen := os.environ.get(ENV_VAR):
        if not Path(chosen).is_dir():  # a stale setting: say where the path came from
            raise CorpusError(
                f"{ENV_VAR} names {chosen}, which is not a folder: set it to the folder of gold "
                "corpora, or name them (newsparse evaluate gold.jsonl)"
            )
        return Path(chosen)
    default = Path.cwd() / DEFAULT_RELATIVE
    return default.resolve() if default.is_dir() else None


def is_corpus_file(path: Path) -> bool:
    return path.is_file() and path.name.endswith(SUFFIXES)


def corpus_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Corpus files directly in ``folder``, sorted by name.

    Only the folder itself is listed: side files in ``aux/`` share ids with the main files
    but hold no gold, so they must never be scored as corpora.
    """
    try:
        return sorted(p for p in Path(folder).iterdir() if is_corpus_file(p))
    except OSError as error:
        raise CorpusError(f"{os.fspath(folder)}: cannot be read: {_reason(error)}") from error


def corpus_name(path: str | os.PathLike[str]) -> str:
    """``reuters21578-datelines.jsonl.gz`` -> ``reuters21578-datelines``."""
    name = Path(path).name
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def _open(path: Path) -> IO[str]:
    if path.name.endswith(".gz"):
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def gold_problem(record: Any) -> str | None:
    """Why ``record`` is not a gold record (docs/gold-format.md), or None when it is one."""
    if not isinstance(record, dict):
        return f"a JSON {type(record).__name__}, not an object"
    if not isinstance(record.get("text"), str):
        return "no 'text' string"
    tasks, gold = record.get("tasks"), record.get("gold")
    if not isinstance(tasks, list) or not all(isinstance(t, str) for t in tasks):
        return "no 'tasks' list: is this a gold corpus, not newsparse output?"
    if not isinstance(gold, dict):
        return "no 'gold' object"
    for task in tasks:
        if task not in TASKS:
            return f"unknown task {task!r} (known: {', '.join(TASKS)})"
        expected = dict if task == "dateline" else list
        value = gold.get(task)
        if value is not None and not isinstance(value, expected):
            return f"gold {task!r} is a {type(value).__name__}, not a {expected.__name__}"
    return None


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Yield the records of a ``.jsonl`` or ``.jsonl.gz`` file, skipping blank lines.

    A line that is not a gold record raises :class:`CorpusError` naming the file, the line
    and what is wrong, because scoring a half-read corpus would mislead.
    """
    path = Path(path)
    if not path.exists():
        raise CorpusError(f"{path}: no such file")
    try:
        with _open(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CorpusError(f"{path}:{number}: not JSON: {exc}") from exc
                problem = gold_problem(record)
                if problem is not None:
                    raise CorpusError(f"{path}:{number}: not a gold record: {problem}")
                yield record
    except (OSError, UnicodeDecodeError, EOFError) as exc:
        raise CorpusError(f"{path}: cannot be read: {_reason(exc)}") from exc


def _reason(error: Exception) -> str:
    """An error in words: an OSError's own words, without its number and the path again."""
    return error.strerror if isinstance(error, OSError) and error.strerror else str(error)
