"""The built-in ``casualties`` extractor: how many people were killed, injured, missing or taken.

It reads one sentence at a time and looks for a counted group of people tied to a harm word:
as the subject of a harm state ("12 people were killed", "a man was shot and killed", "the
victim died"), as the object of a harm verb ("killing five civilians", "left eight dead"), as a
harm noun ("three fatalities", "the death toll rose to 23"), or as nobody ("no one was hurt",
a count of zero). Counts only come from people tied to harm words, so votes, jobs, scores, ages,
dates and money never become casualties.

For speed every rule is anchored on a cue word: one pass over the lower-cased text finds the
harm words, only their sentences are read, rules that open with a harm verb are tried at it, and
rules whose count comes first (the subject of "were killed", the count of "three deaths") are
read back from the harm word, tried only where a counted group can open.

"shot" is a kind of its own: in crime news it says a person was hit, not whether they lived.
When the document shows more people shot than killed and says nothing more about the wounded,
the difference is reported once as an ``inferred`` injured count (see
:mod:`newsparse.extractors.casualties.totals`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from attrs import evolve

from newsparse._data.adjective_words import ADJECTIVES
from newsparse._data.casualty_words import (
    ACCUSED_OPENERS,
    AUXILIARIES,
    BODY_PARTS,
    CLAUSE_BREAKS,
    CONFLICT_CUES,
    CRIME_HARMS,
    DEATH_OF,
    FATAL_OUTCOMES,
    HARM_NOUNS,
    HARM_OF,
    HARM_STATES,
    HEDGES,
    HOUSEHOLDS,
    LIFE_TAKERS,
    LOST_PEOPLE,
    MAIN_VERBS,
    NAMED_HARM,
    NEGATED_ANYONE,
    NO_HARM_MODIFIERS,
    NO_HARM_NOUNS,
    NOBODY,
    OBJECT_ENDS,
    PHRASE_BREAKS,
    PHRASE_OPENERS,
    POSTMODIFIER_OPENERS,
    REPORT_PARTICIPLES,
    SELF_BLASTS,
    SINGLE_DETERMINERS,
    SINGLE_PRONOUNS,
    SUSPECT_NOUNS,
    THE_ORDINALS,
    VAGUE_AMOUNTS,
    VICTIMS_SINGULAR,
    WOUNDS_FOUND,
    WOUNDS_LIVED,
)
from newsparse._data.harm_act_nouns import HARM_ACT_NOUNS
from newsparse._data.person_nouns import PERSON_NOUNS
from newsparse.document import Document
from newsparse.extractor import Extractor
from newsparse.extractors.casualties.after_being import held_after
from newsparse.extractors.casualties.ages import without_the_dead_by_age
from newsparse.extractors.casualties.aimed import aimed_at
from newsparse.extractors.casualties.arrest_nouns import a_record, arrests_made
from newsparse.extractors.casualties.assaults import by_violence
from newsparse.extractors.casualties.bodies import bodies
from newsparse.extractors.casualties.captives import CAPTOR_VERBS, one_captive, uncounted_captives
from newsparse.extractors.casualties.care import CARE_AT, CARE_CUES, cared_for
from newsparse.extractors.casualties.condition_reports import CONDITION_AT, condition_reports
from newsparse.extractors.casualties.conjoined import (
    DONE_AND,
    DONE_BEFORE,
    joined_be_is_singular,
    shares_be,
)
from newsparse.extractors.casualties.coordination import spread, widened
from newsparse.extractors.casualties.counting import (
    counted,
    each_counted,
    harm_told_first,
    only_singular,
    sum_of_list,
    told_of_another_verb,
)
from newsparse.extractors.casualties.custody import held_in_custody
from newsparse.extractors.casualties.dedupe import (
    named_dead,
    without_sums_told,
    without_the_dead_among_the_wounded,
)
from newsparse.extractors.casualties.ellipsis import (
    NOT_WHO_THEY_WERE,
    ellipsis_cue,
    parts_told_by_ellipsis,
)
from newsparse.extractors.casualties.events import (
    an_epidemic_story,
    of_a_thing,
    of_illness,
    only_supposed,
    supposed,
    told_without_cause,
)
from newsparse.extractors.casualties.fatal_wounds import without_fatal_wounds
from newsparse.extractors.casualties.flight import (
    FLIGHT_CUES,
    MADE_TO_LEAVE_AT,
    MADE_TO_LEAVE_CUES,
    made_to_leave,
)
from newsparse.extractors.casualties.found_wounded import FINDER_AT, FINDER_CUES, found_wounded
from newsparse.extractors.casualties.gates import (
    DENIED,
    INTENT,
    NEGATION_REACH,
    PREVENTED,
    SOUGHT,
    arrest_or_capture,
    is_infinitive,
    negated_before,
    on_record,
)
from newsparse.extractors.casualties.graded import (
    GRADED_KINDS,
    GRADED_PART,
    GRADES,
    after_comma,
    graded_cue,
    graded_kind,
)
from newsparse.extractors.casualties.grammar import (
    ACTION_KIND,
    AND_THEN,
    ANY_COUNTED,
    AUX,
    COUNTED,
    FLAGS,
    JOIN,
    LABEL_KIND,
    LEAD_PARTICLE,
    LEFT_KIND,
    LISTED,
    MANNER,
    MODIFIER,
    NOT_A_NAME,
    NOUN_KIND,
    OBJECT_UNIT,
    PLURAL_NOUN,
    QUANTITY_AT_START,
    QUANTITY_START,
    READ_STATE_HEADS,
    READ_STATES,
    SINGULAR_NOUN,
    STATE_KIND,
    STATE_SUBJECT_UNIT,
    STATES,
    SUBJECT_UNIT,
    TITLE,
    UNIT,
    UNIT_AFTER_HARM,
    all_kinds_of,
    compiled_rule,
    group_of,
    kinds_of,
    normal_phrase,
)
from newsparse.extractors.casualties.held_by import held_by
from newsparse.extractors.casualties.in_custody import CUSTODY_CUES, in_custody
from newsparse.extractors.casualties.included import (
    INCLUDED_ROLE,
    elided_part,
    harms_of_the_same,
    role_named,
)
from newsparse.extractors.casualties.jailed import without_sentences
from newsparse.extractors.casualties.killer_suicides import killer_suicides
from newsparse.extractors.casualties.kin import KIN_OBJECT, kin_objects
from newsparse.extractors.casualties.listed_objects import listed_object
from newsparse.extractors.casualties.lone_deaths import only_lone_deaths
from newsparse.extractors.casualties.names import (
    Names,
    known_name,
    named_people,
)
from newsparse.extractors.casualties.nouns import (
    NAMED_HARM_KIND,
    PART_KIND,
    named_harms,
    parts_of_the_harmed,
    tallies,
)
from newsparse.extractors.casualties.objects import one_person_objects, one_person_of_end
from newsparse.extractors.casualties.one_of import one_of_cue, ones_of
from newsparse.extractors.casualties.participles import PARTICIPLE_AFTER, counted_objects
from newsparse.extractors.casualties.people import PLURAL, is_victim
from newsparse.extractors.casualties.periods import (
    CALENDAR_WORDS,
    GIVEN_NAME_MONTHS,
    before_a_period,
    tells_of_the_past,
)
from newsparse.extractors.casualties.prenominal import (
    ONE_PERSON,
    ONE_PERSON_BEFORE,
    ONE_PERSON_KINDS,
    PrenominalRule,
    killed_named,
    prenominal_kind,
)
from newsparse.extractors.casualties.quantity import QUANTITY, read_quantity
from newsparse.extractors.casualties.referred import without_references
from newsparse.extractors.casualties.relative import (
    HEAD_REACH,
    RELATIVE_SUBJECT,
    clause_of,
    told_of_the_head,
    who_between,
)
from newsparse.extractors.casualties.retold import told_again
from newsparse.extractors.casualties.scores import without_scores
from newsparse.extractors.casualties.seizures import by_force, capture_kind, taken_by_force
from newsparse.extractors.casualties.sent_to_hospital import (
    SENDER_AT,
    SENDER_CUES,
    sent_to_hospital,
)
from newsparse.extractors.casualties.shared_objects import SECOND_VERB, SHARING_VERB, SHARING_VERBS
from newsparse.extractors.casualties.shot_dead import as_the_killing
from newsparse.extractors.casualties.singular import counted_people, one_dead
from newsparse.extractors.casualties.split_states import SplitStates
from newsparse.extractors.casualties.suicides import without_suicides
from newsparse.extractors.casualties.survived import lived_after
from newsparse.extractors.casualties.toll_lists import listed_after
from newsparse.extractors.casualties.totals import (
    SELF,
    inferred_injured,
    inferred_killed,
    with_the_attacker,
)
from newsparse.extractors.casualties.trapped import in_wreckage
from newsparse.extractors.casualties.uncounted import uncounted_subject
from newsparse.extractors.casualties.unknowns import asked
from newsparse.extractors.casualties.unreal import not_told
from newsparse.extractors.casualties.with_others import WITH_OTHERS, ends_in_harm, with_others_cue
from newsparse.extractors.casualties.with_wounds import with_wounds
from newsparse.extractors.casualties.yearly import over_a_past_year
from newsparse.findings import Casualty
from newsparse.lowering import lowered
from newsparse.numbers import CARDINAL_WORDS, NUMBER_WORDS
from newsparse.patterns import (
    first_at_word_start,
    phrase_trie,
    word_starts,
    word_trie,
)
from newsparse.regex_cache import compiled
from newsparse.span import Span

#: "12 people were killed", "a man and a woman were shot", "the victim died".
# A subset told between the subject and its verb: "Fifteen people, including two children, were".
# So is any aside: "53 people, mostly Muslims, were", "Ann Lee, head of the unit, was"; an age
# may come first ("Slepian, 52, an obstetrician, was"), but no other second aside, which could be a
# clause of its own ("New Delhi, in which 53 people, mostly Muslims, were").
# Between spaced dashes an aside may hold commas: "10 other people -- including Munero -- died",
# "two more suspects -- one Arab, one Sudanese -- who had been arrested".
# A number in the aside may carry a separator ("including 1,000 civilians", "some 2.5 million").
# The rules read one sentence at a time, so a period inside the aside is one the sentence splitter
# read as no sentence's end: an initialism ("James Foley, a U.S. journalist, was beheaded"), a
# middle initial ("Another man, Shawn D. Smith, was arrested"), a suffix or a title ("The
# driver, David Robinett Jr., was", "A guard, Sgt. Ty Ortiz, was shot"). A period the splitter
# missed runs into the next word ("ran away.Rivas's mother"); one inside an initialism ("a.k.a.")
# or a number ("2.5") is followed by a letter's period or a digit.
# An aside opens with no "and": "Eric Wright, 26, and Larry Watkins Jr. 26, were" is a list.
# A relative clause between commas may run longer, as it tells a whole act of the person's: "Daniel
# Lewis Lee, who was convicted of killing an Arkansas family in a plot to establish a whites-only
# nation, was executed".
_INNER_AFTER = r"[\s,\d]|\w\."  # what follows a period inside a sentence
_INNER_PERIOD = rf"\.(?={_INNER_AFTER})"
_ASIDE_CHAR = rf"(?:[^,.;:!?]|{_INNER_PERIOD})"


def _aside_words(fewest: int, most: int) -> str:
    """The words of an aside up to its comma, any period in them an inner one: tested once
    ahead, so the words are one run of a character class, not a choice made at each character
    (a choice per character made the casualty pass 2% slower)."""
    return rf"(?![^,;:!?]{{0,{most}}}?\.(?!{_INNER_AFTER}))[^,;:!?]{{{fewest},{most}}}"


_INSET_SUBSET = (
    rf"(?:,\s+including(?:(?:,|\s+and)?\s+{QUANTITY}\s{_ASIDE_CHAR}{{1,50}}?){{1,5}}"
    r"(?=\s+(?:were|was|are|have|had)\s)"
    r"|(?:,\s+\d{1,3})?,\s+(?!(?:and|or)\s)"
    rf"(?:{_aside_words(1, 80)}|(?:who|whose)\s{_aside_words(70, 160)})"
    rf"(?:,(?<=\d,)(?=\d){_aside_words(1, 60)})*,"
    rf"|\s+(?:--?|[—–])\s+(?:[^.;:!?—–]|{_INNER_PERIOD}){{1,80}}?\s+(?:--?|[—–])(?=\s))?"
)
# What tells which people they are, between the subject and its verb: a relative clause ("a
# gunman who burst into a cafe and took hostages has been killed") or a phrase of place or role
# ("six people at the scene were treated", "three managers responsible for the blast have been
# arrested"). It holds no harm of its own nor a reporting verb, so "the man who killed two
# people was arrested" gives no count to the two.
# A phrase told of people named by a noun: whose they are, a subset, or a participle that is
# no harm of its own ("fleeing", not "shooting").
# The participle follows a noun, not a name (see SUBJECT_PERSON).
_PHRASE_OPENER = (
    rf"(?:\s+(?:{phrase_trie(PHRASE_OPENERS)})"
    rf"|(?(_named)(?!)|\s+(?!(?:{word_trie(CLAUSE_BREAKS)})\b)[a-z]+ing))"
)
# A word of such a phrase may be an initialism ("U.S.") or stand in brackets ("(ISAF)").
_PHRASE_WORD = r"\(?(?:[\w'’-]+|(?:[A-Za-z]\.)+)\)?"


def _postmodifier_words(breaks: Iterable[str], word: str = r"[\w'’-]+") -> str:
    """Up to twelve words after an opener, none of them one of ``breaks``."""
    return rf"(?:\s+(?!(?:{phrase_trie(breaks)})(?![\w'’-])){word}){{1,12}}?"


# The phrase follows a person, not a bare count (the group ``_person`` of
# :func:`~.grammar.group_of`: "one of six people were hurt" is six); a subset told by "including"
# may list people with "and" ("11 others including two Germans and a Greek were wounded").
# The crime a person is accused of may hold its own harm words, the victims' ("a woman suspected
# of shooting a 2-year-old in a drive-by was arrested"); any other break still ends it.
_ACCUSED_BREAKS = [w for w in CLAUSE_BREAKS if w not in CRIME_HARMS]
_OTHER_OPENERS = [o for o in POSTMODIFIER_OPENERS if o not in ACCUSED_OPENERS]
# A suspect's "in" or "for" phrase names the crime, read as an accused phrase is.
_AFTER_SUSPECT = "|".join(rf"(?<=\b{noun})" for noun in SUSPECT_NOUNS)
_POSTMODIFIER = (
    rf"(?:\s+(?:{phrase_trie(ACCUSED_OPENERS)}){_postmodifier_words(_ACCUSED_BREAKS)}"
    rf"|(?:{_AFTER_SUSPECT})\s+(?:in|for){_postmodifier_words(_ACCUSED_BREAKS)}"
    rf"|\s+(?:{phrase_trie(_OTHER_OPENERS)}){_postmodifier_words(CLAUSE_BREAKS)}"
    rf"|(?(_person)\s+including"
    rf"{_postmodifier_words((w for w in PHRASE_BREAKS if w != 'and'), _PHRASE_WORD)}|(?!))"
    rf"|(?(_person){_PHRASE_OPENER}{_postmodifier_words(PHRASE_BREAKS, _PHRASE_WORD)}|(?!)))"
    r"(?<!\bthe)(?<!\ba)(?<!\ban)"  # not "who tried to save the wounded"
)
# An opener after a word and a space, in the lower-cased text.
_OPENS = compiled(
    rf"(?<=[\w'’-] )(?:{phrase_trie((*POSTMODIFIER_OPENERS, *PHRASE_OPENERS))}|[a-z]+ing)\s"
)
_SUBJECT_HARM = (
    rf"(?<![\w-])(?P<who>{group_of(STATE_SUBJECT_UNIT)}){_INSET_SUBSET}(?P<post>{_POSTMODIFIER})?"
    rf"(?(post){_INSET_SUBSET})"  # an aside after the phrase: "the driver of a car, 18, was"
    rf"(?:,?\s+who)?(?P<aux>{AUX}{DONE_AND})"
    rf"\s+(?P<harm>{STATES})\b"
)
_SUBJECT_REACH = 200  # characters: the longest subject the rule reads
# An object ends where the sentence goes on after it: a mark, a word that may follow a count, a
# capital, or the verb of the clause the harm is told inside ("the shooting that killed 20
# children was a hoax", "a gunman who killed 32 people had bought his guns"). An opening quote
# ends it too ("the killing of Soleimani “at a time of our choosing”"), but not a nickname
# inside a name ("killing James Robert “J.R.” Gustafson").
_OBJECT_END = (
    rf"(?=\s*(?:[,.;:!?)\"”—–]|“(?![^”]{{1,20}}”\s+(?-i:[A-Z]))|-{{1,2}}\s|$)|\s+(?:{phrase_trie(OBJECT_ENDS)})\b|\s+(?-i:[A-Z])"
    rf"|\s+(?:{phrase_trie(MAIN_VERBS)})\b)"
)
# A role before a name, without an article: "former prime minister Rafik Hariri", "activist
# Ana Ruiz"; read outside the people, so the name alone is the person.
_ROLE = rf"(?:{MODIFIER}{{0,3}}{SINGULAR_NOUN}\s+(?=(?-i:[A-Z])))?"
# After a harm verb the role's noun is in lower case: a capital one is a people's ("shot down
# Ukrainian International Airlines Flight PS752") or a title, which the name holds. A role
# opens bare: "shot his cousin Lane Ortiz" is read by the rules for a determiner's person. A
# title held before the story's time keeps its prefix out of the name: "wounded then-Rep.
# Gabrielle Giffords", "arrested ex-Gov. Ed Ryan". Words before an abbreviated title are a role
# in any case, the title making a person of the name: "killed Iranian Maj. Gen. Qassem
# Soleimani", "wounded Army Staff Sgt. Ty Ortiz".
_NO_DETERMINER = r"(?=\w)(?!(?:the|an?|his|her|their|its|our|my|your|this|that)\b)"
_OBJECT_ROLE = (
    rf"{_NO_DETERMINER}{MODIFIER}{{0,3}}(?=(?-i:[a-z])){SINGULAR_NOUN}\s+(?=(?-i:[A-Z]))"
    rf"|{_NO_DETERMINER}{MODIFIER}{{1,3}}(?={TITLE})"
    r"|(?:then|ex)-(?=(?-i:[A-Z]))"
)
# A harm word after a determiner or a preposition is an adjective, the role its noun's: "the
# absence of injured skipper Thierry Henry" tells no harm done to him.
_ADJECTIVE_PLACE = compiled(r"\b(?:of|the|an?|his|her|their|its|with|without)\s+$", FLAGS)
#: "killing five civilians", "kidnapped 17 missionaries", "shot a man", "shot unarmed teenager
#: Michael Brown".
_HARM_OBJECT = rf"\b(?P<harm>{phrase_trie(ACTION_KIND)})\s+(?P<role>{_OBJECT_ROLE})?(?P<who>{group_of(OBJECT_UNIT)}){_OBJECT_END}"
#: "took 12 people hostage", "holding two tourists captive": the people between the verb and
#: the role it gives them are the captives, as in the passive "were taken hostage".
_MADE_CAPTIVE = (
    rf"\b(?P<harm>(?:{CAPTOR_VERBS}))"
    rf"\s+(?P<who>{group_of(OBJECT_UNIT)})\s+(?:as\s+)?(?:hostages?|captives?)\b"
)
#: "left eight dead", "leaving two people wounded".
_LEFT = (
    rf"\b(?:left|leaving|leaves)\s+(?P<who>{group_of(UNIT)})\s+(?P<harm>{phrase_trie(LEFT_KIND)})\b"
)
#: A further group "left" in a state, listed after the first: "left 300 dead and 2,000
#: homeless", "leaving five dead, 40 injured and 2,000 homeless". The subject rule reads the
#: states that stand alone ("40 injured"); "homeless" is told only after "left", so the list's
#: later groups are read here.
_LEFT_MORE = rf"{JOIN}(?P<who>{group_of(UNIT)})\s+(?P<harm>{phrase_trie(LEFT_KIND)})\b"
#: "three fatalities", "112 bodies". A count after "of" is a part's whole ("one of three
#: deaths"), but not before captives, who are the count wherever it is told ("the first of 24
#: hostages", "the release of two captives"); the rule is matched only up to its harm word, so
#: the look ahead reads that word.
_OF_CAPTIVES = rf"(?=[^.;:!?]*\b(?:{phrase_trie(HARM_NOUNS['kidnapped'])})$)"
_HARM_NOUN = compiled(
    rf"(?<![\w-])(?:(?<!\bof\s)|{_OF_CAPTIVES})(?P<who>{QUANTITY})\s+{MODIFIER}{{0,2}}(?P<harm>{phrase_trie(NOUN_KIND)})\b",
    FLAGS,
)
# A round figure a toll reaches: "broke the 2,000 mark", "passed the 100,000 threshold".
_MARK = r"[\d,.]+(?:\s+(?:hundred|thousand|million))?\s+(?:mark|threshold|milestone)\b"
#: What ties a toll noun to its count: "rose to 23", "of 18", "numbered 213", "a higher toll:
#: 137 in November 2004" (a colon, as a table's label takes its figure). Up to twenty words may
#: stand between, as the event's place phrase or an aside does: "the death toll from last
#: Sunday's explosion at the Dongfeng coal mine near Qitaihe in the northeastern Heilongjiang
#: province rose to 169".
_TOLL_TIE = (
    rf"(?:(?:,?\s+[\w'’-]+){{0,20}}?,?\s+(?:to|at|of|is|was|reached|hit|now|approaches|approached|"
    r"exceeded|exceeds|passed|topped|surpassed|broke|crossed|numbered)|:)\s+"
    rf"(?:the\s+(?={_MARK}))?(?P<who>{QUANTITY})\b(?!\s+(?:dollars|euros|pounds|rupees|cents|percent|per\s+cent)\b)"
)
#: "the death toll rose to 23", "a death toll of 18", "quake toll climbs to 45".
_TOLL = rf"\b(?:death\s+)?toll\b{_TOLL_TIE}"
#: "the number of dead was revised to 31", "the number of US fatalities in Iraq ... to 2,946":
#: the dead after "number of" (read back from the noun, see ``behind``) tied as a toll is.
_NUMBER_OF_DEAD = rf"\b(?:dead|deaths|fatalities)\b{_TOLL_TIE}"
#: "estimated Thursday's deaths at more than 60", "put the dead at 12": the dead an estimate
#: puts at a count.
_DEAD_AT = rf"\b(?:dead|deaths|fatalities)\s+at\s+(?P<who>{QUANTITY})\b"
#: "The victims in Nairobi, Kenya, numbered 213", "the dead numbered 57": the people a verb of
#: number counts.
_NUMBERED = rf"\b(?:victims|dead)\b(?:,?\s+[\w'’-]+){{0,6}}?,?\s+numbered\s+(?P<who>{QUANTITY})\b"
#: "Israel has lost 67 people", "lost two soldiers": a side's own people lost in a conflict.
# "lost 67 people to layoffs", "to the virus": a side's people lost to anything but violence
# are no casualties
_LOST_TO = rf"\s+to\s+(?!(?:the\s+)?(?:{phrase_trie(CONFLICT_CUES)})\b)"
_LOST = (
    rf"\b(?:lost|losing|loses)\s+(?P<who>{QUANTITY})\s+(?:{phrase_trie(LOST_PEOPLE)})\b"
    rf"(?!{_LOST_TO})"
)
# The nouns of the harm verbs' acts (wordnet_acts.py: "the execution of", "the evacuation of"),
# then the hand-kept ones WordNet derives from no harm verb ("the genocide of", "the killers of").
_OF_KIND = {
    **kinds_of(HARM_ACT_NOUNS),
    **dict.fromkeys(DEATH_OF, "killed"),
    **kinds_of(HARM_OF),
}
# An act asked for is not done: "calling for the execution of novelist Salman Rushdie". (An arrest
# asks SOUGHT, whose "for" would also take "charged for the murder of".)
_ASKED_FOR = compiled(
    r"\b(?:(?:calls?|called|calling|urged?|urging)\s+for|seeks?|seeking|sought|demands?|"
    r"demanding|demanded)\s+(?:the\s+)?$",
    FLAGS,
)
# "the" and an adjective with no noun names a class of people, not people harmed ("the innocent",
# "the poor"); a participle names the ones harmed ("the accused", "the wounded").
# "the elder Awlaki" is a name. A word that is a noun for a person as often as an adjective (or
# is kept as one) is a person: "the teen", "the suspect", "the civilian".
_PERSON_SINGULARS = PERSON_NOUNS | frozenset(VICTIMS_SINGULAR)
_A_CLASS_OF_PEOPLE = compiled(r"the\s+(?P<word>[a-z]+)(?<!ed)\b(?!\s+(?-i:[A-Z]))", FLAGS)


def _of_a_class_of_people(sentence: str, match: re.Match[str]) -> bool:
    """Whether the people of a harm noun are "the" and an adjective alone ("the innocent")."""
    people = _A_CLASS_OF_PEOPLE.match(sentence, match.start("who"))
    return (
        people is not None
        and people.end() >= match.end("who")
        and people["word"].lower() in ADJECTIVES
        and people["word"].lower() not in _PERSON_SINGULARS  # "the teen", "the civilian"
    )


# A capture is a kidnapping where a force takes people, else an arrest (as "his capture").
_CAPTURES = frozenset({"capture", "captures", "capturing"})
# A "roundup" is as often of news or goods as of people: an arrest only of people a noun names.
_ROUNDUPS = frozenset({"roundup", "round-up"})
# Not the "fatal" of "a non-fatal shooting", which tells that no one died.
_NOT_NON = r"(?<!non-)(?<!non\s)"
#: "the shooting death of a teen", "charged in the killing of Eric Summerfield"; the phrase may
#: be the subject of its own verb ("the bodies of 14 miners were recovered").
# When the harm was done, told between its noun and "of": "the killing on Thursday night of a
# campus police officer", "the murder earlier this month of a university leader".
_DAYS = phrase_trie(CALENDAR_WORDS)
_WHEN_DONE = (
    r"(?:\s+(?:on|in|last|earlier|early|late|this|that)){1,2}"
    rf"\s+(?:{_DAYS}|week|weekend|month|year|night|morning|evening|afternoon)"
    r"(?:\s+(?:night|morning|evening|afternoon))?"
)
# Who did it, told between the noun and "of" as well: "the killing by the U.S. of General Qassem
# Soleimani", "the arrest by Turkish police of two journalists".
_BY_WHOM = r"(?:\s+by\s+(?:(?!of\b)[\w.'’-]+\s+){0,3}?(?!of\b)[\w.'’-]+)"
# The close of a quote the noun ends, whose "of" is the writer's: 'horrified by the heinous
# assassination" of Mr Haines'.
_QUOTED = r"(?:[\"”]|['’](?!s\b))?"
# "to" after the people of a harm noun ends them where no number follows it, as a range's "to"
# does ("the killing of ten to twelve"): "brought the killers of a British aid worker to justice",
# "the murder of journalist Heorhiy Gongadze to the court".
_TO_NOT_A_NUMBER = rf"(?=\s+to\s+(?!\d|(?:{NUMBER_WORDS})\b))"
# A killing told by a fatal act with its own modifiers: "the fatal police shooting of Michael
# Brown", "the deadly accidental shooting of a boy", "the fatal October 2006 stabbing of".
_FATAL_ACT = r"(?:fatal|deadly)\s+(?:(?!of\b)[\w-]+\s+){1,2}?(?:shooting|stabbing)s?"
_DEATH_OF_HEAD = rf"{_NOT_NON}(?P<harm>{phrase_trie(_OF_KIND)}|{_FATAL_ACT}){_QUOTED}(?:{_WHEN_DONE})?{_BY_WHOM}?\s+of\s+"
_DEATH_OF = (
    rf"{_DEATH_OF_HEAD}{_ROLE}"
    rf"(?P<who>{group_of(f'(?:{ANY_COUNTED}|{UNIT_AFTER_HARM})')})"
    rf"(?:{_OBJECT_END}|(?=\s+(?:were|was|are|is|have|has|had)\b)|{_TO_NOT_A_NUMBER})"
)
#: A row of a table of tolls: "Total Dead: 192", "Injured: 4,877".
_LABEL = rf"(?P<harm>{phrase_trie(LABEL_KIND)}):\s*(?P<who>{QUANTITY})\b"
#: "no one was hurt" (a count of zero).
# "none of those doctors were killed", "none of them was hurt": the people of a part of none.
_OF_NONE = (
    r"(?P<of>\s+of\s+(?:them|(?:the|those|these|its|their|our)"
    r"(?:\s+(?!(?:who|whom|that|which)\b)[\w'’-]+){1,3}?))?"
)
# "No" before people counts none of them: "No civilians were hurt", "no U.S. troops were killed".
_NO_PEOPLE = rf"no\s+(?:[\w.'’-]+\s+){{0,2}}?{PLURAL_NOUN}"
_NOBODY_HARM = compiled(
    rf"\b(?P<who>{phrase_trie((*NOBODY, *NEGATED_ANYONE))}|{_NO_PEOPLE}){_OF_NONE}(?P<aux>{AUX})\s+"
    rf"(?P<harm>{STATES})\b",
    FLAGS,
)
_NO_PEOPLE_AT = compiled(r"no\s+(?!one\b)", FLAGS)
_NOBODY_OPENS = compiled(rf"\b(?:{phrase_trie((*NOBODY, *NEGATED_ANYONE))}|no\s)", FLAGS)
#: "no injuries were reported", "there have been no arrests", "causing no damage or injury".
_NO_HARM_KINDS = all_kinds_of(NO_HARM_NOUNS)  # "no casualties": killed 0 and injured 0
_NO_HARM_NOUN = (
    rf"\bno\s+(?:(?:{phrase_trie(NO_HARM_MODIFIERS)})\s+)?"
    rf"(?P<harm>{phrase_trie(_NO_HARM_KINDS)})\b"
    r"(?!\s+(?:rates?|figures|data|statistics|counts?|warrants?|toll|list)\b)"
)
_NO_HARM_AT = compiled(_NO_HARM_NOUN)  # in the lower-cased text: a harm word of its own
#: "including two children": a subset of the count before it.
_SUBSET_OPENER = r"\b(?:including|among\s+them|among\s+the\s+dead\s+were)\s+"
# Names may follow "the" and the people they are ("including the Britons David Haines and Alan
# Henning"), the group the names count.
_INCLUDING_OPENER = rf"{_SUBSET_OPENER}(?:the\s+(?=(?-i:[A-Z])[\w'’-]+s\s+(?-i:[A-Z])))?"
_INCLUDING_PEOPLE = rf"(?P<who>{group_of(UNIT)}){_OBJECT_END}"
# A role may stand before a name (included.py): "including Foreign Minister Francisco Tudela".
_INCLUDING = rf"{_INCLUDING_OPENER}(?P<role>{INCLUDED_ROLE})?{_INCLUDING_PEOPLE}"
_OPENS_SUBSET = compiled(_SUBSET_OPENER, FLAGS)
#: The harmed named by their harm as a subject, then who they were: "Those killed included a
#: child", "The wounded included a 19-year-old woman and six men", "those killed were three women
#: and a man". Each group is a part of the harmed the story counts; not a part taken "of" them
#: ("Three of the dead were found"), nor what they are ("the arrested are members of Hamas").
_HARMED_KIND = {
    word: STATE_KIND[word] for word in ("killed", "dead", "slain", "injured", "wounded", "hurt")
}
# The people are a counted group, not a name opening a list of names and ages ("the dead were
# Alejandro Martinez, 20; Erica Rodriguez, 21; ..."), which counts its names, nor bare numbers
# ("Those injured were 28 and 31 years old").
_COUNTED_PEOPLE = compiled(r"(?![A-Z])(?!\d[\d,.]*(?:\s+and\s+\d+)?$)")
_HARMED_SUBJECT = (
    rf"(?<!\bof\s)\b(?:those|the)\s+(?P<harm>{'|'.join(_HARMED_KIND)})\s+"
    r"(?:included|includes?|were|was|are|is)\s+"
    rf"(?P<who>{group_of(UNIT)})(?:{_OBJECT_END}|(?=\s+whose\b))"
)


class _Forward:
    """A rule read forward from its cue word; ``heads`` are the cue words that can open it.

    A ``lazy`` rule is compiled when first tried, not at import, because compiling the large
    person patterns is most of the package's start-up time. A ``gate`` is a
    small pattern every match must start with; where it fails the rule is not tried (nor
    compiled), which spares it the many cues that cannot open it ("shooting" without "of").
    A ``behind`` pattern must end right before the cue (read back at most 60 characters): the
    words that make the cue a toll ("the number of US fatalities").
    """

    def __init__(
        self,
        source: str,
        heads: Iterable[str],
        *,
        lazy: bool = False,
        gate: str | None = None,
        behind: str | None = None,
    ) -> None:
        self.heads = frozenset(heads)
        self._source = source
        self._pattern = None if lazy else compiled(source, FLAGS)
        self._gate = compiled(gate, FLAGS) if gate else None
        self._behind = compiled(behind, FLAGS) if behind else None

    def match(self, sentence: str, at: int) -> re.Match[str] | None:
        if self._gate is not None and self._gate.match(sentence, at) is None:
            return None
        if self._behind is not None and not self._behind.search(sentence, max(0, at - 60), at):
            return None
        if self._pattern is None:
            self._pattern = compiled(self._source, FLAGS)
        return self._pattern.match(sentence, at)


_OBJECT_RULE = _Forward(_HARM_OBJECT, (p.split()[0] for p in ACTION_KIND), lazy=True)
#: "arrested and charged four people": the people after a second verb that shares them
#: (shared_objects.py); the gate spares the cues with no "and" after them.
_SHARED_OBJECT_RULE = _Forward(
    rf"\b(?P<harm>{SHARING_VERB}){SECOND_VERB}\s+(?P<role>{_OBJECT_ROLE})?"
    rf"(?P<who>{group_of(OBJECT_UNIT)}){_OBJECT_END}",
    (verb.split()[0] for verb in SHARING_VERBS),
    lazy=True,
    gate=r"[a-z]+(?:\s+up)?\s+and\s",
)
#: A harm verb and the kin after it, told by no number: "killing her own children".
_KIN = rf"\b(?P<harm>{phrase_trie(ACTION_KIND)})\s+{KIN_OBJECT}"
#: A counted group after a harm verb, ended by a participle or an adverb (participles.py).
_COUNTED_OBJECT_RULE = _Forward(
    rf"\b(?P<harm>{phrase_trie(ACTION_KIND)})\s+(?P<who>{group_of(COUNTED)}){PARTICIPLE_AFTER}",
    _OBJECT_RULE.heads,
    lazy=True,
)
#: A harm verb and the one person after it, ended where :mod:`.objects` reads the person's end.
_ONE_OBJECT = compiled(rf"\b(?P<harm>{phrase_trie(ACTION_KIND)})\s+(?P<who>.+)", FLAGS | re.DOTALL)
_TOLL_RULE = _Forward(_TOLL, ("death", "toll"))
_DEAD = ("dead", "deaths", "fatalities")
_NUMBER_OF_RULE = _Forward(
    _NUMBER_OF_DEAD, _DEAD, lazy=True, behind=r"\bnumber\s+of\s+(?:[\w.'’-]+\s+){0,3}$"
)
_DEAD_AT_RULE = _Forward(
    _DEAD_AT,
    _DEAD,
    lazy=True,
    gate=r"\w+\s+at\s",
    behind=r"\b(?:estimated?|estimates|estimating|put|puts|putting|placed?|places|placing)"
    r"\s+(?:[\w'’-]+\s+){0,3}$",
)
_LOST_RULE = _Forward(_LOST, ("lost", "losing", "loses"), lazy=True)
_NUMBERED_RULE = _Forward(_NUMBERED, ("victims", "dead"), lazy=True)
# Rules whose cue is no harm word of its own ("lost", "victims"): a sentence is read for them
# only where the rule matches.
_SELF_CUED = (_LOST_RULE, _NUMBERED_RULE)
_NO_HARM_RULE = _Forward(_NO_HARM_NOUN, ("no",))
_DEATH_OF_GATE = (
    rf"(?:{phrase_trie(_OF_KIND)}|{_FATAL_ACT}){_QUOTED}(?:{_WHEN_DONE})?{_BY_WHOM}?\s+of\b"
)
# Each needed in under a fifth of the gun-violence stories, and in no story without a harm word.
_DEATH_OF_RULE = _Forward(
    _DEATH_OF,
    (*(p.split()[0] for p in _OF_KIND), "fatal", "deadly"),
    lazy=True,
    gate=_DEATH_OF_GATE,
)
#: A harm noun and "of", then one person ended where :mod:`.objects` reads the person's end:
#: "the death of a 13-year-old boy found unresponsive", "charged in the death of 3-year-old
#: grandson", "the murder of a girl whose body was found".
_ONE_OF_RULE = _Forward(
    rf"{_DEATH_OF_HEAD}(?P<who>(?s:.+))", _DEATH_OF_RULE.heads, lazy=True, gate=_DEATH_OF_GATE
)
_LEFT_RULE = _Forward(_LEFT, ("left", "leaving", "leaves"), lazy=True)
_LABEL_RULE = _Forward(
    _LABEL, (p.split()[0] for p in LABEL_KIND), lazy=True, gate=r"\w+(?:\s+\w+)?:"
)
_PRENOMINAL_RULE = PrenominalRule(PLURAL_NOUN)  # "six missing miners"
# "a wounded man"; the noun in lower case, as a people's name before another noun is not ("the
# battered Shatila Palestinian refugee camp")
_ONE_PRENOMINAL_RULE = PrenominalRule(
    rf"(?-i:(?=[a-z\d])){SINGULAR_NOUN}", ONE_PERSON, ONE_PERSON_KINDS, ONE_PERSON_BEFORE
)
_INCLUDING_RULE = _Forward(_INCLUDING, ("including", "among"), lazy=True)
# The same without a role: where a role's reading counts no one, its words may open the people.
_PLAIN_INCLUDING_RULE = _Forward(
    rf"{_INCLUDING_OPENER}(?P<role>){_INCLUDING_PEOPLE}", ("including", "among"), lazy=True
)


# Cue words are found in the lower-cased text without IGNORECASE, which is several times faster.
_ALL_HARM = [
    *STATE_KIND,
    *ACTION_KIND,
    *NOUN_KIND,
    *LEFT_KIND,
    *_OF_KIND,
    *(p for phrases in NAMED_HARM.values() for p in phrases),
    "death toll",
    "toll",
    "hostage",  # the role a captor's verb gives: "took 12 people hostage" (_MADE_CAPTIVE)
    "captive",
    "body",  # one body found (bodies.py)
    *FLIGHT_CUES,  # people made to leave (flight.py)
    *CUSTODY_CUES,  # a person in custody, no verb told (in_custody.py)
]
_RULE_HEADS = [
    r.heads
    for r in (
        _LEFT_RULE,
        _LABEL_RULE,
        _TOLL_RULE,
        _NUMBER_OF_RULE,
        _DEAD_AT_RULE,
        _LOST_RULE,
        _NUMBERED_RULE,
        _DEATH_OF_RULE,
        _NO_HARM_RULE,
        _INCLUDING_RULE,
    )
]
_Opens = Callable[[str, int], re.Match[str] | None]  # a test that a harm phrase opens there
#: The readers whose cue word is no harm word of its own, each with the test that its phrase
#: opens at the word (in the lower-cased text): a verb of care before a count (care.py), a
#: sender to a hospital (sent_to_hospital.py), a finder of the wounded (found_wounded.py), a
#: condition stated (condition_reports.py), a verb that makes people leave (flight.py), a
#: denial ("no casualties") and the rules cued by a word of theirs (``_SELF_CUED``). A reader
#: missing here reads its phrase only where another harm word stands in the sentence.
_Reader = tuple[Iterable[str], _Opens]  # a reader's cue words and its test at them


def _opens_at(*readers: _Reader) -> dict[str, tuple[_Opens, ...]]:
    """Each cue word -> the tests of the readers it may open."""
    tests: dict[str, tuple[_Opens, ...]] = {}
    for words, test in readers:
        for word in words:
            tests[word] = (*tests.get(word, ()), test)
    return tests


_OPENS_AT = _opens_at(
    (CARE_CUES, CARE_AT.match),
    (SENDER_CUES, SENDER_AT.match),
    (FINDER_CUES, FINDER_AT.match),
    (("condition",), CONDITION_AT.match),
    (("no",), _NO_HARM_AT.match),
    (MADE_TO_LEAVE_CUES, MADE_TO_LEAVE_AT.match),
    *((rule.heads, rule.match) for rule in _SELF_CUED),
)
#: Any word that can open a rule; a sentence is read only when one opens a harm phrase. Found
#: where no word character stands before it (see :func:`~newsparse.patterns.word_starts`).
_CUE = compiled(
    rf"(?:{word_trie({p.split()[0] for p in _ALL_HARM}.union(READ_STATE_HEADS, _OPENS_AT, *_RULE_HEADS))})\b"
)
_Cue = tuple[int, str]  # offset in the sentence and lower-cased word
_HARM_AT = compiled(rf"(?:{phrase_trie(_ALL_HARM)}|{READ_STATES})\b")
#: "took him into custody", "placed two men under arrest" (split_states.py), of the states whose
#: complement holds a harm word, at which a sentence is read.
_SPLIT_STATES = SplitStates(lambda word: _HARM_AT.fullmatch(word) is not None)
_STATE_AT = compiled(rf"(?:{STATES})\b")
_NOUN_AT = compiled(rf"(?:{phrase_trie(NOUN_KIND)})\b")
#: Words that can open a counted group (numbers, hedges, determiners, pronouns), lower-cased;
#: found at a word's start (see :func:`~newsparse.patterns.word_starts`).
_GROUP_START = compiled(
    r"(?:\d|(?:"
    + word_trie(
        {
            p.split()[0]
            for p in (*HEDGES, *VAGUE_AMOUNTS, *SINGLE_DETERMINERS, *NOBODY, *NEGATED_ANYONE)
        }
        | {p.split()[0] for p in SINGLE_PRONOUNS}
        | set(CARDINAL_WORDS)
        | {"all", "our"}
    )
    + r")\b)"
)
#: A capital that may open a name ("Gino Nicolas, 24, was also killed"), or a name's particle
#: before one ("said al-Awlaki was killed"), at a word's start; read only within a subject's
#: reach before a harm word.
_CAPITAL_START = compiled(rf"(?<![\w-])(?:{LEAD_PARTICLE}(?=[A-Z])|[A-Z])")
#: The capitals after a preposition of place name a place, never the first person of a list
#: ("three were shot in Panola County, and one of those victims died" lists no "Panola
#: County"). Not "at" or "on", which take people too ("fired at Agent Devos, who was struck",
#: "a Taser on Mr. Myrick"). Only before a list's joint: a place before the harm itself ("a man
#: shot in Moreno Valley was in stable condition") keeps the count its subject left to it.
_IN_A_PLACE_NAME = compiled(r"(?<![\w-])(?:in|near|inside|outside)\s+(?:[A-Z][\w'’.-]*\s+)*$")
_PLACE_NAME_REACH = 60  # characters before a capital where its preposition is read
_PLACE_BEFORE_A_JOINT = compiled(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*(?:,\s|\s+and\s)")


def _listed_place(sentence: str, at: int) -> bool:
    """Whether the capital at ``at`` opens a place's name after a preposition of place, with a
    list's joint after it."""
    return (
        _PLACE_BEFORE_A_JOINT.match(sentence, at) is not None
        and _IN_A_PLACE_NAME.search(sentence, max(0, at - _PLACE_NAME_REACH), at) is not None
    )


