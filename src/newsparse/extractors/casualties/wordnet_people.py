"""The nouns that name people, read from WordNet 3.0 rather than listed a word per miss: "ten
police recruits", "their colleagues", "three military heroes".

A noun names people when its most frequent sense (the first synset ``index.noun`` lists for it)
lies in the lexicographer file ``noun.person`` (``lex_filenum`` 18 in ``data.noun``) and is a
kind of person, not one named individual (an instance, as "Einstein" or "Lincoln" are). The
rule keeps "recruit", "cadet", "pilgrim", "Palestinian" and "German", and leaves out the nouns
whose first sense is no one ("case", "head", "star", "fan"). Only single words are kept, in
lower case, with their plurals: WordNet's irregular ones (``noun.exc``: "alumni", "women") and
lemminflect's (its tables, or its rules for a word they do not hold: "Turks", "Croats").

A plural is read as people whatever else the word may be ("officials", "whites", "recruits"),
but a singular only where the word is a noun at least as often as a verb or an adjective in the
sense-tagged texts WordNet counts (``cntlist.rev``, SemCor): after a determiner and any words, a
singular often stands where an adjective or a verb does ("the federal", "their families have",
"the chief executive"), and WordNet gives a first noun sense for people to "have", "federal",
"national", "general", "white", "judge" and "monitor". Words no text counts are kept ("cadet",
"Turk").

The nouns SemCor tags as nouns at least :data:`COMMON_TAGS` times, with their plurals, are
shipped apart as the common ones ("recruits", "colleagues", "heroes"; not "cadet", "Turk").

The plurals of the singulars above that name people in every noun sense WordNet gives them
(``noun.person``, a named individual too) are shipped apart as well, however rare in SemCor:
"classmates", "roommates", "bailiffs", but not "pilots" (a pilot light, a television pilot),
"monitors" or "stars". A plural that is a word of its own, a noun or an adjective WordNet lists
("religious", "homeless", "kansas"), is left out, as it may stand for that word, and so is one
English text hardly uses (wordfreq's Zipf frequency below :data:`SEEN_ZIPF`: "logomaches",
"possemans"), as each word costs the casualty patterns that hold them time to load.

Their singulars are shipped too where lemminflect's dictionary holds them as nouns and as
nothing else, and English text uses them as often: "tycoon", "classmate", "magnate" name one
person alone, but "the accused" and "vet" are verbs too, "Shiite" a modifier, and a word the
dictionary lacks ("Michael", "Turk") as often a name.

Debian's ``wordnet-base`` package installs the files under ``/usr/share/wordnet``. A parse never
reads them: the nouns ship in :mod:`newsparse._data.person_nouns`, written by
:func:`table_source`. Neither it nor wordfreq (3.1.1 wrote the table) is a Python dependency,
so no test regenerates the table; run ``python -c 'from
newsparse.extractors.casualties.wordnet_people import table_source as t; print(t(), end="")' >
src/newsparse/_data/person_nouns.py`` where both are installed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from newsparse.generated import WORDNET, wordnet_words_source, words_literal, zipf_frequency

#: The lexicographer file of nouns for people.
_NOUN_PERSON = 18
#: How often SemCor must tag a noun for people for it to count as common (see
#: :mod:`newsparse.extractors.casualties.people`: only common nouns join the casualty patterns).
COMMON_TAGS = 3
#: The Zipf frequency (wordfreq's: 2 is once in ten million words) below which a plural is too
#: rare in English to be worth its place in the casualty patterns.
SEEN_ZIPF = 2.0
#: A synset's pointer to the class it is an instance of: the synset is one named individual.
_INSTANCE_OF = "@i"


def _synsets(wordnet: Path, lexicographer_file: int) -> dict[str, tuple[bool, bool]]:
    """Synset offset -> whether it is in ``lexicographer_file``, and whether it is a kind
    there (no instance)."""
    synsets = {}
    with open(wordnet / "data.noun", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):  # the licence
                continue
            fields = line.split(" ")
            words = int(fields[3], 16)
            pointers_at = 4 + 2 * words
            pointers = int(fields[pointers_at])
            symbols = fields[pointers_at + 1 : pointers_at + 1 + 4 * pointers : 4]
            inside = int(fields[1]) == lexicographer_file
            synsets[fields[0]] = (inside, inside and _INSTANCE_OF not in symbols)
    return synsets


def _noun_senses(wordnet: Path) -> dict[str, list[str]]:
    """Every noun lemma -> its synsets' offsets, most frequent sense first."""
    senses = {}
    with open(wordnet / "index.noun", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, synsets, pointers = fields[0], int(fields[2]), int(fields[3])
            senses[lemma] = fields[4 + pointers + 2 : 4 + pointers + 2 + synsets]
    return senses


def first_sense_lemmas(wordnet: Path, lexicographer_file: int) -> list[str]:
    """Every single-word noun lemma whose first sense is a kind in ``lexicographer_file``
    (WordNet's ``lex_filenum``: 18 for people, 5 for animals), sorted."""
    kinds = _synsets(wordnet, lexicographer_file)
    return sorted(
        lemma
        for lemma, synsets in _noun_senses(wordnet).items()
        if kinds[synsets[0]][1] and lemma.replace("-", "").isalpha()
    )


def person_lemmas(wordnet: Path = WORDNET) -> list[str]:
    """Every single-word noun lemma whose first sense is a kind of person, sorted."""
    return first_sense_lemmas(wordnet, _NOUN_PERSON)


def only_person_lemmas(lemmas: list[str], wordnet: Path = WORDNET) -> list[str]:
    """The ``lemmas`` that name people in every noun sense ("classmate", "bailiff", "constable"
    with the painter John Constable; not "monitor", "hog" or "tackle", things or animals too)."""
    synsets = _synsets(wordnet, _NOUN_PERSON)
    senses = _noun_senses(wordnet)
    return [lemma for lemma in lemmas if all(synsets[synset][0] for synset in senses[lemma])]


def only_nouns(lemmas: list[str]) -> list[str]:
    """The ``lemmas`` that lemminflect's dictionary holds as nouns and as no verb or adjective:
    a singular read alone stands where a verb ("the accused", "to vet") or a modifier ("Shiite
    Muslims") may, and a word the dictionary lacks is as often a name ("Michael", "Turk")."""
    from lemminflect import getAllLemmas

    return [lemma for lemma in lemmas if set(getAllLemmas(lemma)) == {"NOUN"}]


def _lemmas(wordnet: Path, part_of_speech: str) -> set[str]:
    """Every lemma of ``index.<part_of_speech>``."""
    with open(wordnet / f"index.{part_of_speech}", encoding="utf-8") as lines:
        return {line.split(" ", 1)[0] for line in lines if not line.startswith(" ")}


def plain_plurals(lemmas: list[str], wordnet: Path = WORDNET) -> list[str]:
    """The plurals of ``lemmas`` that are no word of their own, neither a noun nor an adjective
    WordNet lists ("bailiffs"; not "religious", "homeless" or "princess")."""
    own_words = _lemmas(wordnet, "noun") | _lemmas(wordnet, "adj")
    return [form for form in plurals(lemmas, wordnet) if form not in own_words]


def tags_by_part_of_speech(wordnet: Path) -> dict[str, Counter[str]]:
    """Lemma -> how often SemCor tags it as each part of speech (n, v, a, r; satellites as a)."""
    tags: dict[str, Counter[str]] = defaultdict(Counter)
    with open(wordnet / "cntlist.rev", encoding="utf-8") as lines:
        for line in lines:
            key, _, count = line.split()
            lemma, _, sense = key.partition("%")
            tags[lemma]["nvara"[int(sense[0]) - 1]] += int(count)
    return tags


def singulars(lemmas: list[str], tags: dict[str, Counter[str]]) -> list[str]:
    """The ``lemmas`` tagged as a noun at least as often as as any other part of speech."""
    return [lemma for lemma in lemmas if tags[lemma]["n"] == max(tags[lemma].values(), default=0)]


def plurals(lemmas: list[str], wordnet: Path = WORDNET) -> list[str]:
    """The plurals of ``lemmas``: WordNet's irregular forms and lemminflect's, sorted."""
    from lemminflect import getInflection

    wanted = set(lemmas)
    forms = {form for lemma in lemmas for form in getInflection(lemma, "NNS")}
    with open(wordnet / "noun.exc", encoding="utf-8") as lines:
        for line in lines:
            form, *bases = line.split()
            if wanted.intersection(bases):
                forms.add(form)
    return sorted(form for form in forms if form.replace("-", "").isalpha())


def table_source(wordnet: Path = WORDNET, zipf: Callable[[str], float] = zipf_frequency) -> str:
    """The text of :mod:`newsparse._data.person_nouns`, from the WordNet in ``wordnet``, the
    lemminflect installed here and a word's Zipf frequency by ``zipf`` (wordfreq's)."""
    lemmas = person_lemmas(wordnet)
    tags = tags_by_part_of_speech(wordnet)
    common = [lemma for lemma in lemmas if tags[lemma]["n"] >= COMMON_TAGS]
    only_lemmas = only_person_lemmas(singulars(lemmas, tags), wordnet)
    only = plain_plurals(only_lemmas, wordnet)
    return wordnet_words_source(
        "wordnet_people",
        "The single-word nouns whose most frequent sense names a kind of person (WordNet's\n"
        "noun.person, no named individual), in lower case: the singulars used as nouns at\n"
        "least as often as as verbs or adjectives, and the plurals of all (see\n"
        ":mod:`newsparse.extractors.casualties.wordnet_people`).\n",
        f"PERSON_NOUNS = {words_literal(singulars(lemmas, tags))}\n\n"
        f"PERSON_PLURALS = {words_literal(plurals(lemmas, wordnet))}\n\n"
        f"#: The nouns above tagged as such at least {COMMON_TAGS} times in SemCor, and their plurals.\n"
        f"COMMON_PERSON_NOUNS = {words_literal(sorted({*singulars(common, tags), *plurals(common, wordnet)}))}\n\n"
        "#: The plurals of the singulars above that name people in every noun sense, each no word\n"
        f"#: of its own and of a Zipf frequency of {SEEN_ZIPF} or more.\n"
        f"ONLY_PERSON_PLURALS = {words_literal([w for w in only if zipf(w) >= SEEN_ZIPF])}\n\n"
        "#: The singulars above that lemminflect knows only as nouns, each of a Zipf frequency of\n"
        f"#: {SEEN_ZIPF} or more.\n"
        "ONLY_PERSON_SINGULARS = "
        f"{words_literal([w for w in only_nouns(only_lemmas) if zipf(w) >= SEEN_ZIPF])}\n",
    )
