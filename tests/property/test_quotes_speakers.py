"""Properties of quote speakers over generated attributions: the addressee of 'told' is never the
speaker, and a pronoun chain resolves to the antecedent that agrees with it in gender."""

from __future__ import annotations

import unicodedata

from hypothesis import assume, given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.entities import first_name_gender, has_name_table
from newsparse.extractors.quotes import QuoteExtractor, ReportedSpeechExtractor
from newsparse.extractors.quotes.names import SpeakerTracker
from newsparse.span import Span

MEN = ["David", "Kevin", "Mark", "Thomas", "Carlos", "Ahmed", "Jon"]
WOMEN = ["Nancy", "Maria", "Sarah", "Patricia", "Olga", "Fatima", "Linda"]
SURNAMES = ["Petrova", "Marsh", "Okafor", "Lindqvist", "Haddad", "Brennan", "Castillo"]
OUTLETS = ["CNN", "the BBC", "Reuters", "Al Jazeera", "Fox News", "The Times"]
WORDS = st.lists(st.sampled_from(["we", "will", "not", "give", "up", "the", "fight"]), min_size=2)


def speakers(text: str) -> list[str | None]:
    return [quote.speaker for quote in QuoteExtractor().extract(Document(text))]


@given(
    first=st.sampled_from(MEN + WOMEN),
    surname=st.sampled_from(SURNAMES),
    outlet=st.sampled_from(OUTLETS),
    host=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    words=WORDS,
    ending=st.sampled_from([".", " on Sunday.", ". The interview ran long."]),
)
def test_addressee_of_told_is_never_the_speaker(
    first: str,
    surname: str,
    outlet: str,
    host: tuple[str, str],
    words: list[str],
    ending: str,
) -> None:
    assume(host[1] != surname)  # the same surname would make the addressee a namesake
    quoted = " ".join(words).capitalize()
    text = (
        f"{first} {surname} spoke from the capital.\n\n"
        f'"{quoted}," {surname} told {outlet}\'s {host[0]} {host[1]}{ending}'
    )
    (speaker,) = speakers(text)
    assert speaker == f"{first} {surname}"


@given(
    man=st.tuples(st.sampled_from(MEN), st.sampled_from(SURNAMES)),
    woman=st.tuples(st.sampled_from(WOMEN), st.sampled_from(SURNAMES)),
    woman_first=st.booleans(),
    chain=st.lists(st.sampled_from(["he", "she"]), min_size=1, max_size=4),
    words=WORDS,
)
def test_pronoun_chain_resolves_to_the_agreeing_antecedent(
    man: tuple[str, str],
    woman: tuple[str, str],
    woman_first: bool,
    chain: list[str],
    words: list[str],
) -> None:
    assert has_name_table()  # the names extra is part of the test extra
    assert first_name_gender(man[0]) == "m" and first_name_gender(woman[0]) == "f"
    people = [" ".join(woman), " ".join(man)] if woman_first else [" ".join(man), " ".join(woman)]
    assume(man[1] != woman[1])  # one surname for both: the name no longer tells them apart
    quoted = " ".join(words).capitalize()
    text = "".join(f'"{quoted}," {person} said.\n\n' for person in people)
    text += "".join(f'"{quoted}," {pronoun} said.\n\n' for pronoun in chain)
    expected = [*people, *(" ".join(man if p == "he" else woman) for p in chain)]
    assert speakers(text) == expected