#: A comma or a semicolon before a word: where a headline's clause may open on a bare noun.
_CLAUSE_MARK = compiled(r"[,;]\s(?=[a-z])")
#: Words that can end a counted group before its harm word ("... three others were shot",
#: "... and 40 more were injured": a bare count with "more", see :func:`~.grammar.group_of`).
_GROUP_ENDS = (
    {*CARDINAL_WORDS, "dozen"}
    | {p.split()[-1] for p in (*VAGUE_AMOUNTS, *NOBODY, *NEGATED_ANYONE, *SINGLE_PRONOUNS)}
    | {"them", "those", "whom", "old", "board", "aboard", "more"}
    | set(HOUSEHOLDS)
)
_AUX_WORDS = frozenset((*(w for p in AUXILIARIES for w in p.split()), *MANNER, "who"))
#: A harm word before a person is their adjective, not a state: "three wounded people died".
_BEFORE_A_PERSON = compiled(rf"\s+(?:{PLURAL})")
_WORD = compiled(r"[\w'’-]+")
_LIFE_TAKEN = compiled(rf"\b(?:{phrase_trie(LIFE_TAKERS)})\s+$")
# "lives" lost after them: "2,400 lives lost", "three lives were lost" (not "saved 300 lives")
_LIVES_LOST = compiled(r"\s+(?:(?:were|have\s+been|had\s+been)\s+)?lost\b")
_NOUN_REACH = 80  # characters from a count to its harm noun ("three more civilian deaths")


