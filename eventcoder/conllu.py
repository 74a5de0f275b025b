"""Read and write CoNLL-U, normalising UD v1 relation labels to UD v2 on the way in.

Pre-parsed corpora (UDPipe 1, older treebanks, the PETRARCH validation records) still use
UD v1 labels; the matcher only knows v2, so the reader converts once, here, and nothing
downstream has to care which version a parse came from. See ``docs/conllu.md``.

Errors name ``source:line`` so that a bad line in a million-sentence file can be found;
corpus runs pass ``on_error`` to report a broken sentence and go on with the next one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, cast

from .model import Sentence, Token, _maker

__all__ = ["ConlluError", "read_conllu", "iter_conllu", "write_conllu", "normalise_labels"]

ErrorHandler = Callable[["ConlluError"], None]

# v1 label -> v2 label (straight renames; nmod -> obl depends on the head, see below).
V1_TO_V2 = {
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "name": "flat",
    "mwe": "fixed",
    "neg": "advmod",
}
# Labels that only a v2 parse uses (by universal part), or any ":pass" subtype.
_V2_ONLY = {"obj", "obl", "flat", "fixed", "orphan"}
_PREDICATE_UPOS = {"VERB", "ADJ", "AUX"}
_COMMENT_FIELD = re.compile(r"#\s*(sent_id|text)\s*=\s?(.*)$")


class ConlluError(ValueError):
    """Malformed CoNLL-U, located at ``source:line`` (1-based)."""

    def __init__(self, source: str, line: int, message: str):
        self.source = source
        self.line = line
        self.reason = message
        super().__init__(f"{source}:{line}: {message}")


def read_conllu(
    text_or_path: str | Path,
    *,
    source_name: Optional[str] = None,
    on_error: Optional[ErrorHandler] = None,
    normalise: bool = True,
) -> list[Sentence]:
    """Read all sentences of a CoNLL-U file or string.

    A ``Path`` is always a file. A ``str`` containing a newline or a tab is CoNLL-U text;
    any other non-empty ``str`` is a file path (``FileNotFoundError`` if there is no such
    file); ``""`` is an empty text. ``source_name`` overrides the name used in errors
    (default: the path, or ``"<string>"``). A file with a byte that is not UTF-8 is a
    ``ConlluError`` at that line (passed to ``on_error``, when given, and reading stops).
    """
    is_text = isinstance(text_or_path, str) and (
        not text_or_path or "\n" in text_or_path or "\t" in text_or_path
    )
    if is_text:
        # Lines end at "\n" only (a "\r" before it is stripped): str.splitlines would also cut
        # at U+2028, U+0085 and other separators that can sit inside a word or MISC field.
        text = str(text_or_path)
        return list(_iter_conllu(text.split("\n"), source_name or "<string>", on_error, normalise, "\r" in text))
    path = Path(text_or_path)
    if not path.is_file():
        raise FileNotFoundError(f"no such CoNLL-U file: {path}")
    # utf-8-sig: a byte-order mark written by some editors must not corrupt the first id.
    source = source_name or str(path)
    sentences: list[Sentence] = []
    try:
        with path.open(encoding="utf-8-sig") as handle:
            sentences.extend(iter_conllu(handle, source, on_error=on_error, normalise=normalise))
    except UnicodeDecodeError:
        # Decoding fails on a chunk, not a line: find the line of the bad byte, and stop there
        # (the sentences before its chunk are kept when ``on_error`` reports and goes on).
        error = _encoding_error(path.read_bytes(), source)
        if on_error is None:
            raise error from None
        on_error(error)
    return sentences


def _encoding_error(data: bytes, source: str) -> "ConlluError":
    """A ConlluError at the line of the first byte of ``data`` that is not UTF-8."""
    body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
    try:
        body.decode("utf-8")
    except UnicodeDecodeError as exc:
        start = exc.start + len(data) - len(body)
        line = data.count(b"\n", 0, start) + 1
        return ConlluError(source, line, f"not UTF-8: byte 0x{data[start:start + 1].hex()}; reading stops here")
    return ConlluError(source, 1, "not UTF-8")


def iter_conllu(
    lines: Iterable[str],
    source_name: str = "<string>",
    *,
    on_error: Optional[ErrorHandler] = None,
    normalise: bool = True,
) -> Iterator[Sentence]:
    """Yield sentences one at a time from an iterable of lines (e.g. an open file).

    Only one sentence is held in memory. Without ``on_error`` the first malformed sentence
    raises ``ConlluError``; with it, the error is passed to ``on_error`` and reading goes on
    at the next sentence (the handler may itself raise to stop).
    """
    return _iter_conllu(lines, source_name, on_error, normalise, True)


def _iter_conllu(
    lines: Iterable[str], source_name: str, on_error: Optional[ErrorHandler], normalise: bool, strip: bool
) -> Iterator[Sentence]:
    # A block is a run of consecutive non-blank lines: its lines, and the number of the first.
    block: list[str] = []
    start = number = 0
    for number, line in enumerate(lines, start=1):
        if strip:
            line = line.rstrip("\r\n")
        if line and not line.isspace():  # a line with something other than blanks
            if not block:
                start = number
            block.append(line)
            continue
        if block:
            sentence = _parse_or_report(block, start, source_name, on_error, normalise)
            block = []
            if sentence is not None:
                yield sentence
    if block:
        sentence = _parse_or_report(block, start, source_name, on_error, normalise)
        if sentence is not None:
            yield sentence


def _parse_or_report(
    lines: list[str], start: int, source: str, on_error: Optional[ErrorHandler], normalise: bool
) -> Optional[Sentence]:
    try:
        return _parse_block(lines, start, source, normalise)
    except ConlluError as error:
        if on_error is None:
            raise
        on_error(error)
        return None


def _int(text: str, what: str, source: str, line: int) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ConlluError(source, line, f"{what} must be a non-negative integer, got {text!r}")
    return int(text)


def _parse_block(lines: list[str], start: int, source: str, normalise: bool) -> Sentence:
    """One sentence: comment lines, then word / multi-word / empty-node lines; ``lines`` are
    consecutive, the first at line number ``start``.

    Columns are checked and collected first, the UD version is decided on the whole
    sentence, and each Token is built once with its final (v2) label.
    """
    comments: list[str] = []
    fields: dict[str, str] = {}
    first = 0
    for line in lines:
        if line[0] != "#":
            break
        comments.append(line)
        match = _COMMENT_FIELD.match(line)
        if match and match.group(1) not in fields:
            fields[match.group(1)] = match.group(2).strip()
        first += 1
    multiword: list[tuple[int, int, str]] = []
    columns = _plain_columns(lines, first)
    if columns is None:
        block = [(start + index, line) for index, line in enumerate(lines)]
        columns, multiword = _checked_columns(block, first, source)
    ids, forms, lemmas, upos, xpos, feats, heads, deprels, _, misc = columns
    if "_" in lemmas:
        lemmas = [form.lower() if lemma == "_" else lemma for form, lemma in zip(forms, lemmas)]
    if normalise:
        deprels, feats = list(deprels), list(feats)
        _normalise_columns(deprels, feats, upos, heads)
    # Ids and heads were checked above: build the values without re-checking them.
    return _sentence(
        tuple(map(_token, range(1, len(forms) + 1), forms, lemmas, upos, xpos, feats, heads, deprels, misc)),
        fields.get("sent_id", ""),
        fields.get("text", ""),
        tuple(comments),
        tuple(multiword),
    )


# Token and Sentence built field by field, as their attrs __init__ would, less its per-call
# overhead and Sentence's id/head checks (the reader has made them): most of reading time
# is spent building these values.
_token = _maker(Token)
_sentence = _maker(Sentence)


def _plain_columns(lines: list[str], first: int) -> Optional[list]:
    """The ten columns of a block whose word lines are all plain and valid (ids 1..n, ASCII
    digit heads within the sentence, no empty field, no multi-word or empty-node lines), in
    a few whole-column checks; None for anything else, which ``_checked_columns`` reads
    line by line and reports at its line."""
    rows = [line.split("\t") for line in lines[first:]]
    count = len(rows)
    if not count:
        return None
    columns: list = list(zip(*rows))  # one tuple per column; the heads become a list of ints
    # Ten columns for the shortest row and 10 * count fields in all: every row has ten.
    if len(columns) != 10 or sum(map(len, rows)) != 10 * count:
        return None
    if not all(map(all, columns)):  # an empty field
        return None
    if columns[0] != _word_ids(count):  # also rules out comment, multi-word and empty-node lines
        return None
    looked_up = list(map(_SMALL_INTS.get, columns[6]))
    if None not in looked_up:
        heads = cast("list[int]", looked_up)  # no None in it: checked just above
    else:  # a number past the table, or one written oddly ("07"): check and convert
        head_text = "".join(columns[6])
        if not (head_text.isdigit() and head_text.isascii()):
            return None
        heads = list(map(int, columns[6]))
    if max(heads) > count or not _all_reach_root(heads):
        return None
    columns[6] = heads
    return columns


def _all_reach_root(heads: list[int]) -> bool:
    """Whether every word (heads within 0..n) reaches the root: a walk down from the root
    meets them all. Cheaper than ``_cycle``, which names the words of a cycle for the error;
    a word that is its own head is never met either."""
    children: list[list[int]] = [[] for _ in range(len(heads) + 1)]
    for word, head in enumerate(heads, 1):
        children[head].append(word)
    reached = [0]
    for word in reached:  # the list grows as it is read
        reached.extend(children[word])
    return len(reached) == len(children)


def _cycle(heads: list[int]) -> list[int]:
    """The words (1-based) of a cycle of heads, or [] when every word reaches the root.
    A cycle would make every walk up or down the tree endless, so the reader refuses it."""
    state = [0] * (len(heads) + 1)  # 0 unseen, 1 on the current path, 2 reaches the root
    state[0] = 2
    for word in range(1, len(heads) + 1):
        path = []
        node = word
        while state[node] == 0:
            state[node] = 1
            path.append(node)
            node = heads[node - 1]
        if state[node] == 1:  # came back to this path
            return sorted(path[path.index(node):])
        for n in path:
            state[n] = 2
    return []


# Head numbers as written -> their values: a dict lookup is cheaper than int() on each word.
_SMALL_INTS = {str(number): number for number in range(1000)}


# The ids "1".."n" of sentences up to this many words are cached. Uncapped, the cache kept
# one tuple per sentence length ever read: n²/2 strings, 270 MB for a corpus with sentences
# of every length up to 3,000 words (found checking caches for benchmarks/memory_soak.py).
_CACHED_IDS = 256


def _word_ids(count: int) -> tuple[str, ...]:
    if count <= _CACHED_IDS:
        return _cached_word_ids(count)
    return tuple(str(i) for i in range(1, count + 1))


@lru_cache(maxsize=None)  # bounded by _CACHED_IDS: at most 256 tuples of at most 256 ids
def _cached_word_ids(count: int) -> tuple[str, ...]:
    return tuple(str(i) for i in range(1, count + 1))


def _checked_columns(
    block: list[tuple[int, str]], first: int, source: str
) -> tuple[list, list[tuple[int, int, str]]]:
    """Columns and multi-word ranges of the word lines, checked line by line: errors name the line."""
    rows: list[list[str]] = []
    heads: list[int] = []
    lines: list[int] = []  # line number of each word, for errors found after the block is read
    multiword: list[tuple[int, int, str]] = []
    multiword_lines: list[int] = []
    for line_no, line in block[first:]:
        if line[0] == "#":
            raise ConlluError(source, line_no, "comment line after the token lines of a sentence")
        cols = line.split("\t")
        if len(cols) != 10:
            raise ConlluError(source, line_no, f"expected 10 tab-separated columns, got {len(cols)}")
        if "" in cols:
            raise ConlluError(source, line_no, f"empty field in column {cols.index('') + 1}")
        ident = cols[0]
        if not ident.isdigit():
            if "." in ident:  # empty node: enhanced UD only, not part of the basic tree
                first_part, _, second = ident.partition(".")
                _int(first_part, "empty node id", source, line_no)
                _int(second, "empty node id", source, line_no)
                continue
            if "-" in ident:
                first_part, _, last = ident.partition("-")
                start = _int(first_part, "multi-word token start", source, line_no)
                end = _int(last, "multi-word token end", source, line_no)
                if start != len(rows) + 1 or end <= start:
                    raise ConlluError(
                        source, line_no,
                        f"multi-word token range {ident} must start at word {len(rows) + 1} and span 2+ words",
                    )
                multiword.append((start, end, cols[1]))
                multiword_lines.append(line_no)
                continue
        token_id = _int(ident, "word id", source, line_no)
        if token_id != len(rows) + 1:
            raise ConlluError(source, line_no, f"word ids must run 1, 2, 3, ...: expected {len(rows) + 1}, got {token_id}")
        head = _int(cols[6], "head", source, line_no)
        if head == token_id:
            raise ConlluError(source, line_no, f"word {token_id} is its own head")
        rows.append(cols)
        heads.append(head)
        lines.append(line_no)
    if not rows:
        raise ConlluError(source, block[0][0], "sentence has comments but no word lines")
    count = len(rows)
    for index, head in enumerate(heads):
        if head > count:
            raise ConlluError(source, lines[index], f"head {head} of word {index + 1} is outside the sentence (1..{count})")
    cycle = _cycle(heads)
    if cycle:
        words = ", ".join(map(str, cycle))
        raise ConlluError(source, lines[cycle[0] - 1], f"the heads of words {words} form a cycle: no path to the root")
    for (start, end, _), line_no in zip(multiword, multiword_lines):
        if end > count:
            raise ConlluError(source, line_no, f"multi-word token {start}-{end} runs past the last word {count}")
    columns: list = list(zip(*rows))  # one tuple per column; the heads become a list of ints
    columns[6] = heads
    return columns, multiword


def _version(deprels: list[str]) -> Optional[bool]:
    """True/False when a sentence shows v1-only/v2-only labels, None when it shows neither."""
    labels = set(deprels)
    if not labels.isdisjoint(V1_TO_V2):
        return True
    if any(d.split(":", 1)[0] in _V2_ONLY or d.endswith(":pass") for d in labels):
        return False
    return None


def _normalise_columns(deprels: list[str], feats: list[str], upos: list[str], heads: list[int]) -> None:
    """In place: the relabelling of ``normalise_labels`` on plain columns."""
    version = _version(deprels)
    if version is False:
        return
    # The labels this can change, found once per distinct label rather than per word.
    changing = {
        d for d in set(deprels)
        if d in V1_TO_V2 or (d.startswith("nmod") and d != "nmod:poss" and (len(d) == 4 or d[4] == ":"))
    }
    if not changing:
        return
    predicates = {"VERB", "AUX"} if version is None else _PREDICATE_UPOS
    for index, deprel in enumerate(deprels):
        if deprel not in changing:
            continue
        if deprel in V1_TO_V2:
            if deprel == "neg":
                feats[index] = _add_feature(feats[index], "Polarity=Neg")
            deprels[index] = V1_TO_V2[deprel]
        elif deprel.startswith("nmod") and deprel != "nmod:poss" and (len(deprel) == 4 or deprel[4] == ":"):
            head = heads[index]
            if head and upos[head - 1] in predicates:
                deprels[index] = "obl" + deprel[4:]


def _add_feature(feats: str, feature: str) -> str:
    """Add ``Name=Value`` to a FEATS column, keeping the canonical case-insensitive order."""
    items = [] if feats == "_" else feats.split("|")
    name = feature.split("=", 1)[0]
    if any(item.split("=", 1)[0] == name for item in items):
        return feats
    return "|".join(sorted(items + [feature], key=str.lower))


def normalise_labels(tokens: list[Token]) -> list[Token]:
    """Relabel one sentence's UD v1 relations as UD v2 (identity on a v2 sentence).

    Renames follow ``V1_TO_V2``; ``neg`` also gains ``Polarity=Neg`` in FEATS so negation
    stays visible. ``nmod`` (any subtype but ``poss``) under a VERB/ADJ/AUX becomes ``obl``
    with the same subtype. A sentence with a v2-only label is left alone; one with neither
    v1- nor v2-only labels gets only the nmod -> obl change, under VERB/AUX heads (some v2
    treebanks keep ``nmod`` under adjectives on purpose).
    """
    deprels = [t.deprel for t in tokens]
    feats = [t.feats for t in tokens]
    _normalise_columns(deprels, feats, [t.upos for t in tokens], [t.head for t in tokens])
    return [
        t if (t.deprel, t.feats) == (d, f) else Token(t.id, t.form, t.lemma, t.upos, t.xpos, f, t.head, d, t.misc)
        for t, d, f in zip(tokens, deprels, feats)
    ]


def write_conllu(sentences: Iterable[Sentence]) -> str:
    """Serialise sentences as CoNLL-U, each followed by a blank line.

    Comments are written as read; ``# sent_id`` / ``# text`` lines are added when the
    sentence has those values but no such comment (e.g. a sentence from the parser).
    The DEPS column is written as ``_``: enhanced graphs are not kept.
    """
    out: list[str] = []
    for sentence in sentences:
        present = {m.group(1) for m in map(_COMMENT_FIELD.match, sentence.comments) if m}
        if sentence.sent_id and "sent_id" not in present:
            out.append(f"# sent_id = {sentence.sent_id}")
        if sentence.text and "text" not in present:
            out.append(f"# text = {sentence.text}")
        out.extend(sentence.comments)
        ranges = {start: (end, form) for start, end, form in sentence.multiword}
        for t in sentence.tokens:
            if t.id in ranges:
                end, form = ranges[t.id]
                out.append(f"{t.id}-{end}\t{form}\t_\t_\t_\t_\t_\t_\t_\t_")
            out.append(f"{t.id}\t{t.form}\t{t.lemma}\t{t.upos}\t{t.xpos}\t{t.feats}\t{t.head}\t{t.deprel}\t_\t{t.misc}")
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
