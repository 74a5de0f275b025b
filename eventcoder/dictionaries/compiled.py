"""Dictionaries compiled once into lookup structures the matcher uses without scanning.

- actors and agents: tries keyed by first word (``NameIndex``);
- verbs: a dict from head word (lemma or listed form) to entries, patterns compiled per block;
- discards and issues: tries as well;
- surnames of persons with dated codes, for short names in a story (``match.shortnames``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Optional

import attrs

from ..match.names import NameIndex, name_words
from ..match.patterns import Pattern, PatternSyntaxError, compile_pattern
from ..match.shortnames import surname_index
from ..match.verbs import VerbEntry, block_lemmas, verb_entry
from .schema import ActorEntry, AgentEntry, DiscardEntry, IssueEntry, Synset, VerbBlock
from .yamlio import Problem

if TYPE_CHECKING:  # imported for its type only: ontology imports the dictionaries package
    from ..ontology import Ontology


_VOWELS = "aeiou"


def regular_forms(verb: str) -> tuple[str, ...]:
    """Regular inflections of a verb, so a wrong lemma ("fired" -> "fi") still finds "fire";
    a verb ending in consonant, vowel, consonant also with the consonant doubled ("hitting",
    lemmatised "hite"; "banned", "expelled"), as stress may ask."""
    if not verb.isalpha() or len(verb) < 3:
        return ()
    if verb.endswith("e"):
        return (verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith("y") and verb[-2] not in _VOWELS:
        return (verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing")
    if verb.endswith(("s", "sh", "ch", "x", "z")):
        return (verb + "es", verb + "ed", verb + "ing")
    forms: tuple[str, ...] = (verb + "s", verb + "ed", verb + "ing")
    last, vowel, before = verb[-1], verb[-2], verb[-3]
    if last not in _VOWELS + "wxy" and vowel in _VOWELS and before not in _VOWELS:
        forms += (verb + last + "ed", verb + last + "ing")
    return forms


@attrs.define
class Dictionaries:
    """Everything the engine needs, loaded and validated; build with ``load_dictionaries``."""

    actors: list[ActorEntry] = attrs.Factory(list)
    agents: list[AgentEntry] = attrs.Factory(list)
    synsets: list[Synset] = attrs.Factory(list)
    verbs: list[VerbBlock] = attrs.Factory(list)
    discards: list[DiscardEntry] = attrs.Factory(list)
    issues: list[IssueEntry] = attrs.Factory(list)
    ontology: Optional[Ontology] = None
    files: list[str] = attrs.Factory(list)
    warnings: list[Problem] = attrs.Factory(list)

    # compiled
    actor_index: NameIndex = attrs.field(init=False, factory=lambda: NameIndex(proper_names=True))
    agent_index: NameIndex = attrs.field(init=False, factory=NameIndex)
    verb_index: dict[str, list[VerbEntry]] = attrs.field(init=False, factory=dict)
    patterns: dict[str, list[Pattern]] = attrs.field(init=False, factory=dict)
    # Per verb block: positions of its patterns by one word the sentence must have, and of
    # those that need no particular word (see ``patterns_for``).
    pattern_keys: dict[str, tuple[frozenset[str], dict[str, tuple[int, ...]], tuple[int, ...], int]] = attrs.field(
        init=False, factory=dict
    )
    sentence_discards: NameIndex = attrs.field(init=False, factory=NameIndex)
    story_discards: NameIndex = attrs.field(init=False, factory=NameIndex)
    issue_index: NameIndex = attrs.field(init=False, factory=NameIndex)
    # Folded surname -> actors with dated codes whose person's name ends in it ("bush").
    surnames: dict[str, tuple[ActorEntry, ...]] = attrs.field(init=False, factory=dict)

    def compile(self) -> list[Problem]:
        """Build the lookup structures; returns problems (patterns that cannot compile)."""
        problems: list[Problem] = []
        self.actor_index = NameIndex(proper_names=True)
        known = {name_words(name) for actor in self.actors for name in actor.names}
        variants = name_variants(self.actors, known)
        for actor in self.actors:
            for name in actor.names:
                self.actor_index.add(name, actor)
            for name in variants.get(id(actor), ()):
                self.actor_index.add(name, actor)
        self.surnames = surname_index(self.actors)
        self.agent_index = NameIndex()
        agent_names = {name_words(name) for agent in self.agents for name in agent.names}
        for agent in self.agents:
            for name in agent.names:
                self.agent_index.add(name, agent)
                # A parser may leave a plural as its own lemma ("troops", as UD treebanks
                # often do): the regular plural answers too, unless it names an entry itself.
                plural = plural_name(name)
                if plural and name_words(plural) not in agent_names:
                    self.agent_index.add(plural, agent)
        synsets = {s.name: tuple(s.words) for s in self.synsets}
        self.verb_index = {}
        self.patterns = {}
        for block in self.verbs:
            lemmas = block_lemmas(block)
            for form in block.verbs:
                head, entry = verb_entry(block, form, lemmas)
                # An inflected form listed as written has no regular forms ("rang" + "ing"
                # is no word, and would take "ranging" for "ring").
                for key in (head,) if form.inflected else (head, *regular_forms(head)):
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
        self.pattern_keys = {block_id: _pattern_keys(patterns) for block_id, patterns in self.patterns.items()}
        self.sentence_discards = NameIndex()
        self.story_discards = NameIndex()
        for discard in self.discards:
            (self.story_discards if discard.scope == "story" else self.sentence_discards).add(discard.phrase, discard)
        self.issue_index = NameIndex()
        for issue in self.issues:
            self.issue_index.add(issue.phrase, issue)
        return problems

    def patterns_for(self, block_id: str, words: frozenset[str]) -> list[Pattern]:
        """The patterns of a verb block, in written order, less those that cannot match a
        sentence with these (folded) words: a word they require, or every word of one of
        their synsets, is missing. Scans only the patterns keyed by the sentence's words."""
        patterns = self.patterns.get(block_id, [])
        keyed = self.pattern_keys.get(block_id)
        if keyed is None or keyed[3] != len(patterns):  # not compiled with this list
            return patterns
        keys, positions, always, _ = keyed
        found = set(always)
        for word in words & keys:
            found.update(positions[word])
        return [patterns[i] for i in sorted(found)]

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