@given(
    source=st.sampled_from(["Interfax", "Reuters", "Al Jazeera", "the ministry"]),
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    words=WORDS,
)
def test_a_person_named_since_outranks_a_speaker_of_untold_gender(
    source: str, person: tuple[str, str], words: list[str]
) -> None:
    """'"...," Interfax said. ... a post by Maria Okafor, in which she wrote, "..."': a pronoun
    whose gender the person named since the last speaker has is theirs, not the speaker's."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    pronoun = "she" if first_name_gender(person[0]) == "f" else "he"
    text = (
        f'"{quoted}," {source} said.\n\nVolunteers reached the town after a post by {name}, '
        f'in which {pronoun} wrote, "{quoted}."'
    )
    assert speakers(text)[-1] == name


ROLES = ["a company spokesman", "his daughter", "the group's chief economist", "her lawyer"]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    role=st.sampled_from(ROLES),
    words=WORDS,
    before_cue=st.booleans(),
    ending=st.sampled_from([".", ", who declined to say more.", " on Monday."]),
)
def test_name_set_off_after_a_description_speaks(
    person: tuple[str, str], role: str, words: list[str], before_cue: bool, ending: str
) -> None:
    """'said a company spokesman, Maria Marsh' and 'A company spokesman, Maria Marsh, said':
    the description's holder is named, and the name is the speaker."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    if before_cue:
        text = f'{role.capitalize()}, {name}, said: "{quoted}."'
    else:
        text = f'"{quoted}," said {role}, {name}{ending}'
    assert speakers(text) == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    outlet=st.sampled_from(["the newspaper", "The Times", "the agency", "Reuters"]),
    verb=st.sampled_from(["quoted", "cited"]),
    words=WORDS,
)
def test_the_one_quoted_speaks_not_the_outlet(
    person: tuple[str, str], outlet: str, verb: str, words: list[str]
) -> None:
    """'"...," the newspaper quoted Maria Marsh as saying': the outlet only reports the words."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    assert speakers(f'"{quoted}," {outlet} {verb} {name} as saying.') == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    outlet=st.sampled_from(OUTLETS),
    cue=st.sampled_from(["said", "added that", "told reporters"]),
    relay=st.sampled_from(["{outlet} reported", "{outlet} reports", "according to {outlet}"]),
    words=WORDS,
)
def test_an_outlet_passing_words_on_is_not_who_said_them(
    person: tuple[str, str], outlet: str, cue: str, relay: str, words: list[str]
) -> None:
    """'Maria Marsh said the plan was "...," the BBC reported': the person the sentence says
    spoke is the speaker; the outlet after the quote only passed the words on."""
    quoted = " ".join(words)
    name = " ".join(person)
    credit = relay.format(outlet=outlet)
    assert speakers(f'{name} {cue} the plan was "{quoted}," {credit}.') == [name]


SHORT = st.lists(
    st.sampled_from(["It's", "very", "Sad", "Iran", "and", "Never", "Again", "now"]),
    min_size=1,
    max_size=3,
)


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(["Ms.", "Mr.", "Dr.", ""]),
    short=SHORT,
    mark=st.sampled_from(['"', "``"]),
    after=st.sampled_from(["The vigil ended.", "Sunday's service was held.", "Police left."]),
)
def test_short_sentence_after_an_attributed_quote_is_kept(
    person: tuple[str, str], title: str, short: list[str], mark: str, after: str
) -> None:
    """'"...," said Ms. Marsh. "It's very sad." The vigil ...': a quote of a few capitalised
    words making up its own sentence is words said, never a nickname or a title."""
    close = "''" if mark == "``" else '"'
    said = " ".join(short)
    name = " ".join(person)
    text = (
        f"{mark}We did what we could,{close} said {title} {name}. {mark}{said[0].upper()}"
        f"{said[1:]}.{close}\n\n{after}"
    )
    quotes = list(QuoteExtractor().extract(Document(text)))
    assert [quote.speaker for quote in quotes] == [name, name]


PLACES = st.lists(
    st.sampled_from(["Eastern", "District", "of", "the", "New", "York", "University", "Texas"]),
    min_size=1,
    max_size=8,
).filter(lambda words: words[-1][0].isupper())


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(["", "attorney ", "Senator ", "Gov. "]),
    link=st.sampled_from(["of", "from"]),
    place=PLACES,
    words=WORDS,
)
def test_affiliation_after_the_name_is_no_speaker(
    person: tuple[str, str], title: str, link: str, place: list[str], words: list[str]
) -> None:
    """'said attorney Maria Marsh of the Eastern District of New York': the person speaks, not
    the place they work, however long its name."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = f'"{quoted}," said {title}{name} {link} the {" ".join(place)}.'
    assert speakers(text) == [name]


WORKPLACES = ["Population Reference Bureau", "University of Texas", "Eastern District", "Red Cross"]


@given(
    person=st.tuples(st.sampled_from(MEN), st.sampled_from(SURNAMES)),
    place=st.sampled_from(WORKPLACES),
    words=WORDS,
)
def test_affiliation_before_the_verb_is_no_speaker(
    person: tuple[str, str], place: str, words: list[str]
) -> None:
    """'Kevin Marsh of the Population Bureau said the risk grew. "...," he said': the person
    speaks before the verb too, and the pronoun after stands for him, not the bureau."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = f'{name} of the {place} said the risk had grown.\n\n"{quoted}," he said.'
    assert speakers(text) == [name]


@given(
    person=st.tuples(st.sampled_from(MEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(["president", "head", "director"]),
    body=st.sampled_from(["World Vision", "Open Door", "Project Hope"]),
    words=WORDS,
)
def test_a_title_of_a_body_is_not_the_bodys_title(
    person: tuple[str, str], title: str, body: str, words: list[str]
) -> None:
    """'said Kevin Marsh, president of World Vision. World Vision works in 100 countries.
    "...," he said': the title is Marsh's; the body a sentence is about is no 'he'."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = (
        f'"{quoted}," said {name}, {title} of {body}.\n\n{body} works in 100 countries.\n\n'
        f'"{quoted}," he said.'
    )
    assert speakers(text) == [name, name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    outlet=st.sampled_from(["", "CNN's ", "Radio Five's "]),
    verb=st.sampled_from(["asked", "said", "shouted"]),
    mark=st.sampled_from(["?", "!"]),
    words=WORDS,
)
def test_attribution_after_a_question_speaks_for_it(
    person: tuple[str, str], outlet: str, verb: str, mark: str, words: list[str]
) -> None:
    """'"Will you run again?" CNN's Maria Marsh asked.': the question ends its sentence inside
    the marks, and the attribution opening the next sentence credits it."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    assert speakers(f'"{quoted}{mark}" {outlet}{name} {verb} the senator.') == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    role=st.sampled_from(["a former judge", "an aide", "the founder of the Coast Trust"]),
    clause=st.sampled_from(["who argued the case", "who told reporters little", "who wrote it"]),
    words=WORDS,
)
def test_relative_clause_after_a_described_name_credits_the_name(
    person: tuple[str, str], role: str, clause: str, words: list[str]
) -> None:
    """'"..." Maria Marsh, a former judge who argued the case, said': the cue inside the
    relative clause and the one after it both lead back to the name, never the description."""
    quoted = " ".join(words)
    name = " ".join(person)
    assert speakers(f'He is "{quoted}" {name}, {role} {clause}, said.') == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    place=st.sampled_from(["WACO, Texas", "LONDON", "NEW DELHI, India"]),
    agency=st.sampled_from(["(AP)", "(Reuters)", ""]),
    dash=st.sampled_from(["\u2014", "--", "-"]),
    old_wire=st.booleans(),
    cue=st.sampled_from(["calling", "describing"]),
    words=WORDS,
)
def test_dateline_is_never_the_subject(
    person: tuple[str, str],
    place: str,
    agency: str,
    dash: str,
    old_wire: bool,
    cue: str,
    words: list[str],
) -> None:
    """'WACO, Texas (AP) -- Sheriff Maria Marsh briefed reporters, calling it "..."': the
    dateline opens the story, and the subject after it is who speaks. The old wire's '_' is
    read only after an agency ('(AP) _'), as the tokens hold no underscore."""
    quoted = " ".join(words)
    name = " ".join(person)
    dash = "_" if old_wire and agency else dash
    text = f'{place} {agency} {dash} Sheriff {name} briefed reporters, {cue} it "{quoted}."'
    assert speakers(text) == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    document=st.sampled_from(["statement", "letter", "report", "memo"]),
    size=st.sampled_from(["", "brief ", "two-page "]),
    words=WORDS,
)
def test_a_document_speaks_for_whoever_issued_it(
    person: tuple[str, str], document: str, size: str, words: list[str]
) -> None:
    """'Maria Marsh said in a statement ... "...," the statement said': the words are the
    issuer's, so the document's mention resolves to the person who issued it."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = (
        f"{name} said in a {size}{document} that talks had failed.\n\n"
        f'"{quoted}," the {document} said.'
    )
    assert speakers(text) == [name]


