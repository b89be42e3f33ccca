"""Readers of WordNet 3.0's noun database, shared by the writers of the tables derived from it
(:mod:`newsparse.generated`): who parses ``data.noun`` and ``index.noun`` once here is not
parsed again, slightly differently, by each writer."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple


class NounSynset(NamedTuple):
    #: WordNet's ``lex_filenum``: 4 for acts, 18 for people, 26 for states...
    lexicographer_file: int
    #: Its words in lower case, compounds joined by "_".
    words: list[str]
    #: Its pointers to other noun synsets: (symbol, offset), "@" a hypernym, "~" a hyponym.
    pointers: list[tuple[str, str]]


def noun_synsets(wordnet: Path) -> dict[str, NounSynset]:
    """Offset of each noun synset in ``wordnet / "data.noun"`` -> the synset."""
    synsets = {}
    with open(wordnet / "data.noun", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):  # the licence
                continue
            fields = line.split(" ")
            count = int(fields[3], 16)
            words = [fields[4 + 2 * i].lower() for i in range(count)]
            at = 4 + 2 * count
            pointers = [
                (fields[at + 1 + 4 * i], fields[at + 2 + 4 * i])
                for i in range(int(fields[at]))
                if fields[at + 3 + 4 * i] == "n"
            ]
            synsets[fields[0]] = NounSynset(int(fields[1]), words, pointers)
    return synsets


def first_senses(wordnet: Path) -> dict[str, str]:
    """Every noun lemma of ``wordnet / "index.noun"`` -> the offset of its most frequent sense
    (the synsets close each line, most frequent first)."""
    firsts = {}
    with open(wordnet / "index.noun", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith(" "):
                fields = line.split()
                firsts[fields[0]] = fields[-int(fields[2])]
    return firsts
