"""Findings made visible: an annotated HTML page and a coloured terminal view of an article."""

from __future__ import annotations

from newsparse.render.html import render_html

__all__ = ["render_html"]
