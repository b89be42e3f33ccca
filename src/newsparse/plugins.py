"""Finding and loading extractors: the built-ins and every installed ``newsparse`` entry point.

Loading is explicit (nothing happens at import time). Three environment variables steer it:

``NEWSPARSE_PLUGINS``
    Comma-separated entry-point names to load; unset loads all, an empty value loads none.
``NEWSPARSE_DISABLE``
    Comma-separated extractor names left out of the default selection (built-ins included).
    An extractor named explicitly (``extractors=[...]``, ``-e NAME``) still runs: a request
    made for one run beats a setting made for all of them, as ``prefer=`` beats
    ``NEWSPARSE_PREFER``.
``NEWSPARSE_PREFER``
    Comma-separated extractor names that run instead of the others producing their categories
    (a plugin's better ``money`` extractor instead of the built-in one).

Built-ins register first, then plugins in the order their entry points load, so when two
extractors produce the same category the built-in runs unless the user prefers the other.

One broken installed plugin never stops the others: a plugin whose import or hook raises, that
declares a bad or duplicate extractor, requires a category nothing produces, or registers
nothing at all (no ``@hookimpl``, an entry point naming a class) is skipped with a
:class:`~newsparse.errors.PluginWarning` naming the package to fix or uninstall. With
``strict=True`` it raises :class:`~newsparse.errors.PluginError` instead.
:attr:`Registry.plugins` records what became of every plugin, for ``newsparse plugins``.
"""

from __future__ import annotations

import importlib.metadata
import os
import warnings
from collections.abc import Iterable, Mapping
from functools import cache

import attrs
import pluggy
from attrs import frozen

from newsparse import hookspecs
from newsparse.errors import InputError, PluginError, PluginWarning
from newsparse.extractor import Extractor
from newsparse.findings import BUILTIN_FINDINGS, Finding

ENTRY_POINT_GROUP = "newsparse"
#: Environment variables that change which extractors :meth:`Registry.select` picks by default.
STEERING_VARIABLES = ("NEWSPARSE_DISABLE", "NEWSPARSE_PREFER")
BUILTIN_PLUGIN = "newsparse.extractors"
HOOK = "newsparse_register_extractors"


@frozen
class PluginStatus:
    """What became of one plugin: the extractors it registered, or why it registered none.

    ``name`` is the entry point's (or the name it was registered under), ``package`` the
    distribution it comes from (empty for a plugin registered by hand) and ``target`` what the
    entry point names (a module).
    """

    name: str
    package: str
    target: str
    extractors: tuple[str, ...] = ()
    problem: str | None = None


def plugin_manager(*, load_entry_points: bool = True, strict: bool = False) -> pluggy.PluginManager:
    """A fresh plugin manager with the built-ins and (unless told not to) installed plugins.

    An installed plugin that cannot be imported or implements an unknown hook is left out with a
    :class:`~newsparse.errors.PluginWarning`, or with ``strict`` raises
    :class:`~newsparse.errors.PluginError`.
    """
    from newsparse import extractors

    manager = pluggy.PluginManager("newsparse")
    manager.add_hookspecs(hookspecs)
    manager.register(extractors, name=BUILTIN_PLUGIN)
    if load_entry_points:
        _load_entry_points(manager, strict=strict)
    return manager


def _load_entry_points(manager: pluggy.PluginManager, *, strict: bool) -> list[PluginStatus]:
    """Register every allowed entry point; the status of each (``problem`` if left out)."""
    allowed = _names_from_env("NEWSPARSE_PLUGINS")
    statuses = []
    installed = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP)
    _refuse_unknown("NEWSPARSE_PLUGINS", allowed, "installed plugin", installed.names)
    for entry_point in installed:
        status = PluginStatus(entry_point.name, _distribution(entry_point), entry_point.value)
        if allowed is not None and entry_point.name not in allowed:
            status = attrs.evolve(status, problem="NEWSPARSE_PLUGINS does not name it")
        elif (problem := _register(manager, entry_point)) is not None:
            status = _broken(attrs.evolve(status, problem=problem), strict=strict)
        statuses.append(status)
    return statuses


def _register(
    manager: pluggy.PluginManager, entry_point: importlib.metadata.EntryPoint
) -> str | None:
    """Import and register one entry point; what went wrong, or None."""
    if manager.has_plugin(entry_point.name):
        return f"another plugin is already registered as {entry_point.name!r}"
    try:
        plugin = entry_point.load()
    except Exception as error:
        return f"importing {entry_point.value} failed: {type(error).__name__}: {error}"
    try:
        manager.register(plugin, name=entry_point.name)
    except (ValueError, pluggy.PluginValidationError) as error:
        return f"it cannot be registered: {error}"
    try:
        manager.check_pending()
    except pluggy.PluginValidationError as error:
        manager.unregister(name=entry_point.name)
        return f"it implements an unknown hook: {error}"
    return None


