"""People told by a name of a shape news often prints: a double-barrelled surname joined by a
hyphen ("Kincaid-Hill", "Rodriguez-Espinoza"), read as one word of the name that may later stand
alone as the surname; a nickname in double quotes between the words of a name ('Emarje "EJ"
Watkins'), part of the name but never a surname of its own; a one-word name the story gives
after a noun for someone of another's ("their mother Diana", "bin Laden's sons, Saad", "her sons,
Adam and Ethan"), its word for that person; a surname shaped like a people's plural ("Davis",
"Harris") that the story gave with a given name, one person wherever it stands."""

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.extractors.casualties.people import BARE_PLURALS


def _found(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.text) for c in newsparse.parse(text).casualties]


def test_double_barrelled_name_as_a_subject() -> None:
    text = "Police said Carlos Rodriguez-Espinoza, 22, was arrested on Monday afternoon."
    assert (1, "arrested", "Carlos Rodriguez-Espinoza, 22, was arrested") in _found(text)


def test_double_barrelled_name_after_a_harm_verb() -> None:
    text = "Police said a 7-year-old fatally shot Ty-Ryne Hoskins, 3, inside a home."
    assert (1, "killed", "fatally shot Ty-Ryne Hoskins, 3,") in _found(text)


def test_double_barrelled_surname_standing_alone() -> None:
    text = (
        "Kimberlee Ann Kincaid-Hill worked at the store. The robber will face murder charges "
        "because Kincaid-Hill was killed during the crime. Friends spoke of Kincaid-Hill's death."
    )
    found = _found(text)
    assert (1, "killed", "Kincaid-Hill was killed") in found
    assert (1, "killed", "Kincaid-Hill's death") in found


def test_double_barrelled_surname_unknown_to_the_story_is_no_one() -> None:
    assert _found("The report said Kincaid-Hill was killed in the crash.") == []


def test_nickname_inside_a_name() -> None:
    text = (
        "Thirteen-year-old Emarje “EJ” Watkins was shot and killed as the teens played. "
        "She faces a charge of manslaughter resulting in Watkins’s death."
    )
    found = _found(text)
    assert (1, "killed", "Emarje “EJ” Watkins was shot and killed") in found
    assert (1, "killed", "Watkins’s death") in found


def test_nickname_after_a_middle_name() -> None:
    text = 'Police said the boy fatally shot James Robert "J.R." Gustafson, 13, in a home.'
    assert (1, "killed", 'fatally shot James Robert "J.R." Gustafson, 13,') in _found(text)


def test_nickname_is_no_surname() -> None:
    text = "Zhivago “Stank” Hines was killed on Saturday. Stank was arrested on Monday."
    assert _found(text) == [(1, "killed", "Zhivago “Stank” Hines was killed")]


def test_one_word_name_given_after_a_kin_noun() -> None:
    text = (
        "The princes will mark the anniversary of the death of their mother Diana. "
        "Diana was killed in a Paris car crash in 1997. A report into Diana's death is due."
    )
    found = _found(text)
    assert (1, "killed", "Diana was killed") in found
    assert (1, "killed", "Diana's death") in found


def test_one_word_name_set_off_by_a_comma_after_a_name_owner() -> None:
    text = (
        "Iran gave a home to one of bin Laden's sons, Saad, after 2001. "
        "The U.S. killed Saad in a 2009 air strike."
    )
    assert (1, "killed", "killed Saad") in _found(text)


def test_second_of_two_one_word_names() -> None:
    text = "She left with her sons, Adam and Ethan. Gunmen later shot Ethan in the arm."
    assert (1, "injured", "shot Ethan") in _found(text)


def test_one_word_name_after_a_noun_for_no_person_is_no_one() -> None:
    assert _found("He spoke to his team, Chelsea, on Monday. Gunmen shot Chelsea.") == []


@given(
    st.sampled_from(["her", "his", "their", "Garcia's", "the senator's"]),
    st.sampled_from(["son", "daughter", "brother", "wife", "sons"]),
    st.sampled_from(["Miles", "Travis", "Karson", "Saad"]),
)
def test_any_one_word_name_between_commas_after_a_kin_noun(owner: str, kin: str, name: str) -> None:
    text = f"The family lived with {owner} {kin}, {name}, in Ohio. {name} was killed on Friday."
    assert (1, "killed", f"{name} was killed") in _found(text)


def test_one_word_name_never_introduced_is_no_one() -> None:
    assert _found("Diana was killed in a Paris car crash in 1997.") == []


def test_word_the_story_writes_in_lower_case_is_no_name() -> None:
    text = "His wife May was at home. It may rain. May was killed in the crash."
    assert _found(text) == []


