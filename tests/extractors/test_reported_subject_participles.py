"""A cue in -ing inside its sentence's subject ('Activists opposing the tax gathered ...')
reports its object, not the sentence's own verb and what follows. Sentences written for these
tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor
from newsparse.extractors.quotes.subject_participles import in_subject, object_end
from newsparse.span import Span


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


def test_the_object_ends_before_the_sentences_verb() -> None:
    assert found("Activists opposing the ferry tax gathered outside the courthouse on Monday.") == [
        ("the ferry tax", "Activists", "opposing")
    ]
    assert found("A group supporting the ferry plan has filed a lawsuit in Leeds.") == [
        ("the ferry plan", "A group", "supporting")
    ]


def test_an_apposition_in_the_object_is_read_through() -> None:
    text = "A group supporting the losing candidate, Ann Lee, has filed a lawsuit in Leeds."
    assert found(text) == [("the losing candidate, Ann Lee", "A group", "supporting")]


def test_a_cue_as_the_sentences_verb_is_the_subjects() -> None:
    """'Voters backing Ruiz said ...': the voters said it, not Ruiz, whose name only ends the
    object; a name set off by commas before the verb is never the object's."""
    assert found("Voters backing Mayor Ana Ruiz said they were worried about the ferry.") == [
        ("Mayor Ana Ruiz", "Voters", "backing"),
        ("they were worried about the ferry", "Voters", "said"),
    ]
    text = "The head of the group backing Mayor Ana Ruiz, Karl Dunn, praised the ferry plan."
    backing, praised = found(text)
    assert backing == ("Mayor Ana Ruiz, Karl Dunn", "The head of the group", "backing")
    assert praised[0] == "the ferry plan"
    assert praised[1] != "Ana Ruiz"


def test_a_passive_verb_after_the_object_is_no_cue_of_the_subjects() -> None:
    """'Experts considering sanctions at a forum sponsored by ...': a past form before 'by' is
    a participle of the object's, and the verb is looked for after it."""
    text = (
        "Experts considering sanctions at a forum sponsored by the Leeds Institute on Monday "
        "underscored that the region depends on gas."
    )
    assert found(text) == [
        (
            "sanctions at a forum sponsored by the Leeds Institute on Monday",
            "Experts",
            "considering",
        ),
        ("the region depends on gas", "Experts", "underscored"),
    ]


def test_outside_the_subject_the_clause_runs_on() -> None:
    """A verb before the cue ('carried signs calling') or 'with' before its subject puts the cue
    outside the sentence's subject: nothing is cut."""
    text = "Protesters carried signs calling Mayor Dunn a liar and marched to the hall."
    start = text.index("calling")
    assert not in_subject(
        text, Span(start, start + 7), Span(text.index("signs"), start - 1), Span(0, len(text))
    )
    text = "The vote tightened, with polls backing Mayor Dunn as the race went on."
    start = text.index("backing")
    assert not in_subject(
        text, Span(start, start + 7), Span(text.index("polls"), start - 1), Span(0, len(text))
    )


def test_a_noun_in_ing_is_no_participle() -> None:
    """'The warning came ...', 'Social distancing is ...': a determiner or an adjective before
    the form makes it a noun; a plural or a noun for a person does not."""
    for text, speaker in (
        ("The warning came after the storm hit Leeds.", "The"),
        ("Social distancing is vital for the town now.", "Social"),
        ("Historically speaking, the port was always busy.", "Historically"),
    ):
        cue = text.split()[1].rstrip(",")
        start = text.index(cue)
        span = Span(start, start + len(cue))
        assert not in_subject(text, span, Span(0, len(speaker)), Span(0, len(text)))
    text = "A property owner seeking a loan would face scrutiny."
    start = text.index("seeking")
    assert in_subject(text, Span(start, start + 7), Span(0, start - 1), Span(0, len(text)))


def test_a_clause_object_keeps_its_verbs() -> None:
    """A verb of saying reports a clause whose verb cannot be told from the sentence's, and an
    object opening on 'that' or 'if' has verbs of its own: neither is cut."""
    reports = found("Officials saying the ferry will stop were ignored by the council.")
    assert reports[0][0].startswith("the ferry will stop")
    text = "People asking if the ferry is safe should call the port."
    content = Span(text.index("if"), len(text) - 1)
    assert object_end(text, content) == content.end


def test_a_closing_attribution_is_no_verb_of_the_subjects() -> None:
    """'..., police said.': a cue verb the sentence ends on is its own attribution."""
    text = "Officers responding to the call found two men in the car, police said."
    content = Span(text.index("to the call"), len(text) - 1)
    assert object_end(text, content) == content.end


@given(
    subject=st.sampled_from(["Activists", "Farmers", "A group", "Senators"]),
    cue=st.sampled_from(["backing", "opposing", "supporting", "seeking"]),
    thing=st.sampled_from(["the new bridge", "a ferry tax", "Mayor Ana Ruiz", "the plan"]),
    verb=st.sampled_from(["gathered outside", "have marched to", "will meet at", "rallied at"]),
)
def test_the_object_of_a_participle_in_the_subject(
    subject: str, cue: str, thing: str, verb: str
) -> None:
    text = f"{subject} {cue} {thing} {verb} the town hall on Monday."
    assert found(text) == [(thing, subject, cue)]
