"""Choosing between rival extractors of one category: built-ins by default, the user's pick by name."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pluggy
import pytest

import newsparse
from newsparse import Document, Extractor, InputError, Money, PluginError
from newsparse.batch import parse_many
from newsparse.plugins import Registry, collect, plugin_manager


class BetterMoney(Extractor):
    """A plugin's rival to the built-in ``money``: produces the very same Money class."""

    name = "better_money"
    version = "2.0"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        start = document.text.find("$")
        if start >= 0:
            yield Money.at(document.text, start, start + 2, currency="USD")


class OtherMoney(BetterMoney):
    name = "other_money"


def registry_with(*extractors: Extractor) -> Registry:
    class Plugin:
        @newsparse.hookimpl
        def newsparse_register_extractors(self, register):  # type: ignore[no-untyped-def]
            for extractor in extractors:
                register(extractor)

    manager: pluggy.PluginManager = plugin_manager(load_entry_points=False)
    if extractors:
        manager.register(Plugin(), name="rival-plugin")
    return collect(manager)


def names(extractors: tuple[Extractor, ...]) -> list[str]:
    return [extractor.name for extractor in extractors]


BUILTINS = names(collect(plugin_manager(load_entry_points=False)).extractors)


def test_builtins_register_before_plugins_registered_after_them() -> None:
    registry = registry_with(BetterMoney())
    assert names(registry.extractors) == [*BUILTINS, "better_money"]


def test_by_default_the_builtin_keeps_its_category() -> None:
    assert "better_money" not in names(registry_with(BetterMoney()).select())
    assert "money" in names(registry_with(BetterMoney()).select())


def test_a_preferred_rival_replaces_the_builtin() -> None:
    chosen = names(registry_with(BetterMoney()).select(prefer=["better_money"]))
    assert chosen == [name for name in BUILTINS if name != "money"] + ["better_money"]


def test_the_preference_can_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_PREFER", "better_money")
    assert "money" not in names(registry_with(BetterMoney()).select())


def test_disabling_the_builtin_lets_the_rival_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_DISABLE", "money")
    assert "better_money" in names(registry_with(BetterMoney()).select())


def test_explicit_names_run_exactly_those_even_rivals_and_what_they_require() -> None:
    chosen = registry_with(BetterMoney()).select(["money", "better_money"])
    assert names(chosen) == ["money", "better_money", "datelines"]  # money requires dateline


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda: newsparse.parse("x", extractors="money"), id="parse"),
        pytest.param(lambda: list(parse_many(["x"], extractors="money")), id="parse_many"),
    ],
)
def test_one_name_given_as_a_string_is_refused_not_split_into_letters(
    run: Callable[[], object],
) -> None:
    with pytest.raises(InputError, match="a list of names, got the string 'money'"):
        run()


def test_two_preferred_rivals_are_a_clear_error() -> None:
    registry = registry_with(BetterMoney(), OtherMoney())
    with pytest.raises(PluginError, match="both preferred for money"):
        registry.select(prefer=["better_money", "other_money"])


def test_preferring_an_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(PluginError, match="no extractor named 'nope'"):
        registry_with().select(prefer=["nope"])


def test_rivals_are_the_other_producers_of_a_category() -> None:
    registry = registry_with(BetterMoney())
    assert names(registry.rivals(registry.get("money"))) == ["better_money"]
    assert registry.rivals(registry.get("quotes")) == ()
