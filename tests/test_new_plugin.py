"""``newsparse new-plugin``: the skeleton it writes is the tutorial's, and it works as written.

Installing the generated package with pip would take too long here, so the tests put its
``src`` folder and a ``.dist-info`` with its entry point on ``sys.path``: newsparse then finds
it through ``importlib.metadata`` as it finds an installed plugin, and the generated tests run
in-process.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import newsparse
from newsparse import api, plugins
from newsparse.cli import main
from newsparse.cli.new_plugin import skeleton

FILES = {
    ".gitignore",
    "README.md",
    "noxfile.py",
    "pyproject.toml",
    "src/newsparse_drug_seizures/__init__.py",
    "tests/test_drug_seizures.py",
}


def files_in(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


@pytest.fixture
def generated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """``newsparse new-plugin drug-seizures`` run in tmp_path, its package made findable."""
    result = CliRunner().invoke(main, ["new-plugin", "drug-seizures", "-d", str(tmp_path)])
    assert result.exit_code == 0, result.output
    folder = tmp_path / "newsparse-drug-seizures"
    info = tmp_path / "site" / "newsparse_drug_seizures-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newsparse-drug-seizures\nVersion: 0.1.0\n", encoding="utf-8"
    )
    pyproject = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))
    ((name, target),) = pyproject["project"]["entry-points"]["newsparse"].items()
    (info / "entry_points.txt").write_text(f"[newsparse]\n{name} = {target}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder / "src"))
    monkeypatch.syspath_prepend(str(tmp_path / "site"))
    importlib.invalidate_caches()
    plugins.reload()
    api.pipeline.cache_clear()
    yield folder
    for module in ("newsparse_drug_seizures", "test_drug_seizures"):
        sys.modules.pop(module, None)
    plugins.reload()
    api.pipeline.cache_clear()


def test_it_writes_the_tutorials_files(generated: Path) -> None:
    assert files_in(generated) == FILES
    pyproject = tomllib.loads((generated / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["name"] == "newsparse-drug-seizures"
    assert pyproject["project"]["entry-points"]["newsparse"] == {
        "drug_seizures": "newsparse_drug_seizures"
    }
    assert ".venv/" in (generated / ".gitignore").read_text(encoding="utf-8")
    noxfile = (generated / "noxfile.py").read_text(encoding="utf-8")
    assert "@nox.session" in noxfile and '"pytest"' in noxfile


def test_the_generated_module_is_a_working_plugin(generated: Path) -> None:
    module = importlib.import_module("newsparse_drug_seizures")
    extractor = module.DrugSeizuresExtractor()
    assert extractor.name == "drug_seizures"
    assert plugins.default_registry().get("drug_seizures").name == "drug_seizures"
    document = newsparse.parse("Police made two drug seizures on Monday.")
    assert [f.text for f in document.of("drug_seizures")] == ["drug seizures"]


def test_the_generated_tests_pass(generated: Path) -> None:
    code = pytest.main(
        ["-q", "-p", "no:cacheprovider", "--rootdir", str(generated), str(generated / "tests")]
    )
    assert code == pytest.ExitCode.OK


@pytest.mark.parametrize(
    ("name", "complaint"),
    [
        ("Bad Name", "not a plugin name"),
        ("money", "taken by newsparse"),
        ("meta", "taken"),
        ("failure", "taken"),  # the category of failure rows in Parquet and Dask tables
    ],
)
def test_a_bad_or_taken_name_is_refused(name: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint):
        skeleton(name)


def test_it_never_writes_over_a_folder(tmp_path: Path) -> None:
    (tmp_path / "newsparse-arrests").mkdir()
    (tmp_path / "newsparse-arrests" / "keep.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["new-plugin", "arrests", "-d", str(tmp_path)])
    assert result.exit_code == 1 and "already exists" in result.output
    assert files_in(tmp_path / "newsparse-arrests") == {"keep.txt"}


def test_a_folder_that_cannot_be_made_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "newsparse-arrests").write_text("a file in the folder's place", encoding="utf-8")
    result = CliRunner().invoke(main, ["new-plugin", "arrests", "-d", str(tmp_path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.splitlines() == [
        f"Error: cannot write {tmp_path / 'newsparse-arrests'}: Not a directory"
    ]


class _Installed:
    """A distribution whose pip record says where it was installed from."""

    def __init__(self, recorded: str | None) -> None:
        self.recorded = recorded

    def read_text(self, name: str) -> str | None:
        return self.recorded if name == "direct_url.json" else None


@pytest.mark.parametrize(
    ("recorded", "shown"),
    [
        ('{"url": "file://CHECKOUT", "dir_info": {"editable": true}}', "CHECKOUT"),
        ('{"url": "file:///no/such/checkout", "dir_info": {}}', "path/to/newsparse"),
        ('{"url": "https://example.org/newsparse-0.1.0.tar.gz"}', "path/to/newsparse"),
        (None, "path/to/newsparse"),
    ],
)
def test_next_names_where_newsparse_was_installed_from(
    recorded: str | None, shown: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = tmp_path / "newsparse checkout"
    checkout.mkdir()
    record = None if recorded is None else recorded.replace("CHECKOUT", checkout.as_posix())
    monkeypatch.setattr(importlib.metadata, "distribution", lambda name: _Installed(record))
    result = CliRunner().invoke(main, ["new-plugin", "arrests", "-d", str(tmp_path)])
    assert result.exit_code == 0, result.output
    where = f"'{checkout}'" if shown == "CHECKOUT" else shown
    assert f"pip install {where} && pip install -e '.[test]'" in result.output


def test_next_makes_the_environment_with_python3(tmp_path: Path) -> None:
    # Debian and Ubuntu have no "python" command unless python-is-python3 is installed
    result = CliRunner().invoke(main, ["new-plugin", "arrests", "-d", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "&& python3 -m venv .venv && source .venv/bin/activate &&" in result.output
    readme = (tmp_path / "newsparse-arrests" / "README.md").read_text(encoding="utf-8")
    assert "python3 -m venv .venv" in readme


class _Session:
    """What the generated ``noxfile.py`` asks of nox: installs recorded, an error raised."""

    posargs: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.installed: list[tuple[str, ...]] = []

    def install(self, *args: str) -> None:
        self.installed.append(args)

    def run(self, *args: str) -> None:
        pass

    def error(self, message: str) -> None:
        raise RuntimeError(message)


def _nox_installs(folder: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Run the generated noxfile's ``tests`` session against a stand-in for nox."""
    stand_in = type(sys)("nox")
    stand_in.options = type("Options", (), {})()  # type: ignore[attr-defined]
    stand_in.session = lambda function: function  # type: ignore[attr-defined]
    stand_in.Session = _Session  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "nox", stand_in)
    namespace: dict[str, object] = {}
    exec((folder / "noxfile.py").read_text(encoding="utf-8"), namespace)
    session = _Session()
    namespace["tests"](session)  # type: ignore[operator]
    return session.installed


@pytest.mark.parametrize("recorded", [True, False])
def test_nox_installs_newsparse_from_where_it_came_from_or_says_how(
    recorded: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checkout = tmp_path / "newsparse checkout"
    checkout.mkdir()
    record = f'{{"url": "file://{checkout.as_posix()}", "dir_info": {{}}}}' if recorded else None
    monkeypatch.setattr(importlib.metadata, "distribution", lambda name: _Installed(record))
    monkeypatch.delenv("NEWSPARSE", raising=False)
    assert CliRunner().invoke(main, ["new-plugin", "arrests", "-d", str(tmp_path)]).exit_code == 0
    folder = tmp_path / "newsparse-arrests"
    if recorded:
        assert _nox_installs(folder, monkeypatch)[0] == (str(checkout),)
        checkout.rmdir()  # moved away since: named, never looked up on a package index
    with pytest.raises(RuntimeError, match="set NEWSPARSE to a newsparse checkout"):
        _nox_installs(folder, monkeypatch)
    monkeypatch.setenv("NEWSPARSE", "dist/newsparse-0.1.0-py3-none-any.whl")
    assert _nox_installs(folder, monkeypatch)[0] == ("dist/newsparse-0.1.0-py3-none-any.whl",)
