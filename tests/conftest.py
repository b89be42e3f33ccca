"""Shared fixtures; hypothesis profiles (``dev`` by default, ``ci`` for more examples)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile("ci", max_examples=300, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

# Keep the place-index cache the tests build out of the user's own cache folder.
os.environ.setdefault("NEWSPARSE_CACHE_DIR", tempfile.mkdtemp(prefix="newsparse-test-cache-"))

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "afp-2021-us-mexico-cartels.txt").read_text(encoding="utf-8")
