"""The ``reported_speech`` extractor: what someone said, in the writer's words.

Reported speech is a cue whose speaker is named, and the clause it reports. The cues are those
of quotes (:mod:`.cues`) and verbs only reported speech has ('believes', 'called for', 'a poll
shows', and whole VerbNet classes of stance verbs, in every inflected form: :mod:`.verb_forms`),
whose speaker is the subject of the clause they are in ('voters who want', 'after Smith
endorsed', '..., court records show.') or the sentence's subject standing just before them (or
however far before, for a participle after a comma: ', hoping to ...', or for a second verb
after 'and', 'but' or 'yet': 'Smith cut the fares, and plans to ...'), unless a form of 'be'
makes the cue passive ('Smith is expected to', 'was criticized for'); a passive verb of
speaking or judging with an agent after 'by' is that agent's ('The plan was first reported by
the Post'). Four more cues name their speaker themselves: a line's label ('Lynch: No outside
influence ...', 'TAPPER: ...'), a title-case headline's verb ('Pence Endorses Paul Ryan'), 'in'
before a poll ('In a new CNN poll, ...') and a cue noun's owner ("Trump's claim that ...").
The clause lies after the cue ('Smith said (that) the plan would fail', 'Smith told reporters
the plan ...', 'Smith called the plan a disaster'), up to a second attribution joined on by a
conjunction, a dash or a semicolon ('..., but analysts agreed ...'), or set off by a comma as
a participle or a relative clause ('..., saying ...', '..., which he said ...'); before it when
the cue closes the sentence ('The plan would fail, Smith said on Monday.', '..., Smith told CNN.'), or
around 'according to' ('According to Smith, the plan ...', '..., according to a new poll.': :mod:`.according`); a
cue followed only by when or where ('said in a statement') reports nothing. A clause that is
all quotation is a direct quote, which the ``quotes`` extractor reports; a clause with quoted
words inside is ``mixed``; one without is ``indirect``. Speakers are resolved to names as for
quotes (:mod:`.names`), in reading order with the speakers of direct quotes, so that 'He said
...' after a quote refers to whom the quote extractor also gives it; 'I' and 'we' stand for a
transcript's speaker label ('FALLIN: Thank you. I think ...'), or else for the writer. A cue's
speaker is looked for only when no clause already reported covers it, and every look-up is
bounded or bisected, so time grows with the text, never with its square.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache
from itertools import islice

from newsparse._data.mined_cues import MINED_CUE_VERBS
from newsparse._data.noun_verb_forms import NOUN_VERB_FORMS
from newsparse._data.reporting_verbs import (
    ADDRESSED_FORMS,
    ATTRIBUTION_LINKS,
    ATTRIBUTION_TIMES,
    BE_FORMS,
    CLAUSE_CONTINUATIONS,
    CUE_MODIFIERS,
    CUE_NOUN_LINKS,
    CUE_NOUNS,
    CUE_VERBS,
    DESCRIBING_VERBS,
    DETERMINERS,
    FINDINGS_NOUNS,
    LISTED_STANCE_WORDS,
    NOT_CUE_FORMS,
    NOT_NAME_STARTS,
    OBJECT_FIRST_VERBS,
    OPENER_WORDS,
    PLACE_TIME_PREPOSITIONS,
    PRONOUN_GENDER,
    QUESTION_WORDS,
    RELATIVE_PRONOUNS,
    REPORTED_OBJECTS,
    SPEAKER_STOPS,
    STANCE_VERB_CLASSES,
    SUBORDINATORS,
    TELLING_VERBS,
)
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.datelines.extractor import DatelineExtractor
from newsparse.extractors.quotes import according
from newsparse.extractors.quotes.candidates import cues_of, stretches_of
from newsparse.extractors.quotes.coordinated_predicates import second_predicate
from newsparse.extractors.quotes.cues import (
    GATED_FORMS,
    Cue,
    mention_before,
    names_someone,
    opening_subject,
    relative_antecedent,
)
from newsparse.extractors.quotes.gerunds import gerund_subject
from newsparse.extractors.quotes.listeners import clause_after_listener
from newsparse.extractors.quotes.names import SpeakerTracker
from newsparse.extractors.quotes.naming_participles import NAME_GIVING, names_by_name
from newsparse.extractors.quotes.noun_verbs import after_subject, verb_next
from newsparse.extractors.quotes.opening_clauses import opening_clause_end
from newsparse.extractors.quotes.postmodifiers import modifies_subject
from newsparse.extractors.quotes.pronoun_clauses import first_clause, pronoun_clause
from newsparse.extractors.quotes.quantified_subjects import share_subject
from newsparse.extractors.quotes.relative_subjects import relative_subject
from newsparse.extractors.quotes.relatives import relative_object
from newsparse.extractors.quotes.subject_participles import in_subject, object_end
from newsparse.extractors.quotes.time_phrases import clause_after_time
from newsparse.extractors.quotes.verb_forms import every_form
from newsparse.findings import Dateline, ReportedSpeech
from newsparse.numbers import CARDINAL_WORDS
from newsparse.patterns import word_starts, word_trie
from newsparse.regex_cache import compiled
from newsparse.segment import sentence_at
from newsparse.span import Span

_WORD = compiled(r"[^\W_][\w’'-]*")
_NEXT_WORD = compiled(r"[ \t]+([^\W_][\w’'-]*)")  # a blank and a word: no mark between
# the words that open an aside after a quotation's cue (see _aside_next; 'to' is read there)
_ASIDE_WORDS = PLACE_TIME_PREPOSITIONS | frozenset(
    "aboard upon after before outside inside onstage and as".split()
)
# verbs of speaking that take no clause, and the listener after them: 'spoke to reporters',
# 'talking with aides'; what they say is the topic after 'about' in the same stretch ('spoke
# to CNN about the tax'; an 'of' may be the listener's own: 'a crowd of reporters')
_SPEAKING_FORMS = frozenset("speak speaks spoke spoken speaking talk talks talked talking".split())
_ADDRESSEE = compiled(r"[ \t]+(?:to|with)[ \t]+(?!about\b|of\b)")
_TOPIC = compiled(r"(?<![\w-])about[ \t]+")
_THAT = compiled(r"[ \t]*(?:,[ \t]*)?(?:that|:)?[ \t]*", re.IGNORECASE)
_THAT_WORD = compiled(r"(?<![\w-])that(?![\w-])")
_OBJECT = compiled(
    r"[ \t]+(?:(?:the|a|an|his|her|their)[ \t]+)?([\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]*)*)"
)
# found by word_starts, which reads the character before a word first: faster than a
# letter test first ('Says' is a headline's: 'Senator Says Talks Will Resume')
# the verbs mined from an annotated corpus by how often they head an attribution's cue, in the
# forms that are no noun or adjective: 'offered', 'threatens', 'highlighted' (see mined_cues)
_MINED_FORMS = frozenset(form for *_, forms in MINED_CUE_VERBS.values() for form in forms)


@cache
def _stance_vocabulary() -> frozenset[str]:
    """The listed stance words with the forms the tables leave out ('refuses', 'speaks'), and
    the mined verbs; a quote cue's forms stay quote cues. Built on first use: a first run on a
    new machine loads lemminflect for them, which no other extractor needs."""
    listed = LISTED_STANCE_WORDS | (every_form(LISTED_STANCE_WORDS | CUE_VERBS) - CUE_VERBS)
    return listed | (_MINED_FORMS - NOT_CUE_FORMS - CUE_VERBS)


@cache
def _noun_verbs() -> frozenset[str]:
    """The present forms of cue verbs that are also nouns ('claims', 'fears'), which the
    vocabulary leaves out: read only right after a subject (:mod:`.noun_verbs`)."""
    return NOUN_VERB_FORMS - _stance_vocabulary() - CUE_VERBS - NOT_CUE_FORMS


@cache
def _stance_pattern() -> re.Pattern[str]:
    words = _stance_vocabulary() | _noun_verbs() | {"Says"}
    return compiled(r"(?=[a-zS])(?:" + word_trie(words) + r")(?![\w-])")


@cache
def _headline_cue_pattern() -> re.Pattern[str]:
    """A headline's cue words in title case: 'Says', 'Calls For', 'Endorses'."""
    return compiled(
        r"(?<![\w-])(?:"
        + word_trie(
            phrase
            for words in (CUE_VERBS, _stance_vocabulary())
            for word in words
            for phrase in (word.title(), word.capitalize())
        )
        + r")(?![\w-])"
    )


