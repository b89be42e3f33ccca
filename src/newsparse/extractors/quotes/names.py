"""Turn a speaker mention into the fullest name the article gives that person.

A mention is a name ("Lopez Obrador"), a titled name ("State Department spokesman Ned Price"),
an unnamed source ("a senior US administration official") or a pronoun. :class:`NameBook`
reads every capitalised run of the article once, so a later "Ebrard" finds "Marcelo Ebrard";
pronouns and "the official" are resolved by :class:`SpeakerTracker` against earlier speakers.
"""

from __future__ import annotations

import itertools
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache, partial

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.non_name_words import NON_NAME_WORDS
from newsparse._data.person_nouns import PERSON_NOUNS
from newsparse._data.reporting_verbs import (
    ABBREVIATED_WORDS,
    CUE_VERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINDINGS_NOUNS,
    GENDERED_TITLES,
    KIN_GENDER,
    NAME_PARTICLES,
    NAME_TITLES,
    NOT_NAME_STARTS,
    ORGANISATION_WORDS,
    PLURAL_NOUNS,
    PRONOUN_GENDER,
    RELATIVE_PRONOUNS,
    SOURCE_NOUNS,
    THING_NOUNS,
)
from newsparse._data.title_forms import TITLE_FORMS
from newsparse.entities import (
    ACRONYM,
    APPOSITION_REACH,
    HOLDER_BEFORE,
    NAME_MARKS,
    WORD_CHARACTER,
    Holding,
    first_name_gender,
    has_name_table,
    may_be_a_person,
    names_a_place,
    names_no_person,
    names_nothing,
    role_holders,
    role_search_text,
)
from newsparse.entities import CAPITAL as _CAPITAL
from newsparse.entities import CAPITALISED_WORD as _CAPITALISED_WORD
from newsparse.entities import NEXT_NAME_WORD as _NEXT_NAME_WORD
from newsparse.entities import WORD_REST as _WORD_REST
from newsparse.extractors.casualties.people import is_only_singular, is_person
from newsparse.extractors.money.lexicon import NATIONALITIES
from newsparse.extractors.quotes.acronym_definitions import defined_acronyms
from newsparse.extractors.quotes.captions import in_caption
from newsparse.extractors.quotes.counted_subjects import counted_head
from newsparse.extractors.quotes.function_words import (
    FUNCTION_WORDS,
    PREPOSITIONS,
    without_contraction,
)
from newsparse.extractors.quotes.group_subjects import Group, described_person, group_opening
from newsparse.extractors.quotes.narrative import narrative_pronouns, told_gender
from newsparse.extractors.quotes.participles import may_be_participle
from newsparse.extractors.quotes.party_tags import tagged_name
from newsparse.extractors.quotes.told_ages import told_ages
from newsparse.regex_cache import compiled
from newsparse.span import Span

# A scan's first character: the same capital, but ``re`` skips in C through a plain set of
# characters (an ASCII capital or any non-ASCII character) and runs the letter test only where
# one stands; a set with a Unicode class in it is read item by item at every character.
_SCANNED_CAPITAL = rf"[A-Z\x80-\U0010ffff](?<={_CAPITAL})"
# the capital is matched first and the character before it checked after: far fewer look-behinds;
# nor right after a lone letter's full stop, inside an abbreviation ('S.' of 'U.S. Supreme Court')
_NOT_AFTER_WORD = rf"(?<![\w{NAME_MARKS}’'\-].)(?<!\b[^\W\d_]\..)"
# a run's first word: initials written together ('J.B.', 'H.R.') or a word, whose letters are
# never given back (an atomic group): a run goes on only at a blank, which no letter is, so a
# letter given back never lets it; and the scan tries every capital of the text, most of them
# a word alone ('He', 'Monday'), which giving each letter back made a fifth of its cost
_FIRST_REST = rf"(?:\.(?:{_CAPITAL}\.)+|(?>{_WORD_REST}))"
_CAPITALISED_RUN = compiled(
    rf"{_SCANNED_CAPITAL}{_NOT_AFTER_WORD}{_FIRST_REST}(?:{_NEXT_NAME_WORD})*"
)
_LONG_RUN = compiled(rf"{_SCANNED_CAPITAL}{_NOT_AFTER_WORD}{_FIRST_REST}(?:{_NEXT_NAME_WORD})+")
# a capitalised word standing alone, neither after nor before another ('Pompeo's message')
# (the whole word, its letters never given back: 'Pompe' of 'Pompeo Smith' stands before no
# capital, and 'The' of 'Then Jones' neither, yet neither is a word of the text)
_LONE_WORD = compiled(
    rf"{_SCANNED_CAPITAL}(?<![\w{NAME_MARKS}’'\-][ \t].){_NOT_AFTER_WORD}{WORD_CHARACTER}*+\.?"
    rf"(?![ \t]+{_CAPITAL})"
)
_AGE_REFERENCE = compiled(r"the (\d+)-year-old")  # 'the 30-year-old said': a person named before
_SPLIT = compiled(r"\s+")
_REMEMBERED = 8
_SENTENCE_END = compiled(rf"[^\W\d_][\w{NAME_MARKS}’'\-]*\.(?=[ \t])")
_SENTENCE_START = compiled(r"(?:[.!?][\"”’]?[ \t]+|\n[ \t]*)(?=[^\W\d_])")
_PLACE_ADVERBS = frozenset(("there", "here"))
#: A name, then 'of' or 'from' opening where its bearer works.
_SURNAME_THEN_LINK = compiled(
    rf"({_CAPITALISED_WORD}(?:{_NEXT_NAME_WORD})*)[ \t]+(?:of|from)[ \t]+\S"
)
#: The word after a name, when a lower-case one follows it.
_NEXT_WORD = compiled(r"[ \t]+([a-z]+)\b")
_HEAD_REACH = 120  # characters into a sentence its subject may open: 'Patting the kids, Castro'
_HEAD_WORDS = 12
#: Words a sentence may open on before its subject: 'In his welcome, Havel raised'.
_OPENING_WORDS = frozenset(
    "after before during since when while although though because as at on in for from "
    "asked earlier later meanwhile however despite following with without unlike like yet "
    "still instead also then now today yesterday".split()
)
_MENTION_WORD = compiled(r"[^\s,]+")
_CONJUNCTIONS = frozenset(("but", "and", "so", "or"))
#: Words opening a clause of time before a sentence's own subject, whose own subject is most
#: often the people the sentence goes on to call 'they' ('When police arrived, they found').
_SUBORDINATE_OPENING = compiled(r"(?:[Ww]hen|[Aa]fter|[Bb]efore|[Oo]nce)[ \t]+(?=\S)")
_SENTENCE_ENDS = frozenset('.!?:;"”’')
#: A pronoun set after the words it reports ('..., they said.'), and its cue closing the clause.
_REPORTED_BEFORE = compiled(r",\s*$")
_CUE_CLOSES = compiled(r"\w+\s+\w+\s*(?:[.,;]|$)")
_LINE_LOOK = 40  # characters back from a sentence's start its blanks are read
#: The pronouns that may stand for a group a sentence opens on ('we' is the speaker's own).
_THIRD_PERSON_PLURAL = frozenset(("they", "their", "them"))
#: Words for a news outlet, which name the outlet after them ('the daily El Pais').
OUTLET_NOUNS = frozenset(
    "daily newspaper paper tabloid weekly broadsheet broadcaster magazine agency".split()
)
_POSSESSIVE_NEXT = compiled(r"[ \t]+[a-z][\w-]*[’']s\b")
#: A role a name qualifies, then the holder's name: 'Rockets owner Tilman', 'Trump campaign
#: manager Brad'; the role's last word must name someone (see :func:`_names_person`).
_ROLE_THEN_NAME = compiled(rf"(?:[ \t]+[a-z][\w-]*)?[ \t]+([a-z][\w-]*)[ \t]+(?={_CAPITAL})")
_SUBJECT_REACH = 400  # characters back a pronoun looks for a sentence opening on a person
# what follows a surname to tell a father from his son ('Martin Luther King Jr.')
_GENERATIONS = frozenset("jr sr ii iii iv".split())
_PERSON_REACH = 1500  # characters back a pronoun or a title looks for a person it names
# the groups of issuer_pattern that hold a name right before the document's noun and a name
# after 'In its report,'
_NAME_BEFORE, _CLAUSE_ISSUER = 3, 4
_ROLE_WORDS = 5
#: Title words that only qualify another ('the White House', 'the first lady', 'the state'),
#: so a role never ends on them.
_TITLE_MODIFIERS = frozenset(
    "first state house senate white us u.s. uk u.n. un press majority minority republican "
    "democratic democrat independent gop former late prime vice deputy assistant".split()
)
#: What ends the sentence before a pronoun's own: a quote, or a sentence's end before a blank.
_QUOTE_OR_END = compiled(r"[\"“”]|[.!?][ \t\n]")
_DOUBLE_MARKS = ('"', "“", "”")
#: The genders a sentence's subject may have to be what a pronoun stands for; upper case is the
#: name table's word alone ('Nate' is a woman's name there), lower case the text's own.
_AGREEING = {
    "m": ("s", "m", "M"),
    "f": ("s", "f", "F"),
    "s": ("s", "m", "f", "M", "F"),
    "n": ("n",),
}
#: The gender only the name table gives that a pronoun's gender overrules for the person the
#: sentence right before it is about (see :meth:`SpeakerTracker._subject_before`).
_OVERRULED = {"m": "F", "f": "M"}
_OTHER_GENDER = {"m": "f", "f": "m"}
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
# a possessive determiner owning what was said ('his suggestion that'): its pronoun's kind
_DETERMINER_KINDS = {**_POSSESSIVE_GENDER, "their": "p"}
#: A third-person object pronoun, the speaker where the words quoted are given as theirs ('The
#: Guardian quoted her as saying', 'according to them'): its subject form's kind.
_OBJECT_KINDS = {"him": "m", "her": "f", "them": "p"}
_QUOTED_OBJECT_AFTER = compiled(r"[ \t]+as[ \t]+(?:saying|telling|writing|calling)(?![\w-])")
_QUOTED_OBJECT_BEFORE = compiled(r"(?i:according)[ \t]+to[ \t]+$")
_OWNED_WORDS = 4  # 'Rumsfeld's rambling three-page memo'; longer is a clause, not a document
#: Things that speak for themselves, not documents a person wrote ('her campaign said').
_BODIES = frozenset(
    "military regime administration campaign network newspaper channel site firm".split()
)
#: Words qualifying a role that make its holder a past one ('former President Bush', 'the late
#: Governor Mario Cuomo'): whom a description without such a word never means.
_PAST_HOLDERS = frozenset(("former", "ex", "late"))
#: The noun for whoever informed the story, whichever kind of source they are.
_SOURCE = "source"
#: What opens a first description of an unnamed source: 'a source', 'one of two witnesses'.
_INDEFINITE = frozenset(("a", "an", "another", "one"))
#: Words for a body that issues documents in its own right, which a document they qualify and
#: a story that names no such body leave as the issuer's description ('a government statement'
#: is the government's); not a word for a place or an outlet ('a state report', 'a press
#: release').
_ISSUING_BODIES = frozenset(
    "administration army board commission committee council government ministry police".split()
)
#: Heads of a description any organisation may take ('the company', 'the group', 'the
#: agency', 'the panel'), and a news outlet's ('the paper', 'the newspaper', 'the daily'),
#: whose outlet the story names by its title, never by that word ('The Wall Street Journal');
#: one of a kind ('the committee', 'the bank') stands only for a body named by that word.
_ANY_BODY = (
    frozenset(("company", "group", "organization", "organisation", "agency", "panel"))
    | OUTLET_NOUNS
)
_TYPO_LENGTH = 5  # letters a lone surname needs before one letter off reads as a typo
_TITLE_REACH = 24  # characters before a name a lower-case title may take: 'chairman Rep. '
_APPOSITION_CLAUSE = 200  # characters back an apposition's name may open its clause
#: What ends the clause before a subject: a sentence or clause end, or a quote mark.
_CLAUSE_MARKS = (*'.!?;:\n"“”', "''", "``")
#: A name opening a clause (after a closing quote's comma, or 'As'), then a comma.
_APPOSED = compiled(
    rf"[ \t,]*(?:(?:As|But|And)[ \t]+)?({_CAPITALISED_WORD}(?:{_NEXT_NAME_WORD})*),[ \t]"
)
#: A verb set off as an aside: 'said,' 'said Tuesday,'.
_ASIDE = compiled(r"(?:[ \t]+[\w’'-]+){0,2}[ \t]*,")
#: A verb or a clause opening between a name and a mention: no apposition.
_CLAUSE_WORD = compiled(
    r"(?<![\w’'-])(?:is|was|were|are|has|have|had|will|would|when|if|because|after|before"
    r"|while|who|which|that|(?<!the )(?<!an )(?<!a )(?<!'s )(?<!’s )[a-z]+(?:ed|ing))(?![\w’'-])"
)
#: A description holds a word in lower case, a number or a party tag ('R-Ohio'); a list of
#: names does not.
_DESCRIBING = compiled(r"(?<![\w’'-])(?:[a-z\d]|[A-Z]-[A-Z])")
#: An apposition right after a name, up to its closing comma: ', a reporter for WAVE,'.
_APPOSITION = compiled(r",[ \t]+([^,.;:!?\"“”()\n]{1,80}?),[ \t]")
#: Words that end an apposition's head and open what qualifies it ('director of ...').
_AGE_DIGITS = 3
_APPOSITION_BREAKS = frozenset("of for at with in from on to as who whose".split())
# who puts a document out, right before the verb (see :func:`put_out_by`): a name,
# maybe with words for people or a body after it ('NATO leaders', "Japan's lower house")
_ISSUER_BEFORE = compiled(
    rf"(?:[Tt]he[ \t]+)?((?!(?:The|A|An|This|That|Its|His|Her|Their)\b){_CAPITALISED_WORD}"
    rf"(?:{_NEXT_NAME_WORD})*(?:[ \t]+[a-z][\w-]*){{0,2}})$"
)
_ISSUER_REACH = 100  # characters before its verb an issuer's name may open
# a verb that puts a document out, or a comma giving one ('issued a', ', in a statement')
_PUTTING_OUT = compiled(
    r"(?:[ \t]+(?:issued|released|published|adopted|posted|sent|signed|put[ \t]+out"
    r"|passed|approved|backed|filed|wrote|drafted|unveiled|introduced)[ \t]+"
    r"(?:a|an|its|their|the)[ \t]+(?:[\w-]+[ \t]+){0,3}"
    r"|,[ \t]+in[ \t]+(?:a|an|its|their)[ \t]+(?:[\w-]+[ \t]+){0,2})$"
)
_PUT_OUT_REACH = 60  # characters before a document's noun its verb may stand


