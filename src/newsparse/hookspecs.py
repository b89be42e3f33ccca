"""The hooks newsparse calls on its plugins.

Built-in extractors register through these very hooks, exactly as third-party packages do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from newsparse.extractor import Extractor

hookspec = pluggy.HookspecMarker("newsparse")
hookimpl = pluggy.HookimplMarker("newsparse")


@hookspec
def newsparse_register_extractors(register: Callable[[Extractor], None]) -> None:
    """Hand newsparse the extractors this plugin provides.

    :param register: call it once per extractor instance, ``register(MyExtractor())``. newsparse
        validates the declaration (name, version, finding classes) and raises
        :class:`~newsparse.errors.PluginError` on a duplicate name or a bad declaration.
    :return: nothing; extractors are handed over through ``register`` only.

    Added in 0.1.0.
    """