# an object of up to four words and an infinitive after a verb of asking or telling: 'asked her
# to call', 'urged the party to unite' (what was asked, the object with it)
_OBJECT_INFINITIVE = compiled(r"[ \t]+(?:[\w’'.-]+[ \t]+){1,4}?to[ \t]+([a-z][\w’'-]*)")
# words after 'to' that make it a preposition: 'told the story to reporters', 'to his aides'
_NOT_INFINITIVES = DETERMINERS | REPORTED_OBJECTS | PRONOUN_GENDER.keys()
# the listener after 'to': a determiner, a pronoun, a listener's noun or a name (the words in
# one order in every process, so the cached pattern is found again)
_TO_LISTENER = compiled(
    r"[ \t]+(?:[A-Z]|(?:"
    + "|".join(sorted(_NOT_INFINITIVES, key=lambda word: (-len(word), word)))
    + r")(?![\w-]))"
)
# a form of 'be' ending the words before a cue (see _passive)
_PASSIVE_ADVERBS = frozenset("not also still now often".split())  # or any in -ly
_PASSIVE = compiled(
    r"(?<![\w-])(?:is|are|was|were|be|been|being)"
    rf"(?:[ \t]+(?:{'|'.join(sorted(_PASSIVE_ADVERBS))}|[a-z]+ly)){{0,2}}[ \t]+$",
    re.IGNORECASE,
)  # 'is expected', 'are widely expected', 'are not necessarily expected'
_PASSIVE_REACH = 40  # characters read back for it ('are not necessarily expected')
# a conjunction joining a second verb to the subject's first: ', and plans', ' yet refuses'
_COORDINATED = compiled(
    r"(?:,[ \t]*)?(?<![\w-])(?:and|but|yet)[ \t]+(?:(?:"
    + word_trie(CUE_MODIFIERS)
    + r"|[a-z]+ly)[ \t]+)?$"
)  # 'and repeatedly says', 'and officially endorsed' (any adverb in -ly)
_COORDINATED_REACH = 32  # characters read back for it
# a form of 'be' (and an adverb) ending the words before a passive cue with an agent
_AGENT_PASSIVE = compiled(
    r"(?<![\w-])(?:is|are|was|were|been|being)(?:[ \t]+(?:not|also|first|later|[a-z]+ly))?[ \t]+$"
)
# cues whose agent said what their subject is ('was criticized by', 'were rejected by'): verbs
# of speaking and of judging, but not of telling or asking ('was told by aides that ...' says
# what after it) nor of writing ('It was written by', 'was quoted by': who made the words)
_AGENT_CUES = (
    CUE_VERBS.union(
        *(
            STANCE_VERB_CLASSES[name].split()
            for name in ("judgment-33", "judgment-33 (more)", "approve-31.3", "declare-29.4 (more)")
        ),
        "rejected endorsed supported opposed praised criticized criticised proposed".split(),
    )
    - OBJECT_FIRST_VERBS
    - frozenset("written quoted added read posted tweeted".split())
)
# 'by' and the agent after a passive cue, up to ten words, to a mark or a linking word
_AGENT = compiled(
    r"[ \t]+by[ \t]+([^\W_][^\s,;:.()]*(?:[ \t]+[^\s,;:.()]+){0,9}?)"
    r"(?=[ \t]*[,;:.()]|[ \t]*$|[ \t]+(?:in|on|at|during|for|after|before|last|this|who|which"
    r"|that|to|and|because|when|while|as|since|over)(?![\w-]))"
)
_BY = compiled(r"[ \t]+by(?![\w-])")  # an agent after a participle (see _by_agent)
# a preposition of place or time ending the words before a mention: 'voters in Iowa want'
_PREPOSITION_BEFORE = compiled(
    r"(?<![\w-])(?:" + word_trie(PLACE_TIME_PREPOSITIONS) + r")[ \t]+$",
    re.IGNORECASE,
)
# a determiner or 'to' just before a stance word: a noun or an infinitive ('their hope', 'wants
# to see'), with no speaker of its own
_NOUN_OR_INFINITIVE = compiled(
    r"(?<![\w-])(?:to|the|a|an|of|his|her|their|its|my|our|your)[ \t]+$", re.IGNORECASE
)
# auxiliaries ending the words before a stance verb, which stand between it and its subject:
# 'they do not want', 'Smith has yet to endorse', 'Jones will have to approve'
_AUXILIARY_VERBS = "do does did has have had will would can could may might should must".split()
_AUXILIARY_ADVERBS = "not also yet still never long already to".split()
_AUXILIARIES = compiled(
    rf"(?<![\w-])(?:(?:{'|'.join(_AUXILIARY_VERBS)})(?:n[’']t)?"
    rf"(?:[ \t]+(?:{'|'.join(_AUXILIARY_ADVERBS)}))*[ \t]+)+$",
    re.IGNORECASE,
)
_AUXILIARY_REACH = 40  # characters read back for them
# the words they can end in, to rule out most cues before the pattern is tried
_AUXILIARY_ENDS = frozenset(
    (
        *_AUXILIARY_VERBS,
        *_AUXILIARY_ADVERBS,
        *(v + m for v in _AUXILIARY_VERBS for m in "n’t n't".split()),
    )
)
# how a cue's speaker is found, once the cue is reached: for quote cues and stance words
_Finder = Callable[[str, Cue, Span, "_Stretches"], Cue | None]
_BACK_REFERENCES = frozenset(("the", "this", "that"))  # 'the official', as the tracker reads it
_SECOND_PERSON = frozenset(("you",))  # 'you know': no speaker
_FIRST_PERSON = frozenset(("i", "we"))  # a transcript's label, or the writer
# a transcript's speaker label opening a line: 'TAPPER: ...', 'Gov. Mary Fallin:' (one letter,
# 'Q:' or 'A:', names nobody)
_LABEL = compiled(r"[ \t]*([A-Z][\w.’'-]+(?:[ \t]+[A-Z][\w.’'-]+){0,3}):(?:[ \t]|\n|$)")
# a line opening on a label and a colon, then words: 'Report: ...', 'Gov. Mary Fallin: ...'
# a colon followed by words on its line, and the label before it from the line's start; the
# colons are found first, being rarer than line starts
_LABEL_COLON = compiled(r":[ \t]+(?=\S)")
_LINE_LABEL = compiled(r"[ \t]*([A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*){0,3})")
_MAX_LABEL_CHARS = 200  # read back from a colon for its line's start
_TITLE_BREAKS = ",:;—–"  # what ends a headline's opening phrase before its subject
_MAX_TITLE_CHARS = 300  # a first line longer than this is no headline
_MAX_SPEAKER_WORDS = 6
# a findings noun, and what follows it to the next comma, colon or full stop when it says by
# whom or when ('a CNN poll released Monday'); the noun is looked for first, being rare
_FINDINGS = compiled(
    r"(?<![\w-])(?:"
    + word_trie(FINDINGS_NOUNS)
    + r")(?![\w-])(?:[ \t]+(?:by|of|from|for|conducted|released|taken|published)[^,;:.\n]*)?"
)
# where a findings noun may start: found by plain string search, many times faster than a
# pattern's (see _occurrences)
_FINDINGS_HINTS = tuple(sorted({noun[:4] for noun in FINDINGS_NOUNS}))
# a possessive, up to two words, then a cue noun and what links it to what it reports:
# "’s claim that", "'s infamous comment about" (the owner is read back from the apostrophe)
_NOUN_CUE = compiled(
    r"['’]s[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?("
    + word_trie(CUE_NOUNS)
    + r")[ \t]+(?:"
    + word_trie(CUE_NOUN_LINKS)
    + r")(?![\w-])"
)
_POSSESSIVES = ("'s", "’s")  # where _NOUN_CUE may match, found by string search
_POSSESSIVE_ENDS = ("'s ", "’s ")  # a possessive and its blank, just before a noun
# a possessive determiner owning a cue noun, the same way, with a topic after it: 'his
# comments on', 'their concerns about' (the tracker resolves it as the pronoun it is a form
# of); not 'that', which after a determiner as often opens a relative clause ('their plan that
# he proposed') as what was said
# (found by string search: a blank before a lower-case one, so 'other' and 'this' are no hit)
_OWNER_DETERMINERS = (" his ", " her ", " their ")
_DETERMINER_NOUN_CUE = compiled(
    r"(his|her|their)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}?("
    + word_trie(CUE_NOUNS)
    + r")[ \t]+(?:"
    + word_trie(CUE_NOUN_LINKS - {"that"})
    + r")(?![\w-])"
)
# the name owning it, ending at the apostrophe: 'President Obama', 'Clinton'
_OWNER = compiled(r"(?<![\w’'-])((?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w.-]*)$")
# words opening a capitalised run that is no one's name: 'It's', 'The', 'Note'
_NOT_OWNERS = NOT_NAME_STARTS | DETERMINERS | PRONOUN_GENDER.keys() | {"note", "your", "here"}
_OWNER_REACH = 60  # characters read back for the owner's name
# what ends a noun's clause: "Trump's claim that ..., ", a dash, a hyphen spaced as one
_CLAUSE_STOP = compiled(r"[,;(—–]|[ \t]-[ \t]")
# 'in' and up to six words ending just before a findings noun: 'in the new Post-ABC '
_IN_BEFORE = compiled(r"(?<![\w-])[Ii]n[ \t]+((?:[^\W_][\w’'./-]*[ \t]+){0,6})$")
_FINDINGS_REACH = 120  # characters read back from a findings noun for its 'in'
# words a bare subject never holds: verbs of being and auxiliaries, relative words, pronouns
# (which the quote cues name themselves)
_NOT_IN_SUBJECT = (
    (CLAUSE_CONTINUATIONS - {"and", "or"}) | RELATIVE_PRONOUNS | PRONOUN_GENDER.keys() | {"that"}
)
_GOING_ON = compiled(r"[ \t]*,[ \t]*([a-z]+ing)(?![\w-])")  # ', adding ...'
# words in -ing after a comma that are no participle of the speaker's: prepositions ('said,
# during a visit, that ...') and nouns ('said, something ...')
_NOT_PARTICIPLES = frozenset(
    """during including according regarding concerning following notwithstanding pending
    excluding nothing something everything anything thing morning evening""".split()
)
_ADDRESSED = (" to ", " by ")  # 'said to reporters', 'said by phone'
_THAT_NEXT = compiled(r"[ \t]+that(?![\w-])")  # 'told POLITICO that ...'
_CLOSING_QUOTES = ('"', "”", "''", "’")  # what closes a quotation before its speaker
_JOINED_ON = compiled(r"[ \t]*,[ \t]*(?:and|but)(?![\w-])")  # ', and the delay ...'
_NOT_SUBJECT_STARTS = SPEAKER_STOPS | OPENER_WORDS | frozenset(("among",))
_MAX_GAP_WORDS = 3
_MAX_UNNAMED_WORDS = 4  # 'many Republican primary voters'
_CLAUSE_OPENERS = frozenset(",;:—–(")  # what may stand before an unnamed source
# the conjunctions that may too: 'and recent polls show', 'where polls show'
_CLAUSE_LINKS = frozenset("and but or where while as because though although when since if".split())
# words a passive cue's subject does not end on: a relative pronoun or a conjunction ('The
# suit, which is supported by', 'Shokin had left and was widely seen by')
_NOT_PASSIVE_SUBJECT_ENDS = RELATIVE_PRONOUNS | _CLAUSE_LINKS | {"that"}
_MAX_APPOSITIVE_WORDS = 20  # 'Smith does not believe', 'Jones has long argued'
_CIRCUMSTANCE_WORDS = ATTRIBUTION_LINKS | ATTRIBUTION_TIMES
# lower-case words after a listener's name that open what was told, not the listener's noun
_NOT_LISTENER_HEADS = (
    DETERMINERS
    | PRONOUN_GENDER.keys()
    | QUESTION_WORDS
    | CLAUSE_CONTINUATIONS
    | _CIRCUMSTANCE_WORDS
    | frozenset(("that", "there", "to", "not"))
)
# prepositions after a stance cue that open its topic rather than when or where it was said
_PREPOSITION_AFTER = compiled(r"[ \t]+(?:of|as|with|over|on)(?=[ \t]+(?:the[ \t]+)?[a-z])")
# what a phrase opening a sentence before its subject starts on ('In London, Jones ...', 'To the
# shock of many, ...'), how long it is at most, and the marks it holds none of before its comma
_OPENING_PHRASE_STARTS = (SPEAKER_STOPS - RELATIVE_PRONOUNS - {"that", "and", "but", "or"}) | {
    "behind",
    "despite",
    "amid",
    "among",
    "beyond",
    "throughout",
    "unlike",
}
_MAX_OPENING_WORDS = 12
# a hyphen with a blank on either side is a dash, as typed where no dash key is ('in May - and
# he noted', 'an aggressive - some say unrealistic - pledge'); within a word or a range
# ('pro-Trump', '2015-16') it is none
_SPACED_HYPHEN = " - "
_OPENING_PHRASE_BREAKS = (",", ";", ":", "—", "–", '"', "“", "”", _SPACED_HYPHEN)
# a bound on the number that follows, which opens the reported clause ('Police said at least
# 12 people died', 'as many as 30'), where 'at' and 'as' would open a place or a time ('said at
# a rally', 'said as he left')
_BOUND_WORDS = frozenset(("at", "as"))
_BOUND = compiled(
    r"(?i:at[ \t]+(?:least|most)|as[ \t]+(?:many|much|few)[ \t]+as)[ \t]+"
    r"(?:[$€£]?\d|(?:a|an|half|"
    + word_trie(CARDINAL_WORDS)
    + r"|dozens?|hundreds|thousands|millions)(?![\w]))"
)  # not 'said at least twice', how often
# words that say when only before a time: 'said this week', but 'said this is wrong'
_TIME_LEADS = frozenset(("last", "this", "late", "early"))
_TIME_AFTER_LEAD = compiled(
    r"[ \t]+(?:(?i:week|month|year|weekend|morning|afternoon|evening|night|spring|summer|fall"
    r"|autumn|winter|season|time)|"
    + word_trie(day.capitalize() for day in ATTRIBUTION_TIMES)
    + r"|January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?![\w’'-])"  # 'said last year's plan would fail' reports the plan; 'this may' is no May
)
# what joins a second clause on before its own speaker: 'a tax, but analysts agreed', 'in May
# — and he noted', 'in June; her rivals believe', '..., though she acknowledged', and a word of
# contrast even with no comma ('said taxes would rise while Dunn said they would not', 'even
# though the council said'; a comma alone does not: 'said that in Ohio, voters want' is one
# clause); a closing quotation mark may stand after the comma, and stays with the quotation
# ('"... evidence," but he said')
_BLANK = "[ \t\xa0]"  # a space, a tab or a no-break space ('but\xa0Shelby said')
_DASHES = "—–―"
_CONJUNCTIONS = r"(?:and|but|yet|while|whereas|although|though)"
_JOINED_BY = (
    rf"(?:;|{_BLANK}[{_DASHES}]|{_BLANK}--|{_BLANK}-(?={_BLANK})){_BLANK}*"
    rf"(?:(?:and|but|yet|while|whereas){_BLANK}+)?"
)
_COMMA = rf"(?:(?<=,[\"”’'])|,){_BLANK}*"
_CONTRASTS = rf"{_BLANK}(?:even{_BLANK}+)?(?:while|whereas|although|though)"
_JOINT = compiled(rf"(?:{_JOINED_BY}|{_COMMA}{_CONJUNCTIONS}{_BLANK}+|{_CONTRASTS}{_BLANK}+)$")
# after an opening subordinate clause, a comma too: 'While he acknowledged the cost, Ham noted'
_SUBORDINATE_JOINT = compiled(rf"(?:{_JOINED_BY}|{_COMMA}(?:(?:and|but|yet){_BLANK}+)?)$")
# where either may first stand in a clause, so that cues before it are not looked into
# (a comma's closing mark read forward here: a look behind at every character costs more)
# (a dash after each blank in turn: an alternative opening on one character lets re skip to
# the characters that can open one, where one opening on a class is tried at every character)
_BLANK_DASH = "|".join(rf"{blank}[{_DASHES}]|{blank}--|{blank}-{_BLANK}" for blank in " \t\xa0")
_JOINT_HINT = compiled(rf";|{_BLANK_DASH}|,[\"”’']?{_BLANK}*{_CONJUNCTIONS}{_BLANK}")
# the words of contrast _JOINT reads with no comma, found once in a text (a hint tried at every
# blank of every report cost more): the first in a report may open a second attribution
_CONTRAST_WORDS = compiled(r" (?:while|whereas|though|although) ")
_SUBORDINATE_JOINT_HINT = compiled(rf";|,|{_BLANK_DASH}")
# a comma, maybe an adverb, then a participle cue, which opens a clause of the sentence's
# subject: ', saying ...', ', even suggesting ...', ', perhaps recognizing ...'
_PARTICIPLE_ADVERBS = "even also again then later instead perhaps still thus".split()
_PARTICIPLE_JOINT = compiled(
    rf"{_COMMA}(?:(?:{'|'.join(_PARTICIPLE_ADVERBS)}|[a-z]+ly){_BLANK}+)?$"
)
_PARTICIPLE_REACH = 24  # characters read back for it
_COMMA_ENDS = (",", *(f",{mark}" for mark in _CLOSING_QUOTES))  # ',', ',"', ',”' and the like
# a comma, a relative pronoun and up to three words before a cue: the relative clause says what
# someone said of the word before ('endorsed Trump, who says ...', '..., which he said were')
_RELATIVE_JOINT = compiled(rf"{_COMMA}(?:who|which)(?:{_BLANK}+[^\W_][\w’'-]*){{0,3}}{_BLANK}+$")
_RELATIVE_REACH = 40  # characters read back for it
_TRAILING = " \t\n,;:.—–-"
_LEADING = " \t\n,;:—–-"
_MIN_WORDS = 2  # a stance verb's object is a clause's worth: 'opposed the merger'
_MAX_WORDS = 80
_MAX_CHARS = 2_000  # longer than any clause of _MAX_WORDS, so no word is counted twice
_REACH = 200  # characters a cue looks ahead for 'that' or the comma closing its source
_WORD_BEFORE = 16  # characters read back for the word just before a cue ('being not ')

