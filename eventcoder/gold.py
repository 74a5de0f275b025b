"""Score coded events against hand-coded gold events of real documents.

The gold format is the one researchers write when they hand-code a sample of their own corpus
(and the one of ``../shared/validation/news-dev``)::

    documents:
      - doc: pud-n01001            # names the document (see ``story_sentences``)
        date: "2016-11-03"
        text: "..."                # optional: the raw text, parsed by the library
        sentences:
          - sent_id: n01001011
            events:
              - {source: IRQREL, code: "051", target: PSEREB,
                 accept: ["05"], accept_source: [IRQ], accept_target: [], optional: false}

A coded event matches a gold event of its sentence when source, code and target are each the
gold value or one of its ``accept*`` alternatives (lenient: same country, same CAMEO root).
Optional gold events are neither rewarded when found nor punished when missed; a coded event
that matches nothing is a false positive. The engine is not involved: this module only
compares triples, so any coder's output can be scored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional, Sequence, cast

import attrs
import yaml

from .model import Sentence

Triple = tuple[str, str, str]


class GoldError(ValueError):
    """A malformed gold file, located at ``path:line``."""


@attrs.frozen
class GoldEvent:
    source: str
    code: str
    target: str
    accept: tuple[str, ...] = ()
    accept_source: tuple[str, ...] = ()
    accept_target: tuple[str, ...] = ()
    optional: bool = False
    why: str = ""

    @property
    def triple(self) -> Triple:
        return (self.source, self.code, self.target)

    def matches(self, event: Triple, lenient: bool = False) -> bool:
        """Whether a coded (source, code, target) is this event, allowing the alternatives."""
        source, code, target = event
        sources, codes, targets = (self.source, *self.accept_source), (self.code, *self.accept), (self.target, *self.accept_target)
        if lenient:  # country (first three letters) and CAMEO root only
            return (source[:3] in {s[:3] for s in sources} and code[:2] in {c[:2] for c in codes}
                    and target[:3] in {t[:3] for t in targets})
        return source in sources and code in codes and target in targets


@attrs.frozen
class GoldSentence:
    sent_id: str
    events: tuple[GoldEvent, ...]


@attrs.frozen
class GoldDocument:
    doc: str
    date: str
    sentences: tuple[GoldSentence, ...]
    text: str = ""
    line: int = 0


@attrs.frozen
class SentenceScore:
    """How one gold sentence fared: coded events that matched nothing, required ones missed."""

    doc: str
    sent_id: str
    matched: int  # gold events found (optional ones included)
    optional_matched: int
    false: tuple[Triple, ...]
    missed: tuple[Triple, ...]

    @property
    def ok(self) -> bool:
        return not self.false and not self.missed


def score_sentence(coded: Iterable[Triple], golds: Sequence[GoldEvent], lenient: bool = False,
                   doc: str = "", sent_id: str = "") -> SentenceScore:
    """Match coded events to gold events one to one, in the order coded."""
    used = [False] * len(golds)
    false: list[Triple] = []
    for event in coded:
        for i, gold in enumerate(golds):
            if not used[i] and gold.matches(event, lenient):
                used[i] = True
                break
        else:
            false.append(cast(Triple, tuple(event)))  # a list (JSON) becomes a tuple
    missed = tuple(g.triple for g, hit in zip(golds, used) if not hit and not g.optional)
    optional = sum(1 for g, hit in zip(golds, used) if hit and g.optional)
    return SentenceScore(doc, sent_id, sum(used), optional, tuple(false), missed)


@attrs.frozen
class GoldScores:
    """Precision = matched / coded; recall = required matched / required; F1."""

    sentences: tuple[SentenceScore, ...]

    @property
    def tp(self) -> int:
        return sum(s.matched for s in self.sentences)

    @property
    def fp(self) -> int:
        return sum(len(s.false) for s in self.sentences)

    @property
    def fn(self) -> int:
        return sum(len(s.missed) for s in self.sentences)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        required = self.tp - sum(s.optional_matched for s in self.sentences)
        return required / (required + self.fn) if required + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self, label: str = "") -> str:
        ok = sum(s.ok for s in self.sentences)
        return (f"{label}P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} over {len(self.sentences)} "
                f"sentences ({ok} fully right), {self.tp} matched, {self.fp} false, {self.fn} missed")


def _codes(value, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise GoldError(f"{where}: expected a list of codes, got {value!r}")
    return tuple(str(v) for v in value)


def gold_event(raw, where: str = "") -> GoldEvent:
    """One hand-coded event from its mapping; ``where`` (file:line) names it in errors."""
    if not isinstance(raw, dict) or not all(raw.get(k) for k in ("source", "code", "target")):
        raise GoldError(f"{where}: an event needs source, code and target")
    return GoldEvent(
        str(raw["source"]), str(raw["code"]), str(raw["target"]),
        _codes(raw.get("accept"), where), _codes(raw.get("accept_source"), where),
        _codes(raw.get("accept_target"), where), bool(raw.get("optional", False)), str(raw.get("why", "")),
    )


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read a gold file; a malformed entry raises GoldError naming the file and line."""
    from .dictionaries.yamlio import line_of, load_yaml  # line-aware safe YAML

    path = Path(path)
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldError(f"{path}:1: expected a mapping with a `documents:` list")
    documents = []
    for raw in data["documents"]:
        line = line_of(raw, 1)
        where = f"{path}:{line}"
        if not isinstance(raw, dict) or not raw.get("doc"):
            raise GoldError(f"{where}: a document needs `doc:` (its id)")
        sentences = []
        for sent in raw.get("sentences") or []:
            swhere = f"{path}:{line_of(sent, line)}"
            if not isinstance(sent, dict) or not sent.get("sent_id"):
                raise GoldError(f"{swhere}: a sentence needs `sent_id:`")
            events = [gold_event(ev, f"{path}:{line_of(ev, line_of(sent, line))}") for ev in sent.get("events") or []]
            sentences.append(GoldSentence(str(sent["sent_id"]), tuple(events)))
        documents.append(GoldDocument(str(raw["doc"]), str(raw.get("date") or ""), tuple(sentences),
                                      str(raw.get("text") or ""), line))
    return documents


