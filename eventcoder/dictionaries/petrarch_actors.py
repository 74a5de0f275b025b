"""Convert PETRARCH/TABARI actor, agent, discard and issue lists into eventcoder's YAML.

Each ``convert_*`` function reads one PETRARCH text file and returns ``(yaml_text, report)``.
The report counts what was read and written and lists, as ``file:line`` problems, every
item whose meaning could not be carried over exactly (``report.problems``) and every
faithful rewrite a reviewer may want to know about (``report.notes``): nothing is dropped
silently. The output is deterministic, so re-running gives byte-identical files.

How the formats are read (from the files' header comments and PETRARCH's readers):

* Comments: ``#`` to the end of the line, lines starting with ``<!``, and ``<!-- ... -->``
  (also over several lines).
* Actors: a primary line ``NAME [CODE]``, ``+SYNONYM`` lines, and codes either on the primary
  line or on following indented lines ``[CODE]``, ``[CODE <date]``, ``[CODE >date]``,
  ``[CODE date-date]``.  Dates are ``YYMMDD`` (``00``-``30`` -> 20YY, else 19YY) or
  ``YYYYMMDD``; every bound is inclusive.  Where restrictions overlap, the one listed first
  wins (TABARI), except that a restriction ending on the day another one starts gives that
  handover day to the one starting (UniversalPetrarch); the converter writes the resulting
  non-overlapping ranges.  ``_`` joins words; a trailing ``_`` (TABARI: "no stem") goes,
  since eventcoder always matches whole words.
* Agents: ``NAME {PLURAL} [~CODE]`` (suffix) or ``[CODE~]`` (prefix); ``{}`` = no generated
  plural; ``!SET! = A, B`` defines a substitution set used as ``CONGRESS!PERSON!``.
* Discards: one phrase a line; ``+`` = the whole story is discarded.
* Issues: ``<ISSUE CATEGORY="...">`` sections of ``phrase [ISSUE]`` lines; ``n:``/``v:`` ask
  for noun/verb forms (eventcoder matches lemmas, so the marker just goes); ``a+b`` stands
  for ``a b`` and ``a-b``; ``~phrase`` / ``~~phrase`` exclude the section's issues from the
  sentence / story.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from pathlib import Path
from typing import Callable, Iterator, Optional

import attrs

from .yamlio import Problem

ATTRIBUTION = "Copyright (c) 2015 Open Event Data Alliance, MIT License"
GENERATOR = "converted by eventcoder convert-petrarch"

_CODE_RE = re.compile(r"^(?:---|[A-Z0-9]+(?:/[A-Z0-9]+)*)$")
_BRACKET = re.compile(r"\[([^\]\[]*)\]")
_DATED = re.compile(
    r"^(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<d>\S+)|(?P<d1>\d+)\s*-\s*(?P<d2>\d+))?$"
)


# --------------------------------------------------------------------------- report


@attrs.define
class ConversionReport:
    """What one conversion read and wrote, and every item that needs a human look."""

    file: str
    kind: str
    entries_read: int = 0
    entries_written: int = 0
    names: int = 0
    dated_codes: int = 0
    entries_merged: int = 0  # read entries written as part of another entry
    entries_dropped: int = 0  # read entries not written at all (each one reported)
    entries_split: int = 0  # extra entries for names shared by several source entries
    problems: list[Problem] = attrs.Factory(list)  # meaning not carried over exactly
    notes: list[Problem] = attrs.Factory(list)  # faithful rewrites worth knowing about

    def problem(self, line: int, message: str) -> None:
        item = Problem(self.file, line, message, "warning")
        if item not in self.problems[-50:]:
            self.problems.append(item)

    def note(self, line: int, message: str) -> None:
        item = Problem(self.file, line, message, "note")
        if item not in self.notes[-50:]:
            self.notes.append(item)

    def summary(self) -> str:
        return (
            f"{self.file}: {self.kind}: {self.entries_read} entries read, {self.entries_written} written, "
            f"{self.entries_merged} merged, {self.entries_dropped} dropped, {self.entries_split} split, "
            f"{self.names} names, {self.dated_codes} dated codes, {len(self.problems)} problems, "
            f"{len(self.notes)} notes"
        )


# --------------------------------------------------------------------------- reading


def _source_lines(path: Path, report: ConversionReport) -> Iterator[tuple[int, str]]:
    """Yield ``(line_number, text)`` with comments removed and blank lines skipped.

    Leading whitespace is kept (indentation means "code line" in actor files).
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raw = path.read_text(encoding="latin-1")
        report.note(0, "file is not UTF-8; read as Latin-1")
    in_comment = False
    for number, line in enumerate(raw.splitlines(), 1):
        if in_comment:
            end = line.find("-->")
            if end < 0:
                continue
            line = line[end + 3 :]
            in_comment = False
        elif line.lstrip().startswith("<!") and not line.lstrip().startswith("<!--"):
            continue  # "<! -- ... -->": PETRARCH skips any line starting with "<!"
        while "<!--" in line:
            before, _, after = line.partition("<!--")
            end = after.find("-->")
            if end < 0:
                line, in_comment = before, True
                break
            line = before + after[end + 3 :]
        if "#" in line:
            line = line[: line.index("#")]
        if line.strip():
            yield number, line.rstrip()


