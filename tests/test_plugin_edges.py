"""Plugins at the edges, installed for real: requirements in every selection, every category in
to_dict, unencodable fields, broken or silent plugins, and what the command line says of them.

The ``install`` fixture writes a distribution (``*.dist-info`` with its entry points, and its
modules) into a folder on ``sys.path``, so newsparse finds it through ``importlib.metadata``
exactly as it finds a pip-installed plugin.
"""

from __future__ import annotations

import importlib
import io
import json
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

import newsparse
from newsparse import Casualty, Document, Extractor, Money, PluginError, PluginWarning, api, plugins
from newsparse.cli import main
from newsparse.cli.output import show_table
from newsparse.pipeline import Pipeline

Install = Callable[..., None]

#: A plugin module: a finding, extractors whose behaviour the tests choose, and its hook.
PLUGIN = '''
from attrs import frozen
from newsparse import Document, Extractor, Finding, hookimpl


@frozen(kw_only=True)
class Temperature(Finding):
    category = "temperatures"
    unit: object = "C"


class Temperatures(Extractor):
    """Reads "118 degrees" as Fahrenheit in a US dateline story: it needs the dateline."""

    name = "temperatures"
    produces = (Temperature,)
    requires = REQUIRES

    def extract(self, document):
        start = document.text.find("118 degrees")
        if start >= 0:
            dateline = document.dateline
            unit = UNIT if dateline is not None else "C"
            yield Temperature.at(document.text, start, start + 11, unit=unit)


@hookimpl
def newsparse_register_extractors(register):
    register(Temperatures())
'''

STORY = "PHOENIX, June 20 (Reuters) - It was 118 degrees in the shade."


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Install]:
    modules: list[str] = []

    def install(package: str, entry_points: dict[str, str], **sources: str) -> None:
        info = tmp_path / f"{package.replace('-', '_')}-1.0.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {package}\nVersion: 1.0\n", encoding="utf-8"
        )
        lines = "".join(f"{name} = {target}\n" for name, target in entry_points.items())
        (info / "entry_points.txt").write_text(f"[newsparse]\n{lines}", encoding="utf-8")
        for module, source in sources.items():
            (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
            modules.append(module)
        importlib.invalidate_caches()
        forget()

    def forget() -> None:
        plugins.reload()
        api.pipeline.cache_clear()

    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSPARSE_PLUGINS", raising=False)
    yield install
    for module in modules:
        sys.modules.pop(module, None)
    forget()


def temperatures(requires: str = '("dateline",)', unit: str = '"F"') -> str:
    return PLUGIN.replace("REQUIRES", requires).replace("UNIT", unit)


def unit_read(document: Document) -> object:
    (finding,) = document.of("temperatures")
    return finding.unit  # type: ignore[attr-defined]


# 1. requires holds in every selection: the producers run too, or the selection fails.


def test_a_named_selection_runs_what_it_requires(install: Install) -> None:
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures())
    assert unit_read(newsparse.parse(STORY)) == "F"
    assert unit_read(newsparse.parse(STORY, extractors=["temperatures"])) == "F"
    (document,) = newsparse.parse_many([STORY], processes=1, extractors=["temperatures"])
    assert unit_read(document) == "F"


def test_the_command_lines_selection_runs_what_it_requires(install: Install) -> None:
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures())
    result = CliRunner().invoke(main, ["parse", "--json", "-e", "temperatures"], input=STORY)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["temperatures"][0]["unit"] == "F"


def test_a_disabled_requirement_stops_its_dependents_loudly(
    install: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures())
    monkeypatch.setenv("NEWSPARSE_DISABLE", "datelines")
    with pytest.warns(PluginWarning) as warned:
        document = newsparse.parse(STORY)
    stopped = {str(w.message).split("'")[1] for w in warned if "DISABLE" in str(w.message)}
    assert stopped == {"temperatures", "dates", "money"}  # each dependent is named
    assert document.of("temperatures") == ()  # not run, rather than run blind
    with pytest.raises(PluginError, match=r"'temperatures' requires 'dateline'.*datelines"):
        newsparse.parse(STORY, extractors=["temperatures"])


