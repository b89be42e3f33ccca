"""Character spans: the one way every finding points into its text."""

from __future__ import annotations

from attrs import field, frozen


def _non_negative(instance: object, attribute: object, value: int) -> None:
    if value < 0:
        raise ValueError(f"span offsets must be >= 0, got {value}")


@frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of Python ``str`` indices into a document's text."""

    start: int = field(validator=_non_negative)
    end: int = field(validator=_non_negative)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")

    def __len__(self) -> int:
        return self.end - self.start

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"

    def of(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]
