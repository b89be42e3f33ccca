"""Reported speech beyond the cues of direct quotes: stance verbs by their VerbNet class, and
passive cues whose subject did not say anything. Sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsparse.document import Document
from newsparse.extractors.quotes import ReportedSpeechExtractor


def found(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.speaker, f.cue) for f in ReportedSpeechExtractor().extract(Document(text))]


# One sentence per VerbNet class the stance cues were widened with.
STANCE_CLASSES = [
    (  # want-32.1
        "Voters in Iowa want a lower tax on diesel fuel.",
        [("a lower tax on diesel fuel", "Voters", "want")],
    ),
    (  # long-32.2
        "Coach Ada Moss is hoping the team can finish third this season.",
        [("the team can finish third this season", "Ada Moss", "hoping")],
    ),
    (  # conjecture-29.5
        "Mayor Karl Dunn suspects the budget was padded by his rivals.",
        [("the budget was padded by his rivals", "Karl Dunn", "suspects")],
    ),
    (  # judgment-33
        "Senator Ruth Ames denounced the deal as a giveaway to banks.",
        [("the deal as a giveaway to banks", "Ruth Ames", "denounced")],
    ),
    (  # wish-62
        "Governor Lena Park intends to veto the new spending bill.",
        [("to veto the new spending bill", "Lena Park", "intends")],
    ),
    (  # advise-37.9
        "Judge Omar Hale reminded the jurors that the defendant need not testify.",
        [("the jurors that the defendant need not testify", "Omar Hale", "reminded")],
    ),
    (  # talk-37.5
        "Mayor Karl Dunn talked about the cost of the new bridge over the river.",
        [("about the cost of the new bridge over the river", "Karl Dunn", "talked")],
    ),
    (  # complain-37.8
        "Judge Omar Hale objected to the late filing of the evidence by the state.",
        [("to the late filing of the evidence by the state", "Omar Hale", "objected")],
    ),
    (  # declare-29.4
        "Governor Lena Park considers the tax cut a mistake for the state budget.",
        [("the tax cut a mistake for the state budget", "Lena Park", "considers")],
    ),
    (  # estimate-34.2
        "The treasury projected a deficit of two percent for the coming year.",
        [("a deficit of two percent for the coming year", "The treasury", "projected")],
    ),
    (  # order-60
        "Coach Ada Moss ordered the players to skip the parade on Sunday.",
        [("the players to skip the parade on Sunday", "Ada Moss", "ordered")],
    ),
    (  # approve-31.3, in a form the first lists lacked
        "Voters are supporting Mayor Karl Dunn in the race for a second term.",
        [("Mayor Karl Dunn in the race for a second term", "Voters", "supporting")],
    ),
    (  # two words are a clause's worth when a stance verb takes an object
        "Senator Ruth Ames opposed the merger.",
        [("the merger", "Ruth Ames", "opposed")],
    ),
    (  # say-37.7, the base form after an auxiliary
        "Governor Lena Park did not mention the tax cut in her speech on Monday.",
        [("the tax cut in her speech on Monday", "Lena Park", "mention")],
    ),
    (  # judgment-33: thanks and congratulations
        "Mayor Karl Dunn is thanking the volunteers for clearing the flooded park.",
        [("the volunteers for clearing the flooded park", "Karl Dunn", "thanking")],
    ),
    (
        "Senator Ruth Ames congratulated the winner of the primary in Ohio.",
        [("the winner of the primary in Ohio", "Ruth Ames", "congratulated")],
    ),
    (  # instr_communication-37.4
        "Coach Ada Moss emailed the parents that the game was called off.",
        [("the parents that the game was called off", "Ada Moss", "emailed")],
    ),
    (  # advise-37.9
        "Judge Omar Hale informed the court that the witness had left the country.",
        [("the court that the witness had left the country", "Omar Hale", "informed")],
    ),
    (  # advice
        "Mayor Karl Dunn recommended a new audit of the city pension fund.",
        [("a new audit of the city pension fund", "Karl Dunn", "recommended")],
    ),
    (  # regret
        "Senator Ruth Ames bemoaned the slow pace of the bridge repairs.",
        [("the slow pace of the bridge repairs", "Ruth Ames", "bemoaned")],
    ),
    (  # a phrase, as 'point to'
        "Coach Ada Moss referred to the referee as a disgrace to the sport.",
        [("the referee as a disgrace to the sport", "Ada Moss", "referred to")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), STANCE_CLASSES)
def test_stance_verbs_by_class(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A cue after a form of 'be' is passive: its subject is who was spoken of or asked.
@pytest.mark.parametrize(
    "text",
    [
        "Governor Lena Park is expected to sign the new spending bill on Friday.",
        "Mayor Karl Dunn was criticized for the slow repair of the bridge.",
        "Senator Ruth Ames was not praised for her work on the farm bill.",
        "Five parties are widely expected to dominate the coming election.",  # an adverb between
        "Governor Lena Park is also considered the likely winner in May.",
    ],
)
def test_passive_cue_names_no_speaker(text: str) -> None:
    assert found(text) == []


# A stance cue in a clause of its own takes that clause's subject: a person named just before
# it, or a relative pronoun standing for one; an aside set off by commas ends at its comma.
CLAUSE_SUBJECTS = [
    (
        "The race tightened after Senator Ruth Ames endorsed the rival of the governor.",
        [("the rival of the governor", "Ruth Ames", "endorsed")],
    ),
    (
        "The vote was close, and Mayor Karl Dunn, who wants a lower fuel tax, voted against it.",
        [("a lower fuel tax", "Karl Dunn", "wants")],
    ),
    (  # a place after a preposition is no speaker: the sentence's subject is
        "Officials in Leeds hope the bridge will open in May.",
        [("the bridge will open in May", "Officials", "hope")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_SUBJECTS)
def test_clause_subject_speaks(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_stance_word_inside_a_reported_clause_adds_nothing() -> None:
    """'voters want' inside what Smith said is Smith's report, not a second one."""
    text = "Governor Lena Park said voters want a lower tax on diesel fuel."
    assert found(text) == [("voters want a lower tax on diesel fuel", "Lena Park", "said")]