def test_pipeline_build_refuses_a_requirement_none_of_its_extractors_produces() -> None:
    money = plugins.default_registry().get("money")
    with pytest.raises(PluginError, match="'money' requires 'dateline', which none of"):
        Pipeline.build([money])


def test_a_requirement_nothing_produces_fails_loudly(install: Install) -> None:
    # "datelines" is the extractor's name; requires takes the category, "dateline"
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures('("datelines",)'))
    with pytest.warns(PluginWarning, match=r"newsparse-temps was skipped.*requires 'datelines'"):
        registry = plugins.default_registry()
    assert "temperatures" not in [e.name for e in registry.extractors]
    plugins.reload()
    with pytest.raises(PluginError, match="'datelines' is the extractor producing 'dateline'"):
        newsparse.parse(STORY, strict=True)


# 2. A plugin's category is listed in to_dict when its extractor ran, found or not; never else.


def test_a_plugin_category_is_listed_when_its_extractor_ran_and_only_then(
    install: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures())
    ran = newsparse.parse("Nothing here.").to_dict()
    assert ran["temperatures"] == []
    assert {"name": "temperatures", "version": "0.1.0", "categories": ["temperatures"]} in ran[
        "extractors"
    ]
    assert "temperatures" not in newsparse.parse("Nothing.", extractors=["quotes"]).to_dict()
    monkeypatch.setenv("NEWSPARSE_DISABLE", "temperatures")
    assert "temperatures" not in newsparse.parse(STORY).to_dict()


def test_a_plugin_category_reads_back_from_a_dict(install: Install) -> None:
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures())
    document = newsparse.parse(STORY, extractors=["temperatures"])
    data = json.loads(json.dumps(document.to_dict()))
    assert [run["name"] for run in data["extractors"]] == ["datelines", "temperatures"]
    assert list(data)[4:] == ["dateline", "temperatures", "failures"]
    assert Document.from_dict(data) == document


# 3. A field JSON cannot encode fails that extractor on that document, never the run.


def test_an_unencodable_field_fails_the_extractor_not_the_run(install: Install) -> None:
    install("newsparse-temps", {"temps": "temps"}, temps=temperatures(unit='{"F"}'))
    with pytest.warns(newsparse.ExtractorWarning, match="'unit' holds a set"):
        document = newsparse.parse(STORY)
    assert document.dateline is not None  # the others' findings are kept
    data = document.to_dict()
    assert data["temperatures"] == [] and "holds a set" in data["failures"][0]["error"]
    json.dumps(data)
    result = CliRunner().invoke(main, ["parse", "--json"], input=STORY)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["failures"][0]["extractor"] == "temperatures"
    with pytest.raises(newsparse.ExtractorFailed, match="holds a set"):
        newsparse.parse(STORY, strict=True)


# 5. Load errors: a broken plugin is skipped with a warning naming its package, or fails with
#    strict; a cycle or a duplicate is a one-line error on every command.

BROKEN = "import no_such_module_anywhere\n"
COMMANDS = [["plugins"], ["demo", "--json"], ["parse", "--json"], ["render", "-"], ["show", "-"]]
#: The commands with --strict (render and show have none yet).
STRICT_COMMANDS = COMMANDS[:3]


def one_line_error(output: str) -> str:
    assert "Traceback" not in output
    (line,) = [line for line in output.splitlines() if line.startswith("Error:")]
    return line


def test_a_broken_plugin_is_skipped_and_named(install: Install) -> None:
    install("newsparse-broken", {"broken": "broken_plugin"}, broken_plugin=BROKEN)
    with pytest.warns(PluginWarning, match="pip uninstall newsparse-broken"):
        document = newsparse.parse(STORY)
    assert document.dateline is not None
    plugins.reload()
    with pytest.raises(PluginError, match=r"'broken' from newsparse-broken is broken.*No module"):
        newsparse.parse(STORY, strict=True)


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_skips_a_broken_plugin_with_a_one_line_warning(
    install: Install, command: list[str]
) -> None:
    install("newsparse-broken", {"broken": "broken_plugin"}, broken_plugin=BROKEN)
    result = CliRunner().invoke(main, command, input="LONDON (Reuters) - Hello.")
    assert result.exit_code == 0, result.output
    (warning,) = result.stderr.splitlines()
    assert warning.startswith("warning: plugin 'broken' from newsparse-broken was skipped")
    assert warning.endswith("pip uninstall newsparse-broken")


