"""The bundled seed article (an AFP story of 2021), for ``newsparse demo`` and the docs."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

SEED_NAME = "afp-2021-us-mexico-cartels.txt"


def seed_text() -> str:
    """The seed article's text, from the installed package or, in a checkout, from ``seeds/``."""
    bundled = files("newsparse").joinpath("seeds", SEED_NAME)
    if bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    checkout = Path(__file__).resolve().parents[2] / "seeds" / SEED_NAME
    return checkout.read_text(encoding="utf-8")
