"""A story's one victim shot, told dead elsewhere in the story (session 18, shot_dead.py): the
shot is the killing told again, not a shot of unknown outcome; a second victim, a survival or
the news as it came in keep the shot as read."""

from __future__ import annotations

from casualty_counts import EXTRACTOR, written
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document

DEATH = "Protests followed the fatal shooting of an unarmed black man by a police officer."


@given(
    st.sampled_from(
        ["shooting Walter Scott", "shooting a black teenager", "shooting an unarmed man"]
    ),
    st.sampled_from(["", " in the back"]),
)
def test_the_one_victim_shot_is_the_death_told(shot: str, where: str) -> None:
    text = f"{DEATH} A video appears to show the officer {shot}{where} after a traffic stop."
    assert [kind for kind, _ in written(text)] == ["killed", "killed"]


def test_a_victim_shot_in_a_later_sentence_is_the_death() -> None:
    text = "A 15-year-old girl was killed on Sunday. Police said the girl was shot at a party."
    assert written(text) == [("killed", 1), ("killed", 1)]


@given(st.sampled_from(["Another man was also shot", "A second man was shot"]))
def test_a_second_victim_stays_shot(other: str) -> None:
    text = f"A 15-year-old girl was killed on Sunday. {other} at the party, police said."
    assert ("killed", 1) in written(text)
    assert written(text)[-1] != ("killed", 1)


def test_a_survivor_stays_hurt() -> None:
    text = "A man was killed on Sunday. Police shot the gunman, who is recovering in a hospital."
    assert written(text)[-1] != ("killed", 1)


def test_the_news_as_it_came_in_stays_shot() -> None:
    text = (
        "The president was killed in Dallas in 1963. A doctor was paged with a message that the"
        " president had been shot."
    )
    assert written(text)[-1] == ("shot", 1)


def test_a_death_beside_the_shot_is_another_person() -> None:
    text = "A man was killed on Sunday. Neighbors said an officer was shot and a man killed."
    assert ("shot", 1) in written(text)


def test_no_death_told_keeps_the_shot() -> None:
    assert written("Police said the officer shot a black teenager after a traffic stop.") == [
        ("shot", 1)
    ]


def test_a_shot_told_as_background_is_the_death_too() -> None:
    text = (
        "Protesters marched over the killing of a black teenager. A video showed a police officer"
        " shooting a black teenager 16 times last year."
    )
    found = [(f.kind, f.past) for f in EXTRACTOR.extract(Document(text, published="2015-11-27"))]
    assert found == [("killed", False), ("killed", True)]
