"""The surface patterns of money amounts, compiled once at import.

An amount is an optional sign or code before the number (``$``, ``C$``, ``CHF``), a number in
digits or words, an optional scale (``million``, ``mln``, glued ``m``/``bn``) and an optional
currency word or sign after it (``dlrs``, ``Canadian dollars``, ``pounds sterling``, ``€``). The
reader in ``money.py`` decides which matches are money; these patterns only say where to look.
Every repetition is bounded or separated by a required token, so matching stays linear.
"""

from __future__ import annotations

import re

from newsparse._data import currencies as data
from newsparse.extractors.money_lexicon import (
    CODES,
    HEAD_SPELLINGS,
    NATIONALITIES,
    SYMBOLS,
    alternation,
)
from newsparse.numbers import NUMBER_DIGITS, NUMBER_WORDS

_GAP = r"[ \t]"


def _symbol_pattern(symbol: str) -> str:
    """``c$`` may be written ``c $`` in tokenized text, unless its letters are a word ("a $")."""
    letters, dollar, rest = symbol.partition("$")
    if not dollar or not letters or rest or letters in data.SPACED_PREFIX_WORDS:
        return re.escape(symbol)
    return rf"{re.escape(letters)}{_GAP}?\$"


_SYMBOL = "|".join(
    _symbol_pattern(symbol) for symbol in sorted(SYMBOLS, key=lambda s: (-len(s), s))
)
_UPPER_CODE = alternation(CODES)
_LOWER_CODE = alternation(data.LOWERCASE_SAFE_CODES)
#: An ISO code as written: capitals, or one of the common codes in lower case.
CODE = rf"(?:{_UPPER_CODE}|(?i:{_LOWER_CODE}))(?![A-Za-z])"
_SIGN = r"[$€£¥₹₩₪₱₫]"

_NUMBER = rf"{NUMBER_DIGITS}|(?i:(?:{NUMBER_WORDS})\b|half{_GAP}+an?\b|an?\b)"
_GLUED_SCALE = alternation(data.SCALE_WORDS)
_SPACED_SCALE = alternation(set(data.SCALE_WORDS) - data.GLUED_ONLY_SCALES)
_SUBUNITS = alternation(data.SUBUNITS)
_HEADS = alternation({*HEAD_SPELLINGS, *data.SUBUNITS})
_NATIONALITY = alternation(NATIONALITIES)

AMOUNT = re.compile(
    rf"""
    (?<![\w$€£¥₹])
    (?:(?P<code>{CODE})\$?{_GAP}?|(?P<pre>(?i:{_SYMBOL})){_GAP}?)?
    (?<!\d)(?<!\d[.,])
    (?P<num>{_NUMBER})
    (?:(?P<glued>(?i:{_GLUED_SCALE}))(?!\w)|[ \t-]{{0,3}}(?P<scale>(?i:{_SPACED_SCALE}))(?!\w))?
    (?:
        [ \t-]{{0,3}}(?P<word>(?i:(?:(?P<nationality>{_NATIONALITY})[ \t-]{{1,3}})?
            (?P<head>{_HEADS})(?:{_GAP}+(?P<sterling>sterling))?))(?![\w$])
        |{_GAP}?(?P<post>{_SIGN}|{CODE})(?![\w$€£¥₹])(?![ \t]?\d)
    )?
    (?:{_GAP}{{1,3}}(?:and{_GAP}+)?(?P<subnum>{NUMBER_DIGITS}|(?i:(?:{NUMBER_WORDS})\b))
        [ \t-]{{1,3}}(?P<subunit>(?i:{_SUBUNITS}))(?!\w))?
    """,
    re.VERBOSE,
)

#: "billions of dollars", "hundreds of millions of euros": money with no single value.
VAGUE = re.compile(
    rf"""
    (?<!\w)(?i:(?:(?:tens|hundreds){_GAP}+of{_GAP}+)?
    (?:{alternation(data.VAGUE_SCALES)}){_GAP}+of{_GAP}+
    (?:(?P<nationality>{_NATIONALITY}){_GAP}+)?(?P<head>{_HEADS}))(?!\w)
    """,
    re.VERBOSE,
)

#: A bare number, possibly scaled: the first end of "2-3 million dollars" or the second of "$2-3m".
BARE_END = rf"(?P<num>{NUMBER_DIGITS})(?:(?P<glued>(?i:{_GLUED_SCALE}))(?!\w)|{_GAP}{{0,3}}(?P<scale>(?i:{_SPACED_SCALE}))(?!\w))?"
RANGE_LINK = r"[ \t]{0,3}(?P<link>-{1,2}|–|—|to|and|or)[ \t]{0,3}"
#: What follows a first end to make a range: a link, then the second end.
RANGE_AFTER = re.compile(RANGE_LINK, re.IGNORECASE)
#: A bare first end before a link, read backwards from an amount ("between 20 and [35 dlrs]").
RANGE_BEFORE = re.compile(rf"(?<![\w.,$]){BARE_END}{RANGE_LINK}\Z", re.IGNORECASE)
#: A bare second end after a link ("$2-[3 million]"), with no currency of its own.
SECOND_END = re.compile(rf"(?<!\d){BARE_END}(?![\w$€£¥₹%])", re.IGNORECASE)

_QUALIFIER = alternation(data.QUALIFIERS)
#: An approximator or bound right before an amount ("about", "more than").
QUALIFIER_BEFORE = re.compile(rf"(?<!\w)(?P<qualifier>{_QUALIFIER}){_GAP}+\Z", re.IGNORECASE)
BETWEEN_BEFORE = re.compile(rf"(?<!\w)between{_GAP}+\Z", re.IGNORECASE)
#: A per-unit tail ("a barrel", "per share", tokenized "- a - share").
UNIT_AFTER = re.compile(
    r"[ \t]{0,3}(?:-[ \t]{0,3})?(?P<article>an?|per|each)(?:[ \t]{0,3}-[ \t]{0,3}|[ \t]{1,3})(?P<noun>[A-Za-z]+)\b",
    re.IGNORECASE,
)
#: Words that make a year before a currency word a price level ("in 1987 dollars").
PRICE_LEVEL_BEFORE = re.compile(r"(?<!\w)(?:in|constant|real)[ \t]+\Z", re.IGNORECASE)
