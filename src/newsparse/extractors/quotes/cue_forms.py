"""Where the cue verbs' unlisted forms credit a quote: only in an attribution's own shape.

The cue tables list the forms of each verb that news uses; the other inflected forms of the same
verbs ('shouting' beside 'shouted', 'stating' beside 'stated', 'pled' beside 'pleaded') come
from lemminflect (``CUE_VERB_FORMS`` in :mod:`newsparse._data.reporting_verbs`) instead of a form
added per miss. Read anywhere in a sentence, as the listed forms are, they would credit the scare
quotes of a narrative clause ('progressives are slamming "CEOs"', 'hailing the first victory in
his fight against "sanctuary cities"'), whose subject judges rather than speaks. So they credit
words only where the form and the quote touch, as attributions set them:

- the form introduces the quote after a comma, a colon or 'that': 'Mark McCloskey is heard
  yelling: "Get out."', 'the rulebook clearly stating that "players shall not ..."';
- the form closes an attribution set right after the quote, with at most a few words (the
  speaker) between and the attribution ending on it ('"Why are we turning?" Sanchez
  remembered wondering.'), or right after the quote with the speaker after it ('"I can't
  breathe," pled George Floyd').

The forms lemminflect also knows as nouns ('claims', 'shouts', 'jokes', 'states') are read the
same way, not after an article or a possessive ('his claims'): '"...," the ad claims.', 'The
ad claims: "..."'. They ship in :mod:`newsparse._data.cue_noun_forms`, written by
:func:`table_source` (a test regenerates it and compares).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsparse._data.reporting_verbs import CUE_VERBS, NOT_CUE_FORMS
from newsparse.extractors.quotes.marks import CLOSING_MARKS
from newsparse.extractors.quotes.verb_forms import inflected_forms
from newsparse.generated import lemminflect_words_source
from newsparse.regex_cache import compiled

# the form, a comma, a colon or 'that', then an opening mark ('slamming "CEOs"' names a term)
_INTRODUCES = compiled(r"(?:[ \t]*[,:]|[ \t]+that)[ \t]*(?:``|[\"“«‘'])")
# a quote's end (a comma, '?' or '!' at its closing mark; a stop ends a sentence), then up to
# five plain words (the speaker) up to the form; a term's closing mark ('"Bernie-or-Bust" voters
# are') is none
_CLOSES = compiled(
    r"(?:[,?!](?:''|[\"”»’'])|(?:''|[\"”»’']),)[ \t]*(?P<speaker>(?:[^\W\d_][\w.’'-]*[ \t]+){0,5})$"
)
# what ends an attribution whose speaker comes first: '"...," the complaint states.' (not
# '"...," and advises states to', where the form is a noun)
_ENDS = compiled(r"[ \t]*(?:[.,;:!?\n]|$)")
_LEAD = 80  # characters read back for a closing mark
_AFTER = 8  # characters read on for an opening mark (', that "')
_OPENING = ('"', "“", "«", "‘", "'", "`")


#: Articles, demonstratives and possessive determiners, after which a verb's form is a noun
#: ('his claims'; 'Another shouts:' is a speaker).
OWNERS = frozenset("a an the this these those his her its their our my your".split())
_WORD_BEFORE = compiled(r"([^\W\d_]+)[ \t]+\Z")


def attributes(text: str, start: int, end: int) -> bool:
    """Whether the cue form at ``start``-``end`` touches a quote as an attribution does: an opening mark
    right after it and its comma, colon or 'that', or a quote's end shortly before it with only
    a few words between; not after an article or a possessive."""
    after = text[end : end + _AFTER]
    lead = text[max(0, start - _LEAD) : start]
    introduces = any(mark in after for mark in _OPENING) and _INTRODUCES.match(text, end)
    if not introduces:
        # most forms stand far from any quote: a mark in the lead first, then the regex
        if not any(mark in lead for mark in CLOSING_MARKS):
            return False
        closes = _CLOSES.search(lead)
        if closes is None or (closes["speaker"] and _ENDS.match(text, end) is None):
            return False
    before = _WORD_BEFORE.search(lead)
    return before is None or before[1].lower() not in OWNERS  # 'his claims': a noun


def noun_forms(words: Iterable[str]) -> list[str]:
    """The inflected forms (past, -s, -ing, participle; no base form) of the verbs ``words`` are
    forms of that lemminflect also knows as a noun or an adjective ('claims', 'shouts'), which
    the verb form table leaves out, sorted; ``words`` themselves are left out."""
    from lemminflect import getAllLemmas

    listed = set(words)
    lemmas = {lemma for word in listed for lemma in getAllLemmas(word, "VERB").get("VERB", ())[:1]}
    forms = {
        form for form in inflected_forms(lemmas) if {"NOUN", "ADJ"} & getAllLemmas(form).keys()
    }
    return sorted(forms - listed - NOT_CUE_FORMS)


def table_source() -> str:
    """The text of :mod:`newsparse._data.cue_noun_forms`, from the lemminflect installed here."""
    return lemminflect_words_source(
        "newsparse.extractors.quotes.cue_forms",
        "CUE_NOUN_FORMS",
        "The inflected forms of the quote cue verbs that lemminflect also knows as nouns or\n"
        "adjectives, read as cues only in an attribution's shape",
        noun_forms(word for word in CUE_VERBS if " " not in word),
    )
