"""Maintenance tools for dictionaries: check (validate and lint), lookup, stats.

``check`` goes beyond what loading refuses: it reports, as ``file:line``, names that resolve
to different codes in different entries, overlapping date ranges across entries, verbs
listed in several blocks, countries whose dated codes leave a gap, open-ended codes of states
that no longer exist, role words whose singular
and plural code differently, patterns written twice or shadowed by an identical pattern with
another code, codes missing from the ontology, and event codes that the PLOVER table
(``dictionaries/cameo2plover.tsv``) does not map. Errors make ``check`` fail; warnings are
for review.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Optional

import attrs

from ..match.actors import ARMED_ROLES, ActorFinder
from ..match.events import role_units
from ..match.graph import Graph
from ..match.names import HYPHENS, name_words
from ..model import Sentence, Token
from .compiled import Dictionaries
from .loader import load_dictionaries
from .schema import PatternSpec, VerbBlock
from .yamlio import DictionaryError, Problem


@attrs.frozen
class CheckResult:
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity != "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def check(*paths, defaults: bool = True) -> CheckResult:
    """Load (validating everything) and lint; never raises for dictionary content."""
    try:
        dictionaries = load_dictionaries(*paths, defaults=defaults, cache=False)
    except DictionaryError as exc:
        return CheckResult(tuple(exc.problems))
    return CheckResult(tuple(dictionaries.warnings) + tuple(lint(dictionaries)) + tuple(plover_gaps(dictionaries)))


def plover_gaps(d: Dictionaries, table=None) -> list[Problem]:
    """One warning per event code the verb dictionaries use that has no PLOVER type (its
    events get empty PLOVER columns), at its first use, with the number of uses."""
    from ..plover import shipped_table

    table = table if table is not None else shipped_table()
    uses: dict[str, list] = {}

    def note(code: Optional[str], origin) -> None:
        for part in (code or "").split(":"):
            if part and part != "---" and part not in table:
                uses.setdefault(part, []).append(origin)

    for block in d.verbs:
        note(block.code, block.origin)
        for form in block.verbs:
            note(form.code, form.origin)
        for pattern in block.patterns:
            note(pattern.code, pattern.origin)
    where = Path(table.path).name if table.path else "the PLOVER table"
    return [
        Problem(origins[0].file, origins[0].line,
                f"event code {code} has no PLOVER type in {where} ({len(origins)} use"
                f"{'' if len(origins) == 1 else 's'}): its events get empty PLOVER columns", "warning")
        for code, origins in sorted(uses.items())
    ]


# The words of many organisations' names (``lint``: a name of two of them describes more
# groups than it names).
GENERIC_NAME_QUALIFIERS = frozenset({
    "islamic", "islamist", "muslim", "arab", "jihad", "national", "popular", "people's", "peoples",
    "revolutionary", "democratic", "social", "socialist", "communist", "republican", "liberal",
    "conservative", "christian", "united", "new", "armed", "free", "green", "labour", "labor",
    "patriotic", "progressive", "independent", "holy",
})
GENERIC_NAME_HEADS = frozenset({
    "party", "group", "union", "unity", "front", "army", "movement", "resistance", "force", "forces",
    "alliance", "committee", "council", "league", "brigade", "brigades", "organization", "organisation",
    "justice", "democracy", "center", "centre", "congress", "community", "guard", "guards", "jihad",
})

# Armed actors other than a state's military (named, not described, in news), and radicals
# and separatists, whose groups are named as theirs are.
ARMED_GROUP_ROLES = (ARMED_ROLES - {"MIL"}) | {"RAD", "SEP"}

# States that no longer exist: a code of theirs with no end date is a data error (the
# source gave Turkmenistan USRTKM *from* its independence, for ever after).
DISSOLVED_STATES = frozenset({"USR", "YUG", "CSK", "DDR", "SUN"})


def _country_gap(actor) -> Optional[tuple[_dt.date, _dt.date]]:
    """The first stretch of days that a country's dated codes leave uncovered, if it has no
    undated code to fall back on (persons between offices are meant to have such gaps;
    a country never is: its name then codes nothing in those years)."""
    if not actor.codes or any(c.is_default for c in actor.codes) or any(len(c.code) != 3 for c in actor.codes):
        return None
    ranges = sorted((c.start or _dt.date.min, c.end or _dt.date.max) for c in actor.codes)
    covered_to = ranges[0][1]
    for start, end in ranges[1:]:
        if covered_to < _dt.date.max and start > covered_to + _dt.timedelta(days=1):
            return covered_to + _dt.timedelta(days=1), start - _dt.timedelta(days=1)
        covered_to = max(covered_to, end)
    return None


def _singular(word: str) -> str:
    """``_lemma``'s rough singular, also of "-es" plurals after s, x or z ("taxes" -> "tax"):
    the lint must find every pair that a parser's lemma could make match."""
    if len(word) > 3 and word.endswith("es") and word[-3] in "sxz":
        return word[:-2]
    return _lemma(word)


