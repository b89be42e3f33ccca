"""Where a text can hold amounts: the numbers near currency evidence, found without reading all.

Most numbers in news are not money, and wire copy is full of them. Every amount has a sign, an ISO
code or a currency word in it or right before it, so the extractor first finds that evidence with
three scans that run in C (signs, codes in capitals, words in the lower-cased text) and then reads
only the numbers within reach of it. The numbers handed out are exactly those a scan of the whole
text would meet near the evidence (same matches, same order), so the findings do not change:

* a number is near when it ends within ``HEAD_REACH`` before the evidence (a currency word after
  the number, scale and nationality between) or starts within ``PREFIX_REACH`` after it (a sign
  or code before the number);
* a scan that must jump ahead restarts at a ``NUMBER_FREE`` place, where no number runs across,
  so it stays in step with a scan from the top; one scan serves consecutive windows, so no text
  is scanned twice and long inputs stay linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse.extractors.money import grammar
from newsparse.patterns import occurrences

#: How far after its sign or code the number of an amount may start ("u.s.$ 5").
PREFIX_REACH = 8
#: How far back to look for a NUMBER_FREE place before reading on from the last number instead.
_RESTART_REACH = 16
#: How much of the text is lower-cased at once to look for currency words.
_PIECE = 1 << 16
#: How far a match of ``WORD_EVIDENCE`` reaches past where it begins: the character before the
#: word, the word, and the one after it that the look-ahead reads.
_WORD_REACH = max(map(len, grammar.EVIDENCE_WORDS)) + 2


def numbers_near_currency(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``grammar.NUMBER`` that can begin an amount, in text order."""
    numbers: Iterator[re.Match[str]] = iter(())
    pending: re.Match[str] | None = None
    for near, end in _windows(text):
        if pending is None or pending.start() < near:
            start = _number_free_before(text, near)
            if pending is None or pending.start() < start:
                numbers = grammar.NUMBER.finditer(text, start)
                pending = next(numbers, None)
        while pending is not None and pending.start() <= end:
            if pending.end() > near:
                yield pending
            pending = next(numbers, None)
        if pending is None:
            return


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """(near, last): a number near currency evidence ends after ``near`` and starts by ``last``.

    A currency word may follow its number by ``HEAD_REACH`` characters at most (scale and
    nationality between), a sign or code precede it by ``PREFIX_REACH``. Overlapping windows
    are merged.
    """
    near = last = -1
    for start, end in _evidence(text):
        if last >= 0 and start - grammar.HEAD_REACH <= last:
            last = max(last, end + PREFIX_REACH)
            continue
        if last >= 0:
            yield near, last
        near, last = start - grammar.HEAD_REACH, end + PREFIX_REACH
    if last >= 0:
        yield near, last


def _evidence(text: str) -> list[tuple[int, int]]:
    """(start, end) of every currency sign, code or word, in text order; the whole text when
    lower-casing would not show the case-blind patterns what they see."""
    words = _word_evidence(text)
    if words is None:
        return [(0, len(text))]
    found = _signs(text)
    found.extend(m.span() for m in grammar.UPPER_CODE_EVIDENCE.finditer(text))
    found.extend(words)
    found.sort()
    return found


def _signs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every currency sign character, in no particular order: signs are rare,
    so looking each up with ``str.find`` takes a sixth of the time of a regex class of them."""
    return [(at, at + 1) for at in occurrences(text, grammar.SIGN_CHARACTERS)]


def _word_evidence(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of every match of ``WORD_EVIDENCE`` in the lower-cased text, or None when
    lower-casing would not show the case-blind patterns what they see.

    The pattern consumes the character before a word, so it runs over the lower-cased text
    padded by one character in front: a match there starts where its word starts in ``text``.
    That padded copy is made a piece at a time, each piece reaching far enough past its end
    to finish any match begun in it, and each search resumes where the last match ended, so
    the matches are those of one search over the whole padded text. A long text is never
    copied whole (it used to be twice at once, the largest allocation of the whole parse).
    """
    if not text.isascii() and grammar.CASE_FOLD_ODDITIES.search(text):
        return None
    found = []
    resume = 0  # where the search of the padded text goes on, in its positions
    for start in range(0, len(text) + 1, _PIECE):
        end = start + _PIECE  # a match is this piece's if it begins before ``end``
        before, after = max(0, start - 1), min(len(text), end + _WORD_REACH)
        lowered = text[before:after].lower()
        if len(lowered) != after - before:
            return None
        padded = lowered if start else " " + lowered
        for match in grammar.WORD_EVIDENCE.finditer(padded, max(start, resume) - start):
            if match.start() + start >= end:
                break
            found.append((match.start() + start, match.end() + start - 1))
            resume = match.end() + start
    return found


def _number_free_before(text: str, position: int) -> int:
    """The last ``NUMBER_FREE`` place at or shortly before ``position``; 0 if there is none
    (the scan then reads on from where it is, which is always in step)."""
    if position <= 0:
        return 0
    place = 0
    stop = position + grammar.NUMBER_FREE_LOOKAHEAD
    for match in grammar.NUMBER_FREE.finditer(text, max(0, position - _RESTART_REACH), stop):
        if match.start() > position:
            break
        place = match.start()
    return place