#: What may stand right before a name that opens a clause: the text's start, a sentence end,
#: a line break, an opening quote mark or a dash.
_CLAUSE_OPENING = compiled(r"(?:^|[.!?:;\n“\"‘'—–(])\s*$")


def _opens_a_clause(text: str, start: int) -> bool:
    """Whether the words at ``start`` open a sentence or clause rather than follow a word."""
    return _CLAUSE_OPENING.search(text, max(0, start - 3), start) is not None


@lru_cache(maxsize=4096)
def name_words(phrase: str) -> tuple[str, ...]:
    """The words of the person's name in ``phrase``: titles, roles and determiners dropped.
    Kept, as an article asks again for the same few names, and the news for the same people."""
    words = [_initials_kept(word) for word in _SPLIT.split(phrase.strip()) if word]
    for index in range(len(words) - 2, -1, -1):  # the name follows the last title or clause word
        lowered = words[index].lower()
        if words[index + 1].lower().rstrip(".") in _GENERATIONS:
            continue  # 'Martin Luther King Jr.': a title before 'Jr.' is a surname
        if (
            lowered in NOT_NAME_STARTS
            or lowered in NAME_TITLES
            or _possessive_free(lowered) != lowered  # "Labour's Rachel Reeves"
            or _role_before_name(words, index)  # 'Latino Victory Fund CEO Nathalie Rayes'
        ):
            words = words[index + 1 :]
            break
    while words and (
        words[0].lower() in NAME_TITLES
        or words[0].lower() in NAME_PARTICLES
        or words[0].lower() in NOT_NAME_STARTS
        or words[0].lower() in DETERMINERS
    ):
        words = words[1:]
    given = next((i for i, word in enumerate(words[:-1]) if first_name_gender(word) is not None), 0)
    if (
        given
        and not any(len(word.rstrip(".")) == 1 for word in words[:given])
        and not names_a_place(" ".join(words[: given + 1]))  # 'New York Times': 'York' is no name
    ):
        words = words[given:]  # 'European Union Gordon Sondland': the name opens on 'Gordon'
    return tuple(_possessive_free(word) for word in words if word)


#: A name's initial as :func:`name_words` keeps it: 'K.K.', 'J'.
_INITIAL = compiled(r"(?:[A-Z]\.){1,3}|[A-Z]")


def _role_before_name(words: list[str], index: int) -> bool:
    """Whether the capitalised word at ``index`` is a noun for a role ('CEO', 'Prosecutor',
    'Coroner') between other words and a person's name, which opens on a first name or an
    initial: the name follows the role, as it follows a title, though a word before the role
    is a first name too ('Wayne County Prosecutor Kym Worthy'). A nationality ('Swiss') or a
    role word that is a first name ('Hunter') is no role here; nor is one opening the run,
    which the first name after it ends already ('Comedian George Lopez')."""
    word, following = words[index], words[index + 1]
    lowered = word.lower().rstrip(".")
    return (
        index > 0
        and words[index - 1][:1].isupper()  # 'Kevin Drum of Mother Jones' is two runs
        and lowered in PERSON_NOUNS
        and lowered not in NATIONALITIES
        and first_name_gender(word) is None
        and (first_name_gender(following) is not None or _INITIAL.fullmatch(following) is not None)
    )


def _initials_kept(word: str) -> str:
    """A word without the commas or full stops after it, but for initials, whose last full
    stop is theirs ('J.B.', 'D.C.')."""
    stripped = word.rstrip(".,")
    if len(stripped) == len(word) or "." not in stripped:
        return stripped  # most words: nothing after them, or no initials
    kept = word.rstrip(",")
    return kept if kept.endswith(".") and stripped.replace(".", "").isupper() else stripped


def _possessive_free(word: str) -> str:
    return word[:-2] if word.endswith(("’s", "'s")) else word


def subject_part(text: str, mention: Span) -> Span:
    """The subject of a mention that runs over a clause ('British Prime Minister Tony Blair
    defended his EU', 'Pence also addressed Trump's', 'the president praised Beijing's'): the
    words before its verb, a word in lower case ending in '-ed' after a name, or after a noun
    a determiner opens, and before a capitalised word; else the mention itself."""
    words = list(_MENTION_WORD.finditer(text, mention.start, mention.end))
    determined = bool(words) and words[0].group().lower() in DETERMINERS
    named = -1  # the last word of the subject so far
    for index, word in enumerate(words):
        value = word.group()
        if value[:1].isupper() and (index > 0 or value.lower() not in DETERMINERS):
            named = index
        elif (
            named >= 0
            and value.endswith("ed")
            and value.isalpha()
            and any(later.group()[:1].isupper() for later in words[index + 1 :])
        ):
            end = index
            while end - 1 > named and words[end - 1].group().islower():
                end -= 1  # 'also', 'forcefully'
            return Span(mention.start, words[end - 1].end())
        elif determined and index > 0 and value.isalpha() and not value.endswith(("ed", "ly")):
            named = index  # 'the president', 'His wife': a noun the determiner opens
    return mention


def apposition_head(text: str, mention: Span, verb: Span) -> Span | None:
    """The person a cue's mention stands in apposition to: 'Rep. Jim Jordan, R-Ohio, the
    panel's ranking member, said', 'Trump, a Republican, ... said', 'Lori Alhadeff, the mother
    of victim, Alyssa, told': a name opening the clause, a comma, then descriptions up to the
    verb, the mention among them. None when the mention is a pronoun or a full name itself,
    when a clause comes between ('McCain, the nominee, spoke after Donald Trump told'), or when
    the verb is set off as an aside ('Obama, his aide said, will')."""
    if text[mention.start : mention.end].lower() in PRONOUN_GENDER or _full_name(text, mention):
        return None
    reach = max(0, mention.start - _APPOSITION_CLAUSE)
    opened = max(text.rfind(mark, reach, mention.start) for mark in _CLAUSE_MARKS) + 1
    found = _APPOSED.match(text, max(opened, reach), mention.start)
    if found is None or found.end(1) >= mention.start or _ASIDE.match(text, verb.end):
        return None
    if not _DESCRIBING.search(text, found.end(1), verb.start) or _CLAUSE_WORD.search(
        text, found.end(1), mention.start
    ):
        return None
    run = found.group(1)
    words = name_words(run)
    if not words or not _may_be_surname(run.split(maxsplit=1)[0]):
        return None
    if len(words) == 1 and not _full_name_pattern(words[0]).search(text, 0, found.start(1)):
        return None  # 'Frustrated, Sanders said': a lone word is a name once named in full
    return Span(found.start(1), found.end(1))


def _full_name(text: str, mention: Span) -> bool:
    name = name_in(text, mention)
    return name is not None and " " in name and first_name_gender(name.split()[0]) is not None


@lru_cache(maxsize=256)
def _full_name_pattern(surname: str) -> re.Pattern[str]:
    return re.compile(rf"{_CAPITALISED_WORD}[ \t]+{re.escape(surname)}(?![\w{NAME_MARKS}’'\-])")


def _may_be_surname(word: str) -> bool:
    lowered = word.lower()
    return lowered not in NOT_NAME_STARTS and lowered not in _OPENING_WORDS


def names_no_one(phrase: str) -> bool:
    """Whether a speaker mention is no one who can speak: a phrase in lower case whose head is
    no noun for a person, a group, a body or a document ('a similar', 'the wage hike'), as a
    cue may take when the sentence's subject stands far from its verb."""
    words = phrase.lower().split()
    if not words or phrase != phrase.lower() or words[-1] in PRONOUN_GENDER:
        return False
    if any(character.isdigit() for character in phrase):
        return False  # '21 percent': a share of people
    if len(words) > 1 and words[-1] in _PLACE_ADVERBS:
        words = words[:-1]  # 'authorities there', 'diplomats here'
    head = words[-1].strip(".,;:")
    return not (
        _names_person(head)
        or _names_person(head.removesuffix("s"))
        or head in THING_NOUNS
        or head in ORGANISATION_WORDS
        or head in PLURAL_NOUNS
        or head in RELATIVE_PRONOUNS
        or head in DETERMINERS
    )


def quoted_object(text: str, mention: Span) -> bool:
    """Whether a mention, an object pronoun, is the one whose words are given ('quoted her as
    saying', 'according to them'), not an owner or an object beside the speaker ('her family
    says', 'Those close to him say')."""
    if text[mention.start : mention.end].lower() not in _OBJECT_KINDS:
        return False
    return bool(
        _QUOTED_OBJECT_AFTER.match(text, mention.end)
        or _QUOTED_OBJECT_BEFORE.search(text, max(0, mention.start - 14), mention.start)
    )


def is_relative_pronoun(word: str) -> bool:
    """Whether a speaker's word is a relative pronoun ('who', 'which'): not one written in
    capitals, an acronym ('the WHO warned', the World Health Organization)."""
    return word.lower() in RELATIVE_PRONOUNS and ACRONYM.fullmatch(word) is None


def name_in(text: str, mention: Span) -> str | None:
    """The name a mention heads ('Ned Price' in 'spokesman Ned Price'), or None if it has none."""
    return _name_of(text[mention.start : mention.end])


#: What joins a person's description to whom they work for or belong to: 'a lawyer for Smith'.
_RELATION_LINKS = frozenset(("for", "of", "to", "with"))

#: The small words inside a body's name: 'Centers for Disease Control and Prevention'.
_BODY_JOINS = frozenset({"of", "for", "and", "of the", "for the", "on", "&"})


@lru_cache(maxsize=4096)
def _name_of(phrase: str) -> str | None:
    """The name a mention's phrase heads; kept, as an article's mentions repeat ('he', 'Trump',
    'the spokesman') and each is read by the extractor and again by the tracker."""
    runs = list(_CAPITALISED_RUN.finditer(phrase))
    if not runs or len(phrase[: runs[-1].end()].rstrip(".,")) != len(phrase.rstrip(".,")):
        return None
    body = _body_named(phrase, runs)
    if body is not None:
        return body
    words = name_words(runs[-1].group())
    return " ".join(words) if words else None


def _body_named(phrase: str, runs: list[re.Match[str]]) -> str | None:
    """A body's whole name, its capitalised runs joined by 'of', 'for' and 'and' ('the Centers
    for Disease Control and Prevention', 'Department of Children and Family Services'), when its
    first run ends in a word for a body; people joined by 'and' alone stay apart."""
    if len(runs) < 2 or phrase[: runs[0].start()].strip().lower() not in ("", "the"):
        return None
    gaps = [phrase[a.end() : b.start()].strip().lower() for a, b in itertools.pairwise(runs)]
    first = runs[0].group().lower().split()
    if (
        all(gap in _BODY_JOINS for gap in gaps)
        and (len(first) > 1 or any(gap != "and" for gap in gaps))
        and any(word.removesuffix("s") in ORGANISATION_WORDS for word in first)
    ):
        return phrase[runs[0].start() : runs[-1].end()]
    return None


