"""Casualty recall on unseen news (issue 14, session 10): people trapped by a disaster, a bomber
who blows himself up, a toll whose verb stands far from its noun, an object followed by a time
or place adverb, a crowd displaced by a bare figure, a harm noun whose victim follows a time
phrase, "assassinated", and custody told by "held" ("held without bail"). Each class has its
own sentences, written for these tests, and a property over its shape where it has one.
"""

from __future__ import annotations

import pytest
from casualty_counts import written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()

_COUNTS = [("12", 12), ("forty-two", 42), ("more than 150", 150), ("about 300", 300)]


def totals(text: str) -> dict[str, int | None]:
    document = Document(text)
    return dict(document.with_findings(tuple(EXTRACTOR.extract(document))).casualty_totals)


#: Each sentence, written for these tests, then the findings it states in text order ("kind
#: count"), or nothing.
_TOLD = """
Rescuers said 150 people were believed trapped under the rubble of the flyover. | missing 150
In another accident, 37 workers remained trapped in a flooded coal shaft. | missing 37
A copper mine fire killed one miner and trapped 44 others for a day. | killed 1, missing 44
Many passengers were trapped on the tarmac, unable to leave the planes. |
Police said 58 people were trapped in two buildings by the gunfire. |
He said two executives had been trapped into making the sales. |
Ten people were confirmed dead and 10 others went missing in the mine. | killed 10, missing 10
An audit found that some $11 billion went missing at the firm. |
A suicide bomber blew himself up outside a police station on Monday. | killed 1
Two suicide bombers blew themselves up in a market. | killed 2
The death toll from last week's gas explosion at the Xinlong coal mine near Hegang in the \
northeastern Heilongjiang province rose to 171 on Sunday. | killed 171
The 2007 death toll -- taking into account civilian, militant, police, and local and foreign \
army casualties -- is more than 4,100, officials said. | killed 4100
A gunman killed two men early Sunday in the city. | killed 2
A shooting injured five people late Saturday night. | injured 5
The plane crashed, killing all 157 people onboard. | killed 157
A gas blast killed 24 miners underground. | killed 24
Floods killed 120 people and displaced around 300,000 in June. | killed 120, displaced 300000
The storm damaged 40 homes and displaced 300. |
The quake killed 73,000 people, leaving three million homeless. | killed 73000, displaced 3000000
About 3,000 were evacuated from the town before the storm. | evacuated 3000
About 300 were evacuated from the school. |
About 3,000 homes were evacuated after the floods. |
Police linked the car to the killing on Thursday night of a campus police officer. | killed 1
Students marched to protest the murder earlier this month of a student leader. | killed 1
A gunman assassinated Prime Minister John Carter in 1990. | killed 1
Assassinating a general is an act of war, he said. |
Police said the two suspects were held on suspicion of murder. | arrested 2
Both men were held without bail after the shooting. | arrested 2
The party was held on Sunday in the park. |
"""


def _told() -> list[tuple[str, list[tuple[str, int]]]]:
    cases = []
    for line in _TOLD.strip().splitlines():  # a backslash ends no line: the string joins them
        text, _, stated = line.partition(" | ")
        findings = [item.split() for item in stated.split(", ") if item]
        cases.append((text, [(kind, int(count)) for kind, count in findings]))
    return cases


@pytest.mark.parametrize(("text", "findings"), _told())
def test_each_sentence_states_its_findings(text: str, findings: list[tuple[str, int]]) -> None:
    assert written(text) == findings


def test_the_bomber_is_not_added_to_the_toll_of_his_blast() -> None:
    text = "A bomber in a vest killed 17 people when he blew himself up on a bus."
    assert written(text) == [("killed", 17), ("killed", 1)]
    assert totals(text) == {"killed": 17}
    assert totals("The gunman killed two people and then killed himself.") == {"killed": 3}


# --- properties, one per shape -----------------------------------------------------------------


_DISASTERS = st.sampled_from(
    [
        "after the building collapsed",
        "in the flooded coal mine",
        "under the rubble of the quake",
        "in the wreckage of the bus",
    ]
)


@given(
    st.sampled_from(_COUNTS),
    st.sampled_from(["miners", "people", "workers", "passengers"]),
    st.sampled_from(["were trapped", "remained trapped", "are believed to be trapped"]),
    _DISASTERS,
)
def test_any_count_trapped_in_a_disaster_is_missing(
    count: tuple[str, int], people: str, trapped: str, disaster: str
) -> None:
    text = f"Officials said {count[0]} {people} {trapped} {disaster}."
    assert ("missing", count[1]) in written(text)


@given(
    st.sampled_from(["1,500", "about 3,000", "some 650,000", "three million", "more than 20,000"]),
    st.sampled_from(
        [
            ("{count} were evacuated", "evacuated"),
            ("{count} have been displaced", "displaced"),
            ("the storm left {count} homeless", "displaced"),
            ("officials evacuated {count}", "evacuated"),
        ]
    ),
)
def test_a_bare_crowd_moved_is_people_before_or_after_its_verb(
    count: str, told: tuple[str, str]
) -> None:
    shape, kind = told
    text = f"Officials said {shape.format(count=count)} on Monday."
    assert [k for k, _ in written(text)] == [kind]


@given(
    st.sampled_from(["A suicide bomber", "The attacker", "One man", "The militant"]),
    st.sampled_from(["blew himself up", "exploded himself", "detonated himself"]),
    st.sampled_from(["", " at the gate", " near a checkpoint on Friday"]),
)
def test_any_attacker_who_blows_himself_up_is_one_killed(
    attacker: str, blast: str, place: str
) -> None:
    assert written(f"{attacker} {blast}{place}.") == [("killed", 1)]


