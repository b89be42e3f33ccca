"""Every inflected form of the cue verbs reported speech reads, from the forms the tables list.

The tables (:mod:`newsparse._data.reporting_verbs`) list the forms seen in news; the others of
the same verb ('refuses' beside 'refused', 'speaks' beside 'spoke') come from lemminflect's
English inflection tables rather than from a hand list that grows by one form per miss. A form
lemminflect also knows as a noun or an adjective ('claims', 'fears', 'thought') is left out, as
the tables leave such forms out: read alone it is as often no cue at all. The forms are built
once per lemminflect version and table and kept in newsparse's cache, so a fresh process does
not load lemminflect and its tables.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
from collections.abc import Iterable

from newsparse._data.reporting_verbs import NOT_CUE_FORMS
from newsparse.cache import cached_json


def every_form(words: Iterable[str]) -> frozenset[str]:
    """``words`` and the other forms of the verb each single word is a form of."""
    listed = sorted(set(words))
    table = " ".join(listed) + "|" + " ".join(sorted(NOT_CUE_FORMS))  # all the build reads
    digest = hashlib.sha256(table.encode()).hexdigest()[:16]
    key = f"lemminflect-{importlib.metadata.version('lemminflect')}-{digest}"
    return frozenset(cached_json("verb-forms", key, lambda: _inflected(listed)))


def _inflected(words: list[str]) -> list[str]:
    from lemminflect import getAllInflections, getAllLemmas

    forms = set(words)
    for word in words:
        lemmas = getAllLemmas(word, "VERB").get("VERB") if " " not in word else None
        if not lemmas:
            continue
        for inflections in getAllInflections(lemmas[0], "VERB").values():
            forms.update(
                form
                for form in inflections
                if not {"NOUN", "ADJ"} & getAllLemmas(form).keys() and form not in NOT_CUE_FORMS
            )
    return sorted(forms)