#: A victim the story has met before: a pronoun, or "the" and a noun that is not one more.
_TOLD_BEFORE = compiled(
    r"he|she|him|her|himself|herself|"
    r"the\s+(?!(?:other|second|third|fourth|fifth|remaining|last)\b)[\w-]+(?:\s+[\w-]+){0,2}",
    FLAGS,
)
#: Auxiliaries of a victim who is alive now or one more: "is in stable condition", "was also".
_STILL_OR_ALSO = compiled(r"\b(?:is|are|remains|remain|also)\b", FLAGS)

#: A death told without a count that can be read; searched in the lower-cased sentence (at word
#: starts: each branch opens on a letter).
_UNCOUNTED_DEATH = compiled(
    r"\b(?:died|dies|fatally\s+(?:shot|wounded|stabbed)|"
    r"shot\s+(?:and\s+killed|to\s+death|dead)|shooting\s+death|"
    rf"{_NOT_NON}(?:fatal|deadly)\s+(?:shooting|stabbing)|"
    r"pronounced\s+(?:dead|deceased)|homicide\s+victims?|gun\s+death|(?<!attempted\s)murder-suicide)\b"
)
# "no one was seriously hurt", "none suffered life-threatening injuries": no count of zero, as
# the lesser harm may have come to some.
_GRAVE = ("serious", "critical", "severe", "grave", "life-threatening", "life threatening")
_GRADED = compiled(
    rf"\b(?:{phrase_trie((*GRADES, *_GRAVE))})\b",
    FLAGS,
)
_NEGATED_DEATH = compiled(
    r"\b(?:no|not|never|n't|could|would|might|may|if|whether|nearly|almost|feared)\s+"
    r"(?:[\w']+\s+){0,2}$"
)

