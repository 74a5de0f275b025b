"""Load and validate verbs YAML (synsets + verb blocks) into schema entries."""

from __future__ import annotations

import re
from pathlib import Path

from .schema import Origin, PatternSpec, Synset, VerbBlock, VerbForm
from .yamlio import DictionaryError, Problem, line_of, load_yaml

_CODE = re.compile(r"^(---|[0-9]{2,4}[0-9A-Za-z]?)$")
_BLOCK_KEYS = {"id", "code", "verbs", "patterns", "note", "amend"}
_VERB_KEYS = {"verb", "code", "forms", "note"}
_PATTERN_KEYS = {"pattern", "code", "note"}


def valid_code(code: str) -> bool:
    """A CAMEO code, ``---`` (no event), or a paired code ``A:B`` (source->target : target->source)."""
    parts = str(code).split(":")
    if len(parts) > 2 or not any(parts):
        return False
    return all(p == "" or _CODE.match(p) for p in parts)


def _listed(node: dict, key: str, what: str, bad) -> list:
    """The list under ``key`` (none: empty); anything else is reported, not iterated
    (``verbs: 1`` would otherwise be a TypeError, ``verbs: abc`` three one-letter verbs)."""
    value = node.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        bad(node, f"{what}: `{key}:` must be a list, got {type(value).__name__}")
        return []
    return value


def load_verbs(path: str | Path, data=None) -> tuple[list[Synset], list[VerbBlock]]:
    """Read one verbs file; every problem is collected and raised together as a DictionaryError.

    Synsets may be defined in another file of the same set: references are checked when the
    whole set is compiled (an undefined ``&NAME`` is then reported at the pattern's line).
    """
    path = Path(path)
    name = str(path)
    if data is None:
        data = load_yaml(path)
    problems: list[Problem] = []

    def bad(node, message: str, severity: str = "error") -> None:
        problems.append(Problem(name, line_of(node, line_of(data)), message, severity))

    if not isinstance(data, dict) or data.get("kind") != "verbs":
        raise DictionaryError([Problem(name, line_of(data, 1), "not a verbs file (expected `kind: verbs`)")])
    for key in data:
        if key not in ("kind", "synsets", "verbs"):
            bad(data, f"unknown top-level key {key!r} (expected synsets, verbs)")

    synsets: list[Synset] = []
    raw_synsets = data.get("synsets") or {}
    if not isinstance(raw_synsets, dict):
        bad(raw_synsets, "synsets must be a mapping NAME: [words]")
        raw_synsets = {}
    for syn_name, words in raw_synsets.items():
        amend = False
        node = words
        if isinstance(words, dict):
            # NAME: {amend: true, words: [...]} adds to the earlier layer's synset NAME.
            for key in words:
                if key not in ("amend", "words"):
                    bad(words, f"synset {syn_name}: unknown key {key!r} (expected amend, words)")
            amend = words.get("amend", False)
            if amend is not True:
                bad(words, f"synset {syn_name}: a mapping amends an earlier synset and needs `amend: true`, "
                           f"got {amend!r}; a synset of its own is a plain list")
                continue
            words = words.get("words")
        if not isinstance(words, list) or not words:
            bad(words if words is not None else node, f"synset {syn_name} must be a non-empty list of words")
            continue
        clean = []
        for word in words:
            if not isinstance(word, str) or not word.strip():
                bad(words, f"synset {syn_name}: empty or non-text word {word!r}")
                continue
            clean.append(word.strip())
        synsets.append(Synset(str(syn_name).upper(), clean, Origin(name, line_of(node)), amend))

    blocks: list[VerbBlock] = []
    raw_blocks = data.get("verbs") or []
    if not isinstance(raw_blocks, list):
        bad(raw_blocks, "verbs must be a list of verb blocks")
        raw_blocks = []
    seen_ids: dict[str, int] = {}
    for raw in raw_blocks:
        if not isinstance(raw, dict):
            bad(raw_blocks, f"verb block must be a mapping, got {raw!r}")
            continue
        for key in raw:
            if key not in _BLOCK_KEYS:
                bad(raw, f"unknown key {key!r} in verb block (expected {', '.join(sorted(_BLOCK_KEYS))})")
        block_id = str(raw.get("id") or "").strip()
        if not block_id:
            bad(raw, "verb block without an id")
            continue
        if block_id in seen_ids:
            bad(raw, f"duplicate verb block id {block_id!r} (first at line {seen_ids[block_id]})")
        seen_ids[block_id] = line_of(raw)
        code = str(raw.get("code", "---"))
        if not valid_code(code):
            bad(raw, f"block {block_id}: invalid code {code!r}")
            code = "---"
        verbs = []
        for verb in _listed(raw, "verbs", f"block {block_id}", bad):
            if isinstance(verb, str):
                verb = {"verb": verb}
                vline = line_of(raw.get("verbs"))
            elif isinstance(verb, dict):
                vline = line_of(verb)
                for key in verb:
                    if key not in _VERB_KEYS:
                        bad(verb, f"unknown key {key!r} in verb entry")
            else:
                bad(raw, f"block {block_id}: verb entry must be text or a mapping")
                continue
            lemma = str(verb.get("verb") or "").strip().lower()
            if not lemma:
                bad(verb, f"block {block_id}: verb entry without a verb")
                continue
            own = verb.get("code")
            if own is not None and not valid_code(str(own)):
                bad(verb, f"verb {lemma!r}: invalid code {own!r}")
                own = None
            verbs.append(VerbForm(lemma, None if own is None else str(own), Origin(name, vline)))
            for form in _listed(verb, "forms", f"verb {lemma!r}", bad):
                verbs.append(VerbForm(str(form).lower(), None if own is None else str(own), Origin(name, vline), inflected=True))
        if not verbs and not raw.get("amend"):
            bad(raw, f"block {block_id} lists no verbs: its patterns can never match", "warning")
        patterns = []
        for pat in _listed(raw, "patterns", f"block {block_id}", bad):
            if not isinstance(pat, dict):
                bad(raw, f"block {block_id}: pattern must be a mapping with pattern and code")
                continue
            for key in pat:
                if key not in _PATTERN_KEYS:
                    bad(pat, f"unknown key {key!r} in pattern")
            text = str(pat.get("pattern") or "").strip()
            pcode = str(pat.get("code", ""))
            if "*" not in text:
                bad(pat, f"pattern {text!r} has no verb position '*'")
                continue
            if not valid_code(pcode):
                bad(pat, f"pattern {text!r}: invalid code {pcode!r}")
                continue
            patterns.append(PatternSpec(text, pcode, Origin(name, line_of(pat))))
        amend = raw.get("amend", False)
        if not isinstance(amend, bool):
            bad(raw, f"block {block_id}: amend must be true or false, got {amend!r}")
            amend = False
        if amend and "code" in raw:
            bad(raw, f"block {block_id}: an amending block keeps the block's code; give verbs their own `code:` instead")
        blocks.append(VerbBlock(block_id, None if code == "---" else code, verbs, patterns, Origin(name, line_of(raw)), amend))


    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise DictionaryError(problems)
    return synsets, blocks
