"""Finding and loading extractors: the built-ins and every installed ``newsparse`` entry point.

Loading is explicit (nothing happens at import time). Three environment variables steer it:

``NEWSPARSE_PLUGINS``
    Comma-separated entry-point names to load; unset loads all, an empty value loads none.
``NEWSPARSE_DISABLE``
    Comma-separated extractor names that never run (built-ins included).
``NEWSPARSE_PREFER``
    Comma-separated extractor names that run instead of the others producing their categories
    (a plugin's better ``money`` extractor instead of the built-in one).

Built-ins register first, then plugins in the order their entry points load, so when two
extractors produce the same category the built-in runs unless the user prefers the other.
"""

from __future__ import annotations

import importlib.metadata
import os
from collections.abc import Iterable
from functools import cache

import pluggy
from attrs import frozen

from newsparse import hookspecs
from newsparse.errors import PluginError
from newsparse.extractor import Extractor
from newsparse.findings import BUILTIN_FINDINGS, Finding

ENTRY_POINT_GROUP = "newsparse"
#: Environment variables that change which extractors :meth:`Registry.select` picks by default.
STEERING_VARIABLES = ("NEWSPARSE_DISABLE", "NEWSPARSE_PREFER")
BUILTIN_PLUGIN = "newsparse.extractors"


def plugin_manager(*, load_entry_points: bool = True) -> pluggy.PluginManager:
    """A fresh plugin manager with the built-ins and (unless told not to) installed plugins."""
    from newsparse import extractors

    manager = pluggy.PluginManager("newsparse")
    manager.add_hookspecs(hookspecs)
    manager.register(extractors, name=BUILTIN_PLUGIN)
    if load_entry_points:
        _load_entry_points(manager)
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        raise PluginError(f"a plugin implements an unknown hook: {error}") from None
    return manager


def _load_entry_points(manager: pluggy.PluginManager) -> None:
    allowed = _names_from_env("NEWSPARSE_PLUGINS")
    installed = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    _refuse_unknown("NEWSPARSE_PLUGINS", allowed, "installed plugin", installed.names)
    for entry_point in installed:
        if allowed is not None and entry_point.name not in allowed:
            continue
        if manager.get_plugin(entry_point.name) is not None:
            continue
        try:
            plugin = entry_point.load()
        except Exception as error:
            raise PluginError(f"plugin {entry_point.name!r} failed to import: {error}") from error
        manager.register(plugin, name=entry_point.name)


def _names_from_env(variable: str) -> frozenset[str] | None:
    value = os.environ.get(variable)
    if value is None:
        return None
    return frozenset(name.strip() for name in value.split(",") if name.strip())


def _refuse_unknown(
    variable: str, names: frozenset[str] | None, kind: str, known: Iterable[str]
) -> None:
    """A PluginError naming the known ones when ``variable`` names one that is not (a typo)."""
    known = list(known)
    unknown = sorted((names or frozenset()) - set(known))
    if unknown:
        listed = ", ".join(known) or "none"
        raise PluginError(
            f"{variable} names no {kind} {', '.join(map(repr, unknown))}; known: {listed}"
        )


@frozen
class Registry:
    """Every registered extractor, in registration order; :func:`origin` tells its package."""

    extractors: tuple[Extractor, ...]

    def get(self, name: str) -> Extractor:
        for extractor in self.extractors:
            if extractor.name == name:
                return extractor
        known = ", ".join(e.name for e in self.extractors)
        raise PluginError(f"no extractor named {name!r}; known: {known}")

    def select(
        self, names: Iterable[str] | None = None, *, prefer: Iterable[str] | None = None
    ) -> tuple[Extractor, ...]:
        """The named extractors; by default one extractor for each category.

        Without ``names``, every extractor that ``NEWSPARSE_DISABLE`` does not switch off runs,
        except that a category is never produced twice: the extractors in ``prefer`` (default:
        ``NEWSPARSE_PREFER``) win their categories, the first registered wins the rest.
        """
        if names is not None:
            return tuple(self.get(name) for name in names)
        names_known = [e.name for e in self.extractors]
        disabled = _names_from_env("NEWSPARSE_DISABLE") or frozenset()
        _refuse_unknown("NEWSPARSE_DISABLE", disabled, "extractor", names_known)
        if prefer is None:
            from_env = _names_from_env("NEWSPARSE_PREFER")
            _refuse_unknown("NEWSPARSE_PREFER", from_env, "extractor", names_known)
            prefer = sorted(from_env or ())
        preferred = [self.get(name) for name in prefer]
        chosen: list[Extractor] = []
        for candidate in (*preferred, *(e for e in self.extractors if e.name not in disabled)):
            rival = next((c for c in chosen if c.categories() & candidate.categories()), None)
            if rival is None:
                chosen.append(candidate)
            elif candidate in preferred and rival is not candidate:
                shared = ", ".join(sorted(rival.categories() & candidate.categories()))
                raise PluginError(
                    f"{rival.name!r} and {candidate.name!r} are both preferred for {shared}"
                )
        return tuple(e for e in self.extractors if e in chosen)

    def rivals(self, extractor: Extractor) -> tuple[Extractor, ...]:
        """The other extractors producing one of ``extractor``'s categories."""
        return tuple(
            other
            for other in self.extractors
            if other is not extractor and other.categories() & extractor.categories()
        )

    def finding_types(self) -> tuple[type[Finding], ...]:
        seen: dict[str, type[Finding]] = {}
        for extractor in self.extractors:
            for cls in extractor.produces:
                seen.setdefault(cls.category, cls)
        return tuple(seen.values())