# What follows a harm word and changes its meaning.
_BODY_WOUND = compiled(
    r"(?:\s+(?:once|twice|(?:multiple|several|two|three|four|five|many|\d+)\s+times))?"
    rf"\s+(?:in|to)\s+(?:the|his|her|their)\s+(?:(?:left|right|upper|lower)\s+){{0,2}}"
    rf"(?:{phrase_trie(BODY_PARTS)})\b",
    FLAGS,
)
_THEN = r"(?:(?:later|then|eventually|subsequently)\s+)?"
# The death a wound led to, told after it in its sentence: "was shot and later died", "was shot in
# the head but did not survive", "... where he was dead on arrival", "but doctors were unable to
# save her".
_FAILED_TO_SAVE = (
    r"(?:[\w-]+\s+){1,2}(?:could\s*(?:not|n['’]t)|(?:was|were)\s+(?:unable|not\s+able)\s+to)"
    r"\s+(?:save|revive)\s+(?:him|her)"
)
_LATER_DIED = compiled(
    r"[^.;]{0,80}?\b(?:and|but|before|where)\s+(?:he\s+|she\s+|they\s+)?"
    rf"{_THEN}(?:(?:was|were)\s+{_THEN})?"
    r"(?:died|passed\s+away|(?:pronounced|declared)\s+(?:dead|deceased)|succumbed|"
    rf"{phrase_trie(FATAL_OUTCOMES)}|{_FAILED_TO_SAVE})\b",
    FLAGS,
)
# The killing of the wound's own subject, its second predicate sharing the "be": "was shot in
# the head and killed", "were shot five times and then killed". The subject rule reads the wound
# first and its people are taken, so the killing would go unread; a participle with an object
# after it is the wounded person's own act ("was shot in the leg and killed his attacker").
_AND_KILLED = compiled(
    rf"[^.;,]{{0,60}}?\s+and\s+{_THEN}(?:(?:was|were)\s+{_THEN})?"
    rf"(?:{phrase_trie(HARM_STATES['killed'])})\b"
    rf"(?!\s+(?:a|an|the|his|her|him|them|their|its|himself|herself|themselves|{QUANTITY})\b)",
    FLAGS,
)
# "shot at" in lower case: a title-case headline capitalises "Shot At Birthday Party".
_TO_DEATH = compiled(r"\s+to\s+death\b", FLAGS)
# A wound that proved fatal, before a verb the phrases do not list: "fatally scalding",
# "mortally wounding".
_FATALLY = compiled(r"\b(?:fatally|mortally)\s+$", FLAGS)
# "was reported missing Saturday": after a report the state is told, not the verb to miss.
_REPORTED = compiled(rf"\b(?:{phrase_trie(REPORT_PARTICIPLES)})\b", FLAGS)
# What follows a bare verb in the active voice: its object, or a particle or object that tells
# another sense of "shoot" ("Smith shot back", "who shot footage of the motorcade").
# A capital after the verb is a name, its object, unless it names a day or a month ("three others
# wounded Sunday morning"); the months that are given names too ("shot April Jones") stay names.
# The name may stand in quotes, as a nickname does: 'the attack in Raqqa, Syria, killed "John"'.
_CALENDAR = phrase_trie(tuple(w for w in CALENDAR_WORDS if w not in GIVEN_NAME_MONTHS))
_ACTIVE_OBJECT = compiled(
    rf"\s+(?:a|an|the|his|her|him|them|their|its|himself|herself|all|every|each|{QUANTITY}|"
    r"back|footage|video|videos|photos?|pictures?|film)\b|"
    rf"\s+[\"“]?{NOT_A_NAME}(?!(?i:{_CALENDAR})\b)[A-Z][a-z]"
)
# A span of time after "missing" is how long, not what was missed: "has been missing three
# weeks", "a month".
_SPAN_OF_TIME = compiled(
    rf"\s+(?:(?:an?|{QUANTITY})\s+)?(?:hours?|days?|nights?|weeks?|months?|years?)\b", FLAGS
)
_FIRED_AFTER = compiled(
    r"\s+(?:(?:is|was|were|are|had\s+been|have\s+been)\s+)?(?:then\s+|also\s+)?"
    r"(?:fired|heard|rang\s+out)\b",
    FLAGS,
)
# A count of times or of cases is not of people: "arrested more than a dozen times", "suspects had
# been arrested in only four cases".
_TIMES = compiled(r"(?:\s+[\w,-]+){1,4}\s+(?:times|cases)\b", FLAGS)
# An arrest or another outcome, a participle that tells no harm: "427 fugitives have been taken
# into custody or located" counts the people of either outcome, and so no number of arrests. An
# arrest is told beside outcomes of the law that are none (charged, cited, questioned, located),
# a death or an injury beside harms ("executed or disappeared"), so only arrests are read so.
_OR_OTHERWISE = compiled(r"\s+or\s+(?:[a-z]+ly\s+)?(?=[a-z]+(?:ed|en)\b)", FLAGS)
_OTHERWISE_REACH = 40  # characters of the other outcome read for a harm
_LABELLED = compiled(r"\s*:\s*\d")
# A perfect with "been" after it is passive, adverbs between or not ("have also been killed").
_ACTIVE_AUX = compiled(r"\b(?:has|have|had)\b(?![\w\s]*\bbeen\b)", FLAGS)
# The adverbs of time and manner among the auxiliaries: with no form of "be" beside them, the
# harm verb is active and its subject the doer ("he also captured his home state", "Obama
# ultimately captured Florida", as "two men shot a clerk"). An adverb of degree tells a reduced
# passive ("two seriously injured Saturday"), and is no such adverb.
# A particle that makes the verb a phrasal one of its doer: "Trump shot back", "Turkey shot down
# a Russian jet", "the trade envoy shot down that claim" (not "three shot down in the street";
# "off" is as often a place: "four divers drowned off the reef").
_PARTICLE = compiled(
    r"\s+(?:back\b|(?:down|up)\s+(?!(?:in|on|at|by|near|during|while|after|outside|inside|"
    r"as|when|and|or)\b)[\w$'‘“\"])"
)
# "Shot" after a determiner alone, where a preposition or a verb takes the phrase as its object
# ("in another shot aimed at Trump", "took a second shot", "this is the one shot",
# "following a second shot of the vaccine"), is the noun; as a subject it is a person ("one
# man was killed and another shot").
_A_SHOT = compiled(
    r"another|(?:the\s+)?one|(?:an?|the)\s+(?:first|second|third|fourth|fifth|final|last|single|"
    r"lone|new|big|long|good|parting|cheap)"
)
# "The" and an ordinal read as one person only with a verb of its own: bare before "shot" they
# are the noun's ("after hearing the first shot", "the second shot hit her"); "a third shot"
# after a toll stays a person (test_casualties_shot_noun).
_ORDINAL_SHOT = compiled(phrase_trie(THE_ORDINALS), FLAGS)
# An ordinal with the group it ranks in ("the second of two victims fatally shot", "the first of
# four doctors murdered") leaves the harm to that group, which counts them all.
_ORDINAL_OF = compiled(rf"(?:{phrase_trie(THE_ORDINALS)})\s+of\b", FLAGS)
_OBJECT_PLACE = compiled(
    r"\b(?:in|into|with|by|following|after|before|of|for|at|on|from|is|was|took|take|takes|"
    r"taking|get|gets|got|give|gave|fire|fired|firing)\s+$"
)
_REFLEXIVE = compiled(r"\s+(?:himself|herself|themselves)\b")
_DEGREE = frozenset((*GRADES, "slightly"))
_ADVERBS = frozenset(
    word for word in AUXILIARIES if word.endswith("ly") and word not in _DEGREE
) | frozenset("also later then now still already soon again".split())
# "fired one shot", "heard two shots": shots, not people.
_SHOTS_FIRED = compiled(
    r"\b(?:fired|firing|fire|fires|heard|hear|returned|returning|let\s+off|squeezed\s+off)\s+$",
    FLAGS,
)
# "struck" is a shot only where gunfire did it: "a bullet struck two men", "the gunman struck".
_STRIKES = frozenset({"struck", "striking"})
_GUNFIRE = compiled(
    r"\b(?:bullets?|gunfire|gunshots?|rounds?|shots?|gunm[ae]n|shooters?|gun|rifle|pistol|"
    r"sniper|fired|firing|opened\s+fire)\b",
    FLAGS,
)
# A harm word inside a capitalised name, after another capitalised word ("National Shooting").
_IN_A_NAME = compiled(r"(?-i:[A-Z][\w'’-]*\s+[A-Z][a-z]+)$")
# Kinds that illness, an epidemic or age can cause as well as an event.
_OF_EVENTS_ONLY = frozenset({"killed", "injured", "missing"})
_CAPTIVE = compiled(r"\b(?:hostages?|captives?)\b", FLAGS)


def _captive_named(low: str) -> bool:
    """Whether the lower-cased sentence ``low`` names a hostage or a captive: a plain look first,
    which spares most sentences the pattern (beyond ASCII, 'ſ' and 'ı' are letters it takes)."""
    if low.isascii() and "hostage" not in low and "captive" not in low:
        return False
    return _CAPTIVE.search(low) is not None


# States that take no object: a count after one tells when or how long, not whom ("went
# missing three days ago").
_INTRANSITIVE = frozenset(
    "died|dead|perished|missing|went missing|gone missing|disappeared|unaccounted for".split("|")
)
_TRANSITIVE_STATES = frozenset(STATE_KIND) - _INTRANSITIVE


# A gunshot wound told as the victim was found, and whether it is told as one lived through.
_GUNSHOT_WOUND_FOUND = compiled(
    rf"(?:{phrase_trie(WOUNDS_FOUND)})\b.*\b(?:gunshot|gun-shot|bullet)\s+wounds?$"
)
_LIVED = compiled(rf"\b(?:{phrase_trie(WOUNDS_LIVED)})\b")


def _state_kind(harm: str) -> str:
    """The kind of a harm state: a listed phrase's, else one read by a pattern, an injury.

    A gunshot wound told as the victim was found ("suffering from a gunshot wound", "found with
    gunshot wounds") is a person shot, as the story often tells next that they died; unless told as
    lived through ("suffering from a non-life-threatening gunshot wound"), which is an injury.
    """
    normal = normal_phrase(harm)
    kind = STATE_KIND.get(normal)
    if kind is not None:
        return kind
    if _GUNSHOT_WOUND_FOUND.match(normal) and not _LIVED.search(normal):
        return "shot"
    if held_in_custody(normal):
        return "arrested"
    return "injured"


