"""Noun phrases -> actor codes: names, agents, dates, compounds.

An actor phrase is a nominal head with its name-like dependents (compounds, flat names,
adjectives, possessors, determiners). Country or organisation names come from the actor
trie, role nouns from the agent trie; the two compose into one code (``Turkish troops`` ->
``TURMIL``, ``MSF Arnor`` -> ``NGOARN``). A phrase that names only a role gets ``---`` as
its country (``the government`` -> ``---GOV``).
"""

from __future__ import annotations

import datetime as _dt
from typing import Collection, Mapping, Optional

import attrs

from ..dictionaries.schema import HELD_OFFICES, ActorEntry, AgentEntry, Origin
from ..model import _maker
from .graph import Graph
from .names import HYPHENS, NameHit, NameIndex
from .places import KIND_NOUNS
from .shortnames import is_office, office_holder, past_office_holder

# Dependents that belong to the name of an actor phrase.
NAME_RELS = frozenset({"compound", "flat", "amod", "nmod:poss", "det", "nummod", "fixed", "case", "goeswith", "name", "advmod", "nmod:npmod", "nmod:desc", "punct"})
# Prepositions through which a role noun takes its country: "ambassadors of Arnor".
AGENT_PREPS = frozenset({"of", "from", "in", "for"})
CLAUSE_RELS = frozenset({"acl", "advcl", "parataxis", "ccomp", "xcomp", "csubj", "appos", "conj", "cc", "list", "dislocated", "orphan", "vocative", "reparandum"})

UNKNOWN = "---"
# Titles before a surname that name nobody themselves ("Mr. Musharraf").
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "madam", "monsieur", "herr"})
# Roles a title gives a person ("President", "Senator", "General", "opposition leader",
# "rebel leader"): the office or side an undated story means, where the person's undated
# code is only ELI.
OFFICE_ROLES = frozenset({"GOV", "LEG", "MIL", "JUD", "COP", "OPP", "REB"})
FORMER = frozenset({"former", "ex", "erstwhile"})
# Nouns of a place a name in front of it is the name of ("Doda district", "Karzai airport").
PLACE_KIND_NOUNS = KIND_NOUNS | frozenset({"airport", "street", "square", "stadium", "bridge", "road", "avenue", "camp"})
# Roles whose possessor is the other side, not the role's own country ("his counterpart from Peru").
# "Counterpart" itself also names the other side's office ("his Peruvian counterpart": PERGOV).
COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})
COUNTERPARTS = COUNTERPART_NOUNS | {"opposite", "host", "hosts"}
# Role codes of armed actors: one is enough for an actor ("Taliban fighters", "rebel militias").
ARMED_ROLES = frozenset({"MIL", "REB", "UAF", "INS"})
# A head's own phrase, without its conjuncts, clauses and punctuation (``_joined_name``).
_JOIN_STOP = CLAUSE_RELS | {"punct"}
_NAME_UD_RELS = frozenset({"compound", "flat", "fixed", "det", "amod", "nummod", "goeswith"})
# Nouns of what is talked about: a role word before one names no actor ("called the refugee
# issue very dangerous"); a country's still does ("the Iranian nuclear issue").
TOPICS = frozenset({"issue", "question", "problem", "matter", "crisis", "situation", "file", "dossier", "debate"})
# Nouns of a people's speech and writing: a country's adjective on one names no actor and no
# place ("drawn up in the Bulgarian language", "lectured on French literature").
LANGUAGE_NOUNS = frozenset({"language", "dialect", "literature", "tongue"})
# The last word of a civic group's own name ("the Civil Liberty Organization", "the Global
# Campaign for ..."): a name no dictionary knows that ends in one is a non-governmental
# organisation, as coders code it (NGO). Not "Committee", "Council", "Union" or "Front",
# which as often name a state's body, a union of states or an armed group.
ORGANISATION_HEADS = frozenset({
    "organization", "organisation", "association", "foundation", "society", "campaign", "coalition",
})
# Words that make such a name a state's agency ("the Atomic Energy Organization", "the
# Defence Research and Development Organisation").
STATE_AGENCY_WORDS = frozenset({
    "defence", "defense", "atomic", "nuclear", "space", "intelligence", "security", "police",
    "military", "army", "state", "government", "federal", "ministry", "revenue", "investigation",
})
NAMED_ORGANISATION = AgentEntry("NAMED_ORGANISATION", ("<a civic group's own name>",), "NGO",
                                origin=Origin("eventcoder/match/actors.py, ORGANISATION_HEADS"))