class NameBook:
    """Every capitalised name of an article, looked up by its last word. Each distinct name is
    kept once with where it occurs, so an article repeating a name stays linear. A run of
    capitalised words is only read for its name once a speaker with the same last word asks:
    most of an article's names are never asked for.

    What depends on the text alone is its :class:`_Article`'s, shared by the books of one text;
    a book holds only what its extractor gives it, the quoted words."""

    def __init__(self, text: str, quoted: Sequence[Span] = ()) -> None:
        self._article = _article_of(text)
        self._quoted = quoted
        self._quoted_starts = [span.start for span in quoted]
        self._read_all = False  # whether a pronoun's look back has read the whole text's namings

    @property
    def _text(self) -> str:
        return self._article.text

    def person_before(
        self, position: int, kind: str, *, after: int = 0, known: bool = False
    ) -> str | None:
        """The nearest person named before ``position`` (and from ``after`` on) whom a pronoun
        of ``kind`` ("m" or "f") may stand for: 'Officer Paul Reyes arrived. "...," he said.'
        -> 'Paul Reyes'; with ``known``, only one whose title or first name tells that gender
        ('Sunni Arab' is no one). A surname alone counts as naming the person the text names
        in full ('Pompeo's message was clear' after 'Mike Pompeo'), and names inside quoted
        words are said, not people; nor is a photo's credit ('Rahmat Gul/AP', 'REUTERS/Mike
        Segar', 'Justin Sullivan/Getty Images'), a caption line set between a speaker and the
        pronoun that stands for them, nor anyone its caption names (:mod:`.captions`)."""
        lo = max(after, position - _PERSON_REACH)
        # a short look back reads only its own stretch, unless the whole text is read already
        if not after:
            self._read_all = True
        people = self._article.mentions if self._read_all else self._article.namings(lo, position)
        text = self._text
        index = bisect_right(people, (position,)) - 1
        while index >= 0 and people[index][0] >= lo:
            start, run = people[index]
            index -= 1
            run_end = start + len(run)  # a photo credit's slash touches the name either side
            if (
                self.said(start)
                or "/" in (text[start - 1 : start], text[run_end : run_end + 1])
                or in_caption(text, start)
            ):
                continue
            words = name_words(run)
            if len(words) == 1:
                run = self.fullest(words[0], start)
                words = tuple(run.split())
            if (
                len(words) >= 2
                and not _has_acronym(words)
                and (
                    kind == "s" or _person_gender(run, words) in ((kind,) if known else ("s", kind))
                )
                and may_be_a_person(" ".join(words))  # not 'the Chicago Sun-Times', 'Reuters'
                # nor a place opening on a first name ('Sierra Leone'), which that test passes
                and not names_a_place(" ".join(words))
            ):
                return self.fullest(" ".join(words), start + len(run))
        return None

    def person_aged(self, age: str, position: int) -> str | None:
        """The last person before ``position`` whose age the text tells as ``age`` beside their
        name (:mod:`.told_ages`), in full."""
        for start, _, run in sorted(
            (told for told in told_ages(self._text) if told[0] < position and told[1] == age),
            reverse=True,
        ):
            words = name_words(run)
            name = " ".join(words)
            if words and not self.said(start) and may_be_a_person(name) and not names_a_place(name):
                return self.fullest(name, start + len(run))
        return None

    def titles_of(self, name: str) -> frozenset[str]:
        """The titles the text sets right before a name (see :meth:`_Article.titles_of`)."""
        return self._article.titles_of(name)

    def named_within_a_sentence(self, word: str) -> bool:
        """Whether the text writes a capitalised word somewhere other than at a sentence's
        opening, as a name ('with Clearview'), or in capitals ('ACLU'): a word capitalised only
        where a sentence opens ('Shares fell') may be any word. Asked only of a body's lone
        name, so a scan of the text per ask is cheap."""
        return word.isupper() or any(
            match.start() > 0
            and _char_before_blanks(self._text, match.start()) not in _OPENING_BEFORE
            for match in _lone_word_pattern(word).finditer(self._text)
        )

    def common_word(self, phrase: str) -> bool:
        """Whether a lone capitalised word is an adjective or an adverb capitalised only where
        a sentence opens ('High oil prices', 'More: ...', 'Just point to the box'): no noun for
        people or quantifier ('Critics', 'Some'), the text writes it in lower case too, and
        never capitalised inside a sentence, as it does a name ('Young', 'with Brown'); nor a
        first name ('Lee') or a place."""
        if not phrase.isalpha():
            return False  # most names: two words or more
        lowered = phrase.lower()
        return (
            phrase[1:].islower()
            and (lowered in ADJECTIVES or lowered.endswith("ly"))
            and lowered not in DETERMINERS
            and not _names_person(lowered)
            and first_name_gender(phrase) is None
            and not names_a_place(phrase)
            and self._written_in_lower_case(lowered)
            and not self.named_within_a_sentence(phrase)
        )

    def may_be_given(self, word: str) -> bool:
        """Whether a capitalised word opening a sentence may be a given name the name table
        does not know ('Fralen Allen, who works nearby, was stunned'), not a word the sentence
        opens on ('Senior Trump aides', 'Did Morales'): no adjective, no word that names
        nothing, and never written in lower case in the text."""
        lowered = word.lower()
        return (
            word.isalpha()
            and word[1:].islower()
            and lowered not in ADJECTIVES
            and lowered not in DETERMINERS
            and lowered not in FUNCTION_WORDS
            and lowered not in PREPOSITIONS
            and not names_nothing(word)
            and not _opens_phrase(word)
            and not self._written_in_lower_case(lowered)
        )

    def _written_in_lower_case(self, word: str) -> bool:
        """Whether the text writes ``word`` in lower case between blanks or before a comma or
        a stop: a plain look for the few words asked, with no pattern to build."""
        text = self._text
        return any(text.find(f" {word}{after}") >= 0 for after in " ,.")

    def spelled_out(self, name: str) -> str:
        """The name an acronym stands for (see :attr:`_Article.acronyms`); else the name. An
        acronym is one word with a capital after its first letter and may keep small ones
        ('MoD'); a lone letter ('U' of 'U.S.') is none."""
        if " " in name or not any(c.isupper() for c in name[1:]):
            return name
        return self._article.acronyms.get(name, name)

    def said(self, position: int) -> bool:
        """Whether ``position`` lies inside quoted words, whose names are said, not speakers
        ('"... to dominate the Middle East," he said')."""
        index = bisect_right(self._quoted_starts, position) - 1
        return index >= 0 and position < self._quoted[index].end

    def unquoted_reach(self, position: int) -> int:
        """Where a look back of :data:`_SUBJECT_REACH` characters from ``position`` starts when
        quoted words are not counted: a long quote does not hide the sentence before it. The
        look back stops at :data:`_PERSON_REACH` characters, so a text of quotes stays linear."""
        index = bisect_right(self._quoted_starts, position) - 1
        lo = position - _SUBJECT_REACH
        floor = position - _PERSON_REACH
        while index >= 0 and self._quoted[index].end > lo > floor:
            quoted = self._quoted[index]
            lo -= min(quoted.end, position) - quoted.start
            index -= 1
        return max(0, floor, lo)

    def holder_of(
        self,
        title: str,
        mention: Span,
        qualifiers: Sequence[str] = (),
        speakers: Sequence[str] = (),
    ) -> str | None:
        """Who holds a title, where the story names them (:func:`~newsparse.entities.role_holders`):
        'The Prime Minister, Rishi Sunak,' or 'Rishi Sunak, the prime minister,' -> 'Rishi
        Sunak'. The naming sharing most of the description's qualifying words wins ('the
        Carolina Panthers quarterback' is 'Panthers quarterback Cam Newton', wherever the story
        names him), then the nearest; a naming outside a person's reach, or past the
        description by more than an apposition, must share one, as must a role set off after
        a name with words of its own ('Ann Gray, the former governor' is not 'the governor').
        The description itself is no naming ('In an interview with Ann Gray, the candidate
        said') unless the name before it opens the clause ('Ann Gray, the mayor said').

        A past holder ('former US president Lyndon Johnson') is never whom a description
        without such a word means ('the president'), nor a holder named without one whom a
        description with one means ('the former vice president'). Among the rest, a holder already quoted
        (one of ``speakers``, the most recent first, wherever the story named them) outranks
        one only mentioned, the one quoted last first: 'the Governor said' in a story quoting
        'North Carolina Gov. Pat McCrory' is McCrory, not 'Gov. Andrew Cuomo' named in passing
        just before."""
        asked = frozenset(qualifiers)
        position = mention.start
        best: tuple[int, int, int, int, str] | None = None
        holders: set[str] = set()
        others: set[str] = set()  # holders the text gives another country's role
        candidates: list[tuple[int, int, str, int]] = []
        for holding in self._article.holders(title):
            if mention.start <= holding.role < mention.end and not _opens_a_clause(
                self._text, holding.start
            ):
                continue  # 'In an interview with Ann Gray, the candidate said'; not 'Ann Gray,
                # the mayor said', where the name set off before the role is the subject
            name = self._holder_name(
                holding, alone=title.rsplit(None, 1)[-1] not in _TITLE_MODIFIERS
            )
            if not (holding.qualifiers - asked).isdisjoint(_PAST_HOLDERS):
                continue  # 'former President Bush' is not 'the president'
            if not (asked - holding.qualifiers).isdisjoint(_PAST_HOLDERS):
                continue  # nor is 'Vice President Mike Pence' 'the former vice president'
            titled = not holding.set_off and self._text[holding.role].isupper()
            if titled and (name or " " in holding.name):
                # a title: 'Pope John Paul II'; a surname the text never names in full is no one
                holders.add(name or " ".join(name_words(holding.name)))
            shared = len(asked & holding.qualifiers)
            distance = abs(holding.start - position)
            near = position - _PERSON_REACH <= holding.start <= position + APPOSITION_REACH
            qualified = holding.set_off and holding.qualifiers
            if name is not None and not (holding.qualifiers - asked).isdisjoint(NATIONALITIES):
                others.add(name)
            full = self.fullest(name, holding.start) if name is not None else None
            spoke = len(speakers) - speakers.index(full) if full in speakers else 0
            # quoted already, one the text titles so ('Gov. Pat McCrory') is whom a bare
            # description means however far back ('the governor'); not one a description
            # asks more of than the title says ('the former vice president' is not 'President
            # Trump'), nor one described by a common noun ('the woman, Tara Reade')
            reached = near or (titled and spoke and not asked)
            if (shared or (reached and not qualified)) and name is not None:
                candidates.append((shared, -distance, name, spoke))
        for shared, closeness, name, spoke in candidates:
            # 'the president' is rather 'President Obama' than the nearer 'Russian President
            # Vladimir Putin' (or 'President Putin' after it): a holder of another country's
            # role is whom a bare description least means
            rank = (shared, -(name in others), spoke, closeness, name)
            if best is None or rank[:4] > best[:4]:
                best = rank
        if best is None and not asked and len(holders) == 1:
            # the one holder the story titles so, however far before: 'Pope John Paul II
            # arrived ...' and 'the pontiff said' a dozen paragraphs later
            sole = holders.pop()
            return sole if len(sole.split()) >= 2 else None
        return best[4] if best is not None else None

    def _holder_name(self, holding: Holding, *, alone: bool) -> str | None:
        """A holder's name as :meth:`holder_of` gives it: its words without a title, a surname
        after a title ('President Obama') as the text names that person in full ('Barack
        Obama'), else alone; a lone word only with ``alone`` (a title a person holds, not 'the
        Senate'), when it may be a person's surname and outside quoted words, where a speaker
        names someone rather than the story; None for no person's name."""
        words = name_words(holding.name)
        if (
            len(words) == 1
            and not holding.set_off
            and alone
            and _may_be_surname_alone(words[0])
            and not self.said(holding.start)  # '"We've told President Erdogan," Trump said'
        ):
            return self.fullest(words[0], holding.start)
        return " ".join(words) if len(words) >= 2 else None

    def body_named(self, head: str, position: int) -> str | None:
        """The organisation a description by its kind ('the committee') stands for: the last
        name before ``position`` ending in that word ('National Republican Congressional
        Committee'), outside quoted words and within a person's reach."""
        runs = self._article.runs.get(head, [])  # in reading order
        index = bisect_left(runs, position, key=lambda entry: entry[1]) - 1
        while index >= 0 and runs[index][1] >= position - _PERSON_REACH:
            if not self.said(runs[index][1]):
                break
            index -= 1
        else:
            return None
        words = runs[index][0].rstrip(".,").split()
        while words and words[0].lower() in DETERMINERS:
            words = words[1:]
        return " ".join(words) if len(words) >= 2 else None

    def issuer_of(self, head: str, position: int, *, ahead: bool = False) -> str | None:
        """The name of who issued a document of kind ``head`` ('statement', 'report'), where the
        text last names one before ``position``: by a phrase after the document ('from ...',
        'signed by ...'), a name right before it ('a 2015 Institute of Medicine report') or
        a name after 'In its report, ...'. Names inside quoted words are said, not issuers.

        With ``ahead``, where nothing before names one, the first such naming after: a story
        may quote 'the briefing' before it says whose it is ('the Department of Homeland
        Security briefing'), and the document's noun itself is never who speaks."""
        text = self._text
        lo = max(0, position - _PERSON_REACH)
        found: tuple[int, str] | None = None
        for match in issuer_pattern(head).finditer(text, lo, position + APPOSITION_REACH):
            if match.start() > position:
                break
            found = self._issuer_named(match, head) or found
        put_out = put_out_by(text, head, lo, position)
        if put_out is not None and (found is None or put_out[0] > found[0]):
            found = put_out  # 'NATO leaders issued a declaration'
        if found is None and ahead:
            for match in issuer_pattern(head).finditer(text, position, position + _PERSON_REACH):
                found = self._issuer_named(match, head) if _in_its_phrase(match) else None
                if found is not None:
                    break
        if found is None:
            return None
        return self.fullest(found[1], found[0])

    def _issuer_named(self, match: re.Match[str], head: str) -> tuple[int, str] | None:
        """Where and whom a match of :func:`issuer_pattern` names as a document's issuer, or
        None when it names no one."""
        text = self._text
        group = next(index for index, name in enumerate(match.groups(), 1) if name is not None)
        name = match.group(group)
        if counted_head((name, head), head.__eq__) is not None and _opens_a_clause(
            text, match.start(group)
        ):
            return None  # 'One study found', 'Another post said' (not 'The Republican memo')
        if name.startswith("the "):  # a body left unnamed: 'from the royal palace said'
            name = _before_verb(name)
        name = _before_determiner(name)  # 'by Judicial Watch. The judge': a new sentence
        name = _after_time(name)  # 'Saturday's G7 statement' is the G7's
        name = _possessive_free(name.rstrip(".,"))
        if name != "the" and not self.said(match.start()) and not names_nothing(name):
            return match.start(), name  # a name is kept whole; 'Tuesday' names no one
        return None

    def names_in_full(self, name: str) -> bool:
        """Whether the text gives ``name`` as a full name it can be trusted for: not only at a
        sentence's start on a word no first name ('What Weaver hopes')."""
        words = tuple(name.split())
        return len(words) >= 2 and words in self._article.ending_in(words[-1].lower())

    def given_name_before(self, surname: str) -> str | None:
        """The gender the name table gives the first name the text sets before a lone
        ``surname`` ('Chuck Schumer of New York': 'm'; 's' for either), or None where it sets
        none ('Hamas', 'Sony')."""
        for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(surname)}\b", self._text):
            gender = first_name_gender(match[1])
            if gender is not None:
                return gender
        return None

    def fullest(self, name: str, position: int, gender: str = "s") -> str:
        """The longest name ending in ``name``'s words; on a tie the one named most often, then
        the nearest earlier one ('Trump' is 'Donald Trump', not a relative named once). A
        ``gender`` the mention tells ("m" for 'Mr. Obama', "f" for 'Mrs. Clinton') passes over
        a name whose first name the table gives the other: a family shares its surname."""
        words = tuple(word.lower() for word in name.split())
        if not words:
            return name
        best: tuple[int, int, int, tuple[str, ...]] | None = None
        for candidate, starts in self._article.longer(words):
            if gender in _OVERRULED and first_name_gender(candidate[0]) == _OTHER_GENDER[gender]:
                continue
            earlier = bisect_right(starts, position) - 1
            distance = position - starts[earlier] if earlier >= 0 else 10**9
            rank = (len(candidate), len(starts), -distance)
            if best is None or rank > best[:3]:
                best = (*rank, candidate)
        if (
            best is None
            and len(words) == 1
            and (typo := self._article.misspelt(words[0])) is not None
        ):
            return self.fullest(typo, position)  # 'Hirsh said' after 'Dean Hirsch'
        return " ".join(best[3]) if best else name