#: How sure the extractor is of reported speech, by where its content lies.
CONFIDENCE = {"after": 0.7, "before": 0.6, "according": 0.7, "label": 0.6, "noun": 0.5}


class ReportedSpeechExtractor(Extractor):
    name = "reported_speech"
    version = "0.7.0"
    produces = (ReportedSpeech,)

    def extract(self, document: Document) -> Iterator[ReportedSpeech]:
        text = document.text
        sentences = _after_dateline(document)
        quoted = _Stretches([q.span for q in stretches_of(document)])
        starts = [sentence.start for sentence in sentences]
        candidates: list[tuple[Cue, _Finder]] = sorted(
            (
                *(
                    (cue, _speaking_cue)
                    for cue in cues_of(document, quoted.spans)
                    if text[cue.span.start : cue.span.end] not in GATED_FORMS
                ),
                *((cue, _stance_cue) for cue in _stance_words(text, quoted)),
                *((cue, _named) for cue in _line_labels(text, quoted)),
                *((cue, _named) for cue in _title_cues(text, quoted)),
                *((cue, _named) for cue in _findings_cues(text, quoted)),
                *((cue, _owned) for cue in _noun_cues(text, quoted)),
            ),
            key=lambda candidate: candidate[0].span.start,
        )
        found: list[tuple[Cue, Span, str, str | None]] = []
        taken = _Taken()
        speakers = _Speakers(text, candidates, sentences, starts, quoted)
        for index, (word, _) in enumerate(candidates):
            if taken.covers(word.span.start):
                continue  # 'Smith said voters want ...': reported already, in Smith's words
            cue = speakers.of(index)  # looked for only now it is needed
            if cue is None:
                continue
            sentence = sentence_at(sentences, starts, word.span.start)
            reader = _noun_content if candidates[index][1] is _owned else _content
            content, how = reader(text, cue, sentence)
            if content is not None and how == "after":
                content = speakers.cut_at_next(index, content, sentence)
            if (
                content is not None
                and how == "after"
                and text.endswith("ing", word.span.start, word.span.end)  # most cues: none
                and _in_subject(text, cue, sentence)
            ):
                verb = object_end(text, content)  # 'Voters backing Smith said ...'
                if verb < content.end:
                    speakers.share_subject(index, verb, cue, content)
                content = _trimmed(text, content.start, verb)
            elif (
                content is not None and how == "after" and _in_relative_subject(text, cue, sentence)
            ):
                content = speakers.cut_at_main_verb(index, content, cue)
            if content is None:
                if next(quoted.overlapping(sentence), None) is not None:
                    found.append((cue, sentence, how, None))  # '"...," Smith told reporters.'
                continue
            if taken.overlaps(content):
                continue
            mode = _mode(text, content, quoted)
            found.append((cue, content, how, mode))
            if mode is not None and how != "noun":  # a noun's clause may be another's words
                taken.add(content)
        if all(mode is None for *_, mode in found):
            return  # no speaker to resolve: the tracker's reading of the names is not needed
        tracker = SpeakerTracker(text)
        heard: Cue | None = None  # the last direct quote's cue, if a report came next
        for cue, content, how, mode in found:  # in cue order, as the cues are
            if mode is None:
                heard = cue  # its speaker matters only to a report right after that refers back
                continue
            mention = _mention(cue)
            if heard is not None and _refers_back(text[mention.start : mention.end]):
                tracker.resolve(_mention(heard))  # remembered, for 'He said' to refer to
            heard = None
            speaker = tracker.resolve(mention, possessive=how == "noun")  # 'her claim that'
            yield ReportedSpeech.at(
                text,
                content.start,
                content.end,
                speaker=speaker,
                speaker_span=cue.speaker,
                cue=text[cue.span.start : cue.span.end],
                cue_span=cue.span,
                mode=mode,
                confidence=CONFIDENCE[how],
            )


