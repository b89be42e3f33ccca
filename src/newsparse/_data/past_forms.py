"""The irregular simple past forms of English verbs: "brought", "drew", "shook", "took".

A harm noun told again is read as the harm's own where a verb follows it ("the murder shocked
the town", "the latest death brought the toll to 40"); a verb in "-ed" is told by its ending,
and the irregular ones, a closed class of a few hundred, are read from lemminflect's table of
irregular inflections rather than from a hand list. Left out are the forms that are nouns too
("shot", "cut", "set", "ground", "beat"), which as often name a thing of the harm ("the murder
bid", "the killing ground"). The forms ship written out in :mod:`newsparse._data.past_form_words`
(a test derives them again and compares), so a parse never loads lemminflect.
"""


def derived() -> frozenset[str]:
    """Every irregular simple past form of a lemminflect verb that is no noun form."""
    from lemminflect import Inflections

    table = Inflections()._getInflDict()
    nouns = {lemma for lemma, forms in table.items() if "NN" in forms} | {
        form for forms in table.values() for tag in ("NN", "NNS") for form in forms.get(tag, ())
    }
    past = {
        form
        for lemma, forms in table.items()
        if lemma.isalpha() and lemma.islower()
        for form in forms.get("VBD", ())
        if form.isalpha() and not form.endswith("ed")
    }
    return frozenset(past - nouns)


def table_source() -> str:
    """The text of :mod:`newsparse._data.past_form_words`: :func:`derived`, written once."""
    from newsparse.generated import lemminflect_words_source

    return lemminflect_words_source(
        "newsparse._data.past_forms",
        "PAST_FORMS",
        "The irregular simple past forms of verbs that are no nouns",
        sorted(derived()),
    )
