"""Whether a casualty phrase asks how many were harmed rather than telling it.

"It was not known how many people were injured" and "nobody knows how many died" name a harm
and people, but state no count: the count is the question. A question about anything else
("how the girl was injured", "whether the boy shot himself") still tells of a harm done, and
is left alone. The test looks back from the start of a finding, so it costs nothing for the
findings it does not touch.
"""

from __future__ import annotations

from newsparse.regex_cache import compiled

_HOW = compiled(r"(?<![\w'’-])how\s+$")
_QUANTITY_ASKED = compiled(r"(?:many|much)\b")
_REACH = 8  # characters back from a finding that the test reads: "how "


def asked(lower: str, start: int) -> bool:
    """Whether the finding opening at ``start`` of ``lower`` (the text lower-cased) is a count
    asked about ("how many were hurt"), not told."""
    return (
        lower.startswith(("many", "much"), start)
        and _QUANTITY_ASKED.match(lower, start) is not None
        and _HOW.search(lower, max(0, start - _REACH), start) is not None
    )
