"""What produced a file of findings, so that a result can be traced to the code that made it.

A finding carries its extractor's name and version, but a version is its author's word: the
built-in extractors keep theirs through many changes of rule (the casualty extractor's 0.9.0 has
held over hundreds of commits), and newsparse's own stays at its release's. So beside the
versions, the provenance holds the versions of the libraries newsparse reads its tables from
(place names, currencies, first names) and a digest of the code of every package an extractor comes from:
each file under the package's folder (its modules and data tables), by relative path and bytes.
Two runs with the same digests ran the same code; a digest that differs says the output may too,
whatever the versions say. Hashing newsparse's own 2 MB takes about 15 ms.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import platform
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newsparse.extractor import Extractor
from newsparse.plugins import origin

#: The extras whose libraries change what is found (first names, for a quote speaker's gender).
_FINDING_EXTRAS = ("names",)
_NAME = re.compile(r"[A-Za-z0-9._-]+")
#: The key of a Parquet file's metadata that holds the provenance, as JSON.
PARQUET_KEY = "newsparse"


def provenance(extractors: Iterable[Extractor]) -> dict[str, Any]:
    """newsparse's version; each extractor's name, version and distribution; and a SHA-256
    digest of each top-level package the extractors come from."""
    chosen = tuple(extractors)
    packages = sorted({_package(extractor) for extractor in chosen})
    return {
        "newsparse": importlib.metadata.version("newsparse"),
        "python": platform.python_version(),
        "extractors": [
            {"name": e.name, "version": e.version, "package": origin(e)} for e in chosen
        ],
        "code": {package: _digest(package) for package in packages},
        "libraries": _libraries(),
    }


def _libraries() -> dict[str, str | None]:
    """The installed version of each library newsparse reads its data from or runs on, and of
    those of the extras that change what is found (None: not installed)."""
    found: dict[str, str | None] = {}
    for requirement in importlib.metadata.requires("newsparse") or ():
        name, _, marker = requirement.partition(";")
        if marker and not any(f"extra == '{extra}'" in marker for extra in _FINDING_EXTRAS):
            continue
        name = _NAME.match(name.strip()).group()  # type: ignore[union-attr]
        try:
            found[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            found[name] = None
    return found


def _package(extractor: Extractor) -> str:
    return type(extractor).__module__.partition(".")[0]


def _digest(package: str) -> str | None:
    """SHA-256 of every file of ``package`` (a folder, or a lone module), None where it has no
    files (a class defined in ``__main__``, a namespace without a spec)."""
    spec = importlib.util.find_spec(package) if package != "__main__" else None
    if spec is None or spec.origin is None or not Path(spec.origin).is_file():
        return None
    if spec.submodule_search_locations:
        root = Path(spec.origin).parent
        files = sorted(
            path for path in root.rglob("*") if path.is_file() and "__pycache__" not in path.parts
        )
    else:
        root, files = Path(spec.origin).parent, [Path(spec.origin)]
    digest = hashlib.sha256()
    for path in files:
        for part in (path.relative_to(root).as_posix().encode(), path.read_bytes()):
            digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()
