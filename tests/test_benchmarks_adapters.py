"""The benchmarks' pure parts, without the peers installed: the peer adapters' shape
conversion (benchmarks/peers.py) and the speed bench's sampling and arithmetic
(benchmarks/speed_*.py).

The adapters only matter if the evaluator scores their dicts the way it scores newsparse's,
so each case goes through ``score_record`` or ``Document.from_dict``. The sampler matters
because a timed article seen twice, or one from the blind pool set, would spoil the figures.
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from benchmarks import pool_gold
from benchmarks import speed_child as child
from benchmarks import speed_measure as measure
from benchmarks import speed_sample as sample
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


def _records(source: str, count: int) -> list[dict[str, object]]:
    return [{"id": f"{source}-{n}", "text": f"{source} story {n}."} for n in range(count)]


def test_distinct_articles_leave_out_blind_ids_and_repeated_texts() -> None:
    wire = _records("wire", 5)
    wire.append({"id": "wire-copy", "text": "wire story 1."})  # same story, another id
    pool = [*_records("pool", 4), {"id": "pool-9", "text": "wire story 2."}]
    kept = sample.distinct_articles(
        {"wire": wire, "pool": pool}, frozenset({"pool-0", "pool-3"}), seed=0
    )
    assert sorted(text for text, _ in kept["wire"]) == [f"wire story {n}." for n in range(5)]
    assert sorted(text for text, _ in kept["pool"]) == ["pool story 1.", "pool story 2."]


def test_distinct_articles_shuffle_is_seeded() -> None:
    sources = {"wire": _records("wire", 30)}
    first = sample.distinct_articles(sources, frozenset(), seed=1)
    assert first == sample.distinct_articles(sources, frozenset(), seed=1)
    assert first != sample.distinct_articles(sources, frozenset(), seed=2)


@given(st.integers(min_value=0, max_value=6), st.integers(min_value=0, max_value=10))
def test_draw_never_repeats_and_warms_up_outside_the_timed_set(per_source: int, seed: int) -> None:
    sources = {"wire": _records("wire", 8), "paper": _records("paper", 3), "pool": []}
    drawn = sample.draw(sample.distinct_articles(sources, frozenset(), seed), per_source)
    taken = {name: min(per_source, len(records)) for name, records in sources.items()}
    assert len(set(drawn.timed)) == len(drawn.timed)
    assert drawn.warmup not in drawn.timed
    assert drawn.per_source == {name: count for name, count in taken.items() if count}
    assert list(drawn.origins) == [name for name, count in taken.items() for _ in range(count)]


def test_draw_refuses_when_no_article_is_left_for_the_warm_up() -> None:
    articles = sample.distinct_articles({"wire": _records("wire", 3)}, frozenset(), seed=0)
    with pytest.raises(ValueError, match="warm-up"):
        sample.draw(articles, 3)


def test_blind_ids_are_every_committed_annotated_set() -> None:
    ids = sample.blind_ids()
    sets = sorted(Path(sample.__file__).parent.glob("corpora/*/sample.json"))
    names = ["pool", *(f"pool-{letter}" for letter in "bcdefghijklmnopqrstu")]
    assert [path.parent.name for path in sets] == names
    for path in sets:
        assert set(json.loads(path.read_text(encoding="utf-8"))["ids"]) <= ids
    assert len(ids) == 210 + 3 * 70 + 67 + 8 * 57 + 8 * 113  # the sets share no id


def test_interleaved_takes_the_sources_in_turn() -> None:
    articles = {"a": [("a1", None), ("a2", None), ("a3", None)], "b": [("b1", None)]}
    assert [text for text, _ in sample.interleaved(articles)] == ["a1", "b1", "a2", "a3"]


def test_concatenated_keeps_whole_articles_within_the_size() -> None:
    articles = [("x" * 10, None), ("y" * 10, None), ("z" * 10, None)]
    assert sample.concatenated(articles, 25) == "x" * 10 + "\n\n" + "y" * 10
    assert sample.concatenated(articles, 5) == ""


def test_repeated_fits_whole_units() -> None:
    assert sample.repeated("12 killed, ", 25) == "12 killed, 12 killed, "
    assert len(sample.repeated(sample.SHAPES["numbers"], 1_000)) <= 1_000


def test_growth_sizes_step_up_to_the_largest() -> None:
    assert measure.growth_sizes(4_000_000, 4) == (62_500, 250_000, 1_000_000, 4_000_000)


def _text_run(chars: int, cpu: float) -> object:
    return measure.TextRun(chars=chars, cpu=cpu, wall=cpu, rss_before=50.0, rss=60.0)


def test_growth_ratio_uses_the_largest_pair_measured_and_scales_to_the_step() -> None:
    linear = measure.Growth("flat", (_text_run(1000, 1.0), _text_run(4000, 4.0), None))
    assert linear.ratio == (1, pytest.approx(4.0))
    # 3,900 characters where 4,000 were asked: the ratio is per character, so still linear
    short = measure.Growth("short", (_text_run(1000, 1.0), _text_run(3900, 3.9)))
    assert short.ratio == (1, pytest.approx(4.0))
    quadratic = measure.Growth(
        "quadratic", (_text_run(1000, 1.0), _text_run(4000, 16.0), _text_run(16000, 256.0))
    )
    assert quadratic.ratio == (2, pytest.approx(16.0))
    assert measure.Growth("none", (_text_run(1000, 1.0), None)).ratio is None


def test_spread_is_median_and_range() -> None:
    spread = measure.Spread.of([3.0, 1.0, 2.0])
    assert (spread.median, spread.low, spread.high) == (2.0, 1.0, 3.0)
    assert spread.percent() == "±50%"


def test_fragment_caches_are_the_bounded_memos_only() -> None:
    importlib.import_module("newsparse.extractors")
    from newsparse.extractors.datelines import places

    found = child.fragment_caches()
    assert places.resolve in found
    assert all(memo.cache_info().maxsize is not None for memo in found)


def test_stream_child_counts_the_fragment_caches_it_fills_within_their_capacity() -> None:
    job = {
        "warmup": ["LONDON, March 3 (Reuters) - Shares fell.", None],
        "articles": [
            [f"Police said {n} people were killed in Ohio, Mayor Ann Lee{n} said.", None]
            for n in range(3, 13)
        ],
    }
    importlib.import_module("newsparse.extractors")
    for memo in child.fragment_caches():  # earlier tests may have filled them
        memo.cache_clear()
    answer = child.child_stream(job)
    entries = [point[3] for point in answer["points"]]
    assert [point[0] for point in answer["points"]] == [0, 1, 2, 5, 10]
    assert entries == sorted(entries) and entries[-1] > entries[0]
    assert entries[-1] <= answer["capacity"]


def test_compile_clock_counts_compiling_and_puts_re_compile_back() -> None:
    original = re.compile
    with child.compile_clock() as spent:
        re.compile("(?:" + "|".join(f"word{n}" for n in range(2_000)) + ")", re.IGNORECASE)
    assert spent[0] > 0
    assert re.compile is original


def test_child_module_leaves_newsparse_unimported_until_a_system_is_built() -> None:
    """A system's first call is timed from its build: newsparse imported earlier would hide
    its import cost from newsparse's first call, and burden every peer's process."""
    probe = "import sys, benchmarks.speed_child; print('newsparse' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"


def _results(load_before: float) -> object:
    page = importlib.import_module("benchmarks.speed_page")
    drawn = sample.draw({"wire": [("LONDON - Shares fell.", None), ("Spare.", None)]}, 1)
    run = measure.Run(0.3, 0.01, 0.01, (load_before, load_before), {"wire": (0.01, 0.01)})
    everything = measure.Throughput(
        "newsparse",
        "newsparse, all",
        None,
        (run,),
        drawn.characters,
        drawn.megabytes,
        {"wire": drawn.characters},
    )
    spacy_run = attrs.evolve(run, wall=1.0, cpu=1.0, by_origin={"wire": (1.0, 1.0)})
    spacy = attrs.evolve(everything, key="spacy", label="spaCy", runs=(spacy_run,))
    return page.Results(
        settings=measure.Settings(),
        sample=drawn,
        systems=[everything, spacy],
        missing_peers=[],
        repeats=measure.Repeats(((0.01, 0.005),), (0.005,), (0.005,), ("places.resolve",), 21),
        startup=measure.Startup((0.1, 0.1, 0.3), (0.1, 1.0, 1.2), {"dates": (0.1, 0.2)}, 1),
        big=measure.TextRun(20_000_000, 20.0, 20.0, 100.0, 250.0),
        stream=measure.Stream(
            (
                measure.StreamPoint(0, 80.0, 0.0, 0),
                measure.StreamPoint(10, 95.0, 1.0, 500),
                measure.StreamPoint(50, 96.0, 5.0, 900),
                measure.StreamPoint(100, 97.0, 10.0, 1000),
            ),
            1000,
        ),
        growth=[measure.Growth("numbers", (_text_run(1000, 1.0), _text_run(4000, 4.0)))],
        loads=(load_before, load_before),
        profile=None,
    )


def test_page_labels_a_busy_machine_at_the_top_and_the_repeated_passes_as_comparison() -> None:
    busy = _results(load_before=3.0).page()
    quiet = _results(load_before=0.1).page()
    assert "**Not a reference run:** the machine was busy" in busy.split("## Machine")[0]
    assert "Not a reference run" not in quiet
    assert "## Repeated passes (comparison only, not a throughput figure)" in quiet
    assert "met: all extractors at >= 100x the spaCy small pipeline, one pass: 100x" in quiet
    assert "took 50% of the first pass's CPU" in quiet  # 0.005 s compiling of a 0.01 s pass


def test_page_judges_stream_memory_on_its_second_half_and_states_the_warm_up() -> None:
    """Growth while the bounded caches fill is shown, and the target reads the second half."""
    quiet = _results(load_before=0.1).page()
    assert (
        "- met: memory flat on a stream once its caches are warm: peak RSS grew +1.0 MB from "
        "50 to 100 articles (before that, +1.0 MB from 10, the fragment caches filling from "
        "50% to 90%)"
    ) in quiet
    assert "| 100 | 97.0 | 10.0 | 10 | 1,000 (100%) |" in quiet


SPOKEN = 'The heart of it "is fine," he said.'


def test_gold_speaker_mention_takes_its_nth_occurrence() -> None:
    item = {"text": "is fine,", "speaker": "Lee", "speaker_text": "he", "speaker_nth": 3}
    gold = pool_gold.resolve("quotes", SPOKEN, item)
    assert SPOKEN[slice(*gold["speaker_span"])] == "he"
    assert gold["speaker_span"][0] == SPOKEN.index(" he said") + 1


@pytest.mark.parametrize("nth", [1, 2])
def test_gold_speaker_mention_inside_a_word_is_an_error(nth: int) -> None:
    item = {"text": "is fine,", "speaker": "Lee", "speaker_text": "he", "speaker_nth": nth}
    with pytest.raises(pool_gold.AnnotationError, match="inside a word"):
        pool_gold.resolve("quotes", SPOKEN, item)


def test_gold_speaker_mention_glued_by_scraping_is_a_word() -> None:
    text = 'Jones says MuellerSpeier said "no."'
    item = {"text": "no.", "speaker": "Speier", "speaker_text": "Speier"}
    gold = pool_gold.resolve("quotes", text, item)
    assert text[slice(*gold["speaker_span"])] == "Speier"