@given(
    person=st.tuples(st.sampled_from(WOMEN), st.sampled_from(SURNAMES)),
    thing=st.sampled_from(["A recent poll", "The gun", "Those", "A box", "The absence of a deal"]),
    verb=st.sampled_from(["said", "suggested", "showed"]),
    words=WORDS,
)
def test_a_pronoun_never_stands_for_a_thing(
    person: tuple[str, str], thing: str, verb: str, words: list[str]
) -> None:
    """'A recent poll said ... "...," she said': the pronoun's antecedent is the woman named
    before, never the thing that spoke in between."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = (
        f'{name} spoke on Monday. "{quoted}," she said. {thing} {verb} that voters agree.'
        f' "{quoted}," she said.'
    )
    assert speakers(text) == [name, name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(["senator", "mayor", "governor", "minister", "coach"]),
    words=WORDS,
)
def test_a_title_stands_for_the_speaker_in_view(
    person: tuple[str, str], title: str, words: list[str]
) -> None:
    """'"...," Marsh said. "...," the senator said': the description is the person just
    heard from, and ``speaker`` names them while ``speaker_span`` stays the description."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = (
        f"{name}, who has served six terms, spoke on Monday.\n\n"
        f'"{quoted}," {person[1]} said. "{quoted}," the {title} said.'
    )
    quotes = list(QuoteExtractor().extract(Document(text)))
    assert [quote.speaker for quote in quotes] == [name, name]
    assert quotes[1].speaker_span is not None
    assert quotes[1].speaker_span.of(text) == f"the {title}"


@given(
    person=st.tuples(st.sampled_from(MEN), st.sampled_from(SURNAMES)),
    place=st.sampled_from(["New Mexico", "Saudi Arabia", "Middle East", "Hong Kong"]),
    lone=st.booleans(),
    words=WORDS,
)
def test_a_pronoun_skips_places_named_in_between(
    person: tuple[str, str], place: str, lone: bool, words: list[str]
) -> None:
    """A place named in the quoted words is said, not someone 'he' may stand for; nor is one
    named before the person's surname alone ('Petrova's trip was short')."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    if lone:
        text = f"{name} flew to {place} on Sunday.\n\n{person[1]}'s trip was short. "
    else:
        text = f"{name} flew in on Sunday.\n\n"
    text += f'"{quoted} in {place}," he said.'

    assert speakers(text) == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    document=st.sampled_from(["memo", "letter", "statement", "report", "short memo"]),
    words=WORDS,
)
def test_a_persons_document_speaks_for_its_author(
    person: tuple[str, str], document: str, words: list[str]
) -> None:
    """'"...," Marsh's memo said': the document's owner is the speaker, named in full, and the
    mention stays the document."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = f'{name} wrote on Friday. "{quoted}," {person[1]}\'s {document} said.'
    (quote,) = QuoteExtractor().extract(Document(text))
    assert quote.speaker == name
    assert quote.speaker_span is not None
    assert quote.speaker_span.of(text) == f"{person[1]}'s {document}"


