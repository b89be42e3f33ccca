"""A WordNet of a few words written in WordNet 3.0's file formats, for the table writers'
tests (:mod:`.wordnet_people`, :mod:`.wordnet_animals`): CI has no WordNet."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path


def tables_written(
    folder: Path, table_source: Callable[[Path], str], files: dict[str, str]
) -> dict[str, frozenset[str]]:
    """The names the module text ``table_source`` writes defines, run as Python, from the WordNet
    of ``files`` (file name -> text) written into ``folder``."""
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    names: dict[str, frozenset[str]] = {}
    exec(table_source(folder), names)  # the module text it writes, run as Python
    return names
