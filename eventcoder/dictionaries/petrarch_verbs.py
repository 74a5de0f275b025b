"""Convert a PETRARCH-2 / TABARI verb dictionary into eventcoder's verbs YAML.

The PETRARCH format (see the header of ``CAMEO.2.0.txt``) has three parts: synonym sets
(``&NAME`` followed by ``+WORD`` lines), verb blocks (``--- NAME [code] ---`` followed by verb
lines and ``- pattern [code]`` lines) and a few ``~`` transformation rules. Everything that
can be said in the YAML format is converted; everything else is reported with ``file:line``
so nothing disappears silently.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs

from ..match.patterns import PatternSyntaxError, compile_pattern
from .schema import PatternSpec
from .yamlio import Problem

_BLOCK = re.compile(r"^---\s*(?P<name>[^\[]*?)\s*\[(?P<code>[^\]]*)\]\s*---")
_CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
_VALID_CODE = re.compile(r"^(---|[0-9]{2,4}[0-9A-Za-z]?)$")


@attrs.define
class VerbConversionReport:
    """Counts of what was read and written, and every problem, for the closing summary."""

    file: str
    synsets: int = 0
    synset_words: int = 0
    blocks: int = 0
    verbs: int = 0
    forms: int = 0
    patterns: int = 0
    patterns_written: int = 0
    transformations: int = 0
    problems: list[Problem] = attrs.Factory(list)

    def problem(self, line: int, message: str, severity: str = "warning") -> None:
        self.problems.append(Problem(self.file, line, message, severity))

    def summary(self) -> str:
        return (
            f"{self.file}: {self.synsets} synsets ({self.synset_words} words), {self.blocks} verb blocks, "
            f"{self.verbs} verbs ({self.forms} listed forms), {self.patterns_written}/{self.patterns} patterns "
            f"written, {self.transformations} transformation rules not expressible, "
            f"{len(self.problems)} problems reported"
        )


def _strip_comment(line: str) -> tuple[str, str]:
    if "#" in line:
        body, _, note = line.partition("#")
        return body.rstrip(), note.strip()
    return line.rstrip(), ""


def _word(token: str) -> str:
    """PETRARCH word -> YAML word: lower case; ``_`` joins words; a trailing ``_`` (no plural) goes."""
    token = token.strip()
    if token.endswith("_") and len(token) > 1:
        token = token[:-1]
    return token.replace("_", " ").lower()


def _verb_phrase(token: str) -> str:
    """``WIRE_+TAP`` -> ``wire +tap``; ``+BREAK_DOWN`` -> ``break down`` (head first needs no mark)."""
    token = token.strip()
    words = [w for w in token.split("_") if w]
    if not words:
        return ""
    head_index = next((i for i, w in enumerate(words) if w.startswith("+")), 0)
    out = []
    for i, w in enumerate(words):
        w = w.lstrip("+").lower()
        out.append("+" + w if i == head_index and head_index != 0 else w)
    return " ".join(out)


def _pattern_text(body: str) -> str:
    """Normalise a pattern: lower-case words, keep syntax characters and ``&SYNSET`` names."""
    out = []
    for tok in body.split():
        pieces = re.split(r"([{}()])", tok)
        norm = []
        for piece in pieces:
            if not piece or piece in "{}()":
                norm.append(piece)
            elif piece.startswith("&"):
                norm.append(piece.upper())
            elif piece in ("*", "+", "$", "%", "^"):
                norm.append(piece)
            else:
                norm.append(piece.lower())
        out.append("".join(norm))
    return " ".join(out)


def _quote(text: str) -> str:
    """A YAML double-quoted scalar (safe for every character the dictionaries use)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _code_value(code: str) -> str:
    return _quote(code)


def convert_verbs(
    path: str | Path, *, source_label: str | None = None, known_codes=None
) -> tuple[str, VerbConversionReport]:
    """Read a PETRARCH verb dictionary and return ``(yaml_text, report)``.

    With ``known_codes`` (e.g. an Ontology), codes outside it are reported and the blocks,
    verbs or patterns carrying them are written without them.
    """
    label, synsets, blocks, report = _read(Path(path), source_label, known_codes)
    return _render(label, synsets, blocks), report