@given(
    body=st.lists(
        st.sampled_from(["American", "National", "Civil", "Union", "Red", "Cross", "Health"]),
        min_size=3,
        max_size=4,
        unique=True,
    ),
    words=WORDS,
)
def test_an_acronym_is_the_name_it_abbreviates(body: list[str], words: list[str]) -> None:
    """'the NHU said' after 'the National Health Union': the name as the text spells it out."""
    quoted = " ".join(words).capitalize()
    name = " ".join(body)
    acronym = "".join(word[0] for word in body)
    text = f'The {name} met on Monday.\n\n"{quoted}," the {acronym} said.'
    assert speakers(text) == [name]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    described=st.sampled_from(["Brazilian", "Socialist", "Canadian", "Italian", "Norwegian"]),
    words=WORDS,
)
def test_a_capitalised_description_is_the_person_in_view(
    person: tuple[str, str], described: str, words: list[str]
) -> None:
    """'"...," the Brazilian said' after 'Maria Marsh scored': the person described is named,
    whatever their first name's gender."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = f'The match ended.\n\n{name} scored twice. "{quoted}," the {described} said.'
    assert speakers(text) == [name]


SUBJECT_FORMS = [
    "{name} rejected the plan on Monday.",
    "Team coach {name} rejected the plan.",
    "West Bank security chief {name} rejected the plan.",
    "{name}, a senior party official, rejected the plan.",
    "The family's lawyer, {name}, rejected the plan.",
    "In a speech on Monday, {name} rejected the plan.",
    "Speaking in the capital, {name} rejected the plan.",
    "However, {name} rejected the plan.",  # a lone opening word closed by its comma
    "Meanwhile, {name}, a senior party official, rejected the plan.",
]


@given(
    men=st.booleans(),
    first=st.tuples(st.integers(0, 6), st.integers(0, 6)),
    other=st.tuples(st.integers(0, 6), st.integers(0, 6)),
    form=st.sampled_from(SUBJECT_FORMS),
    words=WORDS,
)
def test_pronoun_after_a_sentence_about_someone_refers_to_them(
    men: bool,
    first: tuple[int, int],
    other: tuple[int, int],
    form: str,
    words: list[str],
) -> None:
    """'"...," Kevin Marsh said. Team coach David Haddad rejected the plan. "...," he said.':
    the person a sentence since the last speaker is about, titled, set off or after an
    opening phrase, is who a pronoun of their gender stands for."""
    given_names = MEN if men else WOMEN
    speaker = f"{given_names[first[0]]} {SURNAMES[first[1]]}"
    subject = f"{given_names[other[0]]} {SURNAMES[other[1]]}"
    assume(first[1] != other[1])
    quoted = " ".join(words).capitalize()
    pronoun = "he" if men else "she"
    text = (
        f'"{quoted}," {speaker} said.\n\n{form.format(name=subject)}\n\n"{quoted}," {pronoun} said.'
    )
    assert speakers(text) == [speaker, subject]


ISSUERS = ["the Coast Trust", "Amnesty International", "the Office of Fair Trading", "Maria Marsh"]
ISSUED = [
    "The {kind} from {issuer} came on Monday.",
    "Officials read a {kind} signed by {issuer}.",
    "In a {kind} published on Friday, {issuer} named six firms.",
]


@given(
    issuer=st.sampled_from(ISSUERS),
    kind=st.sampled_from(["statement", "report", "letter"]),
    form=st.sampled_from(ISSUED),
    words=WORDS,
)
def test_document_speaks_for_who_issued_it(
    issuer: str, kind: str, form: str, words: list[str]
) -> None:
    """'The statement from Amnesty International ... "...," the statement said': gold and
    readers want who issued the words, which the text names where it brings the document up."""
    quoted = " ".join(words).capitalize()
    text = f'{form.format(kind=kind, issuer=issuer)}\n\n"{quoted}," the {kind} said.'
    assert speakers(text) == [issuer.removeprefix("the ")]


BODIES = ["the Ministry of Home Affairs", "the Justice Department", "the National Farmers Union"]
BODY_SUBJECTS = [
    "{body} filed an affidavit on Monday.",
    "But in the third week of March, {body} filed an affidavit.",
    "In a court filing, {body} changed course.",
]


@given(
    body=st.sampled_from(BODIES),
    form=st.sampled_from(BODY_SUBJECTS),
    verb=st.sampled_from(["said", "argued", "wrote"]),
    words=WORDS,
)
def test_it_stands_for_the_body_a_sentence_is_about(
    body: str, form: str, verb: str, words: list[str]
) -> None:
    """'... the Ministry of Home Affairs filed an affidavit. "...," it said.': 'it' is the
    organisation the sentence before is about, when no organisation has spoken since."""
    quoted = " ".join(words).capitalize()
    sentence = form.format(body=body)
    text = f'{sentence[0].upper()}{sentence[1:]}\n\n"{quoted}," it {verb}.'
    assert speakers(text) == [body.removeprefix("the ")]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(["", "Senator ", "former Secretary of Defense "]),
    adverb=st.sampled_from(["", "also ", "forcefully "]),
    verb=st.sampled_from(["defended", "praised", "attacked"]),
    other=st.sampled_from(["the Obama", "the Coast Trust's", "Europe's"]),
    words=WORDS,
)
def test_subject_speaks_not_the_name_its_verb_governs(
    person: tuple[str, str], title: str, adverb: str, verb: str, other: str, words: list[str]
) -> None:
    """'Robert Gates forcefully defended the Obama administration, saying "..."': the subject
    before the verb speaks, not the name after it."""
    quoted = " ".join(words)
    name = " ".join(person)
    text = f'{title}{name} {adverb}{verb} {other} plan on Sunday, saying it was "{quoted}."'
    assert speakers(text) == [name]


@given(
    outlet=st.sampled_from(["daily El Pais", "tabloid Sun", "newspaper Le Monde"]),
    lead=st.sampled_from(["The conservative", "Major Spanish", "The"]),
    person=st.tuples(st.sampled_from(MEN), st.sampled_from(SURNAMES)),
    words=WORDS,
)
def test_news_outlet_is_it_never_he(
    outlet: str, lead: str, person: tuple[str, str], words: list[str]
) -> None:
    """'Major Spanish daily El Pais said ... "...," it wrote.' then '"...," he said': the
    outlet a word for one brings in is 'it', never 'he'."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = (
        f'"{quoted}," {name} said.\n\n{lead} {outlet} said he had played a key role.\n\n'
        f'"{quoted}," it wrote.\n\n"{quoted}," he told the radio.'
    )
    paper = outlet.split(None, 1)[1]
    assert [speaker.split()[-1] for speaker in speakers(text)] == [
        person[1],
        paper.split()[-1],
        person[1],
    ]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    relative=st.sampled_from(MEN + WOMEN),
    descriptions=st.lists(
        st.sampled_from(
            [
                "R-Ohio",
                "D-Texas",
                "a Republican",
                "the panel's ranking member",
                "the mother of victim, {relative}",
                "the minister of trade",
                "57",
            ]
        ),
        min_size=1,
        max_size=2,
        unique=True,
    ),
    cue=st.sampled_from(["said", "told reporters", "told {relative} Marsh"]),
    before=st.booleans(),
    words=WORDS,
)
def test_descriptions_set_off_after_a_name_never_speak(
    person: tuple[str, str],
    relative: str,
    descriptions: list[str],
    cue: str,
    before: bool,
    words: list[str],
) -> None:
    """'Rep. Jim Jordan, R-Ohio, the ranking member, said': a party tag, an age or a description
    between commas after a name, even one naming someone else, leaves the name the speaker."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    described = ", ".join(descriptions).format(relative=relative)
    verb = cue.format(relative=relative)
    if before:
        text = f'{name}, {described}, {verb} it was "{quoted.lower()}."'
    else:
        text = f'"{quoted}," {name}, {described}, {verb}.'
    assert speakers(text) == [name]


TITLE_FORMS = [
    ("Gov.", "governor"),
    ("Sen.", "senator"),
    ("Rep.", "congressman"),
    ("Gen.", "general"),
]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(TITLE_FORMS),
    modifier=st.sampled_from(["", "Democratic ", "veteran ", "Florida "]),
    words=WORDS,
)
def test_a_title_in_full_stands_for_the_one_named_by_its_abbreviation(
    person: tuple[str, str], title: tuple[str, str], modifier: str, words: list[str]
) -> None:
    """'Gov. Maria Marsh toured the site. "...," the Democratic governor said': the abbreviated
    title and the word in full are one title, so the description is the person in view."""
    assume(title[1] != "congressman" or person[0] in MEN)  # the word says he, the name agrees
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    text = (
        f"{title[0]} {name}, who has served six terms, toured the site on Monday.\n\n"
        f'"{quoted}," the {modifier}{title[1]} said.'
    )
    assert speakers(text) == [name]


QUALIFIED_ROLES = [
    "six-term state lawmaker",
    "Liverpool player",
    "veteran farm owner",
    "folk singer",
]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    role=st.sampled_from(QUALIFIED_ROLES),
    words=WORDS,
)
def test_a_qualified_role_stands_for_the_person_in_view(
    person: tuple[str, str], role: str, words: list[str]
) -> None:
    """'Kevin Marsh backed the plan early. The six-term state lawmaker said it was "..."': a
    role the text qualifies is the person it has just told about, not someone new."""
    quoted = " ".join(words)
    name = " ".join(person)
    text = f'{name} backed the plan early.\n\nThe {role} said it was "{quoted}."'
    quotes = list(QuoteExtractor().extract(Document(text)))
    assert [quote.speaker for quote in quotes] == [name]
    assert quotes[0].speaker_span is not None
    assert quotes[0].speaker_span.of(text) == f"The {role}"


@given(
    subject=st.sampled_from(["Republicans", "The ministry", "Officials in the capital"]),
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    title=st.sampled_from(["", "spokesman ", "the head of the party, "]),
    adverb=st.sampled_from(["", "recently ", "again "]),
    participle=st.sampled_from(["saying", "insisting", "warning"]),
    words=WORDS,
)
def test_with_a_named_subject_the_participle_is_theirs(
    subject: str,
    person: tuple[str, str],
    title: str,
    adverb: str,
    participle: str,
    words: list[str],
) -> None:
    """'Republicans piled on, with spokesman Kevin Marsh saying the plan was "..."': after
    'with', the one named before the participle speaks, not the sentence's subject; 'In an
    interview with CNN, Marsh went on, saying' keeps the subject of Marsh's own clause."""
    quoted = " ".join(words)
    name = " ".join(person)
    apposed = ", " if title.endswith(", ") else " "
    absolute = (
        f"{subject} piled on, with {title}{name}{apposed}{adverb}{participle} the plan was"
        f' "{quoted}."'
    )
    own_clause = f'In an interview with CNN, {name} went on, {participle} the plan was "{quoted}."'
    assert speakers(absolute) == [name]
    assert speakers(own_clause) == [name]


@given(
    body=st.sampled_from(["Supreme Court", "Federal Reserve Council", "Marsh Commission"]),
    head=st.sampled_from(["court", "council", "commission", "report"]),
    verb=st.sampled_from(["implied", "hinted at", "also weighed"]),
    participle=st.sampled_from(["noting", "saying", "adding"]),
    words=WORDS,
)
def test_an_unnamed_subject_ends_on_its_head_noun(
    body: str, head: str, verb: str, participle: str, words: list[str]
) -> None:
    """'The court implied possible workarounds, noting that it "..."': the sentence's subject
    is 'The court', not the words up to the participle, and it is the body named before."""
    quoted = " ".join(words)
    text = (
        f"The {body} met on Monday.\n\nThe {head} {verb} possible workarounds, {participle} "
        f'that it "{quoted}."'
    )
    quotes = list(QuoteExtractor().extract(Document(text)))
    assert len(quotes) == 1
    assert quotes[0].speaker_span is not None
    assert quotes[0].speaker_span.of(text) == f"The {head}"


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    aside=st.sampled_from(
        [
            'co-anchor of the "Nightly Report" program',
            'a miner working in one of the "self-defense" teams',
            'whose group coined the term "fiscal cliff" in 2010',
        ]
    ),
    words=WORDS,
)
def test_words_quoted_inside_the_subjects_phrase_do_not_hide_it(
    person: tuple[str, str], aside: str, words: list[str]
) -> None:
    """'Marsh, co-anchor of the "Nightly Report" program, said the video caught her "...":
    a title or term quoted inside the description set off after the name leaves the name
    the subject of the verb, which speaks the quote after it."""
    quoted = " ".join(words)
    name = " ".join(person)
    text = f'{name}, {aside}, said the video caught them "{quoted}."'
    quotes = list(QuoteExtractor().extract(Document(text)))
    assert quotes[-1].text.rstrip(".") == quoted
    assert quotes[-1].speaker == name


@given(
    earlier=st.tuples(st.sampled_from(MEN), st.sampled_from(SURNAMES)),
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    verb=st.sampled_from(["agreed", "went further", "was blunter", "had a warning"]),
    words=WORDS,
)
def test_a_sentence_with_no_cue_introduces_a_quote_by_its_subject(
    earlier: tuple[str, str], person: tuple[str, str], verb: str, words: list[str]
) -> None:
    """'"...," Kevin Marsh said. Prime Minister Maria Okafor agreed: "..."': the colon's own
    sentence says who speaks, though no cue verb stands in it; the cue of the sentence
    before belongs to the quote before."""
    assume(earlier[1] != person[1])
    quoted = " ".join(words).capitalize()
    first, second = " ".join(earlier), " ".join(person)
    text = (
        f'"{quoted}," {first} said.\n\n"{quoted}," he said.\n\n'
        f'Prime Minister {second} {verb}: "{quoted}."'
    )
    assert speakers(text) == [first, first, second]


@given(
    person=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    about=st.sampled_from(
        ["made clear where the party stood", "went further on Tuesday", "sees a bigger risk"]
    ),
    words=st.lists(
        st.sampled_from(["we", "will", "not", "give", "up", "the", "fight"]), min_size=8
    ),
)
def test_a_sentence_about_someone_lends_them_the_quote_after_it(
    person: tuple[str, str], about: str, words: list[str]
) -> None:
    """'Maria Marsh made clear where the party stood. "We will not give up ..."': a quote of a
    full sentence that nothing attributes is the words of the one the sentence before it is
    about; a short one ('"The Fight"') is a title or a term and stays unattributed."""
    quoted = " ".join(words).capitalize()
    name = " ".join(person)
    assert speakers(f'{name} {about}.\n\n"{quoted}."') == [name]
    assert speakers(f'{name} {about}.\n\n"The Long Fight."') == []


@given(
    person=st.sampled_from([("Dean", "Hirsch", "Hirsh"), ("Matt", "Behrmann", "Berhrmann")]),
    words=WORDS,
)
def test_a_surname_misspelt_by_a_letter_is_the_person_named_in_full(
    person: tuple[str, str, str], words: list[str]
) -> None:
    """'Dean Hirsch led the visit. ... Hirsh said': a lone surname one letter off the only
    full name near it is that person, misspelt; a plural is no misspelling of a name."""
    first, surname, typo = person
    quoted = " ".join(words).capitalize()
    text = f'{first} {surname} led the visit.\n\n"{quoted}," {typo} said.'
    assert speakers(text) == [f"{first} {surname}"]
    plural = f'Senator Tom Republican spoke.\n\n"{quoted}," Republicans said.'
    assert speakers(plural) == ["Republicans"]


ACCENTED_FIRST = ["José", "René", "Zoë", "Andrés", "Łukasz", "Ñico", "Ana"]
ACCENTED_SURNAMES = ["García", "López", "Müller", "Dvořák", "Gómez", "Søren", "Núñez"]


def nfc_speakers(text: str) -> list[tuple[str | None, str | None]]:
    """Every quote's and reported clause's speaker, composed, with the text its span covers."""
    document = Document(text)
    found = [*QuoteExtractor().extract(document), *ReportedSpeechExtractor().extract(document)]
    return [
        (
            None if finding.speaker is None else unicodedata.normalize("NFC", finding.speaker),
            None
            if finding.speaker_span is None
            else unicodedata.normalize(
                "NFC", text[finding.speaker_span.start : finding.speaker_span.end]
            ),
        )
        for finding in found
    ]


@given(
    person=st.tuples(st.sampled_from(ACCENTED_FIRST), st.sampled_from(ACCENTED_SURNAMES)),
    role=st.sampled_from(["", ", the mayor", ", the city's mayor,"]),
    words=WORDS,
    form=st.sampled_from(["quote", "reported", "pronoun"]),
)
def test_decomposed_accents_give_the_same_speakers(
    person: tuple[str, str], role: str, words: list[str], form: str
) -> None:
    """Text in decomposed form (NFD: 'e' then a combining acute) names the same speakers as
    the composed text, and each speaker span still covers whole characters of the name; a
    pronoun finds the same person, whose first name tells the gender in either form."""
    name = " ".join(person)
    clause = " ".join(words)
    gender = first_name_gender(person[0])
    other, pronoun = ("Linda Marsh", "he") if gender == "m" else ("Mark Marsh", "she")
    texts = {
        "quote": f'"{clause.capitalize()}," said {name}{role}.',
        "reported": f"{name}{role} said the city would {clause}.",
        "pronoun": f'{name}{role} met {other}.\n\n"{clause.capitalize()}," {pronoun} said.',
    }
    assume(form != "pronoun" or gender in ("m", "f"))
    text = texts[form]
    composed = nfc_speakers(unicodedata.normalize("NFC", text))
    assert composed == nfc_speakers(unicodedata.normalize("NFD", text))
    assert composed and composed[0][0] == name


@given(first=st.sampled_from(ACCENTED_FIRST + MEN + WOMEN))
def test_a_first_names_gender_does_not_depend_on_its_unicode_form(first: str) -> None:
    """'Inés' composed or decomposed is the same known first name, of the same gender."""
    composed = first_name_gender(unicodedata.normalize("NFC", first))
    assert first_name_gender(unicodedata.normalize("NFD", first)) == composed
    assert first in ("Łukasz", "Ñico") or composed in ("m", "f", "s")


#: First names no name table knows, so the text alone must tell that they name a person.
UNKNOWN_FIRST = ["Tarvik", "Quenda", "Sanvel", "Yarel", "Teodric"]
#: How a sentence's subject shows a person, with the pronoun gender that shows: a title, or an
#: apposition of a role noun or an age.
SUBJECTS = [
    ("Mr. {surname}", "m"),
    ("Mrs. {surname}", "f"),
    ("{first} {surname}, a provincial spokesman,", "m"),
    ("{first} {surname}, a party spokeswoman,", "f"),
    ("{first} {surname}, a local teacher,", "s"),
    ("{first} {surname}, 33,", "s"),
    ("{first} {surname}, director of the aid agency,", "s"),
]
DEEDS = ["rejected the offer", "took the blame", "arrived on Monday", "was born in Cuba"]
AGREES = {"he": "sm", "she": "sf"}


@given(
    earlier=st.tuples(st.sampled_from(["Mr.", "Mrs."]), st.sampled_from(SURNAMES)),
    subject=st.sampled_from(SUBJECTS),
    name=st.tuples(st.sampled_from(UNKNOWN_FIRST), st.sampled_from(SURNAMES)),
    deed=st.sampled_from(DEEDS),
    pronoun=st.sampled_from(["he", "she"]),
    inside=st.tuples(st.sampled_from(MEN + WOMEN), st.sampled_from(SURNAMES)),
    words=WORDS,
)
def test_pronoun_takes_the_agreeing_subject_before_the_last_speaker(
    earlier: tuple[str, str],
    subject: tuple[str, str],
    name: tuple[str, str],
    deed: str,
    pronoun: str,
    inside: tuple[str, str],
    words: list[str],
) -> None:
    """'"...," Mr. Marsh said. Tarvik Okafor, a local teacher, took the blame. "...," she
    said.': a person the sentence since the last speaker is about outranks that speaker when
    the pronoun agrees with them, whatever the name table knows; else the speaker does. A
    name only inside the quoted words is never the pronoun's antecedent."""
    title, surname = earlier
    form, gender = subject
    assume(len({surname, name[1], inside[1]}) == 3)  # a shared surname names one person
    spoke = "m" if title == "Mr." else "f"
    assume(spoke in AGREES[pronoun] or gender in AGREES[pronoun])  # someone it may mean
    opening = form.format(first=name[0], surname=name[1])
    quoted = " ".join(words).capitalize()
    text = (
        f'"{quoted}," {title} {surname} said.\n\n{opening} {deed}.\n\n'
        f'"{quoted}, ask {inside[0]} {inside[1]}," {pronoun} said.'
    )
    person = name[1] if form.startswith("M") else " ".join(name)
    expected = person if gender in AGREES[pronoun] else surname
    assert speakers(text) == [surname, expected]


