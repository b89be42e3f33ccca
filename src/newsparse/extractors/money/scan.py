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

#: How far after its sign or code the number of an amount may start ("u.s.$ 5").
PREFIX_REACH = 8
#: How far back to look for a NUMBER_FREE place before reading on from the last number instead.
_RESTART_REACH = 16


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
    lowered = _lowered(text)
    if lowered is None:
        return [(0, len(text))]
    found = [m.span() for m in grammar.SIGN_EVIDENCE.finditer(text)]
    found.extend(m.span() for m in grammar.UPPER_CODE_EVIDENCE.finditer(text))
    # Padded by one character, so each match starts where its word starts in ``text``.
    found.extend((m.start(), m.end() - 1) for m in grammar.WORD_EVIDENCE.finditer(" " + lowered))
    found.sort()
    return found


def _lowered(text: str) -> str | None:
    """``text`` lower-cased, or None when the lower-cased text would not show the case-blind
    patterns what they see."""
    if not text.isascii() and grammar.CASE_FOLD_ODDITIES.search(text):
        return None
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


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
