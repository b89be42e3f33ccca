"""Output does not hang on string hashing: every process gives the same findings."""

from __future__ import annotations

import subprocess
import sys

_SPEAKERS_SEED = """
import newsparse
text = (
    "Mr. Obama spoke first. First Lady Michelle Obama visited a school. Pastor David Waters said"
    ' "We are glad."\\n\\nGiven Obama was there, the crowd grew. "He could do this," he said.\\n'
)
print([quote.speaker for quote in newsparse.parse(text).quotes])
"""


def test_speakers_do_not_hang_on_string_hashing() -> None:
    """A name whose titles say both genders ('Mr. Obama', 'First Lady Michelle Obama') once took
    the gender of whichever title a set gave first, so a pronoun's speaker changed by process."""
    outputs = {
        subprocess.run(
            [sys.executable, "-c", _SPEAKERS_SEED],
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("0", "1", "2", "3", "4", "5")
    }
    assert len(outputs) == 1
