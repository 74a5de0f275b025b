"""A dependency parse drawn as SVG, displaCy-like: the words on a baseline with their UPOS
below, one labelled arc from each head to its dependent, and chosen words highlighted.

    from eventcoder.depsvg import Mark, dependency_svg
    svg = dependency_svg(sentence, {2: [Mark("verb", "verb 130 #1")]})

The picture is plain SVG text (no script, no external resources) sized to the sentence:
every word gets a column as wide as its longest label, so a long sentence makes a wide
picture, meant to sit in a horizontally scrolling box. Arcs nest: an arc is drawn one level
above the highest arc it spans, so nested arcs never cross. Pure: no I/O.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

import attrs

from .model import Sentence

__all__ = ["ROLES", "Mark", "dependency_svg", "escape"]

# Role -> (fill, outline, legend name). The fills are light enough for black text on them
# and distinct for the common kinds of colour blindness (blue / orange / green).
ROLES: Mapping[str, tuple[str, str, str]] = {
    "source": ("#bcd7f5", "#1f5fa8", "source"),
    "verb": ("#ffd38a", "#b36200", "verb"),
    "target": ("#b9e6b0", "#2b7a1f", "target"),
    "considered": ("#ffffff", "#8a8a8a", "verb without an event"),
}

FONT = "14px"
CHAR_WIDTH = 8.6  # a generous em fraction of a 14px sans-serif letter: columns never overlap
SMALL_CHAR_WIDTH = 6.6  # 11px labels
GAP = 18  # between two columns
MIN_COLUMN = 44
LEVEL_HEIGHT = 24  # one arc level
TOP = 14  # above the highest arc
ARROW = 5
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


@attrs.frozen
class Mark:
    """A highlight of one word: its ``role`` (a key of ``ROLES``) and a short label shown
    under it (``"source IRN #1"``)."""

    role: str
    label: str = ""

    def __attrs_post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"unknown mark role {self.role!r} (one of {', '.join(ROLES)})")


def escape(text: object) -> str:
    """Text safe in HTML and SVG alike (and in XML: control characters become U+FFFD)."""
    value = _CONTROL.sub("\ufffd", str(text))
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&#39;")


def _levels(arcs: Sequence[tuple[int, int]]) -> list[int]:
    """The level of each (low, high) arc: one above the highest arc it spans."""
    order = sorted(range(len(arcs)), key=lambda i: arcs[i][1] - arcs[i][0])
    level = [0] * len(arcs)
    placed: list[int] = []
    for i in order:
        low, high = arcs[i]
        inner = [level[j] for j in placed if low <= arcs[j][0] and arcs[j][1] <= high]
        level[i] = 1 + max(inner, default=0)
        placed.append(i)
    return level


def dependency_svg(sentence: Sentence, marks: Mapping[int, Sequence[Mark]] = {}, *, title: str = "") -> str:  # noqa: B006 - read only
    """The sentence's parse as an ``<svg>`` element; ``marks`` highlights words by token id."""
    tokens = sentence.tokens
    widths = []
    for tok in tokens:
        labels = [m.label for m in marks.get(tok.id, ())]
        widths.append(max(MIN_COLUMN, len(tok.form) * CHAR_WIDTH, *(len(x) * SMALL_CHAR_WIDTH for x in [tok.upos, *labels])))
    # An arc between neighbours must be wide enough for its label: widen that gap.
    gaps = [float(GAP)] * len(tokens)
    for tok in tokens:
        if tok.head and abs(tok.head - tok.id) == 1:
            i = min(tok.id, tok.head) - 1
            need = len(tok.deprel) * SMALL_CHAR_WIDTH + 14 - (widths[i] + widths[i + 1]) / 2
            gaps[i] = max(gaps[i], need)
    centres: list[float] = []
    x = GAP / 2
    for width, gap in zip(widths, gaps):
        centres.append(x + width / 2)
        x += width + gap
    total_width = max(x, 120.0)

    arcs = [(min(t.id, t.head), max(t.id, t.head)) for t in tokens if t.head]
    deps = [t for t in tokens if t.head]
    levels = _levels(arcs)
    top_level = max(levels, default=0) + 1  # the root arrow comes from above every arc
    base = TOP + top_level * LEVEL_HEIGHT + 8  # where arcs end, just above the words
    word_y = base + 20
    upos_y = word_y + 17
    most_marks = max((len(marks.get(t.id, ())) for t in tokens), default=0)
    height = upos_y + 8 + most_marks * 15 + 6

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="parse" width="{total_width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {total_width:.0f} {height:.0f}" role="img" font-family="sans-serif">'
    ]
    if title:
        out.append(f"<title>{escape(title)}</title>")
    # Arcs first, so the words and highlights are drawn over their ends.
    out.append('<g class="arcs" fill="none" stroke="#555" stroke-width="1.3">')
    for tok, (low, high), level in zip(deps, arcs, levels):
        dep_x = centres[tok.id - 1]
        head_x = centres[tok.head - 1] + (6 if tok.head < tok.id else -6)  # beside the head's own incoming arrow
        left, right = sorted((dep_x, head_x))
        y = base - level * LEVEL_HEIGHT
        radius = min(8.0, (right - left) / 2)
        path = (f"M{left:.1f},{base} V{y + radius:.1f} Q{left:.1f},{y:.1f} {left + radius:.1f},{y:.1f} "
                f"H{right - radius:.1f} Q{right:.1f},{y:.1f} {right:.1f},{y + radius:.1f} V{base}")
        label = escape(tok.deprel)
        out.append(
            f'<g class="arc" data-head="{tok.head}" data-dep="{tok.id}" data-rel="{label}">'
            f'<path d="{path}"/>'
            f'<path class="arrow" d="M{dep_x - ARROW:.1f},{base - ARROW - 2} L{dep_x:.1f},{base} L{dep_x + ARROW:.1f},{base - ARROW - 2}"/>'
            f'<text class="rel" x="{(left + right) / 2:.1f}" y="{y + 4:.1f}" text-anchor="middle" font-size="11px" fill="#333" '
            f'stroke="#fff" stroke-width="4" paint-order="stroke">{label}</text></g>'
        )
    for tok in tokens:
        if tok.head == 0:
            x_root = centres[tok.id - 1]
            y_top = TOP
            out.append(
                f'<g class="arc root" data-head="0" data-dep="{tok.id}" data-rel="{escape(tok.deprel)}">'
                f'<path d="M{x_root:.1f},{y_top} V{base}"/>'
                f'<path class="arrow" d="M{x_root - ARROW:.1f},{base - ARROW - 2} L{x_root:.1f},{base} L{x_root + ARROW:.1f},{base - ARROW - 2}"/>'
                f'<text class="rel" x="{x_root:.1f}" y="{y_top + 4}" text-anchor="middle" font-size="11px" fill="#333" '
                f'stroke="#fff" stroke-width="4" paint-order="stroke">{escape(tok.deprel)}</text></g>'
            )
    out.append("</g>")

    out.append('<g class="words">')
    for tok, centre, width in zip(tokens, centres, widths):
        token_marks = list(marks.get(tok.id, ()))
        roles = list(dict.fromkeys(m.role for m in token_marks))
        classes = " ".join(["token", *roles])
        out.append(f'<g class="{classes}" data-id="{tok.id}" data-roles="{" ".join(roles)}">')
        lemma = f" ({tok.lemma})" if tok.lemma not in ("", "_", tok.form) else ""
        out.append(f"<title>{escape(f'{tok.form}{lemma} [{tok.id}] {tok.upos} {tok.deprel}')}</title>")
        if roles:  # one stripe per role, side by side, behind the word
            box_w = min(width, len(tok.form) * CHAR_WIDTH + 12)
            stripe = box_w / len(roles)
            for k, role in enumerate(roles):
                fill, line, _ = ROLES[role]
                dash = ' stroke-dasharray="3,2"' if role == "considered" else ""
                out.append(
                    f'<rect class="highlight {role}" x="{centre - box_w / 2 + k * stripe:.1f}" y="{word_y - 15}" '
                    f'width="{stripe:.1f}" height="21" rx="4" fill="{fill}" stroke="{line}" stroke-width="1.2"{dash}/>'
                )
        weight = ' font-weight="bold"' if roles and roles != ["considered"] else ""
        out.append(f'<text class="form" x="{centre:.1f}" y="{word_y}" text-anchor="middle" font-size="{FONT}" fill="#000"{weight}>'
                   f"{escape(tok.form)}</text>")
        out.append(f'<text class="upos" x="{centre:.1f}" y="{upos_y}" text-anchor="middle" font-size="11px" fill="#666">'
                   f"{escape(tok.upos)}</text>")
        for k, mark in enumerate(token_marks):
            if mark.label:
                colour = ROLES[mark.role][1]
                out.append(f'<text class="mark {mark.role}" x="{centre:.1f}" y="{upos_y + 15 * (k + 1)}" text-anchor="middle" '
                           f'font-size="11px" fill="{colour}">{escape(mark.label)}</text>')
        out.append("</g>")
    out.append("</g></svg>")
    return "".join(out)
