"""Regex building blocks shared by extractors that match long word lists."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache

from newsparse.regex_cache import compiled


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace run standing for a space.

    Phrases of one length are in alphabetical order, so a pattern is the same in every process
    (its compiled code is cached by its text, see :mod:`newsparse.regex_cache`); phrases of one
    length never match different text at one place, so their order does not change what matches.
    """
    words = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in words)


def phrase_trie(phrases: Iterable[str]) -> str:
    """:func:`word_trie` over phrases, any run of whitespace standing for a space: the same
    phrases :func:`phrase_alternation` matches, in the same order at any one place (of the
    phrases that match there, each is a prefix of the longer ones, and both try the longest
    first), so either may stand for the other.

    For the word lists tried at many places (every cue word, every word of a subject): under
    ``re.IGNORECASE`` ``re`` enters each branch of a flat alternation in turn, where a trie
    rejects a word on its first letters.
    """
    return word_trie(" ".join(p.split()) for p in phrases).replace(re.escape(" "), r"\s+")


def word_trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, longest match first.

    Python's ``re`` tries the branches of a flat alternation one by one; sharing prefixes lets a
    failing position be rejected on its first character, which keeps long word lists fast.
    """
    ordered = sorted(set(words))
    plain = [word.isalpha() for word in ordered]  # letters alone need no escaping
    return (_trie_pattern(ordered, plain, 0, len(ordered), 0) if ordered else "") or "(?!)"


def _trie_pattern(words: list[str], plain: list[bool], lo: int, hi: int, depth: int) -> str:
    """The trie of ``words[lo:hi]`` (sorted, distinct, sharing their first ``depth``
    characters) past that prefix, its branches in order of their characters.

    A branch of one word is that word's rest escaped whole: most of a word list lies in such
    tails. The words are read in place, a branch's end found by bisection, never copied as
    suffixes, and a word of letters alone is not escaped: a fresh process builds some fifty
    tries, of up to thousands of words, at import.
    """
    ends_here = len(words[lo]) == depth  # sorted: the word that ends here comes first
    at = lo + 1 if ends_here else lo
    branches = []
    while at < hi:
        word = words[at]
        char = word[depth]
        if at + 1 == hi or words[at + 1][depth] != char:
            tail = word[depth:]
            branches.append(tail if plain[at] else re.escape(tail))
            at += 1
            continue
        end = bisect_left(words, word[:depth] + chr(ord(char) + 1), at + 2, hi)
        head = char if char.isalpha() else re.escape(char)
        branches.append(head + _trie_pattern(words, plain, at, end, depth + 1))
        at = end
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body


def word_starts(
    pattern: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    after_hyphen: bool = False,
) -> Iterator[tuple[int, int]]:
    r"""Where ``pattern`` matches at a word's start (not after a letter, digit, ``_`` or ``-``)
    in ``text[start:end]``, in order and none overlapping; the text around is read as context.
    With ``after_hyphen``, a word may follow a hyphen too ("anti-war"), as after ``(?<!\w)``
    or, for a pattern opening on a word character, ``\b``.

    A look-behind at the head of a pattern is tried at every character of the text. Here the
    character before the word is matched first, so ``re`` skips in C from one character that
    may stand before a word to the next and tries ``pattern`` only there (a sixth less time
    for cue words). That character is taken from a plain set (see _MAYBE_BEFORE_WORD), and
    whether a non-ASCII one is a word character is asked only where ``pattern`` matched after
    it: when it is, the search goes on from the next character, as a look-behind would.
    """
    end = len(text) if end is None else end
    before = start - 1  # where the character before the first word may stand
    if start == 0:  # the text's first word has no character before it
        opening = pattern.match(text, 0, end)
        before = 0 if opening is None else max(0, opening.end() - 1)
        if opening is not None:
            yield opening.span()
    search = _after_maybe_non_word(pattern.pattern, pattern.flags, after_hyphen).search
    non_word = _NON_WORD_OR_HYPHEN if after_hyphen else _NON_WORD
    match = search(text, before, end)
    while match is not None:
        before = match.start()
        if text[before] < "\x80" or non_word.match(text, before):
            yield match.span(1)
            # a match's last character may stand before the next word ("shot,killed")
            last = match.end() - 1
            match = search(text, last if last > before else before + 1, end)
        else:  # a non-ASCII letter or digit: the word matched inside a longer one
            match = search(text, before + 1, end)


def first_at_word_start(
    pattern: re.Pattern[str],
    text: str,
    start: int = 0,
    end: int | None = None,
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern that opens on ``\\b`` and a word
    character: tried only at word starts (see :func:`word_starts`, a word may follow a hyphen),
    in the time :func:`word_starts` takes."""
    end = len(text) if end is None else end
    for begin, _ in word_starts(pattern, text, start, end, after_hyphen=True):
        return pattern.match(text, begin, end)
    return None


# Every ASCII character but letters, digits, '_' and '-', and every non-ASCII character: a set
# ``re`` tests from a bitmap, where ``[^\w-]`` looks up each character's Unicode category (half
# the cost of a full-text scan). Case-sensitive whatever the pattern's flags: under IGNORECASE
# the Kelvin sign would bring in 'k'. The second set takes '-' in as well.
_MAYBE_BEFORE_WORD = r"(?-i:[\x00-\x2c\x2e\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\x80-\U0010ffff])"
_MAYBE_BEFORE_WORD_OR_HYPHEN = r"(?-i:[\x00-\x2f\x3a-\x40\x5b-\x5e\x60\x7b-\x7f\x80-\U0010ffff])"
_NON_WORD = re.compile(r"[^\w-]")
_NON_WORD_OR_HYPHEN = re.compile(r"\W")


@lru_cache(maxsize=32)
def _after_maybe_non_word(source: str, flags: int, after_hyphen: bool) -> re.Pattern[str]:
    """Keyed by the pattern's text, whose hash Python keeps: a compiled pattern's hash reads
    all its code again at each call (13 µs for a cue list’s trie)."""
    before = _MAYBE_BEFORE_WORD_OR_HYPHEN if after_hyphen else _MAYBE_BEFORE_WORD
    return compiled(rf"{before}({source})", flags)


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` occurs in ``text``, overlapping ones too, in no particular order.

    For a few rare words, ``str.find`` skips through the text in C far faster than a regex,
    which stops at every character that may begin one of them.
    """
    found = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.append(at)
            at = text.find(word, at + 1)
    return found
