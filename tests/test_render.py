"""The annotated article: the HTML page (read back by a parser and by headless Chromium), the
terminal view and the ``render``/``show`` commands."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
from collections.abc import Callable
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest
from attrs import frozen
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console

from newsparse import Casualty, Dateline, DateMention, Document, Finding, Money, Quote, Span
from newsparse.api import parse
from newsparse.cli import main
from newsparse.render.html import render_html
from newsparse.render.kinds import SPEAKER, look_of
from newsparse.render.terminal import annotated_text, render_terminal


@frozen(kw_only=True)
class Vessel(Finding):
    """A plugin's own kind, to check the generic fallback."""

    category: ClassVar[str] = "vessels"

    name: str | None = None


# Hand-written wire-style story with every built-in kind, a plugin kind, a contained overlap
# (the amount inside its phrase, both inside a quote), a crossing overlap (a casualty count
# that runs out of a quote) and article text that looks like markup.
STORY = (
    'GENEVA, March 3 (Reuters) - "We sent $5 million in aid," said Ann O\'Neil, the envoy. '
    '"Twelve people died <script>alert(1)</script> aboard the" MV Sea Star on Friday, '
    "officials said. Tags like <b>this</b> & [bold]that[/] stay text."
)


# Newspaper style: curly quotes, a title before the name, two quotes from one speaker mention.
NEWSPAPER = (
    "Ministers pledged £3.5bn on Tuesday. “It is not enough,” said Dr. Jane Roe, “and "
    "we need more.” Forty people were injured in the flooding."
)


