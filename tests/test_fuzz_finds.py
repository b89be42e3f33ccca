"""What ``python -m benchmarks.fuzz`` found, kept as regression tests."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from click.testing import CliRunner

from newsparse import Document, Money, parse
from newsparse.cli import main

HUGE = "It cost $" + "9" * 5000 + " million."


def test_an_integer_too_long_for_json_is_written_as_its_digits() -> None:
    value = Decimal("9" * 5000)
    document = Document("$9", findings=[Money.at("$9", 0, 2, value=value)])
    written = json.dumps(document.to_dict())
    back = Document.from_dict(json.loads(written))
    (money,) = back.findings
    assert back == document and isinstance(money, Money) and money.value == value


def test_a_huge_amount_in_an_article_round_trips() -> None:
    document = parse(HUGE, extractors=["money"])
    assert document.findings and not document.failures
    assert Document.from_dict(json.loads(json.dumps(document.to_dict()))) == document


def test_the_command_line_writes_an_article_with_a_huge_amount(tmp_path: Path) -> None:
    (tmp_path / "huge.txt").write_text(HUGE, encoding="utf-8")
    result = CliRunner().invoke(main, ["parse", "--json", "-j", "1", str(tmp_path / "huge.txt")])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["money"][0]["text"].startswith("$999")
