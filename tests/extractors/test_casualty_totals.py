"""Document-level casualty figures: which mentions count and how they add up."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import parse
from newsparse.document import Document
from newsparse.evaluation.scoring import _as_casualty, score_casualties
from newsparse.extractors.casualties import CasualtyExtractor
from newsparse.extractors.casualties import totals as totals_rule
from newsparse.findings import Casualty
from newsparse.numbers import CARDINAL_WORDS
from newsparse.serialize import finding_to_dict

EXTRACTOR = CasualtyExtractor()


def totals(text: str) -> dict[str, int | None]:
    document = Document(text)
    return dict(document.with_findings(list(EXTRACTOR.extract(document))).casualty_totals)


def scored(text: str, killed: int, injured: int) -> dict[str, float]:
    """Document accuracy per kind, as ``newsparse evaluate`` scores a SemEval or GVDB record."""
    gold = [
        {"span": None, "count": killed, "kind": "killed"},
        {"span": None, "count": injured, "kind": "injured"},
    ]
    predicted = [finding_to_dict(f) for f in EXTRACTOR.extract(Document(text))]
    score, _ = score_casualties("story", text, gold, predicted)
    return {kind: ratio.value for kind, ratio in score.documents.items()}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "Two women were killed and three men were wounded, and a boy was injured.",
            {"killed": 2, "injured": 4},
        ),
        (
            "A 26-year-old man was shot in the thigh and a 23-year-old man was grazed.",
            {"injured": 2},
        ),
        (
            "Ann Marie Cole, 30, died at the scene, and Ben Rooney, 26, died in hospital.",
            {"killed": 2},
        ),
    ],
)
def test_counts_written_side_by_side_are_added(text: str, figures: dict[str, int]) -> None:
    assert {kind: totals(text)[kind] for kind in figures} == figures


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        ("Two men were shot, and both were taken to a hospital.", 2),
        ("Three people were wounded. A fourth man was hurt on Monday.", 3),
        ("Five people were hurt, including two children.", 5),
        ("Five people were hurt; a girl was shot in the foot and a boy in the leg.", 5),
        ("A second girl was wounded, Ann Marie Cole, 12, remained in critical condition.", 1),
        ("A mother and her child were hurt,\n\nA mother and her child were hurt.", 2),
    ],
)
def test_counts_that_point_back_or_stand_apart_are_not_added(text: str, injured: int) -> None:
    assert totals(text)["injured"] == injured


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("A man shot and killed his wife and two children, then turned the gun on himself.", 4),
        ("The farmer killed two men in the barn before taking his own life.", 3),
    ],
)
def test_an_attacker_who_then_kills_himself_is_one_more_death(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed
    assert scored(text, killed=killed, injured=0)["killed"] == 1.0


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Three people were shot dead, including the gunman, who then killed himself.", 3),
        (
            "The shooting claimed the lives of his mother and a man who, police said, shot them, "
            "then turned the gun on himself.",
            2,
        ),
        ("A man killed his wife and then shot himself in the leg.", 1),
    ],
)
def test_an_attacker_already_counted_or_alive_is_not_added(text: str, killed: int) -> None:
    assert totals(text)["killed"] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Police are investigating a murder-suicide in Littlestown.", 2),
        (
            "The coroner confirmed a murder-suicide in Littlestown. The daughter, 9, died of"
            " gunshot wounds.",
            2,
        ),
        ("Deputies said it was a double murder-suicide.", 3),
        # the dead counted as many or more are the figure
        ("Three people died in a murder-suicide on Sunday.", 3),
        ("Police said a murder-suicide left four people dead.", 4),
        # told of survivors, no murder-suicide happened
        ("Police investigate an attempted murder-suicide.", None),
    ],
)
def test_a_murder_suicide_is_its_victims_and_the_killer(text: str, killed: int | None) -> None:
    assert totals(text).get("killed") == killed


def test_the_killer_of_a_murder_suicide_is_not_added_twice() -> None:
    text = (
        "His father killed his baby sister before turning the gun on himself in the murder-suicide."
    )
    assert totals(text)["killed"] == 2


@given(st.sampled_from(["", "double ", "triple ", "quadruple "]), st.integers(1, 6))
def test_any_murder_suicide_counts_at_least_its_victims_and_the_killer(
    how_many: str, counted: int
) -> None:
    victims = {"": 1, "double ": 2, "triple ": 3, "quadruple ": 4}[how_many]
    text = (
        f"Police said it was a {how_many}murder-suicide."
        f" {CARDINAL_WORDS[counted].capitalize()} people were found dead."
    )
    assert totals(text)["killed"] == max(victims + 1, counted)


def test_a_toll_over_separate_incidents_is_not_the_story_s_toll() -> None:
    text = (
        "A man was shot dead on Elm Street on Friday. Police said eight people were wounded in "
        "separate shootings across the county over the weekend."
    )
    assert totals(text) == {"killed": 1}
    assert scored(text, killed=1, injured=0) == {"killed": 1.0, "injured": 1.0}


@pytest.mark.parametrize(
    "text",
    [
        "Police said 22 people were wounded in weekend shootings.",
        "Nine people were shot in Wednesday shootings, police said.",
        "Six men were hurt in separate attacks on the east side.",
    ],
)
def test_tallies_over_several_shootings_are_not_counted(text: str) -> None:
    assert totals(text) == {}


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Dan Jocelin, 25 and Tom Cudnik, 32 were all taken to the hospital.", 32),
        ("Police named them as Rui Neves, 27, and Jen Kic, 41 were hurt.", 41),
        ("Two women, 21 and 49, and two men, 30 and 42 were injured.", 42),
    ],
)
def test_the_last_age_of_a_list_is_not_a_count(text: str, age: int) -> None:
    assert age not in totals(text).values()


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def _item(text: str, words: str, count: int | None, kind: str, **flags: bool) -> dict[str, Any]:
    """A predicted casualty item over ``words`` of ``text``, as ``Document.to_dict`` lists it."""
    start = text.index(words)
    return {"span": [start, start + len(words)], "count": count, "kind": kind, **flags}


def test_the_scorer_takes_the_story_s_figure_as_casualty_totals_does() -> None:
    """One rule for a story's figures: counts side by side add up in scores too."""
    text = "A nurse was wounded in the arm and a cyclist was grazed near the station, police said."
    predicted = [
        _item(text, "A nurse was wounded", 1, "injured"),
        _item(text, "a cyclist was grazed", 1, "injured"),
    ]
    gold = [
        {"span": None, "count": 0, "kind": "killed"},
        {"span": None, "count": 2, "kind": "injured"},
    ]
    score, misses = score_casualties("story", text, gold, predicted)
    assert {kind: ratio.value for kind, ratio in score.documents.items()} == {
        "killed": 1.0,
        "injured": 1.0,
    }
    assert misses == []


