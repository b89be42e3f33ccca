"""Cue verbs in forms that are also nouns ('claims', 'fear'), read only after a subject, and cue
nouns owned by a possessive determiner. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from newsparse._data import noun_verb_forms as shipped
from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.noun_verbs import after_subject, table_source, verb_next

REGENERATE = (
    "python -c 'from newsparse.extractors.quotes.noun_verbs import table_source as t; "
    'print(t(), end="")\' > src/newsparse/_data/noun_verb_forms.py'
)


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_the_shipped_forms_are_what_lemminflect_gives_today() -> None:
    """Fails when lemminflect or the cue tables change: regenerate with REGENERATE."""
    written = Path(shipped.__file__).read_text(encoding="utf-8")
    assert written == table_source(), f"the noun-verb forms are stale; run {REGENERATE}"


def test_the_forms_are_present_forms_that_are_also_nouns() -> None:
    assert {"claims", "claim", "fear", "supports", "demands"} <= shipped.NOUN_VERB_FORMS
    assert not {"claimed", "feared", "claiming"} & shipped.NOUN_VERB_FORMS


def test_a_subject_before_the_form() -> None:
    text = "They fear it. Voters who support it. Senator Jo Park claims it. The claims."
    assert after_subject(text, text.index("fear"))
    assert after_subject(text, text.index("support"))
    assert after_subject(text, text.index("claims it"))
    assert not after_subject(text, text.index("claims."))


def test_a_surname_after_an_abbreviated_title_is_a_subject() -> None:
    """The full stop of "Rep." or "Dr." closes no sentence, so the name after it is mid-sentence."""
    for text in ("Rep. Smith claims it.", "He said Dr. Okafor fears it."):
        assert after_subject(text, text.rindex(" ") - len(text.split()[-2]))
    assert not after_subject("It failed. Smith claims it.", len("It failed. Smith "))


def test_a_form_after_a_subject_is_a_cue() -> None:
    assert found("The mill owners met on Monday. They fear the plant will close.") == [
        ("the plant will close", None, "fear")
    ]
    assert found("Rep. Lena Ortiz claims the count was wrong.") == [
        ("the count was wrong", "Lena Ortiz", "claims")
    ]
    assert found("Most analysts favor a slower rise in rates.") == [
        ("a slower rise in rates", "Most analysts", "favor")
    ]


def test_a_form_after_a_determiner_or_opening_a_sentence_is_none() -> None:
    assert found("The claims were never tested in court.") == []
    assert found("Voter fears grew all summer.") == []
    assert found("Party claims about the vote went unanswered.") == []


def test_a_cue_noun_owned_by_a_determiner_is_its_owners() -> None:
    text = (
        "Governor Rita Vance toured the plant on Friday. "
        "The shares fell after her warnings about the plant."
    )
    assert found(text) == [("about the plant", "Rita Vance", "warnings")]


def test_that_after_a_determiners_noun_may_open_a_relative_clause() -> None:
    """'their plan that he proposed': the plan is what he proposed, not something said."""
    assert found("Workers painted their ferry plan that he proposed.") == [
        ("their ferry plan", None, "proposed")
    ]


def test_a_determiner_inside_a_word_is_none() -> None:
    assert found("Nobody else, other claims aside, took the stage.") == []


@given(
    subject=st.sampled_from(["they", "we", "Critics", "Officials", "Mayor Ruiz"]),
    form=st.sampled_from(["fear", "claim", "demand", "favor"]),
)
def test_a_subject_and_a_noun_verb_report_the_clause_after(subject: str, form: str) -> None:
    text = f"On Monday {subject} {form} the new bridge will cost more than planned."
    reports = ReportedSpeechExtractor().extract(Document(text))
    assert [(r.cue, r.text) for r in reports] == [
        (form, "the new bridge will cost more than planned")
    ]


@given(determiner=st.sampled_from(["the", "these", "such", "our"]))
def test_a_determiner_and_a_noun_verb_report_nothing(determiner: str) -> None:
    text = f"On Monday {determiner} claims about the new bridge were heard again."
    assert list(ReportedSpeechExtractor().extract(Document(text))) == []


def test_a_finite_verb_or_a_phrase_end_after_the_form_makes_it_a_noun() -> None:
    """'the Leeds debate is', 'Under the Dunn plan, ...': a noun after a name, never a cue."""
    assert found("The Leeds debate is set for Monday night at the town hall.") == []
    assert found("Under the Dunn plan, the ferry would run every hour.") == []
    assert found("The Park attacks could change how the port is guarded.") == []
    assert found("Rust Belt states and their neighbours lost mills.") == []


def test_a_preposition_of_motion_after_the_form_makes_it_a_verb_of_moving() -> None:
    assert found("Each night they back the ferry into the old slip.") == []
    assert found("On Friday the Leeds marchers push through the rain.") == []


def test_what_a_cue_verb_goes_on_to_keeps_it_a_cue() -> None:
    assert verb_next("Ruiz claims the count was wrong.", 5, len("Ruiz claims"))
    assert verb_next("Critics fear for the mill.", 8, len("Critics fear"))
    assert not verb_next("The Dunn plan will fail.", 9, len("The Dunn plan"))
    assert not verb_next("Under the Dunn plan, it runs.", 15, len("Under the Dunn plan"))


def test_a_finite_verb_after_the_form_in_a_relative_clause_is_its_objects() -> None:
    """'a tax which Warren claims would raise': the relative word is what she claims."""
    text = "The ferry tax, which Mayor Dunn claims would raise $8 million, passed."
    assert verb_next(text, text.index("claims"), text.index(" would"))
    assert [(speaker, cue) for _, speaker, cue in found(text)] == [("Dunn", "claims")]


@given(
    name=st.sampled_from(["Leeds", "Dunn", "Park", "Senate"]),
    form=st.sampled_from(["plan", "debate", "report", "claims", "support"]),
    verb=st.sampled_from(["is", "was", "will", "could", "has"]),
)
def test_a_name_a_noun_form_and_a_finite_verb_report_nothing(
    name: str, form: str, verb: str
) -> None:
    text = f"On Monday the {name} {form} {verb} not the point of the new bridge."
    assert list(ReportedSpeechExtractor().extract(Document(text))) == []


def test_a_name_a_noun_form_and_a_title_make_a_compound() -> None:
    """'the White House press secretary', 'Ohio state Rep. Ann Lee': the form is the first noun
    of a title; after a pronoun or 'who' a titled name is still an object ('who view Rep.')."""
    text = "The ferry will run, White House press secretary Ann Lee said on Monday."
    assert found(text) == [("The ferry will run", "Ann Lee", "said")]
    assert found("Ohio state Rep. Ann Lee won the seat in May.") == []
    assert [cue for *_, cue in found("Voters who view Rep. Ann Lee as honest came out.")] == [
        "view"
    ]


@given(
    place=st.sampled_from(["Ohio", "Leeds", "Senate", "Pentagon"]),
    form=st.sampled_from(["state", "press", "project"]),
    title=st.sampled_from(["secretary", "senator", "director", "Rep.", "Sen."]),
)
def test_a_name_a_form_and_a_title_report_nothing(place: str, form: str, title: str) -> None:
    text = f"On Monday the {place} {form} {title} Ann Lee toured the new bridge."
    assert list(ReportedSpeechExtractor().extract(Document(text))) == []
