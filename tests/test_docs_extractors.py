"""docs/extractors.md keeps its promise: "Every example below is run through newsparse.parse as
written".

Each row is one example of the page: the words it quotes and what the page says they give. Every
quoted part must stand verbatim in the page's section for that extractor (line wrapping aside),
so an edit to the page or to a row fails here instead of drifting apart silently. An example the
page tells over two quotes ("after X, Y is ...") is read as one story, X then Y, a stop closing a
part that has none. An example the page cuts with "..." is run on the words it gives. The last
test finds every quoted sentence on the page and asks that a row runs it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import pytest

import newsparse
from newsparse.findings import Casualty, ReportedSpeech

PAGE = Path(__file__).resolve().parent.parent / "docs" / "extractors.md"


def flat(text: str) -> str:
    return " ".join(text.split())


def section(title: str) -> str:
    """The page's section under ``## title``, its line wrapping undone."""
    for part in re.split(r"^## ", PAGE.read_text(encoding="utf-8"), flags=re.MULTILINE):
        if part.startswith(f"{title}\n"):
            return flat(part)
    raise AssertionError(f"docs/extractors.md has no section {title!r}")


def words_of(words: str | tuple[str, ...]) -> tuple[str, ...]:
    return (words,) if isinstance(words, str) else words


def parsed(
    title: str, words: str | tuple[str, ...], published: str | None = None
) -> newsparse.Document:
    """The example's words, each checked to stand on the page, parsed as one story."""
    parts = words_of(words)
    page = section(title)
    for part in parts:
        assert flat(part) in page, f"not in docs/extractors.md, section {title!r}: {part!r}"
    closed = [p if p.endswith((".", "?", "!")) else f"{p}." for p in parts[:-1]]
    return newsparse.parse(" ".join([*closed, parts[-1]]), published=published)


def ids(rows: list[NamedTuple]) -> list[str]:
    return [flat(words_of(row[0])[-1])[:50] for row in rows]


# --- Casualties --------------------------------------------------------------------------------


class Found(NamedTuple):
    """A casualty finding the page tells of; ``text`` None where the page names no span."""

    count: int | None
    kind: str
    text: str | None = None
    subset: bool = False
    inferred: bool = False

    def fits(self, finding: Casualty) -> bool:
        told = (finding.count, finding.kind, finding.subset, finding.inferred)
        return told == (self.count, self.kind, self.subset, self.inferred) and (
            self.text in (None, finding.text)
        )


class Cas(NamedTuple):
    words: str | tuple[str, ...]
    gives: tuple[Found, ...]  # every finding, no more
    figure: dict[str, int] | None = None  # the story's figure for these kinds
    published: str | None = None


NOTHING: tuple[Found, ...] = ()
WAR = "Iran and Iraq fought a war from 1980 to 1988, during which 500,000 people were killed."