_DOTTED = re.compile(r"^(?:\w\.){2,}$")  # "u.s.", "u.n."
_ABBREVIATED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<abbr>[A-Z][A-Z0-9-]{2,7})\s*\)$")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def name_variants(actors, known: set) -> dict[int, list[str]]:
    """Further names the actor index learns from how names are written (by ``id`` of the
    entry), none of them another entry's name:

    - "The Islamic State" is written "the Islamic State" mid-sentence, and a lower-case
      "the" starts no proper name: the name without its article, when two or more words
      remain ("The Foundation" stays as it is) or an abbreviation ("The EU": "EU");
    - "Liberation Tigers of Tamil Eelam (LTTE)" is one name in the source lists, so neither
      "LTTE" nor the name without it coded anything: both, when the letters in brackets are
      the initials of the name (not a qualifier: "National Front (GREECE)") and no other
      entry uses that abbreviation;
    - "U.S." is often written "U.S" ("U.S federal investigators"): a name ending in dotted
      initials also without the last full stop.
    """
    out: dict[int, list[str]] = {}
    abbreviations: dict[str, list] = {}
    for actor in actors:
        for name in actor.names:
            words = name_words(name)
            if _DOTTED.match(words[-1]) and name_words(name.rstrip()[:-1]) not in known:
                out.setdefault(id(actor), []).append(name.rstrip()[:-1])
            if words[0] == "the" and words[1:] not in known and (len(words) > 2 or _is_abbreviation(name.split(None, 1)[1:])):
                out.setdefault(id(actor), []).append(name.split(None, 1)[1])
            m = _ABBREVIATED.match(name.strip())
            if m is None:
                continue
            full, abbr = m.group("name").strip(), m.group("abbr").replace("-", "")
            if not _initials(full.replace("-", " ").split()).upper().startswith(abbr[:2]) or len(full.split()) < 2:
                continue
            if name_words(full) not in known:
                out.setdefault(id(actor), []).append(full)
            abbreviations.setdefault(m.group("abbr"), []).append(actor)
    for abbr, owners in abbreviations.items():
        if len({id(a) for a in owners}) == 1 and name_words(abbr) not in known:
            out.setdefault(id(owners[0]), []).append(abbr)
    return out


def plural_name(name: str) -> str:
    """The regular plural of a role name's last word ("troop" -> "troops", "deputy" ->
    "deputies": spelled as ``regular_forms`` spells the third person), or "" when it is one
    already or is no plain word."""
    head, _, last = name.rpartition(" ")
    if not last.islower() or last.endswith("s"):
        return ""
    forms = regular_forms(last)
    if not forms:
        return ""
    return f"{head} {forms[0]}" if head else forms[0]


def _is_abbreviation(rest: list[str]) -> bool:
    """One word of two or more capitals (and digits), as "EU" or "G7" in "The EU"."""
    return len(rest) == 1 and len(rest[0]) >= 2 and rest[0].isupper() and rest[0].isalnum()


def _pattern_keys(patterns: list[Pattern]) -> tuple[frozenset[str], dict[str, tuple[int, ...]], tuple[int, ...], int]:
    """Index patterns by words a sentence must contain for them to match: the longest
    required word (short ones such as "to" are common), else every word of the smallest
    synset term; patterns with neither are always candidates."""
    positions: dict[str, list[int]] = {}
    always: list[int] = []
    for index, pattern in enumerate(patterns):
        if pattern.required:
            keys: tuple[str, ...] = (max(sorted(pattern.required), key=len),)
        elif pattern.choices:
            keys = tuple(pattern.choices[0])
        else:
            always.append(index)
            continue
        for key in keys:
            positions.setdefault(key, []).append(index)
    return frozenset(positions), {k: tuple(v) for k, v in positions.items()}, tuple(always), len(patterns)
