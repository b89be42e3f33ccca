"""``newsparse new-plugin NAME``: the package skeleton the plugin tutorial builds by hand.

It writes ``newsparse-NAME/`` with a ``pyproject.toml`` declaring the entry point, a module
with one finding class, one extractor and its ``@hookimpl``, a test using
:mod:`newsparse.testing`, a ``noxfile.py``, a README and a ``.gitignore``. The extractor works
from the start (it finds the word NAME), so its tests pass before the first edit.
"""

from __future__ import annotations

import json
import re
import shlex
from importlib import metadata
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import url2pathname

import click

from newsparse.cli.problems import cannot_write
from newsparse.findings import BUILTIN_FINDINGS
from newsparse.serialize import RESERVED

_NAME = re.compile(r"[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*")
_TEMPLATES = files("newsparse.cli") / "plugin_template"


def skeleton(name: str) -> dict[str, str]:
    """The files of plugin ``name``: their paths, relative to the package folder, and text."""
    if not _NAME.fullmatch(name):
        raise ValueError(
            f"{name!r} is not a plugin name: use lowercase letters, digits and - or _ "
            "(like 'arrests' or 'drug-seizures')"
        )
    category = name.replace("-", "_")
    taken = {cls.category for cls in BUILTIN_FINDINGS}
    if category in taken | RESERVED:
        raise ValueError(f"{category!r} is taken by newsparse itself; pick another name")
    word = category.replace("_", " ")
    values = {
        "dist": f"newsparse-{name.replace('_', '-')}",
        "package": f"newsparse_{category}",
        "name": category,
        "word": word,
        "pattern": re.escape(word),
        "Class": "".join(part.capitalize() for part in category.split("_")),
        "newsparse_source": json.dumps(installed_source() or ""),  # a Python string literal too
    }
    package = values["package"]
    targets = {
        "pyproject.toml.tmpl": "pyproject.toml",
        "README.md.tmpl": "README.md",
        "gitignore.tmpl": ".gitignore",
        "noxfile.py.tmpl": "noxfile.py",
        "module.py.tmpl": f"src/{package}/__init__.py",
        "test_module.py.tmpl": f"tests/test_{category}.py",
    }
    rendered = {}
    for template, target in targets.items():
        text = (_TEMPLATES / template).read_text(encoding="utf-8")
        for key, value in values.items():
            text = text.replace("{{" + key + "}}", value)
        rendered[target] = text
    return rendered


def write_skeleton(name: str, parent: Path) -> Path:
    """Write plugin ``name``'s skeleton into a new folder under ``parent``; that folder."""
    rendered = skeleton(name)
    folder = parent / f"newsparse-{name.replace('_', '-')}"
    if folder.exists() and any(folder.iterdir()):
        raise FileExistsError(f"{folder} already exists and is not empty")
    for relative, text in rendered.items():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


@click.command("new-plugin", short_help="Create newsparse-NAME/, a plugin package ready to test.")
@click.argument("name")
@click.option(
    "-d",
    "--directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(),
    help="Where to create the plugin's folder (default: here).",
)
def new_plugin(name: str, directory: Path) -> None:
    """Create newsparse-NAME/, a plugin package that finds NAME, ready to install and test."""
    try:
        folder = write_skeleton(name, directory)
    except (ValueError, FileExistsError) as error:
        raise click.ClickException(str(error)) from None
    except OSError as error:  # a folder that cannot be made: a file in its place, no permission
        raise cannot_write(error.filename or directory, error) from None
    click.echo(f"created {folder}/ with:")
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        click.echo(f"  {path.relative_to(folder)}")
    click.echo(
        f"next: cd {folder} && python3 -m venv .venv && source .venv/bin/activate && "
        f"pip install {installed_from()} && pip install -e '.[test]' && pytest"
    )


def installed_from() -> str:
    """:func:`installed_source` quoted for a shell, else ``path/to/newsparse``."""
    source = installed_source()
    return "path/to/newsparse" if source is None else shlex.quote(source)


def installed_source() -> str | None:
    """Where this newsparse was installed from, for the plugin's own environment to install it
    from too (newsparse is not on a package index): a checkout's folder or a wheel that pip
    recorded (PEP 610) and that is still there; None when unknown."""
    try:
        recorded = metadata.distribution("newsparse").read_text("direct_url.json")
        url = json.loads(recorded or "{}").get("url", "")
    except (metadata.PackageNotFoundError, ValueError, AttributeError):
        return None
    parsed = urlparse(url)
    if parsed.scheme != "file" or not Path(url2pathname(parsed.path)).exists():
        return None  # from an index, or from a path now gone
    return url2pathname(parsed.path)
