"""Reading articles from files, folders, stdin and JSON Lines, with one clear error per bad input.

Every problem (an unreadable file, bad UTF-8 unless bad bytes are to be replaced, a text file holding NUL bytes: binary data or
UTF-16; a bad JSON line, a file name that is not UTF-8, a broken link in a folder) becomes an
:class:`InputProblem` naming the file and line, yielded in place of the record so a long run goes
on with the rest. A FIFO is waited on for a writer for at most
:data:`FIFO_WAIT` seconds, never forever. JSON Lines are decoded one line at a time,
so a bad byte costs its own line only. A record whose ``published`` cannot be read is still
yielded: :class:`~newsparse.document.Document` records the failure, and the record's ``meta``
(``path``, and ``line`` for JSON Lines) says where it came from.
"""

from __future__ import annotations

import glob
import gzip
import json
import os
import re
import select
import stat
import sys
from collections import Counter
from collections.abc import Generator, Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, cast

from attrs import field, frozen

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
TEXT_SUFFIXES = (".txt", ".text")
#: The field a JSON Lines record's publication date is read from unless another is named.
DEFAULT_PUBLISHED_FIELD = "published"
#: Record fields kept as a document's ``meta``.
META_KEYS = ("id", "source", "title", "url")
_BOM = "\ufeff"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_REPLACEMENT = "\ufffd"
_REPLACEMENT_BYTES = _REPLACEMENT.encode()
#: A source holding one of these, and naming no file, is a pattern to expand (``*.txt``).
_GLOB_MAGIC = re.compile(r"[*?[]")
#: Bad lines of one JSON Lines file named one by one; the others are counted in one last line, so
#: a file read with the wrong ``--text-field``, or a text file read as JSON Lines, does not bury
#: stderr under a line per line.
NAMED_PER_FILE = 10
#: Seconds a named FIFO may stay without a writer before it is reported instead of read.
FIFO_WAIT = 10.0


@frozen
class Record:
    """One article to parse: its text, publication date and JSON-ready metadata.

    ``published`` is kept as the input gave it (an ISO string, or whatever a JSON record held);
    the :class:`~newsparse.document.Document` built from it reads it or records why it cannot.
    """

    text: str
    published: Any = None
    meta: dict[str, Any] = field(factory=dict)