CASUALTIES = [
    # Read
    Cas(
        "Police said the officer who shot her thought she had a gun.",
        (Found(1, "shot", "shot her"), Found(1, "injured", "shot her", inferred=True)),
    ),
    Cas(
        "His mother and 10 other people drowned",
        (
            Found(1, "killed", "His mother and 10 other people drowned"),
            Found(10, "killed", "10 other people drowned"),
        ),
        figure={"killed": 11},
    ),
    Cas(
        "A bank clerk, a police colonel and a university guard were killed.", (Found(3, "killed"),)
    ),
    Cas(
        "A newspaper boss and lawmaker was killed.",
        (Found(1, "killed", "lawmaker was killed"),),
    ),
    Cas(
        "The blast caused no casualties.",
        (Found(0, "killed", "no casualties"), Found(0, "injured", "no casualties")),
    ),
    Cas("Two Germans and one Greek were wounded.", (Found(2, "injured"), Found(1, "injured"))),
    Cas("The 17 students and staff members were killed.", (Found(17, "killed"),)),
    Cas(
        "Ten sailors were killed and scores more were injured.",
        (Found(10, "killed"), Found(None, "injured")),
    ),
    Cas("He killed three classmates.", (Found(3, "killed"),)),
    Cas("Eight people were pulled injured from the wreckage.", (Found(8, "injured"),)),
    Cas("Three people were discovered dead.", (Found(3, "killed"),)),
    Cas("Gunmen killed his bodyguard.", (Found(1, "killed", "killed his bodyguard"),)),
    Cas("He killed three birds.", NOTHING),
    Cas("Gunmen shot dead Khayreddin al-Dabbagh.", (Found(1, "killed"),)),
    Cas("Ms. Sanders was killed.", (Found(1, "killed"),)),
    Cas(
        "Police said Carlos Rodriguez-Espinoza, 22, was arrested.",
        (Found(1, "arrested", "Carlos Rodriguez-Espinoza, 22, was arrested"),),
    ),
    Cas(
        'Emarje "EJ" Watkins was shot and killed.',
        (Found(1, "killed", 'Emarje "EJ" Watkins was shot and killed'),),
    ),
    Cas(
        ("The princes mourned their mother Diana.", "Diana was killed in a car crash."),
        (Found(1, "killed", "Diana was killed"),),
    ),
    Cas(
        ("Iran sheltered one of bin Laden's sons, Saad.", "The U.S. killed Saad."),
        (Found(1, "killed", "killed Saad"),),
    ),
    Cas(
        "Up to five people were feared lost.",
        (Found(5, "missing", "Up to five people were feared lost"),),
    ),
    Cas(
        "The attack killed four Americans, including Ambassador Chris Stevens.",
        (
            Found(4, "killed", "killed four Americans"),
            Found(1, "killed", "including Ambassador Chris Stevens", subset=True),
        ),
    ),
    Cas(
        "Twenty people were wounded, including one of the governor's bodyguards.",
        (
            Found(20, "injured", "Twenty people were wounded"),
            Found(1, "injured", "including one of the governor's bodyguards", subset=True),
        ),
    ),
    Cas(
        "The storms killed 40 people in several states, including New York.",
        (Found(40, "killed", "killed 40 people"),),
    ),
    Cas(
        "Nine people were killed in South Carolina, including five in Seneca.",
        (
            Found(9, "killed", "Nine people were killed"),
            Found(5, "killed", "including five", subset=True),
        ),
    ),
    Cas(
        "Police shot the two suspects, who are both receiving treatment in hospital.",
        (Found(2, "injured"),),
    ),
    Cas("six missing miners", (Found(6, "missing", "six missing miners"),)),
    Cas("Three wounded soldiers", (Found(3, "injured", "Three wounded soldiers"),)),
    Cas(
        "A mine flooded on Monday and 37 workers remained trapped.",
        (Found(37, "missing", "37 workers remained trapped"),),
    ),
    Cas("Many passengers were trapped on the tarmac.", NOTHING),
    Cas(
        "Three activists were placed under house arrest.",
        (Found(3, "arrested", "Three activists were placed under house arrest"),),
    ),
    Cas(
        "Two men were taken into federal custody.",
        (Found(2, "arrested", "Two men were taken into federal custody"),),
    ),
    Cas("The boy was placed in protective custody.", NOTHING),
    Cas(
        "All three suspects are behind bars.",
        (Found(3, "arrested", "All three suspects are behind bars"),),
    ),
    Cas("The city has less than 4,000 people now behind bars.", NOTHING),
    Cas(
        "Two dead in shooting; suspect in custody",
        (Found(2, "killed", "Two dead"), Found(1, "arrested", "suspect in custody")),
    ),
    Cas("Two men were jailed for life.", NOTHING),
    Cas(
        ("Anwar al-Awlaki was arrested in Yemen.", "Awlaki's detention"),
        (Found(1, "arrested"), Found(1, "arrested", "Awlaki's detention")),
    ),
    Cas(
        "A bomber killed 17 people when he blew himself up.",
        (Found(17, "killed", "killed 17 people"), Found(1, "killed", "he blew himself up")),
        figure={"killed": 17},
    ),
    Cas("Rescuers found another body in the river", (Found(1, "killed"),)),
    Cas(
        ("A man was shot dead on Friday.", "Police found the body in a ditch."),
        (Found(1, "killed"), Found(1, "killed", "the body")),
    ),
    Cas(
        ("Gunmen kidnapped an engineer on Friday.", "The hostage said he was treated well."),
        (Found(1, "kidnapped"), Found(1, "kidnapped", "The hostage")),
    ),
    Cas(
        "The wounded included a 19-year-old woman and six men.",
        (Found(1, "injured", subset=True), Found(6, "injured", subset=True)),
    ),
    Cas(
        "Police have not recovered the weapon used to kill the toddler.",
        (Found(1, "killed", "kill the toddler"),),
    ),
    Cas("He used to kill rabbits and two people a year.", NOTHING),
    Cas("A 58-year-old woman was struck in the shoulder.", (Found(1, "injured"),)),
    Cas(
        "Officer, suspect wounded in shooting",
        (Found(2, "injured", "Officer, suspect wounded"),),
    ),
    Cas(
        "A woman was struck by a stray bullet.",
        (
            Found(1, "shot"),
            Found(1, "injured", "A woman was struck by a stray bullet", inferred=True),
        ),
    ),
    Cas("Boy hit by bullet", (Found(1, "shot"), Found(1, "injured", inferred=True))),
    Cas("The car was hit by a bullet.", NOTHING),
    Cas(
        ("Rohan Levy was shot dead.", "An 18-year-old friend of Rohan's was shot in the arm."),
        (Found(1, "killed"), Found(1, "injured")),
    ),
    Cas(
        ("Qassem Soleimani was killed in a drone strike", "The killing of Soleimani"),
        (Found(1, "killed"), Found(1, "killed")),
        figure={"killed": 1},
    ),
    Cas(
        "Protests grew amid the pandemic over the death of George Floyd. Floyd died after an"
        " officer knelt on his neck.",
        (Found(1, "killed", "death of George Floyd"), Found(1, "killed")),
    ),
    Cas(
        (
            "One militant was killed in an air strike.",
            "Crowds vowed to avenge the militant's death.",
        ),
        (Found(1, "killed"), Found(1, "killed", "the militant's death")),
    ),
    Cas(
        ("A shopkeeper was shot dead on Sunday.", "Police said the killing was not random."),
        (Found(1, "killed"), Found(1, "killed", "the killing")),
    ),
    Cas(
        ("Two men were shot dead on Sunday.", "Police said the killing was not random."),
        (Found(2, "killed"),),
    ),
    Cas(
        (
            "A guard was shot dead on Sunday.",
            "Police said this killing was not random. In 2019, three guards were killed in a"
            " robbery.",
        ),
        (Found(1, "killed"), Found(1, "killed", "this killing"), Found(3, "killed")),
    ),
    Cas(
        ("Gunmen kidnapped an aid worker on Friday.", "No group has claimed the kidnapping."),
        (Found(1, "kidnapped"), Found(1, "kidnapped", "the kidnapping")),
    ),
    Cas(
        ("One militant was killed in a raid on Sunday.", "The latest death brought new protests."),
        (Found(1, "killed"), Found(1, "killed", "The latest death")),
    ),
    Cas(
        ("A teenager was shot dead on Sunday.", "The coroner ruled his death a homicide."),
        (Found(1, "killed"), Found(1, "killed", "his death")),
    ),
    Cas(
        "Police said the execution was not random. A prisoner was executed on Sunday.",
        (Found(1, "killed", "the execution"), Found(1, "killed")),
    ),
    Cas(
        "Mourners gathered for the funeral of one of three men killed in rioting.",
        (
            Found(1, "killed", "one of three men killed", subset=True),
            Found(3, "killed", "three men killed"),
        ),
    ),
    Cas(
        ("The suspect fled the city overnight.", "He was captured in Shelby the next morning."),
        (Found(1, "arrested", "He was captured"),),
    ),
    Cas(
        (
            "The rebels released a video on Sunday.",
            "Two engineers were captured near the dam.",
        ),
        (Found(2, "kidnapped", "Two engineers were captured"),),
    ),
    Cas(
        "Police opened fire and dozens of Rohingya died.",
        (Found(None, "killed", "dozens of Rohingya died"),),
    ),
    Cas(
        "Another man, 25-year-old Shawn D. Smith, was arrested.",
        (Found(1, "arrested", "Another man, 25-year-old Shawn D. Smith, was arrested"),),
    ),
    Cas(
        ("Police found four men.", "The fourth, Goeswar Roy, was still being detained."),
        (
            Found(
                1,
                "arrested",
                "The fourth, Goeswar Roy, was still being detained",
                subset=True,
            ),
        ),
    ),
    Cas(
        "None of the children were hurt",
        (Found(0, "injured", "None of the children were hurt", subset=True),),
    ),
    Cas(
        "No officers were injured in the incident.",
        (Found(0, "injured", "No officers were injured"),),
    ),
    Cas("No suspects are in custody.", NOTHING),
    Cas(WAR, (Found(500_000, "killed"),), published="2003-06-01"),
    Cas(WAR, NOTHING),
    # Not read
    Cas("It was not known how many people were injured in the blast.", NOTHING),
    Cas("He was unharmed and was taken to a hospital for observation.", NOTHING),
    Cas("Natural disasters killed 34,000 people.", NOTHING),
    Cas("Eight were wounded in separate shootings.", NOTHING),
    Cas("A total of 346 people died in the two disasters.", (Found(346, "killed"),)),
    Cas(
        "Seven people were wounded in shootings from Sunday to early Monday. In one, a man was"
        " shot in the leg and two women were wounded.",
        (Found(7, "injured"), Found(1, "injured"), Found(2, "injured")),
        figure={"injured": 3},
    ),
    Cas("A total of 109 fires broke out in the province last year, killing 12 people.", NOTHING),
    Cas("The gunman was captured on video.", NOTHING),
    Cas("Surveillance footage captured the suspect.", NOTHING),
    Cas("Rescuers found the body on Sunday.", NOTHING),
    Cas("A governing body met on Monday.", NOTHING),
    Cas("After the shooting the man fled.", NOTHING),
    Cas("The officer shot the man dead.", (Found(1, "killed"),)),
    Cas(
        "Pinochet died in 2006. Pinochet's death was mourned.",
        (Found(1, "killed", inferred=True),),
        figure={"killed": 1},
    ),
    Cas("The virus has killed 100 people.", NOTHING),
]


