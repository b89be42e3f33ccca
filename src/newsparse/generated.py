"""The text of a data module written from a library's tables (lemminflect's verb forms and word
classes, WordNet's lexicographer files), so that a parse never loads the library: each writer
gives its docstring and its table, and a test regenerates the module and compares it with the one
shipped (or, for WordNet, which no Python package installs, runs the writer on a small fake)."""

from __future__ import annotations

import importlib.metadata
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

#: Where Debian's wordnet-base package puts WordNet 3.0's database.
WORDNET = Path("/usr/share/wordnet")


def lemminflect_table_source(
    writer: str, about: Iterable[str], name: str, table: Mapping[str, Iterable[str]]
) -> str:
    """A module written by the function ``writer`` from the lemminflect installed here, whose
    docstring goes on with the lines ``about`` and that holds one dict ``name`` of word -> tuple
    of words, in ``table``'s order."""
    version = importlib.metadata.version("lemminflect")
    doc = [f"Written from lemminflect {version} by ``{writer}()``: never edit.", "", *about]
    lines = ['"""' + "\n".join(doc), '"""', "", f"{name}: dict[str, tuple[str, ...]] = {{"]
    for word, words in table.items():
        items = [f'"{item}"' for item in words]
        lines.append(f'    "{word}": ({", ".join(items)}{"," if len(items) == 1 else ""}),')
    lines.append("}")
    return "\n".join(lines) + "\n"


def lemminflect_words_source(writer: str, name: str, what: str, words: list[str]) -> str:
    """A module written by the module ``writer``'s ``table_source`` (a dotted path) from the
    lemminflect installed here, that holds one frozenset ``name`` of ``words``, said to be
    ``what``."""
    version = importlib.metadata.version("lemminflect")
    return (
        f'"""Written from lemminflect {version} by ``{writer.rpartition(".")[2]}.table_source()``:'
        f" never edit.\n\n{what} (see\n:mod:`{writer}`).\n"
        '"""\n\n'
        f"{name} = {words_literal(words)}\n"
    )


def wordnet_words_source(writer: str, about: str, tables: str) -> str:
    """A module written by the module ``writer``'s ``table_source`` from WordNet 3.0 and the
    lemminflect installed here, whose docstring goes on with ``about`` (its own lines, each ended
    by a newline) and that holds ``tables`` (assignments of :func:`words_literal`)."""
    version = importlib.metadata.version("lemminflect")
    return (
        f'"""Written from WordNet 3.0 and lemminflect {version} by\n'
        f"``{writer}.table_source()``: never edit.\n\n{about}"
        '"""\n\n'
        f"{tables}"
    )


def words_literal(words: list[str]) -> str:
    """A frozenset literal of ``words``, wrapped."""
    wrapped = textwrap.fill(" ".join(words), width=96, break_on_hyphens=False)
    return f'frozenset(\n    """\n{wrapped}\n""".split()\n)'


def zipf_frequency(word: str) -> float:
    """The Zipf frequency of ``word`` in English, by the wordfreq installed here (a table
    writer's filter, no dependency: 2 is once in ten million words)."""
    from wordfreq import zipf_frequency as frequency

    return float(frequency(word, "en"))