BODIES = ["Pathway Communications", "Amnesty International", "Clearview", "Twitter", "Intel"]
ANY_BODY_HEADS = ["company", "group", "organization", "organisation", "human rights group"]


@given(
    body=st.sampled_from(BODIES),
    head=st.sampled_from(ANY_BODY_HEADS),
    opening=st.sampled_from(["", "On Tuesday, ", "In a statement, "]),
    verb=st.sampled_from(["said the site was down", "demurred on removing the post"]),
    filler=st.lists(st.sampled_from(["Shares fell.", "the talks went on for hours."]), max_size=2),
    words=WORDS,
)
def test_a_description_of_any_body_is_the_body_in_view(
    body: str, head: str, opening: str, verb: str, filler: list[str], words: list[str]
) -> None:
    """'Twitter demurred ... "...," the company added': a description any organisation may
    take stands for the body a sentence since the last speaker is about, or for that speaker."""
    quoted = " ".join(words).capitalize()
    between = " ".join(sentence.capitalize() for sentence in filler)
    text = (
        f"Users of {body} were angry.\n\n"
        f'{opening}{body} {verb}. {between} "{quoted}," the {head} said.'
    )
    assert speakers(text) == [body]


@given(
    before=st.sampled_from(
        [
            "Shares fell sharply on Monday.",
            "Maria Marsh spoke on Monday.",
            "Maria Marsh spoke on Monday. Marsh left the party with Marsh aides.",
            "In Paris, talks went on.",
        ]
    ),
    head=st.sampled_from(ANY_BODY_HEADS),
    words=WORDS,
)
def test_a_description_of_a_body_no_one_names_keeps_its_words(
    before: str, head: str, words: list[str]
) -> None:
    """With no organisation named before it ('Maria Marsh' is a person), 'the company' is
    credited by its own words."""
    quoted = " ".join(words).capitalize()
    assert speakers(f'{before} "{quoted}," the {head} said.') == [f"the {head}"]