class SpeakerTracker:
    """Resolves speaker mentions in reading order, remembering recent speakers for pronouns.

    Each remembered speaker carries what a pronoun may call it: "m" or "f" once a title or a
    gendered pronoun has said so, "s" for a person of unknown gender, "p" for a group
    ("officials", "the groups"), "g" for a group 'they' was read as. 'he' takes the most recent
    "m" or "s" speaker, 'she' the most recent "f" or "s" one, 'they' the group a sentence since
    the last speaker opens on, else the most recent group, 'we' the most recent "p" one.
    """

    def __init__(self, text: str, quoted: Sequence[Span] = ()) -> None:
        self._text = text
        self._book = NameBook(text, quoted)
        self._recent: list[tuple[str, str]] = []
        self._described: dict[str, str] = {}
        self._issued: dict[str, str] = {}  # who issued the last document of a kind, if known
        self._last = self._since = 0  # where the last speaker resolved ends, and the one before
        self._last_mention: Span | None = None  # the last speaker's mention, where it ends last
        self._group_read = 0  # where the last group a mention was read as ends ('officials')
        self._thing = False  # whether the mention just resolved is a thing, not a speaker
        self._sentences: tuple[tuple[int, int], list[tuple[int, int]]] = ((-1, -1), [])

    def common_word(self, name: str) -> bool:
        """Whether a resolved name is a common word the text capitalises only where a sentence
        opens (see :meth:`NameBook.common_word`): no name to give a reader."""
        return self._book.common_word(name)

    def issued(self, head: str, name: str) -> None:
        """A document of kind ``head`` ('statement') was found issued by ``name`` ('In a
        statement, the army said'): a later 'the statement' whose issuer nothing else tells
        is the same document, and its words the same issuer's."""
        if head:
            self._issued[head] = name

    def resolve(self, mention: Span, possessive: bool = False) -> str | None:
        """The speaker's name for ``mention``, and remember it for later pronouns; with
        ``possessive``, a possessive determiner ('his' in 'his claim that') is resolved as its
        pronoun."""
        self._since = self._last
        mention = tagged_name(self._text, mention) or mention  # 'Graham, R-S.C., said'
        resolved = self._resolve(mention, possessive)
        if not self._thing and mention.end >= self._last:
            self._last, self._last_mention = mention.end, mention
        if self._recent[:1] in ([(resolved, "p")], [(resolved, "g")]):
            self._group_read = max(self._group_read, mention.end)
        return resolved

    def _resolve(self, mention: Span, possessive: bool = False) -> str | None:
        phrase = self._text[mention.start : mention.end].strip()
        lowered = phrase.lower()
        bare = without_contraction(lowered)
        if bare in PRONOUN_GENDER:
            lowered = bare  # 'He’s claiming that ...': 'he'
        self._thing = False
        if is_relative_pronoun(phrase):
            return None  # resolved through the phrase it stands for, when there is one
        if (
            lowered in PRONOUN_GENDER
            or (lowered in _OBJECT_KINDS and quoted_object(self._text, mention))
            or (possessive and lowered in _DETERMINER_KINDS)
        ):
            kind = (
                PRONOUN_GENDER.get(lowered)
                or _OBJECT_KINDS.get(lowered)
                or _DETERMINER_KINDS[lowered]
            )
            if lowered in _THIRD_PERSON_PLURAL:
                # 'they', not 'we': the group a sentence since opens on, else a group named
                kind = "g"
                if group := self._group_before(mention.start):
                    return group
            return self._refer(kind, mention.start, third_person=kind in ("m", "f"))
        if aged := _AGE_REFERENCE.fullmatch(lowered):
            of_age = self._book.person_aged(aged[1], mention.start)
            if of_age is None:
                return self._refer("s", mention.start, third_person=True)
            self._remember(of_age, _known_as(of_age, ()))
            return of_age
        bare = _possessive_free(phrase)
        if names_nothing(bare) and self._book.fullest(bare, mention.start) == bare:
            # 'Four generals took charge ..., saying', 'Attacked another host, calling her': a
            # word read in the subject's place that names no one ('May' may be Theresa May's)
            self._thing = True
            return None
        words = lowered.split()
        related = _relation_link(words, phrase)
        if related:
            # 'a lawyer for Smith': a description; Smith is whom the speaker works for
            words = words[:related]
        name = (
            None
            if related
            else self._surname_before_link(phrase, mention.start) or name_in(self._text, mention)
        )
        # 'One GOP senator said ... "...," the senator said': a role an unnamed speaker was
        # brought in by is theirs, whoever else the story names with it
        introduced = words[-1:] != [] and words[-1] in self._described
        # what tells a pronoun the speaker's gender: a holder's title ('the president': not
        # its 'the', which a lone name after it would take for no person's, 'The Grio')
        told = tuple(words)
        if name is None and len(words) == 1 and phrase[:1].isupper() and lowered in NAME_TITLES:
            name = self._surname_titled(phrase, mention.start)
        if name is None and not introduced and _is_title(words):
            name = self._book.holder_of(" ".join(words[1:]), mention, speakers=self._spoken())
            told = told[1:]
        if (
            name is None
            and not introduced
            and (related or phrase[-1:].islower())
            and _is_role(words)
        ):
            # 'the US president': whoever the text calls President; 'the quarterback': whom
            # it calls 'Panthers quarterback Cam Newton'
            name = self._book.holder_of(words[-1], mention, words[1:-1], self._spoken())
            told = tuple(words[1:])
        if name is not None and _is_capitalised_description(words, name):
            # 'the Brazilian', 'the Socialist': a person described, not named
            name = (
                self._in_view(words, mention.start, office=False)
                if self._book.fullest(name, mention.start) == name
                else name
            )
        if name is not None:
            full = self._book.fullest(name, mention.start, _gender(told))
            # 'Dar es Salaam' reads as 'Salaam': the whole phrase tells the place
            # a place ('Washington, D.C.'): no one who speaks, as for a description of one
            self._thing = full == name and names_no_person(phrase)
            known = "n" if self._thing else _known_as(full, told)
            full = self._book.spelled_out(full)
            self._remember(full, known)
            return full
        head = words[-1] if words else lowered
        if head.endswith("s") and head[:-1] in DOCUMENT_NOUNS:
            head = head[:-1]  # 'one of his posts' is one post
        if (
            head in THING_NOUNS
            and head not in _BODIES
            and len(words) >= 2
            # 'the ADB's annual Asian Development Outlook report': a possessor opening the
            # phrase makes it a document's description however long
            and (
                len(words) <= _OWNED_WORDS
                or _possessive_free(words[1]) != words[1]
                or _names_a_maker(phrase)
            )
        ):
            # 'Rumsfeld's memo', 'one of his posts': the possessor wherever the phrase sets it
            owner = next(
                (o for word in phrase.split()[:-1] if (o := self._owner(word, mention.start))),
                None,
            )
            if owner is None and (
                words[0] not in ("the", "this", "that")
                or head not in self._described
                or _names_a_maker(phrase)  # 'The APEC statement' after 'the statement'
            ):
                # a poll or a study is the source itself ('a survey by the central bank')
                reach = mention.start if head in FINDINGS_NOUNS else mention.end
                owner = self._issuer(head, reach, definite=words[0] in ("the", "this", "that"))
            if owner is None:
                owner = self._body_qualifying(words[1:-1], mention)
            if owner is not None:  # 'Rumsfeld's memo said': its author speaks, as does
                self._described[head] = owner  # 'the memo' after it
                return owner
        elif _owned_by_a_person(words) and _is_name(owner := self._owner(words[0], mention.start)):
            return owner  # 'Her thread continued: "..."', 'His willingness ... saying'
        # 'the lawyer' after 'a lawyer for Smith'; 'the lawyer for Lee' is a description of its own
        if (
            words
            and words[0] in ("the", "this", "that")
            and head in self._described
            and not related
        ):
            resolved = self._described[head]
        elif not related and _is_person_description(words, phrase):
            # 'the congressman said' after 'Goodlatte said': the person in view, as for 'he'
            return self._in_view(words, mention.start) or phrase
        elif _is_body_description(words, phrase) and (
            body := self._book.body_named(head, mention.start)
            or (self._body_in_view(mention) if head in _ANY_BODY and _unnamed(phrase) else None)
        ):
            # 'the committee' after 'the ... Congressional Committee'; 'the company' after
            # 'Twitter demurred': the body the story is about, by its name ('AAA defended')
            body = self._book.spelled_out(body)
            self._remember(body, "n")
            return body
        elif words == ["the", _SOURCE] and (unnamed := self._unnamed_source()) is not None:
            resolved = unnamed  # 'according to a source present at the talks ... the source'
        else:
            resolved = phrase
            if words[0] in ("the", "this", "that") and head in self._issued:
                resolved = self._issued[head]  # 'the statement said' after 'In a statement, ...'
            if not (related and _is_title(words)):
                self._described[head] = resolved  # 'the mayor of Chicago' is no one introduced
        person = _names_person(head) and head not in THING_NOUNS and head not in ORGANISATION_WORDS
        # 'the attack', or a place ('Maliha Khan, director of the Washington, D.C., chapter
        # ..., said'): no one who speaks, so the person a sentence is about stays in view
        self._thing = not person and (phrase[-1:].islower() or names_no_person(phrase))
        kind = _described_gender(words, phrase) if person else "n"
        self._remember(resolved, "p" if _plural(words) else kind)
        return resolved

    def _unnamed_source(self) -> str | None:
        """The last source the story described without a name ('a source present at the
        talks', 'another senior law enforcement official', 'one of two witnesses'), whom 'the
        source' stands for: an unnamed source is one speaker, given by its first full
        description (docs/annotation-guidelines.md)."""
        for name, _ in self._recent:
            words = name.lower().split()
            if words[0] in _INDEFINITE and any(
                word in SOURCE_NOUNS or f"{word}s" in SOURCE_NOUNS for word in words[1:]
            ):
                return name
        return None

    def _people_capitalised(self, name: str) -> bool:
        """Whether a lone capitalised word is a plural noun for people ('Officials',
        'Democrats') the text capitalises only where a sentence opens: not a surname
        ('Sanders', 'Sellers'), which it capitalises inside sentences too."""
        return (
            " " not in name
            and _persons(name.lower())
            and first_name_gender(name) is None
            and not self._book.named_within_a_sentence(name)
        )

    def _surname_before_link(self, phrase: str, position: int) -> str | None:
        """'Schiller of the Aspen Institute said', 'quoted Salem al-Zaabi of the Emirati
        Foreign Ministry': a person's name, or a lone surname the text gives a person in full
        ('Vivian Schiller'), then where they work; they speak, not the workplace."""
        if " of " not in phrase and " from " not in phrase:
            return None  # most mentions: read without the pattern
        linked = _SURNAME_THEN_LINK.match(phrase)
        if linked is None:
            return None
        last = linked[1].rsplit(None, 1)[-1].lower()
        if last in NAME_TITLES or last in ORGANISATION_WORDS:
            return None  # 'Secretary of State', 'Bank of England', 'Foreign Minister of'
        name = " ".join(name_words(linked[1]))
        full = self._book.fullest(name, position) if name else ""
        return name if len(full.split()) >= 2 and may_be_a_person(full) else None

    def _spoken(self) -> tuple[str, ...]:
        """The speakers remembered, the most recent first: whom a role's holder quoted
        already is among."""
        return tuple(name for name, _ in self._recent)

    def _surname_titled(self, word: str, position: int) -> str | None:
        """A lone word that is also a title ('King said', 'White added'), as the surname of
        whom the story names in full by it ('Ron King'), when that may be a person: not a
        place's holder ('Utah Republican') nor a body ('the White House')."""
        full = self._book.fullest(word, position)
        if full == word or not may_be_a_person(full) or names_a_place(full.split()[0]):
            return None
        return word

    def _owner(self, first: str, position: int) -> str | None:
        """Who a document's possessive names as its author or issuer: a person's name
        ('Rumsfeld's'), an organisation's ('NATO's statement', its acronym spelled out where
        the text writes it), or 'his' or 'her', resolved as the pronoun would be. Words from a
        document are its issuer's (docs/annotation-guidelines.md)."""
        kind = _POSSESSIVE_GENDER.get(first.lower())
        if kind is not None:
            return self._refer(kind, position, third_person=True)
        owner = _possessive_free(first)
        if (
            owner == first
            or not owner[:1].isupper()
            or owner.lower() in DETERMINERS
            or names_nothing(owner)  # 'Saturday's G7 statement': a day issues nothing
        ):
            return None
        full = self._book.fullest(owner, position)
        full = self._book.spelled_out(full)  # 'NATO's statement', "the ADB's annual report"
        self._remember(full, _known_as(full, ()))
        return full

    def _body_qualifying(self, modifiers: list[str], mention: Span) -> str | None:
        """The body a word for one qualifying a document stands for, as that word alone would
        ('the police report', 'the agency proposal', "the group's website"): the last name
        ending in the word ('Arlington County Police'), or for a word any body may take, the
        body in view. When the text names no such body, a body that issues documents in its
        own right is described ('the government' of 'a government statement': words from a
        document whose issuer is described but not named are that description's,
        docs/annotation-guidelines.md); else None."""
        for word in modifiers:
            body = _possessive_free(word)
            if body in _ANY_BODY:
                found = self._body_in_view(mention)
            elif body in ORGANISATION_WORDS:
                found = self._book.body_named(body, mention.start)
            else:
                continue
            # "the Congressional Oversight Commission's", "Thursday's Beijing News": the body
            if found:
                return _after_time(_possessive_free(found))
            # 'a government statement': the government, described; not 'Federal Election
            # Commission filings', whose body is named, in capitals
            phrase = self._text[mention.start : mention.end]
            return f"the {body}" if body in _ISSUING_BODIES and f" {body}" in phrase else None
        return None

    def _issuer(self, head: str, position: int, *, definite: bool = False) -> str | None:
        """Who issued the document a mention ending at ``position`` names, as the text says
        where it last brings a document of that kind up, the mention itself included: 'The
        statement from the Office of the Director of National Intelligence', 'a statement from
        the royal palace', 'a letter signed by Gonzalez', 'an Associated Press report', 'In an
        annual report published on Tuesday, the US Commission on ...'. A ``definite`` mention
        ('the suit') is a document the story knows, which it may name the issuer of only later
        ("Damore's suit")."""
        issuer = self._book.issuer_of(head, position, ahead=definite)
        if issuer is None:
            return None
        issuer = self._book.spelled_out(issuer)
        self._remember(issuer, _known_as(issuer, ()))
        return issuer

    def _in_view(self, words: list[str], position: int, *, office: bool = True) -> str | None:
        """The person a description ('the congressman') refers to: one opening a sentence since
        the last speaker, else the last speaker, when a pronoun of the description's gender may
        stand for them and, for a title, the text gives them no other ('Treasury Secretary
        Steven Mnuchin' is not 'the president'). Unlike a pronoun, a description never reaches back to
        a person named earlier who has not spoken: a text that names no holder leaves it be.
        A title written in capitals after 'the' is no ``office`` but a party or a people ('the
        Kentucky Republican' is 'Senate Majority Leader Mitch McConnell'): any title goes."""
        kind = _gender(words)
        if kind == "s":
            kind = KIN_GENDER.get(words[-1], "s")  # 'the father' is no woman in view
        found = self._subject_before(position, kind)
        if found is None and self._recent and self._recent[0][1] in _PRONOUN_PASSES[kind][0][1]:
            found = self._recent[0][0]
        if found is None or not found[:1].isupper() or found.split()[0].lower() in DETERMINERS:
            return None  # 'a reporter': no one named
        if words[-1] not in NAME_TITLES or not office:
            return found  # 'the Brazilian' is whatever title the text gives them
        titles = self._book.titles_of(found)
        # 'the governor' is 'Gov. J.B. Pritzker', 'the congressman' 'Rep. Bob Goodlatte'
        held = {TITLE_FORMS.get(title, title) for title in titles}
        return found if not held or TITLE_FORMS.get(words[-1], words[-1]) in held else None

    def _refer(self, kind: str, position: int, *, third_person: bool) -> str | None:
        """The speaker a pronoun of ``kind`` refers to: a person of its gender opening a sentence
        since the last speaker, else the most recent speaker who may be of it (unless nothing
        tells that speaker's gender and a person whose title or first name tells the pronoun's
        is named since); else for a third person ('he', 'she', 'the 30-year-old', never 'I')
        the nearest person named before it who may be of it; else a speaker only a last resort allows (:data:`_PRONOUN_PASSES`).
        A gendered pronoun also fixes that person's gender for later pronouns."""
        passes = _PRONOUN_PASSES[kind]
        # 'he' or 'she' needs a person: never 'the GOP', 'UBS' or a place
        person = partial(_person_only, kind)
        found = (
            person(self._subject_before(position, kind)) if third_person or kind == "n" else None
        )
        if found is None and kind in ("m", "f"):
            found = person(self._turned_to(kind, position) or self._introduced(kind, position))
        if found is None:
            recent = self._recent_of(passes[:1])
            found = person(recent)
            if recent is not None and kind in "mf" and self._gender_untold(recent):
                # '"...," Interfax said. Olesya Zhukovska posted on VKontakte, on which she
                # wrote, "..."': one named since of the pronoun's gender outranks the speaker,
                # as it does a group the pronoun never means ('Democrats', 'Officers')
                found = (
                    self._book.person_before(position, kind, after=self._since, known=True) or found
                )
        if found is None and third_person:
            found = self._book.person_before(position, kind)
        if found is None:
            found = person(self._recent_of(passes[1:]))
        if found is not None and kind in "mf":
            self._remember(found, kind)
        return found

    def _gender_untold(self, name: str) -> bool:
        """Whether a remembered speaker is one whose gender nothing has told ('Interfax',
        'Project Veritas', 'a security official' are read as people of either)."""
        return any(spoken == name and known == "s" for spoken, known in self._recent)

    def _turned_to(self, kind: str, position: int) -> str | None:
        """The person the story turned to since the last speaker, when its own words call
        someone of ``kind`` 'he' or 'she' before ``position``: whom the first such pronoun
        stands for, named since the last speaker (see :mod:`.narrative`). The rest of the last
        speaker's own sentence is what they say or do, not the story turning: 'He said Bush
        was deceiving Americans by telling them he was going after terrorists. He also said'."""
        start = self._next_sentence(self._since, position) if self._since else 0
        if start is None:
            return None
        lo = max(start, position - _PERSON_REACH)  # as far as a pronoun looks back
        for at in narrative_pronouns(self._text, lo, position, kind):
            if not self._book.said(at):
                return self._book.person_before(at, kind, after=self._since, known=True)
        return None

    def _next_sentence(self, start: int, end: int) -> int | None:
        """Where the first sentence opening after ``start`` and before ``end`` starts, past
        abbreviations ('U.S. President'), as :meth:`_read_sentences` reads them."""
        return next(sentence_openings(self._text, start, end), None)

    def _body_in_view(self, mention: Span) -> str | None:
        """The organisation a description of any body ('the company', 'the group') stands for:
        the name it is set off after, between commas ('Citizens United, the advocacy group,'),
        else the last
        one a sentence since the last speaker names as its subject ('Twitter demurred
        on ...'), else the last speaker when that is an organisation the text names."""
        position = mention.start
        apposed = HOLDER_BEFORE.search(self._text, max(0, position - APPOSITION_REACH), position)
        if (
            apposed is not None
            and not apposed[2]  # 'Citizens United, the group': no words qualify the body
            and self._text.startswith(",", mention.end)  # not 'obtained by BuzzFeed, the company'
            and self._names_a_body(apposed[1], apposed.start(1))
        ):
            return self._book.fullest(apposed[1], apposed.start(1))  # 'Citizens United, the group,'
        found = self._subject_before(position, "n", any_body=True)
        return found if found is not None else self._last_body_spoken(position)

    def _last_body_spoken(self, position: int) -> str | None:
        """The last speaker, when an organisation the text names: 'Amnesty International said
        ... "...," the group said'. Speakers only described as a thing or a body since ('The
        software giant said', 'the company said' after 'Microsoft announced') are passed over:
        a description the text could not tie to a name is no other body, but the one in view."""
        for name, known in self._recent:
            if known == "n" and name.split()[0].lower() in DETERMINERS:
                continue  # 'The software giant', 'the company': described, not named
            if known in ("n", "s") and name[:1].isupper() and self._names_a_body(name, position):
                return name
            return None
        return None

    def _subject_before(self, position: int, kind: str, *, any_body: bool = False) -> str | None:
        """The person a sentence between the last speaker resolved and a pronoun is about, who
        is more salient than any earlier speaker: 'Murray wasted no time. "...," she said.' The
        last such sentence whose subject may be of the pronoun's gender wins."""
        found = None
        sentences = self._sentences_since(position)
        # a person brought in by a description, only in the sentence right before the
        # pronoun's own: 'A young female rebel was captured. She shouted "..."'
        closed = sentences if _after_sentence_end(self._text, position) else sentences[:-1]
        last_closed = closed[-1] if closed else None
        if last_closed is not None and not _after_sentence_end(self._text, last_closed[0]):
            last_closed = None  # a line broken inside a sentence ('the Far\nEast executives')
        for start, end in sentences:
            head = min(end, start + _HEAD_REACH)
            # the pronoun's own sentence, no quote nor sentence end between ('Trump walked out
            # ... because she had accused him')
            own = not _QUOTE_OR_END.search(self._text, start, position)
            subject = (
                self._body_of(start, head, any_body=any_body)
                if kind == "n"
                else self._subject_of(start, head, own=own, adjacent=(start, end) == last_closed)
            )
            if subject is None and kind != "n" and (start, end) == last_closed:
                subject = self._described_subject(start, end)
            if subject is None:
                continue
            if subject[1] in _AGREEING[kind] or (
                subject[1] == _OVERRULED.get(kind)
                and start == sentences[-1][0]
                and not own
                and self._table_overruled(kind, start, end)
            ):
                found = subject[0]
        return found

    def _table_overruled(self, kind: str, start: int, end: int) -> bool:
        """Whether a pronoun of ``kind`` may take the subject of the sentence right before its
        own although the name table gives that subject the other gender: 'Karol Smith came
        looking for sand for her house. "...," she said'. Only when nothing else the pronoun
        may mean is in view: that sentence names no one else of its gender, and the last
        speaker may not be of it ('Paug said ... Fernandez founded Far East. She alleged' is
        Paug's). The table is right far more often than not; a pronoun breaks with it only
        for want of anyone it agrees with."""
        return (
            not (self._recent and self._recent[0][1] in _PRONOUN_PASSES[kind][0][1])
            and self._book.person_before(end, kind, after=start, known=True) is None
        )

    def _described_subject(self, start: int, end: int) -> tuple[str, str] | None:
        """The person a sentence opening at ``start`` brings in by a description, not a name
        (:func:`.group_subjects.described_person`), with the gender it tells: 'A young female
        rebel was also captured alive. She shouted "..."' -> 'A young female rebel', "f". The
        description is the speaker as written (docs/annotation-guidelines.md)."""
        text = self._text
        if not _after_sentence_end(text, start) or _in_open_quote(text, start):
            return None
        opening = _subject_start(text, start, min(end, start + _HEAD_REACH))
        found = None if opening is None else described_person(text, opening, end)
        if found is None or self._book.said(found.start):
            return None
        phrase = text[found.start : found.end]
        return phrase, _described_gender(phrase.lower().split(), phrase)

    def _group_before(self, position: int) -> str | None:
        """The group of people a sentence between the last speaker and 'they' opens on (see
        :mod:`.group_subjects`): 'The participants agreed ... They called it "..."'. The last
        such sentence wins, as for 'he'; the group is remembered for later pronouns."""
        found = None
        text = self._text
        sentences = self._sentences_since(position)
        if _REPORTED_BEFORE.search(text, max(0, position - 2), position) and _CUE_CLOSES.match(
            text, position
        ):
            # 'Some producers are in no hurry ..., they said.': the words reported, whatever
            # lines the sentence is broken into, are not who reports them
            while sentences and not _after_sentence_end(text, sentences[-1][0]):
                sentences.pop()
            sentences = sentences[:-1]
        for start, end in reversed(sentences):
            if start < self._group_read:
                break  # a group read as a mention since, 'Obama's top campaign aides', is newer
            group = self._group_of(start, min(end, start + _HEAD_REACH))
            if group is not None:
                found = self._group_name(group)
                break
        spoken = self._last_mention
        if found is None and spoken is not None and spoken.end >= self._group_read:
            # 'Analysts at UBS said in a note ...', 'Simpson and Bowles, who have been urging
            # ...': the last speaker read is one of the group its sentence opens on
            opened = _sentence_start(text, spoken.start)
            group = None if opened is None else self._group_of(opened, opened + _HEAD_REACH)
            if group is not None and group.phrase.start <= spoken.start < group.phrase.end:
                found = self._group_name(group)
        if found is not None:
            self._remember(found, "g")
        return found

    def _group_of(self, start: int, end: int) -> Group | None:
        """The group of people a sentence opening at ``start`` opens on, outside quoted words;
        none where a line broken inside a sentence looks like its start ('the managements of',
        a break, 'Piedmont and USAir')."""
        if not _after_sentence_end(self._text, start):
            return None
        opening = _subject_start(self._text, start, end)
        group = None if opening is None else group_opening(self._text, opening, end)
        if group is None and (clause := _subordinate_subject_start(self._text, start, end)):
            group = group_opening(self._text, clause, end)  # 'When police arrived, they found'
        if group is None or self._book.said(group.phrase.start):
            return None
        phrase = self._text[group.phrase.start : group.phrase.end]
        if phrase[:1].isupper() and " " not in phrase and not self._people_capitalised(phrase):
            return None  # 'Sanders arrived': a surname, not 'Officials'
        return group

    def _group_name(self, group: Group) -> str:
        """A group's name: its people's fullest names joined as the text joins them ('Michael
        Baden and Allecia Wilson'), or its description as written ('The participants')."""
        if not group.names:
            return self._text[group.phrase.start : group.phrase.end]
        names = [
            self._book.fullest(" ".join(name_words(self._text[name.start : name.end])), name.end)
            for name in group.names
        ]
        return f"{', '.join(names[:-1])} and {names[-1]}"

    def _sentences_since(self, position: int) -> list[tuple[int, int]]:
        """Where each sentence between the last speaker resolved and ``position`` starts and
        ends, in reading order: none the last speaker speaks in, nor one before it. A pronoun
        asks twice (for the subjects since, then for who was brought in): read once."""
        key = (position, self._since)
        if self._sentences[0] != key:
            self._sentences = key, self._read_sentences(position)
        return list(self._sentences[1])

    def _read_sentences(self, position: int) -> list[tuple[int, int]]:
        text = self._text
        lo = self._book.unquoted_reach(position)
        starts = [0] if lo == 0 and text[:1].isalpha() else []  # the text opens a sentence
        starts += sentence_openings(text, lo, position)
        return [
            (start, end)
            for start, end in zip(starts, [*starts[1:], position][: len(starts)], strict=True)
            if start >= self._since and start < end and not in_caption(text, start)
        ]  # a photo's caption between a speaker and a pronoun: no one the story turns to

    def _introduced(self, kind: str, position: int) -> str | None:
        """The person of ``kind`` the sentence right before a pronoun names for the first time
        in the text, when it names no other of that gender and calls no one by a pronoun of it:
        'One such member was John Delaney of Maryland, who left the House. In January, he told
        the Guardian: "..."' -> 'John Delaney'. A person brought in just before a quote is
        whom its pronoun means, more than a speaker quoted paragraphs back."""
        sentences = self._sentences_since(position)
        if sentences and not _QUOTE_OR_END.search(self._text, sentences[-1][0], position):
            sentences.pop()  # 'In January, he told': the pronoun's own sentence
        if not sentences:
            return None
        start, end = sentences[-1]
        if next(narrative_pronouns(self._text, start, end, kind), None) is not None:
            return None  # 'He praised John Delaney': the story is still on the one before
        found = self._book.person_before(end, kind, after=start, known=True)
        first = self._text.find(found) if found is not None else -1
        if first < start:
            return None  # named before: a person the story has had, not one it brings in
        if self._text[first - 1 : first] == "/":
            return None  # 'REUTERS/Bryan Woolston': a photo's credit, no one in the story
        return found

    def _body_of(self, start: int, end: int, *, any_body: bool = False) -> tuple[str, str] | None:
        """The organisation a sentence opening at ``start`` is about, for 'it': the first name
        in its subject's place that holds a word for a body ('the Ministry of Home Affairs
        filed an affidavit'); with ``any_body``, for 'the company', also a name that is no
        person's nor a place's ('Twitter demurred')."""
        text = self._text
        for run in _CAPITALISED_RUN.finditer(text, start, end):
            prefix = text[start : run.start()]
            if _in_opening_phrase(prefix):
                continue
            if not _leads_to_subject(prefix) or self._book.said(run.start()):
                return None
            words = run.group().rstrip(".,").split()
            while words and words[0].lower() in DETERMINERS:
                words = words[1:]
            if words and _holds_a_title(words[-1]):
                return None  # 'the former House Speaker agreed': a person, by their title
            if len(words) >= 2 and any(word.lower() in ORGANISATION_WORDS for word in words):
                return " ".join(words), "n"
            if any_body and words:
                if _possessive_free(words[-1]) != words[-1]:
                    return None  # 'Morey's initial tweet drew': something of theirs
                if self._names_a_body(" ".join(words), run.start()):
                    return self._book.fullest(" ".join(words), run.start()), "n"
        return None

    def _names_a_body(self, name: str, position: int) -> bool:
        """Whether a name in a subject's place may be an organisation's: not a person's (no
        first name before a surname, no title, not a speaker taken for a person) nor a
        place's, nor a word that names nothing or opens a phrase ('Daewoo', 'Pathway
        Communications', 'Amnesty International'). A lone word the name table lists is
        still a body's name ('Daewoo'): a person is named in full before their surname
        alone, and that surname is then read as the full name."""
        full = self._book.fullest(name, position)
        first = full.split()[0]
        return not (
            (full == first and not self._book.named_within_a_sentence(full))
            or (first != full and first_name_gender(first) is not None)
            or first.lower() in DETERMINERS
            or _opens_phrase(first)
            or names_no_person(full)
            or self._book.titles_of(full)
            or any(known in "mfMF" for spoken, known in self._recent if spoken == full)
        )

    def _subject_of(
        self, start: int, end: int, *, own: bool = False, adjacent: bool = False
    ) -> tuple[str, str] | None:
        """The person a sentence opening at ``start`` names as its subject, read no further
        than ``end``, with the gender a pronoun for them takes: the first person named before
        any clause of the sentence's own, maybe after a title ('Japan coach Hiroshi Ohashi
        took'), an apposition ('The Floyd family's lawyer, Ben Crump, was') or an opening
        phrase ('In his welcome, Havel raised'). A person is a name of two words or more whose
        first is a known first name, whom the text gives a title ('President Vaclav Havel'),
        who has spoken already, or whom an apposition describes as someone ('Yair Lapid, a
        senior party leader,'): the last two need no name table. 'West Bank' is none. A lone
        surname is one when its bearer has spoken and the text sets a first name before it
        elsewhere, unless the sentence is the pronoun's ``own`` ('Trump walked out ... because
        she had accused him': the sentence is about Trump, 'she' is someone else). In the
        sentence right before the pronoun (``adjacent``), a full name whose given name the table
        does not know is a person of either gender, as every full name is with no table."""
        text = self._text
        for run in _CAPITALISED_RUN.finditer(text, start, end):
            prefix = text[start : run.start()]
            if _in_opening_phrase(prefix):
                continue  # 'In a speech on Monday, ...': no subject yet
            if not _leads_to_subject(prefix) or self._book.said(run.start()):
                return None
            phrase = run.group()
            if not prefix.strip() and _participle_object(text, phrase, run.end(), end):
                continue  # 'Describing Mr Haines as a hero, he said': no subject of its own
            words = name_words(phrase)
            if not words and phrase.lower() in NAME_TITLES:
                # 'King plays in central defence' after 'Ledley King': a surname, as a speaker
                words = tuple(filter(None, [self._surname_titled(phrase, run.start())]))
            if not words or not _opens_on_name(phrase.split(), words[0]) or phrase.isupper():
                continue  # 'While Trump Jr. tested': a clause opens the sentence, not its subject
            role = _ROLE_THEN_NAME.match(text, run.end())
            if _POSSESSIVE_NEXT.match(text, run.end()) or (role and _names_person(role[1])):
                continue  # 'Floyd family's lawyer', 'Rockets owner': the name only qualifies
            full = self._book.fullest(" ".join(words), run.start())
            names = full.split()
            titles = [word.lower().rstrip(".") for word in phrase.split()[: -len(words)]]
            if len(names) == 1 and any(title in NAME_TITLES for title in titles):
                titled = _gender(titles)  # 'Mr. McConnell made plain', 'Pope Benedict faced'
                return full, titled if titled != "s" else first_name_gender(full) or "s"
            if len(names) == 1 and not titles and (held := self._titled_alone(full)):
                # 'Trump took to Twitter' where the story writes 'President Trump' and never
                # a given name: the title it gives elsewhere says the surname is a person's
                return full, _titles_gender(held)
            spoke = next((known for name, known in self._recent if name == full), "n")
            given = (
                self._book.given_name_before(full)
                if len(names) == 1 and not titles and not own and spoke in "smfMF"
                else None
            )
            if given is not None:
                # 'On Monday, Schumer made clear ...' after 'Schumer said', where the story
                # names Chuck Schumer: the surname of someone quoted already is a person's, as
                # their name in full is, in a sentence before the pronoun's own
                return full, spoke if spoke != "s" else given.upper().replace("S", "s")
            if (
                len(names) < 2
                or _has_acronym(names)
                or any(word.lower() in ORGANISATION_WORDS for word in names)
            ):
                continue
            gender = first_name_gender(names[0])
            if gender is not None:
                return full, gender.upper() if gender in "mf" else gender
            if held := self._book.titles_of(full):
                return full, _titles_gender(held)
            if spoke in "smfMF":
                return full, spoke  # 'Wessler called ...' after Wessler has spoken
            described = _apposition_gender(text, run.end())
            if described is not None:  # 'Yair Lapid, a senior Blue and White leader, dismissed'
                return full, described
            told = told_gender(text, run.end()) if self._book.names_in_full(full) else None
            if told is not None:  # 'Aljabar Mammah wept as he clawed'
                return full, told
            if (
                (adjacent or not has_name_table())
                and (
                    self._book.names_in_full(full)
                    or (adjacent and self._given_unknown(names, run.end()))
                )
                and _may_be_named(full)
                and not (adjacent and _workplace(self._text, full))
            ):
                # a first name the table does not know, or no table: the text names them in
                # full inside a sentence, in words that may be a person's: a person of either
                # gender ('Tilman Fertitta publicly rebuked Morey. He said'; 'Fralen Allen ...
                # was stunned. "...," she said'). The subject of the sentence right before a
                # pronoun is more salient than a speaker paragraphs back (centering)
                return full, "s"
        return None

    def _given_unknown(self, names: list[str], end: int) -> bool:
        """Whether a name of two words the text gives only where a sentence opens, ending at
        ``end``, is a given name the table does not know and a surname ('Fralen Allen, who
        works nearby, was stunned'), not a word the sentence opens on and a name ('Whether
        Clinton gains'). A subject goes on to its verb or an apposition: a participle or a
        preposition right after the name says it heads no clause ('Advertisement Continue
        reading the main story', a credit: 'Neilson Barnard via Getty Images')."""
        after = _NEXT_WORD.match(self._text, end)
        following = after[1] if after else ""
        return (
            len(names) == 2
            and self._book.may_be_given(names[0])
            and not following.endswith("ing")
            and following not in PREPOSITIONS
        )

    def _titled_alone(self, surname: str) -> frozenset[str]:
        """The titles the text sets before a lone word it never gives in a longer name
        ('President Trump', 'Mr. Rubio'), when one of them is a person's title."""
        held = self._book.titles_of(surname)
        return held if any(title in NAME_TITLES for title in held) else frozenset()

    def _recent_of(self, passes: tuple[tuple[int, str], ...]) -> str | None:
        for recent, accepted in passes:
            for name, known in self._recent[:recent]:
                if known in accepted:
                    return name
        return None

    def _remember(self, name: str, kind: str) -> None:
        self._recent = [(name, kind)] + [
            entry for entry in self._recent[: _REMEMBERED - 1] if entry[0] != name
        ]


