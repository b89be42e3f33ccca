"""Where the story between two speakers turns to someone else.

A pronoun credited with a quote ('"...," he said') is taken for the last speaker of its gender,
unless the text has turned to another person since. The plainest sign of that turn is the
narrative itself calling someone 'he' or 'she' outside quoted words: 'The audience listened to
nurse Emily Lyons. She spoke of the victims. "...," she said.' Whoever that narrative pronoun
stands for is the person the story is now about, so the quote's pronoun means them too.
The same pronoun tells the gender of a name nothing else does: 'Aljabar Mammah wept as he
clawed through the soil' makes Aljabar Mammah someone a later 'he' may mean.
"""

from __future__ import annotations

from collections.abc import Iterator

from newsparse.regex_cache import compiled

#: A third-person subject pronoun of each gender, followed by a word of its clause.
_NARRATIVE_PRONOUN = {
    "m": compiled(r"(?<![\w’'-])[Hh]e(?=[ \t]+[a-z])"),
    "f": compiled(r"(?<![\w’'-])[Ss]he(?=[ \t]+[a-z])"),
}


def narrative_pronouns(text: str, start: int, end: int, kind: str) -> Iterator[int]:
    """Where the text between ``start`` and ``end`` calls someone of ``kind`` ('m' or 'f')
    by a subject pronoun, in reading order, read only as far as the caller asks; quoted words
    are the caller's to leave out."""
    pattern = _NARRATIVE_PRONOUN.get(kind)
    if pattern is None or start >= end:
        return iter(())
    return (match.start() for match in pattern.finditer(text, start, end))


#: A third-person singular pronoun that most often means the subject before it, a subject or
#: 'his', with its gender; an object ('him', 'her') as often means someone else.
_GENDERED_PRONOUN = compiled(r"(?<![\w’'-])(?:([Hh]e|[Hh]is)|([Ss]he))(?![\w’'-])")
#: What ends the stretch in which a pronoun may refer back to a subject: a sentence's end, a
#: quote mark, or a capitalised word, which may name someone else the pronoun means.
_OTHER_REFERENT = compiled(r"[.!?;\n\"“”]|(?<![\w’'-])[A-Z]")
_TOLD_REACH = 160  # characters after a subject its sentence's own pronoun may stand


def told_gender(text: str, end: int) -> str | None:
    """The gender ('m' or 'f') the narrative gives the subject ending at ``end`` by the first
    subject pronoun or 'his' after it in its clause ('... wept as he clawed', '... lost his
    home'), before any other name or quote mark; None when the clause has none."""
    limit = min(len(text), end + _TOLD_REACH)
    found = _GENDERED_PRONOUN.search(text, end, limit)
    if found is None:
        return None
    other = _OTHER_REFERENT.search(text, end, found.start())
    if other is not None:
        return None
    return "m" if found.group(1) else "f"
