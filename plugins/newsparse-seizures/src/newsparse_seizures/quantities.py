"""Quantities in normal units: "2 tonnes" -> 2000 kg, "3 gallons" -> 11.36 l, with pint.

pint supplies each unit's factor to kg or litres once (its registry takes a moment to build);
every quantity after that is one multiplication.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache

import pint

from newsparse_seizures.vocabulary import NORMAL_UNITS, UNITS


def normalized(amount: Decimal, unit_word: str) -> tuple[Decimal, str]:
    """``amount`` of ``unit_word`` (as news writes it) in kg or litres, and that unit's label.

    >>> normalized(Decimal(2), "tonnes")
    (Decimal('2000'), 'kg')
    """
    factor, label = _factor(UNITS[" ".join(unit_word.lower().split())])
    return _plain(amount * factor), label


@cache
def _factor(unit: str) -> tuple[Decimal, str]:
    """How many kg or litres one ``unit`` (a pint unit name) is, and which of the two."""
    one = _registry().Quantity(Decimal(1), unit)
    target, label = NORMAL_UNITS[str(one.dimensionality)]
    return Decimal(one.to(target).magnitude), label


@cache
def _registry() -> pint.UnitRegistry[Decimal]:
    return pint.UnitRegistry(non_int_type=Decimal)


def _plain(value: Decimal) -> Decimal:
    """``2E+3`` -> ``2000``: whole numbers written out, trailing zeros of fractions dropped."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()