# A stance word after a determiner is a noun: 'the hope', 'their plans'.
def test_a_request_for_anonymity_reports_nothing() -> None:
    """'requested anonymity' is the reporter's arrangement with a source, not what was said."""
    assert found("A city official, who requested anonymity to discuss the talks, was there.") == []


def test_stance_word_read_as_a_noun_reports_nothing() -> None:
    """('their hope for a deal' is a cue noun its owner holds: test_reported_noun_verbs.)"""
    text = "Mayor Karl Dunn, after the hope for a deal faded, left the talks early."
    assert found(text) == []


def test_pronoun_after_a_direct_quote_takes_its_speaker() -> None:
    """'He said' after a quote by Kevin Marsh is Marsh's, not the earlier reported speaker's."""
    text = (
        "Ottawa indicated that it was ready to rework an old trade pact with its neighbours. "
        '"We are due for a fresh look at the pact," foreign ministry spokesman Kevin Marsh told '
        "reporters.\n\nHe said the talks would resume in May after the holidays."
    )
    assert [(f.speaker, f.text) for f in ReportedSpeechExtractor().extract(Document(text))] == [
        ("Ottawa", "it was ready to rework an old trade pact with its neighbours"),
        ("Kevin Marsh", "the talks would resume in May after the holidays"),
    ]


