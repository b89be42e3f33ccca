"""'the company said' after 'The software giant said' after 'Microsoft announced': a
description the text could not tie to a name is the body in view, not a body of its own
(issue 15)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_the_company_is_the_body_named_before_an_untied_description() -> None:
    """'The software giant' names no body the tracker knows; 'the company' after it is still
    Microsoft, the body named as the last speaker before it."""
    text = (
        "A hacking group has attacked a US presidential campaign, Microsoft announced Friday.\n\n"
        "The software giant said it saw “significant” online activity by the group.\n\n"
        "“Four accounts were compromised as a result of these attempts,” the company said."
    )
    assert speakers(text)[-1] == "Microsoft"


def test_a_person_quoted_since_keeps_the_company_unnamed() -> None:
    """A person quoted between the body and 'the company' stops the look back: the story may
    have turned to another company."""
    text = (
        "Microsoft announced the attack on Friday.\n\n"
        "“We were hit,” said Laura Okafor, who runs a small bakery.\n\n"
        "“Four accounts were compromised,” the company said."
    )
    assert speakers(text)[-1] == "the company"


@given(
    st.sampled_from(["Microsoft", "Siemens", "Unilever", "Petrobras"]),
    st.sampled_from(["The software giant", "The conglomerate", "The tech behemoth"]),
    st.sampled_from(["company", "group"]),
)
def test_any_untied_description_is_passed_over(body: str, described: str, head: str) -> None:
    """Whatever the body and the description the text gives it, 'the <company or group>
    said' after both is the body."""
    text = (
        f"Investors were caught off guard on Monday, {body} announced.\n\n"
        f"{described} said it saw “significant” losses.\n\n"
        f"“We expect to recover,” the {head} said."
    )
    assert speakers(text)[-1] == body
