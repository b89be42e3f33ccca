"""Counted casualty mentions in shapes the rules had not read (issue 14, session 11): people a
harm sent to hospital ("a shooting that sent four people to the hospital"), a passive "shot at"
a place ("five people were shot at a party", "seven people were shot at Shawnee Park", "were
shot at 9:53 p.m."), a wound a person had ("three of them had minor gunshot wounds"), an object
ended by a participle or an adverb ("killed four children playing football"), the groups of a
subset list each opened by an article ("among them a woman and her two children"), a shot lived
through after "but", and a day's name after a harm participle ("three others wounded
Sunday"). Session 17: the wound a person has, in the present ("two others have minor injuries").
Session 13: a headline's passive "shot at" a place ("Five shot at Club 21", "Six shot
at nightclub"; aimed.py) and a hit told by a body part seldom fatal ("was struck in the
shoulder"; grammar.py)."""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties.totals import document_figures

EXTRACTOR = CasualtyExtractor()

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 6: "six", 7: "seven", 12: "12", 40: "40"}

# One case a line: the text, then after "=>" each finding written, in text order.
_READ = """
A shooting early Sunday sent four people to the hospital, police said. => injured 4
The crash killed two and sent three others to local hospitals. => killed 2, injured 3
Nightclub shooting sends seven to hospital => injured 7
The blast sent 12 workers to Grady Memorial Hospital. => injured 12
A fight outside the bar sent a man to the hospital. => injured 1
A shooting in a home invasion put three women into the hospital. => injured 3
Four people were shot at a biker bar early Sunday. => shot 4
A child was shot at his home on Sunday. => shot 1
Three men have been shot at the intersection of Main and Elm. => shot 3
The suspect was shot at least three times. => shot 1
Seven people were shot at Peregrine Park on Sunday. => shot 7
A man was shot at 921 Vance St. on Friday. => shot 1
Two women were shot at 11:30 p.m. on the 300 block of Rose Street. => shot 2
The teen was shot at around 1:30 p.m. on Division Street. => shot 1
A 13-year-old boy was accidentally shot at home on Sunday. => shot 1
Three of them had non-life-threatening gunshot wounds. => injured 3
The man had a gunshot wound to the chest. => shot 1
Two passengers had minor injuries. => injured 2
Two other people have non-life-threatening injuries. => injured 2
The sheriff says the child has a gunshot wound to the leg. => injured 1
A mortar attack killed four children playing football near the town. => killed 4
Deputies arrested four people believed to have sold the drugs. => arrested 4
A shooting that killed one and injured three others entered the record. => killed 1, injured 3
The gunman shot four people shortly before 9 p.m. => shot 4
Four people, among them a woman and her two children, were crushed to death. => killed 4, killed 1, killed 2
Three people, including a child and a pregnant woman, were wounded. => injured 3, injured 2
Four people were killed, including his mother and stepfather. => killed 4, killed 2
Her mother was also shot, but survived. => injured 1
Two men were shot but are expected to recover. => injured 2
A 24-year-old man was shot in the arm, but is in stable condition. => injured 1
An ambush left three officers dead and three others wounded Sunday morning. => killed 3, injured 3
Two people were killed and eight others injured Saturday in the shooting. => killed 2, injured 8
Police identified three people shot to death Wednesday near Lacey. => killed 3
Two men shot Kevin Jones on Friday. => shot 1
Five shot at Club 21 in Belle Glade, no suspect arrested => shot 5
5 people shot at Massachusetts birthday party => shot 5
Four People Shot at Grand Rapids Bar => shot 4
Six shot at nightclub => shot 6
Police: 4 shot at Aurora house party => shot 4
A 58-year-old woman was struck in the shoulder and was taken to Einstein Medical Center. => injured 1
Two men were hit in the torso and listed in stable condition. => injured 2
The 15-year-old was hit twice in the lower leg, police said. => injured 1
Police found three victims, including a boy who was hit in the foot. => injured 1
A 21-year-old man was hit in his back and was later pronounced dead. => killed 1
"""


def _cases(table: str) -> list[tuple[str, list[tuple[str, int]]]]:
    """Each line of ``table`` as its text and the findings after "=>"."""
    rows = []
    for line in table.strip().splitlines():
        text, found = line.split(" => ")
        rows.append((text, [(kind, int(n)) for kind, n in map(str.split, found.split(", "))]))
    return rows


@pytest.mark.parametrize(("text", "expected"), _cases(_READ))
def test_counted_shapes(text: str, expected: list[tuple[str, int]]) -> None:
    assert written(text) == expected