def _after_dateline(document: Document) -> tuple[Span, ...]:
    """The document's sentences with the one holding the dateline's end started after it: a
    dateline ('LONDON, May 3 (Reuters) -') is no part of what the story's first sentence says, nor
    of its speaker. A bare place before a colon ('MOSS: We never had ...') is left alone: it
    is as likely a speaker's line label, which :func:`_line_labels` reads."""
    sentences = document.sentences
    dateline = next(DatelineExtractor().extract(document), None)
    if dateline is None or _bare_colon(dateline):
        return sentences
    end = dateline.span.end
    text = document.text
    while end < len(text) and text[end].isspace():
        end += 1
    return tuple(
        Span(end, sentence.end) if sentence.start < end < sentence.end else sentence
        for sentence in sentences
    )


def _bare_colon(dateline: Dateline) -> bool:
    return dateline.text.endswith(":") and dateline.date_text is None and dateline.agency is None


class _Speakers:
    """The candidates' cues with their speakers, each looked for at most once."""

    def __init__(
        self,
        text: str,
        candidates: list[tuple[Cue, _Finder]],
        sentences: tuple[Span, ...],
        starts: list[int],
        quoted: _Stretches,
    ) -> None:
        self._text = text
        self._candidates = candidates
        self._sentences = sentences
        self._starts = starts
        self._quoted = quoted
        self._found: dict[int, Cue | None] = {}
        self._contrasts: list[int] | None = None  # where the words of contrast stand, once read

    def of(self, index: int) -> Cue | None:
        """The cue of candidate ``index`` with its speaker, or None when it has none."""
        if index not in self._found:
            word, speaker_of = self._candidates[index]
            sentence = sentence_at(self._sentences, self._starts, word.span.start)
            self._found[index] = speaker_of(self._text, word, sentence, self._quoted)
        return self._found[index]

    def share_subject(self, index: int, verb: int, cue: Cue, content: Span) -> None:
        """Give the participle's speaker to the cue that is its sentence's verb, at ``verb``
        past its auxiliaries ('Voters backing Smith said ...', 'Voters backing Smith have
        said ...': the voters said it, not Smith); a name set off by commas before the verb is
        its subject instead ('The head of the PAC backing Bush, Mike Murphy, said'), unlike a
        phrase in lower case ('Lawyers helping detainees at Dulles, near Washington, said')."""
        last = self._text.rfind(",", content.start, verb)
        if last >= 0 and self._text[last + 1 : verb].strip()[:1].isupper():
            return  # ', Mike Murphy, praised': the name set off is the subject
        later = index + 1
        while later < len(self._candidates) and self._candidates[later][0].span.start < verb:
            later += 1
        if later == len(self._candidates):
            return
        word = self._candidates[later][0].span
        if word.start == verb or (
            _auxiliaries_start(self._text, word.start) == verb
            and not BE_FORMS & set(self._text[verb : word.start].lower().split())
        ):  # 'was first reported by': passive, said of the subject
            self._found[later] = Cue(word, cue.speaker)

    def cut_at_next(self, index: int, content: Span, sentence: Span) -> Span | None:
        """``content`` up to the next attribution inside it that a conjunction or a dash joins
        on ('Smith proposed a tax, but analysts agreed it was ...', '... in May — and he noted
        that ...'), or a comma when this one opens the sentence as a clause of its own ('While
        he acknowledged the cost, Ham noted ...') or a subject pronoun opens that attribution
        (:mod:`.pronoun_clauses`: '...; hours later, she issued ...'), or a participle cue
        after a comma ('..., saying the courts ...'): the words after it are that speaker's."""
        text = self._text
        joints, hints = _JOINT, _JOINT_HINT
        opening = _WORD.search(text, sentence.start, content.start)
        if opening is not None and opening.group().lower() in SUBORDINATORS:
            joints, hints = _SUBORDINATE_JOINT, _SUBORDINATE_JOINT_HINT
        hint = hints.search(text, content.start, content.end)  # none: only a second verb cuts
        first_joint = first_clause(
            text, content.start, content.end if hint is None else hint.start()
        )
        # 'said taxes would rise while Dunn said ...': a word of contrast needs no comma
        if joints is _JOINT and self._contrasts != []:  # (none in most texts: not looked up)
            first_joint = self._first_contrast(content.start, first_joint)
        later = index + 1
        while later < len(self._candidates):
            word = self._candidates[later][0].span
            if word.start >= content.end:
                break
            later += 1
            if text[word.start] in "aA":  # '... view her unfavorably, according to a poll.'
                comma = according.closing_comma(text, word, sentence)
                if comma is not None:
                    return _trimmed(text, content.start, comma)
            aside = self._participle(word, content) or self._relative(word, content)
            second = aside or self._second_speech_verb(word, content, index)
            if word.start <= first_joint and second is None:
                continue  # no speaker of its own can be joined on before it: not looked for
            if aside is None and second is not None:
                self._share_speaker(index, later - 1)  # 'said ... and warned': the same subject
            cue = self.of(later - 1)
            if cue is None or cue.speaker is None:
                continue
            speaker = cue.speaker
            joint: re.Match[str] | None
            if aside is not None:
                joint = aside  # its subject is the sentence's or the word before's
            elif cue.antecedent is not None:
                continue
            elif speaker.end <= content.start:
                joint = second
            elif content.start < speaker.start < word.start:
                lo = max(content.start, speaker.start - _WORD_BEFORE)
                joint = joints.search(text, lo, speaker.start) or pronoun_clause(
                    text, content.start, speaker
                )
            else:
                joint = None
            if joint is not None:
                return _trimmed(text, content.start, joint.start())
        return content

    def cut_at_main_verb(self, index: int, content: Span, cue: Cue) -> Span | None:
        """``content`` up to the verb of the sentence whose subject the relative clause of
        candidate ``index`` hangs from ('Voters who backed the plan said they ...': 'the plan'),
        when that verb is a cue whose speaker is that subject; a verb that is none ('Voters who
        say the economy is most important were divided') is not told from the reported
        clause's own, and the content is left whole."""
        assert cue.antecedent is not None
        head = cue.antecedent.start
        later = index + 1
        while later < len(self._candidates):
            word = self._candidates[later][0].span
            if word.start >= content.end:
                break
            main = self.of(later)
            if main is not None and main.speaker is not None and main.speaker.start == head:
                verb = _auxiliaries_start(self._text, word.start)
                return _trimmed(self._text, content.start, verb)
            later += 1
        return content

    def _first_contrast(self, start: int, end: int) -> int:
        """Where the first word of contrast in ``start:end`` stands (its blank), or ``end``."""
        if self._contrasts is None:
            self._contrasts = [found.start() for found in _CONTRAST_WORDS.finditer(self._text)]
        index = bisect_left(self._contrasts, start)
        return min(end, self._contrasts[index]) if index < len(self._contrasts) else end

    def _share_speaker(self, first: int, second: int) -> None:
        """Give the cue of candidate ``second``, joined on to ``first``'s as a second verb of
        its subject, ``first``'s speaker, unless it has been looked for already."""
        cue = self.of(first)
        if second not in self._found and cue is not None and cue.speaker is not None:
            self._found[second] = Cue(self._candidates[second][0].span, cue.speaker, cue.antecedent)

    def _participle(self, word: Span, content: Span) -> re.Match[str] | None:
        """The comma before a participle cue, which shares the sentence's subject and so opens
        a second attribution: 'Smith rejected the request, saying the courts ...', 'He
        complained about the mic, even suggesting ...'."""
        text = self._text
        if not text.endswith("ing", word.start, word.end):
            return None
        lo = max(content.start, word.start - _PARTICIPLE_REACH)
        if text.find(",", lo, word.start) < 0:
            return None  # most participles have none before them: the pattern is not tried
        return _PARTICIPLE_JOINT.search(text, lo, word.start)

    def _relative(self, word: Span, content: Span) -> re.Match[str] | None:
        """The comma before a relative clause the cue is in, which says what someone said of
        the word before it: 'endorsed Trump, who says he is honored', 'attacked the
        donations, which he said were favors'."""
        lo = max(content.start, word.start - _RELATIVE_REACH)
        if self._text.find("wh", lo, word.start) < 0:
            return None  # as for participles, a plain look first
        return _RELATIVE_JOINT.search(self._text, lo, word.start)

    def _second_speech_verb(self, word: Span, content: Span, index: int) -> re.Match[str] | None:
        """The conjunction before a verb of speaking that shares the subject before the
        content: 'Hale said he would order a review and warned against leaks'. Other verbs are
        as often the reported clause's own ('said voters want lower taxes and expect ...'),
        unless a comma sets the conjunction off ('..., but refuses to ...') or they agree with
        the cue of candidate ``index`` as its second predicate (:mod:`.coordinated_predicates`:
        'denies any wrongdoing and points out that ...')."""
        text = self._text
        found = _coordinated(text, max(content.start, word.start - _COORDINATED_REACH), word.start)
        if found is None or found.group().startswith(","):
            return found
        second = text[word.start : word.end].lower()
        if second in CUE_VERBS:
            return found
        first = self._candidates[index][0].span
        between = text[content.start : found.start()]
        return (
            found
            if second_predicate(text[first.start : first.end].lower(), second, between)
            else None
        )


