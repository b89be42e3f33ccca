"""Parts of a counted group told without a harm word of their own: "eight people were killed ...,
but seven of the victims were policemen and one was a civilian", "Two of the injured were
travelling in the vehicle while the other seven were passers-by", "Three of the dead were found
outside the train, and one was found inside".

The guidelines mark such a count as a mention of the harm it points back to, a part of the
group (in "Two of the injured ... the other seven were passers-by", "the other seven" is
`injured` 7, a subset). Two shapes are read, both inside one sentence:

- "N of the victims" as the subject of a clause that tells who they were: a part of the victims
  of the one harm the sentence told before it, of that harm's kind (after a toll of the dead
  and one of the hurt the victims are either; "Three of the dead" names a harm of its own and
  is read in nouns.py);
- the next part, after a part told by "N of the ..." or "N of them": a bare count, or "the
  other", "the remaining" or "another" and a count, as the subject of a clause joined by "and",
  "but" or "while". The group's noun is left out, so the count is of the same people; a count
  with a noun of its own ("and one man was charged") is other people and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsparse._data.casualty_words import AUXILIARIES
from newsparse.extractors.casualties.grammar import FLAGS, STATE_KIND
from newsparse.extractors.casualties.quantity import QUANTITY, read_quantity
from newsparse.findings import Casualty
from newsparse.patterns import phrase_trie
from newsparse.regex_cache import compiled

#: What a clause about people tells when it says only who they were, after the people: a form
#: of "be" and no harm, auxiliary or denial ("were policemen", not "were killed", "are deceased",
#: "were later released", "were not hurt").
NOT_WHO_THEY_WERE = rf"(?:{phrase_trie(AUXILIARIES)}|{phrase_trie(STATE_KIND)}|fatally|not|never)\b"
_WHO_THEY_WERE = rf"\s+(?:was|were|is|are)\s+(?!{NOT_WHO_THEY_WERE})"
# A part of the victims as the subject of such a clause: "seven of the victims were policemen";
# not "one of those victims was killed" (a harm of its own) nor "a dispute with one of the
# victims" (no count of the harmed, a person pointed back to).
_VICTIMS_PART = compiled(
    rf"(?<![\w-])(?P<who>{QUANTITY})\s+of\s+(?:the|those|these)\s+victims(?={_WHO_THEY_WERE})",
    FLAGS,
)
# A part told by its count before "of" and the group: "Two of the injured", "seven of the
# victims", "eight of them".
_A_PART = compiled(rf"(?:{QUANTITY})\s+of\s+(?:the|those|these|them|whom|their)\b", FLAGS)
# The clause of the next part: the first part's words up to a join, then the bare count and a
# form of "be" or "have" (the first part's own verb, its noun left out), in a clause with no
# harm or denial of its own ("and two were dead" is the subject rule's, another harm).
_NEXT_PART = compiled(
    r"[^.;:!?]{0,80}?(?:,\s*|\s+)(?:and|but|while|whereas)\s+"
    rf"(?P<part>(?:the\s+other\s+|the\s+remaining\s+|another\s+)?(?P<who>{QUANTITY}))"
    r"(?=\s+(?:was|were|is|are|had|have|has)\b)"
    rf"(?![^.;:!?,]*?\b(?:{phrase_trie(STATE_KIND)}|not|never)\b)",
    FLAGS,
)


def ellipsis_cue(low: str, findings: list[Casualty]) -> bool:
    """The cheap test on the lower-cased sentence and its ``findings``: a part told by "of", or
    victims to take one of."""
    return " of " in low and (" victims" in low or any(f.subset for f in findings))


def parts_told_by_ellipsis(
    text: str, offset: int, sentence: str, low: str, findings: list[Casualty]
) -> Iterator[Casualty]:
    """The parts of the groups ``findings`` count that ``sentence`` (of ``text``, at ``offset``;
    ``low`` in lower case) tells without a harm word: "N of the victims", and the next part
    after any part."""
    found = [*findings]
    if " victims" in low:
        for match in _VICTIMS_PART.finditer(sentence):
            at, end = offset + match.start(), offset + match.end()
            kinds = {f.kind for f in found if f.span.start < at and not f.inferred}
            if len(kinds) == 1 and not any(f.span.start < end and at < f.span.end for f in found):
                part = _part(text, offset, match, kinds.pop(), group=0)
                if part is not None:
                    found.append(part)
                    yield part
    for told in [f for f in found if f.subset and _A_PART.match(f.text)]:
        rest = _NEXT_PART.match(sentence, told.span.end - offset)
        if rest is None:
            continue
        at = offset + rest.start("part")
        if not any(f.span.start <= at < f.span.end and f.kind == told.kind for f in found):
            part = _part(text, offset, rest, told.kind, group="part")
            if part is not None:
                yield part


def _part(
    text: str, offset: int, match: re.Match[str], kind: str, group: str | int
) -> Casualty | None:
    """A part counted by ``match`` (its count in ``who``), spanning ``group``; None when the
    words give no number ("many of the victims" points back without restating a count)."""
    amount = read_quantity(match["who"])
    if amount is None or amount.count is None:
        return None
    return Casualty.at(
        text,
        offset + match.start(group),
        offset + match.end(group),
        kind=kind,
        count=amount.count,
        lower=amount.lower,
        upper=amount.upper,
        qualifier=amount.qualifier,
        subset=True,
    )
