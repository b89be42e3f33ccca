"""Finding and reading gold corpora in the SCHEMA.md JSON Lines format.

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

ENV_VAR = "NEWSPARSE_CORPORA"
DEFAULT_RELATIVE = Path("..") / "shared" / "corpora"
SUFFIXES = (".jsonl.gz", ".jsonl")


class CorpusError(ValueError):
    """A corpus file or folder that cannot be read as SCHEMA.md records."""


def resolve_corpora_dir(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The corpora folder: ``explicit``, else ``$NEWSPARSE_CORPORA``, else ``../shared/corpora``.

    The last is relative to the current directory and used only when it exists. An explicit
    or environment folder that does not exist is an error, since the user asked for it.
    Returns None when nothing was asked for and the default is absent.
    """
    chosen = explicit if explicit is not None else os.environ.get(ENV_VAR) or None
    if chosen is not None:
        path = Path(chosen)
        if not path.is_dir():
            raise CorpusError(f"corpora folder not found: {path}")
        return path
    default = Path.cwd() / DEFAULT_RELATIVE
    return default.resolve() if default.is_dir() else None


def is_corpus_file(path: Path) -> bool:
    return path.is_file() and path.name.endswith(SUFFIXES)


def corpus_files(folder: str | os.PathLike[str]) -> list[Path]:
    """Corpus files directly in ``folder``, sorted by name.

    Only the folder itself is listed: side files in ``aux/`` share ids with the main files
    but hold no gold, so they must never be scored as corpora.
    """
    return sorted(p for p in Path(folder).iterdir() if is_corpus_file(p))


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


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """Yield the records of a ``.jsonl`` or ``.jsonl.gz`` file, skipping blank lines.

    A line that is not a JSON object with a string ``text`` raises :class:`CorpusError`
    naming the file and line, because scoring a half-read corpus would mislead.
    """
    path = Path(path)
    with _open(path) as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(f"{path}:{number}: not JSON: {exc.msg}") from exc
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                raise CorpusError(f"{path}:{number}: not a record with a 'text' string")
            yield record