@lru_cache(maxsize=4096)
def _known_as(full: str, words: tuple[str, ...]) -> str:
    """What a pronoun may call a named speaker (see :data:`_PRONOUN_PASSES`): 'n' for an
    organisation or a name no person has (a place, 'The Grio'), 'm' or 'f' when a title
    says ('Mrs. May'), 'M' or 'F' when only the first name does ('Kevin McCarthy'), else
    's'. Kept: a story names its speakers again and again, and the news the same people."""
    names = full.split()
    if (
        full.isupper()
        or any(word.lower() in ORGANISATION_WORDS for word in names)
        or names_no_person(full)
        or (len(names) == 1 and words[:1] == ("the",))  # 'The Grio': no person takes 'the'
    ):
        return "n"
    owners = [at for at, word in enumerate(words) if _possessive_free(word) != word]
    if owners:
        # "The Daily Telegraph newspaper's legal editor Joshua Rozenberg": the words before a
        # possessive name whom the person works for, not the person
        words = words[owners[-1] + 1 :]
    if any(word in OUTLET_NOUNS for word in words) or names[0].lower() in OUTLET_NOUNS:
        return "n"  # 'the tabloid Sun', 'The conservative Daily Telegraph'
    gender = _gender(words)
    if gender != "s":
        return gender
    return (first_name_gender(names[0]) or "s").upper().replace("S", "s")


