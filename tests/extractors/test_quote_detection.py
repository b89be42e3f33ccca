"""Which quoted stretches are quotes: grouped by the cause of the error each case once showed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor


def found(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) pairs, quoted words without the final comma or period."""
    return [
        (quote.text.rstrip(",."), quote.speaker)
        for quote in QuoteExtractor().extract(Document(text))
    ]


DETECTION_BY_CAUSE = {
    "titles with the comma inside the marks": [
        (  # American style sets the comma inside the marks; the stretch is still a title
            'Lena Park said she read "The Grapes of Wrath," twice as a girl.',
            [],
        ),
        (  # a show after a preposition, with an attribution right after it
            "In an interview on \u201cCapitol Week,\u201d Senator Lena Park predicted a close race.",
            [],
        ),
        (  # a one-word show after its channel's possessive
            "Senator Lena Park told WXYZ\u2019s \u201cDaybreak\u201d on Monday that she would run.",
            [],
        ),
        (  # words in title case with an exclamation after a preposition are words said
            'She closed her speech on "Forward! Always Forward!," Senator Lena Park said.',
            [("Forward! Always Forward!", "Lena Park")],
        ),
        (  # a show after its channel's possessive, even with an attribution right after it
            "Senator Lena Park spoke on Sunday.\n\n"
            "In an interview on WXYZ\u2019s \u201cCapitol Week,\u201d she predicted a close race.",
            [],
        ),
        (  # title case said and credited right after the marks is words said
            '"Far From Over," Park wrote on Twitter.',
            [("Far From Over", "Park")],
        ),
        (  # and so it is after a colon introducing it
            'Park said: "Far From Over," and left the stage.',
            [("Far From Over", "Park")],
        ),
    ],
    "words quoted as words, and names given": [
        (
            'Mayor Ana Ruiz said the city would not use the term "gridlock tax" again.',
            [],
        ),
        ('The council called off the so-called "summer plan," Ruiz said.', []),
        ('The Daily Star ran a story headlined "Mayor Quits Over Bridge Deal," Ruiz said.', []),
        (  # a list after the mention is mentioned too
            'Ana Ruiz said officials kept using words such as "soon" and "shortly" at the meeting.',
            [],
        ),
        (  # a speaker's words are no mention of words
            'Ana Ruiz said officials kept using "soon and shortly" at the meeting.',
            [("soon and shortly", "Ana Ruiz")],
        ),
    ],
    "terms a passive or a participle gives, and chants and slogans": [
        ('Officials said the program is called "safe streets" in the city.', []),
        ('The council approved something called "congestion pricing" on Monday, Ruiz said.', []),
        ('Ruiz is charged with "reckless endangerment" in the case, prosecutors said.', []),
        ('The district, known locally as a "food desert," has no grocery, Ruiz said.', []),
        (  # chants, and the list after them
            'Protesters chanted "No more delays" and "Open the bridge" outside city hall, Mayor '
            "Ana Ruiz said.",
            [],
        ),
        ('Walking in to chants of "Lena! Lena!," Senator Lena Park said she would run.', []),
        ('Supporters held up a banner that read "Ruiz for mayor" as she spoke.', []),
        (  # a speaker's own naming is her words
            'Ana Ruiz called the program "a disaster" on Monday.',
            [("a disaster", "Ana Ruiz")],
        ),
    ],
    "titles after the work they name": [
        ('Ana Ruiz, author of "Streets of Lima," spoke first.', []),
        ('She read from her new book, "Walking Home at Night," on Monday.', []),
        # words said right after a title are no item of a list it opens, and a colon after the
        # work introduces its words
        (
            'Ana Ruiz is the author of "Streets of Lima." "We wrote it in a year," she said.',
            [("We wrote it in a year", "Ana Ruiz")],
        ),
        (
            'Mayor Ana Ruiz signed the book: "For Lima, with love," she wrote.',
            [("For Lima, with love", "Ana Ruiz")],
        ),
    ],
    "words a mention after them quotes as words, and a poll's answers": [
        ('"Gridlock" is a word Mayor Ana Ruiz uses often, aides said.', []),
        ('Ana Ruiz said she avoids using "smart city" as a blanket term.', []),
        (
            "In the city poll, 52 percent of voters said they were \u201cvery worried\u201d or"
            " \u201csomewhat worried.\u201d",
            [],
        ),
        (  # a whole clause a share of those polled gave reads as what they said
            'In the poll, 52 percent said "the council has failed the city and should resign."',
            [("the council has failed the city and should resign", "52 percent")],
        ),
    ],
    "crossheads quoting a later speaker": [
        (
            "The talks ended on Monday.\n\n'Internal matter'\n\nThe Foreign Ministry said the "
            'border dispute was an "internal matter" of the country.',
            [("Internal matter", "Foreign Ministry"), ("internal matter", "Foreign Ministry")],
        ),
        (
            'Mayor Ana Ruiz spoke on Monday.\n\n"Not one more delay"\n\n"We will open the bridge '
            'in May. Not one more delay," Ruiz said.',
            [
                ("Not one more delay", "Ana Ruiz"),
                ("We will open the bridge in May. Not one more delay", "Ana Ruiz"),
            ],
        ),
        (  # words no one is credited with stay unattributed
            'Mayor Ana Ruiz spoke on Monday.\n\n"Clean water standard"\n\nThe plan sets a "clean '
            'water standard" for cities.',
            [],
        ),
    ],
    "closing marks glued to the next word": [
        (  # the space after the closing mark lost in scraping
            '"We work toward legal aid for their children,"the official was quoted as saying.',
            [("We work toward legal aid for their children", "the official")],
        ),
        (
            "\u201cI think it is odd,\u201dClinton said. \u201cSome of the comments do not fit.\u201d",
            [("I think it is odd", "Clinton"), ("Some of the comments do not fit", "Clinton")],
        ),
        (  # with no quote open, the mark after a comma opens one
            'Ana Ruiz said,"We will win."',
            [("We will win", "Ana Ruiz")],
        ),
    ],
    "quotes inside quotes": [
        (  # a double-marked quote inside another stays inside it
            'Ana Ruiz wrote on Monday: "Police say the man shouted "Run!" before he fled."',
            [('Police say the man shouted "Run!" before he fled', "Ana Ruiz")],
        ),
        (
            "\u201cWhat the council calls \u201creform\u201d is a sham,\u201d Ana Ruiz said.",
            [("What the council calls \u201creform\u201d is a sham", "Ana Ruiz")],
        ),
        (  # one mark at the paragraph's end closes the inner quote and the outer one
            'Ana Ruiz said on Monday: "If you forget the promise you made in May, then you have '
            '"amnesia."\n\nThe crowd cheered.',
            [('If you forget the promise you made in May, then you have "amnesia', "Ana Ruiz")],
        ),
        (  # an outer mark no second mark closes was stray: the inner quote is the quote
            'Ruiz said "the plan was "dead on arrival," and left.',
            [("dead on arrival", "Ruiz")],
        ),
        (  # a paragraph of a quote running on holds the quote nested in it
            "Dr. Ana Ruiz said on Monday:\n\n"
            '"The court is not about \u201cequal justice\u201d anymore. It is about power.\n\n'
            '"We will change that," she said.',
            [
                (
                    "The court is not about \u201cequal justice\u201d anymore. It is about power",
                    "Ana Ruiz",
                ),
                ("We will change that", "Ana Ruiz"),
            ],
        ),
        (  # the turns of a dialogue: a quote alone that was lent a speaker lends none on
            "\u201cWhere is the house?\u201d Lilly Moss said. \u201cTell me where it is.\u201d\n\n"
            "\u201cThe house we used to live in, dear.\u201d\n\n"
            "\u201cWhen are we going to live there?\u201d\n\nThey drove on.",
            [
                ("Where is the house?", "Lilly Moss"),
                ("Tell me where it is", "Lilly Moss"),
                ("The house we used to live in, dear", "Lilly Moss"),
            ],
        ),
        (  # two opening marks with no word between are one
            '"\u201cWe will not win by counting states,\u201d Ruiz said on Monday."',
            [("We will not win by counting states", "Ruiz")],
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [case for cases in DETECTION_BY_CAUSE.values() for case in cases],
    ids=[f"{cause}-{n}" for cause, cases in DETECTION_BY_CAUSE.items() for n in range(len(cases))],
)
def test_detection_by_cause(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


TITLE_WORDS = ["Morning", "Capitol", "Week", "Report", "Face", "Nation", "Live", "Hour", "Talk"]
SMALL_WORDS = ["the", "of", "and", "in"]
OUTLETS = ["WXYZ", "Radio Nine", "the network", "Channel 4", "the station"]


@st.composite
def titles(draw: st.DrawFn) -> str:
    """Two to five words in title case: capitalised words with small words between them."""
    words = [draw(st.sampled_from(TITLE_WORDS))]
    for _ in range(draw(st.integers(1, 2))):
        if draw(st.booleans()):
            words.append(draw(st.sampled_from(SMALL_WORDS)))
        words.append(draw(st.sampled_from(TITLE_WORDS)))
    return " ".join(words)


@given(
    title=titles(),
    outlet=st.sampled_from(OUTLETS),
    lead=st.sampled_from(["In an interview on", "Speaking on", "As a guest of", "Live from"]),
    mark=st.sampled_from([("\u201c", "\u201d"), ('"', '"')]),
    speaker=st.sampled_from(["she", "Park", "Senator Lena Park"]),
)
def test_a_show_after_a_possessive_or_a_preposition_is_no_quote(
    title: str, outlet: str, lead: str, mark: tuple[str, str], speaker: str
) -> None:
    opening, closing = mark
    text = (
        "Senator Lena Park spoke on Sunday.\n\n"
        f"On {outlet}\u2019s {opening}{title},{closing} {speaker} said the vote would be close."
    )
    assert found(text) == []
    shown = f"{lead} {opening}{title},{closing} {speaker} said the vote would be close."
    assert found(shown) == []
    # the same words credited at a sentence's start are words said
    said = f"{opening}{title},{closing} Lena Park said on Sunday."
    assert found(said) == [(title, "Lena Park")]


MENTION_LEADS = [
    "the word",
    "the words",
    "the term",
    "a new phrase,",
    "the slogan",
    "the so-called",
    "what she dubbed",
    "a group known as",
    "a report titled",
    "a plan dubbed the",
    "a site known as the",
    "a fee known simply as",
    "chants of",
    "a sign that read",
]
PLAIN_WORDS = st.lists(st.sampled_from(["soon", "red", "line", "tax", "deal", "plan"]), min_size=1)


TERM_LEADS = [
    "a fee that is called",
    "a fee that was labeled",
    "what is called a",
    "something called",
    "a program called",
]
TERM_WORDS = st.lists(
    st.sampled_from(["soon", "red", "line", "tax", "deal", "plan"]), min_size=1, max_size=3
)


@given(
    case=st.one_of(
        st.tuples(st.sampled_from(MENTION_LEADS), PLAIN_WORDS),
        # a passive or a participle gives a term only when it is short
        st.tuples(st.sampled_from(TERM_LEADS), TERM_WORDS),
    )
)
def test_a_mention_is_no_quote(case: tuple[str, list[str]]) -> None:
    lead, words = case
    quoted = " ".join(words)
    text = f'Mayor Ana Ruiz said officials used {lead} "{quoted}" at the meeting.'
    assert found(text) == []
    # the same words without the mention are hers
    text = f'Mayor Ana Ruiz said officials used "{quoted}" at the meeting.'
    assert found(text) == [(quoted, "Ana Ruiz")]


def test_an_agent_after_a_passive_term_keeps_the_words() -> None:
    """'has been called "..." by a professor': the professor's words."""
    text = 'The plan has been called "a disaster" by Mayor Ana Ruiz.'
    assert [words for words, _ in found(text)] == ["a disaster"]


INNER_WORDS = st.lists(st.sampled_from(["stop", "now", "never", "again", "run"]), min_size=1)
OUTER_WORDS = st.lists(
    st.sampled_from(["the", "crowd", "kept", "shouting", "all", "night", "at", "us"]), min_size=1
)


@given(
    before=OUTER_WORDS,
    inner=INNER_WORDS,
    after=OUTER_WORDS,
    mark=st.sampled_from([("\u201c", "\u201d"), ('"', '"')]),
)
def test_a_quote_inside_a_quote_stays_inside(
    before: list[str], inner: list[str], after: list[str], mark: tuple[str, str]
) -> None:
    opening, closing = mark
    said = f"{' '.join(before).capitalize()} {opening}{' '.join(inner)}{closing} {' '.join(after)}"
    text = f"{opening}{said},{closing} Ana Ruiz said."
    assert found(text) == [(said, "Ana Ruiz")]


@given(
    words=st.lists(
        st.sampled_from(["we", "will", "open", "the", "bridge", "in", "may"]), min_size=3
    ),
    data=st.data(),
)
def test_a_crosshead_takes_the_speaker_who_says_its_words(
    words: list[str], data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(words) - 2))
    end = data.draw(st.integers(start + 2, len(words)))
    crosshead = " ".join(words[start:end]).capitalize()
    said = " ".join(words).capitalize()
    text = f'Mayor Ana Ruiz spoke on Monday.\n\n"{crosshead}"\n\n"{said}," Ruiz said.'
    assert found(text) == [(crosshead, "Ana Ruiz"), (said, "Ana Ruiz")]


@given(
    words=st.lists(st.sampled_from(["we", "will", "open", "the", "bridge", "soon"]), min_size=2),
    speaker=st.sampled_from(["Ana Ruiz", "the official", "she"]),
    mark=st.sampled_from([("\u201c", "\u201d"), ('"', '"')]),
)
def test_a_lost_space_after_the_closing_mark_changes_nothing(
    words: list[str], speaker: str, mark: tuple[str, str]
) -> None:
    opening, closing = mark
    said = " ".join(words).capitalize()
    lead = "Ana Ruiz spoke on Monday.\n\n"
    spaced = f"{lead}{opening}{said},{closing} {speaker} said. {opening}It is done.{closing}"
    glued = f"{lead}{opening}{said},{closing}{speaker} said. {opening}It is done.{closing}"
    assert found(glued) == found(spaced)
    assert [quoted for quoted, _ in found(glued)] == [said, "It is done"]


@given(
    before=OUTER_WORDS,
    inner=INNER_WORDS,
    after=OUTER_WORDS,
    outer=st.sampled_from(['"', "\u201c"]),
)
def test_a_paragraph_running_on_holds_its_nested_quote(
    before: list[str], inner: list[str], after: list[str], outer: str
) -> None:
    said = f"{' '.join(before).capitalize()} \u201c{' '.join(inner)}\u201d {' '.join(after)}."
    closing = "\u201d" if outer == "\u201c" else '"'
    text = f"Ana Ruiz spoke on Monday:\n\n{outer}{said}\n\n{outer}It is done,{closing} she said."
    assert found(text) == [(said.rstrip("."), "Ana Ruiz"), ("It is done", "Ana Ruiz")]


RUN_ON_WORDS = st.lists(
    st.sampled_from(["we", "will", "open", "the", "bridge", "in", "may", "and", "june"]),
    min_size=4,
    max_size=10,
)


@given(
    said=RUN_ON_WORDS,
    more=RUN_ON_WORDS,
    cue=st.sampled_from(["Ana Ruiz said", "said Ana Ruiz, the mayor", "Ruiz told reporters"]),
    mark=st.sampled_from([("\u201c", "\u201d"), ('"', '"')]),
)
def test_a_quote_alone_in_its_paragraph_goes_on_the_quote_before(
    said: list[str], more: list[str], cue: str, mark: tuple[str, str]
) -> None:
    opening, closing = mark
    first, second = " ".join(said).capitalize(), " ".join(more).capitalize()
    text = (
        f"Mayor Ana Ruiz spoke on Monday.\n\n{opening}{first},{closing} {cue}. "
        f"{opening}It is done.{closing}\n\n{opening}{second}.{closing}\n\nThe council meets."
    )
    assert found(text) == [(first, "Ana Ruiz"), ("It is done", "Ana Ruiz"), (second, "Ana Ruiz")]