# Heads that only count or pick out part of the group their "of" phrase names: "dozens of
# protesters", "a number of Afghan soldiers", "two of the ministers" are those people.
PARTITIVES = frozenset({
    "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
    "score", "scores", "tens", "number", "numbers", "group", "groups", "handful", "couple",
    "some", "many", "several", "most", "all", "few", "each", "both", "none", "majority",
    "minority", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
})


@attrs.frozen
class Actor:
    """A resolved actor phrase: its code and the evidence for it."""

    code: str
    head: int
    token_ids: tuple[int, ...]
    actor: Optional[ActorEntry] = None
    agents: tuple[AgentEntry, ...] = ()
    text: str = ""

    @property
    def entry_id(self) -> str:
        return self.actor.id if self.actor else ""

    @property
    def agent_id(self) -> str:
        return "+".join([a.id for a in self.agents])  # a list: join makes one from a generator anyway

    @property
    def is_country_known(self) -> bool:
        return self.actor is not None


_actor = _maker(Actor)  # Actor(...) without attrs' per-call overhead: every value is final


def is_person(entry: ActorEntry) -> bool:
    """Whether an entry reads as a person: it holds offices by date and is never a bare
    country (Kuwait is KWTOCC for a while, but a country after)."""
    codes = entry.codes
    return any(not code.is_default for code in codes) and all(len(code.code) > 3 for code in codes)


