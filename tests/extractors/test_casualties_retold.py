"""One person's death told again (issue 14): a death noun of someone the story tells killed is
a killing of one ("the killing of Soleimani", "Floyd's death", "his death"), and a pronoun told
shot of a victim is that victim's killing. Seen on the pool, pool-b and pool-e sets; each test
fails without :mod:`newsparse.extractors.casualties.retold`."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.extractors.casualties import CasualtyExtractor

EXTRACTOR = CasualtyExtractor()


def found(text: str) -> list[tuple[str, str, int | None]]:
    """Each written (not inferred) finding's words, kind and count, in text order."""
    return [(f.text, f.kind, f.count) for f in EXTRACTOR.extract(Document(text)) if not f.inferred]


_GIVEN = ["Maria", "Daniel", "Amina", "Tomasz", "Keisha", "Hiroshi", "Grace", "Omar"]
_SURNAMES = ["Lopez", "Okafor", "Brennan", "Nakamura", "Haddad", "Kowalski", "Jefferson", "Reyes"]
# How the story first tells the killing, with the person as subject or object.
_KILLINGS = [
    "{name} was killed by gunmen on Sunday.",
    "{name} was shot dead outside a bar on Sunday.",
    "{name} was stabbed to death on Sunday.",
    "Gunmen killed {name} on Sunday.",
    "A sniper shot and killed {name} on Sunday.",
]
# How it is told again, and by whom: the name in full, the surname or a pronoun.
_RETOLD = [
    ("the killing of {name}", "killing of {name}"),
    ("the murder of {surname}", "murder of {surname}"),
    ("the slaying of {name}", "slaying of {name}"),
    ("the shooting of {name}", "shooting of {name}"),
    ("{surname}'s death", "{surname}'s death"),
    ("{name}’s murder", "{name}’s murder"),
    ("his death", "his death"),
    ("{surname}'s remains", "{surname}'s remains"),
    ("the remains of {name}", "remains of {name}"),
]
# What may follow the name: an opening quote mark, a verb no table lists, an age.
_AFTER = [" “at a time of their choosing.”", " shocked the town.", " grew.", ", 28."]
# The death told again with no cause of its own: a killing only of a victim.
_RETOLD_DEATH = [
    ("{surname}'s death", "{surname}'s death"),
    ("{name}’s death", "{name}’s death"),
    ("his death", "his death"),
    ("her death", "her death"),
    ("{surname}'s remains", "{surname}'s remains"),
]
# Deaths with no violent cause: no later death noun of that person is a killing.
_NATURAL = [
    "{name} died of cancer on Sunday.",
    "{name} died suddenly after hitting her head in a fall on Sunday.",
    "{name} passed away in her sleep on Sunday.",
    "{name} died on Sunday at the age of 91.",
]


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_KILLINGS),
    st.sampled_from(_RETOLD),
    st.sampled_from(_AFTER),
)
def test_a_victims_death_told_again_is_a_killing_of_one(
    given_name: str, surname: str, killing: str, retold: tuple[str, str], after: str
) -> None:
    name = f"{given_name} {surname}"
    phrase, words = (part.format(name=name, surname=surname) for part in retold)
    text = f"{killing.format(name=name)} Police said {phrase}{after}"
    assert (words, "killed", 1) in found(text)


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(_NATURAL),
    st.sampled_from(_RETOLD_DEATH),
)
def test_a_death_of_no_violent_cause_told_again_is_no_killing(
    given_name: str, surname: str, death: str, retold: tuple[str, str]
) -> None:
    name = f"{given_name} {surname}"
    phrase, words = (part.format(name=name, surname=surname) for part in retold)
    text = f"{death.format(name=name)} Friends said {phrase} shocked the town."
    assert not [f for f in found(text) if f[0] == words]


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["he was shot", "she was shot", "he was wounded"]),
)
def test_a_pronoun_shot_of_a_named_victim_is_the_victims_killing(
    given_name: str, surname: str, pronoun_shot: str
) -> None:
    """Two people are told killed, so no rule may take the one dead as the pronoun's person:
    the pronoun's name is read back."""
    text = (
        f"{given_name} {surname} was killed by police. Secoriea Turner was killed by gunmen. "
        f"{surname} was running away when {pronoun_shot}."
    )
    assert (pronoun_shot, "killed", 1) in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Dr. Barnett Slepian was heating soup when he was gunned down. "
            "Slepian, 52, was shot with a rifle.",
            [("he was gunned down", "killed", 1), ("Slepian, 52, was shot", "killed", 1)],
            id="a name told shot after a pronoun told killed",
        ),
        pytest.param(
            "The officers who killed his brother must be convicted. "
            "Floyd said his brother's death was a lynching.",
            [("killed his brother", "killed", 1), ("his brother's death", "killed", 1)],
            id="a kin word's death after the kin told killed",
        ),
        pytest.param(
            "Police shot Mary Cole in her home. She was shot through a window and died there.",
            [("shot Mary Cole", "killed", 1), ("She was shot", "killed", 1)],
            id="a pronoun for a named person the story tells killed",
        ),
    ],
)
def test_one_victim_told_again(text: str, expected: list[tuple[str, str, int | None]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Yitzhak Rabin was shot dead in 1995. She was charged with praying for his death.",
            id="a death prayed for",
        ),
        pytest.param(
            "Gunmen killed Maria Lopez on Sunday. Lawyers said the death penalty was sought.",
            id="a death noun that modifies another",
        ),
        pytest.param(
            "Maria Lopez was killed on Sunday. Her death sentence was cited.",
            id="a death noun of a sentence",
        ),
    ],
)
def test_no_killing_told_again(text: str) -> None:
    assert [f for f in found(text) if "death" in f[0]] == []


