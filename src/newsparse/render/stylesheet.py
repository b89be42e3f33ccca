"""The page's own CSS and script, inlined into every page so it needs no network.

Data only. Colours pass WCAG AA against their text; every kind also differs by the pattern of its
border and by a text badge, so nothing is told by colour alone.
"""

CSS = """
:root { color-scheme: light; --ink: #111827; --muted: #374151; --paper: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--ink); background: var(--paper); }
header, .layout { padding: 1rem 1.5rem; }
header { border-bottom: 1px solid #d1d5db; }
header h1 { font-size: 1.25rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
header p { margin: .25rem 0; color: var(--muted); }
.failures { color: #991b1b; }
.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1rem; padding: 0; margin: .5rem 0 0; }
.layout { display: grid; grid-template-columns: minmax(0, 46rem) minmax(0, 1fr); gap: 2rem; }
@media (max-width: 72rem) { .layout { grid-template-columns: minmax(0, 1fr); } }
aside { overflow-x: auto; }
article.text { max-width: 46rem; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 2.4; font-family: Georgia, serif; font-size: 1.05rem; }
aside h2 { font-size: 1rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; font-size: .875rem; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3rem .4rem; border-bottom: 1px solid #e5e7eb; }
td.values { white-space: pre-line; }
tr:target, tr.linked { background: #fef9c3; }

mark.finding, mark.finding-part { color: var(--ink); padding: .15em .1em; position: relative; }
mark.finding::before { content: attr(data-label); font: 600 .62rem/1 system-ui, sans-serif; letter-spacing: .02em;
  color: #ffffff; padding: .12em .3em; margin-right: .2em; border-radius: .2em; vertical-align: .35em; }
mark.finding:focus, mark.finding:hover { outline: 3px solid var(--ink); outline-offset: 1px; z-index: 2; }
mark.finding:focus::after, mark.finding:hover::after { content: attr(data-note); position: absolute;
  left: 0; top: 100%; z-index: 3; min-width: 14rem; max-width: 28rem; white-space: normal; line-height: 1.35;
  font: .8rem/1.35 system-ui, sans-serif; color: #ffffff; background: var(--ink); padding: .35rem .5rem; border-radius: .25rem; }

.k-dateline { background: #dbeafe; border-bottom: 3px solid #1d4ed8; }
.k-money { background: #dcfce7; border-bottom: 4px double #15803d; }
.k-casualties { background: #fee2e2; border-bottom: 3px dashed #b91c1c; }
.k-quotes { background: #fef3c7; border-bottom: 3px dotted #92400e; }
.k-reported_speech { background: #fffbeb; border-bottom: 2px dashed #92400e; }
.k-dates { background: #ede9fe; border-bottom: 3px solid #6d28d9; border-top: 1px solid #6d28d9; }
.k-other { background: #e5e7eb; border-bottom: 3px dashed #374151; border-top: 1px dashed #374151; }
mark.k-dateline::before, .swatch.k-dateline { background: #1d4ed8; }
mark.k-money::before, .swatch.k-money { background: #15803d; }
mark.k-casualties::before, .swatch.k-casualties { background: #b91c1c; }
mark.k-quotes::before, .swatch.k-quotes { background: #92400e; }
mark.k-reported_speech::before, .swatch.k-reported_speech { background: #b45309; }
mark.k-dates::before, .swatch.k-dates { background: #6d28d9; }
mark.k-other::before, .swatch.k-other { background: #374151; }
.swatch { color: #ffffff; font-weight: 600; font-size: .75rem; padding: .1em .4em; border-radius: .2em; border: 0; }

.speaker, .speaker-part { border: 2px solid #92400e; border-radius: .3em; padding: .05em .15em; background: #fff7ed; }
.speaker::before { content: attr(data-label); font: 600 .62rem/1 system-ui, sans-serif; color: #92400e;
  margin-right: .25em; vertical-align: .35em; }
.linked, .speaker.linked { outline: 3px solid #92400e; outline-offset: 2px; background: #fde68a; }
"""

SCRIPT = """
(() => {
  // Light up a quote's speaker (and a speaker's quotes) and their table rows on hover or focus.
  const partners = (el) => (el.dataset.links || "").split(" ").filter(Boolean)
    .map((id) => document.getElementById(id)).filter(Boolean);
  const toggle = (event, on) => {
    const el = event.target.closest && event.target.closest("[data-links]");
    if (el) partners(el).forEach((other) => other.classList.toggle("linked", on));
  };
  for (const [name, on] of [["mouseover", true], ["focusin", true], ["mouseout", false], ["focusout", false]]) {
    document.addEventListener(name, (event) => toggle(event, on));
  }
})();
"""
