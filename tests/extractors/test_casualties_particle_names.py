"""One person told by a name that opens with a particle, or by a bare role before a name."""

import newsparse


def _found(text: str) -> list[tuple[int | None, str, str]]:
    return [(c.count, c.kind, c.text) for c in newsparse.parse(text).casualties]


def test_particle_surname_after_a_harm_verb() -> None:
    text = "Anwar al-Awlaki was a cleric. The drone strike that killed al-Awlaki was controversial."
    assert (1, "killed", "killed al-Awlaki") in _found(text)


def test_particle_surname_as_a_subject_after_said() -> None:
    text = "Anwar al-Awlaki was a cleric. Officials said al-Awlaki was killed in a drone strike."
    assert (1, "killed", "al-Awlaki was killed") in _found(text)


def test_capitalised_particle_opening_a_sentence() -> None:
    text = "Anwar al-Awlaki was a cleric. Al-Awlaki was killed in a drone strike."
    assert (1, "killed", "Al-Awlaki was killed") in _found(text)


def test_particle_surname_beside_a_counted_group() -> None:
    text = (
        "Anwar al-Awlaki was a cleric. Holder said al-Awlaki and three other American "
        "citizens were killed in drone strikes."
    )
    counts = sorted(c for c, kind, _ in _found(text) if kind == "killed" and c is not None)
    assert counts == [1, 3]


def test_particle_surname_unknown_to_the_story_is_no_one() -> None:
    assert _found("The raid that killed bin Laden was seen as controversial.") == []


def test_particle_surname_not_harmed() -> None:
    assert _found("Anwar al-Awlaki was a cleric. Police questioned al-Awlaki on Friday.") == []


def test_bare_role_before_a_name_after_a_harm_verb() -> None:
    found = _found("It killed American citizen Anwar al-Awlaki in a drone attack.")
    assert (1, "killed", "killed American citizen Anwar al-Awlaki") in found
    found = _found("Police shot unarmed teenager Michael Brown on Saturday.")
    assert (1, "shot", "shot unarmed teenager Michael Brown") in found


def test_bare_role_before_a_name_without_harm() -> None:
    assert _found("Police questioned American citizen John Smith on Saturday.") == []


def test_harm_adjective_before_a_role_is_no_harm_done() -> None:
    assert _found("France won despite the absence of injured skipper Thierry Henry.") == []


def test_capitalised_people_word_is_no_role() -> None:
    found = _found("Iran had shot down Ukrainian International Airlines Flight PS752.")
    assert all("Flight" not in words for _, _, words in found)
