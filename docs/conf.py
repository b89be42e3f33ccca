"""Sphinx configuration: MyST Markdown pages with the furo theme."""

from importlib.metadata import version as _version

project = "newsparse"
author = "The newsparse developers"
release = _version("newsparse")
extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
myst_enable_extensions = ["colon_fence", "deflist"]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
html_theme = "furo"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
nitpicky = False