def _in_subject(text: str, cue: Cue, sentence: Span) -> bool:
    """Whether the cue is in -ing inside its sentence's subject ('Activists demanding a recount
    gathered ...'), so that what it reports ends before the sentence's own verb."""
    assert cue.speaker is not None
    return cue.antecedent is None and in_subject(text, cue.span, cue.speaker, sentence)


def _in_relative_subject(text: str, cue: Cue, sentence: Span) -> bool:
    """Whether the cue is in a relative clause that the sentence's subject opens on, with no
    comma before the pronoun ('Voters who backed him said they ...'), so that what it reports
    may end before the sentence's own verb (:meth:`_Speakers.cut_at_main_verb`)."""
    if cue.antecedent is None or cue.speaker is None:
        return False
    return (
        not text[sentence.start : cue.antecedent.start].strip()
        and not text[cue.antecedent.end : cue.speaker.start].strip()
    )


def _refers_back(phrase: str) -> bool:
    """Whether a speaker mention refers to someone named before: 'he', 'the official'."""
    words = phrase.lower().split()
    return bool(words) and (words[0] in PRONOUN_GENDER or words[0] in _BACK_REFERENCES)


def _mention(cue: Cue) -> Span:
    """The span a cue's speaker is resolved from: what a relative pronoun or 'I' stands for."""
    assert cue.speaker is not None
    return cue.antecedent or cue.speaker


class _Stretches:
    """Quoted stretches in text order (none overlaps another), looked up by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [span.start for span in spans]
        self._ends = [span.end for span in spans]

    def overlapping(self, content: Span) -> Iterator[Span]:
        index = bisect_right(self._ends, content.start)  # the first stretch ending inside or after
        while index < len(self.spans) and self.spans[index].start < content.end:
            yield self.spans[index]
            index += 1


class _Taken:
    """Contents already reported, kept sorted so a new one is checked against two neighbours."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._spans: list[Span] = []

    def covers(self, position: int) -> bool:
        index = bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._spans[index].end

    def overlaps(self, content: Span) -> bool:
        index = bisect_right(self._starts, content.start)
        neighbours = self._spans[max(0, index - 1) : index + 1]
        return any(content.overlaps(other) for other in neighbours)

    def add(self, content: Span) -> None:
        index = bisect_right(self._starts, content.start)
        self._starts.insert(index, content.start)
        self._spans.insert(index, content)


def _speaking_cue(text: str, cue: Cue, sentence: Span, quoted: _Stretches) -> Cue | None:
    """A quote cue (:mod:`.cues`) with its speaker; 'according to' with the source after it,
    whoever stands before ('..., 31 percent who view him unfavorably, according to a Gallup
    poll' is the poll's, not the voters'), or else the sentence's subject just before the verb."""
    if _after_possessive(text, cue.span):
        return None  # "Editor's note: ...": a noun, owned
    if according.is_according(text, cue.span):
        source = according.source(text, cue.span, sentence)
        if source is not None:
            return Cue(cue.span, source)
    agent = _passive_agent(text, cue.span, sentence)
    if agent is not None:
        return agent
    subject = gerund_subject(text, cue.span, sentence, quoted.spans, quoted.starts)
    if subject is not None:  # 'After saying he was nervous, the man ...', 'with polls showing'
        return Cue(cue.span, subject)
    if cue.speaker is None:
        shared = _coordinated_subject(text, cue.span, sentence, quoted)
        if shared is not None:
            return Cue(cue.span, shared)
        return (
            _participle_cue(text, cue.span, sentence, quoted)
            or _subject_cue(text, cue.span, sentence, quoted)
            or _bare_subject(text, cue.span, sentence)
            or _share_cue(text, cue.span, sentence)
        )
    if cue.speaker.start > cue.span.end and not _ends_sentence(
        text, cue.speaker.end, sentence.end
    ):  # 'Tester, a senator, said having Trump ...': not 'said Smith.'
        return _subject_cue(text, cue.span, sentence, quoted) or cue
    return cue


def _after_possessive(text: str, cue: Span) -> bool:
    """Whether a cue word that is also a noun stands just after a possessive, which makes it
    the noun ("Editor's note: ...", "the party's plans"): a verb does not follow one ("Moody's
    said" is a name's verb, and 'said' no noun), but for the 's of 'us' ("let's hope")."""
    if not text.endswith(_POSSESSIVE_ENDS, max(0, cue.start - 3), cue.start):
        return False
    word = _WORD.match(text, cue.start, cue.end)
    owner = text[max(0, cue.start - 6) : cue.start - 3].lower()
    return (
        word is not None
        and word.group().lower() in NOUN_VERB_FORMS
        and not owner.endswith("let")  # "let's hope": us
    )


def _bare_subject(text: str, cue: Span, sentence: Span) -> Cue | None:
    """The cue with the words between it and the comma (or sentence start) before it as
    speaker, when they can only be its subject: a short phrase with no verb of being, auxiliary
    or relative word in it, not opening on a preposition or an adverb of time ('...,
    law enforcement officials say.', 'On taxes, 42% say ...'). A participle ('saying') shares
    the sentence's subject instead."""
    if text.endswith("ing", cue.start, cue.end):
        return None
    lo = max(sentence.start, cue.start - _REACH)
    opening = max(text.rfind(mark, lo, cue.start) for mark in ",;") + 1 or lo
    words = list(_WORD.finditer(text, opening, cue.start))
    if not 0 < len(words) <= _MAX_SPEAKER_WORDS or text[opening : cue.start].count("("):
        return None
    if any(word.group().lower() in _NOT_IN_SUBJECT for word in words):
        return None
    first = words[0].group().lower()
    if first in _NOT_SUBJECT_STARTS or first.endswith(("ed", "ing")) or first in CUE_VERBS:
        return None  # an opening phrase: 'In a statement, ...', 'Asked to describe', 'Now tell'
    return Cue(cue, Span(words[0].start(), words[-1].end()))


def _stance_words(text: str, quoted: _Stretches) -> Iterator[Cue]:
    """The cues only reported speech has ('Smith believes', 'Jones called for'), their speaker
    not yet looked for (see _stance_cue). Only the text between quoted stretches is read. A
    form that is also a noun ('claims') is one only right after a subject ('Smith claims')."""
    start = 0
    noun_verbs = _noun_verbs()
    for stretch in (*quoted.spans, Span(len(text), len(text))):
        for cue_start, cue_end in word_starts(_stance_pattern(), text, start, stretch.start):
            if text[cue_start:cue_end] in noun_verbs and not (
                after_subject(text, cue_start) and verb_next(text, cue_start, cue_end)
            ):
                continue  # 'the claims', 'voter fears', 'the Bush plan will'
            if text[cue_start:cue_end] in NAME_GIVING and names_by_name(text, cue_start, cue_end):
                continue  # 'a man named John Smith': a name given, no cue
            if (
                not _NOUN_OR_INFINITIVE.search(text, max(0, cue_start - _WORD_BEFORE), cue_start)
                or _auxiliaries_start(text, cue_start) < cue_start
            ):  # 'has yet to endorse'
                yield Cue(Span(cue_start, cue_end), None)
        start = max(start, stretch.end)


def _line_labels(text: str, quoted: _Stretches) -> Iterator[Cue]:
    """The colons of lines opening on a speaker's label: a headline's ('Lynch: No outside
    influence on the probe') or a transcript's ('TAPPER: And obviously, you ...'). A label
    inside quotation marks is the quoted speaker's, which the quote reports; 'The Latest:' names
    nobody, and neither do an interview's 'Q:' and 'A:'."""
    for colon in _LABEL_COLON.finditer(text):
        lo = max(0, colon.start() - _MAX_LABEL_CHARS)
        line = text.rfind("\n", lo, colon.start()) + 1
        match = None if line == 0 and lo > 0 else _LINE_LABEL.fullmatch(text, line, colon.start())
        if match is None:
            continue
        label = Span(match.start(1), match.end(1))
        words = text[label.start : label.end].lower().split()
        if (
            len(words[0]) > 1
            and (len(words) == 1 or words[0] not in DETERMINERS)
            and names_someone(text, label)
            and next(quoted.overlapping(label), None) is None
        ):
            yield Cue(Span(match.end(1), match.end(1) + 1), label)


def _title_cues(text: str, quoted: _Stretches) -> Iterator[Cue]:
    """The first cue of a headline in title case ('Former Pollster Says Smith Is In Trouble',
    'Pence Endorses Paul Ryan'), with the words opening its clause as speaker, when they name
    someone ('Immediately After the Speech, Trump Said ...': 'Trump')."""
    line = text.find("\n", 0, _MAX_TITLE_CHARS)
    match = _headline_cue_pattern().search(text, 0, _MAX_TITLE_CHARS if line < 0 else line)
    if match is None or next(quoted.overlapping(Span(0, match.start())), None) is not None:
        return
    opening = max(text.rfind(mark, 0, match.start()) for mark in _TITLE_BREAKS) + 1
    words = list(_WORD.finditer(text, opening, match.start()))
    while words and words[-1].group().lower() in CUE_MODIFIERS:  # 'Cuban Just Revealed'
        words.pop()
    if not 0 < len(words) <= _MAX_SPEAKER_WORDS:
        return
    speaker = Span(words[0].start(), words[-1].end())
    if names_someone(text, speaker):
        yield Cue(Span(match.start(), match.end()), speaker)


