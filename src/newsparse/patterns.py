"""Regex building blocks shared by extractors that match long word lists."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, any whitespace run standing for a space.

    Phrases of one length are in alphabetical order, so a pattern is the same in every process
    (its compiled code is cached by its text, see :mod:`newsparse.regex_cache`); phrases of one
    length never match different text at one place, so their order does not change what matches.
    """
    words = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in words)


def word_trie(words: Iterable[str]) -> str:
    """A regex alternation of ``words`` shaped as a trie, longest match first.

    Python's ``re`` tries the branches of a flat alternation one by one; sharing prefixes lets a
    failing position be rejected on its first character, which keeps long word lists fast.
    """
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie) or "(?!)"


def _trie_pattern(node: dict[str, Any]) -> str:
    ends_here = "" in node
    branches = [
        re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else f"{body}?"
    return body
