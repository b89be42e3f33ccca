"""The ``quotes`` extractor: quoted words, their speaker mention and the speaker's fullest name."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.quotes import QuoteExtractor
from newsparse.extractors.quotes.cues import opening_subject
from newsparse.findings import Quote
from newsparse.span import Span
from newsparse.testing import articles, check_extractor, quotes


def extract(text: str) -> list[Quote]:
    return list(QuoteExtractor().extract(Document(text)))


def found(text: str) -> list[tuple[str, str | None]]:
    """(quoted words, speaker) pairs, quoted words without the final comma or period."""
    return [(quote.text.rstrip(",."), quote.speaker) for quote in extract(text)]


# Wire style: short paragraphs, attribution after the quote, pronouns for a named speaker.
WIRE = [
    (  # a question ending the quote: its attribution is still part of its sentence
        "Senator David Vitter pressed the bank's chief.\n\n"
        '"Is the bank simply too big to regulate?" Vitter demanded. The chief said nothing.',
        [("Is the bank simply too big to regulate?", "David Vitter")],
    ),
    (
        '"We believe we are due for an updated look," State Department spokesman Ned Price '
        'told reporters.\n\nHe said the plan was "dead on arrival."',
        [
            ("We believe we are due for an updated look", "Ned Price"),
            ("dead on arrival", "Ned Price"),
        ],
    ),
    (
        "President Andres Manuel Lopez Obrador has said Mexico wants change.\n\n"
        '"We don\'t want it to be like it was before," Lopez Obrador said in June.',
        [("We don't want it to be like it was before", "Andres Manuel Lopez Obrador")],
    ),
    (
        "The strategy will focus \u201cnot just on crime,\u201d a senior US administration official said.\n\n"
        "\u201cWe're going to be looking at ways to cut demand,\u201d he said.\n\n"
        "The new plan would work \u201cto deny revenue to these cartels,\u201d the official added.",
        [
            ("not just on crime", "a senior US administration official"),
            (
                "We're going to be looking at ways to cut demand",
                "a senior US administration official",
            ),
            ("to deny revenue to these cartels", "a senior US administration official"),
        ],
    ),
    (
        "It will not be easy, said Michael Shifter, president of the Inter-American Dialogue.\n\n"
        '"The initiative is indeed dead," he said.',
        [("The initiative is indeed dead", "Michael Shifter")],
    ),
    (
        "Foreign Minister Marcelo Ebrard spoke on Monday.\n\n"
        "\u201cWe want faster extraditions,\u201d Ebrard told reporters.",
        [("We want faster extraditions", "Marcelo Ebrard")],
    ),
]

# Newspaper style: colon introductions, partial quotes, appositives, quotes over paragraphs.
NEWSPAPER = [
    (
        "Spokeswoman Haley Morris says the candidate has \u201calways run a lean campaign.\u201d",
        [("always run a lean campaign", "Haley Morris")],
    ),
    (
        "Sen. Jane Roe, a Democrat from Ohio, said: \u201cThis bill is a disgrace.\u201d",
        [("This bill is a disgrace", "Jane Roe")],
    ),
    (
        '"It is over," said former Utah governor Michael Leavitt, a Romney confidant. '
        '"He has heard from many people."',
        [("It is over", "Michael Leavitt"), ("He has heard from many people", "Michael Leavitt")],
    ),
    (
        "Mayor Tom Ortiz said at a rally:\n\n"
        "\u201cWe will rebuild every school in this city.\n\n"
        "\u201cAnd we will do it within two years.\u201d",
        [
            ("We will rebuild every school in this city", "Tom Ortiz"),
            ("And we will do it within two years", "Tom Ortiz"),
        ],
    ),
    (
        "Rep. Paul Ryan (R-Wis.) said the images \u201chave no place in a campaign.\u201d",
        [("have no place in a campaign", "Paul Ryan")],
    ),
    (
        "Trump blasted the deal on Tuesday, saying it was \u201ca total disaster.\u201d",
        [("a total disaster", "Trump")],
    ),
    (
        "According to Maria Lopez, the mayor\u2019s aide, \u201cthe budget is gone.\u201d",
        [("the budget is gone", "Maria Lopez")],
    ),
    (
        # After "went on to", the verb's object is what was said, not who said it.
        "\u201cThe budget is short,\u201d said Ann Cole, the mayor.\n\n"
        "She went on to say the shortfall was \u201ca mess of our own making.\u201d",
        [("The budget is short", "Ann Cole"), ("a mess of our own making", "Ann Cole")],
    ),
    (
        # A time phrase opening the sentence is not the subject that the -ing cue shares.
        "Hours later, Senator Tom Reed hit back, telling reporters the bill was \u201cdead.\u201d",
        [("dead", "Tom Reed")],
    ),
    (
        # A partial quote inside the writer's own sentence belongs to that sentence's subject,
        # not to the speaker of the quote before it.
        "\u201cThe count is fixed,\u201d Maria Lopez said. "
        "Tom Reed blamed the delay on \u201csloppy counting.\u201d",
        [("The count is fixed", "Maria Lopez"), ("sloppy counting", "Tom Reed")],
    ),
    (
        # A relative pronoun is the speaker mention and resolves to the name before it.
        'Clinton attacked Trump, who has said he wants to be a "neutral" broker.',
        [("neutral", "Trump")],
    ),
    (
        # A contracted pronoun ("he'd") is still a pronoun mention.
        "Mayor Tom Ortiz said he\u2019d asked aides to \u201clook into\u201d the claim.",
        [("look into", "Tom Ortiz")],
    ),
    (
        # A prepositional phrase between the speaker and the cue is not the speaker.
        "Senator Tom Reed at the time said the bill was \u201cdead on arrival.\u201d",
        [("dead on arrival", "Tom Reed")],
    ),
    (
        # After an appositive's comma, "said X is ..." starts the reported clause; X is not the
        # speaker (a verb-first speaker ends at punctuation or a preposition, not a verb).
        "Rich Heffley, a party operative who runs the early-vote effort, said the absentee "
        "program is a \u201ccritical part of our strategy.\u201d",
        [("critical part of our strategy", "Rich Heffley")],
    ),
    (
        "Sen. Ann Cole, who backs the bill, said Reed has pushed the party to be "
        "\u201cmore careful.\u201d",
        [("more careful", "Ann Cole")],
    ),
    (
        # A clause before the comma ("He apologized the next day,") is the subject's own, not
        # a time opener to skip, even when it holds a time word.
        "Tom Reed said little on Monday. He apologized the next day, saying it was "
        "\u201cchildish\u201d to trade insults.",
        [("childish", "Tom Reed")],
    ),
    (
        # A long appositive between the name and the cue.
        "Jason Sorens, the founder of a small project that encourages libertarians to move to "
        "New Hampshire and run for local office, said he had seen \u201csome demobilization\u201d "
        "among voters.",
        [("some demobilization", "Jason Sorens")],
    ),
    (
        # A participle naming a thing ("the loophole called ...") is not a cue with the
        # loophole as speaker; the words belong to the sentence's subject.
        "Senator Tom Reed slammed the tax loophole called an \u201cinversion,\u201d in which a "
        "company moves abroad.",
        [("inversion", "Tom Reed")],
    ),
    (
        # Title case after a colon introduction is still words said, not a title.
        "Governor Ann Cole told the crowd: \u201cWelcome Home.\u201d",
        [("Welcome Home", "Ann Cole")],
    ),
]

# Hand-written: guillemets, straight marks with nested single quotes, and things that are not quotes.
HAND_WRITTEN = [
    (
        "\u00abNous avons gagn\u00e9,\u00bb said Anne Dupont, the party leader.",
        [("Nous avons gagn\u00e9", "Anne Dupont")],
    ),
    (
        "\"He told me 'never again,' and I believed him,\" Carla Mendes said.",
        [("He told me 'never again,' and I believed him", "Carla Mendes")],
    ),
    ("''We will win,'' Mr. Smith said.", [("We will win", "Smith")]),
    (
        # 'he' skips a group to reach the last single speaker; 'they' goes to the group.
        "\u201cWe are ready,\u201d Mayor Tom Ortiz said. City officials said the plan was "
        "\u201csound.\u201d\n\n\u201cIt is done,\u201d he said. \u201cWe wait,\u201d they said.",
        [
            ("We are ready", "Tom Ortiz"),
            ("sound", "City officials"),
            ("It is done", "Tom Ortiz"),
            ("We wait", "City officials"),
        ],
    ),
    (
        # Once 'he' has named Tom Reed, a later 'she' passes over him.
        "\u201cThe count is close,\u201d Ann Cole said. \u201cIt is over,\u201d Tom Reed said. "
        "\u201cNot yet,\u201d he added.\n\n\u201cWe will see,\u201d she said.",
        [
            ("The count is close", "Ann Cole"),
            ("It is over", "Tom Reed"),
            ("Not yet", "Tom Reed"),
            ("We will see", "Ann Cole"),
        ],
    ),
    (
        "The minister said: \u2018We won\u2019t stop until the job is done.\u2019",
        [("We won\u2019t stop until the job is done", "The minister")],
    ),
    ('Officials praised the so-called "peace dividend" last year.', []),
    (
        # Quoted words in narration whose subject names no one are not credited to the
        # speaker of the quote before them.
        "\u201cWe won,\u201d Tom Reed said. The promise to \u201ctake our country back\u201d "
        "appeals to many voters.",
        [("We won", "Tom Reed")],
    ),
    ('Police arrested Joaquin "El Chapo" Guzman in 2016.', []),
    ("- Merida Initiative 'dead' -\n\nThe talks went on.", []),
    ("She appeared on CNN's \u201cState of the Union\u201d on Sunday, Smith said.", []),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), WIRE)
def test_wire_style(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), NEWSPAPER)
def test_newspaper_style(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), HAND_WRITTEN)
def test_hand_written(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


# Known misses, kept so that a fix shows up as an unexpected pass.
KNOWN_MISSES = [
    pytest.param(
        # A question-and-answer transcript: the speaker is the capitalised label, no cue verb.
        'WALLACE: "Governor, will you answer the question?"',
        [("Governor, will you answer the question?", "WALLACE")],
        id="transcript-label",
    ),
    pytest.param(
        # A pronoun that refers to the person named last, not to the last speaker.
        '"The deal is done," Smith said. Jones arrived later. "I am glad," she said.',
        [("The deal is done", "Smith"), ("I am glad", "Jones")],
        id="pronoun-to-non-speaker",
    ),
    pytest.param(
        # A phrasal cue ("shot back") that the verb table, made of single words, cannot hold.
        '"They are all here for free stuff," Bennett shot back with a laugh.',
        [("They are all here for free stuff", "Bennett")],
        id="phrasal-cue",
    ),
    pytest.param(
        # "called" as a participle now passes the words to the sentence's subject, but that
        # subject is 'They' with no earlier group to resolve it to, so the speaker stays None.
        'They slammed the tax loophole called an "inversion," in which a company moves abroad.',
        [("inversion", "They")],
        id="participle-called",
    ),
    pytest.param(
        # A quote whose closing mark is missing in mid-paragraph is dropped, not cut at the end.
        'Sexton said the rallies were "full of anger. Nobody listens, he added.',
        [("full of anger. Nobody listens, he added", "Sexton")],
        id="unclosed-mid-paragraph",
    ),
    pytest.param(
        # A quoted phrase whose source is named only in the next sentence.
        "Critics call the plan a \u201cslow-motion bailout.\u201d That is the view of Senator Ann Hill.",
        [("slow-motion bailout", "Ann Hill")],
        id="source-in-next-sentence",
    ),
]


@pytest.mark.xfail(strict=True)
@pytest.mark.parametrize(("text", "expected"), KNOWN_MISSES)
def test_known_misses(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert found(text) == expected


def test_span_excludes_marks_and_speaker_span_is_the_mention() -> None:
    text = '"The initiative is indeed dead," he said.'
    (quote,) = extract(text)
    assert quote.span.of(text) == "The initiative is indeed dead,"
    assert quote.speaker_span is not None and quote.speaker_span.of(text) == "he"
    assert quote.cue == "said"
    assert quote.cue_span is not None and quote.cue_span.of(text) == "said"


def test_unbalanced_mark_costs_only_its_own_quote() -> None:
    text = 'He said "the deal was off and then left. "We are done," Smith said.'
    assert found(text) == [("We are done", "Smith")]


def test_confidence_ranks_attached_above_borrowed() -> None:
    text = '"First part," Smith said. "Second part."'
    first, second = extract(text)
    assert first.confidence > second.confidence


SPEAKER_NAMES = ["Ned Price", "Maria Lopez", "Anne-Marie Dubois", "Tom O'Hara", "Li Wei"]
CUE_FORMS = ["said", "told reporters", "added", "wrote", "argued"]
QUOTE_WORDS = st.lists(
    st.sampled_from(
        ["we", "will", "not", "stop,", "it's", "'never again'", "the", "plan", "Mexico's"]
    ),
    min_size=2,
    max_size=12,
).map(" ".join)


@given(
    words=QUOTE_WORDS,
    name=st.sampled_from(SPEAKER_NAMES),
    cue=st.sampled_from(CUE_FORMS),
    marks=st.sampled_from([('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb")]),
    pattern=st.sampled_from(
        ["after", "before", "around", "pronoun", "partial", "relative", "narrative"]
    ),
)
def test_generated_quotes_parse_back(
    words: str, name: str, cue: str, marks: tuple[str, str], pattern: str
) -> None:
    opening, closing = marks
    if pattern in ("partial", "relative", "narrative"):
        # A stretch of capitalised words inside a sentence may be a title, which is dropped.
        assume(any(word[0].islower() for word in words.split()))
    if pattern == "after":
        text = f"{opening}{words},{closing} {name} {cue}."
    elif pattern == "before":
        text = f"{name} {cue}: {opening}{words}.{closing}"
    elif pattern == "around":
        text = f"{opening}{words},{closing} {name} {cue}. {opening}{words}.{closing}"
    elif pattern == "pronoun":
        text = f"{name} spoke on Monday, {name} said.\n\n{opening}{words},{closing} he {cue}."
    elif pattern == "partial":
        text = f"{name} {cue} the plan was {opening}{words}{closing} in the end."
    elif pattern == "relative":
        text = f"Voters cheered {name}, who {cue} the plan was {opening}{words}.{closing}"
    else:  # a partial quote in narration, after another speaker's quote
        text = (
            f"{opening}Not now,{closing} Kim Ode said. "
            f"{name} blamed the delay on {opening}{words}.{closing}"
        )
    results = extract(text)[1:] if pattern == "narrative" else extract(text)
    assert results, text
    for quote in results:
        assert quote.text.rstrip(",.") == words.rstrip(",.")
        assert quote.speaker == name


@given(articles(quotes()))
def test_generated_articles_find_the_quote(sample: object) -> None:
    text, span = sample.text, sample.span  # type: ignore[attr-defined]
    assert any(quote.span.overlaps(span) for quote in extract(text)), text


def test_contract() -> None:
    check_extractor(
        QuoteExtractor(),
        texts=['"', '""', '" "', "\u201c\u201c\u201d", '"a," he said', '\n\n"x\n\n"y'],
    )


def test_megabyte_article_is_linear() -> None:
    paragraph = 'The plan is "dead on arrival," Smith said, and "it will not return."\n\n'
    text = paragraph * (1_000_000 // len(paragraph))
    unbalanced = '"open ' * (1_000_000 // 6)
    named = '"Yes," Tom Reed said. He blamed "the weather." ' * (1_000_000 // 46)
    started = time.perf_counter()
    assert len(extract(text)) == 2 * (1_000_000 // len(paragraph))
    extract(unbalanced)
    assert len(extract(named)) == 2 * (1_000_000 // 46)  # one repeated name, many mentions
    assert time.perf_counter() - started < 15


# A sentence's opening subject is read from where the sentence starts, or, in a long sentence,
# from a bounded reach before the cue; either may begin on punctuation and a comma with no word
# before it, which once crashed the reader of opening adverbials ("Hours later, ...").
def test_paragraph_opening_on_its_own_comma() -> None:
    text = 'The ministers met again on Friday.\n    , insisting the cuts were "not on the table."'
    assert found(text) == [("not on the table", None)]  # a cue, but no one named


def test_subject_read_from_a_point_just_before_a_comma() -> None:
    text = (
        "At the talks the big importers, led by the U.S., backed a formula tied to stocks, "
        "while growers led by Brazil objected, warning of ruin."
    )
    window = Span(text.index("., backed"), len(text))  # the reach cut a long sentence here
    subject = opening_subject(text, window, text.index("warning"), [], [])
    assert subject is None or window.contains(subject)