def newdoc_id(sentence: Sentence) -> Optional[str]:
    """The ``# newdoc id = X`` of a sentence that starts a document, else None."""
    for comment in sentence.comments:
        text = comment.lstrip("#").strip()
        if text.startswith("newdoc id"):
            return text.split("=", 1)[1].strip() if "=" in text else ""
    return None


def conllu_documents(sentences: Iterable[Sentence]) -> dict[str, list[Sentence]]:
    """Sentences grouped into documents by their ``# newdoc id`` comments, in file order."""
    docs: dict[str, list[Sentence]] = {}
    current: Optional[list[Sentence]] = None
    for sentence in sentences:
        name = newdoc_id(sentence)
        if name is not None:
            current = docs.setdefault(name, [])
        if current is None:
            current = docs.setdefault("", [])
        current.append(sentence)
    return docs


def story_sentences(doc: GoldDocument, documents: dict[str, list[Sentence]],
                    by_id: dict[str, Sentence]) -> list[Sentence]:
    """The sentences a gold document is coded as, one story: the CoNLL-U document whose
    newdoc id is the gold ``doc`` or ends it after a corpus prefix (``ewt-`` + ``weblog-...``),
    so earlier sentences resolve pronouns and short names; else just the gold's sentences."""
    found = documents.get(doc.doc)
    if found is None:
        for name, sentences in documents.items():
            if name and doc.doc.endswith("-" + name):
                found = sentences
                break
    if found is not None:
        return found
    return [by_id[s.sent_id] for s in doc.sentences if s.sent_id in by_id]