def _workplace(text: str, name: str) -> bool:
    """Whether the text sets ``name`` where someone works or comes from ('president of World
    Vision', 'a doctor at Open Door'): a body or a place, whatever its first word."""
    return re.search(rf"\b(?:of|at|from)[ \t]+(?:the[ \t]+)?{re.escape(name)}\b", text) is not None


def _has_acronym(words: Sequence[str]) -> bool:
    """Whether a name holds a word in capitals ('UBS Securities', 'D.C. Circuit', 'World War
    II'), no person's; a middle initial ('John F Kerry', as the name book spells 'John F.
    Kerry') is a person's."""
    return any(word.isupper() and len(word.rstrip(".")) > 1 for word in words)


def _persons(word: str) -> bool:
    """Whether a word is the plural of a noun for someone ('officers', 'witnesses')."""
    return word.endswith("s") and (
        _names_person(word[:-1]) or (word.endswith("es") and _names_person(word[:-2]))
    )


def _one_letter_apart(word: str, other: str) -> bool:
    """Whether two different words differ by one letter added, dropped or changed inside
    them; a letter added at the end is a plural or another word ('Republicans')."""
    if word == other or abs(len(word) - len(other)) > 1:
        return False
    if len(word) > len(other):
        word, other = other, word
    start = 0
    while start < len(word) and word[start] == other[start]:
        start += 1
    if len(word) == len(other):
        return word[start + 1 :] == other[start + 1 :]
    return start < len(word) and word[start:] == other[start + 1 :]


