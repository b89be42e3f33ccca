"""'the White House said': words that open a person's title ('White House Press Secretary',
'House Speaker') name a body when the phrase ends on them, and a name ending on a person's title
is that person, not a body (issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_the_white_house_is_the_body_not_its_spokesman() -> None:
    """'the White House said' before 'White House Spokesman Hogan Gidley said': the body
    speaks, not the one holder of a title that opens on its name."""
    text = (
        'In response, the White House said the president "has the right and duty to protect '
        'this nation."\n\n"These actions are misguided," White House Spokesman Hogan Gidley '
        "said in a statement."
    )
    assert speakers(text) == ["the White House", "Hogan Gidley"]


def test_it_after_a_sentence_on_a_titled_person_is_the_document_quoted() -> None:
    """'According to the indictment, the former House Speaker agreed ... The indictment does
    not ..., but it does note "..."': 'House Speaker' is a person by their title, no body
    'it' may stand for; 'it' is the document last quoted."""
    text = (
        "A stunning indictment has raised questions about former House Speaker Dennis "
        "Hastert.\n\nAccording to the indictment, the former House Speaker agreed to pay "
        'money in an effort to "compensate and conceal" the misconduct.\n\n'
        "The indictment does not reveal details, but it does note the two have known each "
        'other for "most of Individual A\'s life" and more.'
    )
    assert speakers(text) == ["the indictment", "the indictment"]


def test_a_capitalised_body_word_is_its_own_name() -> None:
    """'the House' after 'the White House': a body the story names by that word alone, not
    the last name ending on it."""
    text = (
        "The White House declined to comment on Tuesday.\n\n"
        '"We will pass this bill," the House said in a statement.'
    )
    assert speakers(text) == ["the House"]


@given(
    st.sampled_from(["White House", "Senate", "House"]),
    st.sampled_from(["Spokesman", "Press Secretary", "Spokeswoman"]),
    st.sampled_from(["Laura Okafor", "David Lindqvist", "Tom Reyes"]),
)
def test_a_body_speaks_for_itself_before_its_spokesperson(body: str, title: str, name: str) -> None:
    """Whatever the body and the title that opens on its name, 'the <body> said' is the body,
    and its titled spokesperson quoted after is that person."""
    text = (
        f'On Friday, the {body} said the plan "will not stand."\n\n'
        f'"We reject it," {body} {title} {name} said.'
    )
    assert speakers(text) == [f"the {body}", name]