@given(
    body=st.sampled_from(["Citizens United", "Amnesty International", "Pathway Communications"]),
    head=st.sampled_from(ANY_BODY_HEADS),
    kind=st.sampled_from(["", "conservative ", "advocacy "]),
    earlier=st.sampled_from(["", "Hana Lee wrote to the panel. "]),
)
def test_a_body_description_set_off_after_a_name_is_that_name(
    body: str, head: str, kind: str, earlier: str
) -> None:
    """'A memo obtained by Citizens United, the advocacy group, shows': a description between
    commas right after a body's name is that body, whoever spoke before."""
    mention = f"the {kind}{head}"
    text = f"{earlier}A memo obtained by {body}, {mention}, shows the list."
    start = text.index(mention)
    tracker = SpeakerTracker(text)
    if earlier:
        lee = text.index("Hana Lee")
        tracker.resolve(Span(lee, lee + len("Hana Lee")))
    assert tracker.resolve(Span(start, start + len(mention))) == body


#: A sentence bringing a new person in, and the start of the next, which quotes them by 'he'.
INTRODUCTIONS_THEN_LEADS = st.tuples(
    st.sampled_from(["One such member was", "Among them was", "Then came"]),
    st.sampled_from(["In January, he told the Guardian:", "He said:", "He added:"]),
)


