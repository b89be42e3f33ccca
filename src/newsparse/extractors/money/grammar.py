"""The surface patterns of money amounts, compiled once at import (the largest from the code
:mod:`newsparse.regex_cache` keeps, so only a machine's first process pays their compiling).

An amount is an optional sign or code before the number (``$``, ``C$``, ``CHF``), a number in
digits or words, an optional scale (``million``, ``mln``, glued ``m``/``bn``) and an optional
currency word or sign after it (``dlrs``, ``Canadian dollars``, ``pounds sterling``, ``€``). The
reader in ``money.py`` decides which matches are money; these patterns only say where to look.
Every repetition is bounded or separated by a required token, so matching stays linear.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from newsparse._data import currencies as data
from newsparse.extractors.money.lexicon import (
    CODES,
    HEAD_SPELLINGS,
    LETTER_SYMBOLS,
    NATIONALITIES,
    SYMBOLS,
)
from newsparse.numbers import CARDINAL_WORDS, NUMBER_DIGITS
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled

#: A blank inside an amount: a space, a tab, or the fixed spaces typesetters put between a
#: number and its unit or sign (no-break, figure, thin and narrow no-break: "$5\u00a0million").
_FIXED_SPACES = "\u00a0\u2007\u2009\u202f"
_BLANK = f"[ \t{_FIXED_SPACES}]"
_GAP = _BLANK
#: Space between the words of one amount: blanks, possibly one line break (wire copy wraps
#: "1.4\nbillion dlrs"), never a blank line. _SEP may be empty, _SEP1 may not.
_SEP = rf"{_BLANK}{{0,3}}(?:\n{_BLANK}{{0,4}})?"
_SEP1 = rf"(?:{_BLANK}{{1,3}}(?:\n{_BLANK}{{0,4}})?|\n{_BLANK}{{0,4}})"


def _symbol_pattern(symbol: str) -> str:
    """``c$`` may be written ``c $`` in tokenized text, unless its letters are a word ("a $")."""
    letters, dollar, rest = symbol.partition("$")
    if not dollar or not letters or rest or letters in data.SPACED_PREFIX_WORDS:
        return re.escape(symbol)
    return rf"{re.escape(letters)}{_GAP}?\$"


_SYMBOL = "|".join(
    _symbol_pattern(symbol) for symbol in sorted(SYMBOLS, key=lambda s: (-len(s), s))
)
_UPPER_CODE = word_trie(CODES)
_LOWER_CODE = word_trie(data.LOWERCASE_SAFE_CODES)
#: An ISO code as written: capitals, or one of the common codes in lower case.
CODE = rf"(?:{_UPPER_CODE}|(?i:{_LOWER_CODE}))(?![A-Za-z])"
_SIGN = r"[$€£¥₹₩₪₱₫]"

_CARDINAL = word_trie(CARDINAL_WORDS)
#: Number words that are only a scale ("billion"): read alone, they count one of it.
SCALE_NUMBER_WORDS = word_trie(set(CARDINAL_WORDS) & set(data.SCALE_WORDS))
#: Numbers in words, as ``numbers.NUMBER_WORDS`` reads them, with the word list as a trie.
NUMBER_WORDS = rf"(?:{_CARDINAL})(?:(?:[\s-]+|\s+and\s+)(?:{_CARDINAL}))*"
#: Wire prices in fractions: "8-1/2 dlrs", "3/4 cent".
FRACTION = (
    r"(?:(?P<whole>\d{1,4})[- ])?(?P<numerator>\d{1,2})/(?P<denominator>[1-9]\d{0,2})(?![\d/])"
)
_NUMBER = rf"{FRACTION}|{NUMBER_DIGITS}|(?i:(?:{NUMBER_WORDS})\b|half{_GAP}+an?\b|(?:an?{_GAP}+)?half(?=-)|an?\b)"
_GLUED_SCALE = word_trie(data.SCALE_WORDS)
_SPACED_SCALE = word_trie(set(data.SCALE_WORDS) - data.GLUED_ONLY_SCALES)
_SUBUNITS = word_trie(data.SUBUNITS)
_HEADS = word_trie({*HEAD_SPELLINGS, *data.SUBUNITS})
_NATIONALITY = word_trie(NATIONALITIES)
#: A hyphen, possibly where the wire wrapped the line ("68-\nbillion dlrs").
_HYPHEN = rf"-(?:\n{_BLANK}{{0,4}})?"
_COMPOUND_SCALE = rf"(?:{_SEP1}(?P<scale2>(?i:{word_trie(data.COMPOUND_SCALES)}))(?!\w))?"
_SCALE = (
    rf"(?:(?:(?P<glued>(?i:{_GLUED_SCALE}))(?!\w)|(?:{_SEP}|{_HYPHEN})"
    rf"(?P<scale>(?i:{_SPACED_SCALE}))(?!\w)){_COMPOUND_SCALE})"
)

_GLUED_LETTER_SIGNS = data.GLUED_SIGNS | LETTER_SYMBOLS
_GLUED_SIGNS = {*_GLUED_LETTER_SIGNS, *(sign.lower() for sign in data.GLUED_CAPITAL_SIGNS)}
#: Every word a number can start with, or a glued sign before it.
_NUMBER_WORD_STARTS = {*CARDINAL_WORDS, *_GLUED_SIGNS, "half", "a", "an"}


def _first_characters(words: Iterable[str]) -> str:
    return "".join(sorted({word[0] for word in words}))


#: A sign of letters glued to the digits ("Rs1,200", "$US5m", "R3bn"): read as part of the
#: number's match, so a number never has to start inside a word.
_GLUED_SIGN = (
    rf"(?:(?i:{word_trie(_GLUED_LETTER_SIGNS)})|[{''.join(data.GLUED_CAPITAL_SIGNS)}])(?=\d)"
)
#: Where an amount may start: a number not inside a word or another number, with any sign of
#: letters glued before it; the amount is read from the ``number`` group.
#: The first character of any number or glued sign: checked once before the alternatives are
#: tried one by one, so the scan passes most word starts quickly.
_NUMBER_START = rf"(?=\d|(?i:[{re.escape(_first_characters(_NUMBER_WORD_STARTS))}]))"
NUMBER = compiled(rf"(?<![\w.,])(?<!\d[.,/]){_NUMBER_START}(?:{_GLUED_SIGN})?(?P<number>{_NUMBER})")


#: An amount read from its number on: scale, a currency word or sign, then sub-units. What follows
#: the number is optional, as an amount after a sign or code needs none; a number with no sign
#: before it is an amount only when the ``word``, ``post`` or ``pence`` group matched. No scale
#: or number word can begin a currency word or sign (the tests check it), so a match without one
#: is never shortened into a match with one: requiring it in the pattern would find nothing more.
AMOUNT_AT = compiled(
    rf"""
    (?P<num>{_NUMBER})
    {_SCALE}?
    (?:
        (?:{_SEP}|-{{1,2}})(?P<word>(?i:(?:(?P<nationality>{_NATIONALITY})(?:{_SEP1}|-))?
            (?P<head>{_HEADS})(?:{_SEP1}(?P<sterling>sterling))?))(?![\w$])
        |{_GAP}?(?P<post>{_SIGN}|{CODE})(?![\w$€£¥₹])(?!{_BLANK}?\d)
        |(?<=\d)(?P<pence>p)(?![\w$€£¥₹]|\.[a-z])
    )?
    (?:{_SEP1}(?:and{_GAP}+)?(?P<subnum>{NUMBER_DIGITS}|(?i:(?:{NUMBER_WORDS})\b))
        (?:{_SEP}|-)(?P<subunit>(?i:{_SUBUNITS}))(?!\w))?
    """,
    re.VERBOSE,
)

#: A sign or code right before a number ("$", "C$", "US$ ", "CHF "), read back from the number.
PREFIX_BEFORE = compiled(
    rf"(?<![\w$€£¥₹])(?:(?P<code>{CODE})\$?|(?P<pre>(?i:{_SYMBOL}))){_GAP}?\Z"
    rf"|(?<![\w$.])(?P<capital>[{''.join(data.GLUED_CAPITAL_SIGNS)}])\Z"
)


#: A bare number, possibly scaled: the first end of "2-3 million dollars" or the second of "$2-3m".
BARE_END = rf"(?P<num>{NUMBER_DIGITS}){_SCALE}?"
RANGE_LINK = rf"{_SEP}(?P<link>-{{1,2}}|–|—|to|and){_SEP}"
#: What follows a first end to make a range: a link, then the second end.
RANGE_AFTER = compiled(RANGE_LINK, re.IGNORECASE)
#: A bare first end before a link, read backwards from an amount ("between 20 and [35 dlrs]").
RANGE_BEFORE = compiled(rf"(?<![\w.,$]){BARE_END}{RANGE_LINK}\Z", re.IGNORECASE)
#: A bare second end after a link ("$2-[3 million]"), with no currency of its own.
SECOND_END = compiled(rf"(?<!\d){BARE_END}(?![\w$€£¥₹%])", re.IGNORECASE)

_QUALIFIER = word_trie(data.QUALIFIERS).replace("\\ ", _SEP1)
#: An approximator or bound right before an amount ("about", "more than").
QUALIFIER_BEFORE = compiled(rf"(?<!\w)(?P<qualifier>{_QUALIFIER}){_SEP1}\Z", re.IGNORECASE)
_VAGUE_COUNT = word_trie(data.VAGUE_COUNTS).replace("\\ ", _SEP1)
#: A vague count right before a bare scale word ("a few [billion dollars]", "multi-[million]").
VAGUE_COUNT_BEFORE = compiled(
    rf"(?<!\w)(?P<count>{_VAGUE_COUNT})(?:(?<=-)|{_SEP1})\Z", re.IGNORECASE
)
_FRACTION_OF = word_trie(data.FRACTIONS_OF).replace("\\ ", _SEP1)
#: A fraction before an amount of "a" + scale ("[a quarter of ]a trillion dollars").
FRACTION_OF_BEFORE = compiled(
    rf"(?<![\w-])(?P<fraction>{_FRACTION_OF}){_SEP1}of{_SEP1}\Z", re.IGNORECASE
)
BETWEEN_BEFORE = compiled(rf"(?<!\w)between{_SEP1}\Z", re.IGNORECASE)
#: A per-unit tail ("a barrel", "per share", tokenized "- a - share", "per 10 grams").
UNIT_AFTER = compiled(
    rf"{_SEP}(?:-{_SEP})?(?P<article>an?|per|each)(?:{_SEP}-{_SEP}|{_SEP1})"
    rf"(?:(?P<count>\d{{1,4}}(?:,\d{{3}})?){_SEP1})?(?P<noun>[A-Za-z]+)\b",
    re.IGNORECASE,
)
#: Words before a first end that make "X to Y" a change and a new level, not a range.
CHANGE_BEFORE = compiled(rf"(?<!\w)(?:{word_trie(data.CHANGE_WORDS)}){_SEP1}\Z", re.IGNORECASE)
#: Words that make a year before a currency word a price level ("in 1987 dollars").
PRICE_LEVEL_BEFORE = compiled(r"(?<!\w)(?:in|constant|real)[ \t]+\Z", re.IGNORECASE)
#: A weight converted to metric units right after a guarded word ("1,300 pounds (600 kgs)").
METRIC_AFTER = compiled(
    r"[ \t]*\([ \t]*(?:about[ \t]+|some[ \t]+|nearly[ \t]+)?\d[\d,.]*[ \t]*"
    r"(?:kg|kgs|kilos?|kilograms?|kilogrammes?|grams?|tonnes?|metric[ \t]+tons?)\b",
    re.IGNORECASE,
)
#: Words that make a bare number before a range link a year ("in 1995 to 133 million ECUs").
YEAR_LEAD_BEFORE = compiled(r"(?<!\w)(?:in|since|of)[ \t]+\Z", re.IGNORECASE)
#: The whole part of a decimal that wire copy split at its point ("[5. ]5 billion dollars"):
#: digits and a point with one space after, right before a scaled amount's digits.
SPLIT_POINT_BEFORE = compiled(r"(?<![\w.,])(?P<whole>\d{1,3})\. \Z")
#: A number quoted to three or more decimals, as exchange rates are ("1.8063 marks").
RATE_DECIMALS = compiled(r"\.\d{3,}\Z")
#: A number right after a word, past blanks ("dmk 348.20").
NUMBER_AFTER = compiled(r"[ \t]*\d")
#: "the" right before a number ("the 16,000 mark" is a level, not an amount).
THE_BEFORE = compiled(r"(?<!\w)the[ \t]+\Z", re.IGNORECASE)

# Currency evidence, for finding where amounts can be without reading every number (scan.py).
# Each pattern matches wherever the amount patterns above could see a sign, a code or a currency
# word, and possibly more: a spare match only widens the search, never changes what is found.

#: Any character of a currency sign a symbol uses ("$", "€", "R$").
SIGN_CHARACTERS = tuple(
    sorted(
        {char for symbol in SYMBOLS for char in symbol if unicodedata.category(char) == "Sc"}
        | set(_SIGN[1:-1])
    )
)
#: An ISO code in capitals (all are three letters). No look-behind before it: a leading class
#: keeps the scan in C, and most capitals fail on the next character instead of trying the
#: codes' first letters one by one; the code is read back only from three capitals.
UPPER_CODE_EVIDENCE = compiled(rf"[A-Z][A-Z][A-Z](?<={_UPPER_CODE})(?![A-Za-z])")
#: A currency word, lower-case code or lettered sign ("rs", "r3", "50p") with the character
#: before it, in lower-cased text (a consumed character scans faster than a look-behind).
EVIDENCE_WORDS = {
    *HEAD_SPELLINGS,
    *data.SUBUNITS,
    *data.LOWERCASE_SAFE_CODES,
    *LETTER_SYMBOLS,
    *(sign.lower() for sign in data.GLUED_CAPITAL_SIGNS),
    "p",
}
WORD_EVIDENCE = compiled(rf"[^a-z](?:{word_trie(EVIDENCE_WORDS)})(?![a-z])")
#: Letters that match ASCII letters only under case folding ("ſ", Kelvin "K"): lower-casing the
#: text does not reproduce what the case-blind patterns see, so such texts are read whole.
_CASE_FOLD_ODDITIES = "\u0130\u0131\u017f\u212a"
CASE_FOLD_ODDITIES = compiled(f"[{_CASE_FOLD_ODDITIES}]")
#: The widest reach from a number's end to its currency word: scales, nationality and gaps (the
#: widest gap is _SEP1's "   \n    ").
_GAP_WIDTH = 8
HEAD_REACH = (
    2 * max(map(len, data.SCALE_WORDS))
    + max(map(len, data.COMPOUND_SCALES))
    + max(map(len, NATIONALITIES))
    + 4 * _GAP_WIDTH
    + 1
)
_NUMBERISH = word_trie({*_NUMBER_WORD_STARTS, "and"})
#: A place no number in words or digits runs across: the start of a word that is no part of a
#: number, or a character no number holds. A scan begun there meets the same numbers as one
#: begun at the top of the text.
NUMBER_FREE = compiled(rf"(?<![^\W\d_])(?!(?i:{_NUMBERISH})(?![^\W\d_]))[^\W\d_]|[^\w\s,./-]")
#: How far past a place NUMBER_FREE must see to judge the word there.
NUMBER_FREE_LOOKAHEAD = max(map(len, CARDINAL_WORDS)) + 1


# Quick checks before the backward searches: each pattern read back from a place ends, past a few
# blanks, in one of these characters (both cases, and the odd letters that fold to ASCII ones),
# so a place before any other character cannot match and is not searched.


def _last_characters(words: Iterable[str]) -> frozenset[str]:
    last = {word[-1] for word in words}
    return frozenset({*last, *(char.upper() for char in last), *_CASE_FOLD_ODDITIES})


#: Where PREFIX_BEFORE can match: after a code, a sign or a glued capital.
PREFIX_ENDS = _last_characters([*CODES, *data.LOWERCASE_SAFE_CODES, *SYMBOLS, "$"])
PREFIX_ENDS |= set(data.GLUED_CAPITAL_SIGNS)
#: Where QUALIFIER_BEFORE can match: after an approximator ("about").
QUALIFIER_ENDS = _last_characters(data.QUALIFIERS)
#: Where RANGE_BEFORE can match: after a range link ("-", "to", "and").
RANGE_LINK_ENDS = _last_characters(["-", "–", "—", "to", "and"])
#: The most blanks these patterns allow at their end (_SEP and _SEP1: "   \n    ").
_BLANKS_AT_END = 8


def may_end_before(text: str, position: int, ends: frozenset[str]) -> bool:
    """Whether the text before ``position``, past its blanks, ends in one of ``ends``."""
    before = text[max(0, position - _BLANKS_AT_END - 1) : position].rstrip(" \t\n" + _FIXED_SPACES)
    return before[-1:] in ends
