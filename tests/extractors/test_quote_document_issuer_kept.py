"""A document whose issuer the text has told keeps that issuer (issue 15): a later 'the
statement said', with the first one's words in between, is the same issuer's ('In a
statement, the army said ... the statement said ... the statement said'), and one issuer's
mention ('the agency said in a press release') names the same body every time a later mention
of the document stands for it. A past participle after the document's noun ('a statement
signed by ...', 'a report released last year') qualifies the document: what it tells names
the issuer, and the participle is no part of the speaker's name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.documents import document_mention
from newsparse.span import Span

BODIES = ["the army", "the presidency", "the ministry"]
KINDS = ["statement", "report", "communique"]


@given(st.sampled_from(BODIES), st.sampled_from(KINDS))
def test_every_later_mention_of_the_document_is_the_issuers(body: str, kind: str) -> None:
    text = (
        f"In a {kind}, {body} said on Tuesday that 17 soldiers had died of their wounds.\n\n"
        f'The soldiers died "in the line of duty at the border post," the {kind} said.\n\n'
        f"Troops have pulled back from the valley, the {kind} said, adding that the country is "
        'committed to "protect the integrity of the nation."'
    )
    assert speakers(text) == [body, body]


def test_the_issuer_of_a_press_release_is_named_the_same_each_time() -> None:
    text = (
        "The FBI also found “more than 200 rounds of ammunition” in a storage unit he rented, "
        "the agency said in a joint press release.\n\n"
        "“He was an angry man,” said John Smith, a neighbor.\n\n"
        "“He made numerous posts espousing anti-Republican views,” the press release stated."
    )
    assert speakers(text) == ["FBI", "John Smith", "FBI"]


@given(
    st.sampled_from(["signed by", "issued by", "released by"]),
    st.sampled_from(["the Al-Taifa Mansura Army", "the Mujahideen Shura Council"]),
)
def test_a_participle_after_the_document_names_its_issuer(verb: str, issuer: str) -> None:
    text = (
        "Five extremist groups warned people not to vote in a statement posted on the "
        "Internet.\n\n"
        f'"The political process is nothing but a devilish plot," said a statement {verb} '
        f"{issuer}."
    )
    assert speakers(text) == [issuer.removeprefix("the ")]


def test_a_participle_phrase_before_a_possessor_names_the_issuer() -> None:
    text = (
        "Rebels of the Tupac Amaru Revolutionary Movement elsewhere vowed to fight on.\n\n"
        "The end of the crisis only served to reaffirm the group's \"decision to continue "
        "fighting,\" according to a statement posted in Spanish on the rebel group's "
        "website."
    )
    assert speakers(text) == ["Tupac Amaru Revolutionary Movement"]


@given(st.sampled_from(["made available", "released", "issued", "published"]))
def test_a_named_maker_with_a_participle_is_the_maker(participle: str) -> None:
    text = (
        '"No new cases have been reported in these countries since early June," according '
        f"to a UNICEF statement {participle} on Saturday."
    )
    assert speakers(text) == ["UNICEF"]


@given(st.sampled_from(["signed", "posted", "made", "filed", "dated"]))
def test_the_mention_is_cut_at_its_noun_before_a_participle(participle: str) -> None:
    text = f"said a statement {participle} by the army"
    start = text.index("a statement")
    mention = Span(start, start + len(f"a statement {participle}"))
    assert document_mention(text, mention) == Span(start, start + len("a statement"))


@given(st.sampled_from(["a statement", "the report", "Smith", "a senior official"]))
def test_a_mention_without_a_participle_is_kept(phrase: str) -> None:
    text = f"said {phrase} on Monday"
    mention = Span(5, 5 + len(phrase))
    assert document_mention(text, mention) == mention