def lint(d: Dictionaries) -> list[Problem]:
    problems: list[Problem] = []

    # Actor names shared by entries with different codes, and overlapping date ranges.
    by_name: dict[tuple[str, ...], list] = defaultdict(list)
    for actor in d.actors:
        for name in actor.names:
            by_name[name_words(name)].append(actor)
        dated = sorted((c for c in actor.codes if not c.is_default), key=lambda c: c.start or _dt.date.min)
        for first, second in zip(dated, dated[1:]):
            if first.end is None or (second.start is not None and second.start <= first.end):
                problems.append(Problem(actor.origin.file, actor.origin.line,
                                        f"actor {actor.id}: date ranges of {first.code} and {second.code} overlap", "error"))
        gap = _country_gap(actor)
        if gap is not None:
            problems.append(Problem(actor.origin.file, actor.origin.line,
                                    f"country {actor.id} ({actor.names[0]!r}) has no code from {gap[0]} to {gap[1]}: "
                                    "its dated codes leave a gap and it has no undated code", "warning"))
        for open_ended in dated:
            if open_ended.end is None and open_ended.code[:3] in DISSOLVED_STATES:
                problems.append(Problem(actor.origin.file, actor.origin.line,
                                        f"actor {actor.id} ({actor.names[0]!r}) is {open_ended.code} from {open_ended.start} on: "
                                        f"{open_ended.code[:3]} no longer exists, so an open-ended code of it is likely "
                                        "a date written as the start of the old code", "warning"))
    for words, actors in by_name.items():
        codes = {tuple(c.code for c in a.codes) for a in actors}
        if len(actors) > 1 and len(codes) > 1:
            first = actors[0]
            others = ", ".join(f"{a.id} ({a.origin})" for a in actors[1:4])
            problems.append(Problem(first.origin.file, first.origin.line,
                                    f"name {' '.join(words)!r} of {first.id} also names {others} with other codes", "warning"))

    # Role words that differ only by a plural ending but code differently: a plural token's
    # lemma matches the singular name, so one silently wins ("armed forces" MIL against
    # "armed force" UAF coded "Russian armed forces" RUSUAF).
    by_singular: dict[tuple[str, ...], list] = defaultdict(list)
    for agent in d.agents:
        for name in agent.names:
            by_singular[tuple(_singular(w) for w in name_words(name))].append((name, agent))
    for variants in by_singular.values():
        if len({agent.code for _, agent in variants}) > 1:
            (name, first), *rest = variants
            others = ", ".join(f"{n!r} {a.code} ({a.origin})" for n, a in rest)
            problems.append(Problem(first.origin.file, first.origin.line,
                                    f"role {name!r} {first.code} differs only in number from {others}: "
                                    "a plural matches the singular too, so one of the codes always wins", "warning"))

    # Actor names that differ only by a plural ending, of entries of other countries: a name's
    # plural-looking word may be lemmatised to the other ("Hamas" read as the plural of the
    # Syrian city "Hama").
    actors_by_singular: dict[tuple[str, ...], list] = defaultdict(list)
    for actor in d.actors:
        for name in actor.names:
            actors_by_singular[tuple(_singular(w) for w in name_words(name))].append((name, actor))
    for variants in actors_by_singular.values():
        spellings = {name_words(name) for name, _ in variants}
        # entries of other countries: not "African" AFR / "Africans" AFRCVL, nor one entry's dated codes
        countries = {frozenset(c.code[:3] for c in a.codes) for _, a in variants}
        if len(spellings) > 1 and len(countries) > 1:
            (name, first), *rest = variants
            others = ", ".join(f"{n!r} of {a.id} ({a.origin})" for n, a in rest if name_words(n) != name_words(name))
            problems.append(Problem(first.origin.file, first.origin.line,
                                    f"name {name!r} of {first.id} is {others} but for a plural ending, "
                                    "of another country: a lemma may match one for the other", "warning"))

    # Names of armed groups that are two common words of organisations' names ("Islamic
    # Party", "Islamic Group"): they code every text that describes a group so ("the Iraqi
    # Islamic Party" was Afghanistan's Hizb-i-Islami, "an Islamic group" Jemaah Islamiyah).
    # Parties and states' bodies are named, not described, in news ("the Labour Party").
    for actor in d.actors:
        if all(ARMED_GROUP_ROLES.isdisjoint(role_units(c.code)) for c in actor.codes):
            continue
        for name in actor.names:
            words = name_words(name)
            words = words[1:] if words[:1] == ("the",) else words
            if len(words) == 2 and words[0] in GENERIC_NAME_QUALIFIERS and words[1] in GENERIC_NAME_HEADS:
                problems.append(Problem(actor.origin.file, actor.origin.line,
                                        f"name {name!r} of {actor.id} is two common words of organisations' names: "
                                        "every group a text describes so is coded as this one", "warning"))

    # A discard that is a bare number ("2009") silences every sentence that dates its event.
    for discard in d.discards:
        if discard.phrase.strip().isdigit():
            problems.append(Problem(discard.origin.file, discard.origin.line,
                                    f"discard {discard.phrase!r} is a bare number: every sentence that names it "
                                    "(a year, a count) is left uncoded", "warning"))

    # Verbs listed in several blocks.
    seen_verbs: dict[str, VerbBlock] = {}
    for block in d.verbs:
        for form in block.verbs:
            earlier = seen_verbs.get(form.lemma)
            if earlier is not None and earlier is not block:
                problems.append(Problem(form.origin.file, form.origin.line,
                                        f"verb {form.lemma!r} is in blocks {earlier.id} and {block.id}; the first wins", "warning"))
            else:
                seen_verbs[form.lemma] = block

    # Patterns written twice in a block, or shadowed by an identical pattern with another code,
    # within one file: a later layer's amend that restates a pattern corrects its code.
    for block in d.verbs:
        texts: dict[tuple[str, str], PatternSpec] = {}
        for spec in block.patterns:
            key = (spec.origin.file, " ".join(spec.text.split()))
            if key in texts:
                first_spec = texts[key]
                if first_spec.code == spec.code:
                    problems.append(Problem(spec.origin.file, spec.origin.line,
                                            f"pattern {spec.text!r} repeats line {first_spec.origin.line}", "warning"))
                else:
                    problems.append(Problem(spec.origin.file, spec.origin.line,
                                            f"pattern {spec.text!r} [{spec.code}] is shadowed by line {first_spec.origin.line} "
                                            f"[{first_spec.code}]: it can never match", "error"))
            else:
                texts[key] = spec
    return problems