# What none of these tells: the finding each would give if read wrong.
_NOT_READ = [
    ("The officers put the two boys in a police car to take them to the hospital.", ("injured", 2)),
    ("The storm sent 40 tons of debris into the hospital parking lot.", ("injured", 40)),
    ("Two officers were shot at by the suspect.", ("shot", 2)),
    ("The two officers were shot at, but no one was hit.", ("shot", 2)),
    ("Two gunmen shot at a police car on Monday.", ("shot", 2)),
    ("Two officers were shot at 10 times, but neither was hit.", ("shot", 2)),
    ("Two officers were shot at Sunday night, but neither was hit.", ("shot", 2)),
    ("The agency had injury claims from 40 workers.", ("injured", 40)),
    ("1 killed 3 injured in weekend shooting", ("killed", 3)),  # two headline counts
    ("Man shot at officers", ("shot", 1)),  # a headline's people after "at": the target
    ("Two shot at them in Ohio", ("shot", 2)),
    ("Troopers search for two people who shot at an unmarked police vehicle", ("shot", 2)),
    ("The man was struck in the back of the head.", ("injured", 1)),  # often fatal
    ("He was hit in the chest.", ("injured", 1)),
    ("The ball hit the wall in the back of the room.", ("injured", 1)),
]


@pytest.mark.parametrize(("text", "wrong"), _NOT_READ)
def test_not_read(text: str, wrong: tuple[str, int]) -> None:
    assert wrong not in written(text)


@given(
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(
        ["Club 21", "Shawnee Park", "4601 Kellogg Avenue", "9:53 p.m.", "about 2 a.m.", "home"]
    ),
)
def test_any_place_or_time_after_shot_at_is_a_hit(count: int, where: str) -> None:
    text = f"Police said {_NUMBERS[count]} people were shot at {where} on Saturday."
    assert ("shot", count) in written(text)


@given(st.sampled_from(sorted(_NUMBERS)), st.sampled_from(["sent", "sending", "has sent"]))
def test_any_count_sent_to_hospital(count: int, verb: str) -> None:
    text = f"Police said the shooting {verb} {_NUMBERS[count]} people to area hospitals."
    assert written(text) == [("injured", count)]


@given(
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(["people", "civilians", "children", "workers"]),
    st.sampled_from(["playing", "gathered", "waiting", "shortly", "standing"]),
    st.sampled_from([("killed", "killed"), ("wounded", "injured"), ("arrested", "arrested")]),
)
def test_any_participle_ends_the_object(
    count: int, noun: str, after: str, harm: tuple[str, str]
) -> None:
    verb, kind = harm
    text = f"The raid {verb} {_NUMBERS[count]} {noun} {after} near the market."
    assert written(text) == [(kind, count)]


@given(
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(["Monday", "Tuesday", "Friday", "Sunday", "January", "October"]),
    st.sampled_from([("wounded", "injured"), ("killed", "killed"), ("hurt", "injured")]),
)
def test_any_day_ends_a_count(count: int, day: str, harm: tuple[str, str]) -> None:
    word, kind = harm
    text = f"One man was arrested and {_NUMBERS[count]} others {word} {day} in the clashes."
    assert (kind, count) in written(text)


def test_subset_parts_leave_the_figure() -> None:
    text = "Four people, among them a woman and her two children, were crushed to death."
    findings = list(EXTRACTOR.extract(Document(text)))
    assert document_figures(findings, text)["killed"] == 4


@given(
    st.sampled_from([("Four", 4), ("Two young", 2), ("A", 1)]),
    st.sampled_from(["St. Louis", "Ft. Worth", "Mt. Vernon"]),
    st.sampled_from([("officers were killed", "killed"), ("men have been arrested", "arrested")]),
)
def test_a_place_name_opened_by_an_abbreviation_is_a_modifier(
    count: tuple[str, int], place: str, harm: tuple[str, str]
) -> None:
    words, kind = harm
    if count[1] == 1:
        words = words.replace("officers were", "officer was").replace("men have", "man has")
    text = f"Police said {count[0]} {place} {words} on Monday."
    assert written(text) == [(kind, count[1])]


def test_a_street_abbreviation_before_a_new_sentence_is_no_modifier() -> None:
    assert written("The fire was at 129 Scott St. Two men were hurt.") == [("injured", 2)]


@given(
    st.sampled_from(sorted(_NUMBERS)),
    st.sampled_from(["had", "have"]),
    st.sampled_from(["minor injuries", "non-life-threatening injuries", "serious injuries"]),
)
def test_a_wound_had_in_any_tense_is_an_injury(count: int, had: str, wound: str) -> None:
    """The wound people carry, past or present: "three had minor injuries", "three have"."""
    text = f"Police said {_NUMBERS[count]} victims {had} {wound} after the shooting."
    assert ("injured", count) in written(text)