def _broken(status: PluginStatus, *, strict: bool) -> PluginStatus:
    """Raise (strict) or warn about a plugin that is left out; the status, for the record."""
    where = f"plugin {status.name!r}" + (f" from {status.package}" if status.package else "")
    advice = (
        f"fix it, or uninstall it: pip uninstall {status.package}" if status.package else "fix it"
    )
    if strict:
        raise PluginError(f"{where} is broken: {status.problem}; {advice}")
    warnings.warn(f"{where} was skipped: {status.problem}; {advice}", PluginWarning, stacklevel=4)
    return status


def _distribution(entry_point: importlib.metadata.EntryPoint) -> str:
    return entry_point.dist.name if entry_point.dist is not None else entry_point.module


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


def refuse_a_lone_string(names: object) -> None:
    """Refuse extractor names given as one string: it is iterable too, and ``"money"`` would
    ask for extractors named ``m``, ``o``, ``n``..."""
    if isinstance(names, str):
        raise InputError(f"extractors takes a list of names, got the string {names!r}")


@frozen
class Registry:
    """Every registered extractor, in registration order, and what became of each plugin.

    :func:`origin` tells an extractor's package.
    """

    extractors: tuple[Extractor, ...]
    plugins: tuple[PluginStatus, ...] = ()

    def get(self, name: str) -> Extractor:
        """The extractor called ``name``; :class:`~newsparse.errors.PluginError` if none is."""
        for extractor in self.extractors:
            if extractor.name == name:
                return extractor
        known = ", ".join(e.name for e in self.extractors)
        raise PluginError(f"no extractor named {name!r}; known: {known}")

    def categories(self) -> frozenset[str]:
        """Every category some registered extractor produces."""
        return frozenset().union(*(extractor.categories() for extractor in self.extractors))

    def select(
        self,
        names: Iterable[str | Extractor] | None = None,
        *,
        prefer: Iterable[str] | None = None,
    ) -> tuple[Extractor, ...]:
        """The extractors to run: those named, or by default one for each category.

        Without ``names``, every extractor that ``NEWSPARSE_DISABLE`` does not switch off runs,
        except that a category is never produced twice: the extractors in ``prefer`` (default:
        ``NEWSPARSE_PREFER``) win their categories, the first registered wins the rest. An
        extractor whose requirement is switched off does not run either, with a
        :class:`~newsparse.errors.PluginWarning` saying why.

        With ``names`` (extractor names or instances), exactly those run, even those
        ``NEWSPARSE_DISABLE`` names, and with them the producers of the categories they
        ``require``, chosen as by default (so never a disabled one that was not named). A
        requirement that no available extractor produces raises
        :class:`~newsparse.errors.PluginError` naming it.
        """
        refuse_a_lone_string(names)
        names_known = [e.name for e in self.extractors]
        disabled = _names_from_env("NEWSPARSE_DISABLE") or frozenset()
        _refuse_unknown("NEWSPARSE_DISABLE", disabled, "extractor", names_known)
        if prefer is None:
            from_env = _names_from_env("NEWSPARSE_PREFER")
            _refuse_unknown("NEWSPARSE_PREFER", from_env, "extractor", names_known)
            prefer = sorted(from_env or ())
        defaults = self._one_per_category([self.get(name) for name in prefer], disabled)
        if names is None:
            return self._runnable(defaults, disabled)
        asked = [e if isinstance(e, Extractor) else self.get(e) for e in names]
        return self._with_requirements(asked, defaults, disabled)

    def left_out(self) -> dict[str, str]:
        """Why each extractor that :meth:`select` leaves out by default does not run, by name,
        in a few words: ``newsparse plugins`` shows it, so that a ``NEWSPARSE_DISABLE`` set long
        ago, a preferred rival or a requirement switched off does not hide an extractor."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PluginWarning)  # the reason says it
            running = self.select()
        disabled = _names_from_env("NEWSPARSE_DISABLE") or frozenset()
        preferred = _names_from_env("NEWSPARSE_PREFER") or frozenset()
        produced = frozenset().union(*(e.categories() for e in running))
        reasons: dict[str, str] = {}
        for extractor in self.extractors:
            if extractor in running:
                continue
            rival = next((r for r in running if r.categories() & extractor.categories()), None)
            if extractor.name in disabled:
                reasons[extractor.name] = "NEWSPARSE_DISABLE"
            elif rival is not None:
                chosen = " (NEWSPARSE_PREFER)" if rival.name in preferred else ""
                reasons[extractor.name] = f"{rival.name} instead{chosen}"
            else:
                category = next(c for c in extractor.requires if c not in produced)
                reasons[extractor.name] = f"needs {category}"
        return reasons

    def _one_per_category(
        self, preferred: list[Extractor], disabled: frozenset[str]
    ) -> tuple[Extractor, ...]:
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

    def _runnable(
        self, chosen: tuple[Extractor, ...], disabled: frozenset[str]
    ) -> tuple[Extractor, ...]:
        """``chosen`` without the extractors whose requirements none of them produces."""
        running = list(chosen)
        while True:
            produced = frozenset().union(*(e.categories() for e in running))
            stuck = next((e for e in running if not set(e.requires) <= produced), None)
            if stuck is None:
                return tuple(running)
            missing = next(c for c in stuck.requires if c not in produced)
            reason = self.missing(stuck, missing, disabled)
            warnings.warn(f"{reason}; it does not run", PluginWarning, stacklevel=4)
            running.remove(stuck)

    def _with_requirements(
        self, asked: list[Extractor], defaults: tuple[Extractor, ...], disabled: frozenset[str]
    ) -> tuple[Extractor, ...]:
        chosen = list(asked)
        waiting = list(asked)
        while waiting:
            extractor = waiting.pop(0)
            for category in extractor.requires:
                if any(category in c.categories() for c in chosen):
                    continue
                producer = next((d for d in defaults if category in d.categories()), None)
                if producer is None:
                    raise PluginError(self.missing(extractor, category, disabled, named=True))
                chosen.append(producer)
                waiting.append(producer)
        return tuple(chosen)

    def missing(
        self,
        extractor: Extractor,
        category: str,
        disabled: Iterable[str] = (),
        *,
        named: bool = False,
    ) -> str:
        """Why ``extractor`` cannot have ``category``, and what to do about it.

        ``named``: ``extractor`` was asked for by name, so naming the disabled producer too
        would run it (an explicit request beats ``NEWSPARSE_DISABLE``).
        """
        head = f"extractor {extractor.name!r} requires {category!r}"
        producers = [e.name for e in self.extractors if category in e.categories()]
        if producers and set(producers) <= set(disabled):
            off = f"{head}, but NEWSPARSE_DISABLE switches off {', '.join(producers)}"
            return f"{off}; name {producers[0]!r} too to run it anyway" if named else off
        if producers:
            return f"{head}, which none of the chosen extractors produces: add {producers[0]!r}"
        return f"{head}, which no installed extractor produces; {_requires_hint(category, self)}"

    def rivals(self, extractor: Extractor) -> tuple[Extractor, ...]:
        """The other extractors producing one of ``extractor``'s categories."""
        return tuple(
            other
            for other in self.extractors
            if other is not extractor and other.categories() & extractor.categories()
        )

    def finding_types(self) -> tuple[type[Finding], ...]:
        """One finding class per category, in registration order."""
        seen: dict[str, type[Finding]] = {}
        for extractor in self.extractors:
            for cls in extractor.produces:
                seen.setdefault(cls.category, cls)
        return tuple(seen.values())