class CasualtyExtractor(Extractor):
    """Counts of people killed, injured, shot, missing, kidnapped or arrested, per mention."""

    name = "casualties"
    version = "0.15.0"
    produces = (Casualty,)

    def extract(self, document: Document) -> Iterator[Casualty]:
        found: list[Casualty] = []
        told_before: set[Casualty] = set()
        text = document.text
        lower = lowered(text)
        this_year = document.published.year if document.published else None
        past: list[Casualty] = []
        names = Names(text)
        sums: set[_Sum] = set()
        lists: dict[tuple[Span, str], Span] = {}  # list members spanned through their harm
        epidemic = an_epidemic_story(lower)
        for sentence, spots in _sentences_with_cues(document, lower):
            here = _in_sentence(
                text, lower, sentence, spots, names, (told_before, sums, lists), epidemic
            )
            here = in_wreckage(lower, before_a_period(lower, sentence, here, this_year))
            here = without_sentences(lower, here)
            here = without_references(lower, over_a_past_year(lower, sentence, here))
            here = without_scores(lower, here)
            if here:
                here = [f for f in here if not asked(lower, f.span.start)]
            if here and tells_of_the_past(lower, sentence, this_year):
                past.extend(evolve(f, past=True) for f in here)
            else:
                found.extend(here)
        if only_lone_deaths([*found, *past], text):  # "David Koch ... died Friday": an obituary
            return
        # "Epstein killed himself" ... "Epstein's death": no casualty
        found = without_suicides(found, text, lower, names)
        past = without_suicides(past, text, lower, names)
        past = without_sums_told(named_dead(past, names, text))
        found = without_the_dead_by_age(without_sums_told(named_dead(found, names, text)))
        found = told_again(text, lower, found, names, past)
        found = without_fatal_wounds(found, text)
        found = without_the_dead_among_the_wounded(found, told_before)
        killed = inferred_killed(found, text)
        if killed is not None:
            found = [f for f in found if f.span != killed.span or f.kind != "killed"]
            found.append(killed)
        attacker = with_the_attacker(found, text)
        if attacker is not None:  # it replaces the toll it adds to, if that was inferred too
            found = [f for f in found if not (f.inferred and f.span == attacker.span)]
            found.append(attacker)
        injured = inferred_injured(found, text)  # after the attacker: he is among the shot dead
        if injured is not None:
            found.append(injured)
        found, past = as_the_killing(found, past, text)  # "shooting Walter Scott": a death
        told = [f for f in (*found, *past) if not (f.inferred and _sum_key(f) in sums)]
        told = [widened(f, lists, text) for f in told] if lists else told
        yield from sorted(told, key=lambda f: f.span.start)


def _sentences_with_cues(document: Document, lower: str) -> Iterator[tuple[Span, list[_Cue]]]:
    """Each sentence holding a harm word, with its cue words and their offsets in the sentence.

    Cues are found in one pass over the whole text; only paragraphs with a harm word are split
    into sentences (by :meth:`Document.sentences_in`, so an extractor reading all sentences
    later splits only the others). The pass keeps each
    cue's offset, its word (one string per distinct word) and whether it opens a harm phrase in
    three flat sequences: a text of a million cues costs tens of megabytes, not hundreds.
    """
    positions: list[int] = []
    words: list[str] = []
    harms = bytearray()
    distinct: dict[str, str] = {}
    for at, end in word_starts(_CUE, lower, after_hyphen=True):
        word = lower[at:end]
        positions.append(at)
        words.append(distinct.setdefault(word, word))
        harms.append(
            _HARM_AT.match(lower, at) is not None
            or any(opens(lower, at) is not None for opens in _OPENS_AT.get(word, ()))
        )
    if 1 not in harms:
        return
    for paragraph in document.paragraphs:
        first = bisect_left(positions, paragraph.start)
        last = bisect_left(positions, paragraph.end, first)
        if harms.find(1, first, last) < 0:
            continue
        for sentence in document.sentences_in(paragraph):
            low = bisect_left(positions, sentence.start, first, last)
            high = bisect_left(positions, sentence.end, low, last)
            if harms.find(1, low, high) >= 0:
                start = sentence.start
                yield sentence, [(positions[i] - start, words[i]) for i in range(low, high)]


_Sum = tuple[Span, str, int | None]  # where a list's sum sits, its kind and its count


def _sum_key(finding: Casualty) -> _Sum:
    return finding.span, finding.kind, finding.count