def _where(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def _at(cls: type[Finding], phrase: str, text: str = STORY, **fields: object) -> Finding:
    span = _where(text, phrase)
    return cls.at(text, span.start, span.end, **fields)


def _story() -> Document:
    findings = [
        _at(Dateline, "GENEVA, March 3 (Reuters) -", location="Geneva", agency="Reuters"),
        _at(
            Quote,
            "We sent $5 million in aid,",
            speaker="Ann O'Neil",
            speaker_span=_where(STORY, "Ann O'Neil"),
            cue="said",
        ),
        _at(Money, "$5 million", value=Decimal(5_000_000), currency="USD"),
        _at(Money, "$5", value=Decimal(5), currency="USD"),
        _at(Quote, "Twelve people died <script>alert(1)</script> aboard the", speaker='O"<b>x'),
        _at(Casualty, 'people died <script>alert(1)</script> aboard the" MV', count=12),
        _at(Vessel, "MV Sea Star", name="Sea Star"),
        _at(DateMention, "Friday", date=dt.date(2021, 3, 5)),
    ]
    return Document(STORY, meta={"path": "story <1>.txt"}).with_findings(findings)


def _newspaper() -> Document:
    speaker = {"speaker": "Jane Roe", "speaker_span": _where(NEWSPAPER, "Dr. Jane Roe")}
    findings = [
        _at(Money, "£3.5bn", NEWSPAPER, value=Decimal("3.5e9"), currency="GBP"),
        _at(DateMention, "Tuesday", NEWSPAPER),
        _at(Quote, "It is not enough,", NEWSPAPER, **speaker),
        _at(Quote, "and we need more.", NEWSPAPER, **speaker),
        _at(Casualty, "Forty people were injured", NEWSPAPER, count=40, kind="injured"),
    ]
    return Document(NEWSPAPER).with_findings(findings)


STORIES = pytest.mark.parametrize("build", [_story, _newspaper], ids=["wire", "newspaper"])


class _Page(HTMLParser):
    """Reads a rendered page back: the article's text, every finding's element and its pieces."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.in_article = False
        self.text: list[str] = []
        self.heads: dict[str, dict[str, str]] = {}
        self.pieces: dict[str, list[str]] = {}
        self.parents: dict[str, str | None] = {}
        self.parts: dict[str, int] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.append(tag)
        if tag == "article":
            self.in_article = True
        elif self.in_article:
            owner = attributes.get("id") or attributes.get("data-of", "")
            if "data-kind" in attributes:
                self.heads[owner] = attributes
                self.parents[owner] = next(
                    (a.get("id") for _, a in reversed(self.stack) if "data-kind" in a), None
                )
            if "data-of" in attributes:
                self.parts[owner] = self.parts.get(owner, 0) + 1
            self.pieces.setdefault(owner, [])
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            assert not self.stack, "an element is left open at the end of the article"
            self.in_article = False
        elif self.in_article:
            opened, _ = self.stack.pop()
            assert opened == tag, f"</{tag}> closes <{opened}>: tags are not well nested"

    def handle_data(self, data: str) -> None:
        if self.in_article:
            self.text.append(data)
            for _, attributes in self.stack:
                owner = attributes.get("id") or attributes.get("data-of", "")
                self.pieces[owner].append(data)

    def piece_text(self, owner: str) -> str:
        return "".join(self.pieces.get(owner, ()))


def _read(document: Document) -> _Page:
    page = _Page()
    page.feed(render_html(document))
    page.close()
    return page


# --- the HTML page, read back by a parser ---------------------------------------------------------


@STORIES
def test_the_article_text_comes_back_unchanged(build: Callable[[], Document]) -> None:
    document = build()
    assert "".join(_read(document).text) == document.text


@STORIES
def test_every_finding_is_one_element_with_its_kind_and_span(build: Callable[[], Document]) -> None:
    document = build()
    page = _read(document)
    assert len(page.heads) == len(document.findings)
    expected = sorted((f.category, str(f.span), f.text) for f in document.findings)
    found = sorted(
        (a["data-kind"], a["data-span"], page.piece_text(i)) for i, a in page.heads.items()
    )
    assert found == expected


def test_markup_in_the_article_is_escaped_everywhere() -> None:
    page_html = render_html(_story())
    assert "<script>alert" not in page_html and "<b>this" not in page_html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page_html
    assert "&lt;b&gt;this&lt;/b&gt; &amp; [bold]" in page_html
    assert "story &lt;1&gt;.txt" in page_html  # the title, from the path
    assert "speaker: O&quot;&lt;b&gt;x" in page_html  # a value inside an attribute
    assert page_html.count("<script>") == 1  # the page's own script only


def test_a_contained_finding_nests_inside_its_container() -> None:
    page = _read(_story())
    by_text = {page.piece_text(i): i for i in page.heads}
    quote, phrase, amount = (
        by_text["We sent $5 million in aid,"],
        by_text["$5 million"],
        by_text["$5"],
    )
    assert page.parents[amount] == phrase and page.parents[phrase] == quote
    assert not any(page.parts.get(i) for i in (quote, phrase, amount))


def test_a_crossing_finding_is_split_into_parts_that_name_it() -> None:
    document = _story()
    page_html = render_html(document)
    page = _read(document)
    casualty = next(i for i, a in page.heads.items() if a["data-kind"] == "casualties")
    assert page.parts[casualty] == 1
    assert f'class="finding-part k-casualties" data-of="{casualty}"' in page_html
    assert page.piece_text(casualty) == document.casualties[0].text


def test_quotes_and_their_speaker_mention_point_at_each_other() -> None:
    document = _story()
    page_html = render_html(document)
    page = _read(document)
    quote = next(i for i, a in page.heads.items() if a["data-kind"] == "quotes")
    speaker = re.search(r'<span id="(speaker-[0-9-]+)" class="speaker"[^>]*>', page_html)
    assert speaker is not None
    assert page.piece_text(speaker.group(1)) == "Ann O'Neil"
    assert f'data-speaker-of="{quote}"' in speaker.group(0)
    assert speaker.group(1) in page.heads[quote]["data-links"].split()


def test_one_speaker_mention_of_two_quotes_is_marked_once_and_names_both() -> None:
    page_html = render_html(_newspaper())
    speakers = re.findall(r'<span id="speaker-[^>]*>', page_html)
    assert len(speakers) == 1
    assert 'data-speaker-of="f3 f4"' in speakers[0]
    assert 'data-label="speaker of quote 3, 4"' in speakers[0]
    assert "[speaker of 3, 4]" in annotated_text(_newspaper()).plain


@STORIES
def test_every_finding_is_keyboard_focusable_and_described_by_its_table_row(
    build: Callable[[], Document],
) -> None:
    document = build()
    page_html = render_html(document)
    for own, attributes in _read(document).heads.items():
        assert attributes["tabindex"] == "0"
        assert attributes["aria-describedby"] == f"row-{own}"
        assert f'<tr id="row-{own}">' in page_html
        assert attributes["data-label"].split()[-1] == own[1:]  # a text label, not colour alone


def test_values_and_extractor_are_shown_on_hover_and_in_the_table() -> None:
    stamped = Money.at(
        "paid $3 billion",
        5,
        15,
        value=Decimal("3e9"),
        currency="USD",
        extractor="money",
        version="1.2",
    )
    page_html = render_html(Document("paid $3 billion").with_findings([stamped]))
    assert 'data-note="value: 3,000,000,000; currency: USD · by money 1.2"' in page_html
    assert (
        '<td class="values">value: 3,000,000,000\ncurrency: USD</td><td>money 1.2</td>' in page_html
    )
    assert "1 findings by money 1.2." in page_html


def test_a_plugin_kind_gets_the_fallback_colour_and_its_own_label() -> None:
    vessel = next(a for a in _read(_story()).heads.values() if a["data-kind"] == "vessels")
    assert vessel["class"] == "finding k-other"
    assert vessel["data-label"].startswith("vessels ")


def test_the_page_is_self_contained() -> None:
    page_html = render_html(_story())
    assert not re.search(r"https?://|\bsrc=|<link|@import|url\(", page_html)


@pytest.mark.parametrize(
    "document",
    [
        Document(""),
        Document("   \n\n"),
        Document("Odd \u202e\u0000 text \U0001f600 with \ufeff marks"),
        Document("short").with_findings([Money.at("a much longer text", 2, 14, value=Decimal(1))]),
        Document("empty span here").with_findings([Money.at("empty span here", 6, 6)]),
    ],
    ids=["empty", "blank", "odd-unicode", "span-past-the-end", "empty-span"],
)
def test_odd_documents_render_without_error(document: Document) -> None:
    page = _read(document)
    assert "".join(page.text) == document.text
    assert len(page.heads) == len(document.findings)


def test_a_one_megabyte_article_with_many_crossing_findings_renders_every_one() -> None:
    """Speed is measured by the bench session; here a 1 MB page must simply come out whole."""
    sentence = 'Officials said "we paid $40 million" after 12 people died on Friday. '
    text = sentence * (1_000_000 // len(sentence) + 1)
    findings: list[Finding] = []
    for start in range(0, len(text) - len(sentence) + 1, len(sentence)):
        quote = start + sentence.index("we paid")
        money = start + sentence.index("$40")
        died = start + sentence.index("12 people")
        findings += [
            Quote.at(
                text, quote, quote + 20, speaker="Officials", speaker_span=Span(start, start + 9)
            ),
            Money.at(text, money, money + 11, value=Decimal(40_000_000), currency="USD"),
            Casualty.at(text, money + 4, died + 9, count=12),  # crosses the end of the quote
        ]
    document = Document(text).with_findings(findings)
    page_html = render_html(document)
    assert page_html.count(" data-kind=") == len(findings)


@given(
    text=st.text(alphabet=st.sampled_from("ab <>&\"'\n"), max_size=60),
    spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=8),
)
def test_any_overlap_gives_well_nested_markup_and_exact_pieces(
    text: str, spans: list[tuple[int, int]]
) -> None:
    findings = [Money.at(text, min(a, b, len(text)), min(max(a, b), len(text))) for a, b in spans]
    document = Document(text).with_findings(findings)
    page = _read(document)
    assert "".join(page.text) == text
    pieces = sorted(page.piece_text(own) for own in page.heads)
    assert pieces == sorted(f.text for f in document.findings)


def test_to_html_is_the_rendered_page() -> None:
    document = _story()
    assert document.to_html(title="A title") == render_html(document, title="A title")


# --- the terminal view ----------------------------------------------------------------------------


LABEL = re.compile(r"\[[a-z ]+ \d+(, \d+)*\]")


@STORIES
def test_terminal_text_styles_each_finding_exactly_and_labels_it(
    build: Callable[[], Document],
) -> None:
    document = build()
    shown = annotated_text(document)
    assert LABEL.sub("", shown.plain) == document.text
    styled = {(LABEL.sub("", shown.plain[s.start : s.end]), str(s.style)) for s in shown.spans}
    for number, finding in enumerate(document.findings, 1):
        look = look_of(finding.category)
        assert (finding.text, look.terminal_style) in styled
        assert f"[{look.label} {number}]" in shown.plain
    for span in {q.speaker_span for q in document.quotes if q.speaker_span}:
        assert (span.of(document.text), SPEAKER.terminal_style) in styled


def test_terminal_view_prints_text_legend_and_table_without_reading_markup() -> None:
    console = Console(record=True, width=200, color_system=None)
    render_terminal(_story(), console)
    out = console.export_text()
    assert "[bold]that[/] stay text." in out and "<script>alert(1)</script>" in out
    assert "[speaker of 2]" in out and "legend:" in out and "vessels" in out
    assert "value: 5,000,000" in out


# --- the commands ---------------------------------------------------------------------------------


def test_render_writes_a_page_from_a_file_or_stdin(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some <b>text</b>.", encoding="utf-8")
    out = tmp_path / "a.html"
    result = CliRunner().invoke(main, ["render", str(article), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Some &lt;b&gt;text&lt;/b&gt;." in out.read_text(encoding="utf-8")
    piped = CliRunner().invoke(main, ["render", "-"], input="From stdin.")
    assert piped.exit_code == 0 and "<article" in piped.output and "From stdin." in piped.output


def test_show_prints_the_article(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Quiet [red]day[/].", encoding="utf-8")
    result = CliRunner().invoke(main, ["show", str(article)])
    assert result.exit_code == 0, result.output
    assert "Quiet [red]day[/]." in result.output


def test_a_missing_article_is_a_one_line_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["render", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1
    assert "nope.txt: No such file or directory" in result.output


# --- in a real browser ----------------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

# Appended to the page by the test only: reads what the browser made of every finding.
PROBE = """<script>
function probe() {
  const findings = [...document.querySelectorAll("[data-kind]")].map((el) => {
    el.focus();
    const box = el.getBoundingClientRect();
    const parts = [...document.querySelectorAll(`[data-of="${el.id}"]`)].map((p) => p.textContent);
    const style = getComputedStyle(el);
    return {
      kind: el.dataset.kind, span: el.dataset.span, text: el.textContent + parts.join(""),
      background: style.backgroundColor, border: `${style.borderBottomStyle} ${style.borderBottomColor}`,
      badge: getComputedStyle(el, "::before").content,
      focused: document.activeElement === el, visible: box.width > 0 && box.height > 0,
      focusNote: getComputedStyle(el, "::after").content, note: el.dataset.note,
    };
  });
  const out = document.createElement("pre");
  out.id = "probe";
  out.textContent = JSON.stringify({
    title: document.title, scripts: document.scripts.length, findings,
    injected: document.querySelectorAll("article script, article b, article img").length,
  });
  document.body.append(out);
}
// The page may get the window's focus a moment after it loads, and :focus needs it.
let tries = 0;
(function whenFocused() {
  if (document.hasFocus() || ++tries > 500) probe(); else setTimeout(whenFocused, 10);
})();
</script>"""


def _in_chromium(page_html: str, tmp_path: Path) -> dict[str, object]:
    page = tmp_path / "page.html"
    page.write_text(page_html.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    assert CHROMIUM is not None
    dom = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--virtual-time-budget=10000",  # lets the probe's timers run before the dump
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.DOTALL)
    assert found, f"the probe did not run; chromium printed: {dom[:500]!r}"
    result: dict[str, object] = json.loads(html.unescape(found.group(1)))
    return result


def _assert_highlighted(document: Document, seen: dict[str, object]) -> None:
    findings = seen["findings"]
    assert isinstance(findings, list)
    assert sorted((f["kind"], f["span"], f["text"]) for f in findings) == sorted(
        (f.category, str(f.span), f.text) for f in document.findings
    )
    looks: dict[str, set[tuple[str, str]]] = {}
    for finding in findings:
        # Not transparent, and not the browser's own yellow for <mark>: the page's style applied.
        assert finding["background"] not in ("rgba(0, 0, 0, 0)", "rgb(255, 255, 0)"), finding
        assert not finding["border"].startswith("none"), finding
        looks.setdefault(finding["kind"], set()).add((finding["background"], finding["border"]))
        assert finding["badge"].strip('"').startswith(finding["kind"][:4]), finding
        assert finding["focused"] and finding["visible"], finding
        assert finding["focusNote"] == json.dumps(finding["note"], ensure_ascii=False), finding
        assert not finding["border"].endswith("rgb(17, 24, 39)"), finding  # the kind's colour
    assert all(len(look) == 1 for look in looks.values()), looks  # one look per kind
    assert len(set.union(set(), *looks.values())) == len(looks), looks  # no two kinds alike


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")
def test_chromium_highlights_every_finding_of_the_seed(seed_text: str, tmp_path: Path) -> None:
    document = parse(seed_text, published="2021-10-08")
    _assert_highlighted(document, _in_chromium(render_html(document), tmp_path))


@pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install chromium)")
def test_chromium_highlights_every_kind_and_runs_no_article_markup(tmp_path: Path) -> None:
    document = _story()
    seen = _in_chromium(render_html(document), tmp_path)
    _assert_highlighted(document, seen)
    _assert_highlighted(_newspaper(), _in_chromium(render_html(_newspaper()), tmp_path))
    assert seen["injected"] == 0
    assert seen["scripts"] == 2  # the page's own and the probe
    assert seen["title"] == "newsparse: story <1>.txt"


def test_reported_speech_has_its_own_look_and_its_speaker_is_marked() -> None:
    document = parse("Three were hurt, police said.", extractors=["reported_speech"])
    (reported,) = document.of("reported_speech")
    page = render_html(document)
    assert 'class="finding k-reported_speech"' in page
    assert f'data-span="{reported.speaker_span}"' in page and 'class="speaker"' in page