@pytest.mark.parametrize(
    ("text", "told"),
    [
        pytest.param(
            "Gale Hall was shot dead on Sunday. Mya Verner was wounded. Deputies went to "
            "Verner's home, where he was found dead. Verner was flown to the hospital.",
            "Verner was flown to the hospital",
            id="a pronoun's killing names no victim but by a name in full (a family's surname)",
        ),
        pytest.param(
            "Joliet Teen Shot Buddy: Police The wounded teen believed he had been gunned down. "
            "The wounded teen was taken to the hospital.",
            "The wounded",
            id="a word the story writes in lower case is no name (a title-case headline)",
        ),
        pytest.param(
            "Rayshard Brooks was killed by police. Secoriea Turner was killed by gunmen. "
            "Police said Tom Reyes was hurt. He was wounded in the leg.",
            "He was wounded",
            id="a pronoun opening its sentence stands for the sentence before's name",
        ),
    ],
)
def test_a_survivor_stays_wounded(text: str, told: str) -> None:
    assert [kind for words, kind, _ in found(text) if words == told] == ["injured"]


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["trial", "disappearance", "sentencing"]),
    st.sampled_from(["execution", "killing", "murder"]),
)
def test_a_death_closing_a_pair_of_things_of_the_victims(
    given_name: str, surname: str, first: str, death: str
) -> None:
    text = (
        f"Gunmen killed {given_name} {surname} on Sunday. Rights groups said history would "
        f"judge {surname}'s {first} and {death} harshly, as {given_name}'s family says of his "
        f"{first} and {death}."
    )
    told = [words for words, kind, count in found(text) if (kind, count) == ("killed", 1)]
    assert told[1:] == [f"{surname}'s {first} and {death}", f"his {first} and {death}"]


@given(
    st.sampled_from(_GIVEN),
    st.sampled_from(_SURNAMES),
    st.sampled_from(["the death of {name}", "{name}'s death", "the killing of {name}"]),
    st.sampled_from(
        [
            "{surname}, 46, died after a police officer knelt on his neck.",
            "{surname} was shot dead by police.",
            "{surname} died of gunshot wounds.",
        ]
    ),
)
def test_a_victims_death_told_before_the_killing(
    given_name: str, surname: str, retold: str, killing: str
) -> None:
    """The death noun comes first, in a sentence an illness also opens, where the sentence's
    own rules read no killing: the story's telling of the harm further down makes it one."""
    name = f"{given_name} {surname}"
    phrase = retold.format(name=name)
    text = (
        f"Support rose amid a stubborn pandemic and protests over {phrase}. "
        f"{killing.format(surname=surname)}"
    )
    assert (phrase.removeprefix("the "), "killed", 1) in found(text)