def collect(manager: pluggy.PluginManager) -> Registry:
    """Ask every plugin, in registration order, for its extractors and check their declarations.

    pluggy calls the last registered plugin first; asking one plugin at a time keeps the
    built-ins first, which makes them the default when a plugin offers a rival extractor.
    """
    found: list[Extractor] = []

    def register(extractor: Extractor) -> None:
        check_declaration(extractor, found)
        found.append(extractor)

    plugins = [plugin for _, plugin in manager.list_name_plugin() if plugin is not None]
    for plugin in plugins:
        others = [other for other in plugins if other is not plugin]
        ask = manager.subset_hook_caller("newsparse_register_extractors", remove_plugins=others)
        ask(register=register)
    return Registry(tuple(found))


def check_declaration(extractor: object, registered: Iterable[Extractor] = ()) -> None:
    """Raise :class:`PluginError` naming what is wrong with an extractor's declaration.

    It must be an :class:`Extractor` instance with an identifier-like ``name``, a string
    ``version`` and ``produces`` listing :class:`Finding` subclasses whose categories are not
    reserved; neither its name nor one of its categories' classes may clash with ``registered``.
    """
    from newsparse.serialize import RESERVED

    if not isinstance(extractor, Extractor):
        raise PluginError(f"register() takes an Extractor instance, got {extractor!r}")
    label = f"{type(extractor).__qualname__} ({extractor.__module__})"
    name = getattr(extractor, "name", None)
    if not isinstance(name, str) or not name.isidentifier():
        raise PluginError(f"{label}: name must be an identifier-like string, got {name!r}")
    if not isinstance(getattr(extractor, "version", None), str):
        raise PluginError(f"{label}: version must be a string")
    produces = getattr(extractor, "produces", ())
    if not produces or not all(isinstance(c, type) and issubclass(c, Finding) for c in produces):
        raise PluginError(f"{label}: produces must list Finding subclasses")
    for cls in produces:
        if not cls.category or cls.category in RESERVED:
            raise PluginError(f"{label}: {cls.__name__} has a missing or reserved category")
    for other in registered:
        if other.name == name:
            raise PluginError(f"two extractors are named {name!r}: {other!r} and {extractor!r}")
        for theirs in other.produces:
            for mine in produces:
                if theirs.category == mine.category and theirs is not mine:
                    raise PluginError(
                        f"{label}: category {mine.category!r} already belongs to "
                        f"{theirs.__module__}.{theirs.__name__}; produce that class instead"
                    )


def origin(extractor: Extractor) -> str:
    """The distribution an extractor comes from (``newsparse`` for the built-ins).

    The entry point that loaded its package names it first: editable installs do not list
    their packages in the distribution's files, so the package table alone would miss them.
    """
    package = type(extractor).__module__.partition(".")[0]
    for entry_point in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        if entry_point.module.partition(".")[0] == package and entry_point.dist is not None:
            return entry_point.dist.name
    distributions = importlib.metadata.packages_distributions().get(package)
    return distributions[0] if distributions else package


def known_finding_types() -> tuple[type[Finding], ...]:
    """Every finding class of the built-ins and the installed plugins, built-ins first."""
    return tuple(dict.fromkeys((*BUILTIN_FINDINGS, *default_registry().finding_types())))


@cache
def default_registry() -> Registry:
    """The registry :func:`newsparse.parse` uses, built once per process."""
    return collect(plugin_manager())
