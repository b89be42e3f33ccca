"""Numbers as news writes them, in digits or words: shared by every extractor that counts.

Cardinal words are read by text2num (``twenty-seven``, ``one hundred and five``); this module adds
what news adds around them: digit groups (``1,200``, ``4.5``), ``a``/``an`` as one, ``dozen``, and
scale words (``3 million``, ``half a million``).
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from text_to_num import text2num

from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

#: Words text2num reads as part of a cardinal number.
CARDINAL_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty "
    "ninety hundred thousand million billion trillion"
).split()

SCALES = {
    "hundred": Decimal(100),
    "thousand": Decimal(1_000),
    "million": Decimal(1_000_000),
    "billion": Decimal(1_000_000_000),
    "trillion": Decimal(1_000_000_000_000),
    "dozen": Decimal(12),
}

#: A regex fragment matching a number in words ("twenty-seven", "one hundred and five"); capped
#: at nine words so a long run of number words cannot make a search quadratic. The words are a
#: trie: as a flat alternation ``re`` entered each of them in turn at every place a count may
#: open, a third of the casualty subject rule's time. Each word is read whole (a space, a hyphen
#: or a word's end follows it wherever the fragment is used), so "six" never ends inside
#: "sixteen" and the order the words are tried in changes nothing.
_CARDINAL = word_trie(CARDINAL_WORDS)
NUMBER_WORDS = rf"(?:{_CARDINAL})(?:(?:[\s-]+|\s+and\s+)(?:{_CARDINAL})){{0,8}}"
#: A regex fragment matching a number in digits ("1,200", "4.5", "300.000" is not taken).
NUMBER_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"

_DIGITS = compiled(rf"(?:{NUMBER_DIGITS})\Z")
_ARTICLE = frozenset({"a", "an", "one"})


def parse_number(words: str) -> Decimal | None:
    """The value of a number written in digits or words, or None when it is not one.

    >>> parse_number("1,200"), parse_number("twenty-seven"), parse_number("half a million")
    (Decimal('1200'), Decimal('27'), Decimal('500000.0'))
    """
    text = " ".join(words.lower().replace("-", " ").split())
    if not text:
        return None
    if _DIGITS.match(text):
        try:
            return Decimal(text.replace(",", ""))
        except InvalidOperation:
            return None
    head, _, rest = text.partition(" ")
    if head == "half" and rest:
        whole = parse_number(rest)
        return whole * Decimal("0.5") if whole is not None else None
    if head in _ARTICLE and rest in SCALES:
        return SCALES[rest]
    last = text.rsplit(" ", 1)
    if len(last) == 2 and last[1] in SCALES:
        base = parse_number(last[0])
        if base is not None:
            return base * SCALES[last[1]]
    if text in SCALES:
        return SCALES[text]
    try:
        return Decimal(text2num(text, "en"))
    except ValueError:
        return None
