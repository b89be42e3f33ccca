"""The plugin host: registration, validation, ordering and failure isolation."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pluggy
import pytest
from attrs import frozen

import newsparse
from newsparse import Document, Extractor, ExtractorFailed, Finding, Money, PluginError
from newsparse.pipeline import Pipeline
from newsparse.plugins import collect, plugin_manager


@frozen(kw_only=True)
class Shout(Finding):
    category = "shouts"


class ShoutExtractor(Extractor):
    name = "shouts"
    version = "1.0"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Shout]:
        text = document.text
        start = text.find("HEY")
        if start >= 0:
            yield Shout.at(text, start, start + 3)


class Exploding(Extractor):
    name = "exploding"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Shout]:
        raise RuntimeError("boom")


class OutOfBounds(Extractor):
    name = "out_of_bounds"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Shout]:
        yield Shout(span=newsparse.Span(0, len(document.text) + 5), text=document.text)


class TupleSpan(Extractor):
    """Gives a plain tuple where a Span belongs, which attrs does not check."""

    name = "tuple_span"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Shout]:
        yield Shout(span=(0, 3), text=document.text[:3])  # type: ignore[arg-type]


class Undeclared(Extractor):
    name = "undeclared"
    produces = (Shout,)

    def extract(self, document: Document) -> Iterator[Finding]:
        yield Money.at(document.text, 0, 1)


class Reader(Extractor):
    """Requires shouts, so it must run after them and see them."""

    name = "reader"
    produces = (Money,)
    requires = ("shouts",)

    def extract(self, document: Document) -> Iterator[Money]:
        for shout in document.of("shouts"):
            yield Money.at(document.text, shout.span.start, shout.span.end)


def manager_with(*extractors: Extractor) -> pluggy.PluginManager:
    class Plugin:
        @newsparse.hookimpl
        def newsparse_register_extractors(self, register):  # type: ignore[no-untyped-def]
            for extractor in extractors:
                register(extractor)

    manager = plugin_manager(load_entry_points=False)
    manager.register(Plugin(), name="test-plugin")
    return manager


def test_builtins_register_through_the_hook() -> None:
    names = [e.name for e in collect(plugin_manager(load_entry_points=False)).extractors]
    assert names == ["datelines", "dates", "money", "casualties", "quotes", "reported_speech"]


def test_plugin_findings_are_stamped_and_listed_under_their_category() -> None:
    registry = collect(manager_with(ShoutExtractor()))
    document = Pipeline.build(registry.select(["shouts"])).run(Document("well HEY there"))
    (shout,) = document.of("shouts")
    assert (shout.text, shout.extractor, shout.version) == ("HEY", "shouts", "1.0")
    assert document.to_dict()["shouts"][0]["span"] == [5, 8]


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (Exploding(), "boom"),
        (OutOfBounds(), "outside the text"),
        (TupleSpan(), "span (0, 3) is a tuple, not a Span"),
        (Undeclared(), "undeclared"),
    ],
)
def test_a_broken_extractor_costs_only_its_own_findings(bad: Extractor, message: str) -> None:
    pipeline = Pipeline.build([bad, ShoutExtractor()])
    with pytest.warns(newsparse.ExtractorWarning, match=bad.name):
        document = pipeline.run(Document("HEY you"))
    assert [f.text for f in document.of("shouts")] == ["HEY"]
    (failure,) = document.failures
    assert failure.extractor == bad.name and message in failure.error
    assert document.to_dict()["failures"][0]["extractor"] == bad.name
    with pytest.raises(ExtractorFailed, match=bad.name):
        pipeline.run(Document("HEY you"), strict=True)


def test_requirements_order_the_pipeline() -> None:
    pipeline = Pipeline.build([Reader(), ShoutExtractor()])
    assert [e.name for e in pipeline.extractors] == ["shouts", "reader"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        document = pipeline.run(Document("HEY"))
    assert [f.category for f in document.findings] == ["money", "shouts"] or len(
        document.money
    ) == 1


def test_duplicate_names_fail_loudly() -> None:
    with pytest.raises(PluginError, match="two extractors are named 'shouts'"):
        collect(manager_with(ShoutExtractor(), ShoutExtractor()), strict=True)


@pytest.mark.parametrize("key", ["extractors", "failures", "meta"])
def test_a_category_taking_a_key_of_the_contract_is_refused(key: str) -> None:
    finding = type("Taken", (Shout,), {"category": key})
    taker = type("Taker", (ShoutExtractor,), {"name": "taker", "produces": (finding,)})
    with pytest.raises(PluginError, match="Taken has a missing or reserved category"):
        collect(manager_with(taker()), strict=True)


def test_non_extractor_registration_fails_loudly() -> None:
    with pytest.raises(PluginError, match="Extractor instance"):
        collect(manager_with(object()), strict=True)  # type: ignore[arg-type]


def test_misspelled_hook_fails_loudly() -> None:
    class Typo:
        @newsparse.hookimpl
        def newsparse_register_extractor(self, register):  # type: ignore[no-untyped-def]
            pass

    manager = plugin_manager(load_entry_points=False)
    manager.register(Typo())
    with pytest.raises(pluggy.PluginValidationError):
        manager.check_pending()


def test_disable_env_var_switches_extractors_off(monkeypatch: pytest.MonkeyPatch) -> None:
    registry = collect(plugin_manager(load_entry_points=False))
    monkeypatch.setenv("NEWSPARSE_DISABLE", "money, quotes")
    with pytest.warns(newsparse.PluginWarning, match="'dates' requires 'money'"):
        chosen = registry.select()  # dates requires money, so it is off too
    assert [e.name for e in chosen] == ["datelines", "casualties", "reported_speech"]


def test_an_extractor_named_explicitly_runs_though_disabled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE", "quotes")
    assert [run.name for run in newsparse.parse("x").extractors if run.name == "quotes"] == []
    doc = newsparse.parse('"We won," he said.', extractors=["quotes"])
    assert [run.name for run in doc.extractors] == ["quotes"]
    assert doc.quotes


def test_a_disabled_requirement_is_not_pulled_in_for_a_named_extractor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE", "datelines")
    with pytest.raises(PluginError, match=r"name 'datelines' too to run it anyway$"):
        newsparse.parse("x", extractors=["money"])
    chosen = newsparse.parse("x", extractors=["money", "datelines"]).extractors
    assert sorted(run.name for run in chosen) == ["datelines", "money"]


def test_unknown_extractor_name_is_a_clear_error() -> None:
    with pytest.raises(PluginError, match="no extractor named 'nope'"):
        newsparse.parse("text", extractors=["nope"])


def test_disabling_mid_process_takes_effect_on_the_next_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = "LONDON, March 3 (Reuters) - Prices rose."
    assert newsparse.parse(text).dateline is not None
    monkeypatch.setenv("NEWSPARSE_DISABLE", "datelines")
    # the extractors that read the dateline stop, and say so
    with pytest.warns(newsparse.PluginWarning, match="requires 'dateline'"):
        assert newsparse.parse(text).dateline is None
