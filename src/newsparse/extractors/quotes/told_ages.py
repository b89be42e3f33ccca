"""The ages a story tells beside its people's names, which a later 'the 46-year-old' stands for.

News gives a person's age once, beside the name ('Melania Trump, 46,', 'Jane Roe (46)', 'Ann
Lee, a 33-year-old nurse,', 'the 30-year-old Marcelinho'), then calls them by it: '"...," said
the 46-year-old.' The age tells who is meant where the nearest person named does not ('Jane
Roe, 46, and her husband John Roe, 50, ... the 50-year-old said'). A name is a run of
capitalised words right before the age set off by a comma or a bracket, or right after 'N-year-old'.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.entities import CAPITAL, NAME_MARKS
from newsparse.regex_cache import compiled

# capitalised words, a middle initial between them ('Jane Q. Roe'), never a sentence's full stop
_WORD = rf"{CAPITAL}[\w{NAME_MARKS}’'\-]*"
_NAME = rf"{_WORD}(?:[ \t]+(?:{CAPITAL}\.[ \t]+)?{_WORD}){{0,3}}"
_AGE = r"(\d{1,3})"  # each of the four places an age stands is a group of its own
_TOLD_AGES = compiled(
    # 'Jane Roe, 46,', 'Jane Roe, aged 46,', 'Jane Roe (46)', 'Jane Roe, a 46-year-old nurse'
    rf"(?P<before>{_NAME})(?:,[ \t]+(?:(?:aged?[ \t]+)?{_AGE}(?=[,;)]|\.(?!\d)|[ \t]+and[ \t])"
    rf"|an?[ \t]+{_AGE}-year-old(?![\w-]))|[ \t]+\({_AGE}\))"
    # 'the 30-year-old Marcelinho', '25-year-old Ingrid Escamilla'
    rf"|(?<![\w-]){_AGE}-year-old[ \t]+(?P<after>{_NAME})"
)


def told_ages(text: str) -> Iterator[tuple[int, str, str]]:
    """Each age the text tells beside a name, in reading order: where the name starts, the age
    and the name's words as written."""
    for match in _TOLD_AGES.finditer(text):
        group = "before" if match["before"] else "after"
        age = next(found for found in match.groups() if found and found.isdigit())
        yield match.start(group), age, match[group]