@pytest.mark.parametrize("row", CASUALTIES, ids=ids(CASUALTIES))
def test_casualty_example(row: Cas) -> None:
    document = parsed("Casualties", row.words, row.published)
    left = list(document.casualties)
    missing = []
    for want in sorted(row.gives, key=lambda found: found.text is None):  # named spans first
        hit = next((finding for finding in left if want.fits(finding)), None)
        if hit is None:
            missing.append(want)
        else:
            left.remove(hit)
    assert not missing and not left, f"page's findings not given: {missing}; not on page: {left}"
    for kind, count in (row.figure or {}).items():
        assert document.casualty_totals.get(kind) == count


# --- Quote speakers ----------------------------------------------------------------------------


class Said(NamedTuple):
    words: str | tuple[str, ...]
    quote: str  # the quoted words, without the comma closing them
    speaker: str


QUOTES = [
    Said(
        '"We will rebuild," said Mayor John Carter. The crowd then heard from firefighter Tom'
        ' Reyes. He spoke of the victims. "It was chaos," he said.',
        "It was chaos",
        "Tom Reyes",
    ),
    Said(
        '"We will win," said coach Mike Brown. Nevertheless, Rockets owner Tilman Fertitta stood'
        ' firm. "We are not selling," he said.',
        "We are not selling",
        "Tilman Fertitta",
    ),
    Said(
        '"We will rebuild," said Mayor John Carter. In Maipon, Aljabar Mammah wept as he dug'
        ' through the soil. "Nobody had time to react," he told reporters.',
        "Nobody had time to react",
        "Aljabar Mammah",
    ),
    Said(
        ("Jane Moss posted on Twitter", '"We need answers," her thread continued.'),
        "We need answers",
        "Jane Moss",
    ),
    Said(
        '"The king is resting," said a statement from the royal palace.',
        "The king is resting",
        "the royal palace",
    ),
    Said(
        '"We see the concerns," wrote Judge Ann Ray. The decision was "within reasonable'
        ' bounds," the opinion read.',
        "within reasonable bounds",
        "Ann Ray",
    ),
    Said(
        (
            "North Carolina Gov. Pat McCrory defended the law.",
            '"We will not back down," McCrory said.',
            "In New York, Gov. Andrew Cuomo has banned official travel to the state.",
            '"It is a national issue," the governor said.',
        ),
        "It is a national issue",
        "Pat McCrory",
    ),
    Said(
        (
            "Four fighters were killed, the US military said in a statement.",
            "The man planned bombings, the statement said.",
            '"Credible information led us there," it said.',
        ),
        "Credible information led us there",
        "the US military",
    ),
    Said(
        ("Pope Leo XIV arrived in Prague.", '"This city has suffered," the pontiff said.'),
        "This city has suffered",
        "Leo XIV",
    ),
    Said(
        ("Acme Corp. cut 500 jobs on Monday.", '"We regret this," the company said.'),
        "We regret this",
        "Acme Corp",
    ),
    Said(
        (
            "The Congressional Budget Office studied a flu pandemic.",
            '"The options are limited," the agency concluded.',
        ),
        "The options are limited",
        "Congressional Budget Office",
    ),
    Said(
        "TRUMP on the economy: “We will open soon.” — news briefing Monday. THE FACTS: Donald"
        " Trump has said so before.",
        "We will open soon",
        "Donald Trump",
    ),
    Said(
        (
            "The Wall Street Journal reported that the deal was off.",
            '"The talks collapsed," the newspaper said.',
        ),
        "The talks collapsed",
        "Wall Street Journal",
    ),
    Said(
        'Outside the court, officers searched the car and said they had found "a large amount of'
        ' cash."',
        "a large amount of cash",
        "officers",
    ),
    Said('"We thank them," said Dulaimi referring to the list.', "We thank them", "Dulaimi"),
    Said('"It is needed," the national daily said.', "It is needed", "the national daily"),
    Said(
        'Castellanos, who just a few days earlier called for a "cleansing" of the party, spoke'
        " on Monday.",
        "cleansing",
        "Castellanos",
    ),
    Said(
        'The meeting closed with participants urging "higher spending" for schools.',
        "higher spending",
        "participants",
    ),
    Said(
        "On Tuesday, President Trump hosted the panel and called the report"
        ' "a very important thing."',
        "a very important thing",
        "Trump",
    ),
    Said(
        (
            '"We will appeal," said Kevin Downing.',
            "The ruling came after President Trump spoke at a rally.",
            'Trump took to Twitter to condemn what he called the "sentence."',
        ),
        "sentence",
        "Trump",
    ),
    Said(
        (
            "NATO leaders issued a declaration on Wednesday.",
            '"We remain open," said the declaration.',
        ),
        "We remain open",
        "NATO leaders",
    ),
    Said(
        ("Ron King, the head coach, spoke on Monday.", '"We played well," King said.'),
        "We played well",
        "Ron King",
    ),
    Said(
        (
            "Singapore Airlines (SIA) will fly to Moscow.",
            '"Russia is a growing partner," SIA said.',
        ),
        "Russia is a growing partner",
        "Singapore Airlines",
    ),
    Said(
        ("The World Health Organization met in Geneva.", '"The risk is low," the WHO said.'),
        "The risk is low",
        "World Health Organization",
    ),
    Said(
        '"The plaintiff was reprimanded," the suit reads. Damore’s suit is the latest challenge.',
        "The plaintiff was reprimanded",
        "Damore",
    ),
    Said(
        '"It was a mistake," Collins said Saturday, according to the Bangor Daily News.'
        ' "It is completely inappropriate".',
        "It is completely inappropriate",
        "Collins",
    ),
    Said(
        ("Protesters decried the order of Gov. J.B. Pritzker.", '"We are safe," Pritzker said.'),
        "We are safe",
        "J.B. Pritzker",
    ),
    Said(
        "The leader of Islamic Jihad in Gaza, Khaled al-Batsh, told reporters that Israel"
        ' "was seeking a fake victory."',
        "was seeking a fake victory",
        "Khaled al-Batsh",
    ),
]