@frozen
class InputProblem:
    """An input that could not be read; ``where`` is ``file`` or ``file:line``. ``count`` is how
    many bad inputs it stands for: more than one for the lines of a file not named one by one."""

    where: str
    message: str
    count: int = 1

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@frozen
class InputWarning:
    """An input read as it is but most likely not what was meant (an empty text file: a failed
    download or save); yielded before its record, which is still parsed. Not an input problem:
    the run's exit status stays as it is."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


#: What reading yields, in input order.
Item = Record | InputProblem | InputWarning


def read_inputs(
    sources: Iterable[str],
    *,
    jsonl: bool | None = None,
    text_field: str = "text",
    published_field: str | None = None,
    max_bytes: int | None = None,
    output: str | os.PathLike[str] | None = None,
    replace_bad_bytes: bool = False,
) -> Iterator[Item]:
    """Records from each source: a text file, a JSON Lines file, a folder of them, a pattern
    naming no file that matches some (``archive/**/*.txt``, expanded here), or ``-``.

    ``jsonl=None`` decides by file suffix, in any case (stdin: by whether its first character is
    ``{``). ``max_bytes`` bounds a text file and a JSON Lines record: a longer one is a problem,
    and as the end of an over-long line cannot be found within the bound, the rest of its file is
    skipped. ``output``, the file the caller writes to, is passed over in a folder or a pattern:
    written where it reads, a run would otherwise read its own output and grow it without end.

    A JSON Lines record's date is read from ``published_field``, by default ``published``, which a
    record may lack (the article is parsed without a date). A field named by the caller is one
    the records are meant to have: a record without it is a problem, yielded before the record,
    which is still parsed, so a misspelt name is reported as a misspelt ``text_field`` is.

    Text that is not UTF-8 is refused, unless ``replace_bad_bytes``: then each bad byte is read
    as U+FFFD, the replacement character, and a warning says so. Scraped archives often hold a
    few stray Latin-1 bytes in otherwise good articles, which are worth reading.
    """
    reader = _Reader(
        jsonl, text_field, published_field, max_bytes, _identity(output), replace_bad_bytes
    )
    for item in _expand(sources, reader.written):
        if isinstance(item, InputProblem):
            yield item
        elif isinstance(item, Path):
            yield from reader.file(item)
        else:
            yield from reader.stream(sys.stdin.buffer, "<stdin>")


def count_articles(
    sources: Iterable[str],
    *,
    jsonl: bool | None = None,
    output: str | os.PathLike[str] | None = None,
) -> int | None:
    """How many records and problems :func:`read_inputs` will yield: one a file read as text,
    one a non-blank line of a JSON Lines file. None when a source is stdin or a FIFO, which
    cannot be read twice.

    This lists the files (a folder walked, a pattern expanded) and reads the JSON Lines files a
    second time: a progress bar counts them while the articles are read.
    """
    count = 0
    for item in _expand(sources, _identity(output)):
        if isinstance(item, str) or (isinstance(item, Path) and item.is_fifo()):
            return None
        count += _lines_in(item) if isinstance(item, Path) and reads_as_jsonl(item, jsonl) else 1
    return count


def _lines_in(path: Path) -> int:
    """The non-blank lines of a JSON Lines file (a line read as one record or one problem),
    blank as the reader judges it: after decoding, so a line of a no-break space is blank."""
    with open_bytes(path) as raw:
        return sum(
            1
            for number, line in enumerate(raw)
            if line.decode("utf-8", "replace").removeprefix(_BOM if number == 0 else "").strip()
        )


def reads_as_jsonl(path: str | os.PathLike[str], jsonl: bool | None) -> bool:
    """Whether a named file is read as JSON Lines: as ``jsonl`` says, else by its suffix."""
    return os.fspath(path).lower().endswith(JSONL_SUFFIXES) if jsonl is None else jsonl


#: What a source stands for: stdin (``-``), a file to read, or a problem in place of one.
_Source = str | Path | InputProblem


def _expand(sources: Iterable[str], written: tuple[int, int] | None) -> Iterator[_Source]:
    """Each source as the files to read, in order: a folder walked, a pattern expanded. The file
    being written (device, inode) is passed over."""
    for source in sources:
        if source == "-":
            yield source
        elif not source:  # Path("") is the working folder: an unset variable would read it all
            yield InputProblem("''", "an empty name names no file or folder")
        elif _GLOB_MAGIC.search(source) and not os.path.lexists(source):
            yield from _pattern(source, written)
        else:
            yield from _path(Path(source), written)


def _path(path: Path, written: tuple[int, int] | None) -> Iterator[_Source]:
    try:
        folder = path.is_dir()
    except OSError as error:  # a name too long for the system: is_dir() raises, not says False
        yield InputProblem(display_name(path), error.strerror or str(error))
        return
    if folder:
        yield from _folder(path, written)
    else:
        yield path


def _pattern(pattern: str, written: tuple[int, int] | None) -> Iterator[_Source]:
    """The files and folders a shell pattern matches, in name order (``**`` spans folders).

    A pattern given quoted, so that newsparse expands it, names more files than a command line
    can hold. The file being written is passed over, as in a folder.
    """
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield InputProblem(pattern, "no file or folder matches this pattern")
    for match in matches:
        if not _is_written(match, written):
            yield from _path(Path(match), written)


def _is_written(path: str | os.PathLike[str], written: tuple[int, int] | None) -> bool:
    """Whether ``path`` names the file being written (under any name: a link, ``./x``)."""
    return written is not None and _identity(path) == written


def _folder(folder: Path, written: tuple[int, int] | None) -> Iterator[_Source]:
    """Every file of a readable kind below ``folder``, in name order.

    A folder with none is a problem, not a silent empty run: its articles are most likely in
    files of another kind (``.json``, ``.csv``), and the message says which kinds are read.
    """
    paths, unreadable = _below(folder)
    for error in unreadable:  # its articles would be missing without a word
        yield InputProblem(display_name(Path(error.filename)), error.strerror or str(error))
    articles = 0
    for path in paths:
        if not _readable_kind(path) or path.is_dir():
            continue  # a folder named like an article file ("2021.txt/"): the walk enters it
        articles += 1
        name = display_name(path)
        if name != str(path):
            yield InputProblem(name, "file name is not UTF-8: rename the file to read it")
        elif path.is_symlink() and not path.exists():
            yield InputProblem(name, "broken link: it points to nothing")
        elif path.is_file():
            if not _is_written(path, written):
                yield path
        else:
            yield InputProblem(name, "not a regular file (a FIFO or device): name it to read it")
    if not articles and not unreadable:  # one that cannot be read is named as such, not empty
        kinds = ", ".join(JSONL_SUFFIXES + TEXT_SUFFIXES)
        yield InputProblem(display_name(folder), f"no article files in it (read: {kinds})")


def _below(folder: Path) -> tuple[list[Path], list[OSError]]:
    """Every path below ``folder`` in name order, as ``sorted(folder.rglob("*"))`` lists them
    (links to folders listed, not entered), and the folders that could not be listed, which
    ``rglob`` passes over in silence."""
    unreadable: list[OSError] = []
    paths = [
        Path(parent, name)
        for parent, folders, files in os.walk(folder, onerror=unreadable.append)
        for name in (*folders, *files)
    ]
    return sorted(paths), unreadable


def _identity(path: str | os.PathLike[str] | None) -> tuple[int, int] | None:
    """A file's device and inode, which a second name (a link, ``./x``) shares; None if none."""
    try:
        found = os.stat(path) if path is not None else None
    except (OSError, ValueError):
        return None
    return None if found is None else (found.st_dev, found.st_ino)


def _readable_kind(path: Path) -> bool:
    return path.name.lower().endswith(JSONL_SUFFIXES + TEXT_SUFFIXES)


def display_name(path: Path) -> str:
    """The path as text that can be printed and written as UTF-8 (bad bytes shown as ``\\xNN``)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def open_bytes(path: Path) -> BinaryIO:
    """The file's bytes, gunzipped when its name ends in ``.gz``; the caller closes it.

    Opening a FIFO blocks until a writer opens it, which may be never: a FIFO is opened without
    blocking and given :data:`FIFO_WAIT` seconds to have something to read (data or a writer's
    end), else ``TimeoutError``.
    """
    raw = _open_fifo(path) if stat.S_ISFIFO(path.stat().st_mode) else path.open("rb")
    return cast(BinaryIO, gzip.open(raw)) if path.suffix.lower() == ".gz" else raw


def _open_fifo(path: Path) -> BinaryIO:
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    try:
        ready, _, _ = select.select([descriptor], [], [], FIFO_WAIT)
        if not ready:
            raise TimeoutError(f"a FIFO with no writer for {FIFO_WAIT:g} s: nothing to read")
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


@frozen
class _Reader:
    jsonl: bool | None
    text_field: str
    #: None: ``published``, which a record may lack.
    published_field: str | None
    max_bytes: int | None
    #: The file being written (device, inode), never read as an input.
    written: tuple[int, int] | None = None
    replace_bad_bytes: bool = False

    def file(self, path: Path) -> Iterator[Item]:
        name = display_name(path)
        as_jsonl = reads_as_jsonl(path.name, self.jsonl)
        try:
            raw = open_bytes(path)
        except OSError as error:  # TimeoutError too: a FIFO with no writer
            yield InputProblem(name, error.strerror or str(error))
            return
        with raw:
            try:
                if as_jsonl:
                    yield from self._records(raw, name)
                else:
                    yield from self._text(raw.read(self._bound()), name)
            except (OSError, EOFError) as error:
                yield InputProblem(name, f"unreadable: {error}")

    def stream(self, raw: BinaryIO, name: str) -> Iterator[Item]:
        first = raw.readline(self._bound())
        as_jsonl = (
            first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
            if self.jsonl is None
            else self.jsonl
        )
        if as_jsonl:
            yield from self._records(raw, name, first)
        else:
            yield from self._text(first + raw.read(self._bound(len(first))), name)

    def _bound(self, taken: int = 0) -> int:
        return -1 if self.max_bytes is None else self.max_bytes + 1 - taken

    def _too_long(self, size: int) -> bool:
        return self.max_bytes is not None and size > self.max_bytes

    def _text(self, data: bytes, name: str) -> Iterator[Item]:
        """The article of a text file or stream; an empty one is warned about, then parsed."""
        if self._too_long(len(data)):
            yield InputProblem(name, f"larger than --max-bytes ({self.max_bytes} bytes)")
            return
        text = yield from self._decoded(data, name)
        if text is None:
            return
        if "\0" in text:  # valid UTF-8, but no text file holds NUL: binary data, or UTF-16
            yield InputProblem(
                name,
                f"binary, not text (a NUL byte at byte {data.index(0)}): "
                "if it is UTF-16 text, save it as UTF-8",
            )
            return
        article = text.removeprefix(_BOM)
        if not article.strip():  # a failed download or save, most likely
            yield InputWarning(name, "empty: no article text in it")
        yield Record(article, meta={"path": name})

    def _decoded(self, data: bytes, where: str) -> Generator[Item, None, str | None]:
        """The text of ``data``; None, after a problem naming the first bad byte, when it is not
        UTF-8, or with :attr:`replace_bad_bytes` the text with U+FFFD for each, after a warning."""
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as error:
            at = f"{error.reason} at byte {error.start}"
            if self.replace_bad_bytes:
                text = data.decode("utf-8", "replace")
                bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT_BYTES)
                yield InputWarning(
                    where, f"not UTF-8 text ({at}): {bad} bad sequence(s) read as U+FFFD"
                )
                return text
            # a byte order mark says UTF-16 for sure: say what to do about it
            hint = (
                "UTF-16 text, save it as UTF-8"
                if data.startswith(_UTF16_BOMS)
                else "--replace-bad-bytes reads it with U+FFFD for each bad byte"
            )
            yield InputProblem(where, f"not UTF-8 text ({at}): {hint}")
            return None

    def _records(self, raw: BinaryIO, name: str, first: bytes | None = None) -> Iterator[Item]:
        """The file's records; past its first :data:`NAMED_PER_FILE` bad lines (or empty
        texts), the others are counted and named together in one last problem (or warning).
        A file with no line but blank ones is warned about, as an empty text file is: a run
        over it writes nothing, which would otherwise pass without a word."""
        named: Counter[type] = Counter()
        unnamed: Counter[type] = Counter()
        records = 0
        lines = 0
        for item in self._lines(raw, name, first):
            lines += 1
            if isinstance(item, Record):
                records += 1
            elif named[type(item)] < NAMED_PER_FILE:
                named[type(item)] += 1
            else:
                unnamed[type(item)] += 1
                continue
            yield item
        if bad := unnamed[InputProblem]:
            hint = "" if records else f": is it JSON Lines, its text under {self.text_field!r}?"
            yield InputProblem(name, f"{bad} more bad line(s), not named one by one{hint}", bad)
        if empty := unnamed[InputWarning]:
            yield InputWarning(
                name, f"{empty} more record(s) with empty text, not named one by one"
            )
        if not lines:
            yield InputWarning(name, "empty: no JSON Lines record in it")

    def _lines(self, raw: BinaryIO, name: str, first: bytes | None = None) -> Iterator[Item]:
        lines = iter(lambda: raw.readline(self._bound()), b"")
        for number, line in enumerate(chain([first] if first else [], lines), start=1):
            where = f"{name}:{number}"
            if self._too_long(len(line.rstrip(b"\r\n"))):
                yield InputProblem(
                    where,
                    f"record larger than --max-bytes ({self.max_bytes} bytes); rest of file skipped",
                )
                return
            text = yield from self._decoded(line, where)
            if text is None:
                continue
            if number == 1:
                text = text.removeprefix(_BOM)
            if text.strip():
                yield from self._record(text, where, {"path": name, "line": number})

    def _record(self, line: str, where: str, origin: dict[str, Any]) -> Iterator[Item]:
        try:
            # without its line end: a line cut short then reads as an unterminated string,
            # not as a control character inside one
            item = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as error:
            yield InputProblem(where, f"bad JSON ({_at_column(error)})")
            return
        except (ValueError, RecursionError) as error:  # a number too long, nesting too deep
            yield InputProblem(where, f"bad JSON ({error})")
            return
        if not isinstance(item, dict):
            yield InputProblem(where, "a JSON Lines record must be an object")
            return
        text = item.get(self.text_field)
        if not isinstance(text, str):
            yield InputProblem(where, _no_text(item, self.text_field))
            return
        meta = {**origin, **{k: v for k, v in item.items() if k in META_KEYS}}
        published_field = self.published_field or DEFAULT_PUBLISHED_FIELD
        record = Record(text, item.get(published_field), meta)
        try:
            record.text.encode("utf-8")
            json.dumps(record.meta, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError as error:
            yield InputProblem(
                where,
                f"not Unicode text: a lone surrogate ({error.object[error.start : error.end]!a})",
            )
            return
        if self.published_field is not None and published_field not in item:
            yield InputProblem(
                where, _no_field(item, published_field, "--published-field", "the date")
            )
        if not text.strip():
            yield InputWarning(where, f"empty: no article text under {self.text_field!r}")
        yield record


#: How a JSON value that is not a string is named in a message.
_JSON_KINDS: dict[type, str] = {
    type(None): "null",
    bool: "true or false",
    int: "a number",
    float: "a number",
    list: "a list",
    dict: "an object",
}
#: Fields of a record named when it has no text field: enough to spot the right one.
_FIELDS_SHOWN = 8


def _at_column(error: json.JSONDecodeError) -> str:
    """What is wrong and where, as one phrase: ``Expecting value at column 1``. (Some of json's
    messages end in "at" already: ``Unterminated string starting at column 21``.)"""
    at = "" if error.msg.endswith(" at") else " at"
    return f"{error.msg}{at} column {error.colno}"


def _no_text(item: dict[str, Any], field: str) -> str:
    """Why a record gives no article text, with what helps: what the field holds, or which
    fields the record has (the text is often under ``body`` or ``content``)."""
    if field in item:
        return f"field {field!r} holds {_JSON_KINDS[type(item[field])]}, not a string"
    return _no_field(item, field, "--text-field", "the text")


def _no_field(item: dict[str, Any], field: str, option: str, holding: str) -> str:
    """A record lacks ``field``: which fields it has, and the option that names another."""
    shown = [_clip(repr(name)) for name in list(item)[:_FIELDS_SHOWN]]
    more = ", ..." if len(item) > _FIELDS_SHOWN else ""
    has = f"its fields: {', '.join(shown)}{more}" if shown else "it has no fields"
    return f"no field {field!r} ({has}); {option} names the one holding {holding}"


def _clip(name: str, width: int = 40) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"