def _requires_hint(category: str, registry: Registry) -> str:
    known = ", ".join(sorted(registry.categories()))
    hint = f"requires takes categories (the to_dict keys: {known})"
    named = next((e for e in registry.extractors if e.name == category), None)
    if named is not None:
        produced = ", ".join(repr(c) for c in sorted(named.categories()))
        hint += f"; {category!r} is the extractor producing {produced}"
    return hint


def collect(
    manager: pluggy.PluginManager,
    *,
    strict: bool = False,
    installed: Mapping[str, PluginStatus] | None = None,
) -> Registry:
    """Ask every plugin, in registration order, for its extractors and check their declarations.

    pluggy calls the last registered plugin first; asking one plugin at a time keeps the
    built-ins first, which makes them the default when a plugin offers a rival extractor. A
    plugin that registers nothing, raises, declares a bad or duplicate extractor or requires a
    category nothing produces is left out with a :class:`~newsparse.errors.PluginWarning`, or
    with ``strict`` raises :class:`~newsparse.errors.PluginError`; the built-ins always raise.
    ``installed``, the statuses of the entry points registered, saves reading them again.
    """
    found: list[Extractor] = []
    statuses: list[PluginStatus] = []
    plugins = [(name, plugin) for name, plugin in manager.list_name_plugin() if plugin is not None]
    for name, plugin in plugins:
        others = [other for _, other in plugins if other is not plugin]
        mine, problem = _ask(manager, plugin, others, found)
        if name == BUILTIN_PLUGIN and problem is not None:
            raise PluginError(f"the built-in extractors are broken: {problem}")
        if name != BUILTIN_PLUGIN:
            known = installed.get(name) if installed is not None else None
            status = _status_of(name, plugin, mine, problem, known)
            statuses.append(_broken(status, strict=strict) if problem else status)
        if problem is None:
            found.extend(mine)
    return _without_unmet_requirements(Registry(tuple(found), tuple(statuses)), strict=strict)


