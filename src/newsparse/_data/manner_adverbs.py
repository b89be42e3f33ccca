"""Adverbs of manner that may stand between a subject's auxiliary and its harm word.

"Three soldiers were brutally murdered", "two men were wrongly arrested": news puts an adverb of
manner between "was"/"were" and the harm participle, and any of thousands may stand there. A
hand list grows a word per miss, so the adverbs are derived from the adjective lexicon
(:mod:`newsparse._data.adjective_words`, written from lemminflect): a word is an adverb of manner
when it is an adjective plus "-ly" ("brutal" -> "brutally", "happy" -> "happily", "gentle" ->
"gently", "tragic" -> "tragically") and is not an adjective itself, which keeps out "elderly",
"deadly", "early" and "only"; a suffix test alone would read "family", "July" or "Italy" too.
The adverbs ship written out in :mod:`newsparse._data.manner_adverb_words` (a test derives them
again and compares), so a fresh process does not derive them.

Left out are the adverbs that deny or doubt the harm (annotation guidelines: hypotheticals and
counterfactuals are not casualties, "were nearly killed", "was falsely reported dead"), and the
callers leave out those that open harm phrases of their own ("fatally shot", "critically hurt").
"""

from newsparse._data.adjective_words import ADJECTIVES

#: Adverbs that deny the harm or doubt that it happened ("nearly killed", "practically
#: kidnapped", "possibly injured", "falsely reported dead"), and adverbs of stance that judge a
#: state rather than tell how a harm was done, most often of a figurative harm ("he is clearly
#: hurt" by a debate).
DOUBTING = frozenset(
    "nearly narrowly barely hardly scarcely possibly potentially falsely supposedly purportedly "
    "hypothetically theoretically practically virtually clearly obviously evidently seemingly "
    "figuratively metaphorically".split()
)


def _adverb(adjective: str) -> str:
    """The "-ly" adverb made from ``adjective``: "brutally", "happily", "gently", "tragically"."""
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("ll"):
        return adjective + "y"
    if adjective.endswith(("le", "ue")):
        return adjective[:-1] + ("ly" if adjective.endswith("ue") else "y")
    if adjective.endswith("y") and len(adjective) > 3:
        return adjective[:-1] + "ily"
    return adjective + "ly"


def _graded(adjective: str) -> bool:
    """Whether ``adjective`` is the comparative or superlative of another ("quicker", "madder",
    "fluffiest"), from which news makes no adverb."""
    for ending in ("er", "est"):
        if adjective.endswith(ending):
            stem = adjective[: -len(ending)]
            if {stem, stem + "e", stem[:-1], stem[:-1] + "y"} & ADJECTIVES:
                return True
    return False


def derived() -> frozenset[str]:
    """Every adverb of manner made from an adjective, less those that doubt the harm."""
    return (
        frozenset(
            _adverb(adjective)
            for adjective in ADJECTIVES
            if adjective.isalpha() and not _graded(adjective)
        )
        - ADJECTIVES
        - DOUBTING
    )


def table_source() -> str:
    """The text of :mod:`newsparse._data.manner_adverb_words`: :func:`derived`, written once
    (deriving it cost every fresh process some 8 ms)."""
    from newsparse.generated import words_literal

    return (
        '"""Written from :mod:`newsparse._data.adjective_words` by'
        " ``manner_adverbs.table_source()``: never edit.\n\nEvery adverb of manner made from an"
        " adjective, less those that doubt the harm\n(see :mod:`newsparse._data.manner_adverbs`).\n"
        '"""\n\n'
        f"MANNER_ADVERBS = {words_literal(sorted(derived()))}\n"
    )
