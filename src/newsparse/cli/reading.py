"""The options that say how to read input, shared by ``parse``, ``render`` and ``show``.

The three commands read their input the same way (:func:`~newsparse.inputs.read_inputs`), so a
JSON Lines file whose text is under ``body`` can be parsed, rendered and shown with the same
``--text-field body``, and an article without a date takes the same ``--published``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def reading_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """``--jsonl/--text``, ``--text-field``, ``--published-field``, ``--published`` and
    ``--replace-bad-bytes``."""
    for option in reversed(
        (
            click.option(
                "--jsonl/--text",
                "jsonl",
                default=None,
                help="Read inputs as JSON Lines or as plain text (default: by file suffix).",
            ),
            click.option(
                "--text-field",
                default="text",
                show_default=True,
                help="JSON Lines field holding the article text.",
            ),
            click.option(
                "--published-field",
                default=None,
                help=(
                    "JSON Lines field holding the publication date (default: published, which "
                    "a record may lack; a field named here must be in every record)."
                ),
            ),
            click.option(
                "--published",
                default=None,
                help="Publication date for articles that give none: ISO (2015-03-04) or "
                "RFC 2822 (Wed, 04 Mar 2015 10:22:00 GMT), as a record's date is read.",
            ),
            click.option(
                "--replace-bad-bytes",
                is_flag=True,
                help="Read text that is not UTF-8 with U+FFFD for each bad byte, and warn, "
                "instead of refusing the article.",
            ),
        )
    ):
        command = option(command)
    return command
