"""The :class:`Extractor` base class: what a built-in or plugin extractor declares and does."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from newsparse.document import Document
    from newsparse.findings import Finding


class Extractor(ABC):
    """Turns a :class:`~newsparse.document.Document` into findings.

    A subclass declares a unique ``name``, a ``version``, the finding classes it ``produces`` and
    the categories it ``requires`` from other extractors (the pipeline runs those first, and
    ``extract`` then sees their findings on the document). Instances must be picklable, so that
    batches can run them in worker processes: keep state to plain values.
    """

    name: ClassVar[str]
    version: ClassVar[str] = "0.1.0"
    produces: ClassVar[tuple[type[Finding], ...]]
    requires: ClassVar[tuple[str, ...]] = ()

    @abstractmethod
    def extract(self, document: Document) -> Iterable[Finding]:
        """Yield this extractor's findings in ``document``; never mutate the document."""

    @classmethod
    def categories(cls) -> frozenset[str]:
        """The categories (``to_dict`` keys) of the findings this extractor may return."""
        return frozenset(finding.category for finding in cls.produces)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} {self.version}>"