# --------------------------------------------------------------------------- names

_LOWER_PARTICLES = {
    "of", "the", "and", "for", "in", "on", "at", "to", "de", "del", "della", "der", "den", "des",
    "la", "le", "les", "el", "al", "du", "da", "di", "dos", "das", "do", "van", "von", "bin",
    "ibn", "bint", "et", "und",
}  # fmt: skip
# cosmetic only (matching ignores case): well-known acronyms that contain vowels
_ACRONYMS = {
    "UN", "US", "UK", "EU", "AU", "USA", "UAE", "USSR", "NGO", "NATO", "OPEC", "ASEAN", "ECOWAS",
    "IMF", "PLO", "UNHCR", "UNICEF", "UNESCO", "UNDP", "UNIFIL", "UNRWA", "IAEA", "ICRC", "OAS",
    "OAU", "OSCE", "OECD", "WTO", "WHO", "WFP", "FAO", "ILO", "IOM", "IRA", "ETA", "ANC", "FARC",
    "ISIS", "ISIL", "AQIM", "AQAP", "SADC", "IGAD", "CIA", "FBI", "KGB", "BBC", "CNN", "AFP", "EEC",
    "UNITA", "SWAPO", "RUF", "SPLA", "SPLM", "NLD", "MDC", "ZANU",
}  # fmt: skip
_ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})$")
_VOWELS = set("AEIOUY")


def _cased_part(part: str, first: bool, style: str) -> str:
    """Cosmetic casing of one all-upper-case word part (matching ignores case anyway)."""
    letters = [c for c in part if c.isalpha()]
    if not letters:
        return part
    if (
        part in _ACRONYMS
        or (not first and _ROMAN.match(part))
        or "." in part
        or any(c.isdigit() for c in part)
        or not (_VOWELS & set(unicodedata.normalize("NFKD", part).upper()))
    ):
        return part
    low = part.lower()
    if style == "lower" or (not first and low in _LOWER_PARTICLES):
        return low
    return part[0].upper() + part[1:].lower()


def _cased_word(word: str, first: bool, style: str) -> str:
    if any(c.islower() for c in word) or word.startswith("("):
        return word  # written with care in the source (or a parenthesised acronym): keep
    parts = re.split(r"(-)", word)
    return "".join(p if p == "-" else _cased_part(p, first and i == 0, style) for i, p in enumerate(parts))


def _natural(words: list[str], style: str) -> str:
    """``["MINAS", "TIRITH"]`` -> ``"Minas Tirith"`` (style ``title``) or ``"minas tirith"``."""
    return " ".join(_cased_word(w, i == 0, style) for i, w in enumerate(words))


def _split_name(text: str) -> tuple[list[str], bool]:
    """PETRARCH name -> words; also whether a blank (not ``_``) separated two words.

    A trailing ``_`` only said "do not stem" in TABARI: eventcoder matches whole words.
    """
    text = text.strip()
    gap = re.search(r"[^_\s]\s+[^_\s]", text) is not None
    words = [w for w in re.split(r"[_\s]+", text) if w]
    return words, gap


