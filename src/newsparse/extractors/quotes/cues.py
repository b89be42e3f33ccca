"""Find attribution cues ("said", "told", "according to") and the speaker mention each one names.

One regex pass finds every cue word in the text; each cue then reads its speaker within its own
sentence, without crossing a quotation mark: the subject before it ("Lopez Obrador said"), the
words after a say-type verb ("said Michael Shifter, president of ..."), the name before an
appositive ("Shifter, president of the group, said") or, for "saying"-type cues, the subject
that opens the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from itertools import pairwise

from attrs import frozen

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.casualty_words import VICTIMS_PLURAL, VICTIMS_SINGULAR
from newsparse._data.cue_noun_forms import CUE_NOUN_FORMS
from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.non_speaker_nouns import NON_SPEAKER_NOUNS
from newsparse._data.person_nouns import PERSON_NOUNS, PERSON_PLURALS
from newsparse._data.reporting_verbs import (
    BE_FORMS,
    CLAUSE_CONTINUATIONS,
    CUE_MODIFIERS,
    CUE_VERB_FORMS,
    CUE_VERBS,
    DAY_PARTS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINDINGS_NOUNS,
    FORWARD_STOPS,
    FRENCH_CUES,
    LISTED_STANCE_WORDS,
    NAME_PARTICLES,
    NAME_TITLES,
    NAMING_PARTICIPLES,
    NOT_NAME_STARTS,
    OBJECT_FIRST_VERBS,
    OPENER_WORDS,
    ORGANISATION_WORDS,
    PLACE_TIME_PREPOSITIONS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
    SPEAKER_STOPS,
    SUBORDINATORS,
    THING_NOUNS,
    WEEKDAYS,
)
from newsparse._data.speech_verb_forms import SPEECH_VERB_FORMS
from newsparse.entities import NAME_MARKS, first_name_gender, names_a_place
from newsparse.extractors.casualties.people import is_person
from newsparse.extractors.quotes.counted_subjects import counted_head
from newsparse.extractors.quotes.cue_forms import attributes
from newsparse.extractors.quotes.function_words import is_function_word
from newsparse.extractors.quotes.marks import CLOSING_MARKS
from newsparse.extractors.quotes.names import OUTLET_NOUNS, is_relative_pronoun
from newsparse.extractors.quotes.naming_participles import NAME_GIVING, names_by_name
from newsparse.extractors.quotes.participles import may_be_participle
from newsparse.extractors.quotes.relative_subjects import verb_form
from newsparse.numbers import parse_number
from newsparse.patterns import word_starts, word_trie
from newsparse.regex_cache import compiled
from newsparse.span import Span

# 'quotes' and 'quote' are nouns as often as verbs: cues only in 'Reuters quotes an official as
# saying', where the one quoted is read as the speaker
_QUOTING_NOUNS = frozenset(("quotes", "quote"))
# 'found' and 'finds' tell what a study, a court or an inquiry concluded, but are seldom
# verbs of saying ('found the body'): cues only before 'that' ('the court found that the law
# "offers no benefit"') or closing an attribution after a quote ('"...," the CDC finds.')
_FINDING_VERBS = frozenset(("found", "finds"))
_FINDING_NEXT = compiled(r"[ \t]+that[ \t]|[ \t]*[.,;]")
#: The cue verbs' forms the tables leave out, nouns too ('shouting', 'claims'), and the forms
#: of WordNet's verbs of saying the tables do not list ('answered', 'interjects'; see
#: wordnet_speech), and 'went on', 'goes on', which say 'continued' in an attribution ('"...,"
#: she went on.') and that something lasts or follows anywhere else: quote cues only
#: where they touch a quote as an attribution does (see cue_forms); reported speech reads them
#: its own way (its stance vocabulary holds every form, noun_verbs the nouns after a subject).
GATED_FORMS = (
    CUE_VERB_FORMS | CUE_NOUN_FORMS | SPEECH_VERB_FORMS | {"went on", "goes on"}
) - _QUOTING_NOUNS
_CUE = compiled(
    # found by word_starts, which reads the character before a word before the word
    r"(?=[a-zA])(?:(?:according|According) to|"
    + word_trie(CUE_VERBS | GATED_FORMS | FRENCH_CUES | _QUOTING_NOUNS | _FINDING_VERBS)
    + r")(?![\w-])"
)
# '"..." ― Pamela Padilla': a closing mark, a dash, a name; any horizontal space may stand around
# the dash (web pages set a no-break one: '”\u00a0― Jacklyn Ashley')
_DASH_CREDIT = compiled(r"[\"”»’'][^\S\n]*\n?[^\S\n]*([-–—―]{1,2})[^\S\n]*(?=[^\W\d_])")
# 'Smith: "We have the votes."': a live blog's or transcript's speaker alone on a line's start
_COLON_BEFORE_QUOTE = compiled(r":[ \t]*(?=[\"“«‘'])")
_MAX_LINE_NAME = 60
_LINE_NAME = compiled(
    rf"[ \t]*([^\W\d_a-z][\w{NAME_MARKS}’'\-]*(?:[ \t]+[^\W\d_a-z][\w{NAME_MARKS}’'\-]*){{0,3}})[ \t]*"
)
_NEXT_WORD = compiled(r"[ \t]*(?:(?P<word>[^\W\d_]+)|(?P<mark>[\"“„«]))?")
_TOKEN = compiled(rf"[^\W_](?:[\w{NAME_MARKS}’'.\-]*(?:[^\W_]|[{NAME_MARKS}]))?\.?|[^\w\s]")
_CONTRACTION = compiled(r"['’](?:d|s|ll|ve|re|m)$")
_NAMED_NEXT = compiled(r"[ \t]+(?:(?:a|an|the)[ \t]+)?(?:''|``|[\"“‘'«])")
_MARKS = compiled(r"[\"“”„«»'`](?:(?<=')'|(?<=`)`|(?<=[\"“”„«»]))")  # as marks._DOUBLE
_AGE = compiled(r"\d+-year-old")  # 'the 30-year-old said'
_MAX_SPEAKER_WORDS = 9
_MAX_RELATIVE_WORDS = 10  # words from a relative pronoun to the cue's subject read in its clause
_RELATIVE_OPENERS = frozenset(("who", "which", "that"))
_MAX_APPOSITIVE_WORDS = 40
_MAX_APPOSED_NAME_WORDS = 4
# 'the paper quoted Zhang as saying': the one quoted speaks, not the paper that quotes them
_OBJECT_PRONOUNS = frozenset(("him", "her", "them"))
_QUOTED_AS = compiled(
    r"[ \t]+([^\"“”«»]{1,100}?)[ \t]+as[ \t]+(?:saying|telling|writing|calling)(?![\w-])"
)
# what may stand before a subject that opens its clause: a line's start, a stop, a comma or
# a word joining clauses ('and the court found', 'noting that one survey found')
_CLAUSE_LEAD = compiled(
    r"(?:^|[\n.!?,;:(—–]|(?<![\w’'-])(?:that|and|but|who|which|while|because|as|when|And|But))"
    r"[ \t]*$"
)
_ASKING = frozenset(("asked", "asks"))
#: The verbs news sets before a speaker's name after a comma ('..., said Larry Sabato,'):
#: none takes an object, so a name after them is who speaks.
_INVERTING_VERBS = frozenset(("said", "says", "added", "adds"))
_QUESTION_CLOSE = tuple(f"?{mark}" for mark in CLOSING_MARKS)
_QUOTE_LEAD = 100  # characters before an attribution a closing mark may end
_NAMED_PARTICIPLE_REACH = 40
# an auxiliary before a progressive cue: 'be' and 'being' are no tense of it ('would be saying')
_BE_FORMS = BE_FORMS - {"be", "being"}
_BE_BEFORE = compiled(rf"(?<![\w’'-])(?:{'|'.join(sorted(_BE_FORMS))})[ \t]+(?:\w+ly[ \t]+)?$")
_PASSIVE_LEAD = compiled(r"(?<![\w’'-])(?:is|are|was|were|be|been|being)[ \t]+$")
_OBJECT_RELATIVE = compiled(r"(?<![\w’'-])(?:what|which|that)[ \t]+$", re.IGNORECASE)
_QUOTED_OBJECT_END = compiled(r"\.?[ \t]*(?:[,;\n]|$)|\.[ \t]")
_CLAUSE_BREAK = compiled(r"(?:,[ \t]+(?:but|while|whereas|although|though)|;)[ \t]+")
_NAME_JOINS = frozenset(("of", "for"))
_AFFILIATION_LINKS = frozenset(("of", "from"))
_PREPOSITIONS = PLACE_TIME_PREPOSITIONS | frozenset(
    "of to by about against into onto under upon between among through".split()
)
_PLACE_BEFORE_OF = frozenset("outside inside north south east west out".split())
_PLACE_PREPOSITIONS = frozenset(("in", "at", "near", "from"))
_WHERE_PREPOSITIONS = frozenset(("in", "at"))
_WHERE_LEADS = (" in ", " at ")  # not 'Secretary for Finance'
_LINK_LEADS = (" from ", " of ")  # 'Ahmed Abdullah from Baghdad police'
# 'a lawyer for Smith', 'a friend of the victim', 'an aide to Pelosi', 'an official with SEPA'
_RELATION_LINKS = frozenset(("for", "of", "to", "with"))
_RELATION_LEADS = tuple(f" {link} " for link in sorted(_RELATION_LINKS))

_QUOTING_VERBS = frozenset(("quoted", "quoting", "quotes", "quote", "cited", "citing", "cites"))
_APPOSITION_ENDS = frozenset(",.;")
_COORDINATORS = frozenset(("and", "but", "yet", "then", "or", "to"))  # "went on to say"
_OPENING_COORDINATORS = frozenset(("and", "but", "yet", "or", "so"))  # 'And polls show'
_VERB_GROUP = CLAUSE_CONTINUATIONS - {"and", "or"}  # 'were', 'has', 'will': a verb begins
# 'from what doctors would describe': a question word opens a clause whose subject follows it
_QUESTION_WORDS = frozenset(("what", "how", "why"))
# words that open a clause of its own inside the relative one, whose subject the phrase read
# is ('who has gotten less credit than aides say', 'a caveat that negated what he said')
# ('after', 'as', 'since' are left out: as often prepositions, 'who served as mayor')
_INNER_CLAUSE_WORDS = _QUESTION_WORDS | frozenset(
    "than whom whose whether if because although though whereas when while".split()
)
# 'Among evidence presented were statements by Awan admitting ...': a sentence opening on a
# preposition with no comma after its phrase has no subject before its verb
_OPENING_PREPOSITIONS = frozenset(
    "among amid amongst across along beyond behind beside besides between despite inside "
    "outside through throughout toward towards unlike".split()
)
# words that open or carry a clause: 'Ann Lee, a nurse who was there, said' is no description
_CLAUSE_WORDS = (SPEAKER_STOPS - _PREPOSITIONS - {"and"}) | PRONOUN_GENDER.keys()
_DESCRIBING_BE = frozenset(("is", "was"))  # 'Ann Lee, who is chairman of the PAC said'
_FORWARD_BREAKS = FORWARD_STOPS | CLAUSE_CONTINUATIONS
_JOINED_STOPS = (SPEAKER_STOPS | _PREPOSITIONS) - {"and"}  # no word of two joined descriptions
# 'After predicting', 'While saying', 'In describing': what may lead a participle opening its
# sentence, whose subject is the main clause's
_PARTICIPLE_LEADS = frozenset("after before while when since upon by in on without".split())
_PHRASE_BREAKS = SPEAKER_STOPS | _COORDINATORS | PRONOUN_GENDER.keys() | CUE_VERBS | _QUESTION_WORDS
_INVERSION_LEADS = frozenset(",:;(—–-\"”»’'")
_MAX_OPENER_WORDS = 5
_WITH = compiled(r"(?<![\w’'-])(?:[Ww]ith|[Ww]ithout)(?![\w’'-])")
_HEAD_NOUNS = NAME_TITLES | SOURCE_NOUNS | THING_NOUNS | ORGANISATION_WORDS
_PEOPLE_NOUNS = PERSON_NOUNS | PERSON_PLURALS | frozenset((*VICTIMS_SINGULAR, *VICTIMS_PLURAL))
_ASIDE_WORDS = 3
_ASIDE_STOPS = frozenset(",.!?")
_ASIDE_DASHES = frozenset("—–-")  # a pair of them sets off an aside, '--' as two
_WORD = compiled(r"[^\W_]")
_LETTERS = compiled(r"[^\W\d_]+")  # a word of letters: a sentence's opening word
_AFFILIATED = compiled(r"[ \t](?:of|from)[ \t]")
_CLAUSE_MARK_WORDS = frozenset(';:"“”')
# 'but now said', 'and today warned': a time between a shared subject and its cue
_TIME_PHRASE_ENDS = frozenset(("earlier", "later", "ago"))
_CALENDAR_PERIODS = frozenset("week weekend month year summer spring fall autumn winter".split())
_PERIOD_LEADS = frozenset(("last", "this", "next"))
_PERIOD_EDGES = frozenset(("earlier", "later", "early", "late"))
_DAY_LEADS = frozenset(("on", "late", "early"))
_TIME_ENDS = DAY_PARTS | _CALENDAR_PERIODS | WEEKDAYS
_TIME_COUNTS = frozenset(("few", "several", "couple", "of", "many"))  # 'a couple of days'
_TIME_ADVERBS = frozenset(("now", "today", "yesterday", "tonight", "soon", "finally"))
_DATELINE_TOKENS = 12
_DAY_WORDS = 3  # 'On Tuesday afternoon', 'On May 3'
_DATELINE_DASHES = frozenset("—–-")
_DATELINE_ENDS = _DATELINE_DASHES | {")"}  # 'WACO, Texas (AP) _ A sheriff': the agency ends it
_APOSTROPHES = frozenset("'’")
_POSSESSIVE = ("'s", "’s")  # an owner's ending, which makes its words a determiner
_MAX_ROLE_START = 3  # 'the country's new prime minister': words before a subject's role noun
_NOT_SPEAKERS = frozenset(("the", "a", "an"))
# "Obama's reported plans": the possessor before a past form, and the word after it
_POSSESSOR = compiled(r"(?<![\w'’-])([^\W\d_][\w-]*)['’]s[ \t]+$")
_POSSESSOR_REACH = 40
_LOWER_WORD = compiled(r"[ \t]+([a-z]+)(?![\w'’-])")
# "he's said", "that's reported": an 's that is 'is' or 'has', not a possessive
_CONTRACTING = frozenset(("that", "what", "there", "here", "who", "where", *PRONOUN_GENDER))
# words a verb's object or complement opens with, which no noun modifier is followed by
_NOT_MODIFIED = (
    DETERMINERS
    | SPEAKER_STOPS
    | PRONOUN_GENDER.keys()
    | frozenset("him them us me you all any every no nothing everything something".split())
    | frozenset("yesterday today tonight earlier later last there here".split())
)
_REACH = 200  # characters a cue looks either way for its speaker, so long sentences stay linear


@frozen
class Cue:
    """A cue word and the mention of who spoke (None when the sentence does not say); when the
    mention is a relative pronoun ('Trump, who has said'), ``antecedent`` is the phrase it
    stands for. ``opens`` is where the attribution starts when that is neither the speaker
    nor the cue: the paper in 'the paper quoted Zhang as saying'."""

    span: Span
    speaker: Span | None
    antecedent: Span | None = None
    opens: int | None = None

    @property
    def lead(self) -> int:
        """Where the attribution starts: the first of the speaker, the cue and ``opens``."""
        starts = [self.span.start] if self.opens is None else [self.span.start, self.opens]
        if self.speaker is not None:
            starts.append(self.speaker.start)
        return min(starts)


class _Token:
    """One word or punctuation mark; a plain slotted class, as thousands are made per article.
    ``is_word`` and ``lower`` are worked out once, as the rules ask for them again and again."""

    __slots__ = ("end", "is_word", "lower", "start", "word")

    def __init__(self, match: re.Match[str]) -> None:
        self.start, self.end = match.span()
        self.word = word = match[0]  # a token is made a fifth faster than with match.group()
        self.is_word = word[0].isalnum()
        self.lower = word.lower().rstrip(".")


def find_cues(text: str, sentences: Sequence[Span], skip: Sequence[Span]) -> list[Cue]:
    """Every cue outside the ``skip`` spans (the quoted words), with its speaker mention."""
    sentence_starts = [sentence.start for sentence in sentences]
    skip_starts = [span.start for span in skip]
    cues: list[Cue] = []
    for start, end in word_starts(_CUE, text):
        word = text[start:end]
        if word in GATED_FORMS and not attributes(text, start, end):
            continue  # 'slamming "CEOs"', 'his claims': an unlisted form credits only words it touches
        if _inside(skip, skip_starts, start):
            continue
        if word in NAME_GIVING and names_by_name(text, start, end):
            continue  # 'a group called Citizens for Trump': a name given, no cue
        if text.startswith("s ", start - 2) and _possessed_participle(text, start, end):
            continue  # "Saddam Hussein's confirmed death sentence": a noun's modifier, no cue
        index = bisect_right(sentence_starts, start) - 1
        sentence = sentences[index] if index >= 0 else Span(0, len(text))
        if not sentence.start <= start < sentence.end:
            sentence = Span(start, end)
        cue = Span(start, end)
        if (word in _FINDING_VERBS or word in _QUOTING_NOUNS) and not _may_credit(
            text, cue, sentence
        ):
            continue  # most 'found' and 'quotes' credit no quoted words: no speaker read
        speaker = _speaker(text, cue, sentence)
        if speaker is None and word.endswith("ing"):
            speaker = _named_participle_subject(text, cue, sentence)
            if speaker is None and not _reported_before(cues, sentence):
                speaker = _progressive_subject(text, cue, sentence)
        opens = None
        quoted = _quoted_as(text, cue, sentence)
        if quoted is not None:
            opens = cue.start if speaker is None else speaker.start
            speaker = quoted
        if word in _FINDING_VERBS and not _finding(text, cue, speaker, sentence):
            continue
        if word in _QUOTING_NOUNS and (
            quoted is None
            or (not _QUOTED_AS.match(text, cue.end) and not _follows_quote(text, opens))
        ):
            continue  # 'his quotes', 'went on to quote the late ...': no cue
        names_a_thing = speaker is not None and _naming_participle(text, cue, speaker)
        if names_a_thing:
            speaker = None
        if speaker is None and not names_a_thing:
            speaker = with_subject(text, cue, sentence)
        if names_a_thing or (speaker is None and _shares_subject(text, cue, sentence)):
            earlier = cues[-1] if cues and cues[-1].span.start >= sentence.start else None
            if earlier is not None and _clause_closed(text, earlier, cue, sentence):
                earlier = None
            start = sentence.start if earlier is None else earlier.span.end
            speaker = _clause_subject(text, start, cue, skip, skip_starts)
            if speaker is None and earlier is not None and earlier.speaker is not None:
                speaker = earlier.speaker
            elif speaker is None:  # 'He was quoted as saying': the earlier cue named no one
                speaker = opening_subject(
                    text, sentence, cue.start, skip, skip_starts
                ) or _opening_participle_subject(text, cue, sentence, skip, skip_starts)
        cues.append(Cue(cue, speaker, _stands_for(text, speaker, sentence), opens))
    cues.extend(_dash_credits(text))
    cues.extend(_colon_credits(text))
    return sorted(cues, key=lambda cue: cue.span.start)


def _clause_closed(text: str, earlier: Cue, cue: Span, sentence: Span) -> bool:
    """Whether the clause of an ``earlier`` cue of the sentence ends at a comma before a cue
    that shares a subject: a relative clause before a participle ('Geng criticized politicians
    who have suggested ..., saying'; a verb joined by 'and' may go on the relative clause) or
    a clause opening the sentence on a subordinator, up to its first comma ('While the agency
    said ..., Choe struck a tone, telling'). The cue then shares the main clause's subject, not
    the earlier cue's speaker."""
    comma = text.find(",", earlier.span.end, cue.start)
    if comma < 0:
        return False
    speaker = earlier.speaker
    if speaker is not None and is_relative_pronoun(text[speaker.start : speaker.end]):
        return text.endswith("ing", cue.start, cue.end)
    opening = _LETTERS.search(text, sentence.start, earlier.span.start)
    return (
        opening is not None
        and opening.group().lower() in SUBORDINATORS
        and text.find(",", sentence.start, earlier.span.end) < 0
    )


def _possessed_participle(text: str, start: int, end: int) -> bool:
    """'Saddam Hussein's confirmed death sentence', 'Obama's reported plans': a past form
    between a possessive and a lowercase noun modifies the noun and credits no one; 'Moody's
    said the', "he's said", 'Moody's said.' keep their verbs."""
    if not text.endswith("ed", start, end):
        return False
    owner = _POSSESSOR.search(text, max(0, start - _POSSESSOR_REACH), start)
    if owner is None or owner[1].lower() in _CONTRACTING:
        return False
    following = _LOWER_WORD.match(text, end)
    return (
        following is not None
        and following[1] not in _NOT_MODIFIED
        and not following[1].endswith("ly")
    )


def _opening_participle_subject(
    text: str, cue: Span, sentence: Span, skip: Sequence[Span], skip_starts: Sequence[int]
) -> Span | None:
    """'After predicting "good results" from the talks, Vice Minister Kim Gye Gwan said',
    'While saying Romney has a "skeleton" of a plan, Pickens expressed ...': a participle
    opening its sentence, maybe after a preposition, shares the subject of the main clause,
    which follows the opening phrase's comma, when that subject names someone."""
    if not text.endswith("ing", cue.start, cue.end):
        return None
    lead = _tokens(text, sentence.start, cue.start)
    if len(lead) > 1 or (lead and lead[0].lower not in _PARTICIPLE_LEADS):
        return None
    end = min(sentence.end, cue.end + _REACH)
    subject = opening_subject(text, sentence, end, skip, skip_starts, reach=end - sentence.start)
    return subject if subject is not None and names_someone(text, subject) else None


def _may_credit(text: str, cue: Span, sentence: Span) -> bool:
    """A cheap first look at 'found', 'finds', 'quotes' or 'quote', before any speaker is read:
    quoted words after it in its sentence, or a closing mark shortly before it."""
    if _MARKS.search(text, cue.end, sentence.end) is not None:
        return True
    lead = text[max(sentence.start, cue.start - _QUOTE_LEAD) : cue.start]
    return any(mark in lead for mark in CLOSING_MARKS)


def _finding(text: str, cue: Span, speaker: Span | None, sentence: Span) -> bool:
    """Whether 'found' or 'finds' tells what its subject concluded: a subject opening its
    clause right before it ('In 2014, the court found', not 'A study of the program found'
    or 'The study of men 65 to 80 years found', whose head stands further back), then
    'that' and quoted words in its sentence, or the whole attribution set right after a
    quote. 'It' and 'they' are left out:
    what a study or a body found is seldom theirs to resolve to a name."""
    next_words = _FINDING_NEXT.match(text, cue.end)
    if speaker is None or speaker.end > cue.start or next_words is None:
        return False
    if _PASSIVE_LEAD.search(text, max(0, cue.start - 12), cue.start):
        return False  # 'was found that'
    if PRONOUN_GENDER.get(text[speaker.start : speaker.end].lower()) in ("n", "p"):
        return False
    if _follows_quote(text, speaker.start):
        return True
    return (
        next_words.group().strip() == "that"
        and _CLAUSE_LEAD.search(text, max(0, speaker.start - 12), speaker.start) is not None
        and _MARKS.search(text, cue.end, sentence.end) is not None  # it finds quoted words
    )


def _follows_quote(text: str, position: int | None) -> bool:
    """Whether ``position`` comes right after a closing quotation mark and maybe a comma."""
    return position is not None and text[max(0, position - 3) : position].rstrip(" \t").endswith(
        (',"', ",”", '"', "”", ",’", ",'")
    )


def with_subject(text: str, cue: Span, sentence: Span) -> Span | None:
    """'..., with State Department spokesman Nicholas Burns saying the talks were "...": a
    participle after 'with' and a phrase naming someone has that phrase for its subject, not
    the subject of the sentence."""
    if not text.endswith("ing", cue.start, cue.end):
        return None
    lo = max(sentence.start, cue.start - _REACH)
    if text.find("ith", lo, cue.start) < 0:
        return None  # most sentences have no 'with' before the participle: a plain look first
    leads = list(_WITH.finditer(text, lo, cue.start))
    if not leads:
        return None
    phrase = _tokens(text, leads[-1].end(), cue.start)
    if any(token.word in _CLAUSE_MARK_WORDS for token in phrase):
        return None
    found = _subject(phrase) or _before_appositive(phrase)
    if found is None or not (
        names_someone(text, found)
        # 'with participants urging': people right after 'with', not a clause ('with kids in
        # schools sent a letter to the directors urging')
        or (found.start == phrase[0].start and _people_noun(text, found))
    ):
        return None

    between = [token for token in phrase if token.start >= found.end]
    if not all(token.word == "," or _is_modifier(token) for token in between):
        return None  # 'In an interview with CNN, Trump went on, saying': Trump's own clause
    return found


def _people_noun(text: str, mention: Span) -> bool:
    """Whether a phrase in lower case is headed by a noun for people ('participants', 'many
    protesters', 'officials'): a source noun, or one the casualty extractor's table of such
    nouns reads as people."""
    words = [token for token in _tokens(text, mention.start, mention.end) if token.is_word]
    head = words[-1].lower if words else ""
    return head.isalpha() and (head in SOURCE_NOUNS or is_person(head))


def _clause_subject(
    text: str, start: int, cue: Span, skip: Sequence[Span], skip_starts: Sequence[int]
) -> Span | None:
    """'The agency said X, but Lee pushed back, telling ...': the subject opening the clause
    (after the last ', but' or ';' from ``start``) that a sharing cue ends, when it names
    someone; the earlier clause's speaker does not speak for it."""
    found = None
    for match in _CLAUSE_BREAK.finditer(text, start, cue.start):
        found = match
    if found is None:
        return None
    subject = opening_subject(text, Span(found.end(), cue.end), cue.start, skip, skip_starts)
    return subject if subject is not None and names_someone(text, subject) else None


def mention_before(text: str, cue: Span, sentence: Span) -> Cue:
    """``cue`` with the speaker mention a quote cue would get ('voters who want', 'he also
    hopes'), and what a relative pronoun stands for: for cues that :func:`find_cues` does not
    search, such as those only reported speech has."""
    speaker = _speaker(text, cue, sentence)
    return Cue(cue, speaker, _stands_for(text, speaker, sentence))


def _stands_for(text: str, speaker: Span | None, sentence: Span) -> Span | None:
    """What a relative pronoun speaker ('who') stands for; None for any other speaker."""
    if speaker is None or not is_relative_pronoun(text[speaker.start : speaker.end]):
        return None
    return _antecedent(text, speaker, sentence)


def _quoted_as(text: str, cue: Span, sentence: Span) -> Span | None:
    """The speaker of 'the paper quoted Zhang as saying': the object of the quoting verb."""
    if text[cue.start : cue.end].lower() not in _QUOTING_VERBS:
        return None
    match = _QUOTED_AS.match(text, cue.end, sentence.end)
    if match is not None:
        if match[1].lower() in _OBJECT_PRONOUNS:  # 'quoted him as saying': him, as he
            return Span(match.start(1), match.end(1))
        return _following(_tokens(text, match.start(1), match.end(1)))
    # '"...," the paper quoted the group's head Rami Haddad.': the object ends the clause
    reach = _before_first_mark(text, cue.end, min(sentence.end, cue.end + _REACH))
    words = _tokens(text, cue.end, reach)
    found = _following(words)
    if found is None or not _QUOTED_OBJECT_END.match(text, found.end):
        return None
    named = [token for token in words if found.start <= token.start < found.end]
    return found if any(_names(t) or t.lower in SOURCE_NOUNS for t in named) else None


def _naming_participle(text: str, cue: Span, speaker: Span) -> bool:
    """'the tax loophole called an "inversion"': a participle that names a thing, whose
    'subject' is that thing; the words belong to the sentence's subject."""
    if text[cue.start : cue.end].lower() not in NAMING_PARTICIPLES:
        return False
    if _NAMED_NEXT.match(text, cue.end) is None:
        return False
    if _OBJECT_RELATIVE.search(text, max(0, speaker.start - 8), speaker.start) and any(
        _people_noun(text, Span(token.start, token.end))
        for token in _tokens(text, speaker.start, speaker.end)
    ):
        # 'what authorities there called a "disastrous mistake"', 'the deal that critics
        # called a "giveaway"': an object clause, whose verb its subject says
        return False
    words = [token for token in _tokens(text, speaker.start, speaker.end) if token.is_word]
    return not any(_names(word) or word.lower in PRONOUN_GENDER for word in words)


def relative_antecedent(text: str, relative: Span, sentence: Span) -> Span | None:
    """What the relative pronoun at ``relative`` ('who', 'which') stands for, for a clause
    whose subject it is with words between them (:mod:`.relative_subjects`)."""
    return _antecedent(text, relative, sentence)


def _antecedent(text: str, relative: Span, sentence: Span) -> Span | None:
    """What 'who' stands for: the phrase right before it ('Trump, who', 'the voters who')."""
    before = _tokens(text, max(sentence.start, relative.start - _REACH), relative.start)
    if before and before[-1].word == ",":
        before.pop()
    found = _joined_description(text, before) or _subject(before)
    if found is None or not (
        text[found.start : found.end].split()[0].lower() in DETERMINERS
        or _object_of_preposition(before, found)
    ):
        return found
    # 'Joshua Levy, a former U.S. attorney who argued', 'Ann Lee, the head of the Trust who':
    # the description is set off after the name of the one it describes
    opening = next((i for i, token in enumerate(before) if token.start >= found.start), 0)
    first = opening
    while first > 0 and before[first - 1].is_word and opening - first < _MAX_APPOSITIVE_WORDS:
        first -= 1
    if first < 2 or before[first - 1].word != ",":
        return found
    named = _subject(before[: first - 1])
    if named is None or not all(_names(t) for t in _tokens(text, named.start, named.end)):
        return found
    return named


def _joined_description(text: str, before: list[_Token]) -> Span | None:
    """'the billionaire businessman and former mayor who wrote': a description joined by
    'and' to one a determiner leads is one description, from the determiner on; None when
    ``before`` does not end on one ('Smith and Jones who', 'the premier and Merkel, who') or
    the words hold a preposition ('a victory for backers and some groups who')."""
    if not before:
        return None
    index = len(before) - 1
    while index > 0 and before[index].is_word and len(before) - index <= _MAX_SPEAKER_WORDS:
        if before[index].lower == "and":
            break
        index -= 1
    if before[index].lower != "and" or index + 1 >= len(before) or _names(before[index + 1]):
        return None
    first = _subject(before[:index])
    if first is None or text[first.start : first.end].split()[0].lower() not in DETERMINERS:
        return None
    joined = [token for token in before if token.start >= first.start]
    if any(not token.is_word or token.lower in _JOINED_STOPS for token in joined):
        return None  # 'a victory for ... and some groups': a phrase, not two descriptions
    return Span(first.start, before[-1].end)


def opening_subject(
    text: str,
    sentence: Span,
    position: int,
    skip: Sequence[Span],
    skip_starts: Sequence[int],
    reach: int = _REACH,
) -> Span | None:
    """The subject that opens ``sentence`` before ``position``, read outside the ``skip`` spans
    and no more than ``reach`` characters back: 'Cruz blamed the law on "knuckleheaded
    politicians"' -> 'Cruz'."""
    start = max(sentence.start, position - reach)
    tokens = _tokens(text, start, position)
    if _skipped_before(skip, skip_starts, start, position):
        tokens = [t for t in tokens if not _inside(skip, skip_starts, t.start)]
    return _sentence_subject(tokens, whole=start == sentence.start)


def names_someone(text: str, mention: Span) -> bool:
    """Whether a subject can be a speaker: a personal pronoun or a phrase with a name in it
    ('Cruz', 'FBI director James Comey'), not 'The promise', 'This' or 'Following the debate'."""
    words = [token for token in _tokens(text, mention.start, mention.end) if token.is_word]
    if not words or may_be_participle(words[0].word) or _common_gerund(text, words[0]):
        return False
    if len(words) == 1 and words[0].lower in PRONOUN_GENDER:
        return PRONOUN_GENDER[words[0].lower] != "n"
    return any(_names(word) for word in words)


def may_speak(text: str, mention: Span) -> bool:
    """Whether a speaker mention may be someone: a phrase (up to its first preposition) holding
    a pronoun, a name or a noun for people, a role, a source, a document or a body ('the
    senator from Nebraska'), or else ending on a word no table reads as naming no one. 'this
    month', "Pal's deportation" and 'his recent' end on a time, an act and an adjective, read
    from WordNet (:mod:`.wordnet_non_speakers`), and name no one; a possessive only qualifies."""
    words = [token for token in _tokens(text, mention.start, mention.end) if token.is_word]
    if not words or (len(words) == 1 and is_function_word(words[0].lower)):
        return True  # 'his', 'those': read as before
    lead = next((i for i, w in enumerate(words) if i and w.word in _PREPOSITIONS), len(words))
    phrase = words[:lead]
    owned = max(
        (i + 1 for i, w in enumerate(phrase[:-1]) if w.lower.endswith(_POSSESSIVE)), default=0
    )
    if any(
        word.lower in PRONOUN_GENDER
        or _names(word)
        or _head_noun(word.lower)
        or _head_noun(word.lower.rpartition("-")[2])
        for word in phrase[owned:]
    ):
        return True
    last = phrase[-1].lower
    return not (
        last in NON_NAME_WORDS
        or last in ADJECTIVES
        or is_function_word(last)
        or _in_singular(last, NON_SPEAKER_NOUNS)
    )


def _common_gerund(text: str, word: _Token) -> bool:
    """Whether a capitalised word in -ing that no verb table has ('Vaping') is a common word
    all the same: the text writes it in lower case too ('innocuous vaping liquids'), as it
    never writes a name ('Boeing', 'Schilling')."""
    return word.lower.endswith("ing") and f" {word.lower}" in text


def _dash_credits(text: str) -> list[Cue]:
    """'"..." ― Pamela Padilla': a dash after a closing mark, then a name, credits the quote."""
    credits = []
    for match in _DASH_CREDIT.finditer(text):
        reach = min(len(text), match.end() + _REACH)  # bounded, so a long line stays linear
        line_end = text.find("\n", match.end(), reach)
        words = _tokens(text, match.end(), line_end if line_end >= 0 else reach)
        speaker = _following(words[:_MAX_SPEAKER_WORDS])
        if speaker is not None and text[speaker.start].isupper():
            credits.append(Cue(Span(match.start(1), match.end(1)), speaker))
    return credits


def _colon_credits(text: str) -> list[Cue]:
    """'Smith: "..."': a name alone before a colon that opens a line credits the quote after it;
    a dateline ('WASHINGTON:'), a sentence word ('But:') or the text's first line, a headline,
    does not."""
    credits = []
    for colon in _COLON_BEFORE_QUOTE.finditer(text):
        lo = max(0, colon.start() - _MAX_LINE_NAME)  # bounded, so a long line stays linear
        newline = text.rfind("\n", lo, colon.start())
        if newline < 0:
            continue  # a headline ('Trump: "I will win"') or a line too long to open on a name
        line = _LINE_NAME.fullmatch(text, newline + 1, colon.start())
        if line is None:
            continue
        start, end = line.span(1)
        first = text[start:end].split(None, 1)
        if len(first) == 2 and first[0].lower() in CUE_VERBS:  # 'Continued Stone: "..."'
            start = end - len(first[1])
        name = text[start:end]
        if name.isupper() or name.split()[0].lower() in NOT_NAME_STARTS:
            continue
        credits.append(Cue(Span(colon.start(), colon.start() + 1), Span(start, end)))
    return credits


def _shares_subject(text: str, cue: Span, sentence: Span) -> bool:
    """'saying ...', 'and argued ...': the cue takes the subject of its sentence's main verb."""
    if text[cue.start : cue.end].endswith("ing"):
        return True
    before = _tokens(text, max(sentence.start, cue.start - 40), cue.start)
    words = [token.lower for token in before if token.is_word]
    while words and (
        words[-1] in CUE_MODIFIERS or words[-1] in _TIME_ADVERBS or words[-1].endswith("ly")
    ):
        words.pop()
    return bool(words) and words[-1] in _COORDINATORS


def _inside(spans: Sequence[Span], starts: Sequence[int], position: int) -> bool:
    index = bisect_right(starts, position) - 1
    return index >= 0 and spans[index].start <= position < spans[index].end


def _skipped_before(spans: Sequence[Span], starts: Sequence[int], lo: int, hi: int) -> bool:
    """Whether a position in ``[lo, hi)`` is :func:`_inside` one of ``spans``: only the last
    span starting before ``hi`` can reach into it, so a window takes one look, not one a word."""
    index = bisect_left(starts, hi) - 1
    return index >= 0 and spans[index].end > lo


def _speaker(text: str, cue: Span, sentence: Span) -> Span | None:
    word = text[cue.start : cue.end].lower()
    if word.endswith("ing"):
        return None
    if word in _INVERTING_VERBS and _after_comma(text, cue):
        # '... is high in India, which has no such law, said Suhrith Parthasarathy, a lawyer.':
        # a name set right after 'said' that follows a comma speaks, whatever noun the clause
        # before it ends on; a clause after the verb ('X, a lawyer, said Jones lied') names none
        inverted = _speaker_after(text, cue, sentence)
        if inverted is not None and _inverted_name(text, inverted):
            return inverted
    start = max(sentence.start, cue.start - _REACH)
    lo = _after_last_mark(text, start, cue.start)
    before = _without_period(_tokens(text, max(lo, text.rfind("\n", lo, cue.start) + 1), cue.start))
    found = _subject(before)
    if found is not None and _finite_cue(word):
        found = _relative_clause_head(before, found)
    if found is not None and text.endswith(_WHERE_LEADS, max(0, found.start - 4), found.start):
        found = _located_person(before, found) or found
    if found is not None and text.endswith(_LINK_LEADS, max(0, found.start - 6), found.start):
        found = _named_before_link(before, found) or found  # 'Ahmed Abdullah from Baghdad police'
    if found is not None and text.endswith(_RELATION_LEADS, max(0, found.start - 6), found.start):
        found = _described_person(before, found) or found  # 'a lawyer for Smith said'
    if found is not None and _AFFILIATED.search(text, found.start, found.end):
        found = _name_before_affiliation(before, found) or found  # 'Ann Lee of the ... said'
    comma = -1 if found is None else text.rfind(",", before[0].start, found.start)
    if found is not None and comma >= 0 and _opens_aside(text, comma):
        # 'a spokesman', 'the Department of ...', '... of Mary Jones': a description or what
        # it names, which an unclosed aside may set after the speaker's name
        found = _name_before_open_aside(before, found) or found

    if found is None:
        found = _named_before_appositive(text, before)
    if (
        found is None
        and (word not in OBJECT_FIRST_VERBS or _asks_after_quote(text, cue, word))
        and _may_invert(text, cue, sentence)
    ):
        found = _speaker_after(text, cue, sentence)
    if found is None:
        found = _before_appositive(before)
    return found


def _speaker_after(text: str, cue: Span, sentence: Span) -> Span | None:
    """The speaker set after the verb: 'said Smith', 'said an aide involved in the talks'; None
    where a clause follows ('said the president "offered no changes"')."""
    hi = _before_first_mark(text, cue.end, min(sentence.end, cue.end + _REACH))
    after = _tokens(text, cue.end, hi)
    # 'said Dulaimi referring to the list': the name's own participle ends the speaker
    # and so does a participle saying which one ('said an aide involved in the talks')
    cut = next(
        (
            i
            for i in range(1, len(after))
            if _verb_after_name(*after[i - 1 : i + 1]) or _modifying_participle(after, i)
        ),
        0,
    )
    modified = cut > 0 and _modifying_participle(after, cut)
    after = after[:cut] if cut else after
    found = _following(after, owners=True)
    named = None if found is None else _name_before_affiliation(after, found)
    if named is not None:
        return named
    if (
        found is not None
        and not (modified and found.end == after[-1].end)
        and not _ends_phrase(text, found.end)
    ):
        return None  # 'said the president "offered no changes"': a clause, not a speaker
    if found is not None:
        named = _named_after(after, found)
        found = found if named is None else Span(found.start, named.end)
    return found


def _modifying_participle(tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` is a past participle opening a phrase that says which speaker:
    a lower-case word in -ed right before a preposition, after a noun phrase ('said a strategist
    involved in the planning', 'said an official based in Kabul', 'said one source briefed on
    the talks'). The speaker ends before it; read as a word of the speaker, it made 'a
    strategist involved' the speaker, or no speaker at all. After a pronoun ('said he wanted
    to') the word is the pronoun's own verb."""
    word, following = tokens[index], tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and tokens[0].lower not in PRONOUN_GENDER
        and word.word.isalpha()
        and word.word.islower()
        and word.lower.endswith("ed")
        and following.lower in _PREPOSITIONS
    )


def _reported_before(cues: Sequence[Cue], sentence: Span) -> bool:
    """Whether a cue with a speaker comes earlier in ``sentence``: what follows it is what
    that speaker said ('Trump said Fox executives were calling "every 15 minutes"')."""
    return bool(cues) and cues[-1].span.start >= sentence.start and cues[-1].speaker is not None


def _named_participle_subject(text: str, cue: Span, sentence: Span) -> Span | None:
    """'Among the insults was Trump calling Bloomberg a "loser"', 'the video shows Biden saying':
    a name right before a participle inside its sentence is the participle's subject; the
    object of a preposition ('a letter to Pelosi saying') is not."""
    lo = max(sentence.start, cue.start - _NAMED_PARTICIPLE_REACH)
    if not text[text.rfind(" ", lo, cue.start - 1) + 1 : cue.start][:1].isupper():
        return None  # most participles: a lower-case word or a mark before them
    before = _tokens(text, lo, cue.start)
    if len(before) < 2 or not before[-1].is_word or not _names(before[-1]):
        return None
    found = _subject(before)
    if found is None or found.start <= sentence.start or _object_of_preposition(before, found):
        return None
    named = [token for token in before if token.start >= found.start]
    return found if all(_names(token) for token in named) else None


def _progressive_subject(text: str, cue: Span, sentence: Span) -> Span | None:
    """'what they are calling a "fraudulent" election', 'Smith has been saying': a participle
    after a form of 'be' is the verb of its own clause, whose subject stands before the
    auxiliary, as a plain verb's does; any other participle has none of its own. 'Lew would
    be saying' tells what someone might say, not what they said, and gives no speaker. Read
    only when no earlier cue of the sentence reports the clause, see :func:`find_cues`."""
    lead = text[max(sentence.start, cue.start - 12) : cue.start]
    if not _BE_BEFORE.search(lead):
        return None
    lo = _after_last_mark(text, max(sentence.start, cue.start - _REACH), cue.start)
    before = _tokens(text, max(lo, text.rfind("\n", lo, cue.start) + 1), cue.start)
    index = _skip_modifiers(before, len(before) - 1)
    if index < 0 or before[index].lower not in _BE_FORMS:
        return None
    found = _subject(before[:index])
    if found is None or index < 1 or found.end < before[index - 1].end:
        return None  # 'the title in a game many are calling': 'the title' says nothing
    if text[found.start : found.end].lower() in PRONOUN_GENDER:
        return None  # 'what they are usually saying is': what people say, not who said it
    if not (names_someone(text, found) or _people_noun(text, found)):
        return None  # 'Not everyone was claiming': no one in particular
    return found


def _named_before_appositive(text: str, before: list[_Token]) -> Span | None:
    """The named subject set off by an aside before the cue ('Rep. Ann Lee (D-Md.), chair of
    the panel, said the plan ...'), which comes before any phrase after the verb, which is
    what was said; an unnamed phrase before a comma ('... to watch, although nurses try,
    says Ann Lee') leaves the verb's speaker to follow it."""
    found = _before_appositive(before) or _before_dashes(before)
    return found if found is not None and names_someone(text, found) else None


def _opens_aside(text: str, comma: int) -> bool:
    """Whether a description may open after the comma at ``comma``: a determiner ('Ann Lee, a
    spokesman for'), a word in lower case ('chairman of', 'of Smith Barney', 'who is') or a
    title in capitals ('Chairman of the Commission'); a plain look before
    :func:`_name_before_open_aside` reads the tokens."""
    following = text[comma + 1 : comma + 16].split(None, 1)
    if not following:
        return False
    word = following[0]
    return word.islower() or word.lower() in DETERMINERS or word.lower() in NAME_TITLES


def _name_before_open_aside(before: list[_Token], found: Span) -> Span | None:
    """'Jassen Strokosch, a spokesman for the Department of Children and Family Services
    said': a person's name, then a description of them set off by a comma that no second
    comma closes before the verb. The name speaks, not the description or the body it names.
    The name opens the clause (the words before the cue, or follows a comma there), has two
    words or opens on a known first name, and the description is a determiner and a noun for
    people ('a spokesman', 'the agency's lawyer'), maybe with a phrase after it, a role with
    no determiner ('chairman of America Rising', 'Chairman of the Commission'),
    where they work ('of Miller Tabak Hirsch and Co') or either after 'who is' or 'who was'."""
    comma = next(
        (
            i
            for i in range(len(before) - 1, 0, -1)
            if before[i].word == "," and before[i].end <= found.start
        ),
        0,
    )
    first = comma
    while first > 0 and comma - first < _MAX_APPOSED_NAME_WORDS and before[first - 1].is_word:
        first -= 1
    name = before[first:comma]
    if not name or (first > 0 and before[first - 1].word != ","):
        return None
    if not all(_names(token) and not _in_capitals(token) for token in name):
        return None
    if len(name) == 1 and first_name_gender(name[0].word) is None:
        return None
    aside = [token for token in before[comma + 1 :] if token.start < found.end]
    if len(aside) > 2 and aside[0].lower == "who" and aside[1].lower in _DESCRIBING_BE:
        aside = aside[2:]  # 'Katie Packer, who is chairman of the PAC said'
    if not aside or len(aside) > _MAX_APPOSITIVE_WORDS or not _describes(aside):
        return None
    if any(token.lower in _CLAUSE_WORDS or token.lower in CUE_VERBS for token in aside):
        return None  # 'Ann Lee, a nurse who said': a clause, not a description
    if names_a_place(" ".join(token.word for token in name)):
        return None
    return Span(name[0].start, name[-1].end)


def _describes(aside: list[_Token]) -> bool:
    """Whether the words after a name's comma describe one person: a determiner and a noun
    for people, maybe a phrase after it ('a spokesman for the agency'); a role of one person
    with no determiner, in lower case or a title ('chairman of', 'Chairman of', not
    'officials'); or where they work ('of Miller Tabak')."""
    opening = aside[0]
    if opening.lower in _AFFILIATION_LINKS:
        return len(aside) > 1 and _names(aside[1])
    if opening.lower not in DETERMINERS:
        return (opening.word.islower() or opening.lower in NAME_TITLES) and (
            opening.lower in PERSON_NOUNS or opening.lower in NAME_TITLES
        )
    lead = next((i for i, token in enumerate(aside) if token.lower in _PREPOSITIONS), len(aside))
    head = aside[lead - 1]
    return lead <= _MAX_ROLE_START + 1 and head.word.islower() and _people_noun_word(head.lower)


def _in_capitals(token: _Token) -> bool:
    """Whether a word is written in capitals ('NEW YORK', a dateline's), not an initial."""
    return token.word.isupper() and len(token.word.rstrip(".")) > 1


def _people_noun_word(word: str) -> bool:
    """Whether a lower-case word is a noun for people: 'spokesman', 'officials', 'leader'."""
    return word in SOURCE_NOUNS or word in NAME_TITLES or is_person(word)


def _before_dashes(before: list[_Token]) -> Span | None:
    """'Ann Lee — a delegate from Ohio, like most of them — criticized the plan': the subject
    before an aside set off by a pair of dashes, commas and all inside it."""
    index = _skip_modifiers(before, len(before) - 1)
    if index < 0 or before[index].word not in _ASIDE_DASHES:
        return None
    closing = index
    while index >= 0 and before[index].word in _ASIDE_DASHES:
        index -= 1  # '--' is two tokens
    opening = index
    while opening >= 0 and before[opening].word not in _ASIDE_DASHES:
        opening -= 1
    if opening < 1 or closing - opening > _MAX_APPOSITIVE_WORDS:
        return None
    while opening >= 1 and before[opening - 1].word in _ASIDE_DASHES:
        opening -= 1
    return _subject(before[:opening])


def _name_before_affiliation(after: list[_Token], found: Span) -> Span | None:
    """The person in 'said attorney Ann Lee of the Eastern District of New York', 'said Ann
    Lee of the University of Texas' or 'Ann Lee of the University of Texas said': a name, then an 'of' or 'from' opening where they work,
    which names no one ('Bank of England governor Mark Hale' names the person after it, and
    'the president of the Board of Trade' is a title and its office)."""
    words = [token for token in after if found.start <= token.start < found.end]
    link = next((i for i, word in enumerate(words) if word.lower in _AFFILIATION_LINKS), 0)
    if link < 1 or not _names(words[link - 1]) or words[link - 1].lower in NAME_TITLES:
        return None
    holder = words[:link]
    if any(word.lower in ORGANISATION_WORDS for word in holder):
        return None  # 'the US Department of Justice': one body's name
    titled = any(word.word.islower() and word.lower in NAME_TITLES for word in holder)
    if not titled and sum(_names(word) for word in holder) < 2:
        return None
    if any(word.word.islower() and word.lower in NAME_TITLES for word in words[link:]):
        return None
    return Span(found.start, words[link - 1].end)


def _may_invert(text: str, cue: Span, sentence: Span) -> bool:
    """Whether the speaker may follow the verb: '"...," said Smith', '..., added Smith' and
    'according to Smith' do; 'He went on to say Clinton's behavior is ...' names no speaker."""
    if text.startswith(("according", "According"), cue.start):
        return True
    lead = text[sentence.start : cue.start].rstrip()
    return not lead or lead[-1] in _INVERSION_LEADS


def _inverted_name(text: str, speaker: Span) -> bool:
    """Whether a speaker read after the verb is a name closed by a comma or a stop ('said Larry
    Sabato, director of ...', 'said ECU officials.'), not the subject of a clause ('said
    Clinton didn't appear concerned') nor something owned ("said Ohio's remaining period")."""
    phrase = text[speaker.start : speaker.end]
    return (
        phrase[:1].isupper()
        and not any(mark in phrase for mark in _POSSESSIVE)
        and (phrase[-1:] in ".," or text[speaker.end : speaker.end + 1] in (",", "."))
    )


def _after_comma(text: str, cue: Span) -> bool:
    """Whether the verb follows a comma and a blank (', said'), not a quote's closing mark."""
    return text.endswith(", ", max(0, cue.start - 2), cue.start)


def _asks_after_quote(text: str, cue: Span, word: str) -> bool:
    """'"Will it pass?" asked Senator Paul': 'ask' takes its object first ('asked the mayor'),
    but right after a question's closing mark the one who asks follows it."""
    return (
        word in _ASKING
        and text.endswith(_QUESTION_CLOSE, max(0, cue.start - 3), cue.start - 1)
        and text[cue.start - 1].isspace()
    )


def _after_last_mark(text: str, lo: int, hi: int) -> int:
    """Where the words before a cue start: after the last quote mark, but past a few words
    quoted inside the subject's own phrase ('Robach, co-anchor of ABC's "20/20" newsmagazine,
    said'), which the subject's name stands before."""
    marks = [match.span() for match in _MARKS.finditer(text, lo, hi)]
    while len(marks) >= 2 and _quoted_aside(text, marks[-2][1], marks[-1][0], hi):
        del marks[-2:]
    return marks[-1][1] if marks else lo


def _quoted_aside(text: str, start: int, end: int, cue: int) -> bool:
    """Whether the words quoted from ``start`` to ``end`` are a short aside in running text, a
    title or a term, closed by neither a comma nor a stop, with words of the sentence after
    it before the cue."""
    return (  # cheapest first: most marks before a cue close '"...," he said'
        start < end
        and text[end - 1] not in _ASIDE_STOPS
        and not text[end : end + 2].strip(" \t\"”’'").startswith((",", "."))
        and 0 < len(text[start:end].split()) <= _ASIDE_WORDS
        and bool(_WORD.search(text, end, cue))
    )


def _before_first_mark(text: str, lo: int, hi: int) -> int:
    match = _MARKS.search(text, lo, hi)
    return match.start() if match else hi


def _tokens(text: str, lo: int, hi: int) -> list[_Token]:
    return list(map(_Token, _TOKEN.finditer(text, lo, hi)))


def _subject(before: list[_Token]) -> Span | None:
    """The noun phrase right before the cue: 'he', 'Lopez Obrador', 'a senior official'."""
    index = _skip_modifiers(before, len(before) - 1)
    index = _skip_modifiers(before, _before_time_phrase(before, index))
    if index >= 1 and before[index].word == "," and before[index - 1].word == ")":
        index -= 1  # "John Kasich (R-Ohio), said"
    if index >= 0 and before[index].word == ")":  # "Paul Ryan (R-Wis.) said"
        while index >= 0 and before[index].word != "(":
            index -= 1
        index -= 1
    if index < 0 or not before[index].is_word:
        return None
    last = index
    if before[last].lower in RELATIVE_PRONOUNS:
        return Span(before[last].start, before[last].end)
    if before[last].lower in SPEAKER_STOPS or before[last].lower in _COORDINATORS:
        return None
    pronoun = _pronoun(before[last])
    if pronoun is not None:
        return pronoun
    first = last
    while first - 1 >= 0 and last - first + 1 < _MAX_SPEAKER_WORDS:
        token = before[first - 1]
        inside = _inside_name(before, first - 1)
        if not token.is_word or (token.lower in _PHRASE_BREAKS and not inside):
            break
        first -= 1
        if token.lower in DETERMINERS and not inside:
            break
    phrase = before[first : last + 1]
    if (
        first >= 2
        and before[first - 1].lower in RELATIVE_PRONOUNS
        and before[first - 2].lower not in _PREPOSITIONS  # 'to which 21 percent said'
        and not any(_names(token) or token.lower in PRONOUN_GENDER for token in phrase)
    ):
        # 'The voters who backed him said': the relative clause ends before the main verb,
        # whose subject is the phrase the clause describes
        described = first - 2 if before[first - 2].word == "," else first - 1
        return _subject(before[:described])
    if (
        first >= 2
        and before[first - 1].lower in PLACE_TIME_PREPOSITIONS
        and not any(_names(token) for token in phrase)
    ):
        # 'Trump at the time said', 'Sanders on Tuesday night warned': the phrase is the object
        # of a preposition; the subject stands before it.
        outer = _subject(before[: first - 1])
        if outer is not None:
            return outer
    return _plausible(phrase)


def _relative_clause_head(before: list[_Token], found: Span) -> Span | None:
    """The subject of a cue whose subject phrase was read inside a relative clause: 'A man
    who lost his son in the attack said', 'a super PAC that backed Mr. Rubio said', 'Residents
    who fled the fighting told': the phrase read back from the cue ('his son', 'Mr. Rubio', 'the
    fighting') is the clause's object, and the cue's subject is the phrase the clause hangs
    from. The clause opens on 'who', 'which' or 'that' and its verb ('lost', 'were briefed'),
    with no mark between it and the cue ('Smith, who won, said' is read as an aside). A phrase
    that is a subject of its own is left: a subject pronoun ('who said they know'), or one
    right after a verb of saying, which opens the clause it reports ('who said Smith told')."""
    starts = [token.start for token in before]
    index = bisect_left(starts, found.start)
    if (
        before[index].lower in PRONOUN_GENDER
        or before[index].lower in RELATIVE_PRONOUNS  # 'alumni who support': read already
        or (index > 0 and before[index - 1].lower in CUE_VERBS)
        # "with Trump's expected answers": an owner, no subject
        or before[bisect_left(starts, found.end) - 1].word.endswith(_POSSESSIVE)
    ):
        return found
    for at in range(index - 1, max(-1, index - 1 - _MAX_RELATIVE_WORDS), -1):
        token = before[at]
        if not token.is_word or token.lower in _INNER_CLAUSE_WORDS:
            return found
        if token.lower in _RELATIVE_OPENERS and at >= 1:
            verb = at + 1  # the phrase read may open on the verb: 'that backed Mr. Rubio said'
            while before[verb].end < found.end and (
                before[verb].lower in _VERB_GROUP or _is_modifier(before[verb])
            ):
                verb += 1
            if before[verb].end >= found.end or not _clause_verb(before[verb].lower):
                return found  # 'that the officials said': a clause with its own subject
            head = before[: at - 1] if before[at - 1].word == "," else before[:at]
            return _subject(head) or found
    return found


def _finite_cue(word: str) -> bool:
    """Whether a cue may be the verb of the clause a relative one hangs from: a verb of saying
    as the tables list it ('said', 'added'), or the past form of another ('answered',
    'expressed', 'described'); not a form as often a noun, an adverb or a participle after its
    noun ('talk shows', 'Southern states', 'back in the day', 'the man seen on video')."""
    return word in CUE_VERBS or (
        word.endswith("ed") and (word in GATED_FORMS or word in LISTED_STANCE_WORDS)
    )


def _clause_verb(word: str) -> bool:
    """Whether ``word`` opening a relative clause is its verb: a form English has only as a
    verb (:func:`.relative_subjects.verb_form`), or a cue's or a stance word's ('told',
    'spoke', 'backs')."""
    return (
        verb_form(word) or word in CUE_VERBS or word in GATED_FORMS or word in LISTED_STANCE_WORDS
    )


def _located_person(before: list[_Token], found: Span) -> Span | None:
    """'A spokesman in Paris said', 'a diplomat at the UN told': a noun for people opening its
    clause, then where the person is, right before the cue; the place ``found`` does not speak,
    the person does. A description set off after a name or a verb ('Ann Lee, 67, a nurse in
    Leeds, said', 'who is now a fellow at the Center') is left to the name before it."""
    index = next((i for i, token in enumerate(before) if token.start == found.start), 0)
    if index < 2 or before[index - 1].lower not in _WHERE_PREPOSITIONS:
        return None
    noun = before[index - 2]
    if not (noun.word.islower() and _people_noun_word(noun.lower)):
        return None
    start = index - 2
    while start > 0 and before[start - 1].is_word and before[start - 1].lower not in _PHRASE_BREAKS:
        start -= 1
    if start > 0 and (before[start - 1].is_word or before[start - 1].word == ","):
        return None
    return _subject(before[: index - 1])


def _described_person(before: list[_Token], found: Span) -> Span | None:
    """'A lawyer for Smith said', 'a friend of the victim told', 'an official with SEPA said':
    a noun for people, then whom they work for or belong to, right before the cue. The subject
    walk stops at the preposition, so ``found`` is the employer or relation, who does not speak;
    the speaker is the whole description (docs/annotation-guidelines.md: an unnamed source is
    given by its description as written), which the tracker resolves as any description."""
    index = next((i for i, token in enumerate(before) if token.start == found.start), 0)
    if index < 2 or before[index - 1].lower not in _RELATION_LINKS:
        return None
    noun = before[index - 2]
    if not (noun.word.islower() and _people_noun_word(noun.lower)):
        return None
    complement = before[index]
    if (
        before[index - 1].lower == "to"
        and complement.word.islower()
        and complement.lower not in DETERMINERS
    ):
        return None  # 'others to refrain': a verb, not whom they belong to
    if any(token.word == "," for token in before[index:]):
        return None  # 'a lawyer for the outlets, David Schulz, said': the name speaks
    described = _subject(before[: index - 1])
    if described is None or described.end != noun.end:
        return None
    return Span(described.start, found.end)


def _named_before_link(before: list[_Token], found: Span) -> Span | None:
    """'Ahmed Abdullah from Baghdad police told', 'Sgt. Ann Lee of the homicide unit said': a
    person's name opening its clause, then 'from' or 'of' and where they work, right before the
    cue; the subject walk stops at 'from', so ``found`` is the workplace, which does not speak.
    A person's name is two words or more on a known first name, or a name after a title ('Dr.
    Lee'); after a first name a word the title table lists is a surname ('Amrita Sen'), and
    anywhere else a title the link governs ('Secretary of State', 'Bank of England')."""
    index = next((i for i, token in enumerate(before) if token.start == found.start), 0)
    if index < 2 or before[index - 1].lower not in _AFFILIATION_LINKS:
        return None
    start = index - 1
    while start > 0 and _names(before[start - 1]):
        start -= 1
    titles = start
    while titles < index - 1 and before[titles].lower in NAME_TITLES:
        titles += 1
    person = before[titles : index - 1]
    first_named = bool(person) and first_name_gender(person[0].word) is not None
    if (
        not person
        or (titles == start and not (first_named and len(person) >= 2))
        or (not first_named and any(token.lower in NAME_TITLES for token in person))
    ):
        return None  # 'Bank of England', 'Ford Motor Co. of the United States'
    if start > 0 and (before[start - 1].is_word or before[start - 1].word == ","):
        return None  # 'praised Ahmed Abdullah from ...': an object, not the subject
    return Span(before[start].start, before[index - 2].end)


def _without_period(tokens: list[_Token]) -> list[_Token]:
    """``tokens`` without a time that ends them, right before the cue: a period named from now
    ('Trump, who last month boasted', 'Rep. Ann Lee, R-Ohio, last week called', 'Smith earlier
    this week said') or a day after a name or a comma ('Trump Friday described', 'Paul Ryan,
    the Speaker, on Tuesday called'); the speaker stands before them."""
    if not tokens or tokens[-1].lower not in _TIME_ENDS:
        return tokens  # most speakers: no time before the cue
    end = len(tokens)
    if tokens[-1].lower in DAY_PARTS:
        end -= 1  # 'Friday night', 'last week'
    if (
        end >= 2
        and tokens[end - 1].lower in _CALENDAR_PERIODS
        and tokens[end - 2].lower in _PERIOD_LEADS
    ):
        end -= 2
        if end > 0 and tokens[end - 1].lower in _PERIOD_EDGES:
            end -= 1
    elif end >= 2 and tokens[end - 1].lower in WEEKDAYS:
        end -= 1
        if tokens[end - 1].lower in _DAY_LEADS and end >= 2 and tokens[end - 2].word == ",":
            end -= 1  # 'Paul Ryan, the Speaker, on Tuesday called'
        elif not (tokens[end - 1].word == "," or _names(tokens[end - 1])):
            return tokens  # 'Trump on Friday said' is read as a preposition's object already
    else:
        return tokens
    return tokens[:end]


def _before_time_phrase(tokens: list[_Token], index: int) -> int:
    """Where the words before a time phrase ending at ``index`` end: 'who just a few days
    earlier called', 'Smith two weeks later said' say when, and the speaker stands before
    them. A time phrase is a word for a stretch of time ('days', 'weeks'), maybe counted ('a
    few', 'two', 'several'), then 'earlier', 'later' or 'ago'; anything else ends at
    ``index``."""
    first = index
    if 0 <= index < len(tokens) and tokens[index].lower in _TIME_PHRASE_ENDS:
        first -= 1  # 'days earlier'
    elif not (index + 1 < len(tokens) and tokens[index + 1].lower in _TIME_PHRASE_ENDS):
        return index  # no time phrase; an 'earlier' read as a modifier already is after it
    if first < 0 or not (tokens[first].is_word and tokens[first].lower in OPENER_WORDS):
        return index  # 'officials earlier said': a plain adverb, read as one
    while first - 1 >= 0 and tokens[first - 1].is_word and tokens[first - 1].word.islower():
        word = tokens[first - 1].lower
        if not (word in DETERMINERS or word in _TIME_COUNTS or parse_number(word) is not None):
            break
        first -= 1
    return first - 1


def _inside_name(tokens: list[_Token], index: int) -> bool:
    """Whether the 'of', 'for' or article at ``index`` joins the capitalised words of one
    name: 'Australians for a Constitutional Monarchy', 'Bank of England' (not 'Trump at the
    time', 'officials of the party')."""
    word = tokens[index].lower
    if word == "and":
        return _joins_name_parts(tokens, index)
    if word in DETERMINERS:
        index -= 1
        if index < 0 or tokens[index].lower not in _NAME_JOINS:
            return False
    elif word not in _NAME_JOINS:
        return False
    following = tokens[index + 1 : index + 3]
    following = following[1:] if following and following[0].lower in DETERMINERS else following
    return (
        index >= 1
        and tokens[index - 1].is_word
        and _names(tokens[index - 1])
        and tokens[index - 1].lower not in NAME_TITLES
        and bool(following)
        and following[0].is_word
        and _names(following[0])
    )


def _joins_name_parts(tokens: list[_Token], index: int) -> bool:
    """Whether the 'and' at ``index`` joins two parts of a name that an 'of' or 'for' already
    joins: 'Department of Children and Family Services', 'Secretary of Health and Human
    Services' (not 'Smith and Jones', 'Britain and France')."""
    join = index - 1
    while join >= 0 and tokens[join].is_word and _names(tokens[join]):
        join -= 1  # most 'and's follow a word in lower case, and stop here
    return (
        0 < join < index - 1
        and tokens[join].lower in _NAME_JOINS
        and index + 1 < len(tokens)
        and tokens[index + 1].is_word
        and _names(tokens[index + 1])
        and _inside_name(tokens, join)
        and first_name_gender(tokens[index + 1].word) is None  # '... of Arizona and Lindsey'
    )


def _names(token: _Token) -> bool:
    """Whether a capitalised word may be part of a name (not 'Tuesday', 'The', 'But'), or a
    surname opening on its particle in lower case ('al-Batsh', 'el-Sisi', 'bin-Talal')."""
    word = token.word
    if word[0].isupper():
        return token.lower not in NOT_NAME_STARTS
    if "-" not in word:
        return False
    particle, _, rest = word.partition("-")
    return particle in NAME_PARTICLES and rest[:1].isupper()


def _pronoun(token: _Token) -> Span | None:
    """The pronoun in 'he', 'she’d', 'they'll': contractions keep only the pronoun itself."""
    lower = token.lower
    head = _CONTRACTION.sub("", lower) if "'" in lower or "’" in lower else lower
    if head not in PRONOUN_GENDER:
        return None
    return Span(token.start, token.start + len(head))


def _skip_modifiers(tokens: list[_Token], index: int) -> int:
    while index >= 0 and _is_modifier(tokens[index]):
        index -= 1
    return index


def _is_modifier(token: _Token) -> bool:
    """'also', 'has', 'jokingly': words between a speaker and the cue; never capitalised ('Ms.
    May said': a name, not the modal)."""
    lower = token.lower
    return (
        token.is_word
        and token.word.islower()
        and (
            lower in CUE_MODIFIERS
            or lower in _TIME_ADVERBS
            # 'the national daily said': an outlet's noun, not an adverb
            or (lower.endswith("ly") and lower not in OUTLET_NOUNS)
        )
    )


def _plausible(words: list[_Token]) -> Span | None:
    """A speaker phrase when it looks like one: a name, or a determiner-led or short noun phrase."""
    while words and words[0].word[0].isupper() and words[0].lower in NOT_NAME_STARTS:
        if words[0].lower in DETERMINERS:
            break
        words = words[1:]
    if len(words) >= 2 and _verb_after_name(words[-2], words[-1], participle=False):
        words = words[:-1]  # 'Clinton said', 'Diplomats here': the name, not its verb
    if not words:
        return None
    if len(words) == 1 and _not_a_speaker(words[0]):
        return None  # 'he couldn't confirm', 'must', 'the': no one is named
    capitalized = any(word.word[0].isupper() for word in words)
    led = words[0].lower in DETERMINERS
    if not (capitalized or led or len(words) <= 2):
        return None
    last = words[-1]
    if last.word[0].isdigit() and not _AGE.fullmatch(last.word.rstrip(".")):
        return None  # a count or a date; 'the 46-year-old.' ends its sentence on the age
    sentence_stop = last.word.endswith(".") and "." not in last.word[1:-1] and len(last.word) > 2
    return Span(words[0].start, last.end - 1 if sentence_stop else last.end)


def _verb_after_name(name: _Token, word: _Token, *, participle: bool = True) -> bool:
    """Whether ``word``, right after a capitalised word, is a word of the name's own clause,
    never part of the name: one English has only as a past form or an adverb ('Clinton said',
    'Diplomats here') or, with ``participle``, a word in -ing. That is read only after a cue
    ('said Ann Lee pointing at'): a subject before its verb may be a noun in -ing ('Exit
    polling', 'New scheduling')."""
    return (
        _names(name)
        and word.word.isalpha()
        and word.word.islower()
        and ((participle and word.lower.endswith("ing")) or word.lower in NON_NAME_WORDS)
    )


def _not_a_speaker(word: _Token) -> bool:
    """A lone lower-case word that is a verb form or an article, never a speaker: 'couldn't',
    'focused', 'must', 'the' (unlike 'officials', 'most' or 'another')."""
    lower = word.word.lower()
    return word.word.islower() and (
        "'" in lower
        or "’" in lower
        or lower.endswith("ed")
        or lower in CUE_MODIFIERS
        or lower in _NOT_SPEAKERS
    )


def _ends_phrase(text: str, position: int) -> bool:
    """Whether a speaker phrase may end here: at punctuation, a preposition or a time word
    ('early Saturday'), not before a verb or an opening quotation mark."""
    if text[position - 1] in ".,;:":  # the phrase's last token took the punctuation in
        return True
    match = _NEXT_WORD.match(text, position)
    if match is None or match.group("mark"):
        return False
    word = match.group("word")
    if word is None:
        return True
    lower = word.lower()
    if lower in OPENER_WORDS or (lower.endswith("ing") and word.isalpha()):
        # 'Yang Yujun early Saturday', 'Ann Lee pointing at', never 'he still prays'
        return text[position - 1].isalpha() and _ends_on_name(text, position)
    return lower in FORWARD_STOPS and lower not in CLAUSE_CONTINUATIONS


def _ends_on_name(text: str, position: int) -> bool:
    """Whether the word ending at ``position`` is capitalised and may be part of a name."""
    start = position
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    words = _tokens(text, start, position)
    return bool(words) and _names(words[-1])


def _following(after: list[_Token], *, owners: bool = False) -> Span | None:
    """The speaker after a say-type verb: 'said Michael Shifter, president of ...'; with
    ``owners``, read on past an owner's bare apostrophe ("said Sanders' campaign manager Faiz
    Shakir"), which right after the verb opens the speaker's phrase (a subject read at a
    clause's head may end on an owner: "The candidates' estimates")."""
    words: list[_Token] = []
    for index, token in enumerate(after):
        if owners and not token.is_word and _plural_possessive(after, index):
            words.append(token)
            continue
        if (
            not token.is_word
            or (token.lower in _FORWARD_BREAKS and not _given_name(after, index))
            or len(words) >= _MAX_SPEAKER_WORDS
        ):
            break
        if token.lower in OPENER_WORDS and any(_names(word) for word in words):
            break  # 'said Yang Yujun early Saturday', 'said Smith yesterday': a time, not a name
        words.append(token)
    if not words:
        return None
    head = words[0]
    if head.lower.removesuffix(".") in PRONOUN_GENDER:  # 'said he.'
        return Span(head.start, head.start + len(head.lower.removesuffix(".")))

    if head.lower in _PREPOSITIONS:
        return None  # 'said of Steyer', 'wrote about Clinton': whom the words are about
    unnamed = head.lower in DETERMINERS or head.lower in SOURCE_NOUNS  # 'said sources'
    if not any(word.word[0].isupper() for word in words) and not unnamed:
        return None
    return _plausible(words)


def _plural_possessive(tokens: list[_Token], index: int) -> bool:
    """Whether ``tokens[index]`` is the bare apostrophe of an owner ending in s ("Sanders'",
    "the boys'"): set right after that word and before another, as the tokens split it off."""
    mark = tokens[index]
    return (
        mark.word in _APOSTROPHES
        and 0 < index < len(tokens) - 1
        and tokens[index - 1].end == mark.start
        and tokens[index - 1].lower.endswith("s")
        and tokens[index + 1].is_word
        and tokens[index + 1].start > mark.end
    )


def _given_name(tokens: list[_Token], index: int) -> bool:
    """Whether a word that may join a clause ('will', 'may') is, in capitals and before a
    capitalised word, a first name: 'said Representative Will Weatherford', 'said May Chen'."""
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        token.word[0].isupper()
        and following is not None
        and following.is_word
        and following.word[0].isupper()
        and first_name_gender(token.word) is not None
    )


def _before_appositive(before: list[_Token], depth: int = 2) -> Span | None:
    """'Shifter, president of the group, said', 'Kelly Evans, 32, from Bolton, said': the name
    before one or two appositives."""
    index = _skip_modifiers(before, len(before) - 1)
    if index < 0 or before[index].word != ",":
        return None
    opening = index - 1
    while opening >= 0 and before[opening].word != ",":
        opening -= 1
    if opening < 1 or index - opening - 1 > _MAX_APPOSITIVE_WORDS:
        return None
    found = _subject(before[:opening])
    appositive = before[opening + 1 : index]
    if found is not None and _person_set_off(before, found, appositive):
        # 'The head of the FBI office in Dar es Salaam, Kenneth Piernick, said', 'the mayor of
        # Chicago, Rahm Emanuel, said': the name set off after the object of a preposition is
        # the subject's; the place or body the preposition names is not
        return Span(appositive[0].start, appositive[-1].end)
    named = _apposed_name(_before_affiliation(_past_age(appositive)), before[opening - 1])
    if named is not None and (found is None or not _after_preposition(before, found)):
        # 'The Secretary of State for Finance, Tibor Draskovics, said', not 'who lives
        # outside the capital, Salem, said': a description after a preposition is no subject
        return named if found is None else Span(found.start, named.end)
    if depth > 1 and (
        found is None
        or _place_in_appositive(before, found, appositive)
        or _object_of_preposition(before, found)
    ):
        # 'Hoose, an attorney in Northampton, Mass., said': the place ends the first appositive
        return _before_appositive(before[: opening + 1], depth - 1) or found
    return found


def _person_set_off(before: list[_Token], found: Span, appositive: list[_Token]) -> bool:
    """Whether ``appositive`` is a person's full name set off after ``found``, the named
    object of a preposition ('in Kabul', 'of the Pentagon', not 'outside the capital'): two to
    four name words that are not a place ('in Santa Fe, New Mexico,')."""
    return (
        2 <= len(appositive) <= _MAX_APPOSED_NAME_WORDS
        and all(token.is_word and _names(token) for token in appositive)
        and _object_of_preposition(before, found)
        and any(_names(token) for token in before if found.start <= token.start < found.end)
        and not names_a_place(" ".join(token.word for token in appositive))
    )


def _named_after(after: list[_Token], found: Span) -> Span | None:
    """'said a Daewoo spokesman, Kim Hyung-Soo.': the name set after a description of its
    holder; the speaker mention runs over both, and resolves to the name."""
    position = next((i for i, token in enumerate(after) if token.start >= found.end), len(after))
    described = [token for token in after[:position] if token.is_word]
    if not described or described[-1].lower in PRONOUN_GENDER:
        return None
    if all(_names(word) or word.word in _AFFILIATION_LINKS for word in described) and not (
        _role_word(described[-1])
    ):
        # 'said John Smith, Mary Jones', 'Mike Lee of Utah, Thom Tillis of North Carolina':
        # a name, not a description, comes first
        return None
    if position >= len(after) or after[position].word != ",":
        return None
    words = after[position + 1 : position + 2 + _MAX_APPOSED_NAME_WORDS]
    link = next((i for i, word in enumerate(described) if word.word in _AFFILIATION_LINKS), 0)
    if link and described[link - 1].word.islower():
        described = described[:link]  # 'said the mayor of Chicago, Rahm Emanuel': the mayor
    end = next((i for i, token in enumerate(words) if not token.is_word or not _names(token)), None)
    if end is None:
        if len(words) > _MAX_APPOSED_NAME_WORDS:
            return None  # a longer run of capitalised words than a name
        end = len(words)
    elif not _ends_apposed_name(words[end]):
        return None
    return _apposed_name(words[:end], described[-1])


def _ends_apposed_name(token: _Token) -> bool:
    """Whether ``token`` may follow a name set off after a description: a comma or a full
    stop, a preposition or a time ('said his lawyer, Ann Lee on Monday'), where they work
    ('said one study leader, Peter Horby of the University of Oxford'), not a verb ('said
    his lawyer, Ann Lee wants')."""
    if not token.is_word:
        return token.word in _APPOSITION_ENDS
    return (
        token.lower in OPENER_WORDS
        or (token.word.islower() and token.lower in _FORWARD_BREAKS)
        or token.word in _AFFILIATION_LINKS
    )


def _role_word(token: _Token) -> bool:
    """Whether a capitalised word ending a description is a role, not a name: 'CEO' of 'Credit
    Suisse CEO', 'Minister' of 'Finance Minister'."""
    return token.lower in NAME_TITLES or token.lower in PERSON_NOUNS


def _before_affiliation(words: list[_Token]) -> list[_Token]:
    """An apposed name without where the person works after it: 'Peter Horby' of 'Peter Horby
    of the University of Oxford' (two name words at least before 'of' or 'from', so 'Bank of
    America' stays whole)."""
    link = next((i for i, word in enumerate(words) if word.word in _AFFILIATION_LINKS), 0)
    return words[:link] if link >= 2 else words


def _past_age(words: list[_Token]) -> list[_Token]:
    """An appositive past the age opening it: 'Heaven Garcia' of '18-year-old Heaven Garcia'
    ('His older sister, 18-year-old Heaven Garcia, said')."""
    return words[1:] if len(words) > 1 and _AGE.fullmatch(words[0].word) else words


def _apposed_name(words: list[_Token], described: _Token) -> Span | None:
    """The appositive ``words`` as a person's name standing for the description that ends on
    ``described``: every word a name word, and either the description ends on a common noun
    ('his daughter, Rosa') or the appositive opens on a known first name ('Finance, Tibor
    Draskovics'), so 'Smith, Labour MP,' and 'King, Jr.,' stay descriptions."""
    if not 1 <= len(words) <= _MAX_APPOSED_NAME_WORDS or not all(
        word.is_word and _names(word) for word in words
    ):
        return None
    if not (described.word.islower() or first_name_gender(words[0].word) is not None):
        return None
    if len(words) == 1 and first_name_gender(words[0].word.rstrip(".")) is None:
        return None  # 'said the mayor, Monday' or a place: one word must be a first name
    last = words[-1]
    stop = last.word.endswith(".") and len(last.word) > 2 and "." not in last.word[1:-1]
    return Span(words[0].start, last.end - 1 if stop else last.end)


def _after_preposition(before: list[_Token], found: Span) -> bool:
    """Whether the phrase ``found`` is the object of a preposition of place ('in Columbus',
    'outside of the capital'), which no speaker is; 'Minister of Trade' and 'Secretary for
    Finance' are parts of a title."""
    index = next((i for i, token in enumerate(before) if token.start == found.start), 0)
    if index > 1 and before[index - 1].lower == "of":  # 'outside of', not 'Minister of'
        return before[index - 2].lower in _PLACE_BEFORE_OF
    return index > 0 and before[index - 1].lower in _PLACE_PREPOSITIONS


def _object_of_preposition(before: list[_Token], found: Span) -> bool:
    """Whether ``found`` follows a preposition outside any name ('founder of Brothers to the
    Rescue,'), so it ends a description of the speaker rather than naming them."""
    index = next((i for i, token in enumerate(before) if token.start == found.start), 0)
    return index > 0 and before[index - 1].lower in _PREPOSITIONS


def _place_in_appositive(before: list[_Token], found: Span, appositive: list[_Token]) -> bool:
    """Whether ``found`` is a place named after a preposition, with its state, country or
    name set off by commas: 'in Northampton, Mass.,', 'outside of the capital, Sacramento,'."""
    return (
        _after_preposition(before, found)
        and 1 <= len(appositive) <= 2
        and all(token.is_word and token.word[0].isupper() for token in appositive)
    )


def _without_opener(tokens: list[_Token]) -> list[_Token] | None:
    """Drop an opening adverbial ('In early October,', 'Hours later,', 'Separately,') up to its
    comma; a name before a comma ('Erin Brockovich, the activist,') stays. None while the
    sentence is still inside an opening clause ('As the debate went on and Trump ...')."""
    words = [token for token in tokens if token.is_word]
    subordinate = bool(words) and (
        words[0].lower in SPEAKER_STOPS - _COORDINATORS or words[0].lower in _OPENING_PREPOSITIONS
    )
    comma = next((i for i, token in enumerate(tokens) if token.word == ","), None)
    if comma is None:
        return None if subordinate else tokens
    words = [token for token in tokens[:comma] if token.is_word]
    participle = bool(words) and words[0].word[0].isupper() and may_be_participle(words[0].word)
    opener = (
        subordinate
        or participle
        or (  # 'Speaking on Wednesday, May pointed ...'
            bool(words)  # a sentence may open on its comma: ', the official said'
            and len(words) <= _MAX_OPENER_WORDS
            and not any(word.lower in PRONOUN_GENDER for word in words)  # 'Then he cut in,'
            and (
                words[0].lower in OPENER_WORDS
                or words[-1].lower in OPENER_WORDS
                or (len(words) == 1 and words[0].lower.endswith("ly"))
            )
        )
    )
    return _past_opener_asides(tokens[comma + 1 :]) if opener else tokens


def _past_opener_asides(tokens: list[_Token]) -> list[_Token]:
    """What follows an opening adverbial's comma, past the asides that may close the adverbial
    itself: a place's state or country ('Speaking in Salem, New Hampshire, Trump went') or a
    relative clause ('in New Hampshire, which votes Tuesday, Bush said')."""
    while True:
        comma = next((i for i, token in enumerate(tokens) if token.word == ","), None)
        if comma is None or comma == 0:
            return tokens
        aside = tokens[:comma]
        place = len(aside) <= _MAX_APPOSED_NAME_WORDS and names_a_place(
            " ".join(token.word for token in aside)
        )
        if not (place or aside[0].lower in RELATIVE_PRONOUNS):
            return tokens
        tokens = tokens[comma + 1 :]


def _without_day(tokens: list[_Token]) -> list[_Token]:
    """Drop a day set before the subject with no comma: 'On Tuesday afternoon president Trump
    hosted ...', 'On May 3 the council voted ...'."""
    if not tokens or tokens[0].lower != "on":
        return tokens
    end = 1
    while (
        end < min(len(tokens), _DAY_WORDS + 1)
        and tokens[end].is_word
        and (tokens[end].lower in OPENER_WORDS or tokens[end].word.isdigit())
    ):
        end += 1
    return tokens[end:] if end > 1 else tokens


def _agency_closes(tokens: list[_Token]) -> bool:
    """Whether an agency in capitals and parentheses, then a dash, closes a place name of one
    to three words opening ``tokens``: 'Washington (AFP) –', 'Rio de Janeiro (AFP) -';
    '(Reuters) -' is written 'Reuters', so only capitals count."""
    for index in (1, 2, 3):
        if index + 3 < len(tokens) and tokens[index].word == "(":
            return (
                tokens[index + 1].word.isupper()
                and tokens[index + 2].word == ")"
                and tokens[index + 3].word in _DATELINE_DASHES
            )
    return False


def _without_dateline(tokens: list[_Token]) -> list[_Token]:
    """Drop a dateline opening the text's first sentence: a place in capitals, maybe its state
    and agency, up to the dash or agency that ends it ('FORT WORTH, Texas (AP) — A police
    officer'), or in plain case when an agency in capitals closes it ('Washington (AFP) –
    Democrat Hillary Clinton')."""
    if not tokens or not tokens[0].is_word:
        return tokens
    if not tokens[0].word.isupper() and not _agency_closes(tokens):
        return tokens
    for index, token in enumerate(tokens[:_DATELINE_TOKENS]):
        if token.word in _DATELINE_ENDS:
            rest = index + 1
            while rest < len(tokens) and tokens[rest].word in _DATELINE_DASHES:
                rest += 1
            return tokens[rest:]
    return tokens


def _sentence_subject(tokens: list[_Token], *, whole: bool) -> Span | None:
    """The phrase that opens a sentence as its subject, skipping openers ('But', 'On Tuesday,')
    and a dateline ('FORT WORTH, Texas (AP) —'); ``whole`` when ``tokens`` start where the
    sentence does, not somewhere inside a long one."""
    opened = _without_dateline(tokens)
    kept = _without_opener(_without_day(opened))
    if kept is None:
        return None
    if whole:
        after = kept if len(kept) < len(opened) else _past_coordinators(opened)
        found = _opening_after_opener(after) if len(after) < len(opened) else None
        if found is not None:
            return found
    for position, token in enumerate(kept):
        if not token.is_word or (token.word.isupper() and len(token.word) > 3):
            continue  # a dateline: 'WASHINGTON'
        opener = (
            token.lower in NOT_NAME_STARTS or token.lower in OPENER_WORDS
        ) and token.lower not in DETERMINERS
        if whole and position == 0 and _bare_people(token):
            return Span(token.start, token.end)
        if token.lower in PRONOUN_GENDER or (
            not opener and (token.word[0].isupper() or token.lower in DETERMINERS)
        ):
            return _before_verb(kept[position:])
    return None


def _past_coordinators(tokens: list[_Token]) -> list[_Token]:
    """Drop the conjunctions a sentence may open on ('And', 'But', 'Yet', 'Or', 'So')."""
    index = 0
    while index < len(tokens) and tokens[index].lower in _OPENING_COORDINATORS:
        index += 1
    return tokens[index:]


def _opening_after_opener(kept: list[_Token]) -> Span | None:
    """The subject between a sentence's opener (a conjunction, an adverb or a phrase set off by
    a comma) and the verb, when it is a bare noun phrase in lower case ending on a noun that
    heads a speaker ('And every recent state poll has shown', 'Indeed, black voters were
    backing', 'But campaign finance records show'): with no opener the same words, their first
    in capitals, are read as the subject. Auxiliaries and adverbs before the verb stay out
    ('voters have also said'); a verb, a determiner or a linking word inside the phrase makes
    the words a clause, no subject."""
    if not kept or not _bare_phrase_word(kept[0]):
        return None  # most: 'But the campaign said', 'And Smith said', 'However, he said'
    verb = next((i for i, word in enumerate(kept) if word.lower in _VERB_GROUP), len(kept))
    words = kept[:verb]
    while words and _adverb(words[-1]):
        words.pop()
    if not 0 < len(words) <= _MAX_SPEAKER_WORDS or not _speaker_head(words[-1].lower):
        return None
    if not all(word.lower in _VERB_GROUP or _adverb(word) for word in kept[verb:]):
        return None
    if not all(_bare_phrase_word(word) for word in words):
        return None  # 'But the campaign said': a determiner reads as the first word already
    return Span(words[0].start, words[-1].end)


def _bare_phrase_word(word: _Token) -> bool:
    """Whether a word may stand in a bare noun phrase in lower case: no verb, determiner,
    pronoun, preposition or linking word ('black', 'state', 'voters')."""
    lower = word.lower
    return (
        word.word.replace("-", "").isalpha()
        and word.word.islower()
        and lower not in _PHRASE_BREAKS
        and lower not in NON_NAME_WORDS
        and lower not in _PREPOSITIONS
        and lower not in DETERMINERS
    )


def _adverb(word: _Token) -> bool:
    """An adverb that may stand between a subject and its verb: 'also', 'repeatedly'."""
    return word.lower in CUE_MODIFIERS or word.lower.endswith("ly") or word.lower == "not"


def _speaker_head(word: str) -> bool:
    """Whether a lower-case noun may end a speaker's phrase: a person, a role, a source, a
    body, a document or a poll ('voters', 'officials', 'records', 'state poll'), not a word
    that is an adjective too ('But former planning minister ...': 'former' leads a title)."""
    return (_head_noun(word) or word in FINDINGS_NOUNS) and word not in ADJECTIVES


def _head_noun(word: str) -> bool:
    """Whether a lower-case word may head a speaker's phrase: a noun for people ('senators',
    WordNet's or the casualty counts'), a role, a source, a document or a body ('officials',
    'study', 'groups')."""
    return word in _PEOPLE_NOUNS or _in_singular(word, _HEAD_NOUNS)


def _in_singular(word: str, nouns: frozenset[str]) -> bool:
    """Whether ``word`` or, if it is a regular plural, its singular is one of ``nouns``:
    'report', 'reports', 'studies' (of 'study')."""
    return (
        word in nouns
        or (word.endswith("s") and word[:-1] in nouns)
        or (word.endswith("ies") and word[:-3] + "y" in nouns)
    )


def _qualified_head(word: str) -> bool:
    """Whether a lower-case word after a name may end a subject phrase the name qualifies: a
    noun for people, a role or a body ('The Mexican government', 'Sanders supporters'), not a
    document, whose maker the name already is ('The PPI report', 'Ukraine articles', 'the
    Harvard studies')."""
    return _head_noun(word) and not _in_singular(word, DOCUMENT_NOUNS)


def _bare_people(token: _Token) -> bool:
    """'officers combed the lawn and said': a plural noun for people, in lower case, opening a
    sentence is its subject with no determiner, and the subject is not looked for past it."""
    word = token.lower
    return (
        token.word[0].islower() and word.endswith("s") and (word in SOURCE_NOUNS or is_person(word))
    )


def _before_own_verb(tokens: list[_Token], found: Span) -> Span:
    """``found`` up to the verb of its own clause: a word English has only as a past form or
    an adverb right after a name or a noun that may head a subject ('Obama took Republican
    leaders to task', 'Perlmutter emailed senior VA officials', 'the suspect nodded his head',
    then a participle that shares the subject); a past form after an article or an adverb
    qualifies what follows it ('the newly elected mayor')."""
    words = [token for token in tokens if found.start <= token.start < found.end]
    for previous, word in pairwise(words):
        if (
            word.word.isalpha()
            and word.word.islower()
            and word.lower in NON_NAME_WORDS
            and (_names(previous) or _head_noun(previous.lower))
        ):
            return Span(found.start, previous.end)
    return found


def _before_verb(tokens: list[_Token]) -> Span | None:
    """The subject phrase at the head of ``tokens``, ending at its last name word when lower-case
    words follow it: 'FBI director James Comey decided not to ...' -> 'FBI director James Comey'."""
    found = _following(tokens)
    if found is None:
        return None
    found = _before_own_verb(tokens, found)
    after = next((i for i, token in enumerate(tokens) if token.start >= found.end), len(tokens))
    apposed = (
        _named_after(tokens[: after + _MAX_APPOSED_NAME_WORDS + 2], found)
        if after < len(tokens) and tokens[after].word == ","
        else None
    )
    if apposed is not None and not names_a_place(
        " ".join(token.word for token in tokens if apposed.start <= token.start < apposed.end)
    ):
        # 'His National Economic Council director, Larry Kudlow, meanwhile spent ...': the
        # name set off after the description of its holder ('of St. Simons Island, Georgia,'
        # sets off a place)
        return Span(found.start, apposed.end)
    words = [token for token in tokens if found.start <= token.start < found.end]
    named = [index for index, word in enumerate(words) if _names(word)]
    head = counted_head([word.word for word in words], _head_noun) if named == [0] else None
    if head is not None:  # 'Three senators', 'Local farmers': the first word is no name
        return Span(words[0].start, words[head].end)
    if not named:
        # 'the prime minister went a step further': an unnamed subject ends on its role noun,
        # as on a body or a document: 'The court implied possible workarounds'
        roles = [i for i, word in enumerate(words) if word.lower in _HEAD_NOUNS]
        if not roles or roles[-1] == len(words) - 1 or roles[0] > _MAX_ROLE_START:
            return found
        last = roles[0]
        while last + 1 < len(words) and words[last + 1].lower in _HEAD_NOUNS:
            last += 1
        return Span(words[0].start, words[last].end)
    last = named[-1]
    # 'The Mexican government', 'Trump campaign aides': a name qualifying the head nouns right
    # after it is no subject alone, the phrase ends on them ('Clinton also' ends on 'Clinton')
    while last + 1 < len(words) and _qualified_head(words[last + 1].lower):
        last += 1
    return found if last == len(words) - 1 else Span(words[0].start, words[last].end)