@pytest.mark.parametrize("row", QUOTES, ids=ids(QUOTES))
def test_quote_speaker_example(row: Said) -> None:
    quotes = parsed("Quote speakers", row.words).quotes
    speakers = {quote.text.rstrip(",."): quote.speaker for quote in quotes}
    assert row.quote in speakers, f"no quote {row.quote!r} in {[q.text for q in quotes]}"
    assert speakers[row.quote] == row.speaker


# --- Reported speech ---------------------------------------------------------------------------


class Reported(NamedTuple):
    """A report the page tells of; ``speaker`` None where the page names none."""

    text: str
    speaker: str | None = None


class Reports(NamedTuple):
    words: str
    gives: tuple[Reported, ...]  # every report, no more


REPORTED = [
    # Read
    Reports(
        "According to the police, the gunman fled on foot.",
        (Reported("the gunman fled on foot"),),
    ),
    Reports(
        "Ad spending will fall this year, according to Brian Wieser, an analyst at Pivotal.",
        (Reported("Ad spending will fall this year", "Brian Wieser"),),
    ),
    Reports(  # the whole sentence it interrupts
        "But the next day, according to Roffman, Trump made further demands.",
        (Reported("But the next day, according to Roffman, Trump made further demands"),),
    ),
    Reports(
        "Clinton has gone further on Syria by proposing that a no-fly zone be set up.",
        (Reported("a no-fly zone be set up", "Clinton"),),
    ),
    Reports(
        "The race tightened, with polls showing Smith ahead.",
        (Reported("Smith ahead", "polls"),),
    ),
    Reports(
        "Workers painted the bridge that Mayor Kevin Marsh proposed.",
        (Reported("the bridge", "Kevin Marsh"),),
    ),
    Reports("The mayor asked her to call the police.", (Reported("her to call the police"),)),
    Reports("Critics fear the plan will fail.", (Reported("the plan will fail", "Critics"),)),
    Reports("The fears were unfounded.", ()),
    Reports("The Leeds debate is on Monday.", ()),
    Reports("Under the Dunn plan, fares fall.", ()),
    Reports("They back the ferry into the slip.", ()),
    Reports("Dunn said Tuesday the ferry would run.", (Reported("the ferry would run", "Dunn"),)),
    Reports("The plan announced Monday resolves the case.", ()),
    Reports(
        "Mayor Ana Ruiz spoke on Monday. The council met after her comments on the new budget.",
        (Reported("on the new budget", "Ana Ruiz"),),
    ),
    Reports(
        "Voters backing Ana Ruiz said taxes rose.",
        (Reported("Ana Ruiz", "Voters"), Reported("taxes rose", "Voters")),
    ),
    Reports(
        "Mayor Ana Ruiz said the bridge would open in May - but Karl Dunn argued that it would"
        " not.",
        (
            Reported("the bridge would open in May", "Ana Ruiz"),
            Reported("it would not", "Karl Dunn"),
        ),
    ),
    Reports(
        "Three senators opposed the bill, warning that it would raise taxes.",
        (
            Reported("the bill", "Three senators"),
            Reported("it would raise taxes", "Three senators"),
        ),
    ),
    Reports(
        "The Mexican government has gone further, calling for an end to the plan.",
        (Reported("an end to the plan", "The Mexican government"),),
    ),
    Reports(
        "Mayor Ann Ruiz said she admires the council's work and highlighted their shared plan"
        " for new parks.",
        (
            Reported("she admires the council's work", "Ann Ruiz"),
            Reported("their shared plan for new parks", "Ann Ruiz"),
        ),
    ),
    Reports(
        "Although Mayor Ann Ruiz said the plan would fail, the council approved it.",
        (Reported("the plan would fail", "Ann Ruiz"),),
    ),
    Reports("As Ruiz noted, the plan failed.", (Reported("the plan failed", "Ruiz"),)),
    Reports(
        "State police said at least 12 people were hurt in the crash.",
        (Reported("at least 12 people were hurt in the crash", "State police"),),
    ),
    Reports(
        "Governor Lena Marsh tweeted a note of concern for the flood victims; hours later, she "
        "issued a statement on the levee repairs.",
        (
            Reported("a note of concern for the flood victims; hours later", "Lena Marsh"),
            Reported("a statement on the levee repairs", "Lena Marsh"),
        ),
    ),
    Reports(
        "Mayor Ann Ruiz said fares would rise while Karl Dunn said they would fall.",
        (Reported("fares would rise", "Ann Ruiz"), Reported("they would fall", "Karl Dunn")),
    ),
    Reports(
        "Mayor Karl Dunn is calling for a new bridge.", (Reported("a new bridge", "Karl Dunn"),)
    ),
    # a share of people as the speaker, in a subordinate clause, then opening the sentence
    Reports(
        "While only 7 percent said they were undecided, the race was close.",
        (Reported("they were undecided", "only 7 percent"),),
    ),
    Reports(
        "More than half of white women preferred the plan.",
        gives=(Reported("the plan", "More than half of white women"),),
    ),
    Reports(
        "A column in the national Asahi newspaper attacked the plan.",
        (Reported("the plan"),),
    ),
    Reports(
        "Ruiz asked the mayor whether it would run.", (Reported("whether it would run", "Ruiz"),)
    ),
    Reports(
        "Ruiz told her she would not need the ferry.",
        gives=(Reported("she would not need the ferry", "Ruiz"),),
    ),
    # Not read
    Reports("He told the story to reporters.", ()),
    Reports("Editor's note: The ferry schedule was corrected.", ()),
    Reports('"We won," Ruiz said happily on the radio.', ()),
    Reports('"We won," Ruiz complained to a reporter afterward.', ()),
    Reports("Ruiz spoke to reporters on Monday.", ()),
    Reports("Ruiz spoke to CNN about the levy.", (Reported("the levy", "Ruiz"),)),
    Reports("Fares rise, Dunn said, drawing cheers.", (Reported("Fares rise", "Dunn"),)),
    Reports("Fares rise, Dunn told a Senate panel.", (Reported("Fares rise", "Dunn"),)),
    Reports("Dunn said to cheers that fares would fall.", (Reported("fares would fall", "Dunn"),)),
    Reports("Ruiz won the primary, adding to her lead.", ()),
    Reports("Workers painted the bridge Nancy Petrova proposed.", ()),
]


