"""Who issued a document credited with a quote.

A story often credits quoted words to a document or a post ('"...," the statement said',
'read one of his posts', 'said a final communique'); the words are the issuer's. Who issued
it is told, nearest first:

- by a possessor right after the mention: 'according to a statement on the school's website';
- by a cue saying where the words came from: 'the Justice Department said in a statement';
- by the sentence that brought a document of that kind up: 'The Benghazi committee, in a
  statement, said ...' before 'Podliska, the statement said, "..."'.

A document whose own phrase names its issuer ('a statement from the royal palace', 'Smith's
letter', 'an Associated Press report', 'a statement signed by the army') is left to the name
tracker (:mod:`.names`), which reads such phrases wherever the text brings the document up; a
past participle after the noun ('a statement signed') is cut from the mention first. What is
found here is a mention that stands for the document's, resolved as any other; the tracker
keeps the issuer that spoke ('the army said in a statement') for a later 'the statement'.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from newsparse._data.past_form_words import PAST_FORMS
from newsparse._data.reporting_verbs import (
    CUE_VERB_FORMS,
    CUE_VERBS,
    DOCUMENT_NOUNS,
    NAMING_PARTICIPLES,
    ORGANISATION_WORDS,
    PRONOUN_GENDER,
    WRITING_VERBS,
)
from newsparse.entities import APPOSITION_REACH, names_nothing
from newsparse.extractors.quotes.cues import Cue, names_someone, opening_subject
from newsparse.extractors.quotes.names import issuer_pattern, put_out_by
from newsparse.regex_cache import compiled
from newsparse.span import Span

_REACH = 1500  # characters back a document's mention looks for who issued it
_CUE_WINDOW = 60  # characters after a cue in which 'in a statement' may follow it
_MENTION_WORDS = 5
_SUBJECT_WORDS = 4  # 'The Benghazi committee'; longer is a clause read into a subject  # 'a Spanish version of the letter'; longer is a clause, not a document
_LEADS = frozenset("the this that its a an one".split())
_POSSESSIVES = frozenset("his her their its".split())
_WORD = compiled(r"[\w’'-]+")
_SAYING = (CUE_VERBS | CUE_VERB_FORMS) - NAMING_PARTICIPLES  # 'a website called "..."' names it
# 'an incident report said', 'the document says': an article opening the document's mention,
# with the word before it ('on the website reads' is a place, not the teller)
_ARTICLE_BEFORE = compiled(r"(?:([\w’'-]+)[ \t]+)?\b(?:[Aa]n?|[Tt]he)[ \t]+(?:[\w-]+[ \t]+){0,2}$")
_ARTICLE_REACH = 50
_PREPOSITIONS = frozenset("on in at from of to by with into onto via".split())
# 'a statement on the school's website': the possessor of the page a document stands on
# (after a participle and what it takes: 'a statement posted in Spanish on the group's website')
_ON_POSSESSOR = compiled(
    r"(?:[ \t]+[a-z]+ed(?:[ \t]+[\w-]+){0,2}?)?"
    r"[ \t]+(?:on|in|from)[ \t]+((?:the[ \t]+)?[\w-]+(?:[ \t]+[\w-]+)?)['’]s\b"
)


def document_mention(text: str, mention: Span) -> Span:
    """The mention up to its document noun when a past participle qualifies the noun after it
    ('a statement signed', "The administration's report made public Friday", 'a statement
    posted'): what the participle tells (by whom, where) is read after the noun, not as the
    mention's head; any other mention is given back as it is."""
    words = list(_WORD.finditer(text, mention.start, mention.end))
    for at in range(1, len(words) - 1):
        noun, verb = words[at].group(), words[at + 1].group()
        if _document_noun(noun) and (verb.endswith("ed") or verb in PAST_FORMS):
            return Span(mention.start, words[at].end())
    return mention


def _document_noun(word: str) -> str | None:
    """The document noun a lower-case word is, in the singular ('posts' is a post), or None."""
    if not word.islower():
        return None
    if word not in DOCUMENT_NOUNS and word.endswith("s") and word[:-1] in DOCUMENT_NOUNS:
        word = word[:-1]
    return word if word in DOCUMENT_NOUNS else None


def document_head(phrase: str) -> str | None:
    """The document noun a mention ends on ('the communique', 'a final communique'), or None
    when it names no document or is not a short phrase opening on a determiner."""
    words = _WORD.findall(phrase)
    if not 2 <= len(words) <= _MENTION_WORDS or words[0].lower() not in _LEADS:
        return None
    if any(word.lower() in _POSSESSIVES for word in words):
        return None  # 'his letter' the name tracker reads
    return _document_noun(words[-1])  # not 'The Washington Post', a name


def issuer(
    text: str,
    mention: Span,
    cues: Sequence[Cue],
    cue_ends: Sequence[int],
    sentences: Sequence[Span],
    quoted: Sequence[Span],
    quoted_starts: Sequence[int],
) -> Span | None:
    """The mention of who issued the document ``mention`` names, or None (see the module).
    The subject of the nearest sentence alone is no issuer: tried, it credited statements to
    whoever the story last spoke of ('The Times said Cook ...' gave Carter). The quotes'
    starts are the caller's, read once per article."""
    mention = document_mention(text, mention)
    phrase = text[mention.start : mention.end]
    head = document_head(phrase)
    if head is None or "'" in phrase or "’" in phrase:
        return None  # no document, or one whose possessor the name tracker reads
    possessor = _ON_POSSESSOR.match(text, mention.end)
    if possessor is not None:
        return Span(possessor.start(1), possessor.end(1))
    if _names_its_issuer(text, mention, head):
        return None  # 'said a statement signed by the army': the tracker reads its issuer
    found = _from_cue(text, mention, head, cues, cue_ends)
    if found is not None:
        return found
    lo = max(0, mention.start - _REACH)
    if (
        issuer_pattern(head).search(text, lo, mention.end) is not None
        or put_out_by(text, head, lo, mention.start) is not None
    ):
        # 'a statement from the royal palace', 'NATO leaders issued a declaration': the
        # tracker reads its issuer
        return None
    found = _from_cue(text, mention, head, cues, cue_ends, written=True)
    if found is not None:
        return found
    index = bisect_right(sentences, mention.start, key=_start) - 1
    return _introducing_subject(text, head, sentences, index, lo, quoted, quoted_starts)


def _names_its_issuer(text: str, mention: Span, head: str) -> bool:
    """Whether the document's own phrase goes on past the mention to name its issuer ('a
    statement signed by the Al-Taifa Mansura Army', a mention cut before its participle): that
    is nearer than any cue before it."""
    own = issuer_pattern(head).search(text, mention.end - len(head), mention.end + APPOSITION_REACH)
    return own is not None and own.start() < mention.end


def _start(span: Span) -> int:
    return span.start


def _from_cue(
    text: str,
    mention: Span,
    head: str,
    cues: Sequence[Cue],
    cue_ends: Sequence[int],
    *,
    written: bool = False,
) -> Span | None:
    """The speaker of the last cue before the mention that says where the words came from
    ('the Justice Department said in a statement', 'Peretz made the warning in a statement'),
    or, with ``written``, of the cue right before it when that one wrote its words ('wrote
    Judge Ann Ray, for the panel. ... the opinion read'): the words written are the
    document's."""
    in_document = _in_document_pattern(head)
    index = bisect_left(cue_ends, mention.start) - 1
    while index >= 0 and cues[index].span.end >= mention.start - _REACH:
        cue = cues[index]
        index -= 1
        speaker = cue.speaker
        if speaker is None or document_head(text[speaker.start : speaker.end]) is not None:
            continue  # the document itself ('the statement said in part')
        if written:
            verb = text[cue.span.start : cue.span.end].lower()
            return speaker if verb in WRITING_VERBS else None
        if in_document.search(text, cue.span.start, cue.span.end + _CUE_WINDOW) or (
            _opened_in(text, head, speaker) and text.find(head, cue.span.end, mention.start) < 0
        ):
            return speaker
    return None


def _opened_in(text: str, head: str, speaker: Span) -> bool:
    """Whether the sentence of a cue's ``speaker`` opens on the document, the speaker right
    after it: 'In a statement, the army said', 'In a joint statement, five UN experts ...
    expressed regret'. Words between that may be a clause of their own ('In a statement, Smith
    said the army ...') leave it unsaid. The caller passes over a cue after which the text
    brings the document up again ('According to the Navy’s statement'): that one is nearer."""
    lo = max(0, speaker.start - _CUE_WINDOW)
    if text.find(head, lo, speaker.start) < 0:
        return False
    opening = _opening_in_pattern(head).search(text, lo, speaker.start)
    if opening is None or opening.group(1).rstrip().endswith(("'", "’", "'s", "’s")):
        return False  # "In a statement, Abbas' office said": a speaker read short
    return not any(word.lower() in CUE_VERBS for word in _WORD.findall(opening.group(1)))


@lru_cache(maxsize=64)
def _opening_in_pattern(head: str) -> re.Pattern[str]:
    """'In a statement,' opening a sentence (or a line), up to the words before its subject."""
    return re.compile(
        rf"(?:^|(?<=[.!?\n\"”]))[ \t]*In[ \t]+(?:a|an|the|its|his|her|their)[ \t]+"
        rf"(?:[\w-]+[ \t]+){{0,3}}{head}\b([^.;:\"“”]*)$"
    )


@lru_cache(maxsize=64)
def _in_document_pattern(head: str) -> re.Pattern[str]:
    """'in a statement', 'in an annual report', 'the warning in its letter'."""
    return re.compile(
        rf"\bin[ \t]+(?:a|an|the|its|his|her|their)[ \t]+(?:[\w-]+[ \t]+){{0,3}}{head}\b"
    )


def _introducing_subject(
    text: str,
    head: str,
    sentences: Sequence[Span],
    index: int,
    lo: int,
    quoted: Sequence[Span],
    quoted_starts: Sequence[int],
) -> Span | None:
    """The subject of the last sentence before the mention's that brings a document of its
    kind up outside quoted words, when it names who may issue one ('The Benghazi committee, in
    a statement, said', 'USCIS officials pushed a proposal'); a sentence whose subject is the
    document itself ('The circular bans ...') is passed over."""
    noun = re.compile(rf"\b{head}s?\b", re.IGNORECASE)
    for at in range(index - 1, -1, -1):
        sentence = sentences[at]
        if sentence.end < lo:
            break
        named = noun.search(text, sentence.start, sentence.end)
        if named is None or _inside(quoted, quoted_starts, named.start()):
            continue
        possessor = _ON_POSSESSOR.match(text, named.end())
        if possessor is not None:  # '..., according to a statement on the school's website'
            return Span(possessor.start(1), possessor.end(1))
        if _told_by(text, named):
            continue  # '..., a report stated': the sentence is the document's, not its subject's
        subject = _issuing_subject(text, sentence, named.start(), quoted, quoted_starts)
        if subject is not None and text[subject.end : named.start()].strip():
            # 'The police report was short': a subject read up to the document is its modifier
            return subject
    return None


def _told_by(text: str, named: re.Match[str]) -> bool:
    """Whether the document named in a sentence tells the sentence itself, followed by a verb
    of saying ('Whereas ..., the complaint asserts', 'One man ... was found, a report stated'):
    the sentence's subject is what it tells of, not who issued it. 'according to' is no such
    sign: 'Shield of Hope is a shelter, according to a statement the agency put out'. Nor is a
    document a possessive or a preposition brings ('a notice on its website says'): it may be
    the subject's."""
    verb = _WORD.match(text, named.end() + 1)
    if verb is None or verb.group().lower() not in _SAYING:
        return False
    article = _ARTICLE_BEFORE.search(text, max(0, named.start() - _ARTICLE_REACH), named.start())
    return article is not None and (article[1] or "").lower() not in _PREPOSITIONS


def _issuing_subject(
    text: str,
    sentence: Span,
    position: int,
    quoted: Sequence[Span],
    quoted_starts: Sequence[int],
) -> Span | None:
    """The subject opening ``sentence`` before ``position`` when it may issue a document: a
    name or a body ('the government'), not a pronoun, nor a document itself."""
    subject = opening_subject(text, sentence, position, quoted, quoted_starts)
    if subject is None or text[sentence.start : subject.start].strip():
        return None  # 'Just ahead of the trip, ...', 'The tweet, which ..., came after ...'
    phrase = text[subject.start : subject.end]
    words = _WORD.findall(phrase.lower())
    verb = _WORD.search(text, subject.end, position)
    if verb is not None and verb.group().lower() in CUE_VERBS:
        return None  # 'The Times said Cook provided a statement': the subject passes words on
    if (
        not 0 < len(words) <= _SUBJECT_WORDS
        or words[0] in PRONOUN_GENDER  # 'he', 'it': no issuer of its own
        or phrase.endswith(("'s", "’s"))  # 'Clark’s comments': the subject is a thing of theirs
        or (len(words) == 1 and names_nothing(phrase))  # 'Others', 'Hackers'
        or any(word in CUE_VERBS for word in words)  # 'The Times said Cook': a clause, read long
    ):
        return None
    if document_head(text[subject.start : subject.end]) is not None:
        return None
    if names_someone(text, subject) or (words and words[-1] in ORGANISATION_WORDS):
        return subject
    return None


def _inside(spans: Sequence[Span], starts: Sequence[int], position: int) -> bool:
    index = bisect_right(starts, position) - 1
    return index >= 0 and spans[index].start <= position < spans[index].end
