"""The nouns of the harm verbs' acts, read from WordNet 3.0 rather than listed a word per miss:
"the execution of Saddam Hussein", "the abduction of two aid workers", "the evacuation of 2,000
residents", "the gunning down of the premier".

A harm verb the extractor reads (``HARM_ACTIONS``, ``HARM_STATES``) names its act by a noun, and
that noun followed by "of" tells its object harmed as the verb does. The nouns are WordNet's
derivationally related forms of the verb (its ``+`` pointers, word to word) whose synset lies in
the lexicographer file ``noun.act`` (``lex_filenum`` 4): "execute" gives "execution" (an act),
not "executor" (a person); "evacuate" gives "evacuation". As :mod:`.wordnet_events` does, a
noun is kept only where its most frequent sense is an act or an event: "wound" and "injury"
(first a state, "the wounds of the victims"), "seizure" (an attack of illness) and
"apprehension" (a fear) are left out. Each keeps its verb's kind. The
gerunds of the harm verbs are such nouns too ("the gunning down of", "the seizing of"); each is
kept with its plurals (lemminflect's).

Left out: "shot" (news writes "the shooting of" of the dead as often as of the wounded) and
the verbs that harm people only beside a seizing force ("taken", "snatched"). Read as ``shot``,
"the shooting of" adds findings the gold reads otherwise: a victim told wounded right after it
("the shooting of Dr. Hugh Short, who was wounded") is counted twice, and the gold reads a mass
shooting's dead by the story's outcome ("the shooting of 20 children and 6 adults" at Sandy
Hook is ``killed``), so it needs a story-level outcome before it can be kept.

A parse never reads WordNet: the nouns ship in :mod:`newsparse._data.harm_act_nouns`, written
by :func:`table_source` (``python -c 'from newsparse.extractors.casualties.wordnet_acts import
table_source as t; print(t(), end="")' > src/newsparse/_data/harm_act_nouns.py``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from newsparse._data.casualty_words import HARM_ACTIONS, HARM_STATES, SEIZED_ONLY_BY_FORCE
from newsparse.generated import WORDNET, wordnet_words_source
from newsparse.wordnet_files import first_senses, noun_synsets

#: The lexicographer files of nouns for acts and for events.
_NOUN_ACT, _NOUN_EVENT = 4, 11
_ACT_OR_EVENT = frozenset({_NOUN_ACT, _NOUN_EVENT})
_LEFT_OUT_KINDS = frozenset({"shot"})
_LEFT_OUT_FORMS = frozenset({"taken", *SEIZED_ONLY_BY_FORCE})
#: A gerund with its particle, if any: "killing", "gunning down" (not "fatally shooting").
_GERUND = re.compile(r"[a-z]+ing(?: (?:down|up))?")


def _verb_lemmas(wordnet: Path, forms_by_kind: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    """Verb lemma -> kind, from the one-word forms of ``forms_by_kind``: a form that is a WordNet verb of its own
    is its lemma ("wound", not "wind"); another is lemminflect's ("killed": "kill")."""
    from lemminflect import getLemma

    with open(wordnet / "index.verb", encoding="utf-8") as lines:
        verbs = {line.split(" ", 1)[0] for line in lines if not line.startswith(" ")}
    lemmas: dict[str, str] = {}
    for kind, forms in forms_by_kind.items():
        if kind in _LEFT_OUT_KINDS:
            continue
        for form in forms:
            if " " in form or form in _LEFT_OUT_FORMS:
                continue
            for lemma in (form,) if form in verbs else getLemma(form, "VERB"):
                lemmas.setdefault(lemma, kind)
    return lemmas


def _act_synsets(wordnet: Path) -> dict[str, list[str]]:
    """Offset of each noun.act synset -> its words, in lower case."""
    acts = {}
    with open(wordnet / "data.noun", encoding="utf-8") as lines:
        for line in lines:
            fields = line.split(" ")
            if not line.startswith(" ") and int(fields[1]) == _NOUN_ACT:
                words = int(fields[3], 16)
                acts[fields[0]] = [fields[4 + 2 * i].lower() for i in range(words)]
    return acts


def _first_sense_files(wordnet: Path) -> dict[str, int]:
    """Noun lemma -> the lexicographer file of its most frequent sense."""
    synsets = noun_synsets(wordnet)
    return {
        lemma: synsets[first].lexicographer_file for lemma, first in first_senses(wordnet).items()
    }


def derived_acts(wordnet: Path, lemmas: Mapping[str, str]) -> dict[str, str]:
    """Noun -> kind: the noun.act nouns WordNet derives from each verb of ``lemmas``, word to
    word."""
    acts = _act_synsets(wordnet)
    first_sense = _first_sense_files(wordnet)
    nouns: dict[str, str] = {}
    with open(wordnet / "data.verb", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue
            fields = line.split(" ")
            words = [fields[4 + 2 * i].lower() for i in range(int(fields[3], 16))]
            pointers_at = 4 + 2 * len(words)
            for at in range(int(fields[pointers_at])):
                symbol, offset, part, ends = fields[
                    pointers_at + 1 + 4 * at : pointers_at + 5 + 4 * at
                ]
                if symbol != "+" or part != "n" or offset not in acts:
                    continue
                verb, noun = words[int(ends[:2], 16) - 1], acts[offset][int(ends[2:], 16) - 1]
                if verb in lemmas and "_" not in noun and first_sense[noun] in _ACT_OR_EVENT:
                    nouns.setdefault(noun, lemmas[verb])
    return nouns


def table_source(wordnet: Path = WORDNET) -> str:
    """The text of :mod:`newsparse._data.harm_act_nouns`, from the WordNet in ``wordnet`` and the
    lemminflect installed here."""
    from lemminflect import getInflection

    kinds = {*HARM_STATES, *HARM_ACTIONS}
    forms = {kind: (*HARM_STATES.get(kind, ()), *HARM_ACTIONS.get(kind, ())) for kind in kinds}
    nouns = derived_acts(wordnet, _verb_lemmas(wordnet, forms))
    by_kind: dict[str, set[str]] = {}
    for noun, kind in nouns.items():
        by_kind.setdefault(kind, set()).update((noun, *getInflection(noun, "NNS")))
    for kind, actions in HARM_ACTIONS.items():
        gerunds = (g for g in actions if _GERUND.fullmatch(g) and g not in _LEFT_OUT_FORMS)
        if kind not in _LEFT_OUT_KINDS:
            by_kind.setdefault(kind, set()).update(gerunds)
    tables = "".join(
        f'    "{kind}": {_tuple_literal(sorted(by_kind[kind]))},\n' for kind in sorted(by_kind)
    )
    return wordnet_words_source(
        "wordnet_acts",
        "The nouns of the acts of the harm verbs (WordNet's derivationally related noun.act\n"
        "nouns, with their plurals, and the verbs' gerunds), by kind (see\n"
        ":mod:`newsparse.extractors.casualties.wordnet_acts`).\n",
        f"HARM_ACT_NOUNS: dict[str, tuple[str, ...]] = {{\n{tables}}}\n",
    )


def _tuple_literal(words: list[str]) -> str:
    """A tuple literal of ``words`` (a gerund may have its particle: "gunning down"), one a line
    as the formatter writes it."""
    if len(words) == 1:
        return f'("{words[0]}",)'
    return "(\n" + "".join(f'        "{word}",\n' for word in words) + "    )"
