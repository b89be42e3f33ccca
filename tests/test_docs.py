"""The docs keep up with the code: every hook is documented and tested, every sample exists.

Hook specs are found in ``newsparse.hookspecs`` itself, so a new hook without a docstring, a
mention in the docs or a test fails here before it ships. Code samples are included from files
(``literalinclude``); a moved file or a renamed marker fails here rather than in a docs build.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import newsparse
import newsparse.findings
import newsparse.testing
from newsparse import hookspecs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
SPEC_MARK = f"{hookspecs.hookspec.project_name}_spec"


def hook_specs() -> list[Callable[..., Any]]:
    return [
        function
        for _, function in inspect.getmembers(hookspecs, inspect.isfunction)
        if hasattr(function, SPEC_MARK)
    ]


def text_of(folder: Path, pattern: str, *, besides: Path | None = None) -> str:
    return "\n".join(
        path.read_text(encoding="utf-8")
        for path in sorted(folder.rglob(pattern))
        if path != besides and "_build" not in path.parts
    )


HOOKS = [pytest.param(spec, id=spec.__name__) for spec in hook_specs()]


def test_hooks_are_found() -> None:
    assert "newsparse_register_extractors" in [spec.__name__ for spec in hook_specs()]


@pytest.mark.parametrize("spec", HOOKS)
def test_every_hook_spec_has_a_docstring_naming_its_parameters(spec: Callable[..., Any]) -> None:
    doc = inspect.getdoc(spec) or ""
    assert doc, f"{spec.__name__} has no docstring"
    for parameter in inspect.signature(spec).parameters:
        assert f":param {parameter}:" in doc, f"{spec.__name__} does not describe {parameter!r}"
    assert ":return:" in doc and "Added in" in doc, (
        f"{spec.__name__}: say what it returns, since when"
    )


@pytest.mark.parametrize("spec", HOOKS)
def test_every_hook_is_mentioned_in_the_docs(spec: Callable[..., Any]) -> None:
    assert spec.__name__ in text_of(DOCS, "*.md"), f"no docs page mentions {spec.__name__}"


@pytest.mark.parametrize("spec", HOOKS)
def test_every_hook_has_a_test(spec: Callable[..., Any]) -> None:
    tests = text_of(ROOT / "tests", "*.py", besides=Path(__file__).resolve())
    assert spec.__name__ in tests, f"no test uses {spec.__name__}"


def test_the_hooks_page_is_generated_from_the_specs() -> None:
    page = (DOCS / "plugins" / "hooks.md").read_text(encoding="utf-8")
    assert ".. automodule:: newsparse.hookspecs" in page


INCLUDE = re.compile(r"```\{literalinclude\} (?P<path>\S+)\n(?P<options>(?::[^\n]*\n)*)")
OPTION = re.compile(r':(?P<name>[\w-]+): "?(?P<value>.*?)"?$', re.MULTILINE)


def includes() -> list[tuple[Path, Path, dict[str, str]]]:
    found = []
    for page in sorted(DOCS.rglob("*.md")):
        for match in INCLUDE.finditer(page.read_text(encoding="utf-8")):
            options = {m["name"]: m["value"] for m in OPTION.finditer(match["options"])}
            found.append((page, (page.parent / match["path"]).resolve(), options))
    return found


@pytest.mark.parametrize(
    ("page", "source", "options"),
    [pytest.param(*item, id=f"{item[0].name}:{item[1].name}") for item in includes()],
)
def test_every_included_sample_exists(page: Path, source: Path, options: dict[str, str]) -> None:
    assert source.is_file(), f"{page.name} includes a missing file {source}"
    text = source.read_text(encoding="utf-8")
    for option in ("start-at", "start-after", "end-before", "end-at"):
        if option in options:
            assert options[option] in text, f"{page.name}: {option} {options[option]!r} not found"


def test_the_plugin_pages_include_tested_samples() -> None:
    pages = {page.name for page, _, _ in includes()}
    assert {"tutorial.md", "testing.md"} <= pages


def test_the_plugin_pages_are_in_the_table_of_contents() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    for page in ("plugins/tutorial", "plugins/testing", "plugins/hooks"):
        assert f"\n{page}\n" in index


@pytest.mark.parametrize("name", newsparse.testing.__all__)
def test_the_test_kit_is_documented(name: str) -> None:
    assert inspect.getdoc(getattr(newsparse.testing, name)), f"newsparse.testing.{name}"
    assert name in (DOCS / "plugins" / "testing.md").read_text(encoding="utf-8")


PUBLIC = [name for name in newsparse.__all__ if not name.startswith("_")]


def autodoc_targets() -> str:
    """Every name an autodoc directive in the docs names, with its listed members."""
    return "\n".join(
        match.group(0)
        for match in re.finditer(
            r"\.\. auto\w+:: \S+(?:\n +:members:[^\n]*)?", text_of(DOCS, "*.md")
        )
    )


@pytest.mark.parametrize("name", PUBLIC)
def test_every_public_name_has_a_reference_entry(name: str) -> None:
    targets = autodoc_targets()
    module = getattr(getattr(newsparse, name), "__module__", None)
    if module is None or not module.startswith("newsparse"):  # a marker instance: hookimpl
        assert f"newsparse.{name}" in text_of(DOCS, "*.md")
        return
    whole_module = f".. automodule:: {module}\n   :members:\n"
    assert (
        f"newsparse.{name}\n" in targets + "\n"
        or f"{module}.{name}\n" in targets + "\n"
        or whole_module in targets + "\n"
    ), f"no autodoc entry documents newsparse.{name}"


@pytest.mark.parametrize("module", ["newsparse.numbers", "newsparse.pipeline.Pipeline"])
def test_the_modules_plugins_use_are_in_the_reference(module: str) -> None:
    assert module in autodoc_targets()


@pytest.mark.parametrize(
    "cls", [pytest.param(cls, id=cls.__name__) for cls in newsparse.findings.BUILTIN_FINDINGS]
)
def test_every_finding_field_is_explained(cls: type[newsparse.Finding]) -> None:
    model = (DOCS / "model.md").read_text(encoding="utf-8")
    section = model.split(f"### {cls.__name__}\n", 1)[1].split("\n## ", 1)[0].split("\n### ")[0]
    for field in attrs.fields(cls):
        if field.name in {"span", "text", "extractor", "version"}:
            continue
        assert f"`{field.name}`" in section, f"{cls.__name__}.{field.name} is not explained"


def test_document_members_are_in_the_reference() -> None:
    model = (DOCS / "model.md").read_text(encoding="utf-8")
    directive = model.split(".. autoclass:: newsparse.Document", 1)[1].split("```", 1)[0]
    for member in (
        "dateline",
        "money",
        "casualties",
        "quotes",
        "dates",
        "sentences",
        "to_html",
        "of",
    ):
        assert member in directive, f"Document.{member} is missing from the reference"
    assert "`findings`" in model and "`failures`" in model


@pytest.fixture
def percentages_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """The tutorial's plugin, findable as if pip-installed: its ``src`` and a ``.dist-info``
    with its entry point on ``sys.path``."""
    import importlib
    import tomllib

    from newsparse import api, plugins

    package = ROOT / "plugins" / "newsparse-percentages"
    project = tomllib.loads((package / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    info = tmp_path / f"newsparse_percentages-{project['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
        encoding="utf-8",
    )
    entry_points = "".join(f"{k} = {v}\n" for k, v in project["entry-points"]["newsparse"].items())
    (info / "entry_points.txt").write_text(f"[newsparse]\n{entry_points}", encoding="utf-8")
    monkeypatch.syspath_prepend(str(package / "src"))
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    plugins.reload()
    api.pipeline.cache_clear()
    yield
    monkeypatch.undo()
    plugins.reload()
    api.pipeline.cache_clear()


def test_the_tutorials_plugins_listing_is_what_newsparse_plugins_prints(
    percentages_installed: None,
) -> None:
    from click.testing import CliRunner

    from newsparse.cli import main

    page = (DOCS / "plugins" / "tutorial.md").read_text(encoding="utf-8")
    shown = page.split("(.venv) $ newsparse plugins\n", 1)[1].split("(.venv) $", 1)[0]
    result = CliRunner().invoke(main, ["plugins"])
    assert result.exit_code == 0, result.output
    printed = "".join(line.rstrip() + "\n" for line in result.output.splitlines())
    assert shown == printed, f"paste this under `newsparse plugins`:\n{printed}"