@attrs.frozen
class Lookup:
    """What a phrase resolves to on a date, and why."""

    phrase: str
    date: Optional[_dt.date]
    code: Optional[str]
    actors: tuple[tuple[str, str, str, str], ...]  # (entry id, matched words, code on the date, file:line)
    agents: tuple[tuple[str, str, str, str], ...]  # (entry id, matched words, agent code, file:line)

    def render(self) -> str:
        lines = [f"{self.phrase!r} on {self.date or 'any date'}: {self.code or 'no code'}"]
        for ident, words, code, where in self.actors:
            lines.append(f"  actor {ident}: {words!r} -> {code or 'no code on this date'}  ({where})")
        for ident, words, code, where in self.agents:
            lines.append(f"  agent {ident}: {words!r} -> {code}  ({where})")
        return "\n".join(lines)


_HYPHEN_INSIDE = re.compile("(?<=\\w)([" + "".join(sorted(HYPHENS)) + "])(?=\\w)")


def lookup(d: Dictionaries, phrase: str, date: Optional[_dt.date] = None) -> Lookup:
    """Resolve a phrase as the actor matcher would inside a sentence."""
    # split as the parser splits: the possessive and a hyphen inside a word ("Guinea-Bissau")
    words = _HYPHEN_INSIDE.sub(r" \1 ", phrase.replace("'s", " 's")).split()
    tokens = [Token(i + 1, w, _lemma(w), "PUNCT" if w in HYPHENS else "PROPN",
                    head=0 if i == len(words) - 1 else len(words), deprel="punct" if w in HYPHENS else "compound")
              for i, w in enumerate(words)]
    if tokens:
        tokens[-1] = attrs.evolve(tokens[-1], head=0, deprel="root")
    graph = Graph(Sentence(tokens))
    ids = range(1, len(tokens) + 1)
    actor_hits, agent_hits = [], []
    taken: set[int] = set()
    for hit in d.actor_index.find_all(graph, ids):
        actor_hits.append(hit)
        taken.update(hit.token_ids)
    for hit in d.agent_index.find_all(graph, [i for i in ids if i not in taken]):
        agent_hits.append(hit)
    # The code as the engine gives it to a phrase of these words (one name: each word a
    # compound of the last), so the two never disagree ("Palestinian militant organisation
    # Hamas" is Hamas, not PSE + militant).
    roles = d.ontology.roles if d.ontology is not None else ()
    actor = ActorFinder(graph, d.actor_index, d.agent_index, date, roles=roles).resolve(len(tokens)) if tokens else None
    return Lookup(
        phrase,
        date,
        actor.code if actor is not None else None,
        tuple((h.value.id, " ".join(words[i - 1] for i in h.token_ids), h.value.code_on(date) or "", str(h.value.origin))
              for h in actor_hits),
        tuple((h.value.id, " ".join(words[i - 1] for i in h.token_ids), h.value.code, str(h.value.origin))
              for h in agent_hits),
    )