def _in_sentence(
    text: str,
    lower: str,
    span: Span,
    spots: list[_Cue],
    names: Names,
    records: tuple[set[Casualty], set[_Sum], dict[tuple[Span, str], Span]],
    epidemic: bool,
) -> list[Casualty]:
    """The findings of one sentence, read at its cue words ``spots``; those whose one victim was
    met before go in ``told_before``, the sums of lists in ``sums``, the spans of lists' members
    through their shared harm in ``lists`` (the three ``records``). In an ``epidemic`` story a
    death told with no cause is the epidemic's."""
    told_before, sums, lists = records
    start = span.start
    sentence = text[start : span.end]
    supposing = supposed(lower, start)  # "If the dam breaks, thousands could die"
    low = lower[start : span.end]
    kept = _Kept(start, len(sentence))
    totals: list[Casualty] = []  # the sum of a list of groups, for the story's figure
    uncounted: list[Casualty] = []  # kin told by no number (kin.py)

    def keep(
        finding: Casualty | None,
        who: re.Match[str] | None = None,
        given: bool = True,
        crime: tuple[int, int] | None = None,
        across: bool = False,
    ) -> bool:
        if finding is None or (who is not None and not names.knows_all(who["who"], given)):
            return False
        if who is None:
            return kept.add(finding)
        parts = each_counted(text, start, who, finding, names.names_one)
        added = sum(kept.add(part, *_held(part, who, start, across), crime=crime) for part in parts)
        if added and len(parts) > 1:
            total = sum_of_list(text, start, who, finding)
            totals.append(total)
            sums.add(_sum_key(total))
            if added == len(parts):
                lists.update(spread(parts, text, harm_first=harm_told_first(who)))
        return added > 0

    harms = [m for m in map(lambda cue: _STATE_AT.match(low, cue[0]), spots) if m is not None]
    states = [
        m
        for m in harms
        if _may_close_group(sentence, low, m.start())
        and not _LABELLED.match(low, m.end())
        and not _BEFORE_A_PERSON.match(low, m.end())
    ]
    closing = set(states)  # asked of each harm: a list's test would cost a long list's square
    read_to = 0  # subjects do not overlap: "1 Man Dead, 8 People Wounded" is two of them
    relative = " who " in low  # the cheap test for a subject across a clause (relative.py)
    placed = " in " in sentence  # the cheap test for further counts in places (_elliptic)
    for state in harms:
        # the head of a clause may open before a verb of the clause read as a state
        across = match = _across_a_clause(sentence, low, state, names) if relative else None
        if match is None and state in closing:
            match = _ending_at(
                compiled_rule(_SUBJECT_HARM),
                sentence,
                [at for at in _subject_starts(low, sentence, state) if at >= read_to],
                state,
                lambda m: (
                    names.knows_all(m["who"])
                    and _ORDINAL_OF.match(sentence, m.start("who")) is None
                    and not _of_the_nearer(m)
                    and _punished_if_accused(m)
                    and not _of_the_doers(sentence, m)
                ),
            )
        if match is None and state in closing:
            bare = uncounted_subject(sentence, state)
            if bare is not None and not negated_before(sentence, bare.start()):
                keep(_uncounted_harm(text, start, sentence, bare))
        if match is not None:
            if negated_before(sentence, match.start()):
                read_to = match.end()
            else:
                finding = _subject_harm(text, start, sentence, match, names)
                if finding is not None:  # a harm read as none leaves its people to the next
                    read_to = match.end()  # ("was beaten with a bat and killed")
                if across is None:
                    keep(finding, match, crime=_accused_of(start, match))
                else:
                    keep(finding, across, across=True)
                if finding is not None and _refers_back(match["who"], match["aux"]):
                    told_before.add(finding)
                if finding is not None:
                    totals.extend(_among(text, start, sentence, low, match, finding, names))
                    if placed:  # asked once: per subject, a long sentence's square
                        for further in _elliptic(text, start, sentence, match.end(), finding):
                            keep(further)
    for state in states:
        if not _nobody_before(sentence, state):
            continue  # the cheap test: no "no one", "nobody" opens before the harm word
        match = _ending_at(_NOBODY_HARM, sentence, _subject_starts(low, sentence, state), state)
        if match is None or _GRADED.search(match.group()) or _active(sentence, match):
            continue
        if match["who"][:3].lower() == "any" and not negated_before(sentence, match.start()):
            continue  # "anyone who was hurt": no one only where denied
        if match["of"] and not match["aux"]:
            continue  # "none of the people shot [knew him]": the harm is the people's own
        kind = _state_kind(match["harm"])
        if kind == "arrested" and _NO_PEOPLE_AT.match(match["who"]):
            continue  # "No suspects are in custody": an arrest not yet made, no event's count
        # "none of the children were hurt" is a part of the people told
        keep(
            Casualty.at(
                text,
                start + match.start(),
                start + match.end(),
                count=0,
                kind=kind,
                subset=bool(match["of"]),
            )
        )
    for match in _matches_at(_NO_HARM_RULE, sentence, spots):
        for kind in _NO_HARM_KINDS[match["harm"].lower()]:
            keep(Casualty.at(text, start + match.start(), start + match.end(), count=0, kind=kind))
    for match in _objects(sentence, spots):
        if negated_before(sentence, match.start()) or is_infinitive(sentence, match):
            continue
        if match.groupdict().get("role") and _ADJECTIVE_PLACE.search(
            sentence, max(0, match.start() - 9), match.start()
        ):
            continue
        if _IN_A_NAME.search(sentence, max(0, match.start() - 30), match.end("harm")):
            continue  # "the National Shooting Sports Foundation"
        harm = normal_phrase(match["harm"])
        if harm in _STRIKES and not _GUNFIRE.search(
            sentence, max(0, match.start() - 80), match.start()
        ):
            continue  # "an earthquake that struck", "a car struck a pedestrian": not gunfire
        if not by_force(harm, sentence):
            continue  # "snatched" with no gunmen, raid or captor told
        if on_record(harm, sentence, match.start("harm"), match.end("harm")):
            continue  # "video captured a man grieving": a recording, no seizure
        kind = ACTION_KIND[harm]
        if kind == "shot" and (
            _BODY_WOUND.match(sentence, match.end()) or lived_after(sentence, match.end())
        ):
            kind = "injured"
        if kind in ("shot", "injured") and (
            _LATER_DIED.match(sentence, match.end())
            or _TO_DEATH.match(sentence, match.end())
            or _FATALLY.search(sentence, max(0, match.start() - 9), match.start())
        ):
            # "shot himself and died", "shooting three relatives to death", "stabbing and
            # fatally scalding her son"
            kind = "killed"
        kind = arrest_or_capture(kind, harm, sentence, match.end(), text)
        # == and not is: until first used, _ONE_OBJECT stands in for the pattern (regex_cache)
        if match.re == _ONE_OBJECT:  # one person, read by its words: "a Buffalo, N.Y., doctor"
            finding = Casualty.at(
                text, start + match.start(), start + match.end(), count=1, kind=kind
            )
            object_kept = keep(finding)
        elif match.re == compiled_rule(
            _KIN
        ):  # a family, no number told: "killing her own children"
            finding = Casualty.at(
                text, start + match.start(), start + match.end(), lower=2, kind=kind
            )
            uncounted.append(finding)  # kept after the rules that may count them
            object_kept = False
        else:
            finding = counted(text, start, match, kind, names_one=names.names_one)
            # "struck Austin ... He was pronounced dead": a wound of a given name alone is often
            # of the one the story tells dead by a pronoun, so only a killing takes it
            object_kept = keep(finding, match, given=kind == "killed")
        if finding is not None and _refers_back(match["who"], ""):
            told_before.add(finding)
        if finding is not None:
            for further in _elliptic(text, start, sentence, match.end(), finding):
                keep(further)
        if object_kept and finding is not None:
            # "arrested a drug seller from a central province and three of his customers"
            member = listed_object(text, start, sentence, match.end(), finding)
            if member is not None:  # its own words held, not the first member's it spans
                kept.add(*member)
    if _captive_named(low):  # the cheap test: no captive named, no captor's verb to read
        for match in compiled_rule(_MADE_CAPTIVE).finditer(sentence):
            if not negated_before(sentence, match.start()) and not INTENT.search(
                sentence, max(0, match.start() - 24), match.start()
            ):
                keep(counted(text, start, match, "kidnapped"), match)
    for match in _left_groups(sentence, spots):
        keep(counted(text, start, match, LEFT_KIND[normal_phrase(match["harm"])]), match)
    for match, kind in made_to_leave(sentence, low):  # flight.py
        if not negated_before(sentence, match.start()):
            keep(counted(text, start, match, kind), match)
    for match, kind in _SPLIT_STATES.matches(sentence, low):  # split_states.py
        keep(counted(text, start, match, kind), match)
    for match in cared_for(sentence, low):  # care.py
        if not negated_before(sentence, match.start()):
            keep(counted(text, start, match, "injured"), match)
    for match in sent_to_hospital(sentence, low):  # sent_to_hospital.py
        if not negated_before(sentence, match.start()):
            keep(counted(text, start, match, "injured"), match)
    for match, kind in found_wounded(sentence, low):  # found_wounded.py
        if not negated_before(sentence, match.start()):
            keep(counted(text, start, match, kind), match)
    for match, kind in with_wounds(sentence, low):  # with_wounds.py
        if not negated_before(sentence, match.start()):
            keep(counted(text, start, match, kind), match)
    for begin, end in condition_reports(sentence, low):  # condition_reports.py
        keep(Casualty.at(text, start + begin, start + end, count=1, kind="injured"))
    for begin, end in killer_suicides(low):  # killer_suicides.py
        keep(Casualty.at(text, start + begin, start + end, count=1, kind="killed"))
    for match in _matches_at(_LABEL_RULE, sentence, spots):
        keep(counted(text, start, match, LABEL_KIND[normal_phrase(match["harm"])]))
    for noun in filter(None, map(lambda cue: _NOUN_AT.match(low, cue[0]), spots)):
        first = max(0, noun.start() - _NOUN_REACH)
        starts = [m.start() for m in QUANTITY_START.finditer(low, first, noun.start())]
        match = _ending_at(_HARM_NOUN, sentence, starts, noun)
        between = low[match.end("who") : match.start("harm")].split() if match else []
        if match is None or (between and _singular_noun(between[-1])):
            continue  # not "2017 Man dead": a count is not read across a singular noun
        if between and PREVENTED.search(low, match.end("who"), match.start("harm")):
            continue  # "five attempted murders": harm only tried
        lost = None
        if noun.group() == "lives" and not _LIFE_TAKEN.search(low, 0, match.start()):
            # "lives lost" in an epidemic's story are the epidemic's ("23,083 lives lost as of
            # May 21")
            lost = None if epidemic else _LIVES_LOST.match(low, noun.end())
            if lost is None:
                continue  # "saved 300 lives"
        if negated_before(sentence, match.start()):
            continue  # "lucky we don't have seven dead people"
        kind = NOUN_KIND[normal_phrase(match["harm"])]
        if kind == "arrested" and a_record(sentence, match):
            continue  # "his 12 prior arrests": times, not people (arrest_nouns.py)
        finding = counted(text, start, match, kind)
        if lost is not None and finding is not None:  # spanned through "lost"
            through = Span(finding.span.start, start + lost.end())
            finding = evolve(finding, span=through, text=text[through.start : through.end])
        keep(finding, match)
    for begin, end in arrests_made(sentence, low):  # arrest_nouns.py
        keep(Casualty.at(text, start + begin, start + end, count=1, kind="arrested"))
    for begin, end in bodies(sentence, spots):
        keep(Casualty.at(text, start + begin, start + end, count=1, kind="killed"))
    for begin, end in one_captive(sentence, spots):
        keep(Casualty.at(text, start + begin, start + end, count=1, kind="kidnapped"))
    for begin, end, kind in uncounted_captives(sentence, spots):
        keep(Casualty.at(text, start + begin, start + end, count=None, kind=kind))
    for begin, end, count in killed_named(sentence, spots):
        keep(Casualty.at(text, start + begin, start + end, count=count, kind="killed"))
    for begin, end in chain(
        held_after(sentence, low, names), held_by(sentence, low), in_custody(sentence, low, names)
    ):
        keep(Casualty.at(text, start + begin, start + end, count=1, kind="arrested"))
    for match in chain(
        _PRENOMINAL_RULE.matches(sentence, spots), _ONE_PRENOMINAL_RULE.matches(sentence, spots)
    ):
        if not negated_before(sentence, match.start()):
            kind = prenominal_kind(match)
            kind = arrest_or_capture(kind, match["harm"], sentence, match.end(), text)
            keep(counted(text, start, match, kind), match)
    for match in parts_of_the_harmed(sentence, low, spots):
        keep(counted(text, start, match, PART_KIND[match["harm"].lower()], subset=True), match)
    for cue_at, cue in spots:  # "Those killed included a child"
        if cue not in _HARMED_KIND:
            continue
        subject = next(
            (cue_at - len(d) for d in ("the ", "those ") if low.endswith(d, 0, cue_at)), None
        )
        members = (
            None if subject is None else compiled_rule(_HARMED_SUBJECT).match(sentence, subject)
        )
        if members is not None and _COUNTED_PEOPLE.match(members["who"]):
            keep(counted(text, start, members, _HARMED_KIND[cue], subset=True), members)
    for rule in (_TOLL_RULE, _NUMBER_OF_RULE, _DEAD_AT_RULE, _LOST_RULE, _NUMBERED_RULE):
        for match in _matches_at(rule, sentence, spots):
            keep(counted(text, start, match, "killed"))
            for listed in listed_after(sentence, match):  # toll_lists.py
                told = counted(text, start, listed, "killed")
                keep(evolve(told, past=True) if told is not None else None)
    for match in tallies(sentence, low):
        keep(counted(text, start, match, STATE_KIND[normal_phrase(match["harm"])]))
    for match, one in _deaths_of(sentence, spots):
        harm = normal_phrase(match["harm"])
        kind = capture_kind(sentence) if harm in _CAPTURES else _OF_KIND.get(harm, "killed")
        asked = SOUGHT if kind == "arrested" else _ASKED_FOR
        if asked.search(sentence, max(0, match.start() - 30), match.start()):
            continue  # "a warrant for the arrest of two men", "calling for the execution of"
        if _of_a_class_of_people(sentence, match):
            continue  # "wanton murder and maiming of the innocent": no people counted
        if DENIED.search(sentence, max(0, match.start() - NEGATION_REACH), match.start()) is None:
            finding = (
                Casualty.at(text, start + match.start(), start + match.end(), count=1, kind=kind)
                if one
                else counted(text, start, match, kind)
            )
            if harm in _ROUNDUPS and finding is not None and finding.victims is None:
                continue  # "a weekly roundup of 10 new books": a roundup of people only
            keep(finding, match)
    for owner, owned in named_harms(sentence, low, spots):
        kind = NAMED_HARM_KIND[normal_phrase(owned.group())]
        if owned.group() == "capture":  # "his capture": by a force, else an arrest
            kind = capture_kind(sentence)
        finding = Casualty.at(text, start + owner.start(), start + owned.end(), count=1, kind=kind)
        keep(finding, owner)
    for finding in uncounted:
        kept.add(finding)
    findings = kept.in_order() + totals
    # the sentence is read for an illness only where one would take a finding back or leave a
    # bare death unread: most sentences give neither
    illness = None
    if any(f.kind in _OF_EVENTS_ONLY for f in findings):
        illness = _of_an_illness(text, lower, start, span.end, epidemic)
        if illness:
            # "died of cancer", "the virus has killed 100": deaths and harm, but of no event;
            # save a person the story tells killed by a harm ("protests over the death of
            # George Floyd amid the pandemic": the illness is another clause's)
            findings = [
                f
                for f in findings
                if f.kind not in _OF_EVENTS_ONLY or names.died_by_harm_in(f.text)
            ]
    findings.extend(_with_the_killer(text, findings))
    if not any(f.kind == "killed" for f in findings):
        death = first_at_word_start(_UNCOUNTED_DEATH, low)
        if (
            death is not None
            and not (
                _of_an_illness(text, lower, start, span.end, epidemic)
                if illness is None
                else illness
            )
            and not _NEGATED_DEATH.search(
                low, max(0, death.start() - NEGATION_REACH), death.start()
            )
            and not (death.group().startswith("die") and of_a_thing(sentence, death.start()))
        ):
            # "the man shot on Elm Street Tuesday died": someone died, the count is unread
            # unless the subject tells it: one person's ("he died", "Sanders was pronounced
            # dead") or a people's counted ("dozens of Rohingya died")
            people = counted_people(sentence, death.start())
            amount = read_quantity(people["who"]) if people else None
            end = start + death.end()
            if people is not None and amount is not None:
                finding = Casualty.at(
                    text,
                    start + people.start("who"),
                    end,
                    kind="killed",
                    count=amount.count,
                    lower=amount.lower,
                    upper=amount.upper,
                    qualifier=amount.qualifier,
                )
            else:
                one = one_dead(sentence, death.start(), death.group())
                bound = {"count": 1} if one else {"lower": 1}
                finding = Casualty.at(text, start + death.start(), end, kind="killed", **bound)
            findings.append(finding)
    # the finding that opens last before each "including" gives the subset its kind: "killed 36
    # people including 30 guards", "Four Americans, including Stevens, died"; and so do the
    # findings of other harms told of the same people: "the 25 former hostages wounded in the
    # raid, including ..." is kidnapped and injured
    openings = sorted((f.span.start, i) for i, f in enumerate(findings))
    subsets = []
    for match in _matches_at(_INCLUDING_RULE, sentence, spots):
        before = bisect_right(openings, (start + match.start(), len(findings)))
        if before:
            last = findings[openings[before - 1][1]]
            parts = _included(text, start, match, findings, last, names)
            if not parts and match["role"]:  # the words read as a role may open the people
                plain = _PLAIN_INCLUDING_RULE.match(sentence, match.start())
                parts = _included(text, start, plain, findings, last, names) if plain else []
            subsets.extend(parts)
    if any(cue in low for cue in _ALONG_CUES):  # "was killed, along with two hostages"
        for match in compiled_rule(_ALONG_WITH).finditer(sentence):
            before = bisect_right(openings, (start + match.start(), len(findings)))
            if before:
                # the harm told last before the phrase, not one told inside another's subject
                # ("a gunman who ... took hostages has been killed, along with two of them")
                ended = [
                    findings[i]
                    for _, i in openings[:before]
                    if findings[i].span.end <= start + match.start()
                ]
                told = (
                    max(ended, key=lambda f: f.span.end)
                    if ended
                    else findings[openings[before - 1][1]]
                )
                gap = low[told.span.end - start : match.start()]
                if len(gap) <= _ALONG_REACH and " and " not in gap:  # more people, no subset
                    subsets.extend(filter(None, [counted(text, start, match, told.kind)]))
    if with_others_cue(low):  # "died with nine other adults"
        for told in findings:
            if told.count is not None and ends_in_harm(told.text):
                match = compiled_rule(_WITH_OTHERS).match(sentence, told.span.end - start + 1)
                if match is not None:
                    subsets.extend(filter(None, [counted(text, start, match, told.kind)]))
    if graded_cue(low):  # "eight others injured, seven seriously" (see graded.py)
        for told in findings:
            if told.kind not in GRADED_KINDS or told.count is None:
                continue
            at = after_comma(sentence, told.span.end - start)
            match = compiled_rule(GRADED_PART).match(sentence, at) if at else None
            if match is None or not (match["of"] or ends_in_harm(told.text)):
                continue
            found = counted(text, start, match, graded_kind(match["grade"]), subset=True)
            if found is not None and found.count is not None:
                subsets.append(found)
    if " of them" in low or " of whom" in low:  # "100 people have died, eight of them Americans"
        for match in compiled_rule(_PART_OF_THEM).finditer(sentence):
            before = bisect_right(openings, (start + match.start(), len(findings)))
            if before and openings[before - 1][0] < start + match.start():  # no rule's own subject
                told = findings[openings[before - 1][1]]
                if match["whom"] and not _whose(sentence, told.span.end - start, match.start()):
                    continue  # "X, 33, and Y, 25, both of whom are nationals": the names'
                found = counted(text, start, match, told.kind, subset=True)
                if found is not None and found.count is not None:
                    subsets.append(found)  # not "many of them civilians": no number restated
    if one_of_cue(low):  # "the funeral of one of three men killed" (see one_of.py)
        subsets.extend(ones_of(text, start, low, findings))
    read = findings + subsets
    if ellipsis_cue(low, read):  # "seven of the victims were policemen and one was a civilian"
        subsets.extend(parts_told_by_ellipsis(text, start, sentence, low, read))
    return [  # "baselessly accusing him of murdering her": a claim, not a harm told
        f
        for f in findings + subsets
        if not not_told(sentence, f.span.start - start, f.span.end - start, f.kind, f.count)
        and not (supposing and only_supposed(lower, start, f.span))
    ]


def _of_an_illness(text: str, lower: str, start: int, end: int, epidemic: bool) -> bool:
    """Whether the sentence ``lower[start:end]`` tells of illness, an epidemic or age, or, in an
    ``epidemic`` story, a death with no cause (the epidemic's)."""
    return of_illness(text, lower, start, end) or (
        epidemic and told_without_cause(lower, start, end)
    )


#: More people who came to the same harm, told after it: "The 11 Americans were killed in
#: Kenya, along with five Kenyan employees", "a gunman has been killed, along with two of the
#: hostages", "killed both brothers, as well as another extremist". The harm told last before
#: it, within a few words and no other verb ("killed a man and left his wife hurt, along with
#: two others" is not), gives the kind.
_ALONG_WITH = (
    rf"\b(?:along\s+with|together\s+with|as\s+well\s+as)\s+(?P<who>{UNIT}){_OBJECT_END}"
    # not "along with two victims who had been shot": a passive clause tells their own harm
    r"(?!\s+(?:who|that)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\b)"
)
#: Others "with" whom a harm ending its finding was told (see with_others.py).
_WITH_OTHERS = WITH_OTHERS.format(unit=UNIT) + _OBJECT_END
_ALONG_REACH = 30  # characters from the harm told to "along with"
# Characters from the harm told to "including" before a name with no victim noun: "killed four
# Americans in the attack, including Ambassador Chris Stevens", not a group told after the harm
# ("were injured when ..., a group of senators -- including Senator Rand Paul").
_NAMED_REACH = 30
_ALONG_CUES = ("along with ", "together with ", "as well as ")  # the cheap test first
#: The harm verb's place phrase and a second count in another place, its noun left out:
#: "killed 247 people in Kenya and 10 in Tanzania", "259 on the plane and 11 on the ground";
#: a list of them joined by commas, after a subject's harm too: "eight women were killed in the
#: Vietnam War, two in the Korean War and 543 in World War II". Each count has its own place,
#: by the first one's preposition: the ellipsis repeats the clause's shape ("three shot at the
#: park, one in serious condition" tells a state, no second place).
_PLACE_WORDS = r"in|on|at|near|inside|outside|aboard"
_AND_ELSEWHERE = compiled(
    rf"\s+(?P<at>{_PLACE_WORDS})\s(?:[\w'’.-]+\s+){{0,3}}?[\w'’.-]+"
    r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=\S)",
    FLAGS,
)
_ELLIPTIC_COUNT = rf"(?P<who>{QUANTITY})(?=\s+(?:{_PLACE_WORDS})\s)"
_ELLIPTIC_LISTED = 5  # counts read after the first: such a list is short


def _elliptic(
    text: str, offset: int, sentence: str, at: int, first: Casualty
) -> Iterator[Casualty]:
    """The further counts of a harm told in several places, the noun said once (``first`` is
    the finding of the first count, whose harm or object ends at ``at``)."""
    for _ in range(_ELLIPTIC_LISTED):
        place = _AND_ELSEWHERE.match(sentence, at)
        if place is None:
            return
        count = compiled_rule(_ELLIPTIC_COUNT).match(sentence, place.end())
        if count is None or not sentence.startswith(place["at"], count.end() + 1):
            return
        found = counted(text, offset, count, first.kind)
        if found is None:
            return
        yield evolve(found, victims=first.victims, past=first.past)
        at = count.end()


