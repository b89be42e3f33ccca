"""Acronyms a story defines in brackets after the name: 'The Ministry of Defence (MoD)',
'Singapore Airlines (SIA)', "Columbia's Asian American Alliance (AAA)".

A name's initials tell most acronyms (:attr:`names._Article.acronyms`), but not those that take
more than one letter of a word ('SIA'), keep a small letter ('MoD') or stand after an owner
('Columbia's'). The bracket is the writer saying which name the acronym is, so the name book
spells such an acronym out as the writer did: a speaker the story calls by the acronym is the
organisation by its name (docs/annotation-guidelines.md: an organisation's name).
"""

from __future__ import annotations

from newsparse.regex_cache import compiled

# a bracketed acronym: capitals, perhaps with small letters between ('MoD', 'NYPD', 'SIA')
_BRACKETED = compiled(r"[ \t]\(([A-Z][A-Za-z]{0,6}[A-Z])\)")
# the capitalised name before it, joined by the small words names take ('Ministry of Defence',
# 'Centers for Disease Control and Prevention'), read backwards from the bracket
_NAME_BEFORE = compiled(
    r"(?:[A-Z][\w’'&.-]*(?:[ \t]+(?:of|for|and|the|on|de|du|des|la)){0,2}[ \t]+)*[A-Z][\w’'&.-]*$"
)
_REACH = 120  # characters before the bracket a name may take
_LEADS = frozenset("the a an".split())


def defined_acronyms(text: str) -> dict[str, str]:
    """Each bracketed acronym the text defines, with the name it stands for: the first
    definition of each."""
    found: dict[str, str] = {}
    if " (" not in text:
        return found
    for match in _BRACKETED.finditer(text):
        acronym = match.group(1)
        name = _name_before(text[max(0, match.start() - _REACH) : match.start()], acronym)
        if name is not None:
            found.setdefault(acronym, name)
    return found


def _name_before(before: str, acronym: str) -> str | None:
    """The name right before the bracket whose words the acronym's capitals abbreviate, in
    order, the first on its first letter; an owner ('Columbia's') or 'The' opening the run is
    left out. None when no such name stands there ('WASHINGTON (AP)')."""
    run = _NAME_BEFORE.search(before)
    if run is None:
        return None
    words = run.group().split()
    owners = [i for i, word in enumerate(words) if word.endswith(("’s", "'s"))]
    if owners:
        words = words[owners[-1] + 1 :]
    while words and words[0].lower() in _LEADS:
        words = words[1:]
    # the longest tail of the run whose first letter opens the acronym
    for start in range(len(words)):
        name = " ".join(words[start:])
        if name[:1] == acronym[0] and _abbreviates(acronym, name) and not name.isupper():
            return name
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether the acronym's capitals are letters of the name in order ('SIA': Singapore
    Airlines), the name's capitalised words no more than one beyond them ('CDC': Centers for
    Disease Control and Prevention)."""
    capitals = [c for c in acronym if c.isupper()]
    initials = [w[0] for w in name.split() if w[:1].isupper()]
    if len(initials) > len(capitals) + 1:
        return False
    letters = iter(name.upper())
    return all(c in letters for c in capitals)
