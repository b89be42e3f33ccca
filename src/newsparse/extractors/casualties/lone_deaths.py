"""A story whose only harm is one person's death told with no cause tells no casualty: an
obituary ("David Koch ... died Friday"), a tribute ("paid tribute to Lewis after his death"), a
memory ("her mother, who died in 2016"), a ruler's end ("Faruq went into exile in Italy, where
he died in 1965").

The annotation guidelines count deaths through violence, accident, disaster or war, and no death
from illness or age; "X's death" with no cause in the article is no mention. A death told bare
("died", "is dead", "his death", "the death of") in a story that tells a shooting, a crash or
any other harm is that harm's ("He died the next day in a hospital" after "was shot"), and the
rules of a sentence keep it. This test reads the story's findings instead, before the story-wide
passes fold a wound into a death ("A man died Sunday night. Officers said he was wounded"):
where each is one person's bare death, told with no cause after it ("died after finding a
loaded pistol", "died when", "died from"), with no hospital in its clause ("A man died in
hospital, Scotland Yard said": a death news tells where care ended is as a rule an event's), and
with no cause of harm in the words around it ("A fire swept the factory. One worker died."), no
event is told. A death of several ("26 soldiers died", "left 700 migrants dead") is an event's
even told bare, and a body found ("was found dead") a matter for the police, so a story that
tells either is left as it is.
"""

from __future__ import annotations

from newsparse.extractors.casualties.dedupe import CHARGED
from newsparse.extractors.casualties.events import (
    DIED,
    SENTENCE_BREAK,
    death_clause,
    told_without_cause,
)
from newsparse.findings import Casualty
from newsparse.regex_cache import compiled

# One person's death told by its word alone, at the end of the finding ("Koch ... died", "John
# Lewis dead", "his death") or as its noun before the person ("the death of Turkmenistan's
# leader"); not a body found ("was found dead") nor a blow's death ("was hacked to death").
_BARE_DEATH = compiled(
    rf"(?i)(?:{DIED}|\b(?:(?<!\bfound\s)dead|(?<!\bto\s)death|lost\s+(?:his|her)\s+life))$"
    r"|^(?:the\s+)?death\s+of\s"
)
# A cause told after the death ("died after being struck", "dies after finding a pistol", "died
# when the roof fell", "died from his injuries").
_CAUSE_AFTER = compiled(r"(?i)\s+(?:after|when|from)\b")
# Characters around the death's sentence where its cause may be told: a sentence or two ("A fire
# swept the factory. One worker died.").
_CAUSE_REACH = 400


def only_lone_deaths(findings: list[Casualty], text: str) -> bool:
    """Whether a story's ``findings`` are all deaths of one person each, told with no cause in
    ``text`` (see the module's docstring)."""
    return (
        bool(findings)
        and all(_one_death(f) for f in findings)
        # a story of one sentence (a headline, a caption, a snippet) is too short for its
        # silence on a cause to tell anything: only a text with a second sentence is read
        and SENTENCE_BREAK.search(text) is not None
        and all(_causeless(f, text) for f in findings)
    )


def _one_death(finding: Casualty) -> bool:
    """Whether ``finding`` is one person's death told by a bare death word."""
    return (
        finding.kind == "killed"
        and finding.count == 1
        and not (finding.inferred or finding.subset)
        and _BARE_DEATH.search(finding.text) is not None
    )


def _causeless(finding: Casualty, text: str) -> bool:
    """Whether ``finding``'s death is told with no cause after it, no hospital in its clause and
    no cause of harm nor a criminal charge in the words before it in ``text``."""
    start, end = finding.span.start, finding.span.end
    if _CAUSE_AFTER.match(text, end) is not None:
        return False
    opening, clause = death_clause(text, start, end)
    around = text[max(0, opening - _CAUSE_REACH) : opening].lower() + clause
    return (
        "hospital" not in clause
        and told_without_cause(around, 0, len(around))
        and CHARGED.search(around) is None  # "charged with manslaughter in the death of"
    )
