"""The quote candidates are found once per document when both quote extractors read it."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import pytest

from newsparse import parse
from newsparse.document import Document
from newsparse.extractors.quotes import candidates
from newsparse.extractors.quotes.cues import Cue
from newsparse.extractors.quotes.marks import Quoted
from newsparse.serialize import finding_to_dict
from newsparse.span import Span

STORY = (
    'Ann Cole, the mayor, said the bridge would reopen. "We are nearly done," she told '
    'reporters on Monday. Police said the driver, Joaquin "Speedy" Guzman, was not hurt.\n\n'
    '"It was a long night," said Bo Li, a neighbour. He said he had heard a crash.'
)


@pytest.fixture(autouse=True)
def no_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no document read (the stories repeat across tests)."""
    monkeypatch.setattr(candidates, "_LAST", candidates._Last())


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    calls = {"stretches": 0, "cues": 0}
    stretches, cues = candidates.quoted_stretches, candidates.find_cues

    def counting_stretches(text: str, paragraphs: Sequence[Span]) -> list[Quoted]:
        calls["stretches"] += 1
        return stretches(text, paragraphs)

    def counting_cues(text: str, sentences: Sequence[Span], skip: Sequence[Span]) -> list[Cue]:
        calls["cues"] += 1
        return cues(text, sentences, skip)

    monkeypatch.setattr(candidates, "quoted_stretches", counting_stretches)
    monkeypatch.setattr(candidates, "find_cues", counting_cues)
    return calls


def _findings(text: str, names: list[str]) -> list[dict[str, object]]:
    return [finding_to_dict(f) for f in parse(text, extractors=names).findings]


def test_both_extractors_share_one_search(counted: dict[str, int]) -> None:
    parse(
        STORY.replace('Joaquin "Speedy" Guzman', "Joaquin Guzman"),
        extractors=["quotes", "reported_speech"],
    )
    assert counted == {"stretches": 1, "cues": 1}


def test_a_nickname_gives_quotes_its_own_cues(counted: dict[str, int]) -> None:
    """``quotes`` leaves a nickname out of the stretches it skips, ``reported_speech`` does
    not: the stretches are shared, the cues of each skip list found apart."""
    parse(STORY, extractors=["quotes", "reported_speech"])
    assert counted == {"stretches": 1, "cues": 2}


def test_findings_are_those_of_each_extractor_alone() -> None:
    together = _findings(STORY, ["quotes", "reported_speech"])
    alone = _findings(STORY, ["quotes"]) + _findings(STORY, ["reported_speech"])
    key = repr
    assert sorted(together, key=key) == sorted(alone, key=key)
    assert {f["extractor"] for f in together} == {"quotes", "reported_speech"}


def test_a_new_text_is_searched_anew(counted: dict[str, int]) -> None:
    parse(STORY, extractors=["quotes"])
    parse(STORY + "\n\nMore later.", extractors=["quotes"])
    assert counted["stretches"] == 2


def test_a_search_cut_short_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """A time limit raises inside the search: the next reader searches again."""

    def interrupted(text: str, paragraphs: Sequence[Span]) -> list[Quoted]:
        raise TimeoutError

    document = Document(STORY + " (cut)")
    real = candidates.quoted_stretches
    monkeypatch.setattr(candidates, "quoted_stretches", interrupted)
    with pytest.raises(TimeoutError):
        candidates.stretches_of(document)
    monkeypatch.setattr(candidates, "quoted_stretches", real)
    assert candidates.stretches_of(document) == tuple(real(document.text, document.paragraphs))


def test_threads_keep_their_own_document() -> None:
    first, second = Document(STORY), Document(STORY.replace("Bo Li", "Al Roe"))
    mine = candidates.stretches_of(first)
    theirs: list[tuple[Quoted, ...]] = []
    worker = threading.Thread(target=lambda: theirs.append(candidates.stretches_of(second)))
    worker.start()
    worker.join()
    assert candidates.stretches_of(first) is mine  # the other thread did not replace it
    assert theirs[0] == tuple(candidates.quoted_stretches(second.text, second.paragraphs))