@pytest.mark.parametrize(
    "text",
    [
        "Two guards were killed and a driver died later in hospital, officials said.",
        "Five people were hurt, including two children. A sixth person was hurt on Sunday.",
        "A woman died in the blast last year. On Monday three miners were injured.",
        "He shot his neighbour and her son, then turned the gun on himself.",
        "Dozens were hurt when the stand collapsed.",
    ],
)
def test_scores_and_casualty_totals_agree(text: str) -> None:
    figures = totals(text)
    for kind in ("killed", "injured"):
        expected = figures.get(kind, 0)
        gold = [{"span": None, "count": expected if expected is not None else 0, "kind": kind}]
        predicted = [finding_to_dict(f) for f in EXTRACTOR.extract(Document(text))]
        score, _ = score_casualties("story", text, gold, predicted)
        assert score.documents[kind].value == (1.0 if expected is not None else 0.0), kind


def test_a_part_of_people_hurt_otherwise_is_the_toll_of_its_kind() -> None:
    """'Four of them died' is a subset of the wounded but the whole toll of the dead."""
    text = (
        "Gunmen fired on a minibus, wounding nine passengers; four of them died overnight. "
        "The family of Omar Said, who was killed, asked for calm. Nine people were hurt, "
        "including two children."
    )
    findings = [
        Casualty.at(text, *_at(text, "wounding nine passengers"), count=9, kind="injured"),
        Casualty.at(text, *_at(text, "four of them died"), count=4, kind="killed", subset=True),
        Casualty.at(text, *_at(text, "Omar Said, who was killed"), count=1, kind="killed"),
        Casualty.at(text, *_at(text, "Nine people were hurt"), count=9, kind="injured"),
        Casualty.at(
            text, *_at(text, "including two children"), count=2, kind="injured", subset=True
        ),
    ]
    assert Document(text).with_findings(findings).casualty_totals == {"injured": 9, "killed": 4}
    predicted = [finding_to_dict(f) for f in findings]
    gold = [
        {"span": None, "count": 4, "kind": "killed"},
        {"span": None, "count": 9, "kind": "injured"},
    ]
    score, _ = score_casualties("story", text, gold, predicted)
    assert (score.kind("killed").hit, score.kind("injured").hit) == (1, 1)


