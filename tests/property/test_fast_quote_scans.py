"""The quote extractors' speed-ups (issue 17) find exactly what the plain code they replaced
finds, on generated text made of the pieces each one reads."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache

import pytest
from gender_guesser.detector import Detector
from hypothesis import example, given
from hypothesis import strategies as st

from newsparse import entities
from newsparse._data.reporting_verbs import THING_NOUNS
from newsparse.extractors.quotes import marks, names
from newsparse.span import Span

HEADS = sorted(THING_NOUNS)
ISSUER_PIECES = [
    "The", "the", "Office", "of", "Medicine", "In", "its", "an", "annual", "from", "by",
    "signed", "2015", "Gonzalez's", " ", " ", ",", ".", "\n", *HEADS[:6],
]  # fmt: skip


@given(
    head=st.sampled_from(HEADS),
    pieces=st.lists(st.sampled_from([*ISSUER_PIECES, "{head}"]), max_size=25),
)
def test_issuer_pattern_from_the_code_cache_matches_as_re_compiles_it(
    head: str, pieces: list[str]
) -> None:
    text = " ".join(pieces).replace("{head}", head)
    cached = names.issuer_pattern(head)
    plain = re.compile(cached.pattern)
    found = [(m.span(), m.groups()) for m in cached.finditer(text)]
    assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]


RUN_PIECES = ["Mike", "Pompeo", "Sen.", "Warren", "La", "Paz.", "Mesa", "de", "O'Neil's", "said"]
RUN_TEXT = st.lists(st.sampled_from([*RUN_PIECES, " ", " ", "\n", ".", ","]), max_size=25).map(
    "".join
)


def _fresh_runs(text: str) -> dict[str, list[tuple[str, int]]]:
    names._LAST_ARTICLE.entry = None
    return names._article_of("".join(list(text))).runs  # another object of the same text


@given(texts=st.lists(RUN_TEXT, min_size=1, max_size=4))
def test_name_books_of_one_text_share_its_runs_and_never_another_texts(texts: list[str]) -> None:
    expected = [_fresh_runs(text) for text in texts]
    books = [names.NameBook(text) for text in texts for _ in range(2)]
    assert [book._article.runs for book in books] == [runs for runs in expected for _ in range(2)]
    assert all(books[i]._article is books[i + 1]._article for i in range(0, len(books), 2))


@cache
def _package_detector() -> Detector:
    return Detector(case_sensitive=False)


def _packages_answer(name: str) -> str | None:
    """The package's answer for ``name`` as newsparse reads it: a clear world answer stands
    unless the USA's or Great Britain's leans the other way."""
    detector = _package_detector()
    gender = entities._GENDERS.get(detector.get_gender(name))
    if gender in ("m", "f"):
        return entities._as_english_news_reads(detector, name, gender)
    return gender


FIRST_NAMES = sorted(_package_detector().names)[::50]


@given(
    word=st.one_of(
        st.sampled_from(FIRST_NAMES).map(str.capitalize),
        st.sampled_from(FIRST_NAMES).map(str.upper),
        st.text(st.sampled_from("AaEeJjOoNnÉéİı-"), min_size=1, max_size=6),
    )
)
@example(word="Kelly")
@example(word="José")
def test_first_name_genders_from_the_cache_are_the_packages_answers(word: str) -> None:
    entities.first_name_gender.cache_clear()
    plain = unicodedata.normalize("NFC", word)
    expected = _packages_answer(plain) if plain[:1].isupper() and plain.isalpha() else None
    assert entities.first_name_gender(word) == expected


def test_every_name_of_the_package_table_gets_the_packages_answer() -> None:
    genders = entities._name_genders()
    assert genders is not None
    assert genders == {name: _packages_answer(name) for name in _package_detector().names}


def _stretch(open_mark: int, length: int, closed: bool) -> marks.Quoted:
    after = open_mark + 1 + length
    return marks.Quoted(Span(open_mark + 1, after), open_mark, after if closed else None, after + 1)


_STRETCHES = st.lists(
    st.builds(
        _stretch,
        open_mark=st.integers(0, 60),
        length=st.integers(0, 30),
        closed=st.booleans(),
    ),
    max_size=8,
)


@given(outer=_STRETCHES, inner=_STRETCHES)
def test_one_sweep_finds_an_enclosing_stretch_as_every_pair_does(
    outer: list[marks.Quoted], inner: list[marks.Quoted]
) -> None:
    pairwise = any(
        one.open_mark < other.open_mark and other.after <= (one.close_mark or 0)
        for one in outer
        for other in inner
    )
    assert marks.any_encloses(outer, inner) == pairwise


def test_a_long_paragraph_of_quotes_reads_every_stretch_once() -> None:
    """The mark-family check once paired every single-quoted stretch with every double-quoted
    one: 1.5M characters of mixed marks took 30 s of CPU, against 3 s for 1M. A counted sweep
    shows the work now grows with the stretches, not their square."""
    reads = 0

    class Counted(list[marks.Quoted]):
        def __iter__(self) -> Iterator[marks.Quoted]:
            nonlocal reads
            for item in super().__iter__():
                reads += 1
                yield item

    stretches = Counted(_stretch(10 * n, 3, closed=True) for n in range(2_000))
    assert not marks.any_encloses(stretches, stretches)
    assert reads <= 2 * 2 * len(stretches)


# The name patterns as written before their scans skipped through a plain set of characters:
# the character before a capitalised run looked behind first, the capital a Unicode class.
_PLAIN_CAPITAL = r"[^\W\d_a-z]"
_PLAIN_BEFORE = rf"[\w{names.NAME_MARKS}’'\-]"
_PLAIN_REST = rf"[\w{names.NAME_MARKS}’'\-]*\.?"
# a name's word after its capital: initials written together ('J.B.') or the rest of a word
_PLAIN_WORD = rf"(?:\.(?:{_PLAIN_CAPITAL}\.)+|{_PLAIN_REST})"
_PLAIN_PARTICLE = "|".join(sorted(names.NAME_PARTICLES))
_PLAIN_NEXT = (
    rf"[ \t]+(?:(?:{_PLAIN_PARTICLE})[ \t]+|(?:{_PLAIN_PARTICLE})-)?{_PLAIN_CAPITAL}{_PLAIN_WORD}"
)
_IN_ABBREVIATION = r"\b[^\W\d_]\."  # 'U.' before the 'S' of 'U.S.': no name opens there
PLAIN_NAME_SCANS = {
    "_CAPITALISED_RUN": rf"(?<!{_PLAIN_BEFORE})(?<!{_IN_ABBREVIATION}){_PLAIN_CAPITAL}{_PLAIN_WORD}"
    rf"(?:{_PLAIN_NEXT})*",
    "_LONG_RUN": rf"{_PLAIN_CAPITAL}(?<!{_PLAIN_BEFORE}.)(?<!{_IN_ABBREVIATION}.){_PLAIN_WORD}"
    rf"(?:{_PLAIN_NEXT})+",
    "_LONE_WORD": rf"{_PLAIN_CAPITAL}(?<!{_PLAIN_BEFORE}[ \t].)(?<!{_PLAIN_BEFORE}.)"
    rf"(?<!{_IN_ABBREVIATION}.)"
    rf"{_PLAIN_BEFORE}*+\.?(?![ \t]+{_PLAIN_CAPITAL})",
}
# capitals and lower case letters in and out of ASCII, a titlecase letter, a letter with no
# case, a combining mark, digits in and out of ASCII, and the marks around names
NAME_SCAN_CHARS = "AZazÉéÇßǅ漢\u0301 \t\n.,'’-_0٣\"(Ω"


@given(
    pieces=st.lists(
        st.one_of(
            st.sampled_from([*RUN_PIECES, "von", "al-", "Élan", "ÉTAT", "J.B."]),
            st.text(NAME_SCAN_CHARS),
        ),
        max_size=20,
    ),
    start=st.integers(0, 40),
)
@example(pieces=["A.A."], start=0)
@example(pieces=["J.B.", "Pritzker", "and", "Khaled", "al-Batsh"], start=0)
def test_name_scans_find_what_the_plain_patterns_find(pieces: list[str], start: int) -> None:
    text = " ".join(pieces)
    for name, plain in PLAIN_NAME_SCANS.items():
        fast = getattr(names, name)
        found = [m.span() for m in fast.finditer(text, start)]
        assert found == [m.span() for m in re.compile(plain).finditer(text, start)], name


def test_a_lone_word_is_a_whole_word_of_the_text() -> None:
    text = "Pompeo Smith arrived. Then Jones said so. Smith. Jones spoke; Pompeo’s plan"
    assert [m.group() for m in names._LONE_WORD.finditer(text)] == ["Smith", "Jones", "Pompeo’s"]


def test_an_article_is_lowered_once_for_all_the_roles_its_descriptions_ask_for() -> None:
    lowered: list[str] = []

    def counted(text: str) -> str:
        lowered.append(text)
        return text.lower()

    article = names._Article("Sen. Ann Gray met Prime Minister Tom Reyes and coach Lee Park today.")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(entities, "lower_case", counted)
        holders = [article.holders(role) for role in ("senator", "prime minister", "coach")]
    assert [[holder.name for holder in found] for found in holders] == [
        ["Ann Gray"],
        ["Tom Reyes"],
        ["Lee Park"],
    ]
    assert len(lowered) == 1
