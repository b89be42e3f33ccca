"""Photo captions set into an article's text.

A scraped article keeps its pictures' captions as paragraphs of their own, between the
paragraphs of the story: 'South Korean President Moon Jae-in delivers a speech during a
ceremony ... March 1, 2019. REUTERS/Kim Hong-Ji'. The person a caption shows is no one the
story turns to, so a pronoun after it ('"...," she said') still means whom the story was
about before the picture. A caption is told by how it ends: a photo credit, a photographer's
or an agency's name joined by a slash to the agency or service that sent the picture
('REUTERS/Kim Hong-Ji', '(AP Photo/Andrew Harnik)', 'Drew Angerer/Getty Images',
'REUTERS/Carlos Barria/File Photo', 'toggle caption Brynn Anderson/AP Brynn Anderson/AP')."""

from __future__ import annotations

import re

from newsparse.regex_cache import compiled

#: A photo credit closing a paragraph: capitalised words, a slash, capitalised words, maybe
#: in parentheses and with a closing stop, set off from the caption by a stop, a colon or a
#: parenthesis, or making the paragraph: a slash inside a sentence ('children and HIV/AIDS.')
#: is no credit.
_CREDIT_END = compiled(
    r"(?:^[ \t]*|[.:(][ \t]*|\bcaption[ \t]+)"
    r"[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)*(?:/[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*)*)+\)?\.?[ \t]*$",
    re.MULTILINE,  # '^' where the paragraph opens, not where a look at its end starts
)
_CREDIT_REACH = 100  # characters at a paragraph's end a credit may take


def in_caption(text: str, position: int) -> bool:
    """Whether ``position`` lies in a paragraph that ends with a photo credit."""
    end = text.find("\n", position)
    if end < 0:
        end = len(text)
    lo = max(text.rfind("\n", 0, position) + 1, end - _CREDIT_REACH)  # the paragraph's end
    return "/" in text[lo:end] and _CREDIT_END.search(text, lo, end) is not None
