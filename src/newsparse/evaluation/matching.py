"""Span and name comparison helpers shared by the scorers.

Gold annotators and extractors disagree about trivia (a trailing comma, the quotation
marks around a quote, "Mr." before a name). These helpers strip that trivia before
comparing, so the numbers measure the extraction and not the punctuation conventions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

Span = tuple[int, int]

#: Characters that unicodedata does not class as punctuation but that act as quote marks.
_EXTRA_QUOTE_MARKS = frozenset("`\u00b4\u02bc\u02bb")

#: Words dropped from speaker names before comparing them ("Sen. Elizabeth Warren").
TITLES = frozenset(
    (
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "lord",
        "lady",
        "rev",
        "reverend",
        "fr",
        "father",
        "sen",
        "senator",
        "rep",
        "representative",
        "congressman",
        "congresswoman",
        "gov",
        "governor",
        "lt",
        "mayor",
        "pres",
        "president",
        "vice",
        "gen",
        "general",
        "col",
        "colonel",
        "maj",
        "major",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "cmdr",
        "adm",
        "admiral",
        "judge",
        "justice",
        "secretary",
        "minister",
        "prime",
        "chancellor",
        "ambassador",
        "chief",
        "king",
        "queen",
        "prince",
        "princess",
        "sheikh",
        "pope",
        "hon",
        "honorable",
        "jr",
        "sr",
        "st",
    )
)

_ARTICLES = frozenset(("the", "a", "an"))
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_NON_WORD = re.compile(r"[^\w]+")
# where an appositive or a parenthesis opens after a name: 'Butz, 49,', 'Rep. Elijah Cummings
# (D-Md.), chair of ...', 'Gingrich — mentioned by Newsmax as ...'
_APPOSITION = re.compile(r",|\(|\s[\u2014\u2013-]\s")


def as_span(value: object) -> Span | None:
    """Return ``value`` as a ``(start, end)`` pair, or None when it is not a usable span.

    Predictions come from code under test, so a malformed span must count as "no span"
    rather than crash the evaluation of thirteen thousand other records.
    """
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    start, end = value
    if isinstance(start, bool) or isinstance(end, bool):
        return None
    if not isinstance(start, int) or not isinstance(end, int) or end <= start or start < 0:
        return None
    return (start, end)


def _is_trimmable(char: str, quote_marks: bool) -> bool:
    if char.isspace():
        return True
    if unicodedata.category(char).startswith("P"):
        return True
    return quote_marks and char in _EXTRA_QUOTE_MARKS


def trim_span(text: str, span: Span, *, quote_marks: bool = False) -> Span:
    """Shrink ``span`` past outer whitespace and punctuation (and quote marks if asked).

    Currency symbols are not punctuation (category Sc), so ``$3 billion`` keeps its ``$``.
    A span made only of trimmable characters is returned unchanged (clamped to the text),
    so that it can still overlap something.
    """
    start, end = max(0, span[0]), min(len(text), span[1])
    if end <= start:
        return span
    s, e = start, end
    while s < e and _is_trimmable(text[s], quote_marks):
        s += 1
    while e > s and _is_trimmable(text[e - 1], quote_marks):
        e -= 1
    return (s, e) if e > s else (start, end)


def overlap(a: Span, b: Span) -> int:
    """Number of characters two half-open spans share."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def greedy_match(
    gold: Sequence[Span],
    predicted: Sequence[Span | None],
    min_fraction: float,
    agree: Callable[[int, int], bool] | None = None,
) -> list[tuple[int, int]]:
    """Pair gold and predicted spans one to one, closest first (shared over joint length).

    A pair qualifies when the overlap is at least ``min_fraction`` of the gold span's
    length. When ``agree(gold_index, predicted_index)`` is given, qualifying pairs that agree
    (the same count, say) are taken before those that do not, so that two overlapping items
    of a list ("his mother and 10 others died": 1 and 10) each meet their own partner instead
    of whichever overlaps more. Closeness rather than raw overlap keeps a wide span, nested
    over several items of a list, from taking the partner of a span that fits exactly. Ties are broken by gold then prediction order, so results
    are reproducible. Returns ``(gold_index, predicted_index)`` pairs sorted by gold index.
    """
    candidates: list[tuple[bool, float, int, int]] = []
    for gi, g in enumerate(gold):
        needed = min_fraction * (g[1] - g[0])
        for pi, p in enumerate(predicted):
            if p is None:
                continue
            shared = overlap(g, p)
            if shared > 0 and shared >= needed:
                disagrees = agree is not None and not agree(gi, pi)
                union = max(g[1], p[1]) - min(g[0], p[0])
                candidates.append((disagrees, -shared / union, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def strip_accents(value: str) -> str:
    """Remove combining marks after compatibility decomposition (é -> e, ﬁ -> fi)."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(value: str | None) -> str | None:
    """Fold a field for comparison: accents, case, outer punctuation and spaces removed.

    ``"  New York,"`` and ``"NEW YORK"`` fold to the same string; None stays None.
    """
    if value is None:
        return None
    folded = strip_accents(value).casefold()
    start, end = trim_span(folded, (0, len(folded)))
    trimmed = folded[start:end]
    return "" if all(_is_trimmable(c, True) for c in trimmed) else trimmed


def name_tokens(name: str) -> list[str]:
    """Words of a person's name with accents, case, punctuation, titles and articles removed.

    ``"Sen. Bernie Sanders's"`` -> ``["bernie", "sanders"]``. Titles are kept when the name
    is nothing but titles (``"the President"`` -> ``["the", "president"]``).
    """
    plain = _POSSESSIVE.sub("", strip_accents(name).casefold())
    words = [w for w in _NON_WORD.split(plain.replace("_", " ")) if w]
    kept = [w for w in words if w not in TITLES and w not in _ARTICLES]
    return kept or words


def _contains(longer: list[str], shorter: list[str]) -> bool:
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def names_match(gold: str, predicted: str) -> bool:
    """Lenient speaker-name equality: one name's words inside the other's, or same last word.

    A gold speaker written as the mention that credits the quote may carry an appositive after
    its name ('Hemsley, the co-author of "Going Viral,"', 'Butz, 49,'); the name before it is
    compared too, so that a prediction naming that person ('Norbert Leo Butz') is not judged by
    the appositive's last word.
    """
    if _same_name(gold, predicted):
        return True
    head = _APPOSITION.split(gold, maxsplit=1)[0]
    return head != gold and _same_name(head, predicted)


def _same_name(gold: str, predicted: str) -> bool:
    g, p = name_tokens(gold), name_tokens(predicted)
    if not g or not p:
        return False
    if g[-1] == p[-1]:
        return True
    return _contains(g, p) if len(g) >= len(p) else _contains(p, g)