_PLACE_WORDS = ["in", "the", "northern", "coal", "mine", "near", "Hegang", "province", "of"]


@given(
    st.lists(st.sampled_from(_PLACE_WORDS), max_size=16),  # twenty words with "from the blast"
    st.sampled_from(["rose to", "reached", "climbed to", "is"]),
    st.integers(2, 999),
)
def test_a_toll_takes_its_count_past_any_place_phrase(
    words: list[str], tie: str, figure: int
) -> None:
    between = "".join(f" {word}" for word in words)
    text = f"The death toll from the blast{between} {tie} {figure}, officials said."
    assert ("killed", figure) in written(text)


@given(
    st.sampled_from(["killed", "wounded", "kidnapped"]),
    st.sampled_from(_COUNTS),
    st.sampled_from(["early", "late", "underground", "aboard"]),
)
def test_an_object_ends_before_any_adverb_of_time_or_place(
    verb: str, count: tuple[str, int], adverb: str
) -> None:
    kinds = {"killed": "killed", "wounded": "injured", "kidnapped": "kidnapped"}
    text = f"Gunmen {verb} {count[0]} people {adverb} on Friday, police said."
    assert (kinds[verb], count[1]) in written(text)


@given(
    st.sampled_from(["killing", "murder", "slaying", "assassination"]),
    st.sampled_from(
        ["on Monday", "last week", "earlier this month", "in March", "late Friday night"]
    ),
    st.sampled_from(["a police officer", "two aid workers", "three students"]),
)
def test_any_harm_noun_takes_its_victim_after_a_time_phrase(
    noun: str, when: str, victims: str
) -> None:
    count = {"a": 1, "two": 2, "three": 3}[victims.split()[0]]
    text = f"Protesters demanded justice for the {noun} {when} of {victims}."
    assert ("killed", count) in written(text)


@given(st.sampled_from(_COUNTS), st.sampled_from(["feared", "presumed"]))
def test_people_feared_or_presumed_dead_are_missing(count: tuple[str, int], held: str) -> None:
    words, number = count
    text = f"A ferry capsized on Monday and {words} passengers were {held} drowned."
    assert totals(text) == {"missing": number}


def test_graded_part_of_an_injured_count_is_a_subset() -> None:
    document = Document("A crane fell on Monday, and nine workers were injured, two critically.")
    found = [(c.count, c.kind, c.text, c.subset) for c in EXTRACTOR.extract(document)]
    assert (9, "injured", "nine workers were injured", False) in found
    assert (2, "injured", "two critically", True) in found
    assert totals("A crane fell on Monday, and nine workers were injured, two critically.") == {
        "injured": 9
    }


@given(st.sampled_from(_COUNTS), st.sampled_from(["seriously", "critically", "badly"]))
def test_any_graded_part(count: tuple[str, int], grade: str) -> None:
    words, number = count
    text = f"The bus overturned and 900 passengers were hurt, {words} {grade}."
    parts = [c for c in EXTRACTOR.extract(Document(text)) if c.subset]
    assert [(c.count, c.text) for c in parts] == [(number, f"{words} {grade}")]


_GROUPS = [("wounded four others", "injured", 4), ("Five people were wounded", "injured", 5)]


@given(
    st.sampled_from(_GROUPS),
    st.sampled_from(["seriously", "critically", "badly"]),
    st.sampled_from(["", ", police said", " in the blast"]),
)
def test_a_graded_part_of_them_in_either_order(
    group: tuple[str, str, int], grade: str, after: str
) -> None:
    """ "wounded four others, one of them seriously" (pool-n): "of them" ties the count to the
    group before it, whether the group's harm word opens or closes it."""
    told, kind, whole = group
    text = f"Troops {told[0].lower()}{told[1:]}, one of them {grade}{after}."
    found = [(c.count, c.kind, c.subset) for c in EXTRACTOR.extract(Document(text))]
    assert (whole, kind, False) in found
    assert (1, "injured", True) in found


@given(st.sampled_from(_COUNTS), st.sampled_from([("Two", 2), ("three", 3), ("eight", 8)]))
def test_a_part_shot_fatally_is_killed(count: tuple[str, int], part: tuple[str, int]) -> None:
    """ "Ten people were shot, one of them fatally": the part told fatally shot is a death, a
    part of the shot, and not a shot of its own."""
    words, number = count
    text = f"Police said {words} people were shot, {part[0]} of them fatally, on Sunday."
    found = [(c.count, c.kind, c.text, c.subset) for c in EXTRACTOR.extract(Document(text))]
    assert (number, "shot", f"{words} people were shot", False) in found
    assert (part[1], "killed", f"{part[0]} of them fatally", True) in found
    assert not [f for f in found if f[1] == "shot" and f[3]]


def test_a_grade_before_a_harm_word_is_left_to_the_subject_rule() -> None:
    text = "A shooting spree left four people injured, two of them seriously hurt."
    parts = [(c.count, c.text) for c in EXTRACTOR.extract(Document(text)) if c.subset]
    assert parts == [(2, "two of them seriously hurt")]


def test_vague_graded_part_is_no_count() -> None:
    text = "Another 1,290 people were injured, many seriously."
    assert not any(c.subset for c in EXTRACTOR.extract(Document(text)))
