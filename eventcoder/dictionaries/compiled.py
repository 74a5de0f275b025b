"""Dictionaries compiled once into lookup structures the matcher uses without scanning.

- actors and agents: tries keyed by first word (``NameIndex``);
- verbs: a dict from head word (lemma or listed form) to entries, patterns compiled per block;
- discards and issues: tries as well.
"""

from __future__ import annotations

from typing import Optional

import attrs

from ..match.names import NameIndex
from ..match.patterns import Pattern, PatternSyntaxError, compile_pattern
from ..match.verbs import VerbEntry, verb_entry
from .schema import ActorEntry, AgentEntry, DiscardEntry, IssueEntry, Synset, VerbBlock
from .yamlio import Problem


def regular_forms(verb: str) -> tuple[str, ...]:
    """Regular inflections of a verb, so a wrong lemma ("fired" -> "fi") still finds "fire"."""
    if not verb.isalpha() or len(verb) < 3:
        return ()
    if verb.endswith("e"):
        return (verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return (verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return (verb + "es", verb + "ed", verb + "ing")
    return (verb + "s", verb + "ed", verb + "ing")


@attrs.define
class Dictionaries:
    """Everything the engine needs, loaded and validated; build with ``load_dictionaries``."""

    actors: list[ActorEntry] = attrs.Factory(list)
    agents: list[AgentEntry] = attrs.Factory(list)
    synsets: list[Synset] = attrs.Factory(list)
    verbs: list[VerbBlock] = attrs.Factory(list)
    discards: list[DiscardEntry] = attrs.Factory(list)
    issues: list[IssueEntry] = attrs.Factory(list)
    ontology: object = None  # eventcoder.ontology.Ontology
    files: list[str] = attrs.Factory(list)
    warnings: list[Problem] = attrs.Factory(list)

    # compiled
    actor_index: NameIndex = attrs.field(init=False, factory=lambda: NameIndex(proper_names=True))
    agent_index: NameIndex = attrs.field(init=False, factory=NameIndex)
    verb_index: dict[str, list[VerbEntry]] = attrs.field(init=False, factory=dict)
    patterns: dict[str, list[Pattern]] = attrs.field(init=False, factory=dict)
    sentence_discards: NameIndex = attrs.field(init=False, factory=NameIndex)
    story_discards: NameIndex = attrs.field(init=False, factory=NameIndex)
    issue_index: NameIndex = attrs.field(init=False, factory=NameIndex)

    def compile(self) -> list[Problem]:
        """Build the lookup structures; returns problems (patterns that cannot compile)."""
        problems: list[Problem] = []
        self.actor_index = NameIndex(proper_names=True)
        for actor in self.actors:
            for name in actor.names:
                self.actor_index.add(name, actor)
        self.agent_index = NameIndex()
        for agent in self.agents:
            for name in agent.names:
                self.agent_index.add(name, agent)
        synsets = {s.name: tuple(s.words) for s in self.synsets}
        self.verb_index = {}
        self.patterns = {}
        for block in self.verbs:
            for form in block.verbs:
                head, entry = verb_entry(block, form)
                for key in (head, *regular_forms(head)):
                    entries = self.verb_index.setdefault(key, [])
                    if entry not in entries:
                        entries.append(entry)
            compiled = []
            for spec in block.patterns:
                try:
                    compiled.append(compile_pattern(spec, synsets))
                except PatternSyntaxError as exc:
                    problems.append(Problem(spec.origin.file, spec.origin.line, f"pattern {spec.text!r}: {exc}"))
            self.patterns.setdefault(block.id, []).extend(compiled)
        self.sentence_discards = NameIndex()
        self.story_discards = NameIndex()
        for discard in self.discards:
            (self.story_discards if discard.scope == "story" else self.sentence_discards).add(discard.phrase, discard)
        self.issue_index = NameIndex()
        for issue in self.issues:
            self.issue_index.add(issue.phrase, issue)
        return problems

    def negation(self, code: str) -> Optional[str]:
        """The code of the negated event ("did not clash" 110 -> 050), or None: no event."""
        return self.ontology.negations.get(code) if self.ontology is not None else None

    def event_type(self, code: str):
        return self.ontology.get(code) if self.ontology is not None else None

    def stats(self) -> dict[str, int]:
        return {
            "actors": len(self.actors),
            "actor names": sum(len(a.names) for a in self.actors),
            "agents": len(self.agents),
            "verb blocks": len(self.verbs),
            "verbs": sum(len(b.verbs) for b in self.verbs),
            "patterns": sum(len(b.patterns) for b in self.verbs),
            "synsets": len(self.synsets),
            "discards": len(self.discards),
            "issue phrases": len(self.issues),
        }