# Auxiliaries between a subject and its stance verb are passed over, 'to' after them included.
AUXILIARIES = [
    (
        "Mayor Karl Dunn has yet to endorse the plan for the new bridge.",
        [("the plan for the new bridge", "Karl Dunn", "endorse")],
    ),
    (
        "Governor Lena Park will have to approve the budget of the new board.",
        [("the budget of the new board", "Lena Park", "approve")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUXILIARIES)
def test_auxiliaries_stand_between_subject_and_cue(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


# First-person reported speech outside quotes is a transcript's turn: 'I' is the speaker label
# opening the turn; with no named label ('A:', or none) it is the writer's, named by no one.
FIRST_PERSON = [
    (
        "TAPPER: Governor, welcome back.\n\nFALLIN: Thank you. I think the budget will balance.",
        [
            ("Governor, welcome back", "TAPPER", "TAPPER"),  # each turn opens on its label
            ("Thank you", "FALLIN", "FALLIN"),
            ("the budget will balance", "FALLIN", "I"),
        ],
    ),
    (
        "Mary Fallin:\nI think the state budget will balance by June.",
        [("the state budget will balance by June", "Mary Fallin", "I")],
    ),
    (
        "Q: What now?\n\nA: We believe the state budget will balance by June.",
        [("the state budget will balance by June", None, "We")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRST_PERSON)
def test_first_person_speaks_for_the_transcript_label(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    findings = ReportedSpeechExtractor().extract(Document(text))
    assert [
        (f.text, f.speaker, text[f.speaker_span.start : f.speaker_span.end])
        for f in findings
        if f.speaker_span is not None
    ] == expected


def test_description_after_a_direct_quote_takes_its_speaker() -> None:
    """'the official' after a quote by 'a senior treasury official' is that official."""
    text = (
        '"We will not wait for the banks," a senior treasury official told reporters.\n\n'
        "The two countries would settle the debt within a year, the official said."
    )
    assert [(f.speaker, f.text) for f in ReportedSpeechExtractor().extract(Document(text))] == [
        ("a senior treasury official", "The two countries would settle the debt within a year")
    ]


# A source without a name still speaks when it opens its clause: a plain noun phrase at the
# sentence's start or after the comma that closes the reported clause.
UNNAMED_SOURCES = [
    (
        "The bridge cost twice its budget, court filings show.",
        [("The bridge cost twice its budget", "court filings", "show")],
    ),
    (
        "The tax will never be collected, most analysts believe.",
        [("The tax will never be collected", "most analysts", "believe")],
    ),
    (  # after a conjunction, a plain noun phrase opens its clause too
        "The ferry is popular in the north, where surveys show most riders want longer hours.",
        [("most riders want longer hours", "surveys", "show")],
    ),
    (  # the object of a preposition before the cue is not the one who thinks: the head is
        "Few on either side of the river think the ferry will run in May.",
        [("the ferry will run in May", "Few", "think")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNNAMED_SOURCES)
def test_unnamed_source_opening_its_clause_speaks(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


# A line that opens on a speaker's label and a colon reports what follows: a headline's label or
# a transcript's; 'The Latest:' labels a column, not a speaker.
LINE_LABELS = [
    (
        "Mayor Dunn: Bridge Tolls Will Rise Next Spring.\n\nLEEDS - The mayor spoke on Monday.",
        [("Bridge Tolls Will Rise Next Spring", "Dunn", ":")],
    ),
    (
        "MOSS: We never had the players for that match. It was a long season.\nAMES: Thank you.",
        [("We never had the players for that match", "MOSS", ":"), ("Thank you", "AMES", ":")],
    ),
    ("The Latest: Ferry service resumes on the river.\n\nLEEDS - Boats ran again.", []),
]


@pytest.mark.parametrize(("text", "expected"), LINE_LABELS)
def test_line_label_reports_the_line(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A headline in title case reports through its cue word written in capitals; the speaker is
# the phrase opening its clause, the adverb before the cue left out.
TITLE_CUES = [
    (
        "Former Leeds Coach Ada Moss Praises The New Stadium.\n\nLEEDS - The club met.",
        [("The New Stadium", "Ada Moss", "Praises")],
    ),
    (
        "After the Vote, Mayor Karl Dunn Quietly Endorsed The Ferry Plan.\n\nLEEDS - It passed.",
        [("The Ferry Plan", "Karl Dunn", "Endorsed")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CUES)
def test_title_case_headline_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# Every form of a listed cue verb is a cue, not only the forms the table lists ('refuses' beside
# 'refused', 'touting' beside 'touts'); 'continued' reports only after a quote.
OTHER_FORMS = [
    (
        "Governor Lena Park refuses to sign the new spending bill.",
        [("to sign the new spending bill", "Lena Park", "refuses")],
    ),
    (
        "Coach Ada Moss is touting the new stadium as a boon for the town.",
        [("the new stadium as a boon for the town", "Ada Moss", "touting")],
    ),
    ("Fuel prices in Leeds continue to rise as the winter begins.", []),
    (  # a cue of several words takes its verb's forms, read by that verb: no passive
        "Mayor Karl Dunn is calling for a new bridge over the river.",
        [("a new bridge over the river", "Karl Dunn", "calling for")],
    ),
    (  # and a participle after a comma, of the sentence's subject
        "Governor Lena Park toured the port on Monday, calling for a new ferry.",
        [("a new ferry", "Lena Park", "calling for")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_FORMS)
def test_every_form_of_a_cue_verb(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_participle_after_a_comma_shares_the_sentence_subject() -> None:
    """', hoping to ...' is the sentence subject's hope, however long the clause before it."""
    text = "Mayor Karl Dunn toured the flooded streets of the old town, hoping to calm residents."
    assert found(text) == [("to calm residents", "Karl Dunn", "hoping")]


# 'according to' names its source after it, whoever stands before it, without the full stop.
ACCORDING_TO = [
    (
        "Most voters in Leeds ride the ferry, while 31 percent who use the bridge oppose it, "
        "according to a Leeds Herald poll taken last week.",
        [
            (
                "Most voters in Leeds ride the ferry, while 31 percent who use the bridge oppose it",
                "a Leeds Herald poll taken last week",
                "according to",
            )
        ],
    ),
    (
        "Ferry fares rose by a third, according to federal statistics.",
        [("Ferry fares rose by a third", "federal statistics", "according to")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACCORDING_TO)
def test_according_to_names_the_source_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [
        (f.text, text[f.speaker_span.start : f.speaker_span.end], f.cue)
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span
    ] == expected


# 'this', 'last', 'early' and 'late' after a cue say when only before a time ('said this week');
# otherwise they open the reported clause.
TIME_LEADS = [
    (
        "Mayor Karl Dunn believes this proves the bridge is unsafe.",
        [("this proves the bridge is unsafe", "Karl Dunn", "believes")],
    ),
    (
        "Mayor Karl Dunn said last year's budget was padded.",
        [("last year's budget was padded", "Karl Dunn", "said")],
    ),
    (
        "Mayor Karl Dunn said this week that the bridge is unsafe.",
        [("the bridge is unsafe", "Karl Dunn", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIME_LEADS)
def test_time_lead_after_a_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A verb of telling and its audience may close the sentence they report.
def test_telling_verb_and_audience_closing_the_sentence() -> None:
    text = "The ferry will not run this winter, a port spokesman told the Leeds Herald."
    assert found(text) == [("The ferry will not run this winter", "a port spokesman", "told")]


def test_naming_verb_closing_the_sentence_reports_nothing_before() -> None:
    """'A year later, Smith called Ada Moss.': whom Smith called, not what he said."""
    assert found("A year later, Mayor Karl Dunn called Ada Moss.") == []


# A content of one word is a name ('endorsed Moss'); any other lone word is too little to report.
SHORT_CONTENTS = [
    (
        "Mayor Karl Dunn endorsed Moss on Tuesday.",
        [("Moss on Tuesday", "Karl Dunn", "endorsed")],
    ),
    ("Mayor Karl Dunn endorsed Moss.", [("Moss", "Karl Dunn", "endorsed")]),
    ("Mayor Karl Dunn endorsed it.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_CONTENTS)
def test_one_word_content_is_a_name(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A poll or survey reports through 'in' when it opens or closes the sentence; 'leads in the
# polls' inside a clause names no source.
FINDINGS = [
    (
        "In a Leeds Herald poll released Monday, most voters backed the ferry.",
        [("most voters backed the ferry", "a Leeds Herald poll released Monday", "In")],
    ),
    (
        "Most voters would ride the ferry, in a new survey by the port.",
        [("Most voters would ride the ferry", "a new survey by the port", "in")],
    ),
    ("Mayor Karl Dunn has a clear lead in the polls ahead of the vote.", []),
]


@pytest.mark.parametrize(("text", "expected"), FINDINGS)
def test_poll_reports_through_in(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [
        (f.text, text[f.speaker_span.start : f.speaker_span.end], f.cue)
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span
    ] == expected


# A short phrase between the comma (or the sentence's start) and a quote cue is its subject,
# named or not; an opening phrase of place, time or manner is not.
BARE_SUBJECTS = [
    (
        "The bridge cannot be repaired before winter, senior port engineers say.",
        [
            (
                "The bridge cannot be repaired before winter",
                "senior port engineers",
                "say",
            )
        ],
    ),
    (
        "On fuel taxes, 42% say they want a cut.",
        [("they want a cut", "42", "say")],
    ),
    ("In a statement, said to be from the council, the bridge was closed.", []),
]


@pytest.mark.parametrize(("text", "expected"), BARE_SUBJECTS)
def test_bare_subject_before_a_quote_cue(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [
        (f.text, text[f.speaker_span.start : f.speaker_span.end], f.cue)
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span
    ] == expected


def test_cue_followed_by_a_participle_cue_reports_both_sides() -> None:
    """'..., Dunn said, adding that ...': what came before 'said', and what 'adding' adds."""
    text = "The ferry will run until May, Mayor Karl Dunn said, adding that fares will not rise."
    assert found(text) == [
        ("The ferry will run until May", "Karl Dunn", "said"),
        ("fares will not rise", "Karl Dunn", "adding"),
    ]


# 'call' and 'describe' report their object with what they call it; 'told' does not.
DESCRIBING = [
    (
        "Mayor Karl Dunn called the new toll a tax on the poor.",
        [("the new toll a tax on the poor", "Karl Dunn", "called")],
    ),
    (
        "Mayor Karl Dunn described the ferry as a lifeline for the islands.",
        [("the ferry as a lifeline for the islands", "Karl Dunn", "described")],
    ),
    ("Mayor Karl Dunn told the story of the ferry again.", []),
]


@pytest.mark.parametrize(("text", "expected"), DESCRIBING)
def test_describing_verb_reports_its_object(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_other_extractors_never_build_the_stance_verb_forms() -> None:
    # in a fresh process: the first build loads lemminflect, which only reported speech needs
    code = (
        "import newsparse; newsparse.parse('Three people were killed, police said.',"
        " extractors=['casualties', 'quotes'])\n"
        "from newsparse.extractors.quotes import reported\n"
        "print(reported._stance_vocabulary.cache_info().currsize)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "0"


# A second attribution joined on by a conjunction, a dash or a semicolon ends the first one's
# clause; a comma alone does not ('said that in Ohio, voters want' is one clause).
JOINED_ATTRIBUTIONS = [
    (
        "Mayor Karl Dunn proposed a toll on the bridge, but analysts agreed it was a tax.",
        [
            ("a toll on the bridge", "Karl Dunn", "proposed"),
            ("it was a tax", "analysts", "agreed"),
        ],
    ),
    (
        "Judge Omar Hale said the trial would start in May — and he noted that the jury was set.",
        [
            ("the trial would start in May", "Omar Hale", "said"),
            ("the jury was set", "Omar Hale", "noted"),
        ],
    ),
    (
        "Governor Lena Park said the bridge would open in June; her rivals believe it will not.",
        [
            ("the bridge would open in June", "Lena Park", "said"),
            ("it will not", "her rivals", "believe"),
        ],
    ),
    (
        "Governor Lena Park said that in Ohio, voters want a lower tax on diesel.",
        [("in Ohio, voters want a lower tax on diesel", "Lena Park", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_ATTRIBUTIONS)
def test_joined_attribution_ends_the_clause_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


# A clause of the sentence's own set off by a comma ends the clause before it too, when it has
# a cue: a participle, which shares the sentence's subject however far before ('..., saying
# ...'), a relative clause ('..., who says ...', '..., which he said ...') and a second verb
# after a comma and a conjunction ('..., but refuses to ...'); so do a closing
# quotation mark between the comma and the conjunction, a concessive conjunction, a horizontal
# bar and a no-break space.
CLAUSE_ENDS = [
    (
        "Judge Omar Hale rejected the request of the two newspapers, saying the file was sealed.",
        [
            ("the request of the two newspapers", "Omar Hale", "rejected"),
            ("the file was sealed", "Omar Hale", "saying"),
        ],
    ),
    (
        "Senator Ruth Ames complained about the microphone, even suggesting it was broken.",
        [
            ("about the microphone", "Ruth Ames", "complained"),
            ("it was broken", "Ruth Ames", "suggesting"),
        ],
    ),
    (
        "Mayor Karl Dunn praised Coach Ada Moss, who says the team will finish third.",
        [
            ("Coach Ada Moss", "Karl Dunn", "praised"),
            ("the team will finish third", "Ada Moss", "says"),
        ],
    ),
    (
        "Mayor Karl Dunn criticized the toll, which he said was a tax on the poor.",
        [
            ("the toll", "Karl Dunn", "criticized"),
            ("was a tax on the poor", "Karl Dunn", "said"),
        ],
    ),
    (
        'Mayor Karl Dunn said the toll was "a tax on the poor," but analysts noted it was small.',
        [
            ('the toll was "a tax on the poor,"', "Karl Dunn", "said"),
            ("it was small", "analysts", "noted"),
        ],
    ),
    (
        "Mayor Karl Dunn said the bridge would open in May, though he acknowledged it was late.",
        [
            ("the bridge would open in May", "Karl Dunn", "said"),
            ("it was late", "Karl Dunn", "acknowledged"),
        ],
    ),
    (
        "Mayor Karl Dunn said the bridge would open in May ― and he noted it was late.",
        [
            ("the bridge would open in May", "Karl Dunn", "said"),
            ("it was late", "Karl Dunn", "noted"),
        ],
    ),
    (
        "Governor Lena Park said the tax was unfair, but still refuses to cut the fuel duty.",
        [
            ("the tax was unfair", "Lena Park", "said"),
            ("to cut the fuel duty", "Lena Park", "refuses"),
        ],
    ),
    (
        "Mayor Karl Dunn said the bridge would open in May, but\xa0analysts noted it was late.",
        [
            ("the bridge would open in May", "Karl Dunn", "said"),
            ("it was late", "analysts", "noted"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAUSE_ENDS)
def test_aside_with_a_cue_ends_the_clause_before_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text) == expected


def test_writer_clause_joined_after_the_cue_leaves_the_clause_before() -> None:
    """'..., Dunn said, and the delay ...': the words before 'said' are Dunn's; the clause after
    ', and' is the writer's."""
    text = "The ferry will run until May, Mayor Karl Dunn said, and the delay could cost a lot."
    assert found(text) == [("The ferry will run until May", "Karl Dunn", "said")]


# More verbs of communication and judgement, by the VerbNet class each was added with.
MORE_CLASSES = [
    (  # say-37.7
        "Senator Ruth Ames expressed concern that the dam was not safe.",
        [("concern that the dam was not safe", "Ruth Ames", "expressed")],
    ),
    (  # chit_chat-37.6
        "Mayor Karl Dunn discussed the cost of the bridge with the council.",
        [("the cost of the bridge with the council", "Karl Dunn", "discussed")],
    ),
    (  # declare-29.4
        "Judge Omar Hale ruled that the search of the warehouse was lawful.",
        [("the search of the warehouse was lawful", "Omar Hale", "ruled")],
    ),
    (  # judgment-33
        "Governor Lena Park lambasted the budget as reckless and late.",
        [("the budget as reckless and late", "Lena Park", "lambasted")],
    ),
    (  # urge-58.1
        "Coach Ada Moss implored the fans to stay home on Sunday.",
        [("the fans to stay home on Sunday", "Ada Moss", "implored")],
    ),
    (  # liken
        "Mayor Karl Dunn likened the new toll to a tax on the poor.",
        [("the new toll to a tax on the poor", "Karl Dunn", "likened")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_CLASSES)
def test_more_verbs_of_communication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The toll plan unveiled by the council will cost drivers ten dollars a week.",
        "A bill backed by the unions would raise the minimum wage next year.",
    ],
)
def test_participle_with_an_agent_is_passive(text: str) -> None:
    """'unveiled by the council': the plan is spoken of, and says nothing."""
    assert found(text) == []


# A second verb joined to the first by 'and', 'but' or 'yet' shares the sentence's subject, and
# a verb of speaking joined so ends the clause of the first ('said ... and warned against').
SHARED_SUBJECTS = [
    (
        "Mayor Karl Dunn cut the bus fares last spring, and plans to raise the fees next year.",
        [("to raise the fees next year", "Karl Dunn", "plans")],
    ),
    (
        "Governor Lena Park demands openness from her rivals, yet refuses to release her taxes.",
        [  # 'demands' after a name is a verb (noun_verbs)
            ("openness from her rivals", "Lena Park", "demands"),
            ("to release her taxes", "Lena Park", "refuses"),
        ],
    ),
    (
        "Judge Omar Hale said he would order a review of the case and warned against leaks.",
        [
            ("he would order a review of the case", "Omar Hale", "said"),
            ("against leaks", "Omar Hale", "warned"),
        ],
    ),
    (  # an adverb may stand between the conjunction and the verb of speaking
        "Coach Ada Moss urges the fans to stay calm and repeatedly says the match will go on.",
        [
            ("the fans to stay calm", "Ada Moss", "urges"),
            ("the match will go on", "Ada Moss", "says"),
        ],
    ),
    (  # another verb may be the reported clause's own, so it stays inside
        "Governor Lena Park said voters want lower taxes and believe the plan is fair.",
        [("voters want lower taxes and believe the plan is fair", "Lena Park", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_SUBJECTS)
def test_second_verb_shares_the_subject(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


# A cue noun owned by a named speaker reports the clause or topic after it.
NOUN_CUES = [
    (
        "Mayor Karl Dunn's claim that the bridge was safe did not last long.",
        [("the bridge was safe did not last long", "Karl Dunn", "claim")],
    ),
    (
        "Mayor Karl Dunn's claim that the bridge was safe did not last, the engineers said.",
        [
            ("the bridge was safe did not last", "Karl Dunn", "claim"),
            (
                "Mayor Karl Dunn's claim that the bridge was safe did not last",
                "the engineers",
                "said",
            ),
        ],
    ),
    (
        "Governor Lena Park's decision to close the ferry angered the islanders.",
        [("to close the ferry angered the islanders", "Lena Park", "decision")],
    ),
    (  # no one owns 'It's claims' or 'She's warning' ('she is warning')
        "It's claims that matter in a storm, and She's warning of one.",
        [],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_CUES)
def test_cue_noun_owned_by_a_speaker(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lawmakers also asked whether the deal required the firm to cooperate.",
            [("whether the deal required the firm to cooperate", "Lawmakers", "asked")],
        ),
        (
            "Reporters asked why the mayor had left the meeting early.",
            [("why the mayor had left the meeting early", "Reporters", "asked")],
        ),
    ],
)
def test_asked_reports_the_question_after_it(
    text: str, expected: list[tuple[str, str, str]]
) -> None:
    """'asked whether ...': an indirect question is what was asked, not who was asked."""
    assert found(text) == expected


def test_opening_subordinate_clause_ends_at_its_comma() -> None:
    """'While he acknowledged ..., Hale noted ...': two attributions, split at the comma."""
    text = "While he acknowledged the cost was high, Judge Omar Hale also noted several risks."
    assert [(t, c) for t, _, c in found(text)] == [
        ("the cost was high", "acknowledged"),
        ("several risks", "noted"),
    ]


# A passive verb of speaking or judging with its agent after 'by': the agent is the speaker and
# the subject is what was said; a feeling ('is encouraged by') or a writer ('was written by')
# is not.
PASSIVE_AGENTS = [
    (
        "The toll plan was first reported by The Harbour Gazette.",
        [("The toll plan", "The Harbour Gazette", "was first reported")],
    ),
    (
        "Calls for an inquiry were rejected by the city council in May.",
        [("Calls for an inquiry", "the city council", "were rejected")],
    ),
    ("Mayor Karl Dunn is encouraged by the new figures.", []),
    ("The letter was written by Governor Lena Park.", []),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVE_AGENTS)
def test_passive_cue_with_its_agent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [
        (f.text, text[f.speaker_span.start : f.speaker_span.end], f.cue)
        for f in ReportedSpeechExtractor().extract(Document(text))
        if f.speaker_span
    ] == expected
