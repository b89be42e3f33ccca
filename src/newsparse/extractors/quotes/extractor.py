"""The built-in ``quotes`` extractor: quoted words and who said them.

A quoted stretch (:mod:`.marks`) is kept only when something attributes it: a speaker's label
opening its line ('TRUMP: “...”', :mod:`.labels`), a cue in its own
sentence (:mod:`.cues`), right after it ('"...," he said') or before it ('He said the plan
was "dead on arrival"'), or a neighbouring quote of the same paragraph or of a quote running
over paragraphs. A quote set inside a sentence of narrative ('Cruz blamed the law on
"knuckleheaded politicians"') is not lent a neighbour's speaker: the subject opening its
sentence speaks, when it names someone ('The promise to "take our country back" appeals ...'
names no one, and is dropped). A crosshead that is a quote alone takes the speaker of the
quote repeating its words. Quoted words nothing else attributes, set after a verb by which
the sentence's subject judges or pleads ('The council denounced Libya for a "clear
violation"'), are that subject's, as is a clause set after any verb of saying ('Burr claims he
sold because he "closely followed the reporting"'), where a term's few words are the writer's
scare quotes. Quotes with no attribution are scare quotes, titles or
nicknames, and dropped, as are words a mention introduces ('the term "..."', 'so-called
"..."', 'a column titled "..."', 'author of "..."') or follows ('"..." is a word she uses'),
chants and slogans ('chanted "..."', 'a sign that read "..."'), short terms a passive gives
('is called "..."', 'is charged with "..."'), a poll's short answers ('52 percent say they
are "..."') and quoted nouns set before the noun they modify ('the "fiscal cliff" fight'),
attributed or not. Speakers are then resolved to the fullest name (:mod:`.names`); a common
word read as a name ('High oil prices') gives no speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from attrs import frozen

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.judging_verbs import JUDGING_VERBS
from newsparse._data.manner_adverb_words import MANNER_ADVERBS
from newsparse._data.reporting_verbs import BE_FORMS, CUE_VERBS
from newsparse.document import Document
from newsparse.entities import names_a_place
from newsparse.extractor import Extractor
from newsparse.extractors.quotes.candidates import cues_of, stretches_of
from newsparse.extractors.quotes.cue_forms import OWNERS
from newsparse.extractors.quotes.cues import (
    GATED_FORMS,
    Cue,
    may_speak,
    mention_before,
    names_someone,
    opening_subject,
)
from newsparse.extractors.quotes.documents import document_head, document_mention
from newsparse.extractors.quotes.documents import issuer as document_issuer
from newsparse.extractors.quotes.function_words import is_function_word
from newsparse.extractors.quotes.labels import speaker_label
from newsparse.extractors.quotes.link_blocks import boxed_name
from newsparse.extractors.quotes.marks import Quoted
from newsparse.extractors.quotes.names import (
    SpeakerTracker,
    apposition_head,
    names_no_one,
    quoted_object,
    subject_part,
)
from newsparse.findings import Quote
from newsparse.patterns import word_trie
from newsparse.regex_cache import compiled
from newsparse.segment import sentence_at
from newsparse.span import Span

_CLAUSE_BREAK = compiled(r",[ \t]+(?:but|while|whereas|although|though)[ \t]|;")
_ATTACHED_GAP = compiled(r"[\s,.!?;—–-]*")
_NARRATIVE_WORDS = 3
_ECHO_WORDS = 2
_NICKNAME_WORDS = 3
_CLOSING_WORDS = 2
_CUED = frozenset(("after", "before", "later"))  # routes by which a cue credits a quote
_RUN_ON_WORDS = 4  # words a quote runs to at least to go on a quote of the paragraph before
_SPOKEN_WORDS = 8  # words a quote runs to at least when it is said, not titled
_INTRODUCTION_REACH = 200
_TITLE_WORDS = 6
_TITLE_SMALL_WORDS = frozenset("a an and the of in on at to for with or by from".split())
_NOT_BLANK = compiled(r"[^ \t]")
_SENTENCE_ENDS = frozenset(".!?\n")
_POSSESSIVE_BEFORE = compiled(r"\w['’]s?[ \t]+$")
_PREPOSITION_BEFORE = compiled(r"(?<![\w'’-])(?:on|in|of|from|at)[ \t]+$", re.IGNORECASE)
# nouns for words quoted as words ('the word "gun"') and for works, whose title follows them
# ('her new album "Lemonade"'); _MENTION_LEAD reads them, singular or in -s
_MENTION_NOUNS = "word term phrase label slogan nickname headline title".split()
_WORK_NOUNS = (
    "book novel novella film movie documentary series sitcom album musical opera podcast memoir"
    " poem bestseller best-seller"
).split()
# 'the word "gun"', 'the so-called "star witness"', 'a story headlined, "..."': words quoted as
# words, or a name or title given to something, right before the opening mark
_MENTION_LEAD = compiled(
    r"(?:\bso[- ]called|\b(?:the|a|an|this|that)[ \t]+(?:[\w-]+[ \t]+)?"
    rf"(?:{'|'.join(_MENTION_NOUNS)})s?(?:[ \t]+of)?"
    r"|\bwords?[ \t]+(?:such[ \t]+as|like)"
    # 'an analysis, known as a "score,"', 'known simply as "Skadden,"', 'dubbed a "maverick"'
    r"|\b(?:dubbed|nicknamed|titled|entitled|headlined|known[ \t]+(?:[a-z]+ly[ \t]+|also[ \t]+)?as)"
    r"(?:[ \t]+(?:a|an|the))?"
    # 'her new album "Lemonade"', 'author of "Republic of Spin"': the title of a work after the
    # work, in lower case ('Song' is a name), unless a colon introduces words ('the book: "..."')
    rf"|(?-i:\b(?:{'|'.join(_WORK_NOUNS)})s?|\b(?:co-)?authors?[ \t]+of"
    r"(?:[ \t]+(?:the|a|an))?)(?![ \t,]*:))[ \t,:]*$",
    re.IGNORECASE,
)
# 'chanting "Build the wall!"', 'chants of "Lock her up!"', 'a sign that read "Enough"': chants
# and slogans, which no one is quoted as saying; and 'It's called "drama,"', 'a show called
# "Brokers,"', 'is charged with "sedition"': a term given by a passive or a participle no one
# is credited with, when short (_TERM_WORDS). Read only where a word of theirs stands before
# the opening mark (_NAMING_WORDS), since most stretches follow none.
_NAMING_LEAD = compiled(
    r"(?:\bchant(?:ed|ing)?(?:[ \t]+of)?|\bchants[ \t]+of"
    r"|\b(?:signs?|banners?|placards?|posters?|(?:t-)?shirts?)[ \t]+(?:that[ \t]+|which[ \t]+)?"
    r"(?:read|reads|reading|said|says|saying)"
    r"|(?P<term>(?:\b(?:is|are|was|were|been|being)|\b(?:it|that|this|what|there)['’]s)[ \t]+"
    r"(?:[a-z]+ly[ \t]+)?(?:(?:called|labell?ed|termed)(?:[ \t]+(?:a|an|the))?"
    r"|(?:accused|charged|convicted|indicted|suspected)[ \t]+(?:only[ \t]+)?(?:of|with)"
    r"(?:[ \t]+(?:committing|being))?(?:[ \t]+(?:a|an|the)(?:[ \t]+[\w-]+[ \t]+of)?)?)"
    r"|\b(?:something|anything|an?[ \t]+[\w-]+,?)[ \t]+called(?:[ \t]+(?:a|an|the))?))[ \t,:]*$",
    re.IGNORECASE,
)
_MENTION_REACH = 40
# the words _MENTION_LEAD and _NAMING_LEAD end on, before spaces, commas and colons: their
# nouns, and the other words their patterns close on
_LEAD_ENDINGS = (
    *(noun + plural for noun in (*_MENTION_NOUNS, *_WORK_NOUNS) for plural in ("", "s")),
    *"""called of as like dubbed nicknamed titled entitled headlined a an the chant chanted
    chanting read reads reading said says saying labeled labelled termed with committing
    being""".split(),
)
# '"Power" is a word she uses', 'using "people of color" as a blanket term', '"RT" is short for
# "retweet"': a mention after the closing mark makes the words quoted as words
_TRAILING_MENTION = compiled(
    r"[ \t,]*(?:(?:as|is|was|are|were)[ \t]+(?:(?:a|an|the)[ \t]+)?(?:[\w-]+[ \t]+)?"
    r"(?:term|word|phrase|label|name|euphemism|slur|nickname|shorthand)s?(?![\w’'-])"
    r"|(?:is|are|was|were)[ \t]+short[ \t]+for(?![\w’'-]))",
    re.IGNORECASE,
)
# '52 percent say they would be', 'respondents (27%) say that', '42 percent of voters described':
# a share of those polled, maybe of whom, then the verb that gives their answer, in the
# stretch's sentence before its opening mark
_POLL_SHARE = compiled(
    r"\d[\d.,]*[ \t]*(?:%|percent|per[ \t]cent)(?![\w’'-])[ \t,)—–-]*"
    r"(?:of[ \t]+(?:[\w’'-]+[ \t]+){1,5}?)?(?:who[ \t]+)?"
    r"(?:say|says|said|describe|describes|described|rate|rates|rated)(?![\w’'-])"
    r"[^.!?\"“”]{0,60}$"
)
_POLL_REACH = 140
_POLL_ANSWER_CHARS = (
    60  # characters a stretch of _TERM_WORDS words runs to at most, looked at first
)
_TERM_WORDS = 3
# '"sedition" by the state': an agent after a passive lead names who used the words
_AGENT_AFTER = compiled(r"[,.]?[ \t]+by[ \t]")
# the lowercase word right after a closing mark, when it may be a noun the quoted words modify
_NEXT_WORD = compiled(r"[ \t]+([a-z][a-z-]*)\b")
# endings of adjectives, adverbs and participles: words a speaker judges with ('a "narrowly
# drawn" plan', 'an "excellent" talk'), unlike the nouns a coined term is made of
_DESCRIBING_ENDINGS = tuple(
    "ous ful ive able ible ic al ed ing ent ant ary ory less ish ly est en".split()
)
# words that go on a sentence rather than a noun phrase: 'the "core" index' has a noun after
# the marks, 'called it "sabotage" by the army' a preposition
_NOT_NOUNS = frozenset(
    """a about across after against all along also amid among an and any anyone anything are
    as at away back be because been before being between but by can could despite did do does
    down during each even every everyone everything everywhere for from had has have he her
    here him his i if in including into is it its like may me might must my nobody nor not
    nothing now of off on or other our out over per rather shall she should since so some
    someone something still than that the their them then there these they this those through
    to too toward towards under until up upon us very via was we were when where whether which
    while who whom whose will with within without would yet you your""".split()
)
_JUDGING_VERB = compiled(rf"(?<![\w’'-])(?:{word_trie(JUDGING_VERBS)})(?![\w’'-])")
# every form of a verb of saying, the cue tables' and WordNet's ('claims', 'stresses', 'states'),
# with the judging verbs: the verbs whose subject a clause quoted after them gives the words of;
# not 'went on', which says 'continued' only in an attribution's shape ('"...," she went on.')
_SPEAKING_VERB = compiled(
    r"(?<![\w’'-])(?:"
    + word_trie((CUE_VERBS | GATED_FORMS | JUDGING_VERBS) - {"went on", "goes on"})
    + r")(?![\w’'-])"
)
# a determiner or a possessive right before a verb's form makes it a noun: 'his claims',
# "Perez's calls for a recanvass"
_OWNER_BEFORE = compiled(rf"(?:(?<![\w’'-])(?:{word_trie(OWNERS)})|\w['’]s?)[ \t]+$", re.IGNORECASE)
_OWNER_REACH = 16  # characters before a verb's form read for a determiner or possessive
_PASSIVE_BEFORE = compiled(r"\b(?:is|are|was|were|be|been|being)[ \t]+(?:\w+ly[ \t]+)?$")
# 'The UN Security Council Friday denounced': a day read into the subject before its verb
_TRAILING_DAY = compiled(
    r"[ \t]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight)$"
)
# 'and' or 'but' right before a verb: a second predicate of the sentence's subject
_JOINED_VERB = compiled(r"(?<![\w’'-])(?:and|but)[ \t]+(?:\w+ly[ \t]+)?$")
_JUDGING_REACH = 200  # characters before a quote in which its sentence's judging verb may stand
_RELAYING_WORDS = ("reported", "reports", "reporting", "according", "Reported", "According")
_LIST_GAP = compiled(r"[ \t]*(?:,[ \t]*)?(?:(?:and|or)[ \t]+)?")
_WORDS = compiled(r"[^\W_][\w’'-]*")

#: How sure the extractor is of a quote, by how it was attributed.
CONFIDENCE = {
    "after": 0.9,
    "before": 0.8,
    "later": 0.7,
    "neighbour": 0.6,
    "previous": 0.5,
    "subject": 0.4,
}


class QuoteExtractor(Extractor):
    name = "quotes"
    version = "0.9.0"
    produces = (Quote,)

    def extract(self, document: Document) -> Iterator[Quote]:
        text = document.text
        stretches = [q for q in stretches_of(document) if not _nickname(text, q)]
        if not stretches:
            return  # nothing to attribute: most wire stories quote no one
        cues = cues_of(document, [q.span for q in stretches])
        sources = _link(text, document.sentences, document.paragraphs, stretches, cues)
        names = _resolve(text, document.sentences, cues, sources, [q.span for q in stretches])
        mentioned = _mentioned(text, stretches)
        for quoted, source, mention in zip(stretches, sources, mentioned, strict=True):
            if (
                source is None
                or mention
                or _modifies_noun(text, quoted)
                or _names_work(text, quoted, source.how)
            ):
                continue
            yield Quote.at(
                text,
                quoted.span.start,
                quoted.span.end,
                speaker=None if source.speaker is None else names[source.speaker],
                speaker_span=source.speaker,
                cue=None if source.cue is None else text[source.cue.start : source.cue.end],
                cue_span=source.cue,
                confidence=CONFIDENCE[source.how],
            )


@frozen
class _Source:
    """What attributes a quote: the speaker mention, the cue word (None when the sentence's
    subject speaks without one) and the route that found them (a key of ``CONFIDENCE``)."""

    speaker: Span | None
    cue: Span | None
    how: str

    @classmethod
    def of(cls, cue: Cue, how: str) -> _Source:
        return cls(cue.speaker, cue.span, how)


def _names_work(text: str, quoted: Quoted, how: str) -> bool:
    """Whether the stretch names a work or a show rather than giving words said: a title
    (:func:`_title`) that no cue right after it credits, or one set after a possessive ('on
    NBC's "Meet the Press," he said'), even a one-word one ('told NBC's "Today" on Monday'), or
    after a preposition ('Speaking on "Fox News Sunday," Lee said'), where words said do not
    stand: a cue after it credits the words that follow the title."""
    owned = _owned(text, quoted)
    if owned and _one_name(text, quoted):
        return True
    if how == "after" and not owned and not _after_preposition(text, quoted):
        return False
    return _title(text, quoted)


def _one_name(text: str, quoted: Quoted) -> bool:
    """A single capitalised word with no sentence end: 'Today', not 'Yes.' or 'Never!'."""
    words = _WORDS.findall(text, quoted.span.start, quoted.span.end)
    return (
        len(words) == 1
        and words[0][:1].isupper()
        and text[quoted.span.end - 1] not in _SENTENCE_ENDS
    )


def _after_preposition(text: str, quoted: Quoted) -> bool:
    """'on "Fox News Sunday,"', 'a guest of "Morning Joe,"': the stretch follows a preposition,
    and holds no exclamation or question ('to chants of "Marco! Marco!,"' gives words said)."""
    if _PREPOSITION_BEFORE.search(text, max(0, quoted.open_mark - 6), quoted.open_mark) is None:
        return False
    stretch = text[quoted.span.start : quoted.span.end]
    return "!" not in stretch and "?" not in stretch


def _title(text: str, quoted: Quoted) -> bool:
    """'on CNN's "State of the Union"': a short stretch in title case names a work, not words said,
    with or without the comma American style sets inside the marks. A title ends on a capital
    ("Mexico's the" is words), and a colon introduces words, not titles; nor does a title make
    up a sentence of its own ('he said. "Iran, Iran and Iran."')."""
    span = quoted.span
    words = _WORDS.findall(text, span.start, span.end)
    if not 2 <= len(words) <= _TITLE_WORDS or text[span.end - 1] in "!?":
        return False
    lead = text[max(0, quoted.open_mark - 3) : quoted.open_mark].rstrip()
    if lead.endswith(":") or (text[span.end - 1] == "." and _opens_sentence(text, quoted)):
        return False
    capitalised = [word[0].isupper() for word in words]
    small = [word.lower() in _TITLE_SMALL_WORDS for word in words]
    return (
        capitalised[0]
        and capitalised[-1]
        and all(c or s for c, s in zip(capitalised, small, strict=True))
    )


def _mentioned(text: str, stretches: Sequence[Quoted]) -> list[bool]:
    """'lacked the word "gun"', 'the so-called "star witness"', 'a column titled "We Ran It"':
    stretches a mention introduces or follows ('"Power" is a word she uses'), those listed
    after one ('words such as "soon" and "shortly"'), and a poll's answers are words quoted as
    words or names given, not words said."""
    flags: list[bool] = []
    for index, quoted in enumerate(stretches):
        listed = index > 0 and flags[-1] and _listed(text, stretches[index - 1], quoted)
        flags.append(
            listed
            or _led(text, quoted)
            or (_TRAILING_MENTION.match(text, quoted.after) is not None and _short(text, quoted))
            or (
                quoted.span.end - quoted.span.start <= _POLL_ANSWER_CHARS
                and _poll_answer(text, quoted)
            )
        )
    return flags


def _listed(text: str, before: Quoted, quoted: Quoted) -> bool:
    """'words such as "soon" and "shortly"', 'chants of "Stop!" "Now!"': the stretch goes on a
    list the one before it opens, unless that one ended a sentence and nothing but a space
    joins them ('author of "Bloody Lowndes." "Here's the thing," he said' gives his words)."""
    gap = _LIST_GAP.fullmatch(text, before.after, quoted.open_mark)
    return gap is not None and (text[before.span.end - 1] not in ".?" or not gap.group().isspace())


def _led(text: str, quoted: Quoted) -> bool:
    """Whether a mention (:data:`_MENTION_LEAD`), a chant, a slogan or a short term a passive
    gives (:data:`_NAMING_LEAD`) stands right before the stretch. Every one of them ends on a
    word of :data:`_LEAD_ENDINGS`, looked at first since most stretches follow none."""
    start = max(0, quoted.open_mark - _MENTION_REACH)
    if not text[start : quoted.open_mark].rstrip(" \t,:").lower().endswith(_LEAD_ENDINGS):
        return False
    if _MENTION_LEAD.search(text, start, quoted.open_mark) is not None:
        return True
    lead = _NAMING_LEAD.search(text, start, quoted.open_mark)
    return lead is not None and (lead["term"] is None or _term(text, quoted))


def _poll_answer(text: str, quoted: Quoted) -> bool:
    """'52 percent say they would be "very uncomfortable"': a poll's answer, a few words a
    share of those asked gave, is wording no one said (a longer answer, a whole clause,
    reads as what they said)."""
    start = max(0, quoted.open_mark - _POLL_REACH)
    if (
        text.find("%", start, quoted.open_mark) < 0
        and text.find("cent", start, quoted.open_mark) < 0
    ):
        return False
    return _short(text, quoted) and _POLL_SHARE.search(text[start : quoted.open_mark]) is not None


def _term(text: str, quoted: Quoted) -> bool:
    """'is called "expanded categorical eligibility"': a passive lead gives a term when the
    stretch is short and no agent follows it ('has been called "strategic ambiguity" by a
    professor' gives the professor's words)."""
    return _short(text, quoted) and _AGENT_AFTER.match(text, quoted.after) is None


def _short(text: str, quoted: Quoted) -> bool:
    """Whether the stretch runs to a term's few words at most (a clause is words said: '"We
    will never give up," was the general's last word')."""
    return len(_WORDS.findall(text, quoted.span.start, quoted.span.end)) <= _TERM_WORDS


def _modifies_noun(text: str, quoted: Quoted) -> bool:
    """'the "fiscal cliff" fight', 'the "core" index', 'a "super PAC" backing ...': one to three
    quoted words set before a noun they modify make a coined term or label, not words said,
    when they are nouns themselves; a quoted adjective or participle before a noun is a
    judgement someone made ('an "excellent" talk', '"devastated" states'), and kept."""
    span = quoted.span
    if quoted.close_mark is None or not text[span.end - 1].isalnum():
        return False
    following = _NEXT_WORD.match(text, quoted.after)
    if following is None or following.group(1) in _NOT_NOUNS or is_function_word(following[1]):
        return False  # '"gladly defend" such an outcome': no noun follows
    if following.group(1).endswith(("ing", "ed", "ly")) or text.startswith(
        ("'", "’"), following.end()
    ):
        # '"human intelligence" gathered by', '"make decisions" quickly', '"real voters" don't':
        # a clause goes on, not a noun phrase
        return False
    words = [word.lower() for word in _WORDS.findall(text, span.start, span.end)]
    return (
        0 < len(words) <= _TERM_WORDS
        # '"before nightfall" despite ...', '"a real step" taken by ...': words that open on a
        # preposition or an article make a phrase of their own, not a part of the next noun's
        and words[0] not in _NOT_NOUNS
        # '"gladly defend" the plan', '"deeply flawed" bill': an adverb of manner opens a verb's
        # or an adjective's phrase, never a noun's
        and words[0] not in MANNER_ADVERBS
        and "and" not in words  # '"inaccurate and incomplete" response': judgements joined
        and not words[-1].endswith(_DESCRIBING_ENDINGS)
        and words[-1] not in ADJECTIVES  # 'a "narrow" question', 'a "fair" process'
    )


def _owned(text: str, quoted: Quoted) -> bool:
    """'on NBC's "Meet the Press," he said': a stretch after a possessive names a work or a
    show, even with an attribution after it."""
    return (
        _POSSESSIVE_BEFORE.search(text, max(0, quoted.open_mark - 4), quoted.open_mark) is not None
    )


def _opens_sentence(text: str, quoted: Quoted) -> bool:
    """Whether the opening mark follows a sentence's end or a line's start ('said Ms. Lee. "')."""
    lead = text[max(0, quoted.open_mark - 3) : quoted.open_mark].rstrip(" \t")
    return not lead or lead[-1] in _SENTENCE_ENDS


def _nickname(text: str, quoted: Quoted) -> bool:
    """Joaquin "El Chapo" Guzman: a short stretch set between two capitalised words of a line.
    A stretch that opens a sentence or ends on punctuation is words said ('said Ms. Lee. "It's
    very scary." The service ...'), not a name's middle."""
    if quoted.close_mark is None or _opens_sentence(text, quoted):
        return False
    if text[quoted.span.end - 1] in _SENTENCE_ENDS:
        return False
    words = text[quoted.span.start : quoted.span.end].split()
    before = text[max(0, quoted.open_mark - 30) : quoted.open_mark].split()
    after = text[quoted.after : quoted.after + 30].split()
    return (
        len(words) <= _NICKNAME_WORDS
        and bool(before and after)
        and before[-1][:1].isupper()
        and not before[-1].endswith(":")  # 'told MPs: "Enough is enough."' introduces words
        and after[0][:1].isupper()
        and text[quoted.open_mark - 1 : quoted.open_mark] in (" ", "\t")  # not a line's start
        and text[quoted.after : quoted.after + 1].isspace()
    )


def _resolve(
    text: str,
    sentences: Sequence[Span],
    cues: Sequence[Cue],
    sources: Sequence[_Source | None],
    quoted: Sequence[Span],
) -> dict[Span, str | None]:
    """Every quote speaker's name, resolved in reading order so pronouns find earlier people.

    Every cue's speaker before the last quote speaker is read too, since a pronoun may refer
    to it; mentions after the last quote speaker cannot change any answer and are skipped. A
    mention that is no one ('The Daily Mail struck a similar note, talking of "..."' gives 'a
    similar') stands for the subject opening its sentence, when that names someone."""
    spoken = {s.speaker for s in sources if s is not None and s.speaker is not None}
    if not spoken:
        return {}
    last = max(spoken, key=_reading_order)
    stands_for = {
        cue.speaker: cue.antecedent
        for cue in cues
        if cue.speaker is not None and _reading_order(cue.speaker) <= _reading_order(last)
    }
    cue_ends = [cue.span.end for cue in cues]
    sentence_starts = [sentence.start for sentence in sentences]
    quoted_starts = [span.start for span in quoted]
    verbs = {cue.speaker: cue.span for cue in cues if cue.speaker in spoken}
    # the mentions of documents whose issuer is found, each with its kind ('statement') where
    # the issuer is one the text has speak ('the army said in a statement'), which is sure
    # enough for a later 'the statement' to be the same issuer's; '' where not
    issued: dict[Span, str] = {}
    telling = {cue.speaker for cue in cues}
    for mention in spoken | {
        speaker for speaker, antecedent in stands_for.items() if not antecedent
    }:
        # every cue's document is read for its issuer, not only a quote's: 'it' after '...,
        # the statement said.' stands for whoever issued the statement
        issuer = document_issuer(text, mention, cues, cue_ends, sentences, quoted, quoted_starts)
        document = document_mention(text, mention)
        if issuer is not None:
            stands_for[mention] = issuer
            kind = document_head(text[document.start : document.end])
            issued[mention] = kind if kind and issuer in telling else ""
        elif document != mention:
            stands_for[mention] = document  # 'a statement signed by ...': the tracker reads it
        elif mention not in spoken:
            continue
        elif (boxed := boxed_name(text, mention)) is not None:
            stands_for[mention] = boxed  # 'Rep. Adam Schiff Adam Bennett SchiffGraham: ... MORE'
        elif (
            mention in verbs
            and (head := apposition_head(text, mention, verbs[mention])) is not None
        ):
            stands_for[mention] = head
        elif (
            names_no_one(text[mention.start : mention.end]) or not may_speak(text, mention)
        ) and not quoted_object(text, mention):
            sentence = sentence_at(sentences, sentence_starts, mention.start)
            subject = opening_subject(text, sentence, mention.start, quoted, quoted_starts)
            if subject is not None and names_someone(text, subject):
                stands_for[mention] = subject
    mentions = spoken | stands_for.keys()
    tracker = SpeakerTracker(text, quoted)
    names: dict[Span, str | None] = {}
    first_read: dict[Span, str | None] = {}
    for mention in sorted(mentions, key=_reading_order):
        stand_in = stands_for.get(mention) or subject_part(text, mention)
        name = _named(tracker, tracker.resolve(stand_in))
        kind = issued.get(mention)
        if kind is not None:
            # the issuer as first read: read again later, 'the agency' may find another body
            name = first_read.get(stand_in, name)
            if name is not None:
                tracker.issued(kind, name)
        first_read.setdefault(stand_in, name)
        names[mention] = name
    return names


def _named(tracker: SpeakerTracker, name: str | None) -> str | None:
    """'High oil prices appeared to have caused "..."': a common word read in the subject's
    place names no one; it is resolved as before, so later pronouns find whom they found, but
    no speaker is given for it. Nor is one for a word of a closed class ("What's new: ...",
    'those reports'; :mod:`.function_words`)."""
    if name is None or " " in name:
        return name  # most names: two words or more, read no further
    if is_function_word(name):
        return None
    return None if name.isalpha() and tracker.common_word(name) else name


def _reading_order(span: Span) -> tuple[int, int]:
    return span.start, span.end


@frozen(eq=False)
class _Reading:
    """What every attachment rule reads: the text, its sentences and its cues, each with the
    starts a bisect looks positions up by, and ``sentence_at(position)``, the sentence holding
    a position. Built once per document."""

    text: str
    sentences: Sequence[Span]
    sentence_starts: Sequence[int]
    cues: Sequence[Cue]
    cue_starts: Sequence[int]
    sentence_at: Callable[[int], Span]

    @classmethod
    def of(cls, text: str, sentences: Sequence[Span], cues: Sequence[Cue]) -> _Reading:
        starts = [sentence.start for sentence in sentences]
        return cls(
            text,
            sentences,
            starts,
            cues,
            [cue.span.start for cue in cues],
            partial(sentence_at, sentences, starts),  # called per quote and cue: no wrapper
        )


def _link(
    text: str,
    sentences: Sequence[Span],
    paragraphs: Sequence[Span],
    stretches: Sequence[Quoted],
    cues: Sequence[Cue],
) -> list[_Source | None]:
    """For each stretch, what attributes it, or None."""
    reading = _Reading.of(text, sentences, cues)
    paragraph_starts = [paragraph.start for paragraph in paragraphs]
    sources: list[_Source | None] = []
    for index, quoted in enumerate(stretches):
        labelled = speaker_label(text, quoted)
        if labelled is not None:
            sources.append(_Source(labelled, None, "before"))  # 'TRUMP: “...”'
            continue
        next_open = stretches[index + 1].open_mark if index + 1 < len(stretches) else len(text)
        found = _attached_after(reading, quoted, next_open)
        how = "after"
        if found is not None and _relays(text, found):
            # '... said Assad "denied it," the Times reported': the outlet passes on the words
            # of the one its sentence says spoke them
            speaker = _before(reading, quoted)
            if speaker is not None and speaker.speaker is not None:
                found, how = speaker, "before"
        if found is None:
            found = _before(reading, quoted)
            how = "before"
            if found is not None and text.endswith("ing", found.span.start, found.span.end):
                # 'An officer, while responding to a call, "had no time" ..., a lawyer said.':
                # a participle before the quote yields to an attribution closing the sentence
                later = _later(reading, quoted, next_open)
                if later is not None and _closes_sentence(reading, later):
                    found, how = later, "later"
        if found is None:
            found = _introduced(reading, quoted)
        if found is None:
            found = _asked_after(reading, quoted, next_open)
            if found is not None:
                how = "after"
        if found is None:
            found = _later(reading, quoted, next_open)
            how = "later"
        sources.append(None if found is None else _Source.of(found, how))
    skip = [quoted.span for quoted in stretches]
    skip_starts = [span.start for span in skip]
    for index, quoted in enumerate(stretches):
        # 'Howard said the Queen is keen. "She is ..."': the sentence just before names who
        # speaks, which outranks a neighbour further off in a paragraph scraping ran together
        if sources[index] is None and not quoted.continued:
            found = _previous_sentence(reading, quoted)
            sources[index] = None if found is None else _Source.of(found, "previous")
    _borrow_from_neighbours(stretches, paragraph_starts, sources)
    _borrow_from_echoes(text, paragraphs, paragraph_starts, stretches, sources)
    _borrow_from_previous_paragraph(reading, paragraphs, paragraph_starts, stretches, sources)
    for index, quoted in enumerate(stretches):
        source = sources[index]
        sentence = reading.sentence_at(quoted.open_mark)
        if source is None:
            found = _previous_sentence(reading, quoted)
            sources[index] = (
                _Source.of(found, "previous")
                if found is not None
                else _previous_subject(reading, quoted, skip, skip_starts)
                or _speaking_subject(reading, quoted, skip, skip_starts)
                or _judging_subject(reading, quoted, skip, skip_starts)
            )
        elif source.how == "before" and source.cue is not None:
            # 'a statement that was widely criticized, in which he had blamed "many sides"',
            # 'Washington demands X, a position Pyongyang has denounced as "gangster like"':
            # a judging verb nearer the quote than the cue, with a subject of its own (a
            # participle's, 'asked Lee, referring to what he calls "..."', may not have said
            # the words), governs the quoted words; after a cue that names someone, only a
            # subject standing right before the verb is its own, not one the verb shares
            judged = _judging_subject(
                reading, quoted, skip, skip_starts, source.cue.end, own=source.speaker is not None
            )
            verb = None if judged is None else judged.cue
            if verb is not None and not text.endswith("ing", verb.start, verb.end):
                sources[index] = judged
        elif source.how == "neighbour" and _in_narrative(text, sentence, stretches, index):
            subject = opening_subject(text, sentence, quoted.open_mark, skip, skip_starts)
            named = subject is not None and names_someone(text, subject)
            if subject is not None and named and _described_by(text, subject, quoted.open_mark):
                continue  # 'Republicans are "a hyperpartisan opposition"': the neighbour's
            sources[index] = _Source(subject, None, "subject") if named else None
    return sources


def _described_by(text: str, subject: Span, open_mark: int) -> bool:
    """Whether the quoted words opening at ``open_mark`` follow the subject and a form of 'be'
    alone ('Congressional Republicans are "a hyperpartisan opposition ..."'): they say what
    the subject is, in someone else's words, not words of the subject's."""
    words = text[subject.end : open_mark].split()
    return len(words) == 1 and words[0].lower() in BE_FORMS


def _judging_subject(
    reading: _Reading,
    quoted: Quoted,
    skip: Sequence[Span],
    skip_starts: Sequence[int],
    after: int = 0,
    verbs: re.Pattern[str] = _JUDGING_VERB,
    own: bool = False,
) -> _Source | None:
    """'The council denounced Libya for a "clear violation"': words nothing else attributes,
    set after a verb by which someone judges, pleads or assures (``verbs``), are the words of
    the verb's subject, when that names someone; with ``own``, only a subject right before
    the verb, not the one a joined verb or a participle shares. A passive verb's subject is judged, not
    judging ('he is increasingly referred to as "our son"'), though an 'is' before a form in
    -ing makes a progressive ('Cruz is praising Bush as "..."'); and a participle's is the
    sentence's ('Hunt downplayed it, referring to it as "..."'). Only verbs from ``after`` on
    are read."""
    text = reading.text
    sentence = reading.sentence_at(quoted.open_mark)
    start = max(sentence.start, quoted.open_mark - _JUDGING_REACH, after)
    verb = None
    for match in verbs.finditer(text, start, quoted.open_mark):
        verb = match
    if verb is None or (
        not verb.group().endswith("ing")
        and _PASSIVE_BEFORE.search(text, max(start, verb.start() - 30), verb.start())
    ):
        return None
    cue = Span(verb.start(), verb.end())
    subject = mention_before(text, cue, sentence).speaker
    if (
        subject is None
        and not own
        and (
            text.endswith("ing", cue.start, cue.end)
            # 'Trump hosted the panel and called the report "..."': a verb joined to the first
            or _JOINED_VERB.search(text, max(sentence.start, cue.start - 8), cue.start)
        )
    ):
        subject = opening_subject(text, sentence, cue.start, skip, skip_starts)
    if subject is None or not names_someone(text, subject):
        return None
    day = _TRAILING_DAY.search(text, subject.start, subject.end)
    if day is not None:
        subject = Span(subject.start, day.start())
    return _Source(subject, cue, "subject")


def _speaking_subject(
    reading: _Reading, quoted: Quoted, skip: Sequence[Span], skip_starts: Sequence[int]
) -> _Source | None:
    """'Burr claims he sold because he "closely followed the reporting"', 'it stresses that
    every nation "has the duty to refrain ..."': a clause nothing else attributes, set after any
    verb of saying, is the words of the verb's subject, as after a judging verb
    (:func:`_judging_subject`). A term's few words are not read so: after most verbs of saying
    they are the writer's scare quotes ('Vaping advocates say ... black-market "street
    vapes"', 'Clearview designated them as "friends"'), nor is a form used as a noun
    ("Perez's calls for a recanvass came after an analysis found that \"...\"")."""
    text = reading.text
    if _short(text, quoted):
        return None
    found = _judging_subject(reading, quoted, skip, skip_starts, verbs=_SPEAKING_VERB)
    if found is None or found.cue is None:
        return None
    lead = max(0, found.cue.start - _OWNER_REACH)
    return None if _OWNER_BEFORE.search(text, lead, found.cue.start) else found


def _relays(text: str, cue: Cue) -> bool:
    """Whether a cue tells who passed the words on ('the paper reported', 'according to the
    agency'), not who said them."""
    return text.startswith(_RELAYING_WORDS, cue.span.start, cue.span.end)


def _closes_sentence(reading: _Reading, cue: Cue) -> bool:
    """Whether the cue ends its sentence, but for a time ('..., a lawyer said on Friday.')."""
    sentence = reading.sentence_at(cue.span.start)
    return len(_WORDS.findall(reading.text, cue.span.end, sentence.end)) <= _CLOSING_WORDS


def _in_narrative(text: str, sentence: Span, stretches: Sequence[Quoted], index: int) -> bool:
    """'Cruz blamed the law on "knuckleheaded politicians"': quoted words set inside a sentence
    of the writer's own, which belong to that sentence's subject rather than a neighbour's."""
    words = 0
    end = stretches[index].open_mark
    other = index - 1
    while other >= 0 and stretches[other].after > sentence.start and words < _NARRATIVE_WORDS:
        words += len(_WORDS.findall(text, stretches[other].after, end))
        end = stretches[other].open_mark
        other -= 1
    words += len(_WORDS.findall(text, sentence.start, max(sentence.start, end)))
    return words >= _NARRATIVE_WORDS


def _previous_sentence(reading: _Reading, quoted: Quoted) -> Cue | None:
    """'Brock said. "There is no better foil."': a quote opening its sentence, right after a cue's
    (the speaker's, not the outlet's: 'Brock said, according to the Times. "..."')."""
    sentences, cues = reading.sentences, reading.cues
    index = bisect_right(reading.sentence_starts, quoted.open_mark) - 1
    if index < 1 or sentences[index].start != quoted.open_mark:
        return None
    previous = sentences[index - 1]
    position = bisect_left(reading.cue_starts, previous.end) - 1
    if position < 0 or cues[position].span.start < previous.start:
        return None
    cue = cues[position]
    if reading.text.startswith(("according", "According"), cue.span.start):
        # 'Collins said Saturday, according to the Bangor Daily News. "It's inappropriate."':
        # the outlet passes the words on; who said them in that sentence says these too ('as
        # NPR reported' may give NPR's own words, and stays NPR's)
        for earlier in range(position - 1, -1, -1):
            if cues[earlier].span.start < previous.start:
                break
            if cues[earlier].speaker is not None:
                return cues[earlier]
    if cue.speaker is None:
        return None
    return _place_yields(reading, cue, position, previous.start) or cue


def _place_yields(reading: _Reading, cue: Cue, position: int, start: int) -> Cue | None:
    """'Mekdad told CNN the strikes were "a declaration of war" and that Syria would respond.
    "We dealt with this ..."': a country or a city whose cue ends the sentence before a quote
    is said to act in the words of the sentence's speaker, who says the quote too; the earlier
    cue in that sentence crediting someone named is returned, else None."""
    text = reading.text
    speaker = cue.speaker
    if speaker is None or not names_a_place(text[speaker.start : speaker.end]):
        return None
    for earlier in range(position - 1, -1, -1):
        other = reading.cues[earlier]
        if other.span.start < start:
            break
        if other.speaker is not None and names_someone(text, other.speaker):
            return other
    return None


def _previous_subject(
    reading: _Reading, quoted: Quoted, skip: Sequence[Span], skip_starts: Sequence[int]
) -> _Source | None:
    """'Trump made clear he was sympathetic to that cause. "Not all of those people were ..."':
    words said in full sentences of their own, which nothing else attributes, right after a
    sentence about someone that quotes nothing, are that someone's."""
    text, sentences = reading.text, reading.sentences
    index = bisect_right(reading.sentence_starts, quoted.open_mark) - 1
    if index < 1 or sentences[index].start != quoted.open_mark:
        return None
    if len(_WORDS.findall(text, quoted.span.start, quoted.span.end)) < _SPOKEN_WORDS:
        return None  # a title, a slogan or a term
    previous = sentences[index - 1]
    inside = bisect_left(skip_starts, previous.start)
    if inside < len(skip_starts) and skip_starts[inside] < previous.end:
        return None  # the sentence before quotes words of its own
    subject = opening_subject(text, previous, previous.end, skip, skip_starts)
    if subject is None or not names_someone(text, subject):
        return None
    return _Source(subject, None, "subject")


def _attached_after(reading: _Reading, quoted: Quoted, next_open: int) -> Cue | None:
    """'"...," he said': a cue right after the closing mark, in the same sentence."""
    if quoted.close_mark is None:
        return None
    sentence = reading.sentence_at(quoted.close_mark)
    return _cue_at(reading, quoted.after, sentence, next_open)


def _asked_after(reading: _Reading, quoted: Quoted, next_open: int) -> Cue | None:
    """'"Do you agree?" Smith asked.': a question or exclamation ends its sentence inside the
    marks, so the attribution right after it opens the next sentence. Tried only when nothing
    in the quote's own sentence attributes it ('Clinton replied: "Why not?" Critics cited ...')."""
    text = reading.text
    if quoted.close_mark is None or text[quoted.span.end - 1 : quoted.span.end] not in ("?", "!"):
        return None
    word = _NOT_BLANK.search(text, quoted.after)
    following = quoted.after if word is None else word.start()
    return _cue_at(reading, quoted.after, reading.sentence_at(following), next_open)


def _cue_at(reading: _Reading, after: int, sentence: Span, next_open: int) -> Cue | None:
    """The cue whose attribution starts right at ``after`` (past blanks and punctuation), in
    ``sentence`` and before the next quote."""
    cues = reading.cues
    limit = min(next_open, sentence.end)
    index = bisect_left(reading.cue_starts, after)
    if index >= len(cues) or cues[index].span.start >= limit:
        return None
    cue = cues[index]
    if cue.speaker is None:
        return None
    lead = cue.lead
    if lead < after or _ATTACHED_GAP.fullmatch(reading.text, after, lead) is None:
        return None
    return cue


def _later(reading: _Reading, quoted: Quoted, next_open: int) -> Cue | None:
    """'"The mother was kidnapped" to make the trip, Castro said.': a cue closing the quote's
    sentence, with no other quote between, when nothing nearer attributes it."""
    if quoted.close_mark is None:
        return None
    cues = reading.cues
    sentence = reading.sentence_at(quoted.close_mark)
    index = bisect_left(reading.cue_starts, quoted.after)
    limit = min(next_open, sentence.end)
    while index < len(cues) and cues[index].span.start < limit:
        cue = cues[index]
        if cue.speaker is not None and cue.speaker.start >= quoted.after:
            return cue
        index += 1
    return None


def _before(reading: _Reading, quoted: Quoted) -> Cue | None:
    """'He said the plan was "dead on arrival"': the last cue before the quote in its sentence.
    A cue ending the quote's own clause outranks one in an earlier clause: 'The agency said
    so, but Lee pushed the "pause button", telling ...' credits Lee."""
    cues = reading.cues
    sentence = reading.sentence_at(quoted.open_mark)
    index = bisect_left(reading.cue_starts, quoted.open_mark) - 1
    unspoken = None
    while index >= 0 and cues[index].span.start >= sentence.start:
        cue = cues[index]
        if cue.speaker is not None:
            clause = _CLAUSE_BREAK.search(reading.text, cue.span.end, quoted.open_mark)
            if clause is None:
                return cue
            return _ending_clause(reading, quoted, sentence, clause.end()) or cue
        unspoken = unspoken or cue
        index -= 1
    return unspoken


def _ending_clause(reading: _Reading, quoted: Quoted, sentence: Span, clause: int) -> Cue | None:
    """The first cue after the quote in its sentence whose speaker opens the quote's clause
    (from ``clause`` on), as 'telling' does for Lee in '..., but Lee pushed the "pause
    button", telling ...'."""
    cues = reading.cues
    index = bisect_left(reading.cue_starts, quoted.after)
    if index >= len(cues) or cues[index].span.start >= sentence.end:
        return None
    speaker = cues[index].speaker
    if speaker is None or not clause <= speaker.start < quoted.open_mark:
        return None
    return cues[index]


def _introduced(reading: _Reading, quoted: Quoted) -> Cue | None:
    """'Smith said at a rally:' closing the paragraph before: its last cue introduces the quote.
    A sentence with no cue of its own introduces it by its subject ('Slovak Prime Minister
    Mikulas Dzurinda agreed: "..."'), never through a cue of an earlier sentence; the text's
    first line is a headline, which no subject introduces."""
    text = reading.text
    colon = text.rfind(":", max(0, quoted.open_mark - 8), quoted.open_mark) + 1
    if colon == 0 or text[colon : quoted.open_mark].strip():
        return None
    sentence = reading.sentence_at(colon - 1)
    index = bisect_left(reading.cue_starts, colon) - 1
    if index >= 0 and reading.cues[index].span.start >= sentence.start:
        return reading.cues[index]
    headline = text.rfind("\n", 0, colon) < 0  # 'Sunak: "We will not be bullied"' titles it
    subject = None if headline else opening_subject(text, sentence, colon - 1, (), ())
    if subject is not None and names_someone(text, subject):
        return Cue(Span(colon - 1, colon), subject)
    if index < 0 or reading.cues[index].span.start < colon - _INTRODUCTION_REACH:
        return None
    return reading.cues[index]


def _borrow_from_neighbours(
    stretches: Sequence[Quoted],
    paragraph_starts: Sequence[int],
    sources: list[_Source | None],
) -> None:
    """Unattributed quotes take the speaker of an attributed quote in the same run or paragraph."""
    paragraph_of = [bisect_right(paragraph_starts, q.open_mark) - 1 for q in stretches]
    for index in range(len(stretches)):
        if sources[index] is not None:
            continue
        for other in _neighbours(stretches, paragraph_of, index):
            lender = sources[other]
            if lender is not None:
                sources[index] = _Source(lender.speaker, lender.cue, "neighbour")
                break


def _borrow_from_echoes(
    text: str,
    paragraphs: Sequence[Span],
    paragraph_starts: Sequence[int],
    stretches: Sequence[Quoted],
    sources: list[_Source | None],
) -> None:
    """A crosshead set alone ("'Internal matter'"), then 'the ministry said the law was an
    "internal matter" of the country': an unattributed quote making up its paragraph, whose
    words an attributed quote of the same article repeats, is that quote's speaker's."""
    alone = [
        index
        for index, quoted in enumerate(stretches)
        if sources[index] is None and _makes_up_paragraph(quoted, paragraphs, paragraph_starts)
    ]
    if not alone:
        return  # most articles: the words said are never read
    said = [
        (f" {' '.join(_WORDS.findall(text, q.span.start, q.span.end)).lower()} ", source)
        for q, source in zip(stretches, sources, strict=True)
        if source is not None
    ]
    for index in alone:
        words = _WORDS.findall(text, stretches[index].span.start, stretches[index].span.end)
        if len(words) < _ECHO_WORDS:
            continue
        echo = f" {' '.join(words).lower()} "
        lender = next((source for words_said, source in said if echo in words_said), None)
        if lender is not None:
            sources[index] = _Source(lender.speaker, lender.cue, "neighbour")


def _borrow_from_previous_paragraph(
    reading: _Reading,
    paragraphs: Sequence[Span],
    paragraph_starts: Sequence[int],
    stretches: Sequence[Quoted],
    sources: list[_Source | None],
) -> None:
    """'"...," he said. "It makes you proud."' then a paragraph that is a quote alone, '"Don't
    wait until ..."': a speaker's words running on over paragraphs, each closed, as features
    set them. An unattributed quote of whole sentences making up its paragraph is the speaker's
    of the quote that ends the paragraph before (a cue after that quote may close it), when a
    cue credits that quote or its paragraph: a quote alone lent a speaker lends none on, as
    the turns of a dialogue ('"Where?" Lilly said.\n\n"Home."\n\n"When?"') change speakers.
    A crosshead ends on no sentence's end ('"Paying twice for water"')."""
    text = reading.text
    for index in range(1, len(stretches)):
        quoted, previous, lender = stretches[index], stretches[index - 1], sources[index - 1]
        if (
            sources[index] is not None
            or lender is None
            or (
                lender.how not in _CUED
                and _makes_up_paragraph(previous, paragraphs, paragraph_starts)
            )
            or previous.close_mark is None
            or text[quoted.span.end - 1 : quoted.span.end] not in _SENTENCE_ENDS
            or not _makes_up_paragraph(quoted, paragraphs, paragraph_starts)
            or len(_WORDS.findall(text, quoted.span.start, quoted.span.end)) < _RUN_ON_WORDS
        ):
            continue
        paragraph = bisect_right(paragraph_starts, quoted.open_mark) - 1
        if paragraph < 1 or not paragraphs[paragraph - 1].start <= previous.open_mark:
            continue
        last = reading.sentence_at(previous.close_mark)
        if text[last.end : paragraphs[paragraph - 1].end].strip():
            continue  # the paragraph before goes on after its last quote's sentence
        sources[index] = _Source(lender.speaker, lender.cue, "neighbour")


def _makes_up_paragraph(
    quoted: Quoted, paragraphs: Sequence[Span], paragraph_starts: Sequence[int]
) -> bool:
    paragraph = paragraphs[bisect_right(paragraph_starts, quoted.open_mark) - 1]
    return quoted.open_mark == paragraph.start and quoted.after == paragraph.end


def _neighbours(
    stretches: Sequence[Quoted], paragraph_of: Sequence[int], index: int
) -> Iterator[int]:
    """Quotes sharing ``index``'s paragraph, nearest first, then the run it continues."""
    same = [
        other
        for other in range(max(0, index - 8), min(len(stretches), index + 9))
        if other != index and paragraph_of[other] == paragraph_of[index]
    ]
    yield from sorted(same, key=lambda other: abs(other - index))
    other = index
    while other > 0 and (stretches[other].continued or stretches[other - 1].runs_on):
        other -= 1
        yield other
    other = index
    while other + 1 < len(stretches) and (
        stretches[other].runs_on or stretches[other + 1].continued
    ):
        other += 1
        yield other