def _noun_cues(text: str, quoted: _Stretches) -> Iterator[Cue]:
    """A cue noun owned by a named speaker or a possessive determiner, with a clause or a topic
    after it ("Trump's claim that ...", "Clinton's decision to ...", "his comments on ..."). Only
    the text between quoted stretches is read."""
    start = 0
    for stretch in (*quoted.spans, Span(len(text), len(text))):
        for position in _occurrences(text, _POSSESSIVES, start, stretch.start):
            match = _NOUN_CUE.match(text, position, stretch.start)
            if match is None or not text[position - 1 : position].isalnum():
                continue  # no cue noun, or a closing quotation mark, not a possessive
            owner = _OWNER.search(text, max(start, match.start() - _OWNER_REACH), match.start())
            if owner is None:
                continue
            speaker = Span(owner.start(1), owner.end(1))
            first = text[speaker.start : speaker.end].split(None, 1)[0].lower()
            if first not in _NOT_OWNERS and names_someone(text, speaker):
                yield Cue(Span(match.start(1), match.end(1)), speaker)
        for found in _occurrences(text, _OWNER_DETERMINERS, start, stretch.start):
            position = found + 1  # past the blank the needle opens with
            match = _DETERMINER_NOUN_CUE.match(text, position, stretch.start)
            if match is not None:
                yield Cue(Span(match.start(2), match.end(2)), Span(match.start(1), match.end(1)))
        start = max(start, stretch.end)


def _findings_cues(text: str, quoted: _Stretches) -> Iterator[Cue]:
    """'in' before a poll or a survey ('In the new Post-ABC poll, ...', '..., in the latest
    Quinnipiac survey.'), the phrase up to the findings noun (and what it was by or when) as
    speaker. Only the text between quoted stretches is read."""
    start = taken = 0
    for stretch in (*quoted.spans, Span(len(text), len(text))):
        for hint in _occurrences(text, _FINDINGS_HINTS, max(start, taken), stretch.start):
            noun = _FINDINGS.match(text, hint, stretch.start)
            if noun is None or hint < taken:
                continue
            lo = max(start, taken, noun.start() - _FINDINGS_REACH)
            found = _IN_BEFORE.search(text, lo, noun.start())
            if found is not None:
                taken = noun.end()  # 'in polls and surveys' is one source
                yield Cue(Span(found.start(), found.start() + 2), Span(found.start(1), noun.end()))
        start = max(start, stretch.end)