def test_a_detail_of_a_count_is_not_a_toll_of_its_own() -> None:
    text = "A guard was hurt in the raid. Among the injured were three officers, police said."
    findings = [
        Casualty.at(text, *_at(text, "A guard was hurt"), count=1, kind="injured"),
        Casualty.at(
            text,
            *_at(text, "Among the injured were three officers"),
            count=3,
            kind="injured",
            subset=True,
        ),
    ]
    assert Document(text).with_findings(findings).casualty_totals == {"injured": 1}


def test_a_toll_told_again_right_after_is_not_added() -> None:
    """A headline run into its lead tells the same toll twice, side by side."""
    text = (
        "Two miners killed at the pit, union saysOn Tuesday, two miners were killed by a rockfall."
    )
    findings = [
        Casualty.at(
            text, *_at(text, "Two miners killed"), count=2, kind="killed", victims="miners"
        ),
        Casualty.at(
            text, *_at(text, "two miners were killed"), count=2, kind="killed", victims="miners"
        ),
    ]
    assert Document(text).with_findings(findings).casualty_totals == {"killed": 2}
    gold = [{"span": None, "count": 2, "kind": "killed"}]
    score, _ = score_casualties("story", text, gold, [finding_to_dict(f) for f in findings])
    assert score.kind("killed").hit == 1


def test_the_scorer_reads_every_field_of_a_casualty_item() -> None:
    """The scorer rebuilds each predicted item as the finding it stands for, so the rule sees
    what casualty_totals sees; every field here differs from its default, so a new field
    fails this test until the scorer reads it too."""
    text = "More than 30 people, including two children, were killed last year."
    finding = Casualty.at(
        text,
        *_at(text, "More than 30 people"),
        count=31,
        kind="injured",
        lower=31,
        upper=40,
        qualifier="more than",
        victims="people",
        subset=True,
        inferred=True,
        past=True,
        extractor="casualties",
        version="9",
    )
    defaults = Casualty(span=finding.span, text=finding.text)
    for field in attrs.fields(Casualty):
        if field.name not in ("span", "text"):
            assert getattr(finding, field.name) != getattr(defaults, field.name), field.name
    rebuilt = _as_casualty(finding_to_dict(finding), text)
    assert attrs.evolve(rebuilt, extractor="casualties", version="9") == finding


def test_a_long_story_reads_each_kind_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # one look through the mentions per kind, not per mention: 8,000 mentions stay linear
    calls: list[str] = []
    real = totals_rule._largest

    def counted(findings: Iterable[Casualty], kind: str, *rest: Any) -> Casualty | None:
        calls.append(kind)
        return real(findings, kind, *rest)

    monkeypatch.setattr(totals_rule, "_largest", counted)
    text = "Three people were killed and 12 injured, police said. " * 4000
    document = parse(text, extractors=["casualties"])
    assert len(document.casualties) == 8000
    assert document.casualty_totals == {"killed": 3, "injured": 12}
    assert len(calls) < 10  # a few per kind, however many mentions