@given(
    firsts=st.tuples(st.sampled_from(MEN), st.sampled_from(MEN)),
    surnames=st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True),
    shape=INTRODUCTIONS_THEN_LEADS,
    words=WORDS,
)
def test_a_person_brought_in_right_before_a_pronoun_is_whom_it_means(
    firsts: tuple[str, str], surnames: list[str], shape: tuple[str, str], words: list[str]
) -> None:
    speaker, newcomer = (
        f"{first} {surname}" for first, surname in zip(firsts, surnames, strict=True)
    )
    text = (
        f"{speaker} has called for a vote.\n\n"
        f'"Enthusiasm is overwhelming," he said.\n\n'
        f"{shape[0]} {newcomer}, who left the House last month. "
        f'{shape[1]} "{" ".join(words).capitalize()}."'
    )
    assert speakers(text) == [speaker, newcomer]


HEADLINES = [
    "Senate trial opens",
    "Lawmakers seize on new evidence in hearing",
    "Report: talks stall",
    "Budget fight looms over the summer",
]


@given(
    first=st.sampled_from(MEN + WOMEN),
    middle=st.sampled_from(["", "Louise ", "J. ", "(Jon) "]),
    surname=st.sampled_from(SURNAMES),
    headlines=st.lists(st.sampled_from(HEADLINES), min_size=1, max_size=3),
    party=st.sampled_from(["(D-Calif.) ", "(R-Texas) ", ""]),
    words=WORDS,
)
def test_a_box_of_related_links_credits_the_name_it_follows(
    first: str, middle: str, surname: str, headlines: list[str], party: str, words: list[str]
) -> None:
    # a site's box of the person's full name and headlines, closed by 'MORE', scraped into
    # the sentence between the name and its verb
    quoted = " ".join(words)
    box = f"{first} {middle}{surname}{' '.join(headlines)} MORE"
    text = f'Rep. {first} {surname} {box} {party}said it was "{quoted} now."'
    (speaker,) = speakers(text)
    assert speaker == f"{first} {surname}"