#: A part of the count told just before, after a comma: "107 soldiers were killed, more than 30
#: of them in a crash", "100 people have died, eight of them Americans", and the same part as the
#: subject of a clause that only tells who they were: "six people were killed, one of whom was
#: female", "eight of them were children". Not the subject of a harm of its own ("..., two of
#: them were wounded"), which the subject rule reads, nor a harm denied ("two of them were not
#: hurt"), nor one told by its grade ("..., three of them fatally"), which graded.py reads. A
#: part with no number ("1,400 people, many of them civilians") points back to the toll without
#: restating a count, and is no mention (the guidelines' decided case for such back-references).
_PART_OF_THEM = (
    rf"(?<=,\s)(?P<who>{QUANTITY})\s+of\s+(?:them|(?P<whom>whom))\b"
    rf"(?!\s+(?:was|were|is|are)\s+{NOT_WHO_THEY_WERE})"
    rf"(?!\s+(?!(?:was|were|is|are)\b){NOT_WHO_THEY_WERE})"
)


# "whom" is of the people right before it: a short phrase of place or time may stand between
# them and its comma ("six people were killed in the attack, one of whom"), not a name.
_WHOSE_GAP = compiled(r"(?-i:[^A-Z.;:!?]){0,40}")


def _whose(sentence: str, end: int, at: int) -> bool:
    """Whether the people whose words end at ``end`` are those "whom" at ``at`` points back to:
    they end right before its comma, or hold it."""
    return end > at or _WHOSE_GAP.fullmatch(sentence, end, at) is not None


#: "Eight citizens were among the 22 people killed": the people before "among" are a part of
#: the group after it, a mention of their own.
_AMONG_SUBJECT = (
    rf"(?<![\w-])(?P<who>{group_of(SUBJECT_UNIT)}){_INSET_SUBSET}(?:,?\s+who)?"
    r"(?P<aux>\s+(?:was|were|is|are)(?:\s+also)?)\s+(?P<harm>among)\s+(?:(?:the|those)\s+)?"
)
_AMONG_BEFORE = compiled(r"\bamong\s+(?:(?:the|those)\s+)?$")  # in the lower-cased text


def _among(
    text: str,
    offset: int,
    sentence: str,
    low: str,
    group: re.Match[str],
    finding: Casualty,
    names: Names,
) -> Iterator[Casualty]:
    """The people told to be among the harmed ``group``, as a subset of its kind, spanning from
    them to the group's harm word.
    """
    at = group.start("who")
    among = _AMONG_BEFORE.search(low, max(0, at - 12), at)
    if among is None:
        return
    starts = _subject_starts(low, sentence, among)
    match = _ending_at(
        compiled_rule(_AMONG_SUBJECT), sentence, starts, among, lambda m: names.knows_all(m["who"])
    )
    part = counted(text, offset, match, finding.kind, subset=True) if match else None
    if part is not None:
        span = Span(part.span.start, finding.span.end)
        yield evolve(part, span=span, text=text[span.start : span.end])


def _singular_noun(word: str) -> bool:
    """Whether ``word`` before a harm noun is a singular noun for a person ("2017 Man dead"), not
    an adjective whose ending looks like one ("two Indonesian hostages", "71 prominent captives",
    "three innocent lives")."""
    return only_singular(word) and word not in ADJECTIVES


class _Kept:
    """The findings of one sentence, at most one of a kind over any character.

    The rules run in order of trust, so a finding that overlaps one of its kind kept before is
    dropped. Each kind marks the characters it holds, so the test costs the finding's length,
    not the number kept: a sentence listing thousands of tolls stays linear.
    """

    def __init__(self, offset: int, length: int) -> None:
        self._offset = offset
        self._length = length
        self._held: dict[str, bytearray] = {}
        self._findings: list[Casualty] = []

    def add(
        self, finding: Casualty, *parts: tuple[int, int], crime: tuple[int, int] | None = None
    ) -> bool:
        """Keep ``finding`` unless one of its kind holds any of its characters, or of its
        ``parts`` (offsets in the sentence) where given; say whether kept.

        The ``crime`` a subject is accused of (offsets in the text) is left unheld: its victims
        are counted by their own harm ("a man convicted of killing two people was executed").
        """
        held = self._held.get(finding.kind)
        if held is None:
            held = self._held[finding.kind] = bytearray(self._length)
        spans = parts or ((finding.span.start - self._offset, finding.span.end - self._offset),)
        if any(held.find(1, start, end) != -1 for start, end in spans):
            return False
        for start, end in spans:
            held[start:end] = b"\x01" * (end - start)
        if crime is not None:
            first, last = crime[0] - self._offset, crime[1] - self._offset
            held[first:last] = bytes(last - first)
        self._findings.append(finding)
        return True

    def in_order(self) -> list[Casualty]:
        return sorted(self._findings, key=lambda f: f.span.start)


_ACCUSED_OPENS = compiled(rf"\s+(?:{phrase_trie(ACCUSED_OPENERS)})\b", FLAGS)
_SUSPECT_ENDS = compiled(rf"\b(?:{word_trie(SUSPECT_NOUNS)})$", FLAGS)
# What is done to a person accused of a crime: held ("was arrested", "is in custody", "captured
# by U.S. Marshals") or put to death. Another harm after the crime is as often of people the
# crime names ("the aunt and uncle of a man wanted in the shooting of two officers suffered knife
# wounds"), and is read without the phrase.
_PUNISHED = frozenset({"captured", "executed", "beheaded"})


def _accused_of(offset: int, match: re.Match[str]) -> tuple[int, int] | None:
    """The text offsets of the crime a subject is told accused of (a ``post`` phrase opened by
    one of :data:`ACCUSED_OPENERS`, or a suspect's "in" or "for" phrase), or None."""
    post = match["post"]
    if not post or not (_accused(match) or _SUSPECT_ENDS.search(match["who"])):
        return None
    return offset + match.start("post"), offset + match.end("post")


def _accused(match: re.Match[str]) -> bool:
    """Whether a subject's ``post`` phrase opens with one of :data:`ACCUSED_OPENERS`."""
    return bool(match["post"]) and _ACCUSED_OPENS.match(match["post"]) is not None


def _punished_if_accused(match: re.Match[str]) -> bool:
    """Whether a subject told accused of a crime (one of :data:`ACCUSED_OPENERS`) is held or put
    to death by the harm (:data:`_PUNISHED`); true of a subject accused of nothing, and of a
    suspect, whom the story may tell killed ("the suspect in the shooting was killed")."""
    if not _accused(match):
        return True
    harm = normal_phrase(match["harm"])
    return harm in _PUNISHED or _state_kind(harm) == "arrested"


def _refers_back(who: str, aux: str) -> bool:
    """Whether the one victim is someone the story has met before ("he", "the victim"), told in
    the past tense and not as one more ("also", "the other", "her son", "is in stable condition").
    """
    return (
        _TOLD_BEFORE.fullmatch(who) is not None
        and "'s" not in who
        and _STILL_OR_ALSO.search(aux) is None
    )


#: An attacker's death in his own blast: the blast is the attack, and the count told with it
#: is of the people it killed besides him ("killed 17 people when he blew himself up").
_SELF_BLAST = compiled(phrase_trie(SELF_BLASTS), FLAGS)


def _with_the_killer(text: str, findings: list[Casualty]) -> Iterator[Casualty]:
    """The victims plus the attacker, when a sentence counts both: "killed his wife and two sons
    before killing himself" is four dead, written as three mentions; not a bomber's own death in
    the blast (:data:`_SELF_BLAST`).
    """
    killed = [
        f for f in findings if f.kind == "killed" and f.count and not f.subset and not f.inferred
    ]
    for at, suicide in enumerate(killed):
        self = SELF.search(suicide.text)
        if self is None or _SELF_BLAST.search(suicide.text):
            continue
        if at:  # the sum sits on the suicide's verb, each victim being its own mention
            verb = len(suicide.text[: self.start()].rstrip()) or len(suicide.text)
            yield Casualty.at(
                text,
                suicide.span.start,
                suicide.span.start + verb,
                count=sum(f.count or 0 for f in killed[:at]) + 1,
                kind="killed",
                inferred=True,
            )
        return


# A group that opens with an article counts one person of its own: "a woman" in "among them a
# woman and her two children".
_ONE_OF_ITS_OWN = compiled(r"(?:an?|another)\s", FLAGS)


def _included(
    text: str,
    start: int,
    match: re.Match[str],
    findings: list[Casualty],
    last: Casualty,
    names: Names,
) -> list[Casualty]:
    """The parts "including" opens (``match``, in the sentence opening at ``start``), of each
    harm told of the people of ``last``, the finding opening last before it."""
    parts: list[Casualty] = []
    kinds: set[str] = set()
    for told in harms_of_the_same(findings, last):
        if told.kind in kinds or told_of_another_verb(
            match.string, told.span.end - start, match.start()
        ):
            continue
        found = counted(text, start, match, told.kind, subset=True)
        if found is not None and (
            found.victims is not None
            or known_name(match, names)
            or (
                match.start() - told.span.end + start <= _NAMED_REACH
                and (named_people(match["who"]) or role_named(match))
            )
            or elided_part(match, found, told, start)
        ):
            kinds.add(told.kind)
            parts.extend(_listed_groups(text, start, match, found))
    return parts


def _listed_groups(text: str, start: int, match: re.Match[str], subset: Casualty) -> list[Casualty]:
    """A subset that lists groups each with its own count ("11 others including two Germans and
    one Greek were wounded", "among them a woman and her two children") as one finding per
    group, as a list is marked; groups sharing one determiner ("including his mother and
    stepfather") as the one group they are."""
    groups = each_counted(text, start, match, subset)
    if all(_counts_its_own(_OPENS_SUBSET.sub("", g.text, count=1)) for g in groups):
        return groups
    return [subset]


def _counts_its_own(group: str) -> bool:
    """Whether a listed ``group`` opens with a count or an article of its own, not a bare noun
    that shares the determiner before it."""
    return QUANTITY_AT_START.match(group) is not None or _ONE_OF_ITS_OWN.match(group) is not None


def _matches_at(rule: _Forward, sentence: str, spots: list[_Cue]) -> Iterator[re.Match[str]]:
    """Matches of a rule that starts with its cue word, tried only at the cues that open it."""
    end = -1
    for at, word in spots:
        if word in rule.heads and at >= end:
            match = rule.match(sentence, at)
            if match is not None:
                end = match.end()
                yield match


def _left_groups(sentence: str, spots: list[_Cue]) -> Iterator[re.Match[str]]:
    """Each group "left" in a state, the first after its verb and the others listed after it
    (:data:`_LEFT_MORE`)."""
    for first in _matches_at(_LEFT_RULE, sentence, spots):
        match: re.Match[str] | None = first
        while match is not None:
            yield match
            match = compiled_rule(_LEFT_MORE).match(sentence, match.end())


def _objects(sentence: str, spots: list[_Cue]) -> list[re.Match[str]]:
    """The object rule's matches, then, after each harm verb whose object the rule did not read,
    a counted group ended by a participle ("killed four children playing"), one person read by
    its own words ("the officer who shot her thought she had a gun") or kin told by no number."""
    found = list(_matches_at(_OBJECT_RULE, sentence, spots))
    cues = _outside([at for at, word in spots if word in _OBJECT_RULE.heads], found)
    if not cues:
        return found
    readings: tuple[Callable[[list[int]], Iterable[re.Match[str]]], ...] = (
        lambda left: counted_objects(sentence, left, _COUNTED_OBJECT_RULE),
        lambda left: one_person_objects(sentence, iter(left), _ONE_OBJECT),
        lambda left: kin_objects(sentence, left, compiled_rule(_KIN)),
        lambda left: _matches_at(_SHARED_OBJECT_RULE, sentence, _at(spots, left)),
    )
    for read in readings:  # each reads the harm verbs the readings before it left
        more = list(read(cues))
        found.extend(more)
        cues = _outside(cues, more)
        if not cues:
            break
    return found


def _at(spots: list[_Cue], cues: list[int]) -> list[_Cue]:
    """The ``spots`` at the offsets ``cues``."""
    wanted = set(cues)
    return [spot for spot in spots if spot[0] in wanted]


def _deaths_of(sentence: str, spots: list[_Cue]) -> Iterator[tuple[re.Match[str], bool]]:
    """The matches of the rule for a harm noun and "of", then, after each harm noun whose people
    the rule did not read, one person read by its own words (see :mod:`.objects`); each with
    whether it is that one person."""
    found = list(_matches_at(_DEATH_OF_RULE, sentence, spots))
    yield from ((match, False) for match in found)
    for at in _outside([at for at, word in spots if word in _DEATH_OF_RULE.heads], found):
        opened = _ONE_OF_RULE.match(sentence, at)
        end = None if opened is None else one_person_of_end(sentence, opened.start("who"))
        one = None if opened is None or end is None else opened.re.match(sentence, at, end)
        if one is not None:
            yield one, True


def _outside(cues: list[int], matches: Iterable[re.Match[str]]) -> list[int]:
    """The ``cues`` (offsets, in order) that none of ``matches`` spans. The spans are walked
    beside the cues, in time linear in both: a sentence may list thousands of each."""
    spans = sorted(match.span() for match in matches)
    left = []
    opened = 0  # the spans that open at or before the cue
    reach = -1  # where the furthest of them ends
    for at in cues:
        while opened < len(spans) and spans[opened][0] <= at:
            reach = max(reach, spans[opened][1])
            opened += 1
        if at >= reach:
            left.append(at)
    return left


def _ending_at(
    pattern: re.Pattern[str],
    sentence: str,
    starts: list[int],
    harm: re.Match[str],
    known: Callable[[re.Match[str]], bool] | None = None,
) -> re.Match[str] | None:
    """The longest match of a rule that ends in the harm word ``harm``, read back from it.

    Only ``starts``, the words that can open a counted group, are tried, so the rule is not
    attempted at every position before the harm word. With ``known``, a match it rejects
    (its people, or whose the harm is) gives way to a shorter one: in "Meanwhile, 23 Iraqis were killed" the capital
    opening the sentence is no one's name.
    """
    for at in starts:
        match = pattern.fullmatch(sentence, at, harm.end())
        if (
            match is not None
            and match.start("harm") == harm.start()
            and (known is None or known(match))
        ):
            return match
    return None


_OF_PHRASE = compiled(rf"\s+of\s+(?P<count>{QUANTITY}\b)?", FLAGS)
# A count that ends an "of" phrase counts the whole a part is of ("of the four").
_A_COUNT = compiled(rf"\d[\d,]*|{NUMBER_WORDS}", FLAGS)
_RELATIVE = compiled(r",?\s+who\b", FLAGS)
_LAST_WORD = compiled(r"([\w'’-]+)\W*$")