_WORD = st.sampled_from(["Garcia", "Lopez", "Hill", "Carter", "Ramos", "Torres", "Stewart"])
_GIVEN = st.sampled_from(["Maria", "James", "Luis", "Angela", "Carlos", "Diane"])


@given(_GIVEN, _WORD, _WORD, st.integers(min_value=16, max_value=90))
def test_any_double_barrelled_name_with_an_age(first: str, one: str, two: str, age: int) -> None:
    name = f"{first} {one}-{two}"
    found = _found(f"Officers said {name}, {age}, was arrested at the scene.")
    assert found == [(1, "arrested", f"{name}, {age}, was arrested")]


@given(
    st.sampled_from(["then-", "Then-", "ex-"]),
    st.sampled_from(["Rep.", "Sen.", "Gov.", "Dr."]),
    st.sampled_from(
        [
            ("The attack", "wounded", "injured"),
            ("Agents", "arrested", "arrested"),
            ("The attack", "killed", "killed"),
        ]
    ),
)
def test_a_title_held_before_the_storys_time_opens_the_name(
    prefix: str, title: str, harm: tuple[str, str, str]
) -> None:
    """A title with the prefix that dates it ("then-Rep. Gabrielle Giffords") is the name's."""
    doer, verb, kind = harm
    person = f"{prefix}{title} Gabrielle Giffords"
    text = f"{doer} {verb} {person} outside a grocery store."
    assert (1, kind, f"{verb} {person}") in _found(text)


def test_a_run_of_abbreviated_ranks_opens_the_name() -> None:
    """A rank's period is no end of the name: "killed Lt. Col. John Smith", not "Lt. Col"."""
    text = "Gunmen killed Lt. Col. John Smith on Monday."
    assert (1, "killed", "killed Lt. Col. John Smith") in _found(text)


def test_words_before_an_abbreviated_title_are_a_role() -> None:
    text = "The U.S. killed Iranian Maj. Gen. Qassem Soleimani in a drone strike."
    assert (1, "killed", "killed Iranian Maj. Gen. Qassem Soleimani") in _found(text)


_RANK = st.sampled_from(["Maj.", "Gen.", "Lt.", "Col.", "Brig.", "Sgt.", "Det.", "Cpl.", "Adm."])


@given(
    st.sampled_from(["", "Iranian ", "Army ", "Marine Staff "]),
    st.lists(_RANK, min_size=1, max_size=3),
    _GIVEN,
    _WORD,
    st.sampled_from([("killed", "killed"), ("wounded", "injured"), ("arrested", "arrested")]),
)
def test_any_run_of_ranks_before_a_full_name(
    role: str, ranks: list[str], first: str, last: str, harm: tuple[str, str]
) -> None:
    """Ranks in any number, after a role or not, open the full name the harm is done to."""
    verb, kind = harm
    person = f"{role}{' '.join(ranks)} {first} {last}"
    assert (1, kind, f"{verb} {person}") in _found(f"Gunmen {verb} {person} on Monday.")


_GIVEN = ["John", "Maria", "Travis", "Angela"]
_PLURAL_SHAPED = st.from_regex(r"[A-Z][a-z]{2,6}(?:is|ans)", fullmatch=True).filter(
    lambda word: word.lower() not in BARE_PLURALS
)


@given(st.sampled_from(_GIVEN), _PLURAL_SHAPED, st.sampled_from(["killed", "shot", "arrested"]))
def test_a_surname_shaped_like_a_plural_is_one_person_after_a_harm_verb(
    given_name: str, surname: str, harm: str
) -> None:
    # "Davis", "Lewis", "Mardis": no verb after the object tells the surname from "Afghans"; the
    # full name the story gave it does
    text = f"Police named the man as {given_name} {surname}. Gunmen {harm} {surname} on Monday."
    assert (1, f"{harm} {surname}") in [(count, words) for count, _, words in _found(text)]


@given(st.sampled_from(_GIVEN), _PLURAL_SHAPED)
def test_a_surname_shaped_like_a_plural_is_one_person_in_a_list(
    given_name: str, surname: str
) -> None:
    text = (
        f"Police named them as Ann Sims and {given_name} {surname}. "
        f"Sims and {surname} were arrested on Monday."
    )
    assert (2, "arrested", f"Sims and {surname} were arrested") in _found(text)


def test_a_peoples_plural_opening_a_sentence_names_no_one() -> None:
    # "The Afghans" reads as a full name; with no given name in it, its word is no surname
    assert _found("The Afghans fled the town. Gunmen killed Afghans on Monday.") == []
