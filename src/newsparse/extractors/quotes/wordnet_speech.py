"""The verbs of saying the cue tables do not list, read from WordNet 3.0 rather than added a
verb per miss: 'answered', 'interjected', 'reaffirmed', 'mutters'.

A verb is one of saying when its most frequent sense (the first synset ``index.verb`` lists for
it) lies in the lexicographer file ``verb.communication`` (``lex_filenum`` 32 in ``data.verb``)
and takes a clause there: WordNet gives that sense the frame "Somebody ----s that CLAUSE"
(frame 26), for all of its words or for this one. The rule keeps 'answer', 'interject',
'mutter', 'reaffirm' and 'concur', and leaves out the verbs whose first sense is something else
('shoot', 'fire', 'break') or takes no clause ('chant', 'joke', 'wave'). Only single words are
kept, with every inflected form lemminflect gives them (past, -s, -ing, participle; not the
base form, which stands after 'to' or a modal as often as it reports), nouns too ('answers'):
the quote cues read them only in an attribution's own shape (:mod:`.cue_forms`), which is what
keeps a verb that is seldom speech ('pointed', 'recorded') from crediting a scare quote.

Debian's ``wordnet-base`` package installs the files under ``/usr/share/wordnet``. A parse never
reads them: the forms ship in :mod:`newsparse._data.speech_verb_forms`, written by
:func:`table_source`. WordNet is no Python dependency, so no test regenerates the table; run
``python -c 'from newsparse.extractors.quotes.wordnet_speech import table_source as t;
print(t(), end="")' > src/newsparse/_data/speech_verb_forms.py`` where it is installed.
"""

from __future__ import annotations

from pathlib import Path

from newsparse._data.reporting_verbs import CUE_VERBS, NOT_CUE_FORMS
from newsparse.extractors.quotes.verb_forms import inflected_forms
from newsparse.generated import WORDNET, wordnet_words_source, words_literal

_COMMUNICATION = "32"  # verb.communication's lex_filenum
_CLAUSE_FRAME = 26  # "Somebody ----s that CLAUSE"


def _clause_synsets(wordnet: Path) -> dict[str, set[int]]:
    """Offset of each verb.communication synset -> the word numbers its clause frame holds for
    (0 for all of its words)."""
    synsets: dict[str, set[int]] = {}
    with open(wordnet / "data.verb", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):  # the licence
                continue
            fields = line.split(" | ", 1)[0].split()
            if fields[1] != _COMMUNICATION:
                continue
            words = int(fields[3], 16)
            pointers_at = 4 + 2 * words
            frames_at = pointers_at + 1 + 4 * int(fields[pointers_at])
            frames = fields[frames_at + 1 :] if frames_at < len(fields) else []
            synsets[fields[0]] = {
                int(frames[index + 2], 16)
                for index in range(0, len(frames), 3)
                if int(frames[index + 1]) == _CLAUSE_FRAME
            }
    return synsets


def speech_lemmas(wordnet: Path = WORDNET) -> list[str]:
    """Every single-word verb lemma whose first sense is one of communication taking a clause,
    sorted."""
    clauses = _clause_synsets(wordnet)
    lemmas = []
    with open(wordnet / "index.verb", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split()
            lemma, pointers = fields[0], int(fields[3])
            first = fields[4 + pointers + 2]
            if first in clauses and lemma.isalpha() and _holds(wordnet, first, lemma, clauses):
                lemmas.append(lemma)
    return sorted(lemmas)


def _holds(wordnet: Path, synset: str, lemma: str, clauses: dict[str, set[int]]) -> bool:
    """Whether the clause frame of ``synset`` holds for ``lemma``: for all its words, or for
    the word ``lemma`` is."""
    numbers = clauses[synset]
    if not numbers or 0 in numbers:
        return bool(numbers)
    return _word_number(wordnet, synset, lemma) in numbers


def _word_number(wordnet: Path, synset: str, lemma: str) -> int:
    """The number (from 1) of ``lemma`` among the words of ``synset``."""
    with open(wordnet / "data.verb", "rb") as data:
        data.seek(int(synset))
        fields = data.readline().decode("utf-8").split()
    words = [fields[4 + 2 * index].lower() for index in range(int(fields[3], 16))]
    return words.index(lemma) + 1 if lemma in words else -1


def speech_forms(lemmas: list[str]) -> list[str]:
    """The inflected forms of the verbs ``lemmas`` (:func:`.verb_forms.inflected_forms`) less
    the cue tables' own, sorted."""
    return sorted(inflected_forms(lemmas) - CUE_VERBS - NOT_CUE_FORMS)


def table_source(wordnet: Path = WORDNET) -> str:
    """The text of :mod:`newsparse._data.speech_verb_forms`, from the WordNet in ``wordnet`` and
    the lemminflect installed here."""
    return wordnet_words_source(
        "wordnet_speech",
        "The inflected forms of the verbs whose first sense is one of communication taking a\n"
        "clause, less the cue tables' own (see\n"
        ":mod:`newsparse.extractors.quotes.wordnet_speech`).\n",
        f"SPEECH_VERB_FORMS = {words_literal(speech_forms(speech_lemmas(wordnet)))}\n",
    )
