"""Every inflected form of the cue verbs reported speech reads, from the forms the tables list.

The tables (:mod:`newsparse._data.reporting_verbs`) list the forms seen in news; the others of
the same verb ('refuses' beside 'refused', 'speaks' beside 'spoke') come from lemminflect's
English inflection tables rather than from a hand list that grows by one form per miss. A form
lemminflect also knows as a noun or an adjective ('claims', 'fears', 'thought') is left out, as
the tables leave such forms out: read alone it is as often no cue at all.

Loading lemminflect's tables costs a fresh process about half a second, so the forms of every
word the tables list ship in :mod:`newsparse._data.verb_forms`, written by :func:`table_source`
from lemminflect (a test regenerates it and compares, so it never drifts from the library). Only
a word missing there (a table edited since) loads lemminflect, once per machine: its forms are
then kept in newsparse's cache.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Iterable, Mapping

from newsparse._data import reporting_verbs
from newsparse._data.reporting_verbs import NOT_CUE_FORMS
from newsparse._data.verb_forms import OTHER_FORMS
from newsparse.cache import cached_json
from newsparse.generated import lemminflect_table_source


def every_form(words: Iterable[str]) -> frozenset[str]:
    """``words`` and the other forms of the verb each single word is a form of; a phrase
    opening on a verb ('called for') takes the other forms the table holds of that verb
    ('calling for'), lemminflect not asked of it ('according to' stays as it is)."""
    listed = sorted(set(words))
    single = [word for word in listed if " " not in word]
    missing = [word for word in single if word not in OTHER_FORMS]
    found: Mapping[str, Iterable[str]] = OTHER_FORMS
    if missing:
        digest = hashlib.sha256(" ".join(missing).encode()).hexdigest()[:16]
        key = f"lemminflect-{importlib.metadata.version('lemminflect')}-{digest}"
        found = {**OTHER_FORMS, **cached_json("verb-forms", key, lambda: other_forms(missing))}
    forms = set(listed)
    for word in single:
        forms.update(form for form in found[word] if form not in NOT_CUE_FORMS)
    for phrase in listed:  # 'called for' -> 'calling for': its verb's forms the table holds
        verb, _, rest = phrase.partition(" ")
        if rest:
            forms.update(f"{form} {rest}" for form in found.get(verb, ()))
    return frozenset(forms)


def other_forms(words: Iterable[str]) -> dict[str, list[str]]:
    """Word -> lemminflect's forms of the verb it is a form of, nouns and adjectives left out
    (none when lemminflect knows no such verb)."""
    from lemminflect import getAllLemmas

    table: dict[str, list[str]] = {}
    for word in words:
        lemmas = getAllLemmas(word, "VERB").get("VERB")
        table[word] = sorted(set(verb_only_forms(lemmas[0])) - {word}) if lemmas else []
    return table


def verb_only_forms(lemma: str) -> list[str]:
    """lemminflect's forms of the verb ``lemma`` that it does not also know as a noun or an
    adjective ('offered', but not 'offer', 'offers' nor 'offering'), sorted."""
    from lemminflect import getAllInflections, getAllLemmas

    forms: set[str] = set()
    for inflections in getAllInflections(lemma, "VERB").values():
        forms.update(
            form for form in inflections if not {"NOUN", "ADJ"} & getAllLemmas(form).keys()
        )
    return sorted(forms)


def inflected_forms(lemmas: Iterable[str]) -> set[str]:
    """Every form lemminflect gives the verbs ``lemmas`` but the base one (past, -s, -ing,
    participle), nouns too, auxiliaries left out ('would', of 'will')."""
    from lemminflect import getAllInflections, getAllLemmas

    return {
        form
        for lemma in lemmas
        for tag, inflections in getAllInflections(lemma, "VERB").items()
        if tag not in ("VB", "VBP")
        for form in inflections
        if form.isalpha() and "AUX" not in getAllLemmas(form)
    }


def listed_words() -> list[str]:
    """The single words the cue and stance tables list: the ones the shipped table covers."""
    words = reporting_verbs.CUE_VERBS | reporting_verbs.LISTED_STANCE_WORDS
    return sorted(word for word in words if " " not in word)


def table_source() -> str:
    """The text of :mod:`newsparse._data.verb_forms`, from the lemminflect installed here."""
    about = (
        "Word -> the other forms of the verb it is a form of, nouns and adjectives left out (see",
        ":mod:`newsparse.extractors.quotes.verb_forms`).",
    )
    return lemminflect_table_source(
        "verb_forms.table_source", about, "OTHER_FORMS", other_forms(listed_words())
    )