def _ask(
    manager: pluggy.PluginManager, plugin: object, others: list[object], found: list[Extractor]
) -> tuple[list[Extractor], str | None]:
    """One plugin's extractors, or why it gave none."""
    hook = manager.hook.newsparse_register_extractors
    if not any(impl.plugin is plugin for impl in hook.get_hookimpls()):
        return [], f"it registered nothing: {_why_silent(plugin)}"
    mine: list[Extractor] = []

    def register(extractor: Extractor) -> None:
        check_declaration(extractor, [*found, *mine])
        mine.append(extractor)

    try:
        manager.subset_hook_caller(HOOK, remove_plugins=others)(register=register)
    except PluginError as error:
        return [], str(error)
    except Exception as error:
        hint = f" ({_why_silent(plugin)})" if isinstance(plugin, type) else ""
        return [], f"its {HOOK} raised {type(error).__name__}: {error}{hint}"
    if not mine:
        return [], f"it registered nothing: its {HOOK} never called register()"
    return mine, None


def _why_silent(plugin: object) -> str:
    if isinstance(plugin, type):
        return (
            f"the entry point names the class {plugin.__qualname__}, not a module; point it at "
            f"the module holding the @hookimpl function ({plugin.__module__})"
        )
    if callable(getattr(plugin, HOOK, None)):
        return f"its {HOOK} is not marked with @newsparse.hookimpl"
    return f"it has no {HOOK} function marked with @newsparse.hookimpl"


def _status_of(
    name: str,
    plugin: object,
    extractors: list[Extractor],
    problem: str | None,
    known: PluginStatus | None,
) -> PluginStatus:
    if known is None:
        found = importlib.metadata.entry_points(group=ENTRY_POINT_GROUP, name=name)
        entry_point = next(iter(found), None)
        if entry_point is not None:
            known = PluginStatus(name, _distribution(entry_point), entry_point.value)
    if known is not None:
        package, target = known.package, known.target
    else:
        package, target = "", getattr(plugin, "__name__", None) or type(plugin).__module__
    registered = () if problem else tuple(extractor.name for extractor in extractors)
    return PluginStatus(name, package, target, registered, problem)


def _without_unmet_requirements(registry: Registry, *, strict: bool) -> Registry:
    """Leave out, plugin by plugin, those needing a category no remaining extractor produces."""
    while True:
        produced = registry.categories()
        stuck = next((e for e in registry.extractors if not set(e.requires) <= produced), None)
        if stuck is None:
            return registry
        category = next(c for c in stuck.requires if c not in produced)
        problem = registry.missing(stuck, category)
        (status,) = (s for s in registry.plugins if stuck.name in s.extractors)
        dropped = set(status.extractors)
        registry = Registry(
            tuple(e for e in registry.extractors if e.name not in dropped),
            tuple(
                _broken(attrs.evolve(s, extractors=(), problem=problem), strict=strict)
                if s is status
                else s
                for s in registry.plugins
            ),
        )


def check_declaration(extractor: object, registered: Iterable[Extractor] = ()) -> None:
    """Raise :class:`PluginError` naming what is wrong with an extractor's declaration.

    It must be an :class:`Extractor` instance with an identifier-like ``name``, a string
    ``version``, ``produces`` listing :class:`Finding` subclasses whose categories are not
    reserved, and ``requires`` a tuple of category names; neither its name nor one of its
    categories' classes may clash with ``registered``.
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
    requires = getattr(extractor, "requires", ())
    if not isinstance(requires, tuple) or not all(isinstance(c, str) for c in requires):
        raise PluginError(f"{label}: requires must be a tuple of categories, got {requires!r}")
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


def default_registry(strict: bool = False) -> Registry:
    """The registry :func:`newsparse.parse` uses, built once per process.

    :param strict: raise :class:`~newsparse.errors.PluginError` for a broken installed plugin
        instead of skipping it with a :class:`~newsparse.errors.PluginWarning`.
    """
    return _loaded(strict)


def reload() -> None:
    """Forget the loaded plugins: the next parse looks for installed ones again."""
    _loaded.cache_clear()


@cache
def _loaded(strict: bool) -> Registry:
    manager = plugin_manager(load_entry_points=False)
    statuses = _load_entry_points(manager, strict=strict)
    registered = {status.name: status for status in statuses if status.problem is None}
    registry = collect(manager, strict=strict, installed=registered)
    left_out = [status for status in statuses if status.problem is not None]
    return attrs.evolve(registry, plugins=(*registry.plugins, *left_out))
