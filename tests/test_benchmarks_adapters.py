"""The peer adapters' shape conversion (benchmarks/peers.py), without the peers installed.

The adapters only matter if the evaluator scores their dicts the way it scores newsparse's,
so each case goes through ``score_record`` or ``Document.from_dict``.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

from newsparse.document import Document
from newsparse.evaluation import score_record

ROOT = Path(__file__).resolve().parent.parent


def _load_peers() -> ModuleType:
    """benchmarks/ is a folder of scripts, not an installed package: load the module by path."""
    spec = importlib.util.spec_from_file_location(
        "benchmarks_peers", ROOT / "benchmarks" / "peers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


peers = _load_peers()

WIRE = "NEW YORK, Feb 26 - Acme said it would pay 4.5 mln dlrs for the unit."
NEWSPAPER = 'The deal "is good for everyone," Jane Doe, the mayor, said on Friday.'


def test_peer_modules_are_not_imported_to_convert() -> None:
    assert not {"spacy", "textacy", "quantulum3"} & set(sys.modules)


def test_money_prediction_is_scored_like_newsparse_output() -> None:
    start = WIRE.index("4.5")
    end = WIRE.index(" for")
    record = {
        "id": "wire-1",
        "text": WIRE,
        "tasks": ["money"],
        "gold": {"money": [{"span": [start, end], "value": 4500000, "currency": "USD"}]},
    }
    spans_only = peers.money_prediction(WIRE, None, [peers.Amount(start, end)], "spacy")
    valued = peers.money_prediction(
        WIRE, None, [peers.Amount(start, end, 4500000.0, "USD")], "quantulum3"
    )
    assert spans_only["money"][0]["text"] == "4.5 mln dlrs"
    assert spans_only["money"][0]["extractor"] == "spacy"
    assert score_record(record, spans_only).money.overlap.tp == 1
    assert score_record(record, spans_only).money.value_recall.hit == 0
    assert score_record(record, valued).money.value_recall.hit == 1


def test_quote_with_marks_and_speaker_matches_gold_without_marks() -> None:
    opening = NEWSPAPER.index('"')
    closing = NEWSPAPER.index('"', opening + 1) + 1
    speaker = NEWSPAPER.index("Jane")
    speaker_end = speaker + len("Jane Doe")
    gold = {
        "span": [opening + 1, closing - 1],
        "speaker": "Jane Doe",
        "speaker_span": [speaker, speaker_end],
    }
    record = {"id": "paper-1", "text": NEWSPAPER, "tasks": ["quotes"], "gold": {"quotes": [gold]}}
    prediction = peers.quote_prediction(
        NEWSPAPER, None, [peers.Quotation(opening, closing, speaker, speaker_end)], "textacy"
    )
    (quote,) = prediction["quotes"]
    assert (quote["speaker"], quote["speaker_span"]) == ("Jane Doe", [speaker, speaker_end])
    scored = score_record(record, prediction).quotes
    assert (scored.quotes.tp, scored.speaker.hit, scored.end_to_end.tp) == (1, 1, 1)


def test_quote_without_speaker_has_none() -> None:
    prediction = peers.quote_prediction(NEWSPAPER, "2021-09-10", [peers.Quotation(9, 31)], "x")
    assert prediction["quotes"][0]["speaker"] is None
    assert prediction["quotes"][0]["speaker_span"] is None
    assert prediction["published"] == "2021-09-10"


@given(st.text(min_size=1, max_size=200), st.data())
def test_any_spans_give_a_dict_newsparse_reads_back(text: str, data: st.DataObject) -> None:
    bounds = st.integers(min_value=0, max_value=len(text))
    pairs = data.draw(st.lists(st.tuples(bounds, bounds), max_size=4))
    amounts = [peers.Amount(min(a, b), max(a, b)) for a, b in pairs]
    quotes = [peers.Quotation(min(a, b), max(a, b)) for a, b in pairs]
    money = peers.money_prediction(text, None, amounts, "peer")
    quoted = peers.quote_prediction(text, None, quotes, "peer")
    for prediction, category in ((money, "money"), (quoted, "quotes")):
        document = Document.from_dict(prediction)
        assert all(f.span.of(text) == f.text for f in document.of(category))
        assert len(document.of(category)) == len(pairs)
