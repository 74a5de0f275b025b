"""Score a coder against feature-test records: precision, recall, F1, share fully correct.

Records are JSON Lines with ``id``, ``date`` (YYYYMMDD), ``conllu``, ``expected`` (a list of
``{"source", "code", "target"}``) and optionally ``noevents``, ``text``, ``notes``; this is
the format of the PETRARCH validation records. Scoring is over (source, code, target)
triples per record.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import Iterable, Optional

import attrs

from .coder import EventCoder
from .conllu import ConlluError, read_conllu
from .inputs import json_lines

Triple = tuple[str, str, str]


@attrs.frozen
class Record:
    id: str
    date: str
    conllu: str
    expected: frozenset[Triple]
    text: str = ""
    notes: str = ""
    category: str = ""
    line: int = 0


@attrs.frozen
class RecordResult:
    record: Record
    coded: frozenset[Triple]
    error: str = ""

    @property
    def correct(self) -> bool:
        return not self.error and self.coded == self.record.expected

    @property
    def missing(self) -> frozenset[Triple]:
        return self.record.expected - self.coded

    @property
    def extra(self) -> frozenset[Triple]:
        return self.coded - self.record.expected


@attrs.frozen
class Scores:
    results: tuple[RecordResult, ...]
    expected_failures: dict[str, str] = attrs.field(factory=dict)

    @property
    def tp(self) -> int:
        return sum(len(r.coded & r.record.expected) for r in self.results)

    @property
    def fp(self) -> int:
        return sum(len(r.extra) for r in self.results)

    @property
    def fn(self) -> int:
        return sum(len(r.missing) for r in self.results)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fully_correct(self) -> int:
        return sum(r.correct for r in self.results)

    @property
    def share_correct(self) -> float:
        return self.fully_correct / len(self.results) if self.results else 0.0

    def report(self, verbose: bool = False) -> str:
        lines = [
            f"records: {len(self.results)}",
            f"precision: {self.precision:.3f}  recall: {self.recall:.3f}  F1: {self.f1:.3f}  (triples: {self.tp} correct, {self.fp} extra, {self.fn} missing)",
            f"fully correct: {self.fully_correct}/{len(self.results)} = {self.share_correct:.1%}",
        ]
        failed = [r for r in self.results if not r.correct]
        known = [r for r in failed if r.record.id in self.expected_failures]
        if self.expected_failures:
            lines.append(f"expected failures: {len(known)} failing as expected, "
                         f"{sum(1 for r in self.results if r.correct and r.record.id in self.expected_failures)} now passing")
        if verbose:
            for r in failed:
                mark = " (expected failure)" if r.record.id in self.expected_failures else ""
                lines.append(f"  FAIL {r.record.id}{mark}: {r.record.text[:100]}")
                if r.error:
                    lines.append(f"       error: {r.error}")
                for t in sorted(r.missing):
                    lines.append(f"       missing {' '.join(t)}")
                for t in sorted(r.extra):
                    lines.append(f"       extra   {' '.join(t)}")
        return "\n".join(lines)


def _triple(item: dict) -> Triple:
    return tuple(html.unescape(str(item.get(k, ""))).strip() for k in ("source", "code", "target"))  # type: ignore[return-value]


def load_records(path: str | Path) -> list[Record]:
    """Read validation records; a malformed line raises ValueError naming file and line."""
    path = Path(path)
    records = []
    for number, raw, error in json_lines(path):
        if error is not None:
            raise ValueError(f"{path}:{number}: bad record: {error}")
        try:
            if not isinstance(raw, dict):
                raise TypeError(f"expected a JSON object, got {type(raw).__name__}")
            records.append(
                Record(
                    id=str(raw["id"]),
                    date=str(raw["date"]),
                    conllu=raw["conllu"],
                    expected=frozenset(_triple(e) for e in raw.get("expected") or []),
                    text=raw.get("text", ""),
                    notes=raw.get("notes", ""),
                    category=raw.get("category", ""),
                    line=number,
                )
            )
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"{path}:{number}: bad record: {exc}") from None
    return records


def code_record(coder: EventCoder, record: Record) -> RecordResult:
    try:
        sentences = read_conllu(record.conllu, source_name=f"record {record.id}")
        events = coder.code_sentences(sentences, date=record.date, story_id=record.id)
    except (ConlluError, ValueError) as exc:
        return RecordResult(record, frozenset(), str(exc))
    return RecordResult(record, frozenset(e.triple for e in events))


def evaluate(coder: EventCoder, records: Iterable[Record], expected_failures: Optional[dict[str, str]] = None) -> Scores:
    return Scores(tuple(code_record(coder, r) for r in records), dict(expected_failures or {}))


# ----- hand-coded real documents (the news-dev format, ``eventcoder.gold``) -----------------

_WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def evaluate_gold(
    coder: EventCoder,
    documents,
    sentences: Iterable = (),
    *,
    text: bool = False,
    lenient: bool = False,
):
    """Code each gold document as one story and score its listed sentences.

    ``sentences``: parsed sentences (CoNLL-U) holding the documents, found by ``# newdoc id``
    and ``sent_id`` (``gold.story_sentences``). ``text=True`` parses each document's raw text
    instead (its ``text:``, else its sentences' text joined) and ties every coded event to the
    gold sentence whose words it shares most (at least half), since the parser's sentence
    split need not be the gold's. Returns ``gold.GoldScores``.
    """
    from .gold import GoldScores, conllu_documents, score_sentence, story_sentences

    sentences = list(sentences)
    by_id = {s.sent_id: s for s in sentences}
    grouped = conllu_documents(sentences)
    scored = []
    for doc in documents:
        story = story_sentences(doc, grouped, by_id)
        covered = {s.sent_id: s for s in doc.sentences}
        got: dict[str, list] = {sid: [] for sid in covered}
        if text:
            raw = doc.text or "\n\n".join(s.words() for s in story)
            parsed = coder.parser.parse(raw)
            sentence_words = {str(i + 1): _words(s.words()) for i, s in enumerate(parsed)}
            sentence_words.update({s.sent_id: _words(s.words()) for s in parsed if s.sent_id})
            gold_words = {sid: _words(by_id[sid].words()) for sid in covered if sid in by_id}
            for event in coder.code_sentences(parsed, date=doc.date or None, story_id=doc.doc):
                words = sentence_words.get(event.sentence_id, set())
                best, share = None, 0.0
                for sid, w in gold_words.items():
                    overlap = len(words & w) / max(1, len(words | w))
                    if overlap > share:
                        best, share = sid, overlap
                if best is not None and share >= 0.5:
                    got[best].append(event.triple)
        else:
            for event in coder.code_sentences(story, date=doc.date or None, story_id=doc.doc):
                if event.sentence_id in got:
                    got[event.sentence_id].append(event.triple)
        for sid, gold_sentence in covered.items():
            scored.append(score_sentence(got[sid], gold_sentence.events, lenient, doc.doc, sid))
    return GoldScores(tuple(scored))
