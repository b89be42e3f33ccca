"""A photo's caption set into the story between a speaker and a pronoun brings no one in
(issue 15): the person it shows is not whom 'she' or 'he' after it means
(:mod:`newsparse.extractors.quotes.captions`)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers

from newsparse.extractors.quotes.captions import in_caption

SPEAKER = "Vice Foreign Minister Ana Rocha"
STORY = (
    f"{SPEAKER} struck a more negative tone on Friday, telling reporters the talks might end."
    "\n\n{caption}\n\n"
    '"There may not be a need to continue," she said.'
)

#: Captions as scraped stories keep them, each closed by its photo credit.
CAPTIONS = {
    "wire credit": "President Laura Chen delivers a speech in Lima, Peru, March 1, 2019. "
    "REUTERS/Kim Hong-Ji",
    "parenthesised": "President Laura Chen waves to supporters in Ohio. (AP Photo/Evan Vucci)",
    "two slashes": "President Laura Chen speaks in Rome. REUTERS/Carlos Barria/File Photo",
    "photographer first": "President Laura Chen arrives in Madrid. Drew Angerer/Getty Images",
}


@pytest.mark.parametrize("caption", CAPTIONS.values(), ids=CAPTIONS.keys())
def test_pronoun_passes_over_a_caption(caption: str) -> None:
    assert speakers(STORY.format(caption=caption)) == ["Ana Rocha"]


def test_a_sentence_the_story_tells_still_counts() -> None:
    # no credit closes the paragraph: its subject is whom the pronoun means
    text = STORY.format(caption="President Laura Chen delivered a speech in Lima on Monday.")
    assert speakers(text) == ["Laura Chen"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The HIV/AIDS pandemic is first among the threats to children and HIV/AIDS.",
        "He said he would consider it and/or Reject it.",
        "Sales rose 5 percent in the 2019/2020 season.",
    ],
)
def test_a_slash_inside_a_sentence_is_no_credit(paragraph: str) -> None:
    assert not in_caption(f"{paragraph}\nNext.", 0)


@given(
    agency=st.sampled_from(["REUTERS", "AP Photo", "AFP", "Getty Images"]),
    first=st.sampled_from(["Kim", "Evan", "Lucas", "Drew"]),
    last=st.sampled_from(["Hong-Ji", "Vucci", "Jackson", "Angerer"]),
    caption=st.sampled_from(["A man waves a flag in Dayton, Ohio.", "Candles burn.", ""]),
)
def test_a_paragraph_closed_by_a_credit_is_a_caption(
    agency: str, first: str, last: str, caption: str
) -> None:
    text = f'"We will win," he said.\n{caption} {agency}/{first} {last}\n"Yes," she said.'
    start = text.index("\n") + 1
    assert in_caption(text, start)
    assert not in_caption(text, 0)
    assert not in_caption(text, text.rindex("\n") + 1)