def _held(
    part: Casualty, who: re.Match[str], offset: int, across: bool
) -> tuple[tuple[int, int], ...]:
    """The characters of the sentence a finding read from ``who`` holds: all its own, or, for
    people ``across`` a relative clause, its people and the harm where it spans it, the clause
    between left to harms of its own ("a gunman who killed two people was shot dead")."""
    if not across:
        return ()
    people = (part.span.start - offset, min(part.span.end - offset, who.end("who")))
    return (people, who.span("harm")) if part.span.end - offset > who.end("who") else (people,)


def _across_a_clause(
    sentence: str, low: str, state: re.Match[str], names: Names
) -> re.Match[str] | None:
    """The people before a relative clause that holds a harm of its own, as the subject of the
    ``state`` after the clause: "a gunman who killed two people was shot dead" (see
    :mod:`.relative`)."""
    who = who_between(low, state.start())
    if who is None or _HARM_AT.search(low, who + 5, state.start()) is None:
        return None  # the cheap tests: no "who" in reach, no harm after it
    heads = _subject_starts(low, sentence, state, max(0, who - HEAD_REACH), who)
    match = _ending_at(
        compiled_rule(RELATIVE_SUBJECT),
        sentence,
        heads,
        state,
        lambda m: names.knows_all(m["who"]),
    )
    if match is None or _HARM_AT.search(low, *clause_of(match)) is None:
        return None
    one = only_singular(match["who"].split()[-1].lower())
    return match if told_of_the_head(match, low, one) else None


def _of_the_nearer(match: re.Match[str]) -> bool:
    """Whether the phrase after a subject (``post``) tells that the harm is not the subject's.

    A finite verb agrees with the head: "two relatives of an Oklahoma man were found dead" are
    the relatives, "six members of a Kurd family died" the members. A relative clause or a harm
    told by a bare participle belongs to one person an "of" phrase ends in: "the father of
    Kachelle Roby, who was injured", "Mother of 5-year-old girl killed". A count after "of"
    belongs to a person named by a noun, not by a capital ("Family of Five Found Dead", "One of
    two women shot"). A bare harm after a counted whole is the whole's: "One of the four dead"
    are four dead, one of whom the sentence goes on to tell of.
    """
    post = match["post"]
    of = _OF_PHRASE.match(post) if post else None
    if of is None:
        return False
    if of["count"] is not None:
        return match["who"].split()[-1][:1].isupper()
    last = _LAST_WORD.search(post)
    if last is None:
        return False
    word = last.group(1)
    if not match["aux"].strip() and _A_COUNT.fullmatch(word):
        return True  # "One of the four dead", "Five of the six injured": the whole's harm
    name = word[:1].isupper() and not word.isupper() and not last.group().endswith(")")
    if not (name or only_singular(word.lower()) or word.endswith("year-old")):
        return False  # a person the phrase ends in: "of Ann Lee", "of a man", "of a 5-year-old"
    if _RELATIVE.match(match.string, match.end("post"), match.start("aux")) is not None:
        return True
    return not match["aux"].strip() and normal_phrase(match["harm"]) in _TRANSITIVE_STATES


# "by" before a subject's first word makes its people a passive's doers.
_AGENT_BEFORE = compiled(r"\bby\s+$")
_WHO = compiled(r"\b(?:who|whom|which|that)\b")


def _of_the_doers(sentence: str, match: re.Match[str]) -> bool:
    """Whether a subject read before a harm opens on a passive's doers, and the harm is another
    clause's: "was shot dead by two militants, and a farmer was killed" is the farmer's killing.
    A relative clause tells the doers' own harm: "shot by a suspect who was later killed"."""
    return (
        _AGENT_BEFORE.search(sentence, max(0, match.start() - 4), match.start()) is not None
        and _WHO.search(sentence, match.start(), match.start("harm")) is None
    )


def _nobody_before(sentence: str, harm: re.Match[str]) -> bool:
    """Whether a word for no one ("nobody", "no one") opens in reach before ``harm``: where
    none does, :data:`_NOBODY_HARM` cannot end at it from any of its subject starts.
    """
    first = max(0, harm.start() - _SUBJECT_REACH)
    return first_at_word_start(_NOBODY_OPENS, sentence, first, harm.start()) is not None


def _subject_starts(
    low: str, sentence: str, harm: re.Match[str], first: int = -1, end: int = -1
) -> list[int]:
    """Where a subject may open before ``harm``: a count, a determiner, a pronoun, a capital;
    from ``first`` up to ``end`` where given, else in reach before the harm."""
    if first < 0:
        first = max(0, harm.start() - _SUBJECT_REACH)
    end = harm.start() if end < 0 else end
    found = {at for at, _ in word_starts(_GROUP_START, low, first, end)}
    found.update(
        m.start()
        for m in _CAPITAL_START.finditer(sentence, first, end)
        if not _listed_place(sentence, m.start())
    )
    if first == 0:
        found.add(0)  # a headline's bare noun: "Man shot and killed"
    # a headline clause's bare noun: "Two dead in shooting; suspect in custody"
    found.update(m.end() for m in _CLAUSE_MARK.finditer(low, max(0, first - 2), end))
    return sorted(found)


def _may_close_group(sentence: str, low: str, at: int) -> bool:
    """Whether the word before ``at``, past any auxiliaries, can end a counted group.

    A cheap test that spares the subject rule most harm words ("police said the shooting").
    """
    done = None
    near = max(0, at - 40)
    if low.rfind(" and ", near, at) >= 0 or low.rfind(" but ", near, at) >= 0:
        done = DONE_BEFORE.search(low, max(0, at - _SUBJECT_REACH // 2), at)
    if done is not None:  # "was found and killed", "fled and was killed": the group closes
        at = done.end("be") if done["be"] is not None else done.start("acted")
    words = list(_WORD.finditer(low, max(0, at - _SUBJECT_REACH // 2), at))
    while words and words[-1].group() in _AUX_WORDS:
        if (word := words.pop().group()) in _GROUP_ENDS or is_victim(word):
            return True  # "both were dead"
    if not words:
        return False
    last = words[-1]
    word = last.group()
    if low.startswith(",", last.end()) or not word.strip("-"):
        return True  # the end of an aside after the subject: "Ann Lee, head of the unit, was"
    return (
        word in _GROUP_ENDS
        or is_victim(word.partition("-of-")[0])
        or word[0].isdigit()
        or word.endswith(("-year-old", "-year-olds"))
        or not sentence[last.start() : last.end()].islower()  # a name: "Lee", "al-Awlaki"
        or _postmodified(low, at, last.end())
        or _listed_end(low, last.end())
    )


# The last member of a list named by its own words: "three doctors and a clinic escort".
_LISTED_END = rf"(?:,|\band)\s+(?:{LISTED})\Z"
_LISTED_REACH = 60  # characters: a join and the member after it


def _listed_end(low: str, end: int) -> bool:
    """Whether the words before ``end`` close a list on a member named by its own words (see
    :data:`~.grammar.LISTED`), which a person may end only beside another."""
    first = max(0, end - _LISTED_REACH)
    if low.find(" and ", first, end) < 0 and low.find(",", first, end) < 0:
        return False  # the cheap test: no join
    return compiled_rule(_LISTED_END).search(low, first, end) is not None


def _postmodified(low: str, at: int, close: int) -> bool:
    """Whether a person before ``at`` is followed by a clause or phrase that tells who they are
    ("six people at the scene were", "a gunman who took hostages has been"), the subject
    closing at ``close``. A phrase (:data:`PHRASE_OPENERS`, a participle) must reach ``close``
    within its words and breaks, as the subject rule reads it.
    """
    for opened in _OPENS.finditer(low, max(0, at - _SUBJECT_REACH), at):
        end = opened.start() - 1
        word = low[low.rfind(" ", 0, end) + 1 : end]
        if not (word and (word in _GROUP_ENDS or word[0].isdigit() or is_victim(word))):
            continue
        opener = opened.group().strip()
        if opener in _CLAUSE_OPENERS:
            return True
        words = low[opened.end() : close].split()
        breaks = _LIST_BREAKS if opener == "including" else _PHRASE_BREAKS
        if len(words) <= _PHRASE_WORDS and breaks.isdisjoint(words):
            return True
    return False


_CLAUSE_OPENERS = frozenset(POSTMODIFIER_OPENERS)
_PHRASE_BREAKS = frozenset(PHRASE_BREAKS)
_LIST_BREAKS = _PHRASE_BREAKS - {"and"}
_PHRASE_WORDS = 12


_SINGULAR_AUX = compiled(r"\s+(?:was|is|has)\b", FLAGS)


def _many(who: str) -> bool:
    """Whether ``who`` is one group counted more than one ("two people"), not a list."""
    if "," in who or AND_THEN.search(who):
        return False
    quantity = QUANTITY_AT_START.match(who)
    amount = read_quantity(quantity["quantity"]) if quantity else None
    return amount is not None and (amount.lower or 0) > 1


#: A count that is the scale word of an amount whose figure stands before it: "$11 billion".
_SCALE_WORD = compiled(r"(?:hundred|thousand|million|billion|trillion)\b", re.IGNORECASE)
_FIGURE_BEFORE = compiled(r"\d[\d.,]*\s+$")


def _active(sentence: str, match: re.Match[str]) -> bool:
    """Whether a subject's harm verb (groups ``aux`` and ``harm``) is active, its subject the
    doer: a perfect ("he had killed", "no one has captured the real dilemma"), or an object
    after it with no form of "be" before it ("two men shot a clerk")."""
    if normal_phrase(match["harm"]) not in _TRANSITIVE_STATES:
        return False
    aux, end = match["aux"], match.end()
    words = aux.lower().split()  # none is the common case: no auxiliary to read
    if words and _ACTIVE_AUX.search(aux) is not None:
        return True
    if shares_be(aux):  # "was released and killed his wife"
        return _ACTIVE_OBJECT.match(sentence, end) is not None
    if not all(word in _ADVERBS for word in words):
        return False
    return (
        _ACTIVE_OBJECT.match(sentence, end) is not None
        # "the gunman, who then killed himself": the doer is the one harmed, whom the
        # attacker's own rules count
        and not (words and _REFLEXIVE.match(sentence, end))
    ) or _PARTICLE.match(sentence, end) is not None


def _subject_harm(
    text: str, offset: int, sentence: str, match: re.Match[str], names: Names
) -> Casualty | None:
    kind = _subject_kind(text, offset, sentence, match)
    if kind is None:
        return None
    # "Nine firefighters were among the dead": part of a toll told elsewhere
    return counted(
        text,
        offset,
        match,
        kind,
        subset=normal_phrase(match["harm"]).startswith("among"),
        names_one=names.names_one,
    )


def _uncounted_harm(text: str, offset: int, sentence: str, match: re.Match[str]) -> Casualty | None:
    """The finding for people with no count harmed as a clause's subject (uncounted.py)."""
    kind = _subject_kind(text, offset, sentence, match)
    if kind is None or normal_phrase(match["harm"]).startswith("among"):
        return None
    victims = match["who"].split()[-1].lower()
    return Casualty.at(
        text, offset + match.start(), offset + match.end(), count=None, kind=kind, victims=victims
    )


def _subject_kind(text: str, offset: int, sentence: str, match: re.Match[str]) -> str | None:
    """The kind of harm a subject's verb tells of its people; None where it tells none of them."""
    harm = normal_phrase(match["harm"])
    kind = _state_kind(harm)
    aux = match["aux"]
    if _active(sentence, match):
        return None  # "two men shot a clerk", "he had killed": the count is of attackers
    if _SCALE_WORD.match(match["who"]) and _FIGURE_BEFORE.search(sentence, 0, match.start()):
        return None  # "some $11 billion went missing": the end of an amount, not a count
    if _SINGULAR_AUX.match(aux) and _many(match["who"]):
        return None  # "the man who killed two people was arrested": the verb is the man's
    if joined_be_is_singular(aux) and _many(match["who"]):
        return None  # "crashed into two parked cars and was pronounced dead": not the cars
    if (
        harm == "missing"
        and _REPORTED.search(aux) is None
        and _ACTIVE_OBJECT.match(sentence, match.end())
        and not _SPAN_OF_TIME.match(sentence, match.end())  # "has been missing three weeks"
    ):
        return None  # "Smith missing an early chance": the verb to miss, not the missing
    if kind == "arrested" and _TIMES.match(sentence, match.end()):
        return None  # "has been arrested more than a dozen times": a count of times
    otherwise = _OR_OTHERWISE.match(sentence, match.end()) if kind == "arrested" else None
    if otherwise is not None and not _STATE_AT.match(
        sentence[otherwise.end() : otherwise.end() + _OTHERWISE_REACH].lower()
    ):
        return None  # "were taken into custody or located": no count of arrests alone
    if harm == "being held" and _CAPTIVE.search(match["who"]):
        return None  # "two hostages were being held": captives, whom the noun counts
    if not by_force(harm, sentence):
        return None  # "were snatched from my arms" by a wave: no seizure by a force
    if on_record(harm, sentence, match.start("harm"), match.end("harm")):
        return None  # "was captured on video": a recording, no seizure
    if harm == "taken" and not taken_by_force(text, offset, offset + match.end()):
        return None  # "were taken to a clinic", or no captor told
    if not by_violence(harm, aux, sentence):
        return None  # "was stabbed in the back by his party": no blow told
    if kind == "shot":
        if _SHOTS_FIRED.search(sentence, max(0, match.start() - 40), match.start()):
            return None
        if not match["aux"].strip() and _ORDINAL_SHOT.fullmatch(match["who"]):
            return None  # "the first shot": the noun
        if _A_SHOT.fullmatch(match["who"]) and _OBJECT_PLACE.search(
            sentence, max(0, match.start() - 20), match.start()
        ):
            return None  # "in another shot aimed at Trump", "took a second shot": the noun
        if _FIRED_AFTER.match(sentence, match.end()):
            return None  # "one shot was fired": a shot, not a person
        if aimed_at(sentence, match.start("harm"), match.end()):
            return None  # "was shot at": fired on, not hit (aimed.py)
        if _BODY_WOUND.match(sentence, match.end()) or lived_after(sentence, match.end()):
            kind = "injured"
    if kind in ("shot", "injured") and (
        _LATER_DIED.match(sentence, match.end()) or _AND_KILLED.match(sentence, match.end())
    ):
        kind = "killed"
    return arrest_or_capture(kind, harm, sentence, match.end(), text)