@pytest.mark.parametrize("command", STRICT_COMMANDS, ids=" ".join)
def test_strict_commands_stop_on_a_broken_plugin(install: Install, command: list[str]) -> None:
    install("newsparse-broken", {"broken": "broken_plugin"}, broken_plugin=BROKEN)
    result = CliRunner().invoke(main, [*command, "--strict"], input="Hello.")
    assert result.exit_code == 1
    assert "pip uninstall newsparse-broken" in one_line_error(result.output)


DUPLICATE = """
from newsparse import Extractor, Money, hookimpl


class Money2(Extractor):
    name = "money"
    produces = (Money,)

    def extract(self, document):
        return ()


@hookimpl
def newsparse_register_extractors(register):
    register(Money2())
"""


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_duplicate_name_is_one_line_on_every_command(
    install: Install, command: list[str]
) -> None:
    install("newsparse-dup", {"dup": "dup_plugin"}, dup_plugin=DUPLICATE)
    result = CliRunner().invoke(main, command, input="Hello.")
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    (warning,) = result.stderr.splitlines()
    assert "newsparse-dup was skipped: two extractors are named 'money'" in warning
    if command in STRICT_COMMANDS:
        strict = CliRunner().invoke(main, [*command, "--strict"], input="Hello.")
        assert strict.exit_code == 1
        assert "two extractors are named 'money'" in one_line_error(strict.output)


CYCLE = """
from attrs import frozen
from newsparse import Document, Extractor, Finding, hookimpl


@frozen(kw_only=True)
class Egg(Finding):
    category = "eggs"


@frozen(kw_only=True)
class Hen(Finding):
    category = "hens"


class Eggs(Extractor):
    name = "eggs"
    produces = (Egg,)
    requires = ("hens",)

    def extract(self, document):
        return ()


class Hens(Extractor):
    name = "hens"
    produces = (Hen,)
    requires = ("eggs",)

    def extract(self, document):
        return ()


@hookimpl
def newsparse_register_extractors(register):
    register(Eggs())
    register(Hens())
"""


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_requires_cycle_is_one_line_on_every_command(
    install: Install, command: list[str]
) -> None:
    install("newsparse-cycle", {"cycle": "cycle_plugin"}, cycle_plugin=CYCLE)
    result = CliRunner().invoke(main, command, input="Hello.")
    assert result.exit_code == 1, result.output
    assert "cycle: eggs -> hens -> eggs" in one_line_error(result.output)


def test_a_cycle_is_a_plugin_error_from_parse(install: Install) -> None:
    install("newsparse-cycle", {"cycle": "cycle_plugin"}, cycle_plugin=CYCLE)
    with pytest.raises(PluginError, match="cycle: eggs -> hens -> eggs"):
        newsparse.parse("Hello.")


# 7. Silent no-ops warn, and `newsparse plugins` says what each entry point registered.

UNMARKED = """
from newsparse_silent_finding import Shouts


def newsparse_register_extractors(register):
    register(Shouts())
"""

SHOUTS = """
from attrs import frozen
from newsparse import Extractor, Finding


@frozen(kw_only=True)
class Shout(Finding):
    category = "shouts"


class Shouts(Extractor):
    name = "shouts"
    produces = (Shout,)

    def extract(self, document):
        return ()
"""


@pytest.mark.parametrize(
    ("target", "reason"),
    [
        ("silent_unmarked", "not marked with @newsparse.hookimpl"),
        ("newsparse_silent_finding:Shouts", "names the class Shouts, not a module"),
    ],
    ids=["no hookimpl", "a class"],
)
def test_a_plugin_that_registers_nothing_is_named_with_the_reason(
    install: Install, target: str, reason: str
) -> None:
    install(
        "newsparse-silent",
        {"silent": target},
        silent_unmarked=UNMARKED,
        newsparse_silent_finding=SHOUTS,
    )
    with pytest.warns(PluginWarning, match=f"'silent' from newsparse-silent.*{reason}"):
        registry = plugins.default_registry()
    (status,) = registry.plugins
    assert status.extractors == () and reason in (status.problem or "")
    listing = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "400"})
    assert listing.exit_code == 0
    row = next(line for line in listing.stdout.splitlines() if "newsparse-silent" in line)
    assert "nothing:" in row and reason.split()[0] in row