def _occurrences(text: str, needles: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where any of ``needles`` starts in ``text[start:end]``, in order. Plain string search
    skips through text far faster than a pattern tried at each character, and these needles
    are rare."""
    found = []
    for needle in needles:
        position = text.find(needle, start, end)
        while position >= 0:
            found.append(position)
            position = text.find(needle, position + len(needle), end)
    return sorted(found)


def _named(text: str, cue: Cue, sentence: Span, quoted: _Stretches) -> Cue | None:
    """A label's or a headline's cue, which names its speaker already."""
    return cue


def _owned(text: str, cue: Cue, sentence: Span, quoted: _Stretches) -> Cue | None:
    """A cue noun's cue, which names its owner already (its clause is read by
    _noun_content)."""
    return cue


def _stance_cue(text: str, cue: Cue, sentence: Span, quoted: _Stretches) -> Cue | None:
    """A stance word with its speaker: the subject of the clause it is in, a person or a
    relative pronoun standing for one ('after the poll showed', 'voters who want'), or failing
    that the sentence's subject just before it; auxiliaries between them are passed over
    ('they do not want', 'Smith has yet to endorse'). A participle set off by a comma shares
    the subject of the sentence, however far before ('Smith toured the state on Monday, hoping
    to win it'). A cue of several words is read by its verb, the first ('is calling for' is
    no passive, ', calling for' a participle)."""
    if _after_possessive(text, cue.span):
        return None  # "the group's plans", "Trump's support": a noun, owned
    agent = _passive_agent(text, cue.span, sentence)
    if agent is not None:
        return agent
    space = text.find(" ", cue.span.start, cue.span.end)
    head = cue.span if space < 0 else Span(cue.span.start, space)
    if _passive(text, head, sentence.start) or _by_agent(text, cue.span):
        return None
    participle = _participle_cue(text, head, sentence, quoted)
    if participle is not None:
        return Cue(cue.span, participle.speaker)
    subject = gerund_subject(text, head, sentence, quoted.spans, quoted.starts)
    if subject is not None:  # 'in denouncing the media', 'with polls showing ...'
        return Cue(cue.span, subject)
    verb = Span(max(sentence.start, _auxiliaries_start(text, cue.span.start)), head.end)
    shared = _coordinated_subject(text, verb, sentence, quoted)
    if shared is not None:
        return Cue(cue.span, shared)
    found = (
        _clause_subject_cue(text, verb, sentence)
        or _subject_cue(text, verb, sentence, quoted)
        or _relative_cue(text, verb, sentence)
    )
    if found is None:
        return _share_cue(text, cue.span, sentence)  # 'many economists applaud'
    return Cue(cue.span, found.speaker, found.antecedent)


def _relative_cue(text: str, verb: Span, sentence: Span) -> Cue | None:
    """The cue with the relative pronoun opening its clause as speaker, standing for the
    phrase before it (:mod:`.relative_subjects`: 'Weaver, who came out and endorsed', 'Curiel,
    who through his office declined'); a pronoun that stands for nothing found is no speaker."""
    pronoun = relative_subject(text, verb, sentence)
    if pronoun is None:
        return None
    antecedent = relative_antecedent(text, pronoun, sentence)
    return None if antecedent is None else Cue(verb, pronoun, antecedent)


def _share_cue(text: str, cue: Span, sentence: Span) -> Cue | None:
    """The cue with a share of people as its speaker ('42% say', 'more than half of white
    women preferred'), when its clause opens on one (:mod:`.quantified_subjects`)."""
    share = share_subject(text, cue, sentence)
    return None if share is None else Cue(cue, share)


def _by_agent(text: str, cue: Span) -> bool:
    """Whether 'by' follows a participle cue, which makes it passive with no 'be' before: 'the
    plan unveiled by Democrats', 'a bill backed by unions' speak of the plan and the bill."""
    return not text.endswith("ing", cue.start, cue.end) and _BY.match(text, cue.end) is not None


def _coordinated(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """_COORDINATED in ``text[lo:hi]``, once a plain look has found one of its conjunctions
    there (most cues have none before them, and a pattern anchored at the end is tried at
    every character)."""
    window = text[lo:hi]
    if "and" not in window and "but" not in window and "yet" not in window:
        return None
    return _COORDINATED.search(text, lo, hi)


def _coordinated_subject(text: str, verb: Span, sentence: Span, quoted: _Stretches) -> Span | None:
    """The sentence's subject, when the cue is the second of two verbs it shares: 'Dunn cut the
    fares, and plans to raise the fees', 'Park demands openness, yet refuses to ...'."""
    if _coordinated(text, max(sentence.start, verb.start - _COORDINATED_REACH), verb.start) is None:
        return None
    speaker = opening_subject(text, sentence, verb.start, quoted.spans, quoted.starts)
    if speaker is None or not names_someone(text, speaker):
        return None
    return speaker


def _participle_after_comma(text: str, cue: Span, sentence: Span) -> bool:
    """Whether the cue is an -ing form just after a comma: ', hoping to win', ', fearing that';
    a quotation may close after the comma ('..., "New York values," stating ...')."""
    before = text[max(sentence.start, cue.start - _WORD_BEFORE) : cue.start].rstrip()
    return before.endswith(_COMMA_ENDS) and text.endswith("ing", cue.start, cue.end)


def _participle_cue(text: str, cue: Span, sentence: Span, quoted: _Stretches) -> Cue | None:
    """A participle cue after a comma with the subject of the main clause it hangs from,
    however far before, when that names someone ('Smith toured the state on Monday, hoping to
    win it', 'The Post intervened in April, arguing that ...')."""
    if not _participle_after_comma(text, cue, sentence):
        return None
    speaker = _main_subject(text, sentence, cue.start, quoted)
    return None if speaker is None or not names_someone(text, speaker) else Cue(cue, speaker)


def _main_subject(text: str, sentence: Span, position: int, quoted: _Stretches) -> Span | None:
    """The subject of the main clause a participle after a comma hangs from: the sentence's
    opening subject, past an opening phrase ('In April, Smith toured the state, hoping ...');
    or, when the words up to the first comma were read as such a phrase but are the main clause
    itself ('The Post intervened in April, arguing ...': a time closes them), the subject
    opening them."""
    speaker = opening_subject(text, sentence, position, quoted.spans, quoted.starts)
    comma = text.find(",", sentence.start, position)
    if speaker is not None or comma < 0:
        return speaker
    return opening_subject(text, sentence, comma, quoted.spans, quoted.starts)


def _auxiliaries_start(text: str, position: int) -> int:
    """Where the auxiliaries just before ``position`` begin (``position`` when there are none).
    The word just before is looked at first, which rules out most cues at a split's cost."""
    before = text[max(0, position - _WORD_BEFORE) : position].split()
    if not before or before[-1].lower() not in _AUXILIARY_ENDS:
        return position
    match = _AUXILIARIES.search(text, max(0, position - _AUXILIARY_REACH), position)
    return position if match is None else match.start()


def _clause_subject_cue(text: str, cue: Span, sentence: Span) -> Cue | None:
    """The cue with the subject of its own clause as speaker: 'as he hoped', 'voters who'."""
    if _passive(text, cue, sentence.start):
        return None
    found = mention_before(text, cue, sentence)
    speaker = found.speaker
    if speaker is None or speaker.end > cue.start:
        return None
    if found.antecedent is not None:
        return found
    word = text[speaker.start : speaker.end].lower()
    if word in _FIRST_PERSON:
        return _labelled(cue, speaker, text)
    if word in _SECOND_PERSON:
        return None
    if not names_someone(text, speaker) and not _unnamed_source(text, speaker, sentence):
        return None
    if _PREPOSITION_BEFORE.search(
        text, max(sentence.start, speaker.start - _WORD_BEFORE), speaker.start
    ):
        return None  # the object of a preposition: 'voters in Iowa want'
    return found


def _unnamed_source(text: str, speaker: Span, sentence: Span) -> bool:
    """Whether a subject without a name is still a source: a noun phrase opening its clause
    ('Economists believe', '..., court records show.', 'and polls show'), so not the object of
    a verb or preposition before it ('the debate' in 'Few on either side of the debate think')."""
    before = text[max(sentence.start, speaker.start - _WORD_BEFORE) : speaker.start].rstrip()
    if (
        before
        and before[-1] not in _CLAUSE_OPENERS
        and speaker.start - sentence.start > len(before)
        and before.rsplit(None, 1)[-1].lower() not in _CLAUSE_LINKS  # 'where polls show'
    ):
        return False
    words = _WORD.findall(text, speaker.start, speaker.end)
    return 0 < len(words) <= _MAX_UNNAMED_WORDS and words[-1].isalpha()


def _passive_agent(text: str, cue: Span, sentence: Span) -> Cue | None:
    """A passive cue with its agent after 'by' as speaker ('The story was first reported by The
    Washington Post', 'His views were echoed by several economists'), the cue widened to its
    form of 'be', so that the subject before it is what was said."""
    agent = _AGENT.match(text, cue.end, sentence.end)
    if agent is None or text.endswith("ing", cue.start, cue.end):
        return None
    word = text[cue.start : cue.end].lower()
    if word not in _AGENT_CUES:
        return None  # 'He is encouraged by the data': a feeling, which the data did not say
    be = _AGENT_PASSIVE.search(text, max(sentence.start, cue.start - _WORD_BEFORE), cue.start)
    if be is None:
        return None
    start = max(sentence.start, _auxiliaries_start(text, be.start()))  # 'has been', 'could be'
    before = text[max(sentence.start, start - _WORD_BEFORE) : start].split()
    if not before or before[-1].lower() in _NOT_PASSIVE_SUBJECT_ENDS:
        return None  # 'The suit, which is supported by ...': said of what 'which' stands for
    speaker = Span(agent.start(1), agent.end(1))
    first = text[speaker.start : speaker.end].split(None, 1)[0].lower()
    if first not in DETERMINERS and not names_someone(text, speaker):
        return None
    return Cue(Span(start, cue.end), speaker)


def _passive(text: str, cue: Span, start: int) -> bool:
    """Whether a form of 'be' stands just before a cue not in -ing: 'Smith is expected to ...',
    'Smith was criticized for ...' speak of their subject, who said nothing."""
    if text.endswith("ing", cue.start, cue.end):
        return False
    return _PASSIVE.search(text, max(start, cue.start - _PASSIVE_REACH), cue.start) is not None


def _subject_cue(text: str, cue: Span, sentence: Span, quoted: _Stretches) -> Cue | None:
    """The cue with its sentence's subject as speaker, when that subject stands just before."""
    if _passive(text, cue, sentence.start):
        return None
    speaker = opening_subject(text, sentence, cue.start, quoted.spans, quoted.starts)
    if speaker is None or speaker.end > cue.start:
        return None
    word = text[speaker.start : speaker.end].lower()
    if word in _SECOND_PERSON:
        return None  # 'you know': said to someone, by no one named
    if word in _FIRST_PERSON:
        return _labelled(cue, speaker, text)
    if text.startswith(":", speaker.end) and _transcript_label(text, speaker.end) is None:
        return None  # 'A: We believe ...': an interview's label, which names nobody
    gap = text[speaker.end : cue.start].strip()
    appositive = gap.startswith(",") and gap.endswith(",")  # 'Smith, the mayor of Leeds, said'
    limit = _MAX_APPOSITIVE_WORDS if appositive else _MAX_GAP_WORDS
    if len(_WORD.findall(text, speaker.end, cue.start)) > limit and not modifies_subject(
        text, speaker, cue
    ):  # 'A column in the national Asahi newspaper attacked': the column's
        return None
    return Cue(cue, speaker)


def _labelled(cue: Span, speaker: Span, text: str) -> Cue | None:
    """The cue of a first-person speaker, with the transcript label it stands for ('FALLIN:
    ... I think'); without a label, 'I think' is the writer's own (an op-ed's, a letter's), as
    PolNeAR annotates it, and 'I' is all the text names of them."""
    label = _transcript_label(text, speaker.start)
    return Cue(cue, speaker) if label is None else Cue(cue, speaker, label)


def _transcript_label(text: str, position: int) -> Span | None:
    """The speaker label of the transcript turn ``position`` is in: opening its line, or alone
    on the line before ('SMITH:\\nI think ...'); read back no further than _MAX_CHARS."""
    lo = max(0, position - _MAX_CHARS)
    line = text.rfind("\n", lo, position) + 1
    if line == 0 and lo > 0:
        return None
    found = _LABEL.match(text, line, position)
    if found is None and line > lo + 1:
        before = text.rfind("\n", lo, line - 1) + 1
        found = _LABEL.match(text, before, line)
        if found is not None and text[found.end() : line].strip():
            found = None  # the label opens a line of its own words, not this one's
    if found is None or not names_someone(text, Span(found.start(1), found.end(1))):
        return None
    return Span(found.start(1), found.end(1))


def _content(text: str, cue: Cue, sentence: Span) -> tuple[Span | None, str]:
    """The reported clause of one cue in its sentence, and where it lay (a key of CONFIDENCE)."""
    assert cue.speaker is not None
    word = text[cue.span.start : cue.span.end].lower()
    if word == ":":  # a line's label: what follows it in its sentence
        return _trimmed(text, cue.span.end, sentence.end), "label"
    if word == "in":  # 'In a new poll, ...' or '..., in a new poll.', never mid-clause
        if _opens(text, sentence, cue.span.start):
            after = _trimmed(text, cue.speaker.end, sentence.end)
            opened = after is not None and text[cue.speaker.end : after.start].strip() == ","
            return (after if opened else None), "according"
        closes = text[cue.speaker.end : sentence.end].strip() in ("", ".")
        if closes and text[sentence.start : cue.span.start].rstrip().endswith(","):
            return _trimmed(text, sentence.start, cue.span.start), "according"
        return None, "according"
    if word.startswith("according"):
        if cue.speaker.start < cue.span.start:
            return None, "according"
        bounds = according.clause(text, cue.span, cue.speaker, sentence)
        return (None if bounds is None else _trimmed(text, *bounds)), "according"
    gerund = text.endswith("ing", cue.span.start, cue.span.end)
    if cue.speaker.start > cue.span.start and not gerund:  # '..., said Smith.'
        return _trimmed(text, sentence.start, cue.span.start), "before"
    end = _clause_end(text, cue, sentence)
    if cue.speaker.start > cue.span.start:  # 'By offering Kasich the spot, Trump ...'
        end = max(cue.span.end, text.rfind(",", cue.span.end, cue.speaker.start))
    start = cue.span.end
    # 'told reporters', 'told the Senate Armed Services Committee': who heard it
    heard = _OBJECT.match(text, start, end) if word in OBJECT_FIRST_VERBS else None
    audience = heard is not None and _audience(heard.group(1))
    lead = text[max(sentence.start, cue.speaker.start - _MAX_CHARS) : cue.speaker.start].strip()
    if (
        cue.speaker.start - sentence.start <= _MAX_CHARS  # a longer clause is none (_trimmed)
        and lead
        and lead[-1] in ",—–-"
        and len(_WORD.findall(lead)) >= _MIN_WORDS
        and not _opening_phrase(lead)
        and not _topic_next(text, word, start, sentence.end)
        and _ends_sentence(
            text,
            _listener_end(text, heard.end(), sentence.end)
            if heard and audience and word in TELLING_VERBS
            else start,
            sentence.end,
        )
    ):  # '..., Smith said.', '..., Smith told reporters.', '..., Carter told a Senate panel.'
        return _trimmed(text, sentence.start, cue.speaker.start), "before"
    if word in OBJECT_FIRST_VERBS:
        if heard is not None and heard.group(1).lower() in QUESTION_WORDS:
            return _trimmed(text, heard.start(1), end), "after"  # 'asked whether the deal ...'
        if heard is None or not audience:
            that = _that_word(text, start, end)
            if (
                that is None
                and word in DESCRIBING_VERBS
                and heard is not None
                and heard.group(1).split()[0].lower() not in ("for", "on")  # stance cues
            ):
                return _trimmed(text, start, end), "after"  # 'called the plan a disaster'
            if that is None and _object_infinitive(text, start, end):
                return _trimmed(text, start, end), "after"  # 'asked her to call him'
            told = None if that is not None else clause_after_listener(text, start, end)
            if told is not None:  # 'told her she did not', 'tell pollsters they have'
                return _trimmed(text, told, end), "after"
            if that is None:  # 'told the story', 'asked a question'
                return None, "after"
            return _trimmed(text, that.end(), end), "after"  # 'told a crowd that ...'
        if (
            word in TELLING_VERBS
            and _quote_before(text, cue.speaker.start, sentence)
            and _THAT_NEXT.match(text, heard.end(), end) is None
        ):
            return None, "after"  # '"...," Carter told a Senate panel Wednesday.'
        start = heard.end()
    if _participle_next(text, start, end):
        return None, "after"  # '"...," Trump said, repeating a common line.'
    if (
        not word.split(None, 1)[0].endswith("ing")  # a participle's 'to' is its topic:
        # ', alluding to the chair's ambitions', ', referring to the bill'
        and _quote_before(text, cue.lead, sentence)
        and _aside_next(text, start, end)
        and _that_word(text, start, end) is None
    ):
        return None, "after"  # '"...," Rubio said happily on MSNBC.': how, where, when
    if word in _SPEAKING_FORMS and _ADDRESSEE.match(text, start, end) is not None:
        topic = _TOPIC.search(text, start, min(end, start + _REACH))  # 'spoke to CNN about'
        if topic is None or "," in text[start : topic.start()]:
            return None, "after"  # 'spoke to reporters on Thursday': to whom, not what
        return _trimmed(text, topic.end(), end), "after"
    if (word in ADDRESSED_FORMS and text.startswith(_ADDRESSED, start)) or (
        _circumstance_next(text, start, end) and not _topic_next(text, word, start, end)
    ):
        that = _that_word(text, start, end)
        clause = None if that is not None else clause_after_time(text, start, end)
        if clause is not None:  # 'said Tuesday his plan would pass'
            return _trimmed(text, clause, end), "after"
        if that is None:  # 'the plan he backed.': its object comes before
            return relative_object(text, cue.span, cue.speaker, sentence), "after"
        return _trimmed(text, that.end(), end), "after"
    that = _THAT.match(text, start)  # always matches: every part is optional
    start = that.end() if that is not None else start
    return _trimmed(text, start, end), "after"


def _noun_content(text: str, cue: Cue, sentence: Span) -> tuple[Span | None, str]:
    """What a cue noun reports ("Trump's claim that ..."): the words after it, to the end of
    their clause."""
    that = _THAT.match(text, cue.span.end)  # always matches: every part is optional
    start = cue.span.end if that is None else that.end()
    stop = _CLAUSE_STOP.search(text, start, min(sentence.end, start + _MAX_CHARS))
    return _trimmed(text, start, sentence.end if stop is None else stop.start()), "noun"


def _clause_end(text: str, cue: Cue, sentence: Span) -> int:
    """Where the clause after a cue ends: at the sentence's end, or at the comma closing the
    aside the cue is in ('Dunn, who wants a lower tax, voted against it') or the subordinate
    clause opening the sentence (:mod:`.opening_clauses`: 'Although Smith said the plan would
    fail, the council ...')."""
    assert cue.speaker is not None
    before = text[max(sentence.start, cue.speaker.start - _REACH) : cue.speaker.start]
    if cue.antecedent is None or not before.rstrip().endswith(","):
        opening = opening_clause_end(text, sentence, cue.span, _MAX_CHARS)
        return sentence.end if opening is None else opening
    comma = text.find(",", cue.span.end, min(sentence.end, cue.span.end + _MAX_CHARS))
    return sentence.end if comma < 0 else comma


def _opens(text: str, sentence: Span, position: int) -> bool:
    """Whether only blanks come before ``position`` in its sentence (looking at no more than
    _REACH characters, so a long sentence is not read again for each of its cues)."""
    return position - sentence.start <= _REACH and not text[sentence.start : position].strip()


def _ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the cue closes its sentence, but for when or where: '..., Smith said on Monday.'
    ('In Ohio, Smith said he would run' and '..., Smith said Monday that ...' report the clause
    after the cue instead). A participle cue going on after a comma closes it too: '...,
    Smith said, adding that ...' reports both sides, and any participle of the speaker's does
    ('..., Smith said, drawing cheers': how it was said); so does a clause the writer joins on
    ('..., Smith said, and the delay ...')."""
    if _participle_next(text, start, end):
        return True  # ', adding that ...' (a cue of its own), ', drawing cheers' (how he said it)
    if _JOINED_ON.match(text, start, end) is not None:
        return True  # '..., Smith said, and the delay ...': the writer's own clause goes on
    return (
        _circumstance_next(text, start, end)
        and not _that_word(text, start, end)
        and clause_after_time(text, start, end) is None  # 'said Tuesday his plan would pass'
    )


def _listener_end(text: str, start: int, end: int) -> int:
    """Where a listener named by capitalised words ends: after the lower-case noun heading it,
    if one comes next ('told a Senate panel', 'told the AIPAC meeting'), else at ``start``. A
    word opening a clause ('told CNN he would run') is no such noun."""
    found = _WORD.match(text, start + 1, end) if text[start : start + 1] == " " else None
    if found is None:
        return start
    word = found.group()
    if not word.isalpha() or not word.islower() or word in _NOT_LISTENER_HEADS:
        return start
    return found.end()


def _quote_before(text: str, position: int, sentence: Span) -> bool:
    """Whether a quotation closes just before ``position``, the speaker's ('"...," Trump told
    Fox News host Sean Hannity'): the cue then credits the quote, and the words after its
    listener say more of whom it was told to or when, never what."""
    before = text[max(sentence.start, position - _WORD_BEFORE) : position].rstrip()
    return before.endswith(_CLOSING_QUOTES) and before[:-1].rstrip(" '")[-1:] in ",?!"


def _aside_next(text: str, start: int, end: int) -> bool:
    """Whether the words after a cue open on how, where or when it was said, not on a clause:
    an adverb in -ly ('said happily'), a preposition of place, time or listener ('said aboard
    his plane', 'asserted to reporters'), a number ('said 30 minutes into the debate') or 'and'
    ('said and hung up'); a topic's 'about' or 'of' is what was said."""
    found = _NEXT_WORD.match(text, start, end)
    if found is None:
        return False
    word = found.group(1)
    if word == "to":  # 'vowed to impose a tariff' is what was said; 'to reporters' no
        return _TO_LISTENER.match(text, found.end(), end) is not None
    return word[0].isdigit() or word in _ASIDE_WORDS or (word.endswith("ly") and word.islower())


def _participle_next(text: str, start: int, end: int) -> bool:
    """Whether a comma and a participle of the speaker's come next: ', adding that ...', ',
    drawing cheers', which report nothing of the cue's: a cue of its own, or how it was said."""
    going_on = _GOING_ON.match(text, start, end)
    return going_on is not None and going_on.group(1).lower() not in _NOT_PARTICIPLES


def _that_word(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first word 'that' within _REACH characters of ``start``. A plain look for it comes
    first: most clauses have none, and the pattern, opening on a look behind, is tried at each
    character."""
    end = min(end, start + _REACH)
    return _THAT_WORD.search(text, start, end) if text.find("that", start, end) >= 0 else None


# a time after such a preposition: 'spoke over the weekend', 'argued on this morning's show'
_TOPIC_TIME = compiled(r"(?:[ \t]+(?:the|this|that|last|next))?" + _TIME_AFTER_LEAD.pattern)


def _object_infinitive(text: str, start: int, end: int) -> bool:
    """Whether an object and an infinitive follow a verb of asking or telling: 'asked her to
    call', 'urged the party to unite' (not 'told the story to reporters')."""
    found = _OBJECT_INFINITIVE.match(text, start, end)
    return found is not None and found.group(1) not in _NOT_INFINITIVES


def _topic_next(text: str, word: str, start: int, end: int) -> bool:
    """Whether a stance cue's topic follows it on a preposition: 'complained of the imbalance',
    'spoke as if the money ...', 'argued over the tax' (not 'said on Monday', nor a time)."""
    if word in CUE_VERBS:
        return False
    first = _PREPOSITION_AFTER.match(text, start, end)
    return first is not None and _TOPIC_TIME.match(text, first.end(), end) is None


def _opening_phrase(lead: str) -> bool:
    """Whether the words before a speaker and its comma are a phrase opening the sentence, not a
    clause it reports: 'In both cases, Eric Trump spoke ...', 'Behind the scenes, aides have
    talked ...', 'Speaking on Wednesday, May said ...' (one stretch with no other mark, a
    preposition, subordinator or participle first and no more than _MAX_OPENING_WORDS words,
    the length that scored best on PolNeAR's train compartment)."""
    first = _WORD.match(lead)
    if first is None:
        return False
    word = first.group()
    if word.lower() not in _OPENING_PHRASE_STARTS and not word.endswith("ing"):
        return False  # most leads: a clause, on its subject
    return not any(mark in lead[:-1] for mark in _OPENING_PHRASE_BREAKS) and (
        len(_WORD.findall(lead)) <= _MAX_OPENING_WORDS
    )


def _circumstance_next(text: str, start: int, end: int) -> bool:
    """Whether no word or a word of when or where comes next: 'said', 'said in a statement'."""
    first = _WORD.search(text, start, min(end, start + _REACH))
    if first is None:
        return True
    word = first.group().lower()
    if word in _TIME_LEADS:
        return _TIME_AFTER_LEAD.match(text, first.end(), end) is not None
    if word in _BOUND_WORDS and _BOUND.match(text, first.start(), end) is not None:
        return False  # 'said at least 12 people died': a number's bound, not where
    return word in _CIRCUMSTANCE_WORDS


def _audience(words: str) -> bool:
    """Whether the words after 'told' name who heard it: 'reporters', 'CNN', 'Fox News'."""
    return words[:1].isupper() or words.lower().rstrip(".,") in REPORTED_OBJECTS


def _trimmed(text: str, start: int, end: int) -> Span | None:
    """``text[start:end]`` without outer punctuation, if it holds a clause's worth of words, not
    numbers alone."""
    if end - start > _MAX_CHARS:
        return None
    while start < end and text[start] in _LEADING:
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    # its first words decide most clauses: every word is read only when a clause may be too
    # long (_MAX_WORDS words and the marks between them fill twice as many characters) or
    # opens on a number
    opening = list(islice(_WORD.finditer(text, start, end), _MIN_WORDS))
    if len(opening) < _MIN_WORDS:  # too few words, unless a name: 'Pence endorsed Trump.'
        return Span(start, end) if len(opening) == 1 and text[start].isupper() else None
    if end - start > 2 * _MAX_WORDS or text[opening[0].start()].isdigit():
        found = _WORD.findall(text, start, end)
        if len(found) > _MAX_WORDS or all(word[0].isdigit() for word in found):
            return None  # too many words, or numbers only: 'Clinton: 2,316.', a tally
    return Span(start, end)


def _mode(text: str, content: Span, quoted: _Stretches) -> str | None:
    """'indirect' with no quoted words, 'mixed' with some, None when it is all quotation."""
    inside = list(quoted.overlapping(content))
    if not inside:
        return "indirect"
    words = len(_WORD.findall(text, content.start, content.end))
    enough = words - 1  # quoted words that make it all quotation; counting stops there
    quoted_words = 0
    for span in inside:
        found = _WORD.finditer(text, span.start, span.end)
        quoted_words += sum(1 for _ in islice(found, max(0, enough - quoted_words)))
    return None if quoted_words >= enough else "mixed"