def _letter_added_at_end(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` and one more letter, not an 's' ('Loyau-Kennett' of
    'Loyau-Kennet', 'Karaha' of 'Karah'; never 'Republicans' of 'Republican')."""
    return len(other) == len(word) + 1 and other.startswith(word) and other[-1] not in "s’'"


def _lone_word_pattern(word: str) -> re.Pattern[str]:
    """One word standing alone, a possessive ending allowed ('Clearview’s')."""
    return re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w-])")


def _before_verb(phrase: str) -> str:
    """A phrase's words up to the first cue verb: 'the royal palace said' -> 'the royal palace'."""
    words = phrase.split()
    return " ".join(words[: next((i for i, w in enumerate(words) if w in CUE_VERBS), len(words))])


def _after_time(name: str) -> str:
    """A name without a first word that is a time's possessive ('Saturday's G7' is 'G7'):
    a day or a month owns nothing, it says when."""
    first, _, rest = name.partition(" ")
    if rest and first.endswith(("'s", "’s")) and names_nothing(first[:-2]):
        return rest
    return name


def _before_determiner(name: str) -> str:
    """A name's words up to a determiner opening the next sentence ('Judicial Watch. The')."""
    words = name.split()
    cut = next(
        (
            i
            for i, word in enumerate(words)
            if i and words[i - 1].endswith(".") and word.lower() in DETERMINERS
        ),
        len(words),
    )
    return " ".join(words[:cut])


def _in_its_phrase(match: re.Match[str]) -> bool:
    """Whether a match of :func:`issuer_pattern` names the issuer inside the document's own
    phrase ('the GAO report', "Podliska's suit", 'a statement released by Fox News'), not in
    a clause after it ('In its report, the team included ...') nor as the end of the sentence
    before it ('... and Vice Lords. The indictment')."""
    named = match.lastindex
    if named == _CLAUSE_ISSUER:
        return False
    return named != _NAME_BEFORE or _before_determiner(match[named]) == match[named]


@lru_cache(maxsize=64)
def issuer_pattern(head: str) -> re.Pattern[str]:
    """Where a text says who issued a document of kind ``head``: 'statement from the Office of
    ...', 'letter signed by Gonzalez', 'Institute of Medicine report', 'In its report, the
    commission'. A name is a capitalised run, 'the' before it left out. Its compiled code is
    kept on disk (a document noun is one of a fixed list): compiling it costs a few ms, more
    than reading a whole article. Each way opens on the head's first letter, 'in', 'the' or a
    capital, and a look ahead for those lets the scan pass any other character at once: the
    ways are tried at every character, and reading a name at each capital made it slow."""
    name = rf"(?:[Tt]he[ \t]+)?(?!(?:The|A|An|This|That|Its|His|Her|Their)\b)({_CAPITALISED_WORD}(?:{_NEXT_NAME_WORD})*)"
    by = (
        r"(?:from|by|signed[ \t]+by|issued[ \t]+by|released[ \t]+by|published[ \t]+by"
        r"|written[ \t]+by|filed[ \t]+by|drafted[ \t]+by|authored[ \t]+by)"
    )
    # 'a statement from the royal palace read out on television': a body left unnamed ('a
    # survey by the central bank' is a survey's finding, not the bank's words)
    body = r"(the[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*)(?=[ \t]*[,.;)]|[ \t]+(?:read|to)\b)"
    return compiled(
        rf"(?=[{head[0]}IiTtA-Z\x80-\U0010ffff])"  # a capital is A-Z or beyond ASCII
        rf"(?:\b{head}s?,?[ \t]+{by}[ \t]+{name}"
        rf"|\b{head}s?[ \t]+from[ \t]+{body}"
        rf"|{name}(?:[ \t]+\d{{4}})?[ \t]+{head}\b"
        rf"|\b[Ii]n[ \t]+(?:a|an|its|the|their)[ \t]+(?:[\w-]+[ \t]+){{0,3}}{head}\b"
        rf"[^.;\"“”,]{{0,60}},[ \t]+{name})"
    )


def put_out_by(text: str, head: str, lo: int, hi: int) -> tuple[int, str] | None:
    """Where and by whom, between ``lo`` and ``hi``, the text last has a document of kind
    ``head`` put out: 'NATO leaders issued a declaration', "Japan's lower house adopted a
    resolution", 'The Benghazi committee, in a statement,'. The document's noun is found
    first, by a plain search: a scan of the stretch for a verb or a name costs more than the
    rest of the look-up."""
    found = None
    at = text.find(head, lo, hi)
    while at >= 0:
        after = at + len(head) + text.startswith("s", at + len(head))
        verb = (
            None
            if after < len(text) and text[after].isalnum()
            else (_PUTTING_OUT.search(text, max(lo, at - _PUT_OUT_REACH), at))
        )
        if verb and verb.group().startswith(",") and not text.startswith(",", after):
            verb = None  # 'X, in a statement released by the campaign': the campaign's
        issuer = verb and _ISSUER_BEFORE.search(
            text, max(lo, verb.start() - _ISSUER_REACH), verb.start()
        )
        if (
            issuer
            and not names_nothing(issuer[1].split()[0])  # not 'On Thursday'
            # 'a veteran of the CMBS industry who filed': the issuer is who the relative
            # stands for, not the words before it
            and issuer[1].rsplit(None, 1)[-1].lower() not in RELATIVE_PRONOUNS
        ):
            found = issuer.start(), _possessive_free(issuer[1].rstrip(".,"))
        at = text.find(head, at + 1, hi)
    return found


def _may_be_surname_alone(word: str) -> bool:
    """Whether a lone capitalised word after a title may be the holder's surname ('President
    Obama'): a word that may be a person's, neither a plural of a noun for people ('Senate
    Republicans') nor a word for a body, a place or a time."""
    lowered = word.lower()
    return (
        not (lowered.endswith("s") and _names_person(lowered[:-1]))
        and may_be_a_person(word)  # also no word for a body ('Senate')
        and not names_no_person(word)  # 'Two', 'Four': determiners may_be_a_person lets by
    )


def _is_role(words: list[str]) -> bool:
    """'the US president', 'the Carolina Panthers quarterback', 'the six-term state lawmaker':
    a definite description of a few words whose head is a noun for someone (not 'the White
    House', 'the state' or 'the statement'), which the text may set beside a name."""
    head = words[-1] if words else ""
    return (
        2 <= len(words) <= _ROLE_WORDS
        and words[0] == "the"
        and head.isalpha()
        and head not in _TITLE_MODIFIERS
        and head not in THING_NOUNS
        and head not in ORGANISATION_WORDS  # 'the committee' is a body, held by no one
        and not _plural(words)
    )


def _holds_a_title(word: str) -> bool:
    """Whether a name's last word is a title someone holds ('House Speaker', 'Police Chief'),
    not one that only opens a title ('White House', 'State')."""
    lowered = word.lower().rstrip(".")
    return lowered in NAME_TITLES and lowered not in _TITLE_MODIFIERS


def _is_title(words: list[str]) -> bool:
    """'the Prime Minister', 'the mayor': a title standing for the person who holds it. One
    ending on a body's word is the body ('the White House', 'the Senate'), whose words open
    titles ('White House Press Secretary') but stand for no one who holds them."""
    return (
        len(words) >= 2
        and words[0] == "the"
        and all(w in NAME_TITLES for w in words[1:])
        and words[-1] not in ORGANISATION_WORDS
    )


def _words_before(text: str, start: int) -> str:
    """The words right before a name that may be its titles: back from ``start`` within
    :data:`_TITLE_REACH` characters, over titles and capitalised words ('Ways and Means
    Committee chairman Rep.'), stopping at any other word ('of', 'said') or a line break, and
    never at a word the reach cuts ('resident' of 'president')."""
    lo = max(0, start - _TITLE_REACH)
    words = text[lo:start].split(" ")
    if lo > 0 and not text[lo - 1].isspace():
        words = words[1:]
    kept = len(words)
    for word in reversed(words):
        bare = word.strip(".,")
        if "\n" in word or not (bare[:1].isupper() or bare.lower() in NAME_TITLES or not bare):
            break
        kept -= 1
    return " ".join(words[kept:])


def _titles_in(words: str) -> Iterator[str]:
    """The title words of a stretch, in lower case, 'secretary' in 'Treasury Secretary Steven'."""
    for word in _SPLIT.split(words.lower()):
        word = word.rstrip(".,")
        if word in NAME_TITLES and word not in _TITLE_MODIFIERS:
            yield word


def _is_capitalised_description(words: list[str], name: str) -> bool:
    """'the Brazilian', 'the Socialist': 'the' and one capitalised noun for a person, read as
    the name, a description the text gives someone rather than their name (not 'the Kremlin');
    not a title's holder found elsewhere ('the president' is 'President Trump'). The noun may
    follow where the person is from ('the Kentucky Republican', 'the New York Democrat'): a
    place or a nationality, never a body's own word ('the Supreme Leader')."""
    if len(words) < 2 or words[0] != "the" or name.lower() != " ".join(words[1:]):
        return False
    *origin, head = name.split()
    return is_person(head.lower()) and (
        not origin or names_a_place(" ".join(origin)) or " ".join(origin).lower() in NATIONALITIES
    )


def _is_person_description(words: list[str], phrase: str) -> bool:
    """'the congressman', 'the Florida senator': a definite description by a title or role,
    which stands for someone the text has in view; not 'the girl's mother' nor 'the man' nor
    'the organizer', which as often bring someone new in."""
    head = words[-1] if words else ""
    return (
        len(words) >= 2
        and words[0] == "the"
        and _possessive_free(words[-2]) == words[-2]
        and phrase[-1:].islower()
        and (
            head in NAME_TITLES
            or head in GENDERED_TITLES
            # 'the Liverpool player', 'the six-term state lawmaker': a role the text qualifies
            or (len(words) >= 3 and head.isalpha() and is_only_singular(head))
        )
        and head not in _TITLE_MODIFIERS
        and words[-1] not in THING_NOUNS
        and words[-1] not in ORGANISATION_WORDS
        and not _plural(words)
    )


def _is_body_description(words: list[str], phrase: str) -> bool:
    """'the committee', 'the human rights group': a definite description of a few words whose
    head is a kind of organisation, which stands for one the text has named. A head in
    capitals is a name itself ('the House' is not the 'White House' named before)."""
    return (
        2 <= len(words) <= _ROLE_WORDS
        and words[0] == "the"
        and (words[-1] in ORGANISATION_WORDS or words[-1] in _ANY_BODY)
        and phrase.rsplit(None, 1)[-1][:1].islower()
    )


def _unnamed(phrase: str) -> bool:
    """Whether a description names no body itself: 'the panel', 'The British chemicals group',
    but not 'the Interfax agency' or 'The LUSA news agency', whose capitalised word past the
    article is the body's own name rather than a nationality."""
    return all(word[:1].islower() or word.lower() in NATIONALITIES for word in phrase.split()[1:])


def _names_person(head: str) -> bool:
    """Whether a description's head word is a noun for someone ('the spokesman', 'a senior
    official', 'the neighbor'), so a pronoun may stand for it; 'a gun', 'the poll' or 'those'
    are no one a later 'she' can mean."""
    return (
        head in NAME_TITLES
        or head in GENDERED_TITLES
        or f"{head}s" in SOURCE_NOUNS
        or (head.isalpha() and is_person(head))
    )


def _person_only(kind: str, found: str | None) -> str | None:
    """``found``, unless a gendered pronoun ('m' or 'f') would take it for no person, or for
    a group: 'Officers said', a plural opening a sentence, is never 'he'."""
    if found is None or kind not in "mf":
        return found
    return found if may_be_a_person(found) and not _persons(found.lower()) else None


def _is_name(resolved: str | None) -> bool:
    """Whether a pronoun resolved to a person's name, not to a description ('his brother')."""
    if not resolved or not resolved[:1].isupper() or names_no_person(resolved):
        return False  # 'New Hampshire' is no one whose thread or plan it could be
    return resolved.split()[0].lower() not in DETERMINERS


def _names_a_maker(phrase: str) -> bool:
    """Whether a document's description names its maker right before its noun ('The APEC
    statement', 'a recent Government Accountability Office report'): a document of its own
    however long, not the one of the kind the text spoke of before ('the statement' after "a
    July 2018 Politico report"). 'the December police report' is a description, not a name."""
    between = phrase.split()[1:-1]
    return bool(between) and between[-1][:1].isupper()


def _relation_link(words: list[str], phrase: str) -> int:
    """Where 'for', 'of', 'to' or 'with' follows the noun for people heading a description
    ('a lawyer for Smith', 'the mother of the victim', 'an aide to Pelosi'), so what follows
    is whom the person works for or belongs to, not the person; 0 for any other mention.
    The noun is written in lower case ('the Bank of England' is a name)."""
    if len(words) < 3 or words[0] not in DETERMINERS or "," in phrase:
        return 0  # 'the president of the assembly, Siim Kiisler': the name after it speaks
    written = phrase.split()
    link = next((i for i, word in enumerate(words) if word in _RELATION_LINKS), 0)
    if link < 2 or link >= len(written) or not written[link - 1].islower():
        return 0
    return link if _names_person(words[link - 1]) else 0


def _owned_by_a_person(words: list[str]) -> bool:
    """Whether a mention is something of his or hers that is neither a person nor a body
    ('her thread', 'his willingness', 'his recent boasts'): its words are the owner's, unlike
    those of 'his spokesman' or 'her office'."""
    head = words[-1].rstrip(".,") if words else ""
    return (
        2 <= len(words) <= _OWNED_WORDS  # longer is a clause: 'His office put out a statement'
        and words[0] in _POSSESSIVE_GENDER
        and head.isalpha()
        and not any(_names_person(word) for word in words[1:])  # 'His wife travelled'
        and head not in ORGANISATION_WORDS
        and head not in _BODIES
        and not _plural(words)
    )


def _gender(words: Sequence[str]) -> str:
    """'m' or 'f' when a title or role word says so ('Mrs. Clinton', 'spokeswoman'), else 's'."""
    for word in words:
        gender = GENDERED_TITLES.get(word.rstrip("."))
        if gender is not None:
            return gender
    return "s"


def _described_gender(words: list[str], phrase: str) -> str:
    """The gender a description tells ('the man', 'a policewoman', 'the gunman', 'his wife'): a
    title's (see :func:`_gender`), else its head's when written in lower case: a word for kin
    (:data:`KIN_GENDER`) or a compound of 'man' or 'woman', the English suffix for either. A
    name ('Ann Bowman', 'Choe Son Hui') is never read so."""
    gender = _gender(words)
    if gender != "s" or not phrase[-1:].islower() or not words:
        return gender
    head = words[-1]
    if head in KIN_GENDER:
        return KIN_GENDER[head]  # 'his wife', 'the father'
    if head.endswith("woman"):
        return "f"
    return "m" if head.endswith("man") else "s"


def _plural(words: list[str]) -> bool:
    """'officials', 'two aides', 'Blumenthal and Cohen': a group, which 'they' refers to."""
    if not words:
        return False
    head = words[-1].rstrip(".,")
    return (
        "and" in words
        or head in PLURAL_NOUNS
        or (head.endswith("s") and not head.endswith(("ss", "us", "is", "'s", "’s")))
    )


_OPENING_BEFORE = frozenset('.!?:\n"“”')


def _char_before_blanks(text: str, position: int) -> str:
    """The character before ``position`` past spaces and tabs ('' at the start), read without
    copying the text before it (a copy per name made long stories quadratic)."""
    while position > 0 and text[position - 1] in " \t":
        position -= 1
    return text[position - 1] if position > 0 else ""


class _Article:
    """What the name book reads of one article's whole text, each part once and on the first
    ask, then visited by every speaker mention: its runs of capitalised words (the costly part),
    the same in reading order, the namings of each role asked for, and the look-ups by a name's
    words (titles, full names, typos, acronyms), each kept as it is asked. ``quotes`` and
    ``reported_speech`` each keep a name book of the same article and share one; a look-up per
    mention reads these rather than the text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._holders: dict[str, tuple[Holding, ...]] = {}
        # Memos of the look-ups below, filled as speakers are looked up.
        self._titles: dict[str, frozenset[str]] = {}
        self._by_last: dict[str, dict[tuple[str, ...], list[int]]] = {}
        self._longer_names: dict[tuple[str, ...], list[tuple[tuple[str, ...], list[int]]]] = {}
        self._typos: dict[str, str] = {}

    @cached_property
    def runs(self) -> dict[str, list[tuple[str, int]]]:
        """Each run of two capitalised words or more, split at sentence ends, with where it
        starts, by its last word in lower case; shared, so never changed by a reader."""
        runs: dict[str, list[tuple[str, int]]] = {}
        for match in _LONG_RUN.finditer(self.text):
            for whole, start in _by_sentence(match.group(), match.start()):
                for run in filter(None, (whole, _name_before_of(whole))):
                    last = _possessive_free(run.rsplit(None, 1)[-1].rstrip(".,")).lower()
                    runs.setdefault(last, []).append((run, start))
        return runs

    @cached_property
    def by_initial(self) -> dict[str, list[str]]:
        """The last words of the runs by their first letter, for a typo's look-up."""
        found: dict[str, list[str]] = {}
        for last in self.runs:
            found.setdefault(last[:1], []).append(last)
        return found

    @cached_property
    def in_order(self) -> list[tuple[int, str]]:
        """The runs in reading order, each with where it starts."""
        return sorted((start, run) for runs in self.runs.values() for run, start in runs)

    @cached_property
    def mentions(self) -> list[tuple[int, str]]:
        """Every naming in reading order (see :meth:`namings`)."""
        return self.namings(0, len(self.text))

    def namings(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The namings that open between ``lo`` and ``hi``, in reading order: the runs of two
        words or more, and each lone word that ends one of them ('Pompeo' of 'Mike Pompeo')."""
        in_order = self.in_order
        people = in_order[bisect_left(in_order, (lo,)) : bisect_left(in_order, (hi,))]
        for match in _LONE_WORD.finditer(self.text, lo, hi):
            word = _possessive_free(match.group())
            if word.lower() in self.runs:
                people.append((match.start(), word))
        return sorted(people)

    @cached_property
    def _searched(self) -> str:
        """The text as roles are looked for in it (:func:`~newsparse.entities.role_search_text`),
        lowered once for every role the article's descriptions ask for."""
        return role_search_text(self.text)

    def holders(self, role: str) -> tuple[Holding, ...]:
        """The namings of a role's holder (:func:`~newsparse.entities.role_holders`)."""
        found = self._holders.get(role)
        if found is None:
            found = self._holders[role] = role_holders(self.text, role, self._searched)
        return found

    def titles_of(self, name: str) -> frozenset[str]:
        """The titles the text sets right before a name ('Treasury Secretary Steven Mnuchin',
        'chairman Rep. Bob Goodlatte'), in lower case. A title whose 'of' leads to the name
        ('president of World Vision') is held by someone else, at the place the name names, and
        one a sentence before ('director of Open Door. Open Door works') is no title of it."""
        titles = self._titles.get(name)
        if titles is None:
            found: set[str] = set()
            last = name.rsplit(None, 1)[-1]
            for run, start in self.runs.get(last.lower(), ()):
                found.update(_titles_in(run))
                found.update(_titles_in(_words_before(self.text, start)))
            titles = self._titles[name] = frozenset(found)
        return titles

    @cached_property
    def acronyms(self) -> dict[str, str]:
        """The names the text writes out, by their initials: 'ACLU' is 'American Civil
        Liberties Union' when the article names that, also after words that qualify it ('the
        Philippines-based Asian Development Bank' writes out 'ADB')."""
        found = defined_acronyms(self.text)  # 'Singapore Airlines (SIA)': as the writer says
        for _, run in self.in_order:
            words = run.rstrip(".").split()
            if words[0].lower() in DETERMINERS:
                words = words[1:]  # 'The American Civil Liberties Union sued'
            if words and words[0].endswith("-based"):
                words = words[1:]  # 'Manila-based'
            initials = "".join(w[0] for w in words if w.lower() not in NAME_PARTICLES)
            if initials.isupper():
                found.setdefault(initials, " ".join(words))
        return found

    def ending_in(self, last: str) -> dict[tuple[str, ...], list[int]]:
        """The names whose last word is ``last``, each with where it occurs. A name seen only at
        a sentence's start whose first word is no known first name ('Did Morales', 'Senior
        Trump') may have taken in the sentence's first word, and is left out."""
        named = self._by_last.get(last)
        if named is None:
            named = self._by_last[last] = {}
            opening: dict[tuple[str, ...], list[int]] = {}
            for run, start in self.runs.get(last, ()):
                words = name_words(run)
                if len(words) < 2 or run.isupper():  # a headline in capitals
                    continue
                opens = start == 0 or _char_before_blanks(self.text, start) in _OPENING_BEFORE
                if opens and words[0] == run.split()[0] and _unsure_start(words[0]):
                    opening.setdefault(words, []).append(start)
                else:
                    named.setdefault(words, []).append(start)
            for words, starts in opening.items():
                if words in named:
                    named[words] = sorted(named[words] + starts)
        return named

    def longer(self, words: tuple[str, ...]) -> list[tuple[tuple[str, ...], list[int]]]:
        """The names longer than ``words`` (in lower case) that end in them, each with where it
        occurs; kept, as a story asks for the same speakers again."""
        longer = self._longer_names.get(words)
        if longer is None:
            longer = self._longer_names[words] = [
                (candidate, starts)
                for candidate, starts in self.ending_in(words[-1]).items()
                if len(candidate) > len(words)
                and tuple(word.lower() for word in candidate[-len(words) :]) == words
            ]
        return longer

    def misspelt(self, word: str) -> str | None:
        """The one surname the text gives in a full name that a lone surname misses by a letter
        ('Hirsh' for 'Hirsch', 'Berhrmann' for 'Behrmann'); None when none or several do, or
        the word is too short to tell a typo from another name."""
        if len(word) < _TYPO_LENGTH:
            return None
        found = self._typos.get(word)
        if found is None:
            same_initial = self.by_initial.get(word[:1], ())  # a typo keeps it
            near = {
                last
                for last in same_initial
                if (_one_letter_apart(word, last) and self.ending_in(last))
                or (_letter_added_at_end(word, last) and self._named_in_full(last))
            }
            found = self._typos[word] = near.pop() if len(near) == 1 else ""
        return found or None

    def _named_in_full(self, last: str) -> bool:
        """Whether the text names someone by a known first name before ``last`` ('Ingrid
        Loyau-Kennett'): a person, whose surname a typo may cut short; not 'Nazi Germany'."""
        return any(first_name_gender(words[0].capitalize()) for words in self.ending_in(last))


class _LastArticle(threading.local):
    """The article this thread last read names of (see :class:`_Article`)."""

    def __init__(self) -> None:
        # The text is held, so that an identity test can never match a new text at its address.
        self.entry: _Article | None = None


_LAST_ARTICLE = _LastArticle()


def _article_of(text: str) -> _Article:
    """The names read of ``text``: the last article's when it is the same text object."""
    entry = _LAST_ARTICLE.entry
    if entry is None or entry.text is not text:
        entry = _LAST_ARTICLE.entry = _Article(text)
    return entry


def _by_sentence(run: str, start: int) -> Iterator[tuple[str, int]]:
    """The parts of a capitalised run of two words or more, split at sentence ends: 'Chance.
    Nemtsova' and 'La Paz. Mesa' are two sentences; 'Andrew E. Lelling' and 'Sen. Warren' are
    one name."""
    if "." not in run:  # no sentence ends inside: most runs
        if " " in run:
            yield run, start
        return
    cut = 0
    for match in _SENTENCE_END.finditer(run):
        word = match.group()[:-1]
        if len(word) > 1 and "." not in word and word.lower() not in ABBREVIATED_WORDS:
            if " " in run[cut : match.end()].strip():
                yield run[cut : match.end()], start + cut
            cut = match.end() + len(run[match.end() :]) - len(run[match.end() :].lstrip())
    if " " in run[cut:]:
        yield run[cut:], start + cut


def _name_before_of(run: str) -> str | None:
    """The name a run opens on before an 'of' that tells where its bearer is from or works
    ('James Lankford of Oklahoma', 'Sharon Tomlinson of Minneapolis'): 'of' joins a name's
    words ('Bank of England'), so the run is read whole, and the person's own name is read too,
    as the text names them by it later ('Lankford joined'). None for a run whose part before
    'of' is one word, a place ('United States of America'), or ends on a word for a body or a
    title ('Royal Bank of Scotland', 'Vice President of Ghana'), or one a title and a name end."""
    head, of, tail = run.partition(" of ")
    if not of or " " not in head or any(word.lower() in NAME_TITLES for word in tail.split()):
        return None  # 'Isle of Man Chief Minister Allan Bell': the name ends the run
    if not all(part[:1].isupper() for word in head.split() for part in word.split("-")):
        return None  # 'British-tied Isle of Man': a description, not a name
    last = head.rsplit(None, 1)[-1].lower()
    if last in ORGANISATION_WORDS or last in NAME_TITLES or names_a_place(head):
        return None
    return head


#: The main clause after a sentence's opening phrase, on a subject pronoun: '..., he said'.
_PRONOUN_CLAUSE = compiled(r",[ \t]+(?:he|she|they|we|I)\b")


def _participle_object(text: str, run: str, after: int, end: int) -> bool:
    """Whether a capitalised run opening a sentence is a participle and the name it takes as
    its object, before a comma and the main clause's pronoun subject ('Describing Mr Haines as
    a "British hero", he said'): the pronoun is the participle's subject, not the name.
    'Acting President' opens on an adjective: a title."""
    first = run.split(None, 1)[0].lower()
    return (
        may_be_participle(run.split(None, 1)[0])
        and first.isalpha()
        and first not in ADJECTIVES
        # the pronoun may be the one asked about, read up to the sentence's head's ``end``
        and _PRONOUN_CLAUSE.search(text, after, end + len(" they ")) is not None
    )


def _opens_on_name(run: list[str], first: str) -> bool:
    """Whether a sentence's capitalised opening is a name, maybe after its holder's titles
    ('Trump spokesman Hope Hicks'), rather than a clause ('While Trump Jr.')."""
    if run[0] == first:
        return True
    position = run.index(first) if first in run else 0
    return position > 0 and run[position - 1].lower().rstrip(".") in NAME_TITLES


def _leads_to_subject(prefix: str) -> bool:
    """Whether the words opening a sentence may come before its subject: none, titles or roles
    ('West Bank security chief', 'Rockets owner'), an apposition naming a person ('Another Democratic
    candidate,') or an opening phrase ('In his welcome,', 'Patting the kids on the head,');
    not a clause of the sentence's own ('Police arrested three men,')."""
    words = _past_conjunction(prefix.split())
    if len(words) > _HEAD_WORDS or any(mark in prefix for mark in '"“”:;/'):
        return False  # quoted words, or a credit line ('REUTERS/Bryan Woolston')
    if words and words[-1] in ("the", "The"):
        words = words[:-1]  # ', the Ministry of Home Affairs filed'
    if words and _names_person(words[-1].lower().rstrip(".")):
        words = words[:-2]  # 'security chief', 'Japan coach', 'Rockets owner'
    while (
        words
        and not words[-1].endswith(",")
        and (words[-1][:1].isupper() or words[-1].lower() in NAME_TITLES)
    ):
        words.pop()  # 'U.S.' of 'U.S. Senator', or a title in capitals
    if not words:
        return True
    last = words[-1].rstrip(",").lower()
    if not words[-1].endswith(","):
        return False
    return _opens_phrase(words[0]) or (_names_person(last) and not _plural([last]))


def _sentence_start(text: str, position: int) -> int | None:
    """Where the sentence holding ``position`` starts, looked for no further back than a subject
    may open before it; None when it starts further back."""
    lo = max(0, position - _HEAD_REACH)
    starts = list(sentence_openings(text, lo, position + 1))  # a sentence opening on it
    return starts[-1] if starts else (0 if lo == 0 else None)


def _after_sentence_end(text: str, start: int) -> bool:
    """Whether what comes before ``start`` ends a sentence: the text's start, a stop, a quote
    mark or a blank line, not a line broken inside a sentence."""
    before = text[max(0, start - _LINE_LOOK) : start]
    kept = before.rstrip()
    return (
        not kept or kept[-1] in _SENTENCE_ENDS or "\n" in before[len(kept) :].replace("\n", "", 1)
    )


def _subordinate_subject_start(text: str, start: int, end: int) -> int | None:
    """Where the subject of a sentence's opening subordinate clause opens ('police' of 'When
    police arrived, they found'), or None when the sentence opens on none."""
    opening = _SUBORDINATE_OPENING.match(text, start, end)
    return None if opening is None else opening.end()


def _subject_start(text: str, start: int, end: int) -> int | None:
    """Where a sentence's subject may open: past a conjunction ('But') and an opening phrase
    closed by its comma ('In a statement,'); None when the phrase runs on to ``end``."""
    word = _MENTION_WORD.search(text, start, end)
    if word is not None and word.group().lower() in _CONJUNCTIONS:
        word = _MENTION_WORD.search(text, word.end(), end)
    if word is None:
        return None
    if not _opens_phrase(word.group()):
        return word.start()
    comma = text.find(",", word.start(), end)
    return None if comma < 0 else comma + 1


def _opens_phrase(word: str) -> bool:
    """Whether a sentence opening on ``word`` opens on a phrase before its subject ('In',
    'Speaking', 'Asked')."""
    lowered = word.lower().removesuffix(",")  # 'However, Kent said': a lone word keeps its comma
    return (
        lowered in _OPENING_WORDS
        or lowered in PREPOSITIONS
        or (may_be_participle(word.removesuffix(",")) and lowered.isalpha())
        or (word.endswith(",") and lowered in NON_NAME_WORDS)  # 'Nevertheless,' 'Separately,'
    )


def _in_opening_phrase(prefix: str) -> bool:
    """Whether a sentence's words so far are an opening phrase not yet closed by its comma
    ('In a speech on', 'After meeting'): a name in it is not the sentence's subject."""
    words = _past_conjunction(prefix.split())
    return bool(words) and _opens_phrase(words[0]) and "," not in prefix


def _past_conjunction(words: list[str]) -> list[str]:
    """A sentence's opening words without the conjunction it may open on ('But in March,')."""
    return words[1:] if words and words[0].lower() in _CONJUNCTIONS else words


def sentence_openings(text: str, start: int, end: int) -> Iterator[int]:
    """Where sentences open between ``start`` and ``end``, in order: not after the full stop of
    an abbreviation or an initial ('Dr. Fauci', 'U.S. Consulate', 'Trump Jr. tested')."""
    for match in _SENTENCE_START.finditer(text, start, end):
        if text[match.start()] != "." or not abbreviation_before(text, match.start()):
            yield match.end()


def abbreviation_before(text: str, period: int) -> bool:
    """Whether the full stop at ``period`` closes an abbreviation or an initial, not a sentence."""
    word = text[max(0, period - 8) : period].split()[-1:] or [""]
    head = word[0].rsplit(".", 1)[-1] if "." in word[0] else word[0]
    return len(head) <= 1 or head.lower() in ABBREVIATED_WORDS


def _unsure_start(word: str) -> bool:
    """Whether a sentence's first word may be no part of the name after it: not a first name."""
    return first_name_gender(word) is None and len(word.rstrip(".")) > 1


def _apposition_gender(text: str, end: int) -> str | None:
    """The gender a pronoun for a name ending at ``end`` takes when an apposition sets it off
    as a person: 'm' or 'f' for a gendered role ('Ana Berg, a party spokeswoman,'), else 's'
    for an age ('Diana de Cardenas, 33,') or a noun for someone ('Ed Psaltis, skipper of AFR
    Midnight Rambler,'); None when no apposition describes a person. Without the name table,
    this is how a sentence's subject shows it is someone and not a place or a body ('West
    Bank', 'Blue Cross')."""
    found = _APPOSITION.match(text, end)
    if found is None:
        return None
    words = found.group(1).split()
    if len(words) == 1 and words[0].isdigit():
        return "s" if len(words[0]) <= _AGE_DIGITS else None  # 'In May, 2004,': a year
    kept = next((i for i, word in enumerate(words) if word in _APPOSITION_BREAKS), len(words))
    head = words[kept - 1].lower() if kept else ""
    if (
        not head.isalpha()
        or head in THING_NOUNS
        or head in ORGANISATION_WORDS
        or not _names_person(head)
    ):
        return None
    return _gender([head])


def _in_open_quote(text: str, position: int) -> bool:
    """Whether a quote mark opened in ``position``'s paragraph is still open there ('"How can
    they use him as a witness? A witness should be unbiased" he said'): an odd count of double
    marks before it. A reader given no quoted stretches (reported speech's) needs this."""
    paragraph = text.rfind("\n", 0, position) + 1
    return sum(text.count(mark, paragraph, position) for mark in _DOUBLE_MARKS) % 2 == 1


def _titles_gender(held: frozenset[str]) -> str:
    """The gender a pronoun for someone holding ``held`` titles takes. A set has no order:
    titles of both genders ('Mr. Obama', 'First Lady Michelle Obama') tell none, rather than
    whichever string hashing puts first."""
    genders = {_gender([title]) for title in held} - {"s"}
    return genders.pop() if len(genders) == 1 else "s"


def _may_be_named(full: str) -> bool:
    """Whether a full name may be a person's when no name table tells first names: two words
    or more once nationalities before it are dropped ('Brazilian Emerson Fittipaldi'), none of
    them a word that names nothing (a number, a weekday, a past form: 'Twelve Americans',
    'Last Thursday'), and not a place's."""
    names = full.split()
    while names and names[0].lower() in NATIONALITIES:
        names = names[1:]  # 'Brazilian Emerson Fittipaldi', 'Indonesian ISPs'
    return (
        len(names) >= 2
        and not any(names_nothing(word) for word in names)
        and not names_no_person(full)
    )


def _person_gender(run: str, words: tuple[str, ...]) -> str:
    """The gender a titled name's title ('Mrs.') or its first name tells, else 's'."""
    gender = _gender([word.lower() for word in run.split()])
    return gender if gender != "s" else first_name_gender(words[0]) or "s"


#: For each pronoun kind, the searches of the remembered speakers, in order: how many of the
#: most recent to look at, and the kinds accepted; a second search is a last resort, tried
#: after the people named before the pronoun. 'he' takes the most recent speaker who may be a
#: man, and only as a last resort one whose first name is a woman's (the name table is not
#: always right); 'she' likewise. 'they' ("g") takes a group it was read as before, 'we' ("p")
#: none: a group the narrative calls 'they' is not whom a speaker's 'we' means.
_PRONOUN_PASSES: dict[str, tuple[tuple[int, str], ...]] = {
    "m": ((_REMEMBERED, "mMs"), (_REMEMBERED, "F")),
    "f": ((_REMEMBERED, "fFs"), (_REMEMBERED, "M")),
    "s": ((_REMEMBERED, "smfMF"),),
    "p": ((_REMEMBERED, "p"),),
    "g": ((_REMEMBERED, "gp"),),
    "n": ((_REMEMBERED, "n"),),
}