# Each story, and the death nouns it tells as killings of one (issue 14, pool-b, pool-c, pool-e).
_TOLD_BY_A_NOUN = {
    "a kin word's death before the kin told killed": (
        "He said his brother's death was a lynching. The officers who killed his brother must "
        "be convicted.",
        ["his brother's death"],
    ),
    "kin words with another word before their head": (
        "Officers killed his brother. He said his older brother's death was a lynching.",
        ["his older brother's death"],
    ),
    "a description after the death noun that tells the death": (
        "Amid the pandemic, protests grew over the death of Omar Haddad, a 46-year-old man who "
        "died May 25 after an officer knelt on his neck.",
        ["Omar Haddad, a 46-year-old man who died"],
    ),
    "a death told with its harm after the noun": (
        "Abu Bakr al-Baghdadi fled to Syria. A raid resulted in al-Baghdadi’s death by suicide "
        "bomb.",
        ["al-Baghdadi’s death"],
    ),
}


@pytest.mark.parametrize("case", list(_TOLD_BY_A_NOUN))
def test_a_death_noun_told_as_a_killing(case: str) -> None:
    text, nouns = _TOLD_BY_A_NOUN[case]
    told = [words for words, kind, count in found(text) if (kind, count) == ("killed", 1)]
    assert [words for words in told if words in nouns] == nouns


@given(st.sampled_from(_GIVEN), st.sampled_from(["mother", "father", "sister", "friend"]))
def test_the_name_after_kin_is_the_victim_told_again(given_name: str, kin: str) -> None:
    """The name after the kin that tells whose the person was ("the death of their mother
    Diana"), the killing told in a background sentence lower down."""
    text = (
        "The princes unveiled plans for a concert next year to mark the 10th anniversary of the "
        f"death of their {kin} {given_name}, princess of Wales.\n\n{given_name} was killed in a "
        "Paris car crash in August 1997."
    )
    findings = EXTRACTOR.extract(Document(text, published="2006-12-12"))
    assert any(
        f.kind == "killed" and f.count == 1 and f.text == f"death of their {kin} {given_name}"
        for f in findings
    )


@given(st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES))
def test_a_body_tells_no_victim(given_name: str, surname: str) -> None:
    """A body tells a death but not its cause: the person's remains told again are none."""
    text = (
        f"The body of former President {given_name} {surname} will be flown to the capital. "
        f"A motorcade carrying {surname}'s remains was greeted by an honour guard."
    )
    assert not [f for f in found(text) if f[0].endswith("remains")]


# A victim the story counts, told again by a description of who they were (pool-g, pool-j).
_DESCRIBED_KILLINGS = [
    "A {role} was shot dead outside his home on Sunday.",
    "Gunmen killed a {role} in the capital on Sunday.",
    "One {role} was killed in an air strike on Sunday.",
]
_ROLES = ["militant", "teenager", "pastor", "journalist", "officer", "boy"]
_DESCRIPTIONS = ["the {role}'s death", "the {role}’s murder", "the young {role}'s killing"]


@given(
    st.sampled_from(_DESCRIBED_KILLINGS),
    st.sampled_from(_ROLES),
    st.sampled_from(_DESCRIPTIONS),
    st.sampled_from(_AFTER),
)
def test_a_description_of_a_counted_victim_tells_the_death_again(
    killing: str, role: str, description: str, after: str
) -> None:
    """ "the militant's death", "the young boy's killing": a harm noun owned by a description
    of a person points back to the one killed the story has counted, and is that killing."""
    retold = description.format(role=role)
    text = f"{killing.format(role=role)} Police said they were investigating {retold}{after}"
    assert (retold, "killed", 1) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # no one counted killed with a cause: a death with none of its own is no mention
        "The singer died on Monday at the age of 81. Fans mourned the singer's death.",
        # the words before the owner hold a phrase of their own: not a description of a victim
        "A boy was shot dead on Sunday. A man was at home at the time of the boy's death.",
        # a description of no person
        "A soldier was killed on Sunday. Analysts wrote of the company's death.",
    ],
)
def test_no_description_told_again(text: str) -> None:
    assert not [words for words, kind, count in found(text) if words.endswith("death")]


@given(st.sampled_from(_GIVEN), st.sampled_from(_SURNAMES), st.sampled_from(["husband", "son"]))
def test_kin_of_a_named_victim_tell_the_death_again(
    given_name: str, surname: str, kin: str
) -> None:
    """ "her husband's death" of a victim the story names, not by the kin words (pool-k): the
    kin noun points back to the one killed the story has counted."""
    text = (
        f"Gunmen killed {given_name} {surname} on Sunday. His wife has not spoken since news of "
        f"her {kin}'s death was made public."
    )
    assert (f"her {kin}'s death", "killed", 1) in found(text)