@pytest.mark.parametrize("row", REPORTED, ids=ids(REPORTED))
def test_reported_speech_example(row: Reports) -> None:
    found = parsed("Reported speech", row.words).of("reported_speech")
    reports = [report for report in found if isinstance(report, ReportedSpeech)]
    assert len(reports) == len(found)
    assert sorted(report.text for report in reports) == sorted(want.text for want in row.gives)
    speakers = {report.text: report.speaker for report in reports}
    for want in row.gives:
        if want.speaker is not None:
            assert speakers[want.text] == want.speaker


# --- Every example the page quotes is run ------------------------------------------------------

# A quoted sentence on the page that no row runs, and why; the report to the page's keeper.
NOT_RUN = {
    '"...," the Carolina Panthers quarterback said.': (
        "the quote is elided: as written it holds no quote to credit"
    ),
}

# Whole sentences the page quotes: "Sentence." in the prose, and '"Quote," ... said.' examples.
SENTENCE = re.compile(r""""(?P<plain>[A-Z][^"]*[.?!])"|'(?P<quoted>"[^']*?[.?!])'""")


def test_every_sentence_the_page_quotes_is_run() -> None:
    page = flat(PAGE.read_text(encoding="utf-8"))
    run = {
        flat(part)
        for rows in (CASUALTIES, QUOTES, REPORTED)
        for row in rows
        for part in words_of(row[0])
    }
    quoted = [m["plain"] or m["quoted"] for m in SENTENCE.finditer(page)]
    assert len(quoted) > 30, "the pattern no longer finds the page's examples"
    unrun = [s for s in quoted if s.removesuffix(" ...") not in run and s not in NOT_RUN]
    assert not unrun, f"docs/extractors.md quotes examples no test runs: {unrun}"
    assert all(sentence in quoted for sentence in NOT_RUN), "a NOT_RUN sentence left the page"


def test_every_extractor_module_is_on_the_map() -> None:
    """The map of "Where each part lives" names every module: a newcomer finds each rule there."""
    rooms = section("Where each part lives")
    package = Path(newsparse.__file__).parent / "extractors"
    modules = sorted(p for p in package.rglob("*.py") if p.name != "__init__.py")
    assert len(modules) > 50, "the extractors' modules are no longer found"
    unmapped = [str(p.relative_to(package)) for p in modules if f"`{p.name}`" not in rooms]
    assert not unmapped, f"docs/extractors.md does not say what these modules do: {unmapped}"
