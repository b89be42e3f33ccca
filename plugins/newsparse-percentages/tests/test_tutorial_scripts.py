"""The tutorial's in-process scripts (``try_it.py``, ``try_as_plugin.py``) print what it shows."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

HERE = Path(__file__).parent.parent


def test_the_tutorials_in_process_scripts_run(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(HERE / "try_it.py"))
    assert capsys.readouterr().out.splitlines() == [
        "3.5% 3.5 False",
        "0.4 percentage points 0.4 True",
    ]
    runpy.run_path(str(HERE / "try_as_plugin.py"))
    assert capsys.readouterr().out.rstrip().endswith("'percentages']")