def convert_verbs_split(
    path: str | Path, *, source_label: str | None = None, known_codes=None
) -> tuple[dict[str, str], VerbConversionReport]:
    """Like convert_verbs, but one YAML text per CAMEO root category of the block codes
    (``verbs/13-threaten.yaml``), plus ``verbs/synsets.yaml``; blocks without a code go to
    ``verbs/uncoded.yaml``. Names come from the root names when ``known_codes`` is an Ontology."""
    label, synsets, blocks, report = _read(Path(path), source_label, known_codes)
    groups: dict[str, list[dict]] = {}
    for blk in blocks:
        root = blk["code"].split(":")[0][:2] if blk["code"] not in ("---", "") else ""
        if not root.isdigit():
            name = "uncoded"
        else:
            title = ""
            if known_codes is not None and hasattr(known_codes, "get") and known_codes.get(root) is not None:
                title = "-" + re.sub(r"[^a-z]+", "-", known_codes.get(root).root_name.lower()).strip("-")
            name = root + title
        groups.setdefault(f"verbs/{name}.yaml", []).append(blk)
    files = {"verbs/synsets.yaml": _render(label, synsets, [])}
    for name in sorted(groups):
        files[name] = _render(label, {}, groups[name])
    return files, report


def _read(path: Path, source_label, known_codes):
    def known(code: str) -> bool:
        return known_codes is None or all(p in ("", "---") or p in known_codes for p in code.split(":"))

    label = source_label or path.name
    report = VerbConversionReport(file=label)
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()

    synsets: dict[str, list[str]] = {}
    synset_lines: dict[str, int] = {}
    blocks: list[dict] = []
    current_synset: str | None = None
    block: dict | None = None

    for number, raw in enumerate(lines, start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            continue
        if "VERB PATTERNS" in stripped or "SYNONYM SETS" in stripped:
            continue
        # TABARI's discard code [###] would read as a comment: it means "matches, codes nothing".
        body, note = _strip_comment(raw.replace("[###]", "[---]"))
        body = body.strip()
        if not body:
            continue
        if body.startswith("&") and block is None:
            name = body.split()[0][1:].upper()
            current_synset = name
            if name in synsets:
                report.problem(number, f"synset &{name} defined again (first at line {synset_lines[name]}); words merged")
            else:
                synsets[name] = []
                synset_lines[name] = number
                report.synsets += 1
            continue
        if body.startswith("+") and block is None and current_synset is not None:
            word = body[1:].strip()
            if word.startswith("&"):
                entry = word.upper()
            else:
                entry = _word(word)
            if entry and entry not in synsets[current_synset]:
                synsets[current_synset].append(entry)
                report.synset_words += 1
            continue
        match = _BLOCK.match(body)
        if match:
            current_synset = None
            code = match.group("code").strip() or "---"
            block = {
                "id": match.group("name").strip().upper().replace(" ", "_") or f"BLOCK_{number}",
                "code": code,
                "line": number,
                "verbs": [],
                "patterns": [],
            }
            if not _valid_pair(code) or not known(code):
                report.problem(number, f"block code [{code}] is not a CAMEO code; block kept with no default code")
                block["code"] = "---"
            blocks.append(block)
            report.blocks += 1
            continue
        if body.startswith("~"):
            report.transformations += 1
            report.problem(number, f"transformation rule not expressible in the YAML format: {body}")
            continue
        if block is None:
            if body.startswith("+") or body.startswith("&"):
                report.problem(number, f"synset word outside a synset: {body}")
            else:
                report.problem(number, f"line outside any verb block ignored: {body}")
            continue
        if body.startswith("*"):
            report.problem(number, f"pattern line without its leading '-' read as a pattern: {body}", "note")
            body = "- " + body
        if body.startswith("-"):
            report.patterns += 1
            pattern_body = body[1:].strip()
            code_match = None
            for code_match in _CODE.finditer(pattern_body):
                pass
            if code_match is None:
                report.problem(number, f"pattern without a [code]: {body}", "error")
                continue
            code = code_match.group("code").strip().upper()
            text = _pattern_text(pattern_body[: code_match.start()].strip())
            if "*" not in text.split() and "*" not in text:
                report.problem(number, f"pattern without a verb position '*': {body}", "error")
                continue
            if not _valid_pair(code) or not known(code):
                report.problem(number, f"pattern code [{code}] is not a CAMEO code; pattern not written: {body}")
                continue
            block["patterns"].append({"pattern": text, "code": code, "line": number, "note": note})
            report.patterns_written += 1
            continue
        # A verb line: VERB {FORMS} [code] or +PHRASAL_VERB {+FORMS}.
        verb_text = body
        own_code = None
        code_match = _CODE.search(verb_text)
        if code_match:
            own_code = code_match.group("code").strip()
            verb_text = (verb_text[: code_match.start()] + verb_text[code_match.end():]).strip()
            if not _valid_pair(own_code) or not known(own_code):
                report.problem(number, f"verb code [{own_code}] is not a CAMEO code; verb uses the block code")
                own_code = None
        forms: list[str] = []
        if "{" in verb_text:
            head_text, _, rest = verb_text.partition("{")
            inner, _, trailing = rest.partition("}")
            forms = [_verb_phrase(f).replace("+", "") for f in inner.split() if f.strip()]
            verb_text = (head_text + " " + trailing).strip()
        words = verb_text.split()
        if not words:
            report.problem(number, f"verb line without a verb: {body}", "error")
            continue
        if len(words) > 1:
            report.problem(number, f"extra words after the verb ignored: {' '.join(words[1:])}")
        lemma = _verb_phrase(words[0])
        verb_record: dict = {"verb": lemma, "line": number}
        if own_code:
            verb_record["code"] = own_code
        if forms:
            verb_record["forms"] = forms
            report.forms += len(forms)
        block["verbs"].append(verb_record)
        report.verbs += 1

    known_synsets = {name.upper() for name in synsets}
    synset_words = {name.upper(): tuple(words) for name, words in synsets.items()}
    for blk in blocks:
        kept = []
        seen: dict[str, dict] = {}
        for pat in blk["patterns"]:
            key = " ".join(pat["pattern"].split())
            if key in seen:
                first = seen[key]
                what = "repeats" if first["code"] == pat["code"] else f"is shadowed by [{first['code']}] at"
                report.problem(pat["line"], f"pattern {pat['pattern']!r} [{pat['code']}] {what} line {first['line']}: not written")
                report.patterns_written -= 1
                continue
            seen[key] = pat
            missing = [ref for ref in re.findall(r"&([A-Za-z0-9_]+)", pat["pattern"]) if ref.upper() not in known_synsets]
            if missing:
                report.problem(pat["line"], f"pattern uses undefined synset &{missing[0]}; it could never match: not written")
                report.patterns_written -= 1
                continue
            try:
                compile_pattern(PatternSpec(pat["pattern"], pat["code"]), synset_words)
            except PatternSyntaxError as exc:
                report.problem(pat["line"], f"pattern {pat['pattern']!r} cannot be read ({exc}): not written")
                report.patterns_written -= 1
                continue
            kept.append(pat)
        blk["patterns"] = kept
        if not blk["verbs"]:
            report.problem(blk["line"], f"verb block {blk['id']} lists no verbs; its patterns can never match", "warning")

    return label, synsets, blocks, report


def _valid_pair(code: str) -> bool:
    """``050``, ``---`` and paired codes like ``040:040`` or ``:190``."""
    parts = code.split(":")
    if len(parts) > 2:
        return False
    return all(p == "" or _VALID_CODE.match(p) for p in parts) and any(parts)


def _render(label: str, synsets: dict[str, list[str]], blocks: list[dict]) -> str:
    out = [
        f"# Converted from {label} (PETRARCH verb dictionary) by `eventcoder convert-petrarch`.",
        "# Copyright (c) 2015 Open Event Data Alliance, MIT License; see dictionaries/LICENSE-PETRARCH.",
        "kind: verbs",
        "synsets:",
    ]
    for name, words in synsets.items():
        out.append(f"  {name}: [{', '.join(_quote(w) for w in words)}]")
    if not synsets:
        out.pop()
    if not blocks:
        return "\n".join(out) + "\n"
    out.append("verbs:")
    for blk in blocks:
        out.append(f"  - id: {_quote(blk['id'])}")
        out.append(f"    code: {_code_value(blk['code'])}")
        out.append("    verbs:")
        if not blk["verbs"]:
            out[-1] = "    verbs: []"
        for verb in blk["verbs"]:
            fields = [f"verb: {_quote(verb['verb'])}"]
            if "code" in verb:
                fields.append(f"code: {_code_value(verb['code'])}")
            if verb.get("forms"):
                fields.append(f"forms: [{', '.join(_quote(f) for f in verb['forms'])}]")
            if len(fields) == 1:
                out.append(f"      - {_quote(verb['verb'])}")
            else:
                out.append(f"      - {{{', '.join(fields)}}}")
        if blk["patterns"]:
            out.append("    patterns:")
            for pat in blk["patterns"]:
                fields = [f"pattern: {_quote(pat['pattern'])}", f"code: {_code_value(pat['code'])}"]
                if pat["note"]:
                    fields.append(f"note: {_quote(pat['note'])}")
                out.append(f"      - {{{', '.join(fields)}}}")
    return "\n".join(out) + "\n"
