"""Negation pairs from PETRARCH's internal coding ontology (PICO).

PICO gives each CAMEO code a hexadecimal meaning; some codes are written as another code's
meaning plus or minus ``0xFFFF`` (negation): 110 DISAPPROVE is ``0xFFFF + 0x0080``, the
meaning of 050 DIPLOMATIC COOPERATION. Those pairs tell what a negated verb codes:
"did not clash over" (110) -> 050. Codes without such a pair code no event when negated.
"""

from __future__ import annotations

import re
from pathlib import Path

_NEGATION = 0xFFFF
_MASK = 0x300  # PICO's "do not code as the base meaning" mask: ignored for pairing
_TERM = re.compile(r"([+-]?)\s*(0x[0-9A-Fa-f]+)")


def _parse(expr: str) -> tuple[int, bool]:
    """(meaning without negation and mask, negated?) of a PICO value such as -0xFFFF+0x2040+0x300."""
    total = 0
    negated = False
    for sign, value in _TERM.findall(expr):
        number = int(value, 16)
        if number == _NEGATION:
            negated = True
            continue
        if number == _MASK:
            continue
        total += -number if sign == "-" else number
    if not negated and total > _NEGATION:  # written as one number: 0x1007f = 0xFFFF + 0x80
        negated, total = True, total - _NEGATION
    return total, negated


def negation_pairs(path: str | Path) -> dict[str, str]:
    """code -> code of its negation, both ways, for every pair PICO defines."""
    meanings: dict[int, str] = {}
    negated_codes: list[tuple[str, int]] = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if ":" not in line:
            continue
        code, _, expr = line.partition(":")
        code = code.strip()
        if not code[:1].isdigit():
            continue
        meaning, negated = _parse(expr)
        if negated:
            negated_codes.append((code, meaning))
        else:
            meanings.setdefault(meaning, code)
    pairs: dict[str, str] = {}
    for code, meaning in negated_codes:
        base = meanings.get(meaning)
        if base is None or meaning == 0:
            continue
        pairs.setdefault(base, code)
        pairs.setdefault(code, base)
    return dict(sorted(pairs.items()))