def test_plugins_lists_every_entry_point_and_what_it_registered(
    install: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    install(
        "newsparse-temps",
        {"temps": "temps", "other": "broken_plugin"},
        temps=temperatures(),
        broken_plugin=BROKEN,
    )
    listing = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "400"})
    assert listing.exit_code == 0, listing.output
    rows = listing.stdout.splitlines()
    assert any("temps" in row and "│ temperatures" in row for row in rows)
    assert any("other" in row and "nothing: importing broken_plugin failed" in row for row in rows)
    monkeypatch.setenv("NEWSPARSE_PLUGINS", "temps")
    plugins.reload()
    listing = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "400"})
    assert "nothing: NEWSPARSE_PLUGINS does not name it" in listing.stdout


RIVAL_MONEY = """
from newsparse import Extractor, Money, hookimpl


class PluginMoney(Extractor):
    name = "plugin_money"
    produces = (Money,)

    def extract(self, document):
        return ()


@hookimpl
def newsparse_register_extractors(register):
    register(PluginMoney())
"""


def runs_column(monkeypatch: pytest.MonkeyPatch, **env: str) -> dict[str, str]:
    """Each extractor's "runs" cell in ``newsparse plugins`` under the environment ``env``."""
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    listing = CliRunner().invoke(main, ["plugins"], env={"COLUMNS": "400"})
    assert listing.exit_code == 0, listing.output
    table = listing.stdout.split("installed plugins")[0]
    rows = [line.split("│") for line in table.splitlines() if line.startswith("│")]
    return {row[1].strip(): row[6].strip() for row in rows}


def test_plugins_marks_what_newsparse_disable_switches_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    runs = runs_column(monkeypatch, NEWSPARSE_DISABLE="datelines,quotes")
    assert runs["datelines"] == runs["quotes"] == "no: NEWSPARSE_DISABLE"
    assert runs["money"] == "no: needs dateline"
    assert runs["casualties"] == runs["reported_speech"] == "yes"
    monkeypatch.delenv("NEWSPARSE_DISABLE")
    assert set(runs_column(monkeypatch).values()) == {"yes"}


@pytest.mark.parametrize("variable", ["NEWSPARSE_DISABLE", "NEWSPARSE_PREFER"])
def test_plugins_names_a_misspelt_extractor_in_the_environment(
    variable: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "monye")  # listed silently before: the typo never showed
    result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {variable} names no extractor 'monye'; known: datelines")


def test_plugins_marks_the_rival_a_category_goes_to(
    install: Install, monkeypatch: pytest.MonkeyPatch
) -> None:
    install("newsparse-rival", {"rival": "rival_money"}, rival_money=RIVAL_MONEY)
    runs = runs_column(monkeypatch)
    assert runs["money"] == "yes" and runs["plugin_money"] == "no: money instead"
    runs = runs_column(monkeypatch, NEWSPARSE_PREFER="plugin_money")
    assert runs["money"] == "no: plugin_money instead (NEWSPARSE_PREFER)"
    assert runs["plugin_money"] == "yes"


# 8. The table shows zero values.


def test_the_table_shows_a_zero_count() -> None:
    text = "No one was killed."
    document = Document(text, findings=[Casualty.at(text, 0, 6, count=0, kind="killed")])
    out = io.StringIO()
    show_table(document, Console(file=out, width=200))
    assert "count=0" in out.getvalue()


class _Exits(Extractor):
    """Calls ``sys.exit()``, as a plugin's careless command-line helper might."""

    name = "test_exits"
    produces = (Money,)

    def extract(self, document: Document) -> Iterator[Money]:
        sys.exit(3)


def test_an_extractor_calling_sys_exit_fails_alone() -> None:
    pipeline = Pipeline.build([_Exits(), *plugins.default_registry().select(["money"])])
    with pytest.warns(newsparse.ExtractorWarning):
        document = pipeline.run(Document("It cost $5 million."))
    assert [f.extractor for f in document.failures] == ["test_exits"]
    assert [m.text for m in document.money] == ["$5 million"]