def _contains(code: str, part: str) -> bool:
    """Whether ``part`` is already in ``code`` as whole 3-letter units ("GMWGOV" holds GOV, not WGO)."""
    if part and len(part) % 3 == 0:  # the usual case: found where a unit starts
        at = code.find(part)
        while at != -1:
            if at % 3 == 0:
                return True
            at = code.find(part, at + 1)
        return False
    units = [code[i:i + 3] for i in range(0, len(code), 3)]
    size = max(1, len(part) // 3)
    wanted = [part[i:i + 3] for i in range(0, len(part), 3)]
    return any(units[i:i + size] == wanted for i in range(len(units)))


def compose(actor_code: Optional[str], agents: list[AgentEntry]) -> str:
    """Country/organisation code + agent codes; an agent already contained is not repeated."""
    code = actor_code or ""
    prefix = ""
    if len(code) > 3:
        # A named group or office already says its role: "Taliban militants" and "a Taliban
        # spokesman" are the Taliban (AFGREB), "White House officials" the White House.
        return code
    if any(agent.code in ARMED_ROLES for agent in agents):
        # "Syrian government warplanes", "Iraqi government troops": the armed role is who
        # acted (SYRMIL), the government only whose they are.
        agents = [agent for agent in agents if agent.code != "GOV"]
    for agent in agents:
        if agent.prefix:
            if not _contains(code, agent.code) and not _contains(prefix, agent.code):
                prefix += agent.code
        elif not _contains(code, agent.code):
            code += agent.code
    if not actor_code:
        if prefix and code:
            return prefix + code
        if prefix:
            return prefix
        return UNKNOWN + code
    return prefix + code


# Participles after a hyphen that make the name before them a backer of what the phrase
# names, not the actor ("Iranian-backed Houthis"); "-led" and "-based" name the actor's own.
BACKING_PARTICIPLES = frozenset({"back", "sponsor", "support", "fund", "arm", "train", "ally", "align", "broker", "install",
                                 "affiliate", "inspire"})


def _retired(code: str, entry: Optional[ActorEntry], former: bool) -> str:
    """A person named "former" holder of an office ("former Vice President Amado Boudou") is of
    the elite (ELI), whatever office a list gives him without an end date; a role alone keeps
    its office ("former security officials" are GOV, as PETRARCH codes them)."""
    if former and code[3:6] in HELD_OFFICES and entry is not None and is_person(entry):
        return code[:3] + "ELI"
    return code


def _office_role(agents: list[AgentEntry]) -> Optional[str]:
    """The office a phrase's titles name ("President": GOV), or None."""
    return next((agent.code for agent in agents if agent.code in OFFICE_ROLES), None)


def says_more(code: str, than: str) -> bool:
    """Whether a code says more of the same actor than another: ``IRNGOV`` of ``IRN``."""
    return len(code) > len(than) and code.startswith(than)


class ActorFinder:
    """Resolve noun phrases of one sentence against compiled actor and agent tries."""

    def __init__(
        self,
        graph: Graph,
        actors: NameIndex[ActorEntry],
        agents: NameIndex[AgentEntry],
        date: Optional[_dt.date],
        known: Optional[Mapping[str, Optional[ActorEntry]]] = None,
        surnames: Optional[Mapping[str, tuple[ActorEntry, ...]]] = None,
        roles: Collection[str] = (),
    ):
        """``known``: the surnames of persons the story has named in full; ``surnames``: the
        dictionary's persons by surname (``match.shortnames``); ``roles``: the ontology's
        role codes (GOV, LEG, REB ...; IGO, NGO, MNC are roles too), which no country is."""
        self.graph = graph
        self.roles = roles
        self.actors = actors
        self.agents = agents
        self.date = date
        self._cache: dict[int, Optional[Actor]] = {}
        self._codes: dict[int, Optional[str]] = {}
        # Tokens where an actor or agent name could start; a phrase without any names nobody.
        self.actor_starts = actors.starts(graph)
        self.agent_starts = agents.starts(graph)
        # Surnames of no story date, which stand for a person only after an office's title.
        self._titled_only: set[int] = set()
        self.short_names = self._short_names(known or {}, surnames or {})
        self._starts = self.actor_starts | self.agent_starts | self.short_names.keys()

    def _short_names(self, known: Mapping[str, Optional[ActorEntry]], surnames: Mapping[str, tuple[ActorEntry, ...]]) -> dict[int, ActorEntry]:
        """Proper nouns of the sentence that are a person's surname alone ("Musharraf told
        Clinton"): the story's own full names first (a person no dictionary knows stands for
        nobody), else the one office holder of the date."""
        g = self.graph
        out: dict[int, ActorEntry] = {}
        if not known and not surnames:
            return out
        if not any(word in known or word in surnames for word in g.words):
            return out  # no word of the sentence is a surname (the usual case)
        forms, upos = g.forms, g.upos_
        for tid in range(1, g.n + 1):
            if upos[tid] != "PROPN" or self._names_a_place(tid):
                continue
            word = forms[tid]
            entry = known.get(word)
            if entry is None and word in surnames and word not in known:
                if self.date is not None:
                    entry = office_holder(surnames[word], self.date)
                else:
                    entry = past_office_holder(surnames[word])
                    if entry is not None:
                        self._titled_only.add(tid)
            if entry is not None:
                out[tid] = entry
        return out

    def _names_a_place(self, tid: int) -> bool:
        """Whether a proper noun is the name of a place its head says it is ("from Doda
        district", "Karzai airport"): a surname there names no person."""
        g = self.graph
        head = g.heads[tid]
        return bool(head) and g.rels[tid] in ("compound", "flat") and g.upos_[head] == "NOUN" and g.lemmas[head] in PLACE_KIND_NOUNS

    def _short_name(self, tokens: list[int], used: set[int]) -> Optional[tuple[int, ActorEntry]]:
        """The phrase's one surname standing for a person, when no other proper noun is
        left unexplained beside it ("Condoleeza Rice" with an unknown first name is not the
        Rice of the dictionary)."""
        g = self.graph
        found = None
        for tid in tokens:
            if tid in used:
                continue
            if tid in self.short_names:
                if found is not None:
                    return None
                found = (tid, self.short_names[tid])
            elif g.upos_[tid] == "PROPN" and g.forms[tid] not in HONORIFICS:
                return None
        return found

    def name_tokens(self, head: int) -> list[int]:
        """The head and its name-like dependents, recursively (not clauses, conjuncts or preps)."""
        g = self.graph
        children, deprels, rels = g.children, g.deprels, g.rels
        out = [head]
        for current in out:  # the list grows as it is read
            for child in children[current]:
                rel = deprels[child]
                if rel in NAME_RELS or rels[child] in _NAME_UD_RELS:
                    if rel == "punct" and child != current - 1 and child != current + 1:
                        continue
                    out.append(child)
        out.sort()
        return out

    def resolve(self, head: int) -> Optional[Actor]:
        """The actor a nominal head names, or None when it names neither actor nor agent."""
        if head in self._cache:
            return self._cache[head]
        result = self._resolve(head)
        self._cache[head] = result
        return result

    def counted(self, head: int) -> int:
        """The head of what a count or a part names ("dozens of protesters", "a number of
        Syrians, Iraqis and Afghans": "protesters", "Syrians"), or 0."""
        g = self.graph
        if g.upos_[head] != "PROPN" and (g.lemmas[head] in PARTITIVES or g.upos_[head] == "NUM"):
            for child in g.children[head]:
                if g.rel(child) == "nmod" and g.case_words(child) == ["of"]:
                    return child
        return 0

    def _resolve(self, head: int) -> Optional[Actor]:
        g = self.graph
        if g.lemmas[head] in LANGUAGE_NOUNS and g.upos_[head] == "NOUN":
            return None
        if self.actor_starts and g.children[head]:
            joined = self._joined_name(head)
            if joined is not None:
                return joined
        counted = self.counted(head)
        if counted:
            return self.resolve(counted)  # "dozens of protesters": the people, not the count
        # A name may run on into the phrase's prepositional part: "Prince of Dol Amroth".
        # The phrase (``g.subtree(head, CLAUSE_RELS)``) and the name tokens within it
        # (``name_tokens(head)``: name relations are never clause relations), in one walk.
        children, deprels, rels = g.children, g.deprels, g.rels
        allowed = {head}
        phrase = [head]
        names = {head}
        for current in phrase:  # the list grows as it is read
            in_name = current in names
            for child in children[current]:
                rel = deprels[child]
                if rel in CLAUSE_RELS or rels[child] in CLAUSE_RELS:
                    continue
                phrase.append(child)
                allowed.add(child)
                if in_name and (rel in NAME_RELS or rels[child] in _NAME_UD_RELS or (rel == "nmod" and self._bare_name(child))):
                    if rel != "punct" or child == current - 1 or child == current + 1:
                        names.add(child)
        if self._starts.isdisjoint(allowed):
            return self._named_organisation(head, names)
        tokens = sorted(names)
        actor_hits: list[NameHit[ActorEntry]] = []
        agent_hits: list[NameHit[AgentEntry]] = []
        skip_until = 0
        actor_starts, agent_starts = self.actor_starts, self.agent_starts
        for tid in tokens:
            if tid <= skip_until:
                continue
            # No name starts elsewhere (``NameIndex.starts``): skip the lookups.
            a = self.actors.match_at(g, tid, allowed) if tid in actor_starts else None
            b = self.agents.match_at(g, tid, allowed) if tid in agent_starts else None
            if a is not None and (b is None or a.end >= b.end):
                actor_hits.append(a)
                skip_until = a.end
            elif b is not None:
                agent_hits.append(b)
                skip_until = b.end
        if actor_hits:
            actor_hits = self._whole_names(actor_hits, agent_hits, names)
            # "Iranian-backed Houthis", "U.N.-backed Libyan government": the backer only
            # describes the actor, who is the rest of the phrase.
            actor_hits = [hit for hit in actor_hits if not self.is_backer(hit)]
        actor_hit = None
        actor_code = None
        adjective: set[int] = set()
        for hit in actor_hits:
            code = self.code_of(hit.value)
            if not code:
                continue
            if actor_hit is None:
                actor_hit, actor_code = hit, code
            elif actor_code and says_more(code, actor_code):
                # A name that says more of the same country wins: "his Iranian counterpart
                # Hassan Rouhani" is Rouhani (IRNGOV), not Iranian (IRN).
                actor_hit, actor_code = hit, code
            elif actor_code and self._place_before_person(actor_hit, actor_code, hit, code):
                # A person named in the phrase wins over a place before them, which the parser
                # hung there: "New York (CNN) French President Emmanuel Macron" is Macron.
                actor_hit, actor_code = hit, code
            elif actor_code and self._foreign_body(actor_hit, actor_code, hit, code):
                # A country's adjective on another country's body or group names that
                # country's own: "the Nigerian Senate" (the US Congress's "Senate") is
                # NGALEG, "Iraqi Hezbollah" (LBNREB) IRQREB.
                adjective = set(actor_hit.token_ids)
                actor_hit, actor_code = hit, actor_code + code[-3:]
        if actor_hit is None and g.lemmas[head] in TOPICS and all(head not in h.token_ids for h in agent_hits):
            return None  # "the refugee issue": what is talked about, no refugees
        # A qualifier right before another role word only ranks it: "deputy foreign
        # minister" is a minister (GOV), as "a deputy" alone is a legislator (LEG).
        agents = [h.value for i, h in enumerate(agent_hits)
                  if not (h.value.qualifier and i + 1 < len(agent_hits) and agent_hits[i + 1].start == h.end + 1)]
        used: set[int] = set(actor_hit.token_ids) if actor_hit else set()
        used |= adjective
        for agent_hit in agent_hits:
            used.update(agent_hit.token_ids)
        if actor_hit is None and self.short_names:
            short = self._short_name(tokens, used)
            if short is not None:
                tid, entry = short
                code = self.code_of(entry)
                if tid in self._titled_only:
                    # no story date: "President Atambayev" is the one Atambayev who held an
                    # office; not "Atambayev's lawyer", nor a title after the name
                    titled = g.deprels[tid] != "nmod:poss" and any(t < tid for t in used)
                    code = self._titled_office(entry, agents) if titled else None
                if code:
                    used.add(tid)
                    return _actor(compose(code, agents), head, tuple(sorted(used)), entry, tuple(agents), self._text(used))
        if agents and actor_hit is None and not self.owned_by_pronoun(head):
            # A role noun takes its country from "of/from/in X": "ambassadors of Arnor".
            for child in g.children[head]:
                if g.rel(child) not in ("nmod", "obl") or not set(g.case_words(child)) & AGENT_PREPS:
                    continue
                for inner in map(self.resolve, self._title_of(child)):
                    if inner is not None and inner.actor is not None:
                        # Whose the role is, not more of its roles: "opponents of the Maldives
                        # government" are the Maldives' opposition (MDVOPP), not MDVGOV.
                        code = compose(self.code_of(inner.actor) or inner.code, agents)
                        return _actor(code, head, tuple(sorted(used | set(inner.token_ids))), inner.actor, tuple(agents) + inner.agents, self._text(used | set(inner.token_ids)))
        if actor_hit is None and not agents:
            return self._named_organisation(head, names)
        code = compose(actor_code, agents)
        if self.date is None and actor_hit is not None and agents and code == actor_code:
            code = self._undated_office(actor_hit.value, code, agents)
        former = not FORMER.isdisjoint(g.lemmas[t] for t in tokens if rels[t] in ("amod", "advmod", "compound"))
        named = self._named_in_apposition(head, actor_code)
        if named is not None:
            # "the Palestinian militant organisation Hamas": the name says who (PSEREBHMS),
            # the description only what kind (PSEUAF).
            ids = used | set(named.token_ids)
            return _actor(_retired(named.code, named.actor, former), head, tuple(sorted(ids)), named.actor, named.agents, self._text(ids))
        found = actor_hit.value if actor_hit else None
        return _actor(_retired(code, found, former), head, tuple(sorted(used)), found, tuple(agents), self._text(used))

    def _named_organisation(self, head: int, names: set[int]) -> Optional[Actor]:
        """A civic group no dictionary knows, by its own name: a capitalised head of
        ``ORGANISATION_HEADS`` after another capitalised word of the name ("The LetUsSpeak
        movement" is no name of its own, "the Civil Liberty Organization" is)."""
        g = self.graph
        form = g.tok(head).form
        if g.lemmas[head] not in ORGANISATION_HEADS or not form[:1].isupper() or form.isupper():
            return None
        if g.rels[head] == "appos" or g.rels[head] == "conj" and not any(g.rels[c] == "cc" for c in g.children[head]):
            return None  # in apposition (a conjunct with no "and" is one), it only names what the phrase before it says
        words = [t for t in names if t < head and g.rels[t] in ("compound", "amod", "flat")]
        if not any(g.tok(t).form[:1].isupper() for t in words) or any(g.lemmas[t] in STATE_AGENCY_WORDS for t in words):
            return None
        first = min(names)
        if g.rels[head] == "conj" and first > 2 and g.rels[first - 1] == "cc" and g.tok(first - 2).form[:1].isupper():
            return None  # "the Justice and | Equality Movement": one name with "and" in it
        phrase = g.subtree(head, CLAUSE_RELS)
        if any(t in self.actor_starts for t in phrase if t not in names):
            return None  # "the Atomic Energy Organization of Iran": a state's body, as often
        return _actor(compose(None, [NAMED_ORGANISATION]), head, tuple(sorted(names)), None, (NAMED_ORGANISATION,), self._text(names))

    def _title_of(self, phrase: int) -> list[int]:
        """A role's "of" phrase, then the "of" phrases of its conjuncts: the parser hangs the
        country of "Minister of Foreign Affairs and Expatriates of Jordan" on the last word
        of the ministry's name."""
        g = self.graph
        return [phrase] + [n for c in g.children[phrase] if g.rel(c) == "conj"
                           for n in g.children[c] if g.rel(n) == "nmod" and g.case_words(n) == ["of"]]

    def owned_by_pronoun(self, head: int) -> bool:
        """Whether a role noun is someone's by a possessive pronoun ("its troops", "their
        ambassador"): the pronoun says whose it is, so a place after it is only where ("would
        have to withdraw its troops from Chile" are not Chile's troops); a "counterpart from
        Peru" is Peru's all the same."""
        g = self.graph
        return g.lemmas[head] not in COUNTERPARTS and any(
            g.deprels[c] == "nmod:poss" and g.upos_[c] == "PRON" for c in g.children[head])

    def is_backer(self, hit: NameHit[ActorEntry]) -> bool:
        """Whether a name is written as the one who backs, arms or brokered what the phrase
        names ("Iranian-backed", "Russia - backed"); "Saudi-led" leads, so it stays."""
        g = self.graph
        hyphen = hit.end + 1
        return hyphen < g.n and g.forms[hyphen] in HYPHENS and g.lemmas[hyphen + 1] in BACKING_PARTICIPLES

    def of_a_language(self, hit: NameHit[ActorEntry]) -> bool:
        """Whether a name only says whose a language or literature is ("the Bulgarian
        language"): no one is named."""
        g = self.graph
        outer = g.heads[hit.end]
        return g.rels[hit.end] in ("amod", "compound") and g.lemmas[outer] in LANGUAGE_NOUNS and g.upos_[outer] == "NOUN"

    def _place_before_person(self, first: Optional[NameHit[ActorEntry]], code: str, hit: NameHit[ActorEntry], other: str) -> bool:
        """Whether ``first`` is a place's name (a proper noun, not a people's adjective:
        "Greek Prime Minister George Papandreou" is Greek) coded as a bare country, and
        ``hit``, after it, a person of another country."""
        return (first is not None and len(code) == 3 and code not in self.roles and not is_person(first.value)
                and any(self.graph.upos_[t] == "PROPN" for t in first.token_ids) and is_person(hit.value)
                and other[:3] != code)

    def _foreign_body(self, first: Optional[NameHit[ActorEntry]], code: str, hit: NameHit[ActorEntry], other: str) -> bool:
        """Whether ``first`` names a country ("Nigerian") and ``hit``, right after it, a body
        or group (not a person) of another country whose code ends in a role; not with words
        between ("Iranian-backed Houthis", "Pakistani pro-Taliban newspapers")."""
        return (first is not None and first.end + 1 == hit.start and len(code) == 3 and code not in self.roles
                and len(other) > 3 and other[:3] != code and other[:3] not in self.roles
                and other[-3:] in self.roles and not is_person(hit.value))

    def _whole_names(self, hits: list[NameHit[ActorEntry]], agent_hits: list[NameHit[AgentEntry]], names: set[int]) -> list[NameHit[ActorEntry]]:
        """The phrase's actor names without a person's name that the phrase runs on past
        (``runs_on``)."""
        explained: set[int] = set()
        for hit in hits:
            explained.update(hit.token_ids)
        for agent_hit in agent_hits:
            explained.update(agent_hit.token_ids)
        return [hit for hit in hits if not self.runs_on(hit, names, explained)]

    def runs_on(self, hit: NameHit[ActorEntry], names: Optional[set[int]] = None, explained: Optional[set[int]] = None) -> bool:
        """Whether a person's name is only the start of a longer name that no entry explains:
        "Abdullah Al Taweel" is not King Abdullah, "Omar Hassan al-Bashir" not Prince
        Hassan, "Hamid Karzai International Airport" not Karzai. A person's name ends where
        the person's name ends; a country's may go on ("Kenya Airways"). ``names``: the
        phrase's name words (default: those of the hit's last word); ``explained``: words
        other names or roles account for (default: the hit's own)."""
        if not is_person(hit.value):
            return False
        g = self.graph
        if names is None:
            names = set(self.name_tokens(hit.end))
        if explained is None:
            explained = set(hit.token_ids)

        def unexplained(tid: int) -> bool:
            # A word where a role name may start ("Trump Administration") explains itself.
            return (tid not in explained and tid not in self.agent_starts and g.upos_[tid] == "PROPN"
                    and g.forms[tid].lower() not in HONORIFICS)

        # The next word of the name, or a word the parser hung on the name as its flat
        # part further on ("Abdullah | Al Taweel" with "Al" elsewhere).
        return (hit.end + 1 in names and unexplained(hit.end + 1)) or any(
            child > hit.end and g.deprels[child] == "flat" and unexplained(child)
            for tid in hit.token_ids for child in g.children[tid])

    def _undated_office(self, entry: ActorEntry, code: str, agents: list[AgentEntry]) -> str:
        """In a story with no date, a person's undated code says only that the person is of
        the elite (ELI); the title the phrase gives says which office the story means:
        "President Abdelaziz Bouteflika has resigned" is DZAGOV, not DZAELI ("former
        president" is itself ELI)."""
        if not code.endswith("ELI") or len(code) != 6 or not is_person(entry):
            return code
        office = _office_role(agents)
        return code[:3] + office if office else code

    def _titled_office(self, entry: ActorEntry, agents: list[AgentEntry]) -> Optional[str]:
        """With no story date, the office a title before a surname gives its one holder:
        the country of the person's offices with the title's role ("President Atambayev":
        KGZGOV); no title, or offices in more than one country, nothing."""
        office = _office_role(agents)
        countries = {d.code[:3] for d in entry.codes if not d.is_default and is_office(d.code)}
        if office is None or len(countries) != 1:
            return None
        return countries.pop() + office

    def _joined_name(self, head: int) -> Optional[Actor]:
        """A name with "and" in it that the parser read as two conjuncts ("Immigration | and
        Customs Enforcement returned ...", "Trinidad | and Tobago"): the words from the head's
        phrase to the end of its first conjunct, side by side, make one dictionary name."""
        g = self.graph
        conjuncts = [c for c in g.children[head] if g.rels[c] == "conj"]
        if not conjuncts:
            return None
        own = g.subtree(head, _JOIN_STOP)
        start, size = own[0], len(own)
        # Through the first conjunct, else through more of them, all side by side: the
        # parser may split one name into three ("Immigration | and Customs | Enforcement").
        for last in conjuncts:
            tail = g.subtree(last)
            size += len(tail)
            end = tail[-1]
            if size != end - start + 1 or own[-1] > tail[0]:
                return None  # not side by side: two phrases
            allowed = set(range(start, end + 1))
            for tid in range(start, head + 1):
                if tid not in self.actor_starts:
                    continue
                hit = self.actors.match_at(g, tid, allowed)
                if hit is not None and hit.end >= last and (code := self.code_of(hit.value)):
                    return _actor(code, head, hit.token_ids, hit.value, (), self._text(hit.token_ids))
        return None

    def _named_in_apposition(self, head: int, actor_code: Optional[str]) -> Optional[Actor]:
        """A known name in apposition to a description ("the rebel group Boko Haram", "the
        Palestinian militant organisation Hamas"), when it says more than the description's
        own country: the same country with a role, or a country where it had none. A
        person's office is known only from a dated code of the story's date; without one
        the description is the better evidence ("French Prime Minister Edouard Philippe" in
        an undated story is FRAGOV, not his undated FRAELI)."""
        g = self.graph
        for child in g.children[head]:
            if g.deprels[child] != "appos" or g.upos_[child] != "PROPN":
                continue
            named = self.resolve(child)
            if named is None or named.actor is None:
                continue
            if not self._dated_office(named.actor):
                continue
            if actor_code is None or says_more(named.code, actor_code):
                return named
        return None

    def _dated_office(self, entry: ActorEntry) -> bool:
        """Whether an entry's code on the story date is one of its dated codes, or it has
        none (an organisation: its code does not change with the date)."""
        dated = [code for code in entry.codes if not code.is_default]
        return not dated or (self.date is not None and any(code.covers(self.date) for code in dated))

    def _bare_name(self, token: int) -> bool:
        """A proper noun hung on a title as ``nmod`` with no preposition: the parser's way
        with "Foreign Minister Sergey Lavrov", "his Iranian counterpart Hassan Rouhani"; the
        name is part of the phrase."""
        g = self.graph
        return g.rels[token] == "nmod" and g.upos_[token] == "PROPN" and not g.case_words(token)

    def code_of(self, entry: ActorEntry) -> Optional[str]:
        """``entry.code_on(date)``, remembered for the sentence (by entry identity)."""
        key = id(entry)
        codes = self._codes
        if key in codes:
            return codes[key]
        code = codes[key] = entry.code_on(self.date)
        return code

    def with_agents(self, actor: Actor, agents: tuple[AgentEntry, ...]) -> Actor:
        """Carry a role across a compound: "ambassadors of Arnor, Osgiliath and Gondor"."""
        if not agents or actor.agents:
            return actor
        base = actor.actor.code_on(self.date) if actor.actor else None
        return attrs.evolve(actor, code=compose(base, list(agents)), agents=agents)

    def _text(self, ids) -> str:
        tokens = self.graph.tokens
        return " ".join([tokens[i - 1].form for i in sorted(ids)])
