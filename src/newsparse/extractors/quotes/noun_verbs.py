"""Cue verbs in the present forms English also writes as nouns ('claims', 'fears', 'supports'),
read as verbs only right after a subject.

The cue tables leave such forms out (:mod:`.verb_forms`): alone, 'the claims' and 'voter fears'
are as often no cue at all. Right after a subject pronoun, a relative 'who' or a name they can
only be verbs: 'they fear the plan', 'voters who support him', 'Trump claims the vote was
rigged'. The forms are lemminflect's present forms (base and -s) of the verbs the cue and stance
tables list and of the mined cue verbs, those lemminflect also reads as a noun or an adjective.
Loading lemminflect's tables costs a fresh process about half a second, so they ship in
:mod:`newsparse._data.noun_verb_forms`, written by :func:`table_source` (a test regenerates it
and compares, so it never drifts from the library).
"""

from __future__ import annotations

from newsparse._data.mined_cues import MINED_CUE_VERBS
from newsparse._data.person_nouns import PERSON_PLURALS
from newsparse._data.reporting_verbs import NAME_TITLES
from newsparse.extractors.casualties.people import is_person
from newsparse.extractors.quotes.names import abbreviation_before
from newsparse.extractors.quotes.verb_forms import listed_words
from newsparse.generated import lemminflect_words_source
from newsparse.regex_cache import compiled

# what may stand just before such a form as its subject (a name is told by its capital)
_SUBJECTS = frozenset("he she they we i who".split())
_SENTENCE_ENDS = ".!?:\"”'’\n"  # what ends the word before a capital opening a sentence
_LOOK_BACK = 30  # characters read back for the word before a form
# what a noun, never a verb of speech or thought, has next: a finite verb of its own ('the GOP
# debate is on Monday', 'the Paris attacks could'), a conjunction joining it to another noun
# ('Soviet states and neighbors') or a mark closing its phrase ('Under the Bush plan, ...')
_NOUN_NEXT = frozenset(
    """is are was were has have had will would can could may might shall should must does did
    and or""".split()
)
_PHRASE_ENDS = ",;)"
# a relative word and a subject just before the form: 'which Moscow claims', 'who he fears'
_RELATIVE_BEFORE = compiled(
    r"(?<![\w-])(?:which|that|who|whom|what)[ \t]+(?:[A-Z][\w.’'-]*[ \t]+){0,2}?[\w.’'-]+[ \t]+$"
)
# a preposition of motion soon after the form makes it a verb of moving, not of saying: 'crews
# back the ferry into the slip', 'marchers push through the rain'
_MOTION = compiled(r"[ \t]+(?:[\w’'-]+[ \t]+){0,3}?(?:into|onto|through|across|aboard)(?![\w-])")


def after_subject(text: str, start: int) -> bool:
    """Whether the word just before ``start``, one blank before it, is a subject: a subject
    pronoun, 'who' or a plural noun of people ('they fear', 'voters who support', 'critics
    claim'), or a capitalised word that does not open its sentence ('Rep. Smith claims', 'as
    Clinton favors'; not 'Party claims ...' opening one). The words are read by plain string
    search, not split: most forms have a determiner or a preposition before them."""
    end = start - 1
    if end <= 0 or text[end] != " ":
        return False
    low = max(0, end - _LOOK_BACK)
    begin = text.rfind(" ", low, end) + 1 or low
    word = text[begin:end]
    if word.lower() in _SUBJECTS or word.lower() in PERSON_PLURALS:
        return True
    if not (word[:1].isupper() and word.isalpha()) or begin < 2:
        return False
    before = text[begin - 2]
    opens = before in _SENTENCE_ENDS and not (
        before == "." and abbreviation_before(text, begin - 2)
    )
    return text[begin - 1] == " " and not opens


def verb_next(text: str, start: int, end: int) -> bool:
    """Whether what follows the form at ``start:end`` lets it be a verb of speech or thought:
    not a finite verb, a conjunction or a mark closing a noun phrase ('the Clinton plan will',
    'the GOP debate, ...'), nor a preposition of motion within a few words ('back the ferry
    into'). A cue verb goes on to what it reports: a clause, a quote, an object or a preposition
    ('Ruiz claims the count was wrong', 'they back the plan', 'critics fear for the mill'); in a
    relative clause its object is the relative word, and the finite verb after it that object's
    ('a vote which Moscow claims was rigged')."""
    if text[end : end + 1] in _PHRASE_ENDS:
        return False
    if text[end : end + 1] != " ":
        return True
    stop = text.find(" ", end + 1, end + _LOOK_BACK)
    following = text[end + 1 : stop if stop > 0 else end + _LOOK_BACK]
    if following.lower() in _NOUN_NEXT:
        return _RELATIVE_BEFORE.search(text, max(0, start - _LOOK_BACK * 2), start) is not None
    if _after_name(text, start) and _heads_compound(following):
        return False  # 'the White House press secretary', 'Ohio state Rep. Ann Lee'
    return _MOTION.match(text, end, end + _LOOK_BACK * 2) is None


def _after_name(text: str, start: int) -> bool:
    """Whether the word before the form is capitalised: a name, which may be a modifier ('White
    House press'), unlike a pronoun, 'who' or a plural noun of people ('who view Rep. Lee')."""
    begin = text.rfind(" ", max(0, start - _LOOK_BACK), start - 1) + 1
    return text[begin : begin + 1].isupper()


def _heads_compound(word: str) -> bool:
    """Whether ``word`` after a form makes the form the first noun of a compound: a singular
    noun for a person in lower case, which as an object would need a determiner ('press
    secretary', 'state senator'), or an abbreviated title ('state Rep.', 'state Sen.')."""
    word = word.rstrip(",;:")
    if word.endswith(".") and word[:1].isupper():
        return word[:-1].lower() in NAME_TITLES
    return word.isalpha() and word.islower() and not word.endswith("s") and is_person(word)


def lemminflect_noun_verbs() -> list[str]:
    """The present forms of the listed and mined cue verbs that lemminflect also reads as a
    noun or an adjective, sorted."""
    from lemminflect import getAllInflections, getAllLemmas

    lemmas = set(MINED_CUE_VERBS)
    for word in listed_words():
        found = getAllLemmas(word, "VERB").get("VERB")
        if found:
            lemmas.add(found[0])
    forms: set[str] = set()
    for lemma in lemmas:
        inflections = getAllInflections(lemma, "VERB")
        for tag in ("VB", "VBP", "VBZ"):
            forms.update(
                form
                for form in inflections.get(tag, ())
                if {"NOUN", "ADJ"} & getAllLemmas(form).keys()
            )
    return sorted(forms)


def table_source() -> str:
    """The text of :mod:`newsparse._data.noun_verb_forms`, from the lemminflect installed here."""
    return lemminflect_words_source(
        __name__,
        "NOUN_VERB_FORMS",
        "The present forms of the cue verbs that lemminflect also reads as nouns or adjectives",
        lemminflect_noun_verbs(),
    )