def fold(text: str) -> str:
    """Key for duplicate detection: case- and diacritic-insensitive, single spaces."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(plain.split())


def default_id(name: str) -> str:
    """The id an entry gets when none is written: its first name, upper case, ``_`` joined."""
    if name.isascii():
        return _NON_ALNUM.sub("_", name).strip("_").upper()
    folded = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return _NON_ALNUM.sub("_", plain).strip("_").upper()


_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


# --------------------------------------------------------------------------- YAML text

_PLAIN = re.compile(r"^[^\W\d_][\w .'()/&+\-]*$")
_RESERVED = {"yes", "no", "true", "false", "on", "off", "null", "y", "n", "~"}


def scalar(text: str) -> str:
    """A YAML scalar for ``text``: plain when that reads back as the same string, else quoted."""
    if _PLAIN.match(text) and not text.endswith(" ") and text.lower() not in _RESERVED and " -" not in text:
        return text
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 32:
            out.append(f"\\x{ord(ch):02x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def flow_list(items: list[str], indent: int, first_width: int, width: int = 96) -> str:
    """``[a, b, c]`` wrapped at ``width`` columns; continuation lines indented by ``indent``."""
    parts = [scalar(i) for i in items]
    lines: list[str] = []
    current = "["
    room = width - first_width
    for i, part in enumerate(parts):
        piece = part + ("," if i < len(parts) - 1 else "]")
        if current != "[" and len(current) + 1 + len(piece) > room:
            lines.append(current)
            current = " " * indent + piece
            room = width
        else:
            current = current + ("" if current.endswith("[") else " ") + piece
    if not parts:
        current = "[]"
    lines.append(current)
    return "\n".join(lines)


def _header(source: str, what: str) -> list[str]:
    return [
        f"# {what} converted from the PETRARCH dictionary {source}",
        f"# {ATTRIBUTION}",
        f"# {GENERATOR}; see docs/dictionaries.md for the format.",
    ]


# --------------------------------------------------------------------------- dates


def parse_petrarch_date(text: str) -> _dt.date:
    """``YYMMDD`` (00-30 -> 20YY, else 19YY, as KEDS/TABARI/PETRARCH) or ``YYYYMMDD``."""
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"date {text!r} is neither YYMMDD nor YYYYMMDD")
    if len(text) == 6:
        yy = int(text[:2])
        year = 2000 + yy if yy <= 30 else 1900 + yy
        month, day = int(text[2:4]), int(text[4:6])
    else:
        year, month, day = int(text[:4]), int(text[4:6]), int(text[6:8])
    try:
        return _dt.date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"date {text!r}: {exc}") from None


_ONE_DAY = _dt.timedelta(days=1)


@attrs.define
class _Restriction:
    code: str
    start: Optional[_dt.date]
    end: Optional[_dt.date]
    line: int


def _subtract(
    pieces: list[tuple[Optional[_dt.date], Optional[_dt.date]]], start, end
) -> list[tuple[Optional[_dt.date], Optional[_dt.date]]]:
    """Remove the closed range ``[start, end]`` (None = open) from each piece."""
    out = []
    for ps, pe in pieces:
        # no overlap?
        if (end is not None and ps is not None and ps > end) or (start is not None and pe is not None and pe < start):
            out.append((ps, pe))
            continue
        if start is not None and (ps is None or ps < start):
            out.append((ps, start - _ONE_DAY))
        if end is not None and (pe is None or pe > end):
            out.append((end + _ONE_DAY, pe))
    return out


def _fmt_range(start, end) -> str:
    if start is None and end is None:
        return "(undated)"
    if start is None:
        return f"until {end.isoformat()}"
    if end is None:
        return f"from {start.isoformat()}"
    return f"{start.isoformat()}..{end.isoformat()}"


def resolve_restrictions(
    restrictions: list[_Restriction], report: ConversionReport
) -> list[tuple[str, Optional[_dt.date], Optional[_dt.date]]]:
    """PETRARCH's ordered, possibly overlapping restrictions -> disjoint inclusive ranges.

    1. A restriction ending on the day a later-listed one starts gives that day to the later
       one (a handover date belongs to the new code).
    2. Otherwise the restriction listed first wins where two overlap (TABARI's first match).
    Ranges of one code that touch are merged again afterwards.
    """
    ranges = [[r.start, r.end] for r in restrictions]
    for i, ri in enumerate(restrictions):
        for rj in restrictions[i + 1 :]:
            start, end = ranges[i]
            if (
                end is not None
                and rj.start is not None
                and end == rj.start
                and (start is None or start < end)
            ):
                ranges[i][1] = end - _ONE_DAY
                report.note(
                    ri.line,
                    f"{ri.code} {_fmt_range(ri.start, ri.end)} ends on the day {rj.code} (line {rj.line}) "
                    f"starts: that day goes to {rj.code}",
                )
    taken: list[tuple[Optional[_dt.date], Optional[_dt.date]]] = []
    result: list[tuple[str, Optional[_dt.date], Optional[_dt.date]]] = []
    for r, (start, end) in zip(restrictions, ranges):
        pieces = [(start, end)]
        for ts, te in taken:
            pieces = _subtract(pieces, ts, te)
        if not pieces:
            report.note(
                r.line,
                f"{r.code} {_fmt_range(r.start, r.end)} never applies: earlier restrictions cover it",
            )
            continue
        if pieces != [(r.start, r.end)] and pieces != [(start, end)]:
            shown = ", ".join(_fmt_range(s, e) for s, e in pieces)
            report.note(
                r.line,
                f"{r.code} {_fmt_range(r.start, r.end)} overlaps earlier restrictions (which win): written as {shown}",
            )
        taken.append((start, end))
        result.extend((r.code, s, e) for s, e in pieces)
    # sort by start (open start first) and merge touching ranges of the same code
    result.sort(key=lambda x: (x[1] is not None, x[1] or _dt.date.min))
    merged: list[tuple[str, Optional[_dt.date], Optional[_dt.date]]] = []
    for code, s, e in result:
        if merged:
            pc, ps, pe = merged[-1]
            if pc == code and pe is not None and s is not None and pe + _ONE_DAY == s:
                merged[-1] = (code, ps, e)
                continue
        merged.append((code, s, e))
    return merged


# --------------------------------------------------------------------------- actors


@attrs.define
class _RawActor:
    line: int
    names: list[tuple[int, str]] = attrs.Factory(list)
    codes: list[tuple[int, str]] = attrs.Factory(list)


def _parse_code(content: str, line: int, report: ConversionReport):
    """``HOB <950601`` -> ``("HOB", None, date)``; None (reported) when unreadable."""
    text = " ".join(content.split())
    m = _DATED.match(text)
    if not m:
        report.problem(line, f"code [{content}] not understood; dropped")
        return None
    code = m.group("code")
    if code != code.upper():
        report.note(line, f"code {code!r} upper-cased to {code.upper()!r}")
        code = code.upper()
    if not _CODE_RE.match(code):
        report.problem(line, f"code {code!r} is not a valid actor code (A-Z, 0-9, '/', or ---); dropped")
        return None
    try:
        if m.group("op"):
            day = parse_petrarch_date(m.group("d"))
            return (code, None, day) if m.group("op") == "<" else (code, day, None)
        if m.group("d1"):
            start, end = parse_petrarch_date(m.group("d1")), parse_petrarch_date(m.group("d2"))
            if end < start:
                report.problem(line, f"code [{content}]: end date before start date; dropped")
                return None
            return code, start, end
    except ValueError as exc:
        report.problem(line, f"code [{content}]: {exc}; dropped")
        return None
    return code, None, None


def _read_actor_blocks(path: Path, report: ConversionReport) -> list[_RawActor]:
    entries: list[_RawActor] = []
    for number, text in _source_lines(path, report):
        body = text.strip()
        if body.startswith("+"):
            if not entries:
                report.problem(number, f"synonym {body!r} before any actor; dropped")
                continue
            name_part, codes, rest = _split_brackets(body[1:], number, report)
            entries[-1].names.append((number, name_part))
            entries[-1].codes.extend((number, c) for c in codes)
            if codes:
                report.note(number, "code written on a synonym line applies to the whole entry")
            continue
        if body.startswith("["):
            if not entries:
                report.problem(number, f"code line {body!r} before any actor; dropped")
                continue
            _, codes, _ = _split_brackets(body, number, report)
            entries[-1].codes.extend((number, c) for c in codes)
            continue
        if text[0] in " \t":
            report.note(number, "indented line that is neither a code nor a synonym: read as a new actor")
        report.entries_read += 1
        name_part, codes, _ = _split_brackets(body, number, report)
        entry = _RawActor(number)
        entry.names.append((number, name_part))
        entry.codes.extend((number, c) for c in codes)
        entries.append(entry)
    return entries


def _split_brackets(body: str, number: int, report: ConversionReport) -> tuple[str, list[str], str]:
    """``NAME [A] [B 990101-991231]`` -> ``("NAME", ["A", "B 990101-991231"], rest)``."""
    first = body.find("[")
    if first < 0:
        return body.strip(), [], ""
    name = body[:first].strip()
    tail = body[first:]
    if "]" not in tail and "}" in tail:
        report.note(number, "code closed with '}' instead of ']'; read as ']'")
        tail = tail.replace("}", "]")
    codes = _BRACKET.findall(tail)
    rest = _BRACKET.sub(" ", tail).strip()
    if rest:
        report.problem(number, f"text {rest!r} outside the code brackets; ignored")
    return name, codes, rest


_RUN_TOGETHER = re.compile(r"(?<=[\s_])\+|\+(?=[\s_])")


def _actor_names(raw: list[tuple[int, str]], report: ConversionReport, style: str) -> list[tuple[int, str]]:
    out = []
    for number, text in raw:
        pieces = [text]
        if _RUN_TOGETHER.search(text.strip()):  # "ISLAMI+_ISLAMIC", "TAIOAN_ +TAWIAN" (not "B+H")
            pieces = [p for p in _RUN_TOGETHER.split(text) if p.strip(" _")]
            report.problem(number, f"name {text!r}: a '+' starts a second name (a missing line break?): written as {len(pieces)} names")
        for piece in pieces:
            words, gap = _split_name(piece)
            if not words:
                report.problem(number, f"empty name {text!r}; dropped")
                continue
            if gap:
                report.problem(
                    number,
                    f"name {piece.strip()!r}: a blank between words let TABARI skip intervening words; "
                    "written as a consecutive phrase",
                )
            out.append((number, _natural(words, style)))
    return out


def _block_codes(block: _RawActor, report: ConversionReport) -> list:
    """Parsed code items of one block, in order: ``_Restriction`` or ``(line, code)`` defaults."""
    items: list = []
    for number, content in block.codes:
        parsed = _parse_code(content, number, report)
        if parsed is None:
            continue
        code, start, end = parsed
        if start is None and end is None:
            items.append((number, code))
        else:
            items.append(_Restriction(code, start, end, number))
    return items


def _resolve_items(items: list, report: Optional[ConversionReport], who: str):
    """Code items -> ``(default, dated)``; repeated items are skipped (they can never apply)."""
    restrictions: list[_Restriction] = []
    default: Optional[str] = None
    default_line = 0
    seen_r: set[tuple] = set()
    for item in items:
        if isinstance(item, _Restriction):
            key = (item.code, item.start, item.end)
            if key in seen_r:
                continue
            seen_r.add(key)
            restrictions.append(item)
        else:
            number, code = item
            if default is None:
                default, default_line = code, number
            elif code != default and report is not None:
                report.problem(
                    number,
                    f"second undated code {code} for {who!r} ignored (the first, {default} at line "
                    f"{default_line}, is the default)",
                )
    dated = resolve_restrictions(restrictions, report if report is not None else _NullReport())
    return default, tuple(dated)


class _NullReport(ConversionReport):
    """Swallows notes: used to compare signatures without reporting twice."""

    def __init__(self) -> None:
        super().__init__("", "")

    def problem(self, line: int, message: str) -> None:
        pass

    def note(self, line: int, message: str) -> None:
        pass


def convert_actors(path: str | Path, *, source_label: Optional[str] = None) -> tuple[str, ConversionReport]:
    """Read a PETRARCH/TABARI ``.actors`` file and return ``(yaml_text, report)``.

    Two readings follow PETRARCH rather than the letter of each line:

    * a primary line with no code of its own, followed by another primary line, shares the
      codes of the entry that follows (PETRARCH-1 stored it under the next code list; the
      Phoenix files rely on this for lists of name variants);
    * entries that share a name are one actor: PETRARCH (UniversalPetrarch) appended the
      second entry's codes to the first's for that name, so the converter merges them.
    """
    path = Path(path)
    label = source_label or path.name
    report = ConversionReport(label, "actors")
    raw_blocks = _read_actor_blocks(path, report)

    # 1. codeless primary lines join the next entry
    blocks: list[_RawActor] = []
    pending: list[_RawActor] = []
    for block in raw_blocks:
        if not block.codes:
            pending.append(block)
            continue
        if pending:
            for p in pending:
                report.note(
                    p.line,
                    f"actor {p.names[0][1].strip()!r} has no code of its own: it joins the entry at line "
                    f"{block.line}, whose codes follow (as PETRARCH read it)",
                )
                report.entries_merged += 1
            block.names = [n for p in pending for n in p.names] + block.names
            block.line = pending[0].line
            pending = []
        blocks.append(block)
    for p in pending:
        report.problem(p.line, f"actor {p.names[0][1].strip()!r} has no code; entry not written")
        report.entries_dropped += 1

    # 2. a name listed in several entries keeps the codes of all of them, in file order
    block_names = [_actor_names(block.names, report, "title") for block in blocks]
    block_items = [_block_codes(block, report) for block in blocks]
    own_sig = [_resolve_items(items, None, "") for items in block_items]
    name_blocks: dict[str, list[int]] = {}
    for index, names in enumerate(block_names):
        for _, name in names:
            where = name_blocks.setdefault(fold(name), [])
            if index not in where:
                where.append(index)

    # entry key: (first block of the name, resolved codes); names with equal keys share an entry
    entries: dict[tuple, dict] = {}
    written_blocks: set[int] = set()
    for index, names in enumerate(block_names):
        for number, name in names:
            key = fold(name)
            where = name_blocks[key]
            if where[0] != index:
                first = where[0]
                if own_sig[index] == own_sig[first] and _sig_of(where, block_items) == own_sig[first]:
                    report.note(number, f"name {name!r} repeats the actor at line {blocks[first].line} with the same codes")
                continue
            sig = own_sig[index] if len(where) == 1 else _sig_of(where, block_items)
            entry = entries.setdefault((index, sig), {"names": [], "keys": set(), "blocks": where, "line": number})
            if key in entry["keys"]:
                report.note(number, f"name {name!r} repeated within its entry")
                continue
            entry["keys"].add(key)
            entry["names"].append(name)
            written_blocks.add(index)
            if len(where) > 1 and sig != own_sig[index]:
                others = ", ".join(str(blocks[b].line) for b in where[1:])
                report.note(
                    number,
                    f"name {name!r} is also listed at line {others}: it keeps the codes of every entry, "
                    "in file order (as UniversalPetrarch appends them), so it is written as an entry of its own",
                )
    for index, block in enumerate(blocks):
        if index not in written_blocks and block_names[index]:
            report.note(block.line, f"actor {block.names[0][1].strip()!r}: every name is listed earlier; merged there")
            report.entries_merged += 1
        elif not block_names[index]:
            report.problem(block.line, f"actor {block.names[0][1].strip()!r} has no usable name; entry not written")
            report.entries_dropped += 1

    used_ids: set[str] = set()
    out = _header(label, "Actors")
    out += ["kind: actors", "actors:"]
    seen_blocks: set[int] = set()
    for (index, _sig), entry in entries.items():
        items = [item for b in entry["blocks"] for item in block_items[b]]
        primary = blocks[index].names[0][1].strip()
        default, dated = _resolve_items(items, report, primary)
        if index in seen_blocks:
            report.entries_split += 1
        seen_blocks.add(index)
        if default is None and not dated:
            report.problem(entry["line"], f"actor {primary!r} has no usable code; {len(entry['names'])} name(s) not written")
            report.entries_dropped += 1
            continue
        out += _actor_yaml(entry["names"], default, dated, used_ids)
        report.entries_written += 1
        report.names += len(entry["names"])
        report.dated_codes += len(dated)
    return "\n".join(out) + "\n", report


def _sig_of(blocks: list[int], block_items: list[list]):
    return _resolve_items([item for b in blocks for item in block_items[b]], None, "")


def _entry_id(names: list[str], used_ids: set[str]) -> Optional[str]:
    """None when the default id (from the first name) is free, else an explicit unique id."""
    base = default_id(names[0]) or "ENTRY"
    if base not in used_ids:
        used_ids.add(base)
        return None
    n = 2
    while f"{base}_{n}" in used_ids:
        n += 1
    used_ids.add(f"{base}_{n}")
    return f"{base}_{n}"


def _actor_yaml(names, default, dated, used_ids) -> list[str]:
    lines = []
    explicit = _entry_id(names, used_ids)
    lead = "  - "
    if explicit:
        lines.append(f"{lead}id: {explicit}")
        lead = "    "
    lines.append(f"{lead}names: " + flow_list(names, 6, len(lead) + 7))
    if not dated:
        lines.append(f"    code: {scalar(default)}")
        return lines
    lines.append("    codes:")
    for code, start, end in dated:
        fields = [f"code: {scalar(code)}"]
        if start:
            fields.append(f"from: {start.isoformat()}")
        if end:
            fields.append(f"until: {end.isoformat()}")
        lines.append("      - {" + ", ".join(fields) + "}")
    if default:
        lines.append(f"      - {{code: {scalar(default)}}}")
    return lines


# --------------------------------------------------------------------------- agents

_MARKER_DEF = re.compile(r"^\s*!([^!\s]+)!\s*=\s*(.*)$")
_MARKER_USE = re.compile(r"!([^!\s]*)!")


def convert_agents(path: str | Path, *, source_label: Optional[str] = None) -> tuple[str, ConversionReport]:
    """Read a PETRARCH ``.agents`` file and return ``(yaml_text, report)``."""
    path = Path(path)
    label = source_label or path.name
    report = ConversionReport(label, "agents")
    sets: dict[str, list[str]] = {}
    seen: dict[str, tuple[int, tuple]] = {}
    used_ids: set[str] = set()
    null_plurals = 0
    out = _header(label, "Agents")
    out += ["kind: agents", "agents:"]
    for number, text in _source_lines(path, report):
        body = text.strip()
        m = _MARKER_DEF.match(body)
        if m:
            items = [i.strip() for i in m.group(2).split(",") if i.strip()]
            if not items:
                report.problem(number, f"substitution set !{m.group(1)}! is empty")
            sets[m.group(1)] = items
            continue
        report.entries_read += 1
        name_part, codes, _ = _split_brackets(body, number, report)
        if not codes:
            report.problem(number, f"agent {body!r} has no [code] (PETRARCH skips it too); entry not written")
            report.entries_dropped += 1
            continue
        if len(codes) > 1:
            report.problem(number, f"agent has {len(codes)} codes; only the first, [{codes[0]}], is used")
        raw_code = "".join(codes[0].split())
        if raw_code.startswith("~") and not raw_code.endswith("~"):
            code, prefix = raw_code[1:], False
        elif raw_code.endswith("~") and not raw_code.startswith("~"):
            code, prefix = raw_code[:-1], True
        else:
            report.problem(number, f"agent code [{codes[0]}] has no single '~' (~CODE or CODE~); entry not written")
            report.entries_dropped += 1
            continue
        if code != code.upper():
            report.note(number, f"code {code!r} upper-cased")
            code = code.upper()
        if not _CODE_RE.match(code) or code == "---":
            report.problem(number, f"agent code {code!r} is not a valid code; entry not written")
            report.entries_dropped += 1
            continue
        plurals: list[str] = []
        if "{" in name_part:
            if "}" not in name_part:
                report.problem(number, "'{' without '}'; entry not written (PETRARCH skips it too)")
                report.entries_dropped += 1
                continue
            inner = name_part[name_part.index("{") + 1 : name_part.index("}")].strip()
            trailing = name_part[name_part.index("}") + 1 :].strip()
            if trailing:
                report.problem(number, f"text {trailing!r} after the plural ignored")
            name_part = name_part[: name_part.index("{")].strip()
            if inner:
                plurals = [inner]
            else:
                null_plurals += 1
        variants = [name_part] + plurals
        expanded: list[str] = []
        ok = True
        for variant in variants:
            uses = _MARKER_USE.findall(variant)
            if not uses:
                expanded.append(variant)
                continue
            if variant.count("!") % 2:
                report.problem(number, f"unbalanced '!' in {variant!r}; entry not written")
                ok = False
                break
            forms = [variant]
            for mark in uses:
                if mark not in sets:
                    report.problem(number, f"substitution set !{mark}! is not defined (yet); entry not written")
                    ok = False
                    break
                forms = [f.replace(f"!{mark}!", item, 1) for f in forms for item in sets[mark]]
            expanded.extend(forms)
        if not ok:
            report.entries_dropped += 1
            continue
        if re.search(r"[^_\s]\s+[^_\s]", name_part.strip()):
            report.problem(
                number,
                f"name {name_part.strip()!r}: a blank between words let TABARI skip intervening words; "
                "written as a consecutive phrase",
            )
        names: list[str] = []
        local: set[str] = set()
        signature = (code, prefix)
        other_code = False
        for variant in expanded:
            words, _gap = _split_name(variant)
            if not words:
                report.problem(number, f"empty agent name in {body!r}")
                continue
            name = _natural(words, "lower")
            key = fold(name)
            if key in local:
                continue
            if key in seen:
                first_line, first_sig = seen[key]
                if first_sig == signature:
                    report.note(number, f"agent name {name!r} already listed at line {first_line} with the same code; dropped")
                else:
                    other_code = True
                    report.problem(
                        number,
                        f"agent name {name!r} already listed at line {first_line} with another code; "
                        "the first wins, dropped here",
                    )
                continue
            seen[key] = (number, signature)
            local.add(key)
            names.append(name)
        if not names:
            if other_code:
                report.problem(number, f"agent {body!r}: every name is listed before; entry not written")
            else:
                report.note(number, f"agent {body!r} repeats earlier entries; not written")
            report.entries_dropped += 1
            continue
        explicit = _entry_id(names, used_ids)
        lead = "  - "
        if explicit:
            out.append(f"{lead}id: {explicit}")
            lead = "    "
        out.append(f"{lead}names: " + flow_list(names, 6, len(lead) + 7))
        out.append(f"    code: {scalar(code)}")
        if prefix:
            out.append("    prefix: true")
        report.entries_written += 1
        report.names += len(names)
    if null_plurals:
        report.note(
            0,
            f"{null_plurals} agents say {{}} (no generated plural); eventcoder matches lemmas, so a "
            "plural form in the text still matches",
        )
    return "\n".join(out) + "\n", report


# --------------------------------------------------------------------------- discards


def convert_discards(path: str | Path, *, source_label: Optional[str] = None) -> tuple[str, ConversionReport]:
    """Read a PETRARCH ``.discards`` list and return ``(yaml_text, report)``."""
    path = Path(path)
    label = source_label or path.name
    report = ConversionReport(label, "discards")
    lists: dict[str, list[str]] = {"sentence": [], "story": []}
    seen: dict[str, tuple[int, str]] = {}
    for number, text in _source_lines(path, report):
        body = text.strip()
        report.entries_read += 1
        scope = "sentence"
        if body.startswith("+"):
            scope, body = "story", body[1:]
        words, _gap = _split_name(body)
        if not words:
            report.problem(number, "empty discard phrase; dropped")
            report.entries_dropped += 1
            continue
        phrase = _natural(words, "title")
        key = fold(phrase)
        if key in seen:
            first_line, first_scope = seen[key]
            if first_scope == scope:
                report.note(number, f"discard {phrase!r} repeats line {first_line}; dropped")
            else:
                report.problem(
                    number, f"discard {phrase!r} is {first_scope}-level at line {first_line}; the first wins, dropped here"
                )
            report.entries_dropped += 1
            continue
        seen[key] = (number, scope)
        lists[scope].append(phrase)
        report.entries_written += 1
        report.names += 1
    out = _header(label, "Discards")
    out.append("kind: discards")
    for scope in ("sentence", "story"):
        if not lists[scope]:
            out.append(f"{scope}: []")
            continue
        out.append(f"{scope}:")
        out += [f"  - {scalar(p)}" for p in lists[scope]]
    report.note(
        0,
        "TABARI treated a phrase without a trailing '_' as a stem; eventcoder matches whole words "
        "(form or lemma), as PETRARCH did",
    )
    return "\n".join(out) + "\n", report


# --------------------------------------------------------------------------- issues

_ISSUE_OPEN = re.compile(r"^<ISSUE\b(?P<attrs>[^>]*)>", re.IGNORECASE)
_ISSUE_CLOSE = re.compile(r"^</ISSUE\s*>", re.IGNORECASE)
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_PHRASE_CODE = re.compile(r"([^\[\]]*)\[([^\]]*)\]")


_MARKER = re.compile(r"(^|[\s+])([A-Za-z]):(?=\S)")


def _issue_forms(text: str, number: int, report: ConversionReport) -> list[str]:
    """``pre+n:school`` -> ``["pre school", "pre-school"]``: markers go, ``+`` doubles."""

    def drop(m: re.Match) -> str:
        if m.group(2).lower() not in ("n", "v"):
            report.problem(number, f"unknown marker '{m.group(2)}:' in {text.strip()!r}; written without it")
        return m.group(1)

    text = _MARKER.sub(drop, text.strip())
    forms = [" ".join(text.split())]
    while any("+" in f for f in forms):
        nxt = []
        for f in forms:
            if "+" in f:
                nxt += [f.replace("+", " ", 1), f.replace("+", "-", 1)]
            else:
                nxt.append(f)
        forms = nxt
    out = []
    for f in forms:
        f = " ".join(f.split())
        if f and f not in out:
            out.append(f)
    return out


def convert_issues(path: str | Path, *, source_label: Optional[str] = None) -> tuple[str, ConversionReport]:
    """Read a PETRARCH issues file (e.g. ``Phoenix.IssueCoding.txt``) and return ``(yaml_text, report)``."""
    path = Path(path)
    label = source_label or path.name
    report = ConversionReport(label, "issues")
    # items in order: (category, issue) -> phrases; (category, None) -> exclusions
    items: dict[tuple[str, Optional[str]], dict] = {}
    seen: dict[str, tuple[int, str]] = {}
    category = ""
    seen_excl: set[tuple[str, str, str]] = set()
    for number, text in _source_lines(path, report):
        body = text.strip()
        m = _ISSUE_OPEN.match(body)
        if m:
            attrs_ = dict(_ATTR.findall(m.group("attrs")))
            if category:
                report.note(number, f"<ISSUE> opened inside category {category} without </ISSUE>")
            category = attrs_.get("CATEGORY", "").strip()
            kind = attrs_.get("TYPE", "ALL")
            if kind.upper() != "ALL":
                report.problem(
                    number, f'category {category}: TYPE="{kind}" has no equivalent in eventcoder (read as ALL)'
                )
            continue
        if _ISSUE_CLOSE.match(body):
            if not category:
                report.note(number, "</ISSUE> without an open category")
            category = ""
            continue
        report.entries_read += 1
        if body.startswith("~"):
            scope = "sentence"
            phrase_text = body[1:]
            if phrase_text.startswith("~"):
                scope, phrase_text = "story", phrase_text[1:]
            forms = _issue_forms(phrase_text, number, report)
            if not forms:
                report.problem(number, "empty exclusion; dropped")
                report.entries_dropped += 1
                continue
            item = items.setdefault((category, None), {"line": number, "sentence": [], "story": []})
            wrote = False
            for form in forms:
                if (category, scope, fold(form)) in seen_excl:
                    report.note(number, f"exclusion {form!r} repeated; dropped")
                    continue
                seen_excl.add((category, scope, fold(form)))
                item[scope].append(form)
                report.names += 1
                wrote = True
            if wrote:
                report.entries_written += 1
            else:
                report.entries_dropped += 1
            continue
        pairs = _PHRASE_CODE.findall(body)
        if not pairs:
            report.problem(number, f"phrase {body!r} has no [ISSUE] code (PETRARCH skips it too); dropped")
            report.entries_dropped += 1
            continue
        tail = _PHRASE_CODE.sub("", body).strip()
        if tail:
            report.problem(number, f"text {tail!r} after the code ignored")
        if len(pairs) > 1:
            if all(not p.strip() for p, _ in pairs[1:]):
                report.note(number, "code repeated on the line")
                pairs = pairs[:1]
            else:
                report.problem(number, f"{len(pairs)} phrases on one line (a missing line break?): all written")
        wrote = False
        for phrase_text, code in pairs:
            code = code.strip().upper()
            if not phrase_text.strip():
                continue
            if not re.match(r"^[A-Z0-9][A-Z0-9_\-]*$", code):
                report.problem(number, f"issue code [{code}] is not valid; dropped")
                continue
            forms = _issue_forms(phrase_text, number, report)
            for form in forms:
                key = fold(form)
                if key in seen:
                    first_line, first_code = seen[key]
                    if first_code == code:
                        report.note(number, f"phrase {form!r} repeats line {first_line}; dropped")
                    else:
                        report.problem(
                            number,
                            f"phrase {form!r} is {first_code} at line {first_line}; the first wins, dropped here",
                        )
                    continue
                seen[key] = (number, code)
                item = items.setdefault((category, code), {"line": number, "phrases": []})
                item["phrases"].append(form)
                report.names += 1
                wrote = True
        if wrote:
            report.entries_written += 1
        else:
            report.entries_dropped += 1
    if category:
        report.note(0, f"category {category} not closed with </ISSUE>")
    out = _header(label, "Issues")
    out += ["kind: issues", "issues:"]
    for (cat, issue), item in items.items():
        if issue is not None:
            out.append(f"  - issue: {scalar(issue)}")
            if cat:
                out.append(f"    category: {scalar(cat)}")
            out.append("    phrases: " + flow_list(item["phrases"], 6, 13))
        else:
            out.append(f"  - category: {scalar(cat)}" if cat else "  - category: \"\"")
            if item["sentence"]:
                out.append("    exclude: " + flow_list(item["sentence"], 6, 13))
            if item["story"]:
                out.append("    exclude_story: " + flow_list(item["story"], 6, 19))
    return "\n".join(out) + "\n", report


# --------------------------------------------------------------------------- all files

Converter = Callable[..., tuple[str, ConversionReport]]

#: (source file, output path relative to the dictionaries folder, converter)
PHOENIX_FILES: tuple[tuple[str, str, Converter], ...] = (
    ("Phoenix.Countries.actors.txt", "actors/countries.yaml", convert_actors),
    ("Phoenix.International.actors.txt", "actors/international.yaml", convert_actors),
    ("Phoenix.MilNonState.actors.txt", "actors/nonstate.yaml", convert_actors),
    ("Phoenix.agents.txt", "agents.yaml", convert_agents),
    ("Phoenix.discards.txt", "discards.yaml", convert_discards),
    ("Phoenix.IssueCoding.txt", "issues.yaml", convert_issues),
)

#: the fictional validation dictionaries, for tests/data/validate
VALIDATE_FILES: tuple[tuple[str, str, Converter], ...] = (
    ("PETR.Validate.actors.txt", "actors.yaml", convert_actors),
    ("PETR.Validate.agents.txt", "agents.yaml", convert_agents),
    ("PETR.Validate.discards.txt", "discards.yaml", convert_discards),
)


def convert_all(
    src_dir: str | Path, out_dir: str | Path, files: tuple[tuple[str, str, Converter], ...] = PHOENIX_FILES
) -> list[ConversionReport]:
    """Convert every file of ``files`` found in ``src_dir`` into ``out_dir``; return the reports."""
    src_dir, out_dir = Path(src_dir), Path(out_dir)
    reports = []
    for source, target, convert in files:
        text, report = convert(src_dir / source)
        dest = out_dir / target
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(text, encoding="utf-8")
        reports.append(report)
    return reports