def _lemma(word: str) -> str:
    """A rough singular, as a parser's lemma would give: "troops" -> "troop", "militias" -> "militia"."""
    lower = word.lower()
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith("s") and not lower.endswith("ss") and len(lower) > 3:
        return lower[:-1]
    return lower


def stats(d: Dictionaries) -> list[tuple[str, str, int]]:
    """(file, entry type, count) for every file and type, in load order."""
    counts: Counter = Counter()
    order: list[tuple[str, str]] = []

    def add(file: str, kind: str, n: int = 1) -> None:
        key = (file, kind)
        if key not in counts:
            order.append(key)
        counts[key] += n

    for actor in d.actors:
        add(actor.origin.file, "actors")
        add(actor.origin.file, "actor names", len(actor.names))
        add(actor.origin.file, "dated codes", sum(1 for c in actor.codes if not c.is_default))
    for agent in d.agents:
        add(agent.origin.file, "agents")
    for synset in d.synsets:
        add(synset.origin.file, "synsets")
    for block in d.verbs:
        add(block.origin.file, "verb blocks")
        add(block.origin.file, "verbs", len(block.verbs))
        add(block.origin.file, "patterns", len(block.patterns))
    for discard in d.discards:
        add(discard.origin.file, f"{discard.scope} discards")
    for issue in d.issues:
        add(issue.origin.file, "issue exclusions" if issue.exclude else "issue phrases")
    if d.ontology is not None:
        add("(ontology)", "event codes", len(d.ontology.events))
        add("(ontology)", "role codes", len(d.ontology.roles))
    return [(file, kind, counts[(file, kind)]) for file, kind in order]


def relative(path: str) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return path
