"""A speaker named before where they work (issue 15): 'Ahmed Abdullah from Baghdad police told
Xinhua' is Ahmed Abdullah, not the police, and 'Schiller of the Aspen Institute said', where
the story names Vivian Schiller, is she, not the institute; a body's own name ('the Bank
of England') and a title ('Secretary of State') stay whole."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from quote_speakers import speakers


def test_a_name_before_from_and_a_workplace_speaks() -> None:
    text = '"A roadside bomb struck a patrol," Ahmed Abdullah from Baghdad police told Xinhua.'
    assert speakers(text) == ["Ahmed Abdullah"]


def test_a_surname_before_of_and_a_workplace_speaks() -> None:
    text = (
        '"We were never told," Vivian Schiller said on Monday.\n\n'
        '"It was a mistake," Schiller of the Aspen Institute said.'
    )
    assert speakers(text) == ["Vivian Schiller", "Vivian Schiller"]


def test_a_body_named_with_of_stays_whole() -> None:
    assert speakers('"Rates will rise," the Bank of England said.') == ["Bank of England"]


def test_a_title_before_of_is_no_surname() -> None:
    text = (
        '"We will respond," John Kerry said.\n\n"Talks go on," Secretary of State John Kerry said.'
    )
    assert speakers(text) == ["John Kerry", "John Kerry"]


@given(
    person=st.sampled_from(["Vivian Schiller", "Drew Heiserman", "Jeffrey Lewis", "Olga Marsh"]),
    body=st.sampled_from(["the Aspen Institute", "the CORE Teachers", "Oxfam"]),
)
def test_any_surname_named_in_full_before_a_workplace_speaks(person: str, body: str) -> None:
    surname = person.split()[-1]
    text = (
        f'"We were never told," {person} said on Monday.\n\n'
        f'"It was a mistake," {surname} of {body} said.'
    )
    assert speakers(text) == [person, person]


@given(
    name=st.sampled_from(["Ahmed Abdullah", "Maria Lopez", "David Okafor", "Fatima Haddad"]),
    place=st.sampled_from(["Baghdad police", "the Interior Ministry", "Oxfam"]),
    verb=st.sampled_from(["told Xinhua", "said", "told reporters"]),
)
def test_any_named_person_from_a_workplace_speaks(name: str, place: str, verb: str) -> None:
    text = f'"The road is closed," {name} from {place} {verb}.'
    assert speakers(text) == [name]


def test_a_surname_the_title_table_lists_speaks_after_a_first_name() -> None:
    text = '"Prices will rise," Amrita Sen of consultancy Energy Aspects said.'
    assert speakers(text) == ["Amrita Sen"]


def test_a_name_after_a_title_before_a_workplace_speaks() -> None:
    text = '"He fled on foot," Sgt. Scott Scherer of the county police homicide unit said.'
    assert speakers(text) == ["Scott Scherer"]


@given(
    title=st.sampled_from(["", "Dr. ", "Sgt. ", "Prof. "]),
    name=st.sampled_from(["Amrita Sen", "Scott Scherer", "Maria Gov", "David Okafor"]),
    body=st.sampled_from(
        ["consultancy Energy Aspects", "the law firm Cohen Milstein", "the county police unit"]
    ),
    link=st.sampled_from(["of", "from"]),
)
def test_a_person_of_a_workplace_is_credited_never_the_workplace(
    title: str, name: str, body: str, link: str
) -> None:
    text = f'"The road is closed," {title}{name} {link} {body} said.'
    assert speakers(text) == [name]
