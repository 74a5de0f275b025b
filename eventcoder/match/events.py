"""One sentence -> coded events: verbs, their sources and targets, through UD relations.

Pure functions of (sentence graph, compiled dictionaries, story date, story memory). The
steps, in order: find coded verbs; pick each verb's pattern; find the subject side
(through passives, verb chains, relative clauses and pronouns) and the object side (direct
objects, then prepositional phrases, then actors inside the object phrase); expand
compounds; apply negation; emit events with their evidence.
"""

from __future__ import annotations

import datetime as _dt
from typing import AbstractSet, Iterable, Optional, Sequence

import attrs

from ..model import _maker
from ..dictionaries.schema import ActorEntry
from .actors import AGENT_PREPS, ARMED_ROLES, COUNTERPART_NOUNS, UNKNOWN, Actor, ActorFinder, is_person
from .graph import CLAUSES, SUBJECTS, TIME_WORDS, Graph
from .names import NameHit
from .intents import DEMAND_WORDS, appeal_demanded, chain_code, refused_intent, stance
from .shortnames import person_surname
from .patterns import PatternMatch
from .verbs import CodedVerb, VerbEntry, attribution, choose_pattern, lookup, of_time, regions

SUBJECT = "nsubj"
PASSIVE_SUBJECT = "nsubj:pass"
OBJECTS = ("obj", "iobj")
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom", "whose"})
PERSONAL_PRONOUNS = frozenset({"it", "they", "he", "she", "its", "their", "his", "her", "them", "him"})
# Pronouns of a person: never a country, region or city ("Catalano lived in Glasgow, where he
# studied": he is not Glasgow).
PERSON_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})
# The speaker's own words: inside a quotation, whoever says it.
FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# Pronouns of a thing or a body, never of a person the dictionaries list ("it would come as
# no surprise" is not NASA's administrator).
THING_PRONOUNS = frozenset({"it", "its"})
AGENT_PREPOSITIONS = frozenset({"by"})
# The relations of a passive's "by" phrase.
AGENT_DEPRELS = frozenset({"obl:agent", "nmod:agent"})
# Who did what a subject is under: "under attack by / from Chile", "under the control of Denmark".
UNDERGONE_AGENT_PREPS = frozenset({"by", "from", "of"})
# The prepositions of a deed a passive verb was done in ("were killed in an attack by ..."),
# or of the end it came to ("was beaten to death by police", the parser hanging the "by"
# phrase on "death").
DEED_PREPS = frozenset({"in", "during", "to"})
# The recipient of a giving or yielding verb (CAMEO 07 provide aid, 08 yield) is its target
# even when the direct object holds other actors ("ceded its colonies of Guam to the United
# States"); so is the one who no longer receives (16 reduce relations: "suspended military
# aid to Mali").
RECIPIENT_ROOTS = frozenset({"07", "08", "16"})
AID = "07"
# People aid is for, when its purpose clause names them ("to support Palestinian refugees").
BENEFICIARY_ROLES = frozenset({"CVL", "REF", "PPL", "HLH", "EDU", "AGR", "LAB"})
# Verbs that lend their subject to an event named by their object noun ("launched an attack
# on", "held talks with", "carried out air strikes against", "issued a statement").
LIGHT_VERBS = frozenset({
    "have", "hold", "conduct", "launch", "carry", "stage", "issue", "sign", "make", "mount",
    "begin", "start", "pay", "undertake", "perform", "wage", "deliver", "unleash", "initiate",
    "execute", "step", "continue", "resume", "intensify", "escalate", "renew",
})
# Light verbs of having, and the nouns of a standing relation they only state ("had links
# to", "has a special connection to", "has control over", "has relations with"): no event.
STATE_VERBS = frozenset({"have", "hold"})
STATE_NOUNS = frozenset({
    "link", "links", "connection", "connections", "tie", "ties", "relation", "relations",
    "relationship", "control", "influence", "stake", "presence", "interest", "access", "power",
    "authority", "right", "rights", "role",
})
# Verbs whose act of saying is the act ("announced a suspension of aid" suspends it), and
# the nouns of undoing they may take, with the verb each names.
ANNOUNCING = frozenset({"announce", "declare", "order", "approve", "authorize", "authorise", "decree"})
REVERSALS = {
    "suspension": "suspend", "halt": "halt", "end": "end", "cessation": "cease", "freeze": "freeze",
    "cut": "cut", "cuts": "cut", "reduction": "reduce", "withdrawal": "withdraw", "lifting": "lift",
    "removal": "remove", "cancellation": "cancel", "closure": "close", "easing": "ease", "stop": "stop",
}
# Prepositions of an example or a likeness ("such as", "like", "unlike", "including").
EXAMPLE_PREPS = frozenset({"such as", "like", "unlike", "including"})
# Comments of outlook, pessimistic and optimistic (CAMEO 012, 013).
OUTLOOK_CODES = ("012", "013")
# Verbs whose past participle on a noun states a standing relation, not an event ("an
# Egyptian group allied with Bin Laden", "militants linked to al-Qaeda").
RELATION_VERBS = frozenset({"ally", "link", "affiliate", "associate", "align", "connect", "tie", "relate"})
# Nouns of providing that a verb of announcing or ordering does in the same way: "approved the
# deployment of a UN team to Yemen" deploys it, "ordered the delivery of aid to Gaza" delivers it.
PROVISIONS = {"deployment": "deploy", "delivery": "deliver", "dispatch": "dispatch"}
ANNOUNCED_DEEDS = {**REVERSALS, **PROVISIONS}
# Nominal endings and the verb endings they come from: assassination -> assassinate,
# occupation -> occupy, invasion -> invade, agreement -> agree, withdrawal -> withdraw,
# seizure -> seize, assistance -> assist, condemnation -> condemn.
_NOMINAL_ENDINGS = (
    ("ation", "ate"), ("ation", "e"), ("ation", "y"), ("ation", ""), ("ition", "ite"), ("ition", "e"),
    ("sion", "de"), ("sion", "t"), ("ion", ""), ("ion", "e"), ("ment", ""), ("al", ""), ("al", "e"),
    ("ure", "e"), ("ance", ""), ("ence", ""), ("s", ""),
)


# Event nouns whose verb no nominal ending gives: "launched cyber warfare against India" is
# fighting it, "launched an offensive on" attacking, "issued a threat" threatening.
NOUN_VERBS = {
    "threat": ("threaten",), "war": ("fight",), "warfare": ("fight",), "offensive": ("attack",),
    "airstrike": ("strike",), "airstrikes": ("strike",), "incursion": ("invade",),
}


def noun_verbs(noun: str) -> tuple[str, ...]:
    """Verbs an event noun may name, the noun itself first ("attack", "raid", "visit")."""
    out = [noun]
    for ending, verb_ending in _NOMINAL_ENDINGS:
        if noun.endswith(ending) and len(noun) - len(ending) >= 3:
            out.append(noun[: len(noun) - len(ending)] + verb_ending)
    out.extend(NOUN_VERBS.get(noun, ()))
    return tuple(out)


# Events that a compound subject does with each other when no one else is named: "Canada and
# Britain agreed to a trade deal", "Brazil and the US seek to deepen a partnership" (each pair,
# both ways): intent to cooperate, consult, diplomatic and material cooperation, fight.
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06", "19"})
# A state's own arms, which take the country of the named groups they are conjoined with
# (``_sides_of_one_country``).
_STATE_ARMS = frozenset({"GOV", "MIL", "COP", "LEG", "JUD", "SPY"})
# Verbs of agreeing: sides that agree to do something agree with each other (``_agreed_on``).
AGREEING = frozenset({"agree", "consent"})
# What two sides have or do together, as the object of a verb of a compound subject.
SHARED_THINGS = frozenset({
    "agreement", "deal", "accord", "treaty", "pact", "truce", "ceasefire", "talk", "talks",
    "negotiation", "negotiations", "dialogue", "meeting", "summit", "partnership", "relation",
    "relations", "tie", "ties", "cooperation", "alliance", "memorandum", "exercise", "exercises",
    "drill", "drills", "contract", "plan", "statement", "declaration", "communique", "protocol",
    "framework", "roadmap", "consultation", "consultations", "fire", "exchange", "battle", "war",
})
_NO_SUBJECT = "no subject"
_OBJECT_NOUN_SUBJECT = "subject of the verb whose object the participle's noun is"
_LAST_RESORT = "first actor after the verb in its phrase (last resort)"
_INSIDE_STOP = frozenset({"acl:relcl", "parataxis", "appos"})  # an actor inside a phrase: not in these
_PHRASE_INSIDE_STOP = _INSIDE_STOP | {"advcl"}
_CONJ = frozenset({"conj"})
_RELATIVE = frozenset({"acl:relcl"})
_CONDITION_STOP = frozenset({"parataxis", "appos"})  # where a condition of a verb is not looked for
# How a country word modifies a role noun: "Iraqi police", "US troops".
_COUNTRY_MODIFIERS = frozenset({"amod", "compound"})
# Where a noun stands to its verb for that verb's subject to speak through the noun's
# participle ("issued a statement calling on ...", "said in a report accusing ...").
_DOCUMENT_RELS = frozenset({"obj", "obl"})
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "fixed", "amod", "name", "goeswith", "det", "nmod:poss"})
_SUBJECT_RELS = frozenset({"nsubj", "csubj", "nsubj:pass", "nsubj:xsubj"})
# Verbs whose own subject, not their object, does what their "to" clause says ("promised
# Peru to withdraw"); after any other verb with an object, the object does it ("made you
# take it down", "forced Peru to withdraw": object control).
SUBJECT_CONTROL = frozenset({"promise", "vow", "pledge", "swear", "threaten", "offer", "guarantee", "assure"})
_PARTICIPLES = frozenset({"Ger", "Part"})
# A clause under one of these asserts no event (news-dev conventions: conditionals,
# possibilities and questions are not events; "will" and "would" state intentions).
HYPOTHETICAL_MODALS = frozenset({"might", "could"})
# A clause under one of these says what ought to happen, not what did; said of another
# actor it is a demand ("Russia says Israel must end its attacks": Russia demands, 100).
OBLIGATIONS = frozenset({"must", "should"})
# The modals of a clause demanded of someone, yet to be done ("demanded that Peru should pay").
DEMANDED_MODALS = OBLIGATIONS | {"shall"}
# Verbs that say with a "to" complement what their subject must do ("needs to", "has to").
SEMI_MODALS = frozenset({"need", "have"})
# Verbs of trying: a complement of one negated was not done ("did not attempt to take it").
ATTEMPTS = frozenset({"attempt", "try", "manage", "dare", "bother", "seek"})
# Auxiliaries of what the subject will do: negated, it refuses (CAMEO 12).
INTENDED = frozenset({"will", "would", "wo", "'ll", "shall"})
# Pronouns by which a speaker reports what its own side will do ("said it will release").
SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i"})
DEMAND = "100"
# Predicates whose "of/for" clause is their subject's own deed ("guilty of violating").
CULPABLE = frozenset({"guilty", "responsible"})
# What a clause under one of these says did not happen ("denied that it had attacked").
DENIALS = frozenset({"deny", "refute", "disprove"})
# Words of accusing, whose "of" clause ("accused Syrian soldiers of carrying out a massacre",
# "suspected of spying") is the allegation, not a deed the sentence asserts (row 388).
ACCUSATIONS = frozenset({"accuse", "accusation", "charge", "suspect", "suspicion", "allegation"})
# The prepositions of what one is accused or charged of, with or for, which name no accuser.
CHARGE_PREPS = frozenset({"of", "with", "for", "over"})
CONDITIONS = frozenset({"if", "unless"})
# What a clause under one of these says after a negated verb is a condition, not yet met.
UNTIL = frozenset({"until", "till"})
# A plain statement, which what it reports may say more than.
STATEMENT = "010"
# What a clause under one of these says is wished for, not done ("said he hoped that the
# Saudi king would help mend the rift", "hopes that Greece will help").
WISHES = frozenset({"wish", "hope", "desire", "dream"})
# Prepositions of the one an event noun is done to: "assassination of", "raid on", "war with".
NOUN_OBJECT_PREPS = frozenset({"of", "on", "against", "with"})
# Nouns of one who does something, and the verb it is ("the largest donor of aid in Iraq",
# "the main backer of Hezbollah"), for ``_doer_noun_events``.
DOER_NOUNS = {
    "donor": "donate", "contributor": "contribute", "supporter": "support", "backer": "back",
    "funder": "fund", "financier": "finance",
}
# ("supplier", "provider" and "sponsor" name trade and business as often: "the largest
# supplier of gas to Ukraine".)
# Verbs that link a subject to what it is, as "is" does ("remains the largest donor").
LINKING_VERBS = frozenset({"remain", "become"})
# Those that only ever name whom a deed of force was done to ("an attack on", "strikes against").
DONE_TO_PREPS = frozenset({"on", "against"})
_NONFINITE = frozenset({"Ger", "Part", "Inf"})
_NOMINALS = frozenset({"NOUN", "PROPN"})


def _past_participle(feats: str) -> bool:
    """Whether FEATS are a past participle's ("supported", "killed"), however the parser
    wrote its voice."""
    return "Tense=Past" in feats and _verb_form(feats) == "Part"


def _verb_form(feats: str) -> str:
    """The ``VerbForm`` feature of a token's FEATS ("" when it has none)."""
    at = feats.find("VerbForm=")
    if at < 0:
        return ""
    end = feats.find("|", at)
    return feats[at + 9:end if end >= 0 else len(feats)]
# Prepositions of place: their object is where, not who.
LOCATIVE_PREPS = frozenset({"in", "at", "on", "near", "inside", "across", "into", "within", "throughout", "around", "outside"})
_TO = frozenset({"to"})
# Codes of sending or showing armed men (aid, military cooperation, force postures): armed
# men of no country as their object are the source's own, not the target.
FORCE_SENDING_ROOTS = frozenset({"06", "07", "15"})
# Where a statement, an appeal, a demand or a threat is made is no party to it; visits, aid,
# yielding, protests, coercion and violence done in a place are done to it. Of the place
# prepositions, "on" says what it is about ("commented on Peru"), and "into", "within",
# "around" seldom say where words were spoken: those stay parties.
WHERE_SAID_PREPS = LOCATIVE_PREPS - {"on", "into", "within", "around"}
# A role's own phrase of where it is or comes from: its country ("authorities in Wyoming").
PLACE_OR_ORIGIN_PREPS = LOCATIVE_PREPS | {"from", "of"}
# Tellers of what no one asserts: "the legend says that ...", "rumour has it that ...".
TALES = frozenset({"legend", "myth", "tale", "folklore", "rumour", "rumor", "tradition", "fable", "saga"})
WORD_ROOTS = frozenset({"01", "02", "03", "05", "09", "10", "11", "12", "13"})
# Meetings, calls and talks: a place they are held in is no party to them ("held talks in
# Geneva"); not visits (042, 043), whose place is the host, nor mediation (045) "in" a crisis.
MEETING_CODES = ("040", "041", "044", "046")
# Verbs of coming to a place, where the place is the host ("arrived in Gondor"), not a venue.
ARRIVING = frozenset({"arrive", "travel", "fly", "come", "land", "return", "visit", "go", "reach"})
WHERE_NOT_WHOM_ROOTS = frozenset({"01", "10", "11", "12", "13"})
# Withdrawing one's armed men (087x): from where is the target ("withdrew its troops from Chile").
FORCE_WITHDRAWING = "087"
# Nouns of a body sent somewhere to serve there: its place is where the troops go.
MISSION_NOUNS = frozenset({"mission", "force", "operation", "contingent", "deployment"})
# People whose own office is "to" a country or body ("the US ambassador to Spain").
ENVOY_NOUNS = frozenset({
    "ambassador", "envoy", "emissary", "representative", "delegate", "delegation", "adviser",
    "advisor", "consul", "attache", "liaison", "successor", "heir",
})
# Prepositions of the other party of a complement's action ("sending aid to", "talks with").
COMPLEMENT_PARTY_PREPS = frozenset({"to", "with", "against", "toward", "towards"})
# The party of an object noun: "an ultimatum to", "talks with", "an attack on".
OBJECT_PARTY_PREPS = COMPLEMENT_PARTY_PREPS | {"on"}
# Words that introduce examples of a noun ("countries like Malaysia", "such as", "including").
EXAMPLE_WORDS = frozenset({"like", "such", "including"})
# Measures one actor takes toward another, named as the subject of a passive with their
# owner in front ("UN sanctions against Iran were lifted").
MEASURE_NOUNS = frozenset({"sanction", "sanctions", "embargo", "ban", "restriction", "restrictions", "blockade",
                           "boycott", "aid", "assistance", "tariff", "tariffs"})
# Weapons fired or dropped: named as a passive's subject with an actor in front ("Chilean
# rockets were fired at Peru"), that actor fired them, at whom the verb's phrase names.
WEAPON_NOUNS = frozenset({"rocket", "missile", "shell", "mortar", "bomb", "grenade", "drone", "projectile",
                          "artillery", "airstrike", "strike", "bullet", "round", "torpedo"})
# A passive without a "by" phrase: places and recipients are not the one who did it, nor
# those it names among whom it was done to ("were killed, including police officers").
_NOT_A_PASSIVE_SOURCE = LOCATIVE_PREPS | _TO | {"include", "including"}


def is_place(actor: Actor, roles=frozenset()) -> bool:
    """A country, region or city named as such: a known actor coded with a bare 3-letter
    code that is not a role code (``roles``: ELI, MNC, NGO, IGO, MED...) and no agent
    ("Florida" -> USA, "Glasgow" -> GBR); not a person, group or institution ("Rouhani" ->
    IRNGOV, "Turkish troops" -> TURMIL, a former UN secretary-general -> ELI)."""
    return actor.actor is not None and not actor.agents and len(actor.code) == 3 and actor.code not in roles


def _root(code: Optional[str]) -> str:
    """The CAMEO root of a verb's code; for a "forward:backward" pair the forward one."""
    forward, _, backward = (code or "").partition(":")
    return (forward or backward)[:2]


@attrs.frozen
class RawEvent:
    """An event before it is dressed with CAMEO names: who, what code, whom, and why."""

    source: Optional[Actor]
    code: str
    target: Optional[Actor]
    verb: CodedVerb
    notes: tuple[str, ...] = ()

    @property
    def source_code(self) -> str:
        return self.source.code if self.source else UNKNOWN

    @property
    def target_code(self) -> str:
        return self.target.code if self.target else UNKNOWN


@attrs.frozen
class Step:
    """One decision about a coded verb, kept only when a matcher is built with ``record=True``
    (for ``eventcoder.explain``): ``what`` is ``skipped``, ``negated``, ``source``, ``target``,
    ``dropped`` or ``emitted``; ``detail`` says why or by which rule; ``actors`` what was found."""

    verb: int
    what: str
    detail: str
    actors: tuple = ()


# How many sentences back a pronoun may find its antecedent in the story ("It also funds
# Hezbollah" after "Iran has militarily supported ..."): further back, in a long story or a
# book, "it" and "he" are rarely the actor last named.
PRONOUN_REACH = 3


@attrs.define
class StoryMemory:
    """Actors seen so far in a story, newest last: what ``it`` and ``they`` refer to.

    Subjects are remembered apart: a pronoun subject ("It also funds Hezbollah") most often
    continues the previous subject, not the last object mentioned.
    """

    actors: list[Actor] = attrs.Factory(list)
    # None: a sentence whose subject is a name no dictionary knows ("Otto Jespersen was born
    # in Randers"); the next "he" is that person, not an older actor.
    subjects: list[Optional[Actor]] = attrs.Factory(list)
    # Folded surname -> the person the story named in full ("musharraf" after "Pervez Musharraf");
    # None: a person the story named in full whom no dictionary knows ("Joshua Norton"), so
    # that the bare surname later is that person, not an office holder of the same surname.
    names: dict[str, Optional[ActorEntry]] = attrs.Factory(dict)
    # The country of the last place an earlier sentence set its events in ("in Fallujah"),
    # found only when a later sentence needs it: the sentences not yet looked at wait here.
    _scene: Optional[str] = None
    _unscanned: list = attrs.Factory(list)
    # The two sides of the story's last meeting, and how many sentences ago it was coded:
    # "they" right after "Netanyahu met Putin" are both.
    pair: tuple = ()
    pair_age: int = 0
    # Sentences coded so far, and the sentence each remembered actor was named in (by
    # ``id``: every one stays in ``actors``, so no id is reused while the story lasts): a
    # pronoun reaches back only ``PRONOUN_REACH`` sentences.
    sentences: int = 0
    _named_in: dict = attrs.Factory(dict)

    def add_sentence(self, matcher) -> None:
        self.pair_age += 1
        self.sentences += 1
        self._unscanned.append(matcher)
        if len(self._unscanned) > 64:  # a long story that never asks: keep memory bounded
            self.scene()

    def scene(self) -> Optional[str]:
        """The scene country of the latest earlier sentence that names one, or None."""
        for matcher in reversed(self._unscanned):
            country = matcher._scene_country()
            if country:
                self._scene = country
                break
        self._unscanned.clear()
        return self._scene

    def learn_names(self, names: list[tuple[str, Optional[ActorEntry]]]) -> None:
        """Remember the surnames of persons' full names (as written) in a sentence; a name no
        entry matched (None) does not displace a known person of the same surname ("Laura
        Bush" after "George W. Bush")."""
        for text, entry in names:
            surname = person_surname(text)
            if surname is not None and (entry is not None or self.names.get(surname) is None):
                self.names[surname] = entry

    def unknown_subject(self) -> None:
        """The sentence's subject is a name no dictionary knows: a later subject pronoun
        refers to it, so to no known actor."""
        if self.subjects and self.subjects[-1] is None:
            return
        self.subjects.append(None)

    def met(self, one: Actor, other: Actor) -> None:
        """Two sides met (a paired consultation was coded between them)."""
        self.pair, self.pair_age = (one, other), 0

    def met_lately(self) -> tuple:
        """The sides of a meeting coded in this sentence or the one before, or ()."""
        return self.pair if self.pair_age <= 1 else ()

    def remember(self, actor: Optional[Actor], subject: bool = False) -> None:
        if actor is not None and actor.actor is not None:
            self._named_in[id(actor)] = self.sentences
            self.actors.append(actor)
            if subject:
                self.subjects.append(actor)

    def last(self, subject: bool = False, refuse=None) -> Optional[Actor]:
        """The newest actor (the newest subject, when asked and there is one). An actor that
        ``refuse`` rejects (a place, for a pronoun of a person) is no answer: then the newest
        actor of all if that one is acceptable, else none (an older actor is too far back
        to trust)."""
        pool: Sequence[Optional[Actor]] = self.subjects if subject and self.subjects else self.actors
        if not pool or pool[-1] is None:
            return None
        for actor in (pool[-1], *self.actors[-1:]):
            if actor is None or self.sentences - self._named_in.get(id(actor), 0) > PRONOUN_REACH:
                continue  # named too long ago to be what a pronoun means
            if refuse is None or not refuse(actor):
                return actor
        return None

    def recent(self, accept, within: int = 8) -> Optional[Actor]:
        """The newest of the story's last ``within`` actors that ``accept`` takes, or None:
        for what a sentence implies of the story (the other side of its war), not for a
        pronoun, which only the newest may answer."""
        for actor in reversed(self.actors[-within:]):
            if actor is not None and accept(actor):
                return actor
        return None


class SentenceMatcher:
    """Codes one sentence. Construct, then call ``events()``."""

    def __init__(
        self,
        graph: Graph,
        dictionaries,
        date: Optional[_dt.date],
        memory: Optional[StoryMemory] = None,
        require_target: bool = True,
        record: bool = False,
    ):
        self.require_target = require_target
        self.g = graph
        self.d = dictionaries
        self.date = date
        self.memory = memory if memory is not None else StoryMemory()
        self.finder = ActorFinder(
            graph, dictionaries.actor_index, dictionaries.agent_index, date, self.memory.names, getattr(dictionaries, "surnames", None),
            dictionaries.ontology.roles if dictionaries.ontology is not None else (),
        )
        self.trace: list[str] = []
        # Structured decisions per verb (``record=True``), and the rule by which the last
        # subject/object search found its actors; neither changes what is coded.
        self.recording = record
        self.steps: list[Step] = []
        self.route = ""
        self._mentions: Optional[list] = None
        self._expanded: dict[tuple[int, ...], list[int]] = {}
        self._dictionary_verbs: dict[int, bool] = {}
        self._passive: dict[int, bool] = {}
        self._scene: Optional[Actor] = None
        self._scene_looked = False
        # Tokens of the verbs that have a code, once ``events`` has chosen them.
        self._coded: Optional[set[int]] = None
        self._unreal_of: dict[int, str] = {}  # why each coded verb asserts nothing ("" = it does)
        self._codes: dict[int, str] = {}  # the code of each coded verb, by token
        self._patterned: set[int] = set()  # coded verbs whose code a pattern gave

    @property
    def mentions(self) -> list:
        """Actor names anywhere in the sentence, left to right: antecedents for pronouns."""
        if self._mentions is None:
            self._mentions = [
                hit for hit in self.d.actor_index.find_all(self.g, range(1, len(self.g) + 1))
                if self.finder.code_of(hit.value) and not self.finder.of_a_language(hit)
            ]
        return self._mentions

    # ----- verbs -------------------------------------------------------------------------

    def coded_verbs(self) -> list[CodedVerb]:
        g = self.g
        out = []
        taken: set[int] = set()
        upos_, children, rels = g.upos_, g.children, g.rels
        verb_index = self.d.verb_index
        # Verbs, and nouns or adjectives with a subject (nsubj, nsubj:pass, ...), in order.
        candidates = [
            tid for tid, upos in enumerate(upos_)
            if upos == "VERB" or ((upos == "NOUN" or upos == "ADJ") and "nsubj" in map(rels.__getitem__, children[tid]))
        ]
        if "expl" in rels:  # rare: an adjective whose "it" the parser made an expletive
            expletive = [g.heads[t] for t, rel in enumerate(rels) if rel == "expl" and upos_[g.heads[t]] == "ADJ"]
            extra = [t for t in expletive if t not in candidates and self._expletive_subject(t)]
            if extra:
                candidates = sorted(set(candidates) | set(extra))
        for tid in candidates:
            if tid in taken:
                continue
            if g.lemmas[tid] in ANNOUNCING:
                reversal = self._reversal(tid)
                if reversal is not None:
                    # "announced a suspension of aid to Pakistan" suspends aid (162); the
                    # statement's own patterns would read "aid" as aid promised (0331).
                    taken.update(reversal.tokens)
                    out.append(reversal)
                    continue
            found = lookup(g, tid, verb_index)
            if found is None:
                # A multi-word verb whose head the parser put on a neighbour: "wire (tap)".
                found = self._neighbour_verb(tid)
            hit = None
            if found is not None:
                entry, ids = found
                upper, lower = regions(g, tid, ids)
                hit, code = self._pattern(tid, entry, upper, lower)
                if hit is None and (_root(code) == CONSULT_ROOT or code == POLICY_OPTION) and self._names_as(tid):
                    # "called Denmark's Prime Minister nasty", "left citizens confused": no meeting;
                    # "considered the islands to be part of its own territory": a judgement, no option weighed
                    code = NAME_CALLING if g.lemmas[tid] == "call" else None
            if hit is None and g.lemmas[tid] in LIGHT_VERBS:
                # "launched an assault against", "held talks with", "issued a statement":
                # the event is the noun's; the light verb brings its subject and targets.
                noun = self._event_noun(tid, found[1] if found else (tid,))
                if noun is not None:
                    entry, noun_token = noun
                    ids = tuple(sorted({*(found[1] if found else (tid,)), noun_token}))
                    upper, lower = regions(g, tid, ids)
                    taken.update(ids)
                    # The noun's own block reads the light verb's phrase, as it would its verb's:
                    # "had talks with Peru" is "talk" "* (with)" (046:046), not talk's 010.
                    hit, code = self._pattern(tid, entry, upper, lower)
                    out.append(_coded_verb(tid, ids, entry, code or entry.code, hit, upper, lower))
                    continue
            if found is None:
                continue
            taken.update(ids)
            out.append(_coded_verb(tid, ids, entry, code, hit, upper, lower))
        return out

    def _names_as(self, verb: int) -> bool:
        """Whether the verb calls its object something: an object and a predicate of it (an
        adjective or noun, no "to" clause but "to be"): "called the decision a clear violation",
        "considered the islands to be part of its own territory"."""
        g = self.g
        kids = g.children[verb]
        objects = [c for c in kids if g.rels[c] == "obj"]
        if not objects:
            return False
        return any(
            (g.rels[c] == "xcomp" and g.upos_[c] in ("ADJ", "NOUN") and (
                not any(g.rels[m] == "mark" for m in g.children[c]) or any(g.rels[m] == "cop" for m in g.children[c])))
            # "called Britain's ambassador a very stupid guy", the noun read as a bare obl
            # "calls it a clear violation", the predicate read as a second object
            or (g.rels[c] == "obj" and c > objects[0] and g.upos_[c] == "NOUN")
            or (g.rels[c] == "obl" and c > objects[0] and g.upos_[c] == "NOUN" and not g.case_words(c)
                and not g.deprels[c].endswith(("tmod", "unmarked", "npmod")) and g.forms[c].lower() not in TIME_WORDS)
            for c in kids
        )

    def _pattern(self, verb: int, entry: VerbEntry, upper: frozenset[int], lower: frozenset[int]) -> tuple[Optional[PatternMatch], Optional[str]]:
        """(the pattern of the entry's block that matches around the verb, or None; the code:
        the pattern's, else the entry's)."""
        patterns = self.d.patterns_for(entry.block.id, self.g.words)
        compound = lambda: len(self._subject_heads(verb)) > 1  # noqa: E731 (asked only for a % pattern)
        g = self.g
        done_to = frozenset(t for c in g.children[verb] if g.deprels[c] == PASSIVE_SUBJECT for t in g.subtree(c)) \
            if patterns and self._is_passive(verb) else frozenset()
        # In the passive the subject is what the verb is done to: "sanctions were lifted"
        # is "* sanction" (085), as "lifted sanctions" is.
        hit = choose_pattern(g, verb, patterns, upper - done_to, lower | done_to, compound)
        return hit, (hit.pattern.code if hit is not None else entry.code)

    def _event_noun(self, verb: int, verb_ids: tuple[int, ...]):
        """The dictionary verb that a light verb's object noun names, and the noun's token:
        "assault" -> ASSAULT, "talks" -> talk, "assassination" -> assassinate. Only nouns
        whose verb has a code of its own count."""
        g = self.g
        for child in g.children[verb]:
            if g.rels[child] != "obj" or child in verb_ids or g.upos_[child] != "NOUN":
                continue
            if g.lemmas[verb] in STATE_VERBS and g.lemmas[child] in STATE_NOUNS:
                continue  # "had links to", "has control over": a standing relation, no event
            entry = self._noun_entry(g.lemmas[child])
            if entry is not None:
                return entry, child
        return None

    def _reversal(self, verb: int) -> Optional[CodedVerb]:
        """An announcing verb whose object undoes or provides something ("announced a
        suspension of aid", "declared an end to attacks", "approved the deployment of
        peacekeepers") coded as that noun's verb with its own patterns, the rest of the phrase
        as its object; None when there is no such object or it has no code."""
        g = self.g
        for child in g.children[verb]:
            if g.rels[child] != "obj" or g.upos_[child] != "NOUN":
                continue
            undo = ANNOUNCED_DEEDS.get(g.lemmas[child]) or ANNOUNCED_DEEDS.get(g.forms[child])
            if undo is None:
                continue
            for entry in self.d.verb_index.get(undo, ()):
                if entry.before or entry.after:
                    continue
                ids = (verb, child) if verb < child else (child, verb)
                upper, lower = regions(g, verb, ids)
                # All the noun's phrase is what is undone ("an end to rocket attacks", even
                # where the parser makes "to rocket" a clause of its own).
                lower = lower | frozenset(t for t in g.subtree(child) if t != child)
                hit, code = self._pattern(verb, entry, upper, lower)
                if code:
                    return _coded_verb(verb, ids, entry, code, hit, upper, lower)
        return None

    def _noun_entry(self, noun: str):
        """The one-word dictionary verb with a code that an event noun names ("assault" ->
        ASSAULT, "assassination" -> assassinate), or None."""
        for word in noun_verbs(noun):
            for entry in self.d.verb_index.get(word, ()):
                if entry.code and not entry.before and not entry.after:
                    return entry
        return None

    def _neighbour_verb(self, tid: int):
        g = self.g
        if tid + 1 > len(g):
            return None
        for key in (g.forms[tid + 1], g.lemmas[tid + 1]):
            for entry in self.d.verb_index.get(key, ()):
                if entry.before and g.words_match(tid, entry.before[-1]) and len(entry.before) == 1:
                    return entry, (tid, tid + 1)
        return None

    # ----- subjects ----------------------------------------------------------------------

    def _is_passive(self, verb: int) -> bool:
        known = self._passive.get(verb)
        if known is None:
            g = self.g
            feats = g.tok(verb).feats
            known = self._passive[verb] = bool(g.kids(verb, PASSIVE_SUBJECT, "aux:pass")) or (
                ("Voice=Pass" in feats or g.deprels[verb] == "acl" and _past_participle(feats))
                and not g.kids(verb, SUBJECT)
            ) or self._undergone(verb)  # a past participle on a noun is passive: "the police killed by US troops"
        return known

    def _undergone(self, noun: int) -> bool:
        """Whether an event noun is what its subject is under: "Peru was under attack by
        Chile", "Iceland was under the control of Denmark". The subject suffers it, as a
        passive's does; its "by", "from" or "of" phrase did it (``UNDERGONE_AGENT_PREPS``)."""
        g = self.g
        return g.upos_[noun] == "NOUN" and "under" in g.case_words(noun) and bool(g.kids(noun, SUBJECT))

    def _subject_heads(self, verb: int, depth: int = 0) -> list[int]:
        """Nominal heads on the subject side of a verb, following chains when it has none."""
        g = self.g
        deprels = g.deprels
        heads = [c for c in g.children[verb] if deprels[c] in _SUBJECT_RELS]
        if g.upos_[verb] == "ADJ" and all(g.rels[h] == "csubj" for h in heads):
            # No subject, or only a clause the parser made one: "said it is skeptical that
            # the plan will be ready in time" is the speaker's skepticism.
            heads = self._expletive_subject(verb) or heads
        if heads or depth > 4:
            self.route = "subject" if not depth else f"subject of {g.tok(verb).form!r} (verb chain)"
            return self._expand(heads)
        rel = g.rel(verb)
        parent = g.head(verb)
        self.route = _NO_SUBJECT
        if not parent:
            return []
        if rel == "xcomp":
            # (a coded parent speaks for the chain: "pressuring lecturers to cancel the strike"
            # is the pressure of its subject)
            controller = self._controller(verb)
            if controller:
                if not g.kids(parent, SUBJECT) and (not g.heads[parent] or "Mood=Imp" in g.tok(parent).feats):
                    self.route = f"nobody: {g.tok(parent).form!r} is an imperative (a wish, not a deed)"
                    return []  # "Let Hamas consider me their arm"
                self.route = f"object of {g.tok(parent).form!r} (object control)"
                return self._expand(controller)
        if rel in ("xcomp", "conj"):
            return self._subject_heads(parent, depth + 1)
        if rel == "acl" and g.deprel(verb) == "acl:relcl":
            self.route = "the noun the relative clause modifies"
            return self._expand([parent])
        form = _verb_form(g.tok(verb).feats)
        if rel == "advcl" and form in _NONFINITE and (
            not g.kids(verb, "mark") or self._shares_subject(verb, parent) or self._sent_purpose(parent) == verb
        ):
            # "sued the ministers, charging that ...": a participle or infinitive clause
            # shares its governing verb's subject. One introduced by a conjunction ("after
            # leaving Eriador") sets the background, and stays uncoded as before, but for
            # the means ("violated the ceasefire by shelling") and the deed one is guilty of.
            return self._subject_heads(parent, depth + 1)
        if rel == "acl" and form in _PARTICIPLES and g.upos_[parent] in _NOMINALS:
            # "an article accusing the government": the noun a participle modifies is its
            # subject (the target, for a passive one: "the plot thwarted by Britain"), or
            # the actor named in that noun's phrase, never one of the participle's own.
            self.route = "the noun the participle modifies"
            if self.finder.resolve(parent) is not None:
                return self._expand([parent])
            clause = set(g.subtree(verb))
            inside = [t for t in g.subtree(parent, _INSIDE_STOP) if t != parent and t not in clause]
            found = [actor.head for actor in self.first_actor_in(inside)]
            if found or g.rel(parent) not in _DOCUMENT_RELS or not g.head(parent) or "Tense=Past" in g.tok(verb).feats \
                    or g.lemmas[parent] in COLLECTIVE_NOUNS or g.lemmas[parent] in PEOPLE_NOUNS \
                    or g.kids(verb, "mark", "case") or _root(self._codes.get(g.head(parent))) == EASE_ROOT:
                return found  # nor what a lifted or eased measure did: "lifted a ban preventing ..."
            # "Amnesty issued a statement calling on Belarus": an active participle on a
            # noun that names no one speaks for whoever issued, published or approved that
            # noun (a passive one does not: "built ships intended to smash the blockade").
            heads = self._subject_heads(g.head(parent), depth + 1)
            self.route = _OBJECT_NOUN_SUBJECT
            return heads
        return []

    def _controller(self, clause: int) -> list[int]:
        """The object that does what an uncoded verb's ``to`` clause says ("made you take it
        down", "let the presidency go to Trump"), or nothing (``SUBJECT_CONTROL``)."""
        g = self.g
        parent = g.heads[clause]
        if g.rels[clause] != "xcomp" or not parent or g.lemmas[parent] in SUBJECT_CONTROL or parent in self._codes:
            return []
        return [c for c in g.children[parent] if g.rels[c] in ("obj", "iobj") and c < clause][:1]

    def _sent_purpose(self, verb: int) -> int:
        """The purpose clause of a sending verb that is the event, or 0: "sent a team of
        experts to Alabama to investigate the accident" is the sender's investigation (09),
        as coders code it, and the team only its means (row 374); "deployed troops to attack
        Kurdish militants" is the sender's attack, not military cooperation with whoever the
        attack names (row 382). A purpose of helping ("to help combat militants") stays the
        sending's own."""
        g = self.g
        if g.lemmas[verb] not in SENDING_VERBS:
            return 0
        for clause in g.children[verb]:
            if g.rels[clause] == "advcl" and _root(self._codes.get(clause)) == INVESTIGATE_ROOT and g.is_to_clause(clause):
                return clause
            if g.rels[clause] in ("advcl", "xcomp") and _root(self._codes.get(clause)) in SENT_FORCE_ROOTS \
                    and (self._codes.get(verb) or "").startswith(SENT_FORCES) \
                    and g.is_to_clause(clause) and not g.is_negated(clause):
                return clause
        return 0

    def _sent_where(self, verb: CodedVerb) -> list[Actor]:
        """Where the investigators of a sending verb's purpose clause were sent ("to Qatar",
        "into Libya"): the investigation is there when its object names no one."""
        g = self.g
        sender = g.heads[verb.token]
        if not sender or self._sent_purpose(sender) != verb.token:
            return []
        return self._destination(sender)

    def _destination(self, sender: int) -> list[Actor]:
        """Whom a sending verb's own phrase of destination names ("sent troops to Syria",
        "into Libya"), with one the parser hung inside what was sent ("a team of experts to
        Alabama"): a sending there is the sender's event beside its purpose's (row 382)."""
        g = self.g
        phrases = [c for c in g.children[sender] if g.rels[c] == "obl" and not DESTINATION_PREPS.isdisjoint(g.case_words(c))]
        phrases += [t for t in self._nmods_in_objects(sender) if not {"to", "into"}.isdisjoint(g.case_words(t))]
        return self._first_resolved(phrases)

    def _nmods_in_objects(self, verb: int, exclude=frozenset()) -> list[int]:
        """The noun phrases hung inside a verb's objects, where the compact model often puts
        the verb's own "to" phrase ("a team of experts to Alabama", "supplies including food
        and clothing to people who had fled"): the ``nmod`` tokens of each object's phrase."""
        g = self.g
        return [t for c in g.children[verb] if g.rels[c] == "obj" and c not in exclude
                for t in g.subtree(c, _INSIDE_STOP) if g.rels[t] == "nmod" and t not in exclude]

    def _first_resolved(self, phrases: Iterable[int]) -> list[Actor]:
        """The actors of the first phrase that names any."""
        for phrase in phrases:
            found = self._resolve_heads(self._expand([phrase]))
            if found:
                return found
        return []

    def _shares_subject(self, clause: int, parent: int) -> bool:
        """Whether a marked participle clause is done by its governor's subject: the means
        ("by shelling"), or what one is guilty of or responsible for ("guilty of violating")."""
        g = self.g
        marks = g.case_words(clause)
        if marks == ["by"]:
            return True
        return g.lemmas[parent] in CULPABLE and bool(marks) and marks[0] in ("of", "for")

    def _expletive_subject(self, adjective: int) -> list[int]:
        """The "it" the parser made an expletive of an adjective that has no clause for it to
        stand for ("said it is skeptical about Iranian motives": it is the State Department;
        not "it is clear that ...")."""
        g = self.g
        kids = g.children[adjective]
        if any(g.rels[c] in ("ccomp", "xcomp") for c in kids) or (
            any(g.rels[c] == "csubj" for c in kids) and lookup(g, adjective, self.d.verb_index) is None
        ):
            # "it is doubtful that ...", "it is clear that ...": the clause is the subject. A
            # clause the parser made the subject of an adjective of outlook with an entry of
            # its own is its content: "said it is skeptical that the plan will be
            # ready in time" is the speaker's skepticism.
            return []
        return [c for c in kids if g.rels[c] == "expl" and g.lemmas[c] == "it"]

    def _expand(self, heads: list[int]) -> list[int]:
        """Add conjuncts: ``Iran and Turkey`` -> both heads; in a list, appositions count too
        ("Mordor, the awful Arnor, and good Gondor")."""
        key = tuple(heads)
        cached = self._expanded.get(key)
        if cached is None:
            cached = self._expanded[key] = self._expand_uncached(heads)
        return list(cached)

    def _expand_uncached(self, heads: list[int]) -> list[int]:
        g = self.g
        children, rels = g.children, g.rels
        seen: set[int] = set()
        for head in heads:
            queue = [head]
            for current in queue:  # the list grows as it is read
                if current in seen:
                    continue
                seen.add(current)
                kids = children[current]
                for c in kids:
                    if rels[c] == "conj":
                        # In a list, appositions count too.
                        queue.extend([c for c in kids if rels[c] == "conj" or rels[c] == "appos"])
                        break
                # A conjunct the parser hung on the name after a description ("the Russian
                # space agency Glavkosmos and the Indian Space Research Organization"): the
                # name stands for the whole phrase.
                for c in kids:
                    if c > current and rels[c] == "nmod" and g.upos_[c] == "PROPN" and not g.case_words(c):
                        queue.extend(k for k in children[c] if rels[k] == "conj")
        return sorted(seen)

    def _resolve_heads(self, heads: list[int]) -> list[Actor]:
        """Actors for a list of (conjoined) heads; a role carries across a compound."""
        g = self.g
        actors: list[Actor] = []
        for head in heads:
            word = g.lemmas[head]
            upos = g.upos_[head]
            if upos == "PRON" and word in RELATIVE_PRONOUNS:
                parent = g.head(g.head(head)) if g.rel(g.head(head)) == "acl" else 0
                if parent:
                    actors.extend(self._resolve_heads(self._expand([parent])))
                continue
            if upos == "PRON" and word in PERSONAL_PRONOUNS:
                actors.extend(self._pronoun(head))
                continue
            if upos == "PRON" and word in FIRST_PERSON:
                actors.extend(self._quoted_speaker(head))
                continue
            counted = self.finder.counted(head)
            if counted and "conj" in g.rels and any(g.rels[c] == "conj" for c in g.children[counted]):
                # "a great many Libyans, Somalis and Eritreans": each of the people counted
                actors.extend(self._resolve_heads(self._expand([counted])))
                continue
            actor = self.finder.resolve(head)
            if upos == "NOUN" and (actor is None or actor.code.startswith(UNKNOWN)):
                own = self._possessors_own(head, actor) or (self._the_country(head) if actor is None else None) \
                    or self._the_group(head, actor)
                if own is not None:
                    actors.append(own)
                    continue
            if actor is not None and actor.code.startswith(UNKNOWN) and upos in ("NOUN", "PROPN"):
                placed = self._of_the_country(head, actor)
                if placed is not None:
                    actors.append(placed)
                    continue
            if actor is None and (upos == "PROPN" or upos == "NOUN"):
                # "Mahmoud Zahar, Hamas's leader, ...": a name the dictionaries lack, with
                # an apposition that says who it is, or by whom one speaks or works for
                # ("Jane Doe, a spokeswoman for the White House"); also one hung on the
                # name's last word ("Lord Ashby, the Lord Privy Seal").
                parts = [c for c in g.children[head] if g.rels[c] == "flat"]
                for child in [*g.children[head], *(c for p in parts for c in g.children[p])]:
                    if g.rels[child] == "appos" and child not in heads:
                        actor = self.finder.resolve(child) or self._described_by(child)
                        if actor is not None:
                            actor = attrs.evolve(actor, head=head)  # it stands where the name does
                            break
            if actor is None:
                # "sheep and goats of Gondor": a head that names no actor but holds one.
                if upos == "NOUN" or upos == "PROPN":
                    actors.extend(self._first_actor_inside(head) or self._role_of(head))
                continue
            actors.extend(self._modifier_compound(actor))
            actors.extend(self._agent_compound(head, actor))
        if len(actors) > 1 and "conj" in g.rels:
            return self._shared_country(actors)
        return actors

    def _shared_country(self, actors: list[Actor]) -> list[Actor]:
        """Roles of no country conjoined to a role whose country an adjective or compound
        gives share that country: "the Iraqi police and soldiers" are IRQCOP and IRQMIL,
        "the Austrian Government and private sector" AUTGOV and AUTBUS. A conjunct with a
        modifier of its own keeps it, and a country named as the head ("Turkey and
        soldiers") gives nothing to the others."""
        g = self.g
        first = actors[0]
        country = first.code[:3]
        if not first.agents or not self._is_country(country) or not any(
            g.rels[c] in _COUNTRY_MODIFIERS and self._country_of(c) == country for c in g.children[first.head]
        ):
            return self._sides_of_one_country(actors)
        out = [first]
        for actor in actors[1:]:
            if actor.code.startswith(UNKNOWN) and len(actor.code) > 3 and g.rels[actor.head] == "conj" \
                    and g.heads[actor.head] == first.head and not any(
                        g.rels[c] in _COUNTRY_MODIFIERS and self._country_of(c) for c in g.children[actor.head]):
                actor = attrs.evolve(actor, code=country + actor.code[3:])
            out.append(actor)
        return out

    def _sides_of_one_country(self, actors: list[Actor]) -> list[Actor]:
        """Government, military or police of no country conjoined with named groups of one
        country are that country's: "Government army officers and part of the
        SPLA-IO agreed" are SSDMIL and SSDREB, "government troops and Houthi rebels" YEMMIL.
        Not where a country itself is named ("Turkey and soldiers")."""
        named = [a for a in actors if not a.code.startswith(UNKNOWN)]
        countries = {a.code[:3] for a in named}
        if len(countries) != 1 or not all(len(a.code) > 3 and a.actor is not None for a in named):
            return actors
        (country,) = countries
        if not self._is_country(country):
            return actors
        return [attrs.evolve(a, code=country + a.code[3:]) if a.code.startswith(UNKNOWN)
                and role_units(a.code) & _STATE_ARMS else a for a in actors]

    def _country_of(self, token: int) -> str:
        """The country code a word names ("Iraqi", "US"), or ""."""
        found = self.finder.resolve(token)
        return found.code[:3] if found is not None and self._is_country(found.code[:3]) else ""

    def _pronoun(self, head: int) -> list[Actor]:
        """Whom a personal pronoun stands for: the speaker, unless it is a role of no known
        country that the story's own antecedent names better ("The President said he ..."),
        else the antecedent."""
        form = self.g.tok(head).form
        sides = self.memory.met_lately() if form.lower() == "they" else ()
        if sides:
            # "Netanyahu met Putin at the Kremlin, where they discussed ...": both sides
            return [attrs.evolve(a, head=head, token_ids=(head,), text=f"{form} -> {a.text}") for a in sides]
        speakers = self._speakers(head)
        antecedent = self.antecedent(head)
        if speakers and (antecedent is None or self._is_place(antecedent) or not all(a.code.startswith(UNKNOWN) for a in speakers)):
            return [attrs.evolve(a, head=head, token_ids=(head,), text=f"{form} -> {a.text}") for a in speakers]
        if antecedent is not None:
            return [attrs.evolve(antecedent, head=head, token_ids=(head,), text=f"{form} -> {antecedent.text}")]
        return []

    def _possessors_own(self, head: int, role: Optional[Actor]) -> Optional[Actor]:
        """A country, government or people that a possessive pronoun says are someone's own,
        as the subject of a clause ("Putin said his country would not lift its ban": RUS; "her
        government": its GOV), when the pronoun's antecedent has a country. Not an object:
        "the king surrendered his country as a vassal state" is not done to his country."""
        g = self.g
        if g.rels[head] != SUBJECT:
            return None
        if role is None and g.lemmas[head] not in COUNTRY_NOUNS:
            return None
        if role is not None and not role_units(role.code) <= OWN_ROLES:
            return None
        owners = [c for c in g.children[head] if g.deprels[c] == "nmod:poss"]
        if len(owners) != 1 or g.forms[owners[0]] not in POSSESSIVE_PRONOUNS:
            return None
        found = self._pronoun(owners[0])
        if not found or not self._is_country(found[0].code[:3]):
            return None
        country = found[0].code[:3]
        code = country + (role.code[3:] if role is not None else "")
        return Actor(code, head, (owners[0], head), None, role.agents if role is not None else (),
                     f"{g.tok(owners[0]).form} {g.tok(head).form} -> {found[0].text.split(' -> ', 1)[-1]}")

    def _quoted_speaker(self, pronoun: int) -> list[Actor]:
        """Who "I" or "we" is inside a quotation: the subject of the statement verb the
        quotation is said by ("'We will not accept this,' the minister said": the minister),
        and nobody outside one (a speech's "we" names no one the sentence can see)."""
        g = self.g
        clause = g.heads[pronoun]
        for _ in range(6):
            head = g.heads[clause]
            if not head:
                return []
            if g.rels[clause] in ("ccomp", "parataxis") and _root(self._codes.get(head)) == "01":
                speakers = [c for c in g.children[head] if g.rels[c] == SUBJECT]
                if not speakers or g.lemmas[speakers[0]] in FIRST_PERSON:
                    return []
                found = self._resolve_heads(self._expand(speakers[:1]))
                form = g.tok(pronoun).form
                return [attrs.evolve(a, head=pronoun, token_ids=(pronoun,), text=f"{form} -> {a.text}") for a in found]
            clause = head
        return []

    def _the_country(self, head: int) -> Optional[Actor]:
        """The country "the country", "that country" or "the nation" stands for: the last country named
        before it ("China opened relations with El Salvador once the country had cut its ties
        to Taiwan": El Salvador), not one named in the subject of its own clause ("urged US
        soldiers to get out of the country" is not the United States), else the story's newest
        actor if it is of a country."""
        g = self.g
        # its determiner alone, and the preposition of an "of" phrase ("the President of that country")
        words = [g.lemmas[c] for c in g.children[head] if not (g.rels[c] == "case" and g.rels[head] == "nmod")]
        if g.lemmas[head] not in COUNTRY_NOUNS or words not in (["the"], ["that"], ["this"]):
            return None
        governor = g.heads[head]
        doers = [c for c in g.children[governor] if g.rels[c] == SUBJECT and c != head] if governor else []
        if governor and not doers and g.rels[head] != SUBJECT and g.rels[governor] in ("xcomp", "advcl") \
                and g.is_to_clause(governor) and g.heads[governor]:
            # "urged US soldiers to get out of the country": the one asked does it
            doers = [c for c in g.children[g.heads[governor]] if g.rels[c] in ("obj", "iobj", "obl")]
        subject = {t for c in doers for t in g.subtree(c)}
        for hit in reversed([h for h in self.mentions if h.end < head]):
            if subject.intersection(hit.token_ids):
                continue
            code = self._mention_actor(hit).code[:3]
            if self._is_country(code):
                return Actor(code, head, (head,), None, (), f"the {g.forms[head]} -> {g.tok(hit.end).form}")
        # as a subject, the story's last subject first, as a pronoun subject ("Iran warned
        # Turkey. The country also funds Hezbollah": Iran)
        refuse = lambda a: not self._is_country(a.code[:3])  # noqa: E731
        last = self.memory.last(subject=g.rels[head] == SUBJECT, refuse=refuse) or self.memory.last(refuse=refuse)
        if last is None:
            return None
        return Actor(last.code[:3], head, (head,), None, (), f"the {g.forms[head]} -> {last.text}")

    def _the_group(self, head: int, role: Optional[Actor]) -> Optional[Actor]:
        """The group "the group", "the movement" or "the militants" stands for as a subject:
        the newest of the story's recent actors that is a group of the noun's kind, as a
        pronoun would be ("Hamas fired rockets at Israel. The group also attacked Egyptian
        troops": Hamas; "Israeli troops attacked Hamas positions. The group fired rockets":
        Hamas too). An armed word ("the militants", "the rebels") is an armed group, never a
        state's army; "the group", "the movement" or "the faction" any group but a state's
        arm or a person. Only with "the" alone: "a group of protesters" is someone else."""
        g = self.g
        word = g.lemmas[head]
        if word not in GROUP_NOUNS or g.rels[head] != SUBJECT \
                or [g.lemmas[c] for c in g.children[head] if g.rels[c] != "punct"] != ["the"]:
            return None
        armed = word in ARMED_GROUP_NOUNS

        def fits(actor: Actor) -> bool:
            units = role_units(actor.code)
            return bool(units) and not self._a_person(actor) and not units & _STATE_ARMS \
                and (not armed or bool(units & ARMED_GROUPS))

        found = self.memory.recent(fits)
        if found is None:
            return None
        return attrs.evolve(found, head=head, token_ids=(head,), text=f"the {g.forms[head]} -> {found.text}")

    def _opposed(self, verb: CodedVerb, code: str) -> list[Actor]:
        """Whom a protest or a criticism is against when its object says so with "anti-":
        "chanted anti-American slogans" is against the United States, not the city it was
        chanted in."""
        if _root(code) not in OPPOSING_ROOTS:
            return []
        g = self.g
        for obj in g.children[verb.token]:
            if g.rels[obj] != "obj":
                continue
            for mod in g.children[obj]:
                form = g.forms[mod]
                if g.rels[mod] == "amod" and form.startswith(ANTI) and len(form) > len(ANTI):
                    entry = self.d.actor_index.one_word(form[len(ANTI):])
                    code_of = self.finder.code_of(entry) if entry is not None else None
                    if code_of:
                        return [Actor(code_of, mod, (mod,), entry, (), g.tok(mod).form)]
        return []

    def _of_the_country(self, head: int, role: Actor) -> Optional[Actor]:
        """A role of no known country "of the country" is that country's: "until the
        President of that country promised ..." after "military aid to Ukraine" is UKRGOV."""
        g = self.g
        for child in g.children[head]:
            if g.rels[child] == "nmod" and g.case_words(child) == ["of"]:
                country = self._the_country(child)
                if country is not None:
                    return Actor(country.code[:3] + role.code[3:], head, tuple(sorted({*role.token_ids, child})),
                                 None, role.agents, f"{role.text} of {country.text}")
        return None

    def _described_by(self, noun: int) -> Optional[Actor]:
        """The actor of a description's "for", "of", "from" or "in" phrase, when the noun
        itself names no role the dictionaries know ("a spokesperson for the White House",
        "a member of Hamas", "a resident of Gaza")."""
        g = self.g
        if g.upos_[noun] != "NOUN":
            return None
        for child in g.children[noun]:
            if g.rels[child] == "nmod" and set(g.case_words(child)) & AGENT_PREPS:
                actor = self.finder.resolve(child)
                if actor is not None:
                    return actor
        return None

    def _speakers(self, pronoun: int) -> list[Actor]:
        """The speaker a pronoun subject of a reported clause stands for: "rebels said they
        will release the nurse", "the agency said it is skeptical"; not where the statement
        is made to someone ("told Gondor that it must ..."), who may be meant instead."""
        g = self.g
        clause = g.heads[pronoun]
        if g.rels[pronoun] != SUBJECT or not clause or g.rels[clause] != "ccomp":
            return []
        head = g.heads[clause]
        kids = g.children[head]
        if any(g.rels[c] in ("obj", "iobj") and g.forms[c].lower() not in TIME_WORDS for c in kids):
            return []  # "said Saturday they will": a day the parser made an object is no one
        speakers = [c for c in kids if g.deprels[c] == SUBJECT and c < pronoun]
        if not speakers or g.upos_[speakers[0]] == "PRON":
            return []
        found = self._resolve_heads(self._expand(speakers[:1]))
        if g.forms[pronoun].lower() in PERSON_PRONOUNS:
            found = [a for a in found if not self._no_person(a)]
        return found

    def antecedent(self, pronoun: int) -> Optional[Actor]:
        """The last actor named before a pronoun: earlier in the sentence, else earlier in the
        story (the last subject, for a pronoun that is itself a subject). A pronoun of a
        person (he, she, him, her, his) skips places and parties."""
        g = self.g
        word = g.forms[pronoun].lower()
        person = word in PERSON_PRONOUNS or g.lemmas[pronoun] in PERSON_PRONOUNS
        refuse = self._no_person if person else (self._a_person if word in THING_PRONOUNS else None)
        before = [h for h in self.mentions if h.end < pronoun]
        if g.rel(pronoun) == SUBJECT:
            # A subject pronoun continues an earlier subject of the sentence before a place or
            # an object named after it: "Indians arrived from Canada ...; they supported the
            # British" are the Indians, not Canada.
            for hit in reversed(before):
                if g.rel(self._phrase_head(self._hit_head(hit))) in (SUBJECT, PASSIVE_SUBJECT):
                    actor = self._mention_actor(hit)
                    if refuse is None or not refuse(actor):
                        return actor
        for hit in reversed(before):
            actor = self._mention_actor(hit)
            if refuse is None or not refuse(actor):
                return actor
        return self.memory.last(subject=g.rel(pronoun) == "nsubj", refuse=refuse)

    def _mention_actor(self, hit) -> Actor:
        """The actor a name found in the sentence stands for, with its phrase (its code on
        the story date where the phrase resolves to nothing more)."""
        return self.finder.resolve(self._phrase_head(hit.end)) or Actor(
            hit.value.code_on(self.date) or UNKNOWN, hit.end, hit.token_ids, hit.value, (), self.g.tok(hit.end).form
        )

    @staticmethod
    def _a_person(actor: Actor) -> bool:
        """Whether an actor is a person the dictionaries list (whom "it" never means)."""
        return actor.actor is not None and is_person(actor.actor)

    def _no_person(self, actor: Actor) -> bool:
        """Whether an actor cannot be "he" or "she": a place, or a party ("the GOP")."""
        return self._is_place(actor) or "PTY" in role_units(actor.code)

    def _is_place(self, actor: Actor) -> bool:
        ontology = self.d.ontology
        return is_place(actor, ontology.roles if ontology is not None else frozenset())

    def _places_in(self, phrase: int) -> list[Actor]:
        """The places a phrase names (its actors that are places)."""
        return [a for a in self._resolve_heads(self._expand([phrase])) if self._is_place(a)]

    def _hit_head(self, hit) -> int:
        """The word of a matched name that the rest hangs on ("Republic" in "Democratic
        Republic of Congo", whose last word is the "of" phrase's)."""
        inside = set(hit.token_ids)
        return next((t for t in hit.token_ids if self.g.heads[t] not in inside), hit.end)

    def _phrase_head(self, token: int) -> int:
        """Climb from a word of a name to the head of its phrase ("Gondor" in "Gondor's army" stays)."""
        heads, deprels = self.g.heads, self.g.deprels
        while heads[token] and deprels[token] in _NAME_PARTS:
            token = heads[token]
        return token

    def _modifier_compound(self, actor: Actor) -> list[Actor]:
        """Conjoined modifiers: "Eriadori and Calenardhon leaders" -> both countries."""
        g = self.g
        out = []
        children, rels = g.children, g.rels
        for tid in actor.token_ids:
            if tid == actor.head:
                continue
            conjuncts = [c for c in children[tid] if rels[c] == "conj"]
            if not conjuncts:
                continue
            for conj in self._expand(conjuncts):
                hit = self.d.actor_index.match_at(g, conj)
                if hit is not None and hit.value.code_on(self.date) and not self.finder.runs_on(hit):
                    code = hit.value.code_on(self.date)
                    other = Actor(code, conj, hit.token_ids, hit.value, (), g.tok(conj).form)
                    out.append(self.finder.with_agents(other, actor.agents))
        return out

    def _agent_compound(self, head: int, actor: Actor) -> list[Actor]:
        """A role noun whose country is a compound: one actor per country."""
        g = self.g
        if not actor.agents or actor.actor is None:
            return [actor]
        for child in g.children[head]:
            if g.rel(child) in ("nmod", "obl"):
                conjuncts = [c for c in g.children[child] if g.rel(c) == "conj"]
                if conjuncts and child in actor.token_ids:
                    out = [actor]
                    for conj in self._expand(conjuncts):
                        other = self.finder.resolve(conj)
                        if other is not None and not other.agents:
                            # a country, not another role ("Minister of Foreign Affairs and
                            # Expatriates of Jordan" is one minister)
                            out.append(self.finder.with_agents(other, actor.agents))
                    return out
        return [actor]

    def _finite(self, verb: int) -> bool:
        """Whether a verb is finite (a tense, or a finite auxiliary) and so must have a subject
        in English: not an infinitive ("to ease"), a participle, nor an imperative or a verb
        joined to one ("Let them know ..., and ask them to ...")."""
        g = self.g
        if g.is_to_clause(verb):
            return False
        first = verb
        while g.rels[first] == "conj" and g.heads[first]:
            first = g.heads[first]
            if "Mood=Imp" in g.tok(first).feats:
                return False
        feats = g.tok(verb).feats
        if "VerbForm=Fin" in feats and "Tense=" in feats:
            return True
        return any(g.rels[c] == "aux" and "VerbForm=Fin" in g.tok(c).feats for c in g.children[verb])

    def _subjectless_governor(self, verb: int) -> int:
        """The finite verb a complement ("agreed to undertake") or a participle on its object
        ("issued a statement calling on") is done under, where the parser left that verb
        without a subject; else 0."""
        g = self.g
        parent = g.heads[verb]
        if g.rels[verb] == "acl" and parent and g.rels[parent] == "obj":
            parent = g.heads[parent]
        elif g.rels[verb] != "xcomp":
            return 0
        if not parent or not self._finite(parent) or g.kids(parent, SUBJECT):
            return 0
        return parent

    def _actor_before(self, verb: int) -> list[Actor]:
        """The subject a parser lost: the first actor before a finite verb it left with none
        ("During the summit both Chile and Peru condemned Bolivia", the two hung on "summit";
        "Chile and Peru on Monday signed a treaty, the first reached ...", "signed" made a
        clause of "reached"). Not the subject of another coded verb, nor a phrase of place
        ("in Syria"), nor a place in any prepositional phrase ("sent troops to La Paz")."""
        g = self.g
        taken = {t for v in self._codes if v != verb for c in g.children[v] if g.deprels[c] in _SUBJECT_RELS
                 for t in g.subtree(c)}
        before = [t for t in range(1, verb)
                  if t not in taken and LOCATIVE_PREPS.isdisjoint(g.case_words(self._phrase_head(t)))]
        return [a for a in self.first_actor_in(before)
                if not (self._is_place(a) and g.case_words(self._phrase_head(a.head)))]

    def subjects(self, verb: CodedVerb) -> tuple[list[Actor], bool]:
        """(source-side actors, passive?). In the passive the grammatical subject is the target."""
        g = self.g
        heads = self._subject_heads(verb.token)
        passive = self._is_passive(verb.token)
        actors = self._resolve_heads(heads)
        if not passive and actors:
            done_to = self._done_to_in(heads)
            kept = [a for a in actors if a.head not in done_to]
            if done_to and not kept:
                # "the attack on Kabul by the Taliban killed ...": the deed's own doer
                doers = [c for h in heads for c in self._doers_named(h)]
                kept = self._resolve_heads(self._expand(doers[:1])) if doers else []
            actors = kept
        return actors, passive

    def _done_to_in(self, heads: list[int]) -> set[int]:
        """The tokens of what a subject that names a deed of force was done to ("an attack on
        a NATO convoy killed ...": NATO, whose convoy it was, is no doer of the killing)."""
        g = self.g
        out: set[int] = set()
        for head in heads:
            entry = self._noun_entry(g.lemmas[head]) if g.upos_[head] == "NOUN" else None
            if entry is None or _root(entry.code) not in FORCE_ROOTS:
                continue
            for child in g.children[head]:
                if g.rels[child] == "nmod" and not DONE_TO_PREPS.isdisjoint(g.case_words(child)):
                    out.update(g.subtree(child))
        return out

    # ----- objects -----------------------------------------------------------------------

    def _role_of(self, head: int) -> list[Actor]:
        """People named by their role in an "of" phrase of a noun that names no one: "the
        demands of the protesting truck drivers", "members of a tiny rebel group"; not of a
        place ("in the southern desert of the kingdom")."""
        g = self.g
        if not (LOCATIVE_PREPS - ROLE_OF_PREPS).isdisjoint(g.case_words(head)):
            return []
        for child in g.children[head]:
            if g.rels[child] == "nmod" and not ROLE_OF_PREPS.isdisjoint(g.case_words(child)) and g.upos_[child] == "NOUN":
                found = [a for a in (self.finder.resolve(c) for c in self._expand([child]))
                         if a is not None and not (a.code.startswith(UNKNOWN) and role_units(a.code) <= {"CVL", "PPL"})]
                if found:
                    return found
        return []

    def _first_actor_inside(self, head: int) -> list[Actor]:
        """Actors named inside a phrase: "an attack by Osgiliath soldiers" -> Osgiliath soldiers;
        not in an adverbial clause, which a clause describing the noun may hold ("the need to
        involve companies in helping NASA" names no one who is needed)."""
        g = self.g
        inside = g.subtree(head, _PHRASE_INSIDE_STOP)
        if self.finder.actor_starts.isdisjoint(inside):
            return []  # no actor name can start there (what first_actor_in would find)
        # not an example or a likeness of the noun ("news such as the president's remarks",
        # "the plan, like the Astana talks"): another thing, with its own actors
        aside = {t for x in inside if x != head and g.rels[x] in ("nmod", "obl") and not EXAMPLE_PREPS.isdisjoint(g.case_words(x))
                 for t in g.subtree(x)}
        return self.first_actor_in([t for t in inside if t != head and t not in aside])

    def first_actor_in(self, tokens: list[int], exclude: frozenset[int] = frozenset()) -> list[Actor]:
        """The first actor named among tokens (left to right), with its conjuncts."""
        g = self.g
        allowed = set(tokens) - set(exclude)
        if self.finder.actor_starts.isdisjoint(allowed):
            return []  # no actor name can start among these tokens
        for hit in self.d.actor_index.find_all(g, allowed):
            code = self.finder.code_of(hit.value)
            if not code or self.finder.runs_on(hit, allowed) or self.finder.is_backer(hit) or self.finder.of_a_language(hit):
                continue  # nor "UN" of "a UN-brokered ceasefire", which only brokered it
            head = self._phrase_head(hit.start)
            if head not in allowed:
                head = hit.start
            # The country of a role noun: "activists of Gonzo GMO" is the activists.
            parent = g.heads[head]
            if parent in allowed and g.rels[head] in ("nmod", "obl") and set(g.case_words(head)) & AGENT_PREPS:
                outer = self.finder.resolve(parent)
                if outer is not None and outer.agents and head in self._covered(outer):
                    head = parent
            actor = self.finder.resolve(head)
            if actor is not None and (set(actor.token_ids) & set(hit.token_ids) or actor.code.startswith(code)):
                # The phrase the name is part of, or one that says more of the same country
                # ("his Iranian counterpart Hassan Rouhani": IRNGOV, not Iranian's IRN).
                return self._resolve_heads(self._expand([head]))
            return [self._name_actor(hit, code)]
        return []

    def _name_actor(self, hit: NameHit[ActorEntry], code: str) -> Actor:
        """The actor a dictionary name found in the sentence stands for, on its own words."""
        return Actor(code, hit.start, hit.token_ids, hit.value, (), " ".join(self.g.tok(t).form for t in hit.token_ids))

    def _channel(self, verb: int, code: str, targets: list[Actor]) -> bool:
        """Whether the actors a statement is made to are news media in the verb's own phrase,
        its channel, not whom it is about: "a police spokesman told the Associated Press",
        "informed MTI, the Hungarian news agency", "Amnesty cites newspaper articles"
        (coders code no statement toward the press); media a reported clause names stay
        ("expressed surprise that The Washington Post published ...")."""
        if _root(code) != "01" or not targets:
            return False
        g = self.g
        for actor in targets:
            media = actor.code[3:6] == MEDIA
            token = actor.head
            while token and token != verb:
                if g.rels[token] in _CLAUSE_RELS:
                    return False
                if not media:  # "MTI, the Hungarian news agency": the country inside media
                    found = self.finder.resolve(token)
                    media = found is not None and found.code[3:6] == MEDIA
                token = g.heads[token]
            if token != verb or not media:
                return False
        return True

    def objects(self, verb: CodedVerb, exclude: set[int], parties: bool = True) -> list[Actor]:
        """Whom the verb is done to (the target), in the order the docs give (docs/engine.md,
        section 4); without ``parties`` (a passive's agent looked for among its phrases) the
        party of an event noun in a prepositional phrase is no one's."""
        g = self.g
        deprels = g.deprels
        heads = [c for c in g.children[verb.token] if deprels[c] in OBJECTS and c not in verb.tokens and c not in exclude]
        if heads and not any(self._names_actor(head) for head in heads) and (
            _root(verb.code) in RECIPIENT_ROOTS or any(self.finder.resolve(head) is not None for head in heads)
        ):
            # Giving or yielding something ("ceded its colonies of Puerto Rico and Guam to
            # the United States"), or sending people of no named country ("sent troops to
            # Jordan"): the recipient, if one is named, is the target.
            found = self._recipients(verb, exclude)
            if found:
                self.route = "recipient (to phrase) of a giving or yielding verb"
                return found
        for head in heads:
            if (_root(verb.code) in FORCE_SENDING_ROOTS or (verb.code or "").startswith(FORCE_WITHDRAWING)) and self._own_forces(head):
                continue  # "strengthened its forces in Crimea", "sent 200 troops in Syria": where to
            found = self._resolve_heads(self._expand([head]))
            if found and not self._describes(found):
                self.route = "direct object"
                return self._from_country(verb, found)
        for head in heads:
            found = self._first_actor_inside(head)
            if found and not self._describes(found):
                self.route = "actor inside the direct object"
                return found
        for head in g.children[verb.token]:
            # The party of what the verb makes or does, the pattern's own noun included,
            # named by a role alone ("issued an ultimatum to Muslim leaders"), which the
            # names inside it did not find.
            if deprels[head] not in OBJECTS or head in verb.tokens:
                continue
            found = self._noun_party(head, exclude)
            if found:
                self.route = "party of the direct object"
                return found
        found = self._recipient_on_agent(verb, exclude)
        if found:
            self.route = "recipient (to phrase) hung on the passive's by-phrase"
            return found
        # Prepositional dependents after the verb, left to right (one before it sets the
        # scene: "In the Netherlands, authorities have taken ...").
        rels = g.rels
        # What is seized is taken from someone: no "with" or "for" phrase names that party.
        taking = (verb.code or "").startswith(TAKING_CODES)
        for child in g.children[verb.token]:  # in token order
            if child in exclude or child in verb.tokens or child < verb.token:
                continue
            if rels[child] in ("obl", "nmod", "advmod") and deprels[child] not in ("obl:tmod", "nmod:tmod", "obl:agent"):
                case_words = g.case_words(child)
                if not AGENT_PREPOSITIONS.isdisjoint(case_words) and self._is_passive(verb.token):
                    continue
                if self._aside(child):
                    continue  # "talks during his first official campaign speech": when, not whom
                if taking and case_words and TAKEN_FROM.isdisjoint(case_words):
                    continue  # "takes us to dinner with the Archbishop": no one it is taken from
                if "as" in case_words and self.finder.resolve(child) is not None:
                    continue  # "resigned as foreign minister": the subject's own office
                found = self._resolve_heads(self._expand([child]))
                if found and self._only_where(verb, found):
                    # "praised the agreement in Peru": where, not to whom; but whom a meeting
                    # there was with ("will hold talks in Moscow with Putin")
                    found = self._noun_party(child, exclude) if (verb.code or "").startswith(MEETING_CODES) else []
                    if found and not self._describes(found):
                        self.route = f"party named in the phrase of place ({' '.join(case_words)})"
                        return found
                    continue
                if found and not self._describes(found):
                    self.route = f"prepositional dependent ({' '.join(case_words) or deprels[child]})"
                    return found
                event_noun = parties and "as" not in case_words and (  # "as a means to ...": what it is
                    g.lemmas[child] in SHARED_THINGS or self._noun_entry(g.lemmas[child]) is not None)
                found = self._noun_party(child, exclude) if event_noun else []
                if found:  # "wanted further talks with the student protesters"
                    self.route = f"party of the prepositional dependent ({' '.join(case_words) or deprels[child]})"
                    return found
        # Complements: "urged Eriador to respond", "threatened to attack Turkey". People of
        # no named country there ("offered to send troops to Jordan") are the target only
        # when no actor follows.
        fallback: list[Actor] = []
        fallback_route = ""
        for child in g.children[verb.token]:
            if g.deprel(child) == "xcomp" and child not in exclude \
                    and not (verb.code or "").startswith(OUTLOOK_CODES):  # "hopes to turn the strip into ...": of its own
                # Its objects, then whom its action is for or with ("is considering sending
                # aid to Abbas", "agreed to resume talks with Iran").
                inner = [c for c in g.children[child] if g.deprel(c) in OBJECTS] + [
                    c for c in g.children[child]
                    if g.rels[c] in ("obl", "nmod") and not COMPLEMENT_PARTY_PREPS.isdisjoint(g.case_words(c))
                ]
                for head in inner:
                    found = self._resolve_heads(self._expand([head]))
                    if found and all(a.actor is None for a in found) and not fallback:
                        fallback, fallback_route = found, f"object of the complement {g.tok(child).form!r}"
                    elif found:
                        self.route = f"object of the complement {g.tok(child).form!r}"
                        return found
                if _root(self._codes.get(child)) == AID and not fallback:
                    # "may send food to help North Korea through the famine": whom the aid is for
                    found = self._beneficiaries(child, exclude)
                    if found:
                        return found
        # Last resort, as PETRARCH does: the first actor after the verb in its phrase,
        # including complement and purpose clauses that code no event of their own
        # ("allowed that Mordor isn't ...", "signed an accord to supply Gondor").
        region = set(verb.lower)
        chain = [verb.token] + [t for t in verb.lower if g.deprel(t) == "xcomp"]
        if (verb.code or "").startswith(OUTLOOK_CODES):
            # hoping to do something to someone is one's own intention, no comment on them
            for complement in chain[1:]:
                region.difference_update(g.subtree(complement))
            chain = chain[:1]
        for head in chain:
            for child in g.children[head]:
                if g.rel(child) in ("ccomp", "advcl") and child > verb.token and not self._codes_event(child):
                    clause = set(g.subtree(child))
                    # not the means or circumstances of what is said ("says manufacturers could
                    # solve the problem by adding iodine to salt in line with the United States")
                    for nested in g.subtree(child):
                        if nested != child and g.rels[nested] == "advcl" and nested in clause:
                            clause.difference_update(g.subtree(nested))
                    region.update(clause)
        self.route = _LAST_RESORT
        found = []
        if not self.finder.actor_starts.isdisjoint(region):  # else no actor name can start there
            excluded = set()
            for t in exclude:
                excluded.update(g.subtree(t, _CONJ))
            for child in g.children[verb.token]:  # "talks during his official campaign speech"
                if g.rels[child] in ("obl", "nmod") and (self._aside(child) or taking and TAKEN_FROM.isdisjoint(g.case_words(child))):
                    excluded.update(g.subtree(child))  # nor what is seized "with" or "for" anyone
            found = self.first_actor_in(sorted(region), frozenset(excluded))
            if found and self._only_where(verb, found):
                found = []  # "celebrated the launch at a ceremony at the Kennedy Space Center"
        if not found and fallback:
            self.route = fallback_route
            return fallback
        if not found and _root(verb.code) == AID:
            found = self._beneficiaries(verb.token, exclude)
        return found

    def _noun_party(self, noun: int, exclude) -> list[Actor]:
        """The party of a noun named by a role in its ``to``, ``with``, ``against``, ``toward``
        or ``on`` phrase ("an ultimatum to Muslim leaders", "talks with the truckers")."""
        g = self.g
        for child in g.children[noun]:
            if g.rels[child] == "nmod" and child not in exclude and not OBJECT_PARTY_PREPS.isdisjoint(g.case_words(child)):
                found = self._resolve_heads(self._expand([child]))
                if found and not self._describes(found):
                    return found
        return []

    def _only_where(self, verb: CodedVerb, found: list[Actor]) -> bool:
        """Whether the actors found for a statement, an appeal, a demand or a threat are only
        the places of a locative phrase of the verb ("celebrated the launch at a ceremony at the
        Kennedy Space Center", "cried wolf in Iraq"): where it was said, no party to it (WORD_ROOTS)."""
        g = self.g
        if not (_root(verb.code) in WORD_ROOTS or (verb.code or "").startswith(MEETING_CODES)) \
                or not all(self._is_place(a) for a in found):
            return False
        # the verb's own phrases of place, and for a statement, demand, criticism, rejection
        # or threat those of its complement clauses too ("ordered all parties to assemble at
        # the music hall in San Francisco": where, not whom; not what is offered or sought
        # there: "stands ready to send troops to the peacekeeping mission in Georgia")
        clauses = [verb.token] + ([c for c in g.children[verb.token] if g.rels[c] in ("xcomp", "ccomp", "advcl")]
                                  if _root(verb.code) in WHERE_NOT_WHOM_ROOTS else [])
        phrases = [
            c for clause in clauses for c in g.children[clause]
            if g.rels[c] in ("obl", "nmod") and not WHERE_SAID_PREPS.isdisjoint(g.case_words(c))
        ]
        if _root(verb.code) not in WORD_ROOTS:
            # a meeting's venue is the phrase itself ("held talks in Geneva"), not a place inside
            # what it is about ("launched a mediation effort in the dispute over Kashmir"); where one
            # arrives is the host ("arrived in Gondor on his first official foreign visit")
            if g.lemmas[verb.token] in ARRIVING:
                return False
            return all(a.head in phrases or self._phrase_head(a.head) in phrases for a in found)
        inside = set().union(*(g.subtree(c) for c in phrases)) if phrases else set()
        return all(a.head in inside for a in found)

    def _aside(self, phrase: int) -> bool:
        """Whether a prepositional phrase of the verb names no party to it: when it happened
        ("during his campaign speech"), or on whose word it is told ("according to Chile":
        "Peru failed to pay its debts, according to Chile" is no refusal toward Chile)."""
        return of_time(self.g, phrase) or attribution(self.g, phrase)

    def _own_forces(self, head: int) -> bool:
        """Whether the object of sending or showing armed men is the subject's own, named by
        role with "its" or "their" or with no country at all ("Russia has strengthened its
        forces in Crimea", "sent 200 troops in Syria"): no other party; where they are sent
        or shown is the target."""
        g = self.g
        actor = self.finder.resolve(head)
        if actor is None or actor.actor is not None or not role_units(actor.code) & ARMED_ROLES:
            return False
        owners = [g.lemmas[c] for c in g.children[head] if g.deprels[c] == "nmod:poss"]
        return (bool(owners) and all(o in ("its", "their", "it", "they") for o in owners)) or (
            not owners and actor.code.startswith(UNKNOWN))

    def _from_country(self, verb: CodedVerb, found: list[Actor]) -> list[Actor]:
        """People of no named country as the object take the countries of the verb's "from"
        phrase, the parser having hung it on the verb ("expelled diplomats from Poland,
        Germany and Sweden": POLGOV, DEUGOV, SWEGOV); the people a state deports (174), of
        its "to" phrase ("deported 2,374 migrants to Honduras": HNDCVL)."""
        if not all(a.code.startswith(UNKNOWN) and len(a.code) > 3 for a in found):
            return found
        if any(self.finder.owned_by_pronoun(a.head) for a in found):
            return found  # "withdrew its troops from Chile": its own, and Chile only where from
        g = self.g
        homes = (["from"], ["to"]) if (verb.code or "").startswith(DEPORT) else (["from"],)
        phrases = [c for c in g.children[verb.token] if g.rels[c] == "obl"] + [
            c for a in found for c in g.children[a.head] if g.rels[c] == "nmod"]  # "migrants to Honduras"
        for child in phrases:
            if g.case_words(child) in homes:
                places = self._places_in(child)
                if places:
                    return [attrs.evolve(a, code=place.code + a.code[3:]) for a in found for place in places]
        return found

    def _beneficiaries(self, verb: int, exclude) -> list[Actor]:
        """Whom aid is for, named only in its purpose clause: "gave 50 million euros to
        promote development in Ethiopia", "earmarked aid to help Haiti cope": the first
        country, region, city or people (not an armed group or an official: "sent arms to
        fight the rebels" does not aid the rebels) in a "to" clause of the verb or of what
        it gives."""
        g = self.g
        holders = [verb] + [c for c in g.children[verb] if g.rels[c] in ("obj", "obl") and c not in exclude]
        region: set[int] = set()
        for holder in holders:
            for clause in g.children[holder]:
                if g.rels[clause] in ("advcl", "xcomp", "acl") and clause > verb and g.is_to_clause(clause):
                    region.update(g.subtree(clause))
        if self.finder.actor_starts.isdisjoint(region):
            return []
        for hit in self.d.actor_index.find_all(g, region):
            head = self._phrase_head(hit.start)
            actor = self.finder.resolve(head if head in region else hit.start)
            if actor is not None and (self._is_place(actor) or actor.code[3:6] in BENEFICIARY_ROLES):
                self.route = "whom the aid is for (its purpose clause)"
                return [actor]
        return []

    def _names_actor(self, head: int) -> bool:
        """Whether an object is itself an actor or a pronoun, not a thing that holds one: a
        role without a country ("military aid", ---MIL) is only a kind of thing given, and so
        is a thing a country adjective describes ("returned six Iraqi artifacts")."""
        if self.g.upos_[head] == "PRON":
            return True
        actor = self.finder.resolve(head)
        return actor is not None and actor.actor is not None and (head in actor.token_ids or bool(actor.agents))

    def _recipients(self, verb: CodedVerb, exclude) -> list[Actor]:
        """Actors of the verb's ``to`` phrase: the recipient ("ceded ... to the United States"),
        and for aid (07) and sending also where the parser hung that phrase inside what is
        given or sent ("handed out goods such as blankets, water, rice and soap to families
        who had fled ..."; row 390; "sent an envoy to Ankara", row 455)."""
        g = self.g
        for child in sorted(self._prep_heads(verb, _TO)):
            if child > verb.token and child not in exclude:
                found = self._mission_place(child) or self._resolve_heads(self._expand([child]))
                if found:
                    return found
        if _root(verb.code) == AID or g.lemmas[verb.token] in SENDING_VERBS:
            # (and where people were sent: "sent an envoy to Ankara", the phrase on "envoy")
            found = self._first_resolved(sorted(t for t in self._nmods_in_objects(verb.token, exclude) if g.case_words(t) == ["to"]))
            if found:
                return found
        return self._first_resolved(self._to_after_clause(verb.token, exclude))

    def _recipient_on_agent(self, verb: CodedVerb, exclude) -> list[Actor]:
        """The recipient of a passive giving or yielding verb that the parser hung on its
        "by" phrase ("was returned by Chilean officials to Peru"); not an envoy's
        own "to" phrase ("by the US ambassador to Spain")."""
        g = self.g
        if _root(verb.code) not in RECIPIENT_ROOTS or not self._is_passive(verb.token) or any(
                g.rels[c] in ("obl", "nmod") and "to" in g.case_words(c) for c in g.children[verb.token]):
            return []  # (the verb's own "to" phrase is read as its recipient)
        agents = [c for c in g.children[verb.token] if c > verb.token and g.rels[c] in ("obl", "nmod")
                  and "by" in g.case_words(c) and g.lemmas[c] not in ENVOY_NOUNS]
        return self._first_resolved(c for a in agents for c in g.children[a]
                                    if g.rels[c] == "nmod" and g.case_words(c) == ["to"] and c not in exclude)

    def _to_after_clause(self, verb: int, exclude=frozenset()) -> list[int]:
        """A ``to`` phrase that ends a clause describing what is given, where the parser hung
        the giving verb's recipient ("returned two statues that date back to the Inca period
        to Peru", "returned a statue that was taken from a temple to Cambodia"): the clause's last
        phrase but a time, when it is a ``to`` phrase and not the clause's only one."""
        g = self.g
        found = []
        for obj in g.children[verb]:
            if g.rels[obj] != "obj" or obj in exclude:
                continue
            for clause in g.children[obj]:
                if g.rels[clause] != "acl":
                    continue
                phrases = [c for c in g.children[clause]
                           if g.rels[c] in ("obl", "nmod") and c > clause and not of_time(g, c)]
                tos = [c for c in phrases if g.case_words(c) == ["to"]]
                if tos and tos[-1] == max(phrases) and (len(tos) > 1 or len(phrases) > 1) and tos[-1] not in exclude:
                    found.append(tos[-1])
        return found

    def _mission_place(self, head: int) -> list[Actor]:
        """The country a mission or force serves, where its phrase names one: troops sent "to
        the UN peacekeeping mission in Mali" are sent to Mali (the UN runs the mission)."""
        g = self.g
        if g.lemmas[head] not in MISSION_NOUNS:
            return []
        for child in g.children[head]:
            if g.rels[child] == "nmod" and not LOCATIVE_PREPS.isdisjoint(g.case_words(child)):
                places = self._places_in(child)
                if places:
                    return places
        return []

    def _describes(self, actors: list[Actor]) -> bool:
        """Whether the actors are only role adjectives describing a thing, not naming anyone:
        "military" of "suspended military aid to Mali" (the recipient is named later)."""
        rels, lemmas = self.g.rels, self.g.lemmas
        return all(
            a.actor is None and all(rels[t] == "amod" for t in a.token_ids if t != a.head) and a.head not in a.token_ids
            and lemmas[a.head] not in PEOPLE_NOUNS  # "Muslim leaders" are people, not a thing described
            for a in actors
        )

    def _covered(self, actor: Actor) -> set[int]:
        return {t for tid in actor.token_ids for t in (tid, self.g.head(tid))}

    def _prep_heads(self, verb: CodedVerb, prepositions: frozenset[str]) -> set[int]:
        """The verb's prepositional dependents introduced by one of ``prepositions``: places
        (``LOCATIVE_PREPS``) and, in the passive, recipients ("was ceded to Britain") are never
        the one who did it."""
        g = self.g
        return {
            c for c in g.children[verb.token]
            if g.rel(c) in ("obl", "nmod") and not prepositions.isdisjoint(g.case_words(c))
        }

    def _codes_event(self, head: int) -> bool:
        """Whether a clause holds a verb with a code (then it is coded on its own): "said
        NATO would remain strong" is a statement about NATO, as "remain" codes nothing. A
        participle that only describes a noun ("over the two countries' disputed border")
        is no event of the clause."""
        if self._coded is not None:
            coded, rels = self._coded, self.g.rels
            return any(t in coded and rels[t] != "amod" for t in self.g.subtree(head))
        return any(self._is_dictionary_verb(t) for t in self.g.subtree(head))

    def _is_dictionary_verb(self, token: int) -> bool:
        known = self._dictionary_verbs.get(token)
        if known is None:
            known = self.g.upos(token) == "VERB" and lookup(self.g, token, self.d.verb_index) is not None
            self._dictionary_verbs[token] = known
        return known

    def _measure_owner(self, subjects: list[Actor]) -> Optional[tuple[list[Actor], list[Actor]]]:
        """For a passive whose subject is a measure that an actor named in front of it owns
        ("UN sanctions against Iran were lifted", "US aid to Egypt was suspended"): that
        actor as the source, and whom its "against", "on" or "to" phrase names as the target."""
        owner = self._owner_in_front(subjects, MEASURE_NOUNS, ("compound", "amod", "nmod:poss", "nmod"))
        if owner is None:
            return None
        return self._owner_and(owner, self._noun_party(owner.head, {owner.head}))

    def _parties_in_name(self, subjects: list[Actor]) -> list[Actor]:
        """For a passive whose subject is a thing two sides share, named by two or more
        actors in front of it ("the Franco-Monegasque Treaty", "the US-Taliban agreement"):
        those actors, one each, in the order written; else nothing."""
        if len(subjects) != 1:
            return []
        g = self.g
        noun = subjects[0].head
        if g.lemmas[noun] not in SHARED_THINGS:
            return []
        front = [t for c in g.children[noun] if c < noun and g.rels[c] in ("compound", "amod") for t in g.subtree(c)]
        parties: list[Actor] = []
        for hit in self.d.actor_index.find_all(g, front):
            code = self.finder.code_of(hit.value)
            if code and not self.finder.runs_on(hit, set(front)) and all(p.code != code for p in parties):
                parties.append(self._name_actor(hit, code))
        return parties if len(parties) > 1 else []

    def _weapon_owner(self, verb: CodedVerb, subjects: list[Actor]) -> Optional[tuple[list[Actor], list[Actor]]]:
        """For a passive whose subject is a weapon an actor named in front of it owns
        ("Chilean rockets were fired at Peru", "Russian bombs were dropped on Aleppo"): that
        actor as the source, and whom the verb's own phrase names as the target."""
        owner = self._owner_in_front(subjects, WEAPON_NOUNS, ("compound", "amod", "nmod:poss"))
        if owner is None:
            return None
        return self._owner_and(owner, self.objects(verb, set(self.g.subtree(owner.head))))

    def _owner_in_front(self, subjects: list[Actor], nouns: frozenset[str], rels: tuple[str, ...]) -> Optional[Actor]:
        """The one subject, when it is a noun of ``nouns`` that an actor named in front of it
        (by ``rels``) owns, not the noun itself ("UN sanctions", "Chilean rockets")."""
        if len(subjects) != 1:
            return None
        g = self.g
        owner = subjects[0]
        if g.lemmas[owner.head] not in nouns or owner.head in owner.token_ids:
            return None
        if not all(g.rels[t] in rels for t in owner.token_ids if g.heads[t] == owner.head):
            return None
        return owner

    @staticmethod
    def _owner_and(owner: Actor, targets: list[Actor]) -> Optional[tuple[list[Actor], list[Actor]]]:
        """(the owner as source, the targets), unless there is no target but the owner."""
        if not targets or {t.code for t in targets} == {owner.code}:
            return None
        return [owner], targets

    def _has_agent(self, verb: int) -> bool:
        """Whether a passive verb has a "by" phrase (``obl:agent``), known actor or not."""
        g = self.g
        return any(g.deprel(c) in AGENT_DEPRELS for c in g.children[verb])

    def passive_agents(self, verb: CodedVerb) -> list[Actor]:
        """The ``by`` phrase of a passive verb: its logical subject."""
        g = self.g
        agent_preps = UNDERGONE_AGENT_PREPS if self._undergone(verb.token) else AGENT_PREPOSITIONS
        for child in g.children[verb.token]:
            if g.deprel(child) in AGENT_DEPRELS or (
                g.rel(child) in ("obl", "nmod") and set(g.case_words(child)) & agent_preps
            ):
                found = self._resolve_heads(self._expand([child]))
                if found:
                    self.route = "by-phrase of the passive"
                    return found
        # "were sunk in a night raid by the Chilean navy": the by-phrase of the deed the verb
        # was done in, as the parser often hangs it.
        for child in g.children[verb.token]:
            if g.rels[child] == "obl" and g.upos_[child] == "NOUN" and not DEED_PREPS.isdisjoint(g.case_words(child)):
                for agent in g.children[child]:
                    if g.rels[agent] == "nmod" and not AGENT_PREPOSITIONS.isdisjoint(g.case_words(agent)):
                        found = self._resolve_heads(self._expand([agent]))
                        if found:
                            self.route = f"by-phrase of {g.tok(child).form!r}, the deed it was done in (passive)"
                            return found
        self.route = "no by-phrase"
        return []

    def _located(self, verb: CodedVerb, where: tuple[str, int], exclude: set[int]) -> list[Actor]:
        """Actors at a pattern marker: the subject side, the object, or a prepositional object."""
        side, token = where
        if token:
            self.route = f"pattern marker at {self.g.tok(token).form!r}"
            return self._resolve_heads(self._expand([token])) or self._first_actor_inside(token)
        if side == "upper":
            return self.subjects(verb)[0]
        return self.objects(verb, exclude)

    # ----- events ------------------------------------------------------------------------

    def events(self) -> list[RawEvent]:
        out: list[RawEvent] = []
        verbs = self.coded_verbs()
        self._codes = {v.token: v.code for v in verbs if v.code}
        self._verb_at = {v.token: v for v in verbs if v.code}
        coded_tokens = set(self._codes)
        self._patterned = {v.token for v in verbs if v.code and v.pattern is not None}
        # What a statement is about: a clause that asserts its own event (not "... must end").
        self._unreal_of = {t: self._unreal(t) for t in coded_tokens}
        self._coded = {t for t, why in self._unreal_of.items() if not why}
        for verb in verbs:
            out.extend(self._verb_events(verb, coded_tokens))
        # What the sentence asserts: no statement of issuing what a participle says, no
        # killing apart from the attack it results from, no background clause.
        out = self._foreground(self._without_results(self._without_issuing(self._without_saying(out))))
        out = self._without_repeats(out)
        taken = {t for v in verbs for t in v.tokens}
        out.extend(self._noun_events(taken))
        # a doer's noun says again what a verb of the sentence tells ("the leading donor to
        # Sudan, providing $5 billion in assistance"): the verb's event is enough
        told = {(e.source_code, e.code[:2], e.target_code) for e in out}
        out.extend(e for e in self._doer_noun_events(taken) if (e.source_code, e.code[:2], e.target_code) not in told)
        self.memory.learn_names(self._full_names())
        if self._unknown_name_subject():
            self.memory.unknown_subject()
        self.memory.add_sentence(self)
        # The main event first: that of the verb nearest the root of the sentence.
        depth = {e.verb.token: len(self.g.ancestors(e.verb.token)) for e in out}
        out.sort(key=lambda e: depth[e.verb.token])
        return _dedupe(out)

    def _without_repeats(self, events: list[RawEvent]) -> list[RawEvent]:
        """Without what a conjoined verb repeats of its first verb's event in general terms:
        the root's plain code (190) for the same source and target after a code of that root
        is one event told twice ("hit army posts with a missile and destroyed them"
        is one attack, 194); a more specific one is another deed ("attacked the town and
        besieged it": 190, then 191)."""
        g = self.g
        if "conj" not in g.rels:
            return events
        told = {(e.verb.token, e.source_code, e.target_code, _root(e.code)) for e in events}
        repeats = {id(e) for e in events if g.rels[e.verb.token] == "conj" and e.code == _root(e.code) + "0"
                   and (g.heads[e.verb.token], e.source_code, e.target_code, _root(e.code)) in told}
        if not repeats:
            return events
        return self._without(events, repeats, "the same event as the verb it is conjoined to, told again")

    def _foreground(self, events: list[RawEvent]) -> list[RawEvent]:
        """The events a sentence asserts, without those of its relative clauses when it has
        others: "offered condolences over an attack that killed 40 people" is a statement;
        the killing only describes the attack. A relative clause stays the event where the
        sentence has no other ("was responsible for the killing of civilians who were shot
        by British troops")."""
        g = self.g
        if "acl:relcl" not in g.deprels and "acl" not in g.rels:
            return events
        background = [e for e in events if self._in_relative_clause(e.verb.token) and not self._reported_deed(e)]
        if not background or len(background) == len(events):
            return events
        return self._without(events, {id(e) for e in background},
                             "a relative clause: background to the noun it describes, and the sentence codes other events")

    def _without(self, events: list[RawEvent], dropped: set[int], why: str) -> list[RawEvent]:
        """The events but those whose ``id`` is in ``dropped``, why recorded once for each
        verb that loses one (the post-filters of what a sentence asserts share this end)."""
        if self.recording:
            for verb in {id(e.verb): e.verb for e in events if id(e) in dropped}.values():
                self._step(verb, "dropped", why)
        return [e for e in events if id(e) not in dropped]

    def _without_saying(self, events: list[RawEvent]) -> list[RawEvent]:
        """Without a plain statement (010) whose reported clause codes an event of the same
        source: '"I repeat my expression of solidarity with Hamas," al-Sadr said' is the
        solidarity, as coders code a speaker's own words, not a statement beside it."""
        g = self.g
        plain = [e for e in events if e.code == STATEMENT]
        if not plain or len(events) < 2:
            return events
        said = set()
        for e in plain:
            clauses = [c for c in g.children[e.verb.token] if g.rels[c] in ("ccomp", "parataxis")]
            inside = {t for c in clauses for t in g.subtree(c)}
            if any(o is not e and o.verb.token in inside and o.source_code == e.source_code for o in events):
                said.add(id(e))
        if not said:
            return events
        return self._without(events, said, "what it reports of the speaker's own is coded: the statement is that")

    def _without_issuing(self, events: list[RawEvent]) -> list[RawEvent]:
        """Without the statement (CAMEO 01) of issuing a document whose participle codes
        what the document does: "Amnesty issued a statement calling on Belarus to ..." is
        the appeal, "put out a report accusing the army" the accusation, as coders code them."""
        g = self.g
        if "acl" not in g.rels:
            return events
        speaking = set()
        for e in events:
            verb = e.verb.token
            noun = g.heads[verb]
            if g.rels[verb] == "acl" and "Tense=Past" not in g.tok(verb).feats and noun \
                    and g.rels[noun] in _DOCUMENT_RELS and g.heads[noun]:
                speaking.add(g.heads[noun])
        if not speaking:
            return events
        return self._without(events, {id(e) for e in events if e.verb.token in speaking and _root(e.code) == "01"},
                             "what it issued says more: the participle of its object is coded")

    def _without_results(self, events: list[RawEvent]) -> list[RawEvent]:
        """Without the violent deeds a participle gives as the result of an attack coded
        for the same source: "warplanes pounded the enclave, killing five people" is one
        attack, as coders code it, not an attack and a killing. A deed that is not a
        fight's result stays ("seized the base, killing soldiers": an occupation, and a
        killing)."""
        g = self.g
        if "advcl" not in g.rels:
            return events
        attacks: dict[int, set[str]] = {}
        for e in events:
            if _root(e.code) == "19" and e.code != OCCUPY:
                attacks.setdefault(e.verb.token, set()).add(e.source_code)
        if not attacks:
            return events
        out = []
        victims: dict[tuple[int, str], list[Actor]] = {}
        for e in events:
            of = self._result_of(e.verb.token) if _root(e.code) in VIOLENT_ROOTS else 0
            if of and e.source_code in attacks.get(of, ()):
                if self.recording:
                    self._step(e.verb, "dropped", f"the result of the attack {g.tok(of).form!r} by the same source, "
                                                  "coded as that attack")
                if e.target is not None and not self._is_place(e.target) and not e.target.code.startswith(UNKNOWN):
                    victims.setdefault((of, e.source_code), []).append(e.target)
                continue
            out.append(e)
        if not victims:
            return out
        # "carried out air strikes in western Mosul, killing dozens of Islamic State
        # fighters": the attack was on whom it killed, not on the place it was in.
        final = []
        for e in out:
            found = victims.get((e.verb.token, e.source_code))
            if found and e.target is not None and self._is_place(e.target) and e.target.head \
                    and not LOCATIVE_PREPS.isdisjoint(g.case_words(self._phrase_head(e.target.head))):
                seen = set()
                for victim in found:
                    if victim.code not in seen:
                        seen.add(victim.code)
                        final.append(attrs.evolve(e, target=victim, notes=(*e.notes, "target: whom its result names, not the place it was in")))
                if self.recording:
                    self._step(e.verb, "target", "whom the participle of its result names, not the place it was in", found)
                continue
            final.append(e)
        return final

    def _result_of(self, verb: int) -> int:
        """The verb a participle of result hangs on ("..., killing five people"; "killing
        five and injuring 22"), or 0: a subjectless "-ing" clause with no marker."""
        g = self.g
        clause = verb
        if g.rels[clause] == "conj" and g.heads[clause]:
            clause = g.heads[clause]
        feats = g.tok(clause).feats
        if g.rels[clause] != "advcl" or _verb_form(feats) not in _PARTICIPLES or "Tense=Past" in feats:
            return 0
        if any(g.rels[c] in ("nsubj", "mark", "case") for c in g.children[clause]):
            return 0
        return g.heads[clause]

    def _reported_deed(self, event: RawEvent) -> bool:
        """Whether a participle on a noun reports a violent deed with its doer named: "the
        guards killed in a night raid by US troops were buried" reports
        the killing; "warplanes supported by Russia" only describes the warplanes."""
        g = self.g
        verb = event.verb.token
        return (_root(event.code) in VIOLENT_ROOTS and g.deprels[verb] == "acl"
                and any(g.deprels[c] == "obl:agent" or (g.rels[c] == "obl" and "by" in g.case_words(c))
                        for c in g.children[verb]))

    def _in_relative_clause(self, verb: int) -> bool:
        """Whether a verb is a relative clause's, or chained to one ("which EU states have
        put forward to fight Ebola"); a past participle that modifies a noun is one too
        ("warplanes supported by Russia": which were supported)."""
        g = self.g
        clause = verb
        for _ in range(4):
            if g.deprels[clause] == "acl:relcl":
                return True
            if g.deprels[clause] == "acl" and _past_participle(g.tok(clause).feats):
                return True
            if g.rels[clause] not in ("xcomp", "conj") or not g.heads[clause]:
                return False
            clause = g.heads[clause]
        return False

    def _unknown_name_subject(self) -> bool:
        """Whether the main clause's subject is a proper name no dictionary resolves, nor a
        word of a known name ("Otto Jespersen was born in Randers")."""
        g = self.g
        root = next((t for t in range(1, g.n + 1) if not g.heads[t]), 0)
        subject = next((c for c in g.children[root] if g.deprels[c] in (SUBJECT, PASSIVE_SUBJECT)), 0) if root else 0
        if not subject or g.upos_[subject] != "PROPN":
            return False
        return self.finder.resolve(subject) is None and not self._first_actor_inside(subject)

    def _noun_events(self, taken: set[int]) -> list[RawEvent]:
        """Events named by a noun with its doer and its object: "Sharon's assassination of
        Hamas leaders", "the raid on Gaza by Israeli troops". The doer is a possessor or a
        "by" phrase, the object an "of/on/against/with" phrase; both must name actors. A noun
        that a coded verb governs is that verb's to code ("condemned Russia's invasion of
        Ukraine" is a condemnation)."""
        g = self.g
        out: list[RawEvent] = []
        culpable = not CULPABLE.isdisjoint(g.lemmas)
        if "by" not in g.words and "nmod:poss" not in g.deprels and not culpable \
                and "on" not in g.words and "against" not in g.words:
            return out  # no doer can be named (the usual sentence): skip the walk
        coded = self._coded or set()
        for tid in range(1, g.n + 1):
            if g.upos_[tid] != "NOUN" or tid in taken or g.heads[tid] in coded or not g.children[tid]:
                continue
            if g.lemmas[tid] in STATE_NOUNS:
                continue  # "its territorial connection with Albania": a standing relation, no act
            kids = g.children[tid]
            doer = self._doers_named(tid) or (self._culprits(tid) if culpable else [])
            done_to = [c for c in kids if g.rels[c] == "nmod" and not NOUN_OBJECT_PREPS.isdisjoint(g.case_words(c))]
            national = False
            if not doer and done_to:
                # "the Turkish offensive on Afrin", "U.S. strikes against Syria": a country's
                # adjective or name on an act of force is its doer, with a target against it.
                doer = [c for c in kids if g.rels[c] in ("amod", "compound") and c < tid]
                national = bool(doer)
            if not doer or not (done_to or culpable):
                continue
            entry = self._noun_entry(g.lemmas[tid])
            if entry is None or self._unreal(g.heads[tid]) or g.is_negated(tid):
                continue
            if national:
                done_to = [c for c in done_to if g.forms[c].lower() not in TIME_WORDS
                           and not DONE_TO_PREPS.isdisjoint(g.case_words(c))]
                if _root(entry.code) not in FORCE_ROOTS or not done_to:
                    continue  # not "Syrian army targets on February 25"
            sources = self._resolve_heads(self._expand(doer[:1]))
            targets = self._resolve_heads(self._expand(done_to[:1])) if done_to else []
            if not targets and _root(entry.code) in VIOLENT_ROOTS and self._culprits(tid):
                targets = self._victims_where(tid)
                sources = [self._with_country(a) or a for a in sources]  # "Los Zetas cartel ... in Mexico"
            code = entry.code
            if _root(code) in ("18", "19") and any(g.lemmas[c] == "mass" and g.rels[c] in ("amod", "compound") for c in kids):
                code = MASS_KILLING  # "mass killings": CAMEO 202, not one killing
            noun = _coded_verb(tid, (tid,), entry, code, None, frozenset(), frozenset())
            for source in sources:
                for target in targets:
                    out.extend(self._emit(source, code, target, noun, ["event noun"]))
        return out

    def _doer_noun_events(self, taken: set[int]) -> list[RawEvent]:
        """What a subject is said to be the doer of, by a noun of one who does it: "Norway
        remains the largest donor of aid in Sudan", "Iran is the main backer of Hezbollah"
        (``DOER_NOUNS``). The noun's predicate subject does it (of "is", or of "remains" or
        "has become"; not in the past tense, a standing that was), toward its "to" phrase,
        its possessor ("Hezbollah's main backer") or the first actor in its "of" or "for"
        phrase."""
        g = self.g
        out: list[RawEvent] = []
        if DOER_NOUNS.keys().isdisjoint(g.lemmas):
            return out
        for tid in range(1, g.n + 1):
            word = g.lemmas[tid]
            if word not in DOER_NOUNS or g.upos_[tid] != "NOUN" or tid in taken:
                continue
            copulas = [c for c in g.children[tid] if g.rels[c] == "cop"]
            if copulas:
                clause, linking = tid, copulas[0]
            elif g.rels[tid] in ("obj", "xcomp") and g.lemmas[g.heads[tid]] in LINKING_VERBS:
                clause = linking = g.heads[tid]
            else:
                continue
            if "Tense=Past" in g.tok(linking).feats:
                continue  # "Japan was once the largest donor to China": a past standing, no act
            subjects = [c for c in g.children[clause] if g.rels[c] == SUBJECT]
            if not subjects or g.is_negated(clause) or g.is_negated(tid) or self._unreal(clause):
                continue
            entry = self._noun_entry(DOER_NOUNS[word])
            if entry is None:
                continue
            sources = self._resolve_heads(self._expand(subjects[:1]))
            kids = g.children[tid]
            parties = [c for c in kids if g.rels[c] == "nmod" and "to" in g.case_words(c)] \
                or [c for c in kids if g.deprels[c] == "nmod:poss"]
            # else inside its "of" or "for" phrase ("the largest donor of aid in Iraq"), not a
            # comparison or a membership ("behind the United States", "in the EU")
            inside = [t for c in kids if g.rels[c] == "nmod" and c > tid and not {"of", "for"}.isdisjoint(g.case_words(c))
                      for t in g.subtree(c, _PHRASE_INSIDE_STOP | _CONJ)]
            targets = self._resolve_heads(self._expand(parties[:1])) if parties else self.first_actor_in(sorted(inside))
            noun = _coded_verb(tid, (tid,), entry, entry.code or "", None, frozenset(), frozenset())
            for source in sources:
                for target in targets:
                    out.extend(self._emit(source, entry.code or "", target, noun, ["a noun of its doer"]))
        return out

    def _doers_named(self, noun: int) -> list[int]:
        """Who an event noun says did it: its possessor, else its "by" phrase ("Sharon's
        assassination of ...", "the raid on Gaza by Israeli troops")."""
        g = self.g
        kids = g.children[noun]
        return [c for c in kids if g.deprels[c] == "nmod:poss"] or [
            c for c in kids if g.rels[c] == "nmod" and "by" in g.case_words(c)]

    def _culprits(self, noun: int) -> list[int]:
        """The subject of "responsible" or "guilty" whose "for/of" phrase the noun is: the doer
        of the deed it names ("the Los Zetas gang is responsible for the mass killings")."""
        g = self.g
        head = g.heads[noun]
        if not head or g.lemmas[head] not in CULPABLE or g.case_words(noun)[:1] not in (["for"], ["of"]):
            return []
        return [c for c in g.children[head] if g.rels[c] == SUBJECT]

    def _victims_where(self, noun: int) -> list[Actor]:
        """The civilians of the country a violent deed's place phrase names ("mass killings
        in northern Mexico": MEXCVL), for a culprit's deed that names no one it was done to."""
        g = self.g
        nouns = [noun, *(c for c in g.children[noun] if g.rels[c] == "conj")]  # "killings and beheadings in ..."
        for child in (c for n in nouns for c in g.children[n]):
            if g.rels[child] == "nmod" and set(g.case_words(child)) & LOCATIVE_PREPS:
                for place in self._resolve_heads(self._expand([child])):
                    if self._is_place(place) and self._is_country(place.code[:3]):
                        return [Actor(place.code[:3] + "CVL", place.head, place.token_ids, place.actor, (),
                                      f"people of {place.text}")]
        return []

    def _full_names(self) -> list:
        """Names of two or more proper nouns in the sentence: the persons later sentences may
        call by surname alone. An actor name gives its entry; a person's name that no entry
        matches gives None, when its surname is also a dictionary person's (``_unknown_names``)."""
        g = self.g
        upos = g.upos_
        starts = [t for t in self.finder.actor_starts if upos[t] == "PROPN" and t < g.n and upos[t + 1] == "PROPN"]
        tokens = g.tokens
        out: list[tuple[str, Optional[ActorEntry]]] = []
        index = self.d.actor_index
        matched: set[int] = set()
        for start in sorted(starts):
            hit = index.match_at(g, start)
            if hit is not None and hit.end > hit.start:
                out.append((" ".join([tokens[t - 1].form for t in hit.token_ids]), hit.value))
                matched.update(hit.token_ids)
        return out + self._unknown_names(matched)

    def _unknown_names(self, matched: set[int]) -> list[tuple[str, None]]:
        """Runs of proper nouns shaped like a person's name ("Joshua Abraham Norton", after
        any title) that no actor name covers, whose surname a dictionary person also has:
        the story's own person, whom a later bare "Norton" means."""
        g = self.g
        surnames = getattr(self.d, "surnames", None) or {}
        out: list[tuple[str, None]] = []
        run: list[int] = []
        for tid in range(1, g.n + 2):
            if tid <= g.n and g.upos_[tid] == "PROPN":
                run.append(tid)
                continue
            if len(run) >= 2 and g.forms[run[-1]] in surnames and matched.isdisjoint(run):
                words = [g.tokens[t - 1].form for t in run]
                for first in range(len(words) - 1):  # after a title ("Emperor Joshua Norton")
                    if person_surname(" ".join(words[first:])) is not None:
                        out.append((" ".join(words[first:]), None))
                        break
            run = []
        return out

    def _verb_events(self, verb: CodedVerb, coded_tokens: set[int]) -> list[RawEvent]:
        g = self.g
        code = verb.code
        notes: list[str] = []
        if not code:
            if self.recording:
                self._step(verb, "skipped", "no code: the entry's code is --- and no pattern gave one")
            return []
        parent = g.heads[verb.token]
        chained = self._chained_code(parent, verb.token) if g.rels[verb.token] == "xcomp" else None
        if chained:
            # "is willing to provide aid": the intent to provide it (0331), not aid (071).
            notes.append(f"under {g.tok(parent).form!r}: {code} -> {chained}")
            if self.recording:
                self._step(verb, "chained", f"what {g.tok(parent).form!r} says of it: {code} -> {chained}")
            code = chained
        elif g.rels[verb.token] == "xcomp" and parent in coded_tokens and not self._is_passive(parent) \
                and self._sent_purpose(parent) != verb.token:
            if self.recording:
                self._step(verb, "skipped", f"complement of the coded verb {g.tok(parent).form!r}, which speaks for the chain")
            return []  # the governing coded verb speaks for the chain: "agreed to resume talks"
        purpose = self._sent_purpose(verb.token)
        if purpose and (_root(self._codes.get(purpose)) == INVESTIGATE_ROOT or not self._destination(verb.token)):
            if self.recording:
                self._step(verb, "skipped", f"its purpose {g.tok(purpose).form!r} is the event: sending people to "
                                            "investigate is investigating, to attack attacking")
            return []
        complement = next((c for c in g.children[verb.token] if g.rels[c] == "xcomp" and self._chained_code(verb.token, c)), 0)
        if complement:
            if self.recording:
                self._step(verb, "skipped", f"its complement {g.tok(complement).form!r} is coded as what it intends, threatens or refuses")
            return []
        if self._is_passive(verb.token) and not self.passive_agents(verb) and any(
            g.deprel(c) == "xcomp" and c in coded_tokens for c in g.children[verb.token]
        ):
            if self.recording:
                self._step(verb, "skipped", "passive verb with a coded complement: the complement is the event")
            return []  # "was seen to break into": the complement is the event
        unreal = self._unreal_of[verb.token]  # a coded verb: worked out in events()
        if unreal:
            if self.recording:
                self._step(verb, "skipped", f"not asserted: {unreal}")
            return []
        if not chained and self._negated(verb):  # a chained code has its negation in it
            # "will not release the prisoners" refuses to (1243); "did not release" is only
            # the dictionary's negated counterpart, if any.
            refused = (chain_code("12", code) or refused_intent(code)) if self._intends(verb.token) else None
            negated = refused or self.d.negation(code)
            if negated is None:
                self.trace.append(f"verb {g.tok(verb.token).form}: negated, no event")
                if self.recording:
                    self._step(verb, "skipped", f"negated, and code {code} has no negated counterpart")
                return []
            how = "negated, a refusal of what the subject will do" if refused else "negated"
            notes.append(f"{how}: {code} -> {negated}")
            if self.recording:
                self._step(verb, "negated", f"{code} -> {negated}" + (" (will not: a refusal)" if refused else ""))
            code = negated
        elif not chained and self._intends(verb.token) and self._reported(verb.token):
            # "Farc has said it will release the sergeant": what a speaker says its side
            # will do is an intention (CAMEO 03) or, when hostile, a threat (13).
            promised = chain_code("03", code) or chain_code("13", code)
            if promised:
                notes.append(f"said it will: {code} -> {promised}")
                if self.recording:
                    self._step(verb, "chained", f"what the speaker says it will do: {code} -> {promised}")
                code = promised
        claimed = self._claimed_deed(verb.token)
        if claimed:
            notes.append(f"claims its own side's deed {g.tok(claimed).form!r}: {code} -> {CLAIM_CODES[0]}")
            if self.recording:
                self._step(verb, "claim", f"claims its own side's deed {g.tok(claimed).form!r}: {code} -> {CLAIM_CODES[0]}")
            code = CLAIM_CODES[0]
        if g.lemmas[verb.token] in ACCORD_VERBS and code[:2] in ("03", "05") and any(
                g.rels[c] == "obl" and g.case_words(c) == ["with"] for c in g.children[verb.token]) and any(
                g.is_that_clause(c) or g.rels[c] == "ccomp" for c in self._content_clauses(verb.token)):
            # "agreed with the Senate that ...": agreeing with someone's view states accord
            # (019), no intent to cooperate ("X and Y agree that ..." stays PETRARCH's 050)
            notes.append(f"agrees that something is so: {code} -> {ACCORD}")
            if self.recording:
                self._step(verb, "accord", f"its complement is a view agreed with: {code} -> {ACCORD}")
            code = ACCORD
        as_demand = appeal_demanded(code) if g.lemmas[verb.token] in DEMAND_WORDS else None
        if as_demand:
            # "demanded a solution", "demanded talks": a demand (CAMEO 10), not the appeal
            # (02) the pattern, written for "urge" in the same block, gives
            notes.append(f"demanded, not asked: {code} -> {as_demand}")
            if self.recording:
                self._step(verb, "demand", f"a demand, not an appeal: {code} -> {as_demand}")
            code = as_demand
        if _root(code) == "01" and self._demands(verb.token):
            notes.append(f"a complement of obligation: {code} -> {DEMAND}")
            if self.recording:
                self._step(verb, "demand", f"its complement says what must be done: {code} -> {DEMAND}")
            code = DEMAND
        pm = verb.pattern
        skips = set(pm.skips) if pm else set()
        subjects, passive = self.subjects(verb)
        subject_route = self.route
        if passive:
            sources = self.passive_agents(verb)
            if self.recording:
                self._step(verb, "source", self.route + " (passive voice)", sources)
            targets = subjects
            if subjects and self._describes(subjects):
                # "Military aid to Mali was suspended": a role adjective describes the thing
                # done; the actor named inside the subject is the target, as in the active.
                inside = [a for s in subjects for a in self._first_actor_inside(s.head)]
                targets = inside
                subject_route += " (an actor inside it: the role only describes)"
            if self.recording:
                self._step(verb, "target", subject_route + " (passive voice: the subject is the target)", targets)
            notes.append("passive voice")
            # A "by" phrase of no known actor says who did it all the same ("were killed by
            # snipers, including police trainees": not the trainees).
            owner = self._measure_owner(subjects) if not sources and not self._has_agent(verb.token) else None
            if owner is None and not sources and not self._has_agent(verb.token):
                owner = self._weapon_owner(verb, subjects)
            named = self._parties_in_name(subjects) if owner is None and not sources and ":" in code \
                and not self._has_agent(verb.token) else []
            if named:
                # "the Franco-Monegasque Treaty was signed": the two it names signed it
                subjects = sources = named
                targets, passive = [], False
                if self.recording:
                    self._step(verb, "source", "the parties the subject's name holds (passive without a by-phrase)", sources)
            elif owner is not None:
                # "UN sanctions against Iran were lifted": the UN lifted them, from Iran
                sources, targets = owner
                if self.recording:
                    self._step(verb, "source", "whose measure the subject is (passive without a by-phrase)", sources)
                    self._step(verb, "target", "whom the measure is against, on or to", targets)
            elif not sources and subjects and not self._has_agent(verb.token):
                # No "by" phrase: the other actor of the phrase is the likely agent
                # ("was criticized over its dispute with Eriador"), but not a place.
                # (nor what one is accused of: "was accused of spying for Russia" names no accuser)
                accusing = g.lemmas[verb.token] in ACCUSATIONS
                not_source = _NOT_A_PASSIVE_SOURCE | (CHARGE_PREPS if accusing else frozenset())
                charges = {t for c in g.children[verb.token] if accusing and g.rels[c] in ("advcl", "acl")
                           and not CHARGE_PREPS.isdisjoint(g.case_words(c)) for t in g.subtree(c)}
                sources = self.objects(verb, {a.head for a in subjects} | self._prep_heads(verb, not_source) | charges,
                                       parties=False)
                if self.recording:
                    self._step(verb, "source", self.route + " (passive without a by-phrase)", sources)
            if not sources and code.startswith(STATE_DEEDS):
                sources = self._state_of_scene(verb)
                if sources and self.recording:
                    self._step(verb, "source", "the country where it was done (a state's deed, no one named)", sources)
            if not sources and _root(code) == EASE_ROOT and subjects:
                sources = self._holders(verb.token, subjects)
                if sources and self.recording:
                    self._step(verb, "source", "who held them, as the clause on the released says (no one named)", sources)
        else:
            sources = subjects
            if not sources and subject_route == _NO_SUBJECT and self._finite(verb.token):
                subjects = sources = self._actor_before(verb.token)
                if sources:
                    subject_route = "the first actor before the verb (the parser gave it no subject)"
            elif not sources and subject_route in (_NO_SUBJECT, _OBJECT_NOUN_SUBJECT):
                # "Chilean and the Peruvian armies have agreed to conduct ...", the
                # subject read as an adverb; "Human Rights Watch ... issued a statement calling
                # on ...", "Watch" read as a verb: the governing verb's actor before it does it
                governor = self._subjectless_governor(verb.token)
                subjects = sources = self._actor_before(governor) if governor else []
                if sources:
                    subject_route = f"the first actor before {g.tok(governor).form!r} (the parser gave it no subject)"
            if self.recording:
                self._step(verb, "source", subject_route, sources)
            targets = []
        exclude = set(skips) | {a.head for a in sources}
        if pm is not None and pm.source is not None:
            displaced = [] if passive else sources
            sources = self._located(verb, pm.source, exclude)
            if self.recording:
                self._step(verb, "source", self.route + " (the pattern's $)", sources)
            exclude |= {a.head for a in sources}
            if pm.source[0] == "lower" and pm.target is None and not targets:
                # The pattern puts the source after the verb and names no target: the
                # subject it displaced is the target ("Mordor celebrated May Day with
                # Eriador" under "* {may day} $": Eriador -> Mordor).
                targets = [a for a in displaced if a.head not in {b.head for b in sources}]
                if targets:
                    if self.recording:
                        self._step(verb, "target", "the subject, displaced by the pattern's $", targets)
        if pm is not None and pm.target is not None:
            targets = self._located(verb, pm.target, exclude)
            if self.recording:
                self._step(verb, "target", self.route + " (the pattern's +)", targets)
        elif not targets:
            targets = self._opposed(verb, code)
            if targets:
                if self.recording:
                    self._step(verb, "target", "whom its object is against (\"anti-American slogans\")", targets)
            else:
                targets = self.objects(verb, exclude)
                if self.recording:
                    self._step(verb, "target", self.route, targets)
            if chained and _root(chained) == "10":
                # "pressured the lecturers to cancel the strike": a demand is made of the
                # governor's object, not of the complement's.
                demanded = [c for c in g.children[parent] if g.rels[c] == "obj"]
                found = self._resolve_heads(self._expand(demanded)) if demanded else []
                if found:
                    targets = found
                    if self.recording:
                        self._step(verb, "target", f"whom {g.tok(parent).form!r} demands it of", targets)
            if not targets and claimed and claimed in self._verb_at:
                targets = self.objects(self._verb_at[claimed], exclude)
                if self.recording:
                    self._step(verb, "target", f"whom the claimed deed {g.tok(claimed).form!r} was done to: " + self.route, targets)
            if targets and len({a.code for a in subjects}) > 1 and _root(code) in SYMMETRIC_ROOTS and (
                (self.route == _LAST_RESORT or _root(code) == "04") and all(self._is_place(t) for t in targets)
                or _root(code) != "19" and {t.code[:3] for t in targets} <= {a.code[:3] for a in subjects}
            ):
                # "Erdogan and Rouhani discussed ... the situation in Idlib": a place that a
                # consultation is about, or that the last resort found, is not the other party
                # of a compound subject; they consult each other. So do the members when the
                # object only names their own countries again ("signed an agreement ...
                # between Kuwait and the United States").
                if self.recording:
                    self._step(verb, "target", "no other party: the compound subject's members, each way", subjects)
                targets = []
        if targets and code.startswith(SEIZE_CODES) and self.route in _OBJECT_ROUTES \
                and all(self._is_place(t) for t in targets):
            # "rebels captured Lubumbashi", "a French fleet took Veracruz": territory taken.
            code = OCCUPY
            notes = [*notes, "a place seized: occupying territory"]
            if self.recording:
                self._step(verb, "target", "a place seized is territory occupied: " + OCCUPY, targets)
        if code in AERIAL_CONVERTIBLE and self._from_the_air(verb, sources, passive):
            # "Russian and Syrian warplanes are striking Daesh positions", "U.S. airstrikes
            # have killed dozens of IS members": force used from the air is CAMEO's aerial
            # weapons (195), whatever verb reports it.
            code = AERIAL_WEAPONS
            notes = [*notes, "done from the air: aerial weapons"]
            if self.recording:
                self._step(verb, "aerial", f"the force is used from the air: {AERIAL_WEAPONS}")
        if self._channel(verb.token, code, targets):
            if self.recording:
                self._step(verb, "target", "news media a statement is made to are its channel, not its target", targets)
            targets = []
        symmetric = pm is not None and pm.compound or ":" in code or (
            _root(code) in SYMMETRIC_ROOTS and (self._done_together(verb) or self._agreed_on(verb))
        ) or any(  # "failed to reach agreement": the complement two sides do together
            g.rels[c] == "xcomp" and self._together(c) for c in g.children[verb.token]
        )
        if symmetric and len(subjects) > 1 and self._examples(subjects):
            symmetric = False  # "countries like Malaysia and Singapore promote trading": each of them
        if targets and sources and not passive and code.startswith(DOMESTIC_MEASURES) and all(
                self._is_place(t) and t.code == sources[0].code for t in targets):
            # a country's measure in a place of its own ("the Philippines declared martial law
            # in Mindanao", PHL and PHL: no two sides) is on its people there, as one named
            # nowhere is (below); a government's keeps the place ("Iraqi officials imposed a
            # curfew on Basra": IRQGOV 1723 IRQ, as the coders code it)
            people = self._population(sources[0])
            if people:
                targets = people
                if self.recording:
                    self._step(verb, "target", "the people of the source's country (a measure a state takes at home, "
                               "in a place of its own)", targets)
        # A compound subject of a symmetric verb with no target does it with each other
        # (below), not with anyone inferred ("Iran and Turkey agreed to a ceasefire").
        if not targets and sources and not (symmetric and len(subjects) > 1 and not passive):
            targets, why = self._inferred_target(verb, code, sources[0], passive)
            if targets:
                # a party only inferred did nothing back; what was done to the source alone
                # (":1822", "died of torture") is the inferred party's deed
                code = code.partition(":")[0] or code
                notes = [*notes, f"target: {why}"]
                if self.recording:
                    self._step(verb, "target", why, targets)
        for actor in sources:
            self.memory.remember(actor, subject=not passive)
        for actor in targets:
            self.memory.remember(actor, subject=passive)
        if ":" in code and _root(code) == CONSULT_ROOT and len(sources) == 1 and len(targets) == 1:
            one, other = self._counterpart(sources[0], targets[0]), self._counterpart(targets[0], sources[0])
            if one.code != other.code:
                self.memory.met(one, other)

        if symmetric and len(subjects) > 1 and not targets and not passive:
            events = []
            for i, a in enumerate(subjects):
                for b in subjects[i + 1:]:
                    if a.code != b.code:
                        events.extend(self._emit(a, code, b, verb, notes + ["between the members of a compound subject"]))
                        if ":" not in code:
                            events.extend(self._emit(b, code, a, verb, notes + ["between the members of a compound subject"]))
            return events
        events = []
        nobody: list[Optional[Actor]] = [None]
        holds_people = _root(code) in HELD_PEOPLE_ROOTS
        deed = self._deed_claimed(verb) if code.startswith(CLAIM_CODES) else None
        # an investigation abroad, by people sent there, is into that country's people
        abroad = next((a.code[:3] for a in self._sent_where(verb) if self._is_country(a.code[:3])), None) \
            if _root(code) == INVESTIGATE_ROOT else None
        sources, targets = self._listed_country(sources), self._listed_country(targets)
        for source in sources or nobody:
            for target in targets or nobody:
                at_home = holds_people and target is not None and bool(role_units(target.code) & PRIVATE_ROLES)
                target = self._under_investigation(source, code, target, abroad)
                source, target = self._with_country(source, target), self._with_country(target, source, country_itself=at_home)
                made = self._emit(source, code, target, verb, notes)
                events.extend(made)
                if deed is not None and made:
                    events.extend(self._emit(source, deed.code or "", target, deed, [*notes, "the deed it claims responsibility for"]))
        return events

    def _from_the_air(self, verb: CodedVerb, sources: list[Actor], passive: bool) -> bool:
        """Whether a use of force is made from the air: its doers are all aircraft
        ("warplanes", "drones") or strikes from the air ("airstrikes", "air raids"), or it is
        made "with" them alone ("pounded the hideouts with airstrikes")."""
        g = self.g
        if passive:
            doers = [a.head for a in sources if a.head and a.head <= g.n]
        else:  # the subject's nouns ("Russian and Syrian warplanes": one noun, two actors)
            route = self.route
            doers = self._subject_heads(verb.token)
            self.route = route
        means = [c for c in g.children[verb.token] if g.rels[c] == "obl" and "with" in g.case_words(c)]
        # all of them: "troops and aircraft attacked", "with artillery and airstrikes" are
        # force on the ground as well
        return any(heads and all(self._aerial(h) for h in heads)
                   for heads in (doers, [m for h in means for m in (h, *g.kids(h, "conj"))]))

    def _aerial(self, noun: int) -> bool:
        """Whether a noun names aircraft or a strike from the air ("warplanes", "airstrikes",
        "drone strikes"); not "bomber", which is as often a suicide bomber, a person."""
        g = self.g
        word = g.lemmas[noun]
        if word in AIRCRAFT_WORDS or word in AIR_STRIKES:
            return True
        return word in STRIKE_NOUNS and any(g.rels[c] == "compound" and g.lemmas[c] in AIR_WORDS
                                            for c in g.children[noun])

    def _deed_claimed(self, verb: CodedVerb) -> Optional[CodedVerb]:
        """The violent deed (18-20) a claim of responsibility names in its "for" phrase,
        as an event noun ("claimed responsibility for the attack on the army's sites"):
        coders code the deed, by the claimant, beside the claim."""
        g = self.g
        for child in self._claimed_for(verb):
            for noun in [child] + [c for c in g.children[child] if g.rels[c] == "conj"]:
                if g.upos_[noun] != "NOUN" or noun in self._verb_at:
                    continue
                entry = self._noun_entry(g.lemmas[noun])
                if entry is not None and _root(entry.code) in VIOLENT_ROOTS:
                    return _coded_verb(noun, (noun,), entry, entry.code, None, frozenset(), frozenset())
        return None

    def _done_together(self, verb: CodedVerb) -> bool:
        """Whether the members of a compound subject do the verb with each other: it has no
        direct object of its own ("met", "clashed", "agreed to share information"), or one
        that two sides share ("signed an agreement", "held talks"); not "Malaysia and
        Singapore promote trading"."""
        g = self.g
        objects = [c for c in g.children[verb.token] if g.rels[c] == "obj" and c not in verb.tokens]
        return all(g.lemmas[c] in SHARED_THINGS for c in objects)

    def _examples(self, actors: list[Actor]) -> bool:
        """Whether the actors are only examples of a noun ("countries like Malaysia and
        Singapore", "such as", "including"): what the noun does, each of them does, not with
        the others."""
        g = self.g
        for actor in actors:
            phrase = actor.head
            while g.rels[phrase] == "conj" and g.heads[phrase]:
                phrase = g.heads[phrase]
            if g.rels[phrase] != "nmod" or EXAMPLE_WORDS.isdisjoint(g.case_words(phrase)):
                return False
        return True

    def _agreed_on(self, verb: CodedVerb) -> bool:
        """Whether the verb is what its subject agreed to do ("Brazil and the EU agreed to cut
        tariffs for each other"): sides that agree to something agree with each other,
        whatever the thing agreed."""
        g = self.g
        governor = g.heads[verb.token]
        return bool(governor) and g.rels[verb.token] == "xcomp" and g.lemmas[governor] in AGREEING

    def _together(self, complement: int) -> bool:
        """Whether a complement's action is one two sides do together: a paired code, or a
        cooperating one whose object they share ("reach agreement", "hold talks")."""
        code = self._codes.get(complement, "")
        if ":" in code:
            return True
        g = self.g
        objects = [c for c in g.children[complement] if g.rels[c] == "obj"]
        return _root(code) in SYMMETRIC_ROOTS and bool(objects) and all(g.lemmas[c] in SHARED_THINGS for c in objects)

    def _chained_code(self, governor: int, complement: int) -> Optional[str]:
        """The code of a complement's action under what its governor says of it (intends,
        threatens or refuses to do it: ``match.intents``), or None. A negated intention
        refuses ("is not willing to provide aid"); a negated complement ("vowed not to")
        keeps its own reading. Where the governor's own pattern gave its code, the chain may
        only make that code more specific ("threatened to attack" 138 -> 1384)."""
        code = self._codes.get(complement)
        g = self.g
        if not code or not governor or g.is_negated(complement):
            return None
        own = self._codes.get(governor, "")
        root = stance(g, governor, own)
        if root and g.is_negated(governor):
            root = "12" if root == "03" else ""  # "is not willing to provide aid" refuses it
        chained = chain_code(root, code) if root else None
        if chained and governor in self._patterned and not chained.startswith(own.partition(":")[0]):
            return None  # the governor's own pattern says otherwise, and the dictionary decides
        return chained

    def _with_country(self, actor: Optional[Actor], other: Optional[Actor] = None,
                      country_itself: bool = False) -> Optional[Actor]:
        """A role without a country ("an army base", "police officers": ---MIL, ---COP) takes
        the country of a place its own phrase names ("troops from the United States"), else
        the country where the sentence places the event ("in eastern Afghanistan"), else
        where an earlier sentence of the story did: news names the country once and leaves
        it understood; else the country of the speaker who reports the clause the role is the
        subject of. Failing these, the country of a domestic authority on the other side
        ("Indian police arrested protesters": Indian protesters); with ``country_itself``
        that of a country too ("Libya freed 37 prisoners": Libya's own)."""
        if actor is None or not actor.code.startswith(UNKNOWN) or len(actor.code) <= 3:
            return actor
        country = self._place_inside(actor) or self._scene_country() or self.memory.scene() \
            or self._speakers_country(actor) \
            or self._domestic_country(other, country_itself) or self._insurgents_state(actor, other) \
            or self._same_role_before(actor)
        if country is None:
            return actor
        return attrs.evolve(actor, code=country + actor.code[3:])

    def _speakers_country(self, actor: Actor) -> Optional[str]:
        """The country of the speaker who reports a clause whose subject is a state's role of
        no country: "Jamaica's prime minister announced that the government would extend the
        curfew" is Jamaica's government (``_speakers``: not a clause told to
        someone); rebels or protesters a speaker names are not the speaker's, and the
        government an ambassador speaks of is his host's."""
        if actor.code[3:6] not in _STATE_ARMS:
            return None  # "said rebels would attack": not the speaker's rebels
        for speaker in self._speakers(actor.head):
            if self.g.lemmas[speaker.head] in ENVOY_NOUNS:
                continue
            country = speaker.code[:3]
            if self._is_country(country):
                return country
        return None

    def _listed_country(self, actors: list[Actor]) -> list[Actor]:
        """A role without a country listed with roles of one country is of that country: "The
        Peruvian government, several opposition parties and the army condemned ..." names
        Peruvian parties. With no country, or several, among them, the roles stay as they are,
        and a country named alone lends none ("Iraq and soldiers", "troops with Chile")."""
        roles = {id(a) for a in actors if a.code.startswith(UNKNOWN) and len(a.code) > 3}
        named = [a for a in actors if not a.code.startswith(UNKNOWN)]
        countries = {a.code[:3] for a in named}
        if not roles or len(countries) != 1 or not any(len(a.code) > 3 for a in named):
            return actors
        country = countries.pop()
        if not self._is_country(country):
            return actors
        return [attrs.evolve(a, code=country + a.code[3:]) if id(a) in roles else a for a in actors]

    def _placed_role(self, actor: Actor) -> bool:
        """Whether an armed group's own phrase places it in a country, however deep, which
        names it as well as a name does ("fighters from a faction of armed groups in eastern
        Congo"); not a region ("groups across Europe")."""
        country = actor.code[:3]
        return bool(role_units(actor.code) & ARMED_GROUPS) and self._is_country(country) \
            and country not in REGIONS and country == self._place_inside(actor)

    def _place_inside(self, actor: Actor) -> Optional[str]:
        """The country of a place named in a role's own phrase of place or origin: "troops and
        aircraft from the United States", "authorities in Wyoming", "Rohingya refugees fleeing
        ... violence in neighbouring Myanmar's western Rakhine State"."""
        g = self.g
        if not actor.head or actor.head > g.n:
            return None
        # not where a relative clause says the person is now ("the minister, who is currently
        # in Moscow on a visit" is no Russian minister)
        inside = [t for t in g.subtree(actor.head, _RELATIVE) if t not in actor.token_ids and self._placed(t, actor.head)]
        for found in self.first_actor_in(inside):
            if self._is_place(found) and self._is_country(found.code):
                return found.code
            roles = role_units(found.code)
            if roles and roles <= _STATE_ARMS | role_units(actor.code) and self._is_country(found.code[:3]):
                # "of the Kingdom of Jordan" (JORGOV), "from the Iraqi army"; one of its own
                # kind: "fighters from a faction of armed groups in eastern Congo" (CODUAF)
                return found.code[:3]
        return None

    def _placed(self, token: int, top: int) -> bool:
        """Whether the nearest prepositional phrase of ``token`` (up to ``top``) is one of
        place or origin ("in", "near", "from" ...), not of an agent or a partner ("sent by
        Australia", "the frontier with the Golan Heights")."""
        g = self.g
        while token and token != top:
            words = g.case_words(token)
            if words:
                return not PLACE_OR_ORIGIN_PREPS.isdisjoint(words)
            token = g.heads[token]
        return False

    def _same_role_before(self, actor: Actor) -> Optional[str]:
        """The country of the story's last actor in the same role, for a role named with "the"
        alone ("The President has also said ..." after Iran's president): the one the story
        is about, not any country's."""
        g = self.g
        head = actor.head
        if not head or "Number=Plur" in g.tok(head).feats or not any(
                g.rels[c] == "det" and g.lemmas[c] == "the" for c in g.children[head]):
            return None
        role = actor.code[3:]
        before = self.memory.recent(lambda a: a.code[3:] == role and self._is_country(a.code[:3]))
        return before.code[:3] if before is not None else None

    def _inferred_target(self, verb: CodedVerb, code: str, source: Actor, passive: bool) -> tuple[list[Actor], str]:
        """The target coders infer where the text names none, and why, the first rule that
        finds one: a state's measure at home is imposed on its own people ("Cleveland
        officials imposed a curfew"); people who protest protest to their government;
        a person no dictionary knows, whom a state arrests, releases or tortures, is one of
        its people; a leader who resigns yields to the opposition; a claim of responsibility
        is toward whom the deed was done to; a truce is with the war's other side; a denial
        answers the accuser named before; an attitude voiced to no one is the speaker's own;
        an appeal for a change of laws or institutions asks it of their country."""
        own = verb.code or ""
        rules = (
            (True, lambda: self._purpose_target(verb, code),
             "the target of its purpose clause, a deed of the same kind (\"went on hunger strike to protest X\")"),
            (_root(own) == EASE_ROOT, lambda: self._imposed_on(verb),
             "whom the measure eased was imposed on (its relative clause: \"the ban they imposed on aid agencies\")"),
            (code == DEMAND and _root(own) == "01", lambda: self._obliged(verb, source),
             "whom its complement says must act (\"said that North Korea must do ...\")"),
            (_root(code) == INVESTIGATE_ROOT, lambda: self._sent_where(verb),
             "where the investigators were sent (\"sent a team to Detroit to investigate\")"),
            (_root(code) == INVESTIGATE_ROOT, lambda: self._investigated(verb, source),
             "whom the clause it investigates names as doing it (\"into whether Credit Suisse helped ...\")"),
            (_root(code) == DISAPPROVE_ROOT and code != DISAPPROVE_ROOT + "0", lambda: self._clause_doer(verb, source),
             "whom the clause it accuses or complains of names as doing it (\"charged that Peru violated ...\")"),
            (_root(code) in (APPEAL_ROOT, "10"), lambda: self._clause_doer(verb, source, demanded=True),
             "whom the clause it demands or appeals for names as the one to act (\"demanded that Peru withdraw ...\")"),
            (_root(own) == EASE_ROOT or _root(code) == REFUSAL_ROOT, lambda: self._condition_party(verb, source),
             "whom its condition asks to act (\"will not lift the embargo until Vietnam ...\")"),
            (_root(code) == REFUSAL_ROOT, lambda: self._requested_for(verb, source),
             "whom the request it rejects is for (\"rejected appeals to release Aya Hijazi\")"),
            (_root(code) in IMPOSING_ROOTS or _root(own) == EASE_ROOT, lambda: self._measure_on(verb),
             "whom its relative clause says the measure is on (\"the curbs that are in force for China\")"),
            ((code.startswith(DOMESTIC_MEASURES) or own.startswith(HUMANITARIAN_ACCESS)
              or own.startswith(DOMESTIC_MEASURES) and _root(code) in INTENT_OR_THREAT_ROOTS) and not passive,
             lambda: self._population(source),
             "the people of the source's country (a measure a state takes at home)"),
            (code.startswith(PROTEST_CODES), lambda: self._protested(source),
             "the government of the protesters' country (no one named)"),
            (code.startswith(":") and code[1:].startswith(STATE_DEEDS), lambda: self._state_of_the_dead(verb, source),
             "who did it: the state where it was done, else the victim's own (a state's deed, no one named)"),
            (_root(code) in PERSON_TARGET_ROOTS or _root(own) in PERSON_TARGET_ROOTS,
             lambda: self._private_person(verb, passive, source),
             "a person the dictionaries do not know: one of the source country's civilians"),
            (code.startswith(LEADERSHIP_CODES) or own.startswith(LEADERSHIP_CODES), lambda: self._opposition(source),
             "the opposition of the government's country (a leader yielding to no one named)"),
            (_root(code) == POSTURE_ROOT, lambda: self._posture_scene(verb, source),
             "where the force is shown (no one named): the scene, else the source's own country"),
            (code.startswith(CLAIM_CODES), lambda: self._claimed_victims(verb),
             "whom the deed claimed was done to (its phrase, or where it was done)"),
            (code.startswith(TRUCE_CODES), lambda: self._other_side(source, code),
             "the other side of the source's war (a truce declared or violated, no one named)"),
            (code.startswith(DENIAL_CODES), lambda: self._earlier_accuser(source),
             "the accuser the story named before (a denial naming no one)"),
            (code.startswith(SELF_DIRECTED_CODES), lambda: self._itself(verb, code, source),
             "the source itself (an attitude or a policy option voiced to no one)"),
            (_root(code) == APPEAL_ROOT, lambda: self._reformed(verb, source),
             "the country whose laws or institutions the appeal would change (no one named)"),
        )
        for applies, find, why in rules:
            if applies:
                found = find()
                if found:
                    return found, why
        return [], ""

    def _measure_on(self, verb: CodedVerb) -> list[Actor]:
        """Whom a measure is on, where its noun's relative clause says so in an "on", "against"
        or "for" phrase ("extend the travel curbs that are in force for China
        since March and for Iran"), an elided clause's phrase included."""
        g = self.g
        for _, clause in self._object_clauses(verb):
            if g.deprels[clause] != "acl:relcl":
                continue
            parts = [c for c in g.children[clause] if g.rels[c] in ("obl", "nmod", "conj")]
            found = [a for part in parts if not MEASURE_PREPS.isdisjoint(g.case_words(part))
                     and not of_time(g, part) for a in self._resolve_heads(self._expand([part]))]
            if found:
                return found
        return []

    def _earlier_accuser(self, source: Actor) -> list[Actor]:
        """The newest subject of another country in the story: whom a denial answers."""
        accuser = self.memory.last(subject=True, refuse=lambda a: a.code[:3] == source.code[:3])
        return [attrs.evolve(accuser, head=source.head, token_ids=())] if accuser is not None else []

    def _itself(self, verb: CodedVerb, code: str, source: Actor) -> list[Actor]:
        """The speaker as its own target: a named actor, the verb's own subject, and for a
        policy option (014) not a belief reported."""
        g = self.g
        if (source.actor is None and (len(source.code) <= 3 or not code.startswith(ROLE_SELF_CODES))) \
                or g.heads[source.head] != verb.token or g.rels[source.head] not in (SUBJECT, "expl") \
                or (code.startswith("014") and self._believes(verb.token)):
            return []
        return [attrs.evolve(source, token_ids=(), text=f"{source.text} (itself)")]

    def _believes(self, verb: int) -> bool:
        """Whether a verb of considering reports a belief, a clause with its own subject
        ("thought a battery fault was to blame"), not an option of action ("is considering
        sending aid", "is exploring the possibility of ...")."""
        g = self.g
        return any(g.rels[c] == "ccomp" and any(g.rels[x] in SUBJECTS for x in g.children[c])
                   for c in g.children[verb])

    def _private_person(self, verb: CodedVerb, passive: bool, source: Actor) -> list[Actor]:
        """A person's name that no dictionary knows, as the verb's object (the subject in
        the passive), coded as a civilian of the source's country (a government, police,
        court, legislature or the country itself): UD writes a person's name as a proper
        noun with its other names ``flat`` ("Disha Ravi"); organisations are compounds."""
        g = self.g
        rel = PASSIVE_SUBJECT if passive else "obj"
        country = self._domestic_country(source, country_itself=True)
        if country is None:
            return []
        heads = [c for c in g.children[verb.token] if g.deprels[c] == rel]
        # "the journalist Moussa Tchangari": the name in apposition to a common noun
        heads += [a for h in heads if g.upos_[h] == "NOUN" for a in g.children[h] if g.deprels[a] == "appos"]
        for head in heads:
            if g.upos_[head] != "PROPN" or self.finder.resolve(head) is not None:
                continue
            names = [c for c in g.children[head] if g.deprels[c] == "flat" and g.upos_[c] == "PROPN"]
            if names or ((verb.code or "").startswith(PERSON_ONLY_CODES)
                         and not any(g.rels[c] == "compound" for c in g.children[head])):
                # one name alone is a person's where only persons undergo the deed ("Ingabire
                # was arrested"; organisations are banned or investigated, not arrested); a
                # compound name stays an organisation's
                ids = (head, *names)
                text = " ".join(g.tok(t).form for t in sorted(ids))
                return [Actor(country + "CVL", head, tuple(sorted(ids)), None, (), text)]
        return []

    def _opposition(self, source: Actor) -> list[Actor]:
        """The opposition of a government's country, to whom its leader yields by resigning
        when the text names no one ("Algeria's President Abdelaziz Bouteflika stepped down
        following a month of mass protests": DZAGOV 083 DZAOPP)."""
        actor = self._with_country(source) or source
        country = actor.code[:3]
        if not self._is_country(country) or "GOV" not in role_units(actor.code):
            return []
        return [Actor(country + "OPP", source.head, (), None, (), f"the opposition of {country}")]

    def _claimed_victims(self, verb: CodedVerb) -> list[Actor]:
        """Whom a deed was done to, for a claim of responsibility that names no target: an
        actor named in its "for" phrase, relative clause included ("claimed responsibility
        for the attack, which killed dozens of people in Kabul": AFG), people named by role
        in the deed's "on" or "against" phrase ("for a rocket and drone strike on the
        army's bases"), else the country where the sentence places it."""
        g = self.g
        for child in self._claimed_for(verb):
            found = self.first_actor_in(g.subtree(child))
            if found:
                return found
            for deed in [child] + [c for c in g.children[child] if g.rels[c] == "conj"]:
                for part in g.children[deed]:
                    if g.rels[part] == "nmod" and not {"on", "against"}.isdisjoint(g.case_words(part)):
                        for token in g.subtree(part, _INSIDE_STOP):
                            if g.rels[token] in ("compound", "flat", "amod", "det", "case", "punct"):
                                continue  # part of a phrase: its head says who
                            actor = self.finder.resolve(token)
                            if actor is not None:
                                return [actor]
        scene = self._scene_country()
        return [Actor(scene[:3], verb.token, (), None, (), "where the deed was done")] if scene else []

    def _claimed_for(self, verb: CodedVerb) -> list[int]:
        """The heads of what a claim of responsibility is for: its own or its object's "for"
        phrase ("claimed responsibility for the attack")."""
        g = self.g
        holders = [verb.token] + [c for c in g.children[verb.token] if g.rels[c] == "obj"]  # "responsibility for"
        return [c for h in holders for c in g.children[h]
                if g.rels[c] in ("obl", "nmod") and "for" in g.case_words(c)]

    def _object_clauses(self, verb: CodedVerb):
        """(noun, clause) for each clause that describes what the verb is done to (its direct
        object, or its subject in the passive): "the ban that they imposed", "the
        curbs that are in force for China"."""
        g = self.g
        for noun in g.children[verb.token]:
            if g.deprels[noun] in ("obj", PASSIVE_SUBJECT):
                for clause in g.children[noun]:
                    if g.rels[clause] == "acl":
                        yield noun, clause

    def _imposed_on(self, verb: CodedVerb) -> list[Actor]:
        """Whom a measure that is lifted or eased was imposed on, where a relative clause of
        its noun names them: "will not end the ban they placed on aid agencies"."""
        for noun, clause in self._object_clauses(verb):
            other = self._verb_at.get(clause)
            if other is not None and _root(other.code) in IMPOSING_ROOTS:
                found = self.objects(other, {verb.token, noun})
                if found:
                    return found
        return []

    def _condition_party(self, verb: CodedVerb, source: Actor) -> list[Actor]:
        """Whom a measure eased, or a refusal, is toward when a condition names who must act
        first: "will not lift the embargo until Vietnam does all it can" is toward Vietnam.
        The first condition clause after the verb in its phrase, wherever the parser hung it,
        the relative clause of the measure included ("will not end the embargo it had
        imposed on the island if Cuba ...": the condition hung on "imposed")."""
        g = self.g
        return self._first_subject((c for c in self._clauses_after(verb, _CONDITION_STOP) if g.rels[c] in ("advcl", "conj") and not CONDITION_PARTY_MARKS.isdisjoint(
            g.lemmas[m] for m in g.children[c] if g.rels[m] == "mark")), source)

    def _requested_for(self, verb: CodedVerb, source: Actor) -> list[Actor]:
        """Whom a rejected request, call or appeal is for, named as the object of its "to"
        clause ("turned down calls to free Jane Doe, an American charity worker": the
        American; "refused a request to extradite the rebel leader"), other than the source."""
        g = self.g
        for noun in g.children[verb.token]:
            if g.rels[noun] != "obj" or g.lemmas[noun] not in REQUEST_NOUNS:
                continue
            # the noun's "to" clause, or one the parser hung on the verb right after the noun
            clauses = [c for c in g.children[noun] if g.rels[c] == "acl"] + [
                c for c in g.children[verb.token] if g.rels[c] == "advcl" and c > noun]
            for clause in clauses:
                if not g.is_to_clause(clause):
                    continue
                objects = [c for c in g.children[clause] if g.rels[c] in ("obj", "iobj")
                           or (g.rels[c] == "obl" and not g.case_words(c))]  # "release Aya Hijazi, an American aid worker"
                found = [a for h in objects for a in self._resolve_heads(self._expand([h])) if a.code != source.code]
                if found:
                    return found[:1]
        return []

    def _investigated(self, verb: CodedVerb, source: Actor) -> list[Actor]:
        """Whom an investigation is into when it is into a clause: that clause's subject,
        the first after the verb in its phrase ("opened a probe into whether the Swiss
        bank UBS aided ...", "into reports that three soldiers beat ...")."""
        g = self.g
        return self._first_subject((c for c in self._clauses_after(verb, _INSIDE_STOP - {"acl:relcl"})
                                    if g.rels[c] in ("advcl", "acl", "ccomp") and (
                                        g.deprels[c] != "acl:relcl" or g.is_that_clause(c))), source)

    def _counterpart(self, actor: Actor, other: Actor) -> Actor:
        """A country's "counterpart" holds the other side's office: "the Chilean president met
        his Peruvian counterpart" is PERGOV, not Peru."""
        g = self.g
        if len(actor.code) != 3 or len(other.code) <= 3 or not actor.head or actor.head > g.n \
                or g.lemmas[actor.head] not in COUNTERPART_NOUNS:
            return actor
        return attrs.evolve(actor, code=actor.code + other.code[3:])

    def _clause_doer(self, verb: CodedVerb, source: Actor, demanded: bool = False) -> list[Actor]:
        """Whom an accusation, a complaint, a demand or an appeal is of when it is of a clause:
        the subject of that clause ("charged that Peru violated the treaty", "complained that
        Peruvian troops had crossed the border", "demanded that Peru withdraw its troops"),
        which may code an event of its own; not a pronoun,
        which in a quotation is as often no one ("'If they can't run a ministry, they can't
        run a country,' the senator scoffed")."""
        g = self.g
        clauses = [c for c in self._content_clauses(verb.token)
                   if not any(g.rels[s] == SUBJECT and g.upos_[s] == "PRON" for s in g.children[c])]
        if demanded:
            # What is demanded is yet to be done, in the subjunctive or with "should": "that
            # Israel leave", not a claim ("insisting that the threat came from Iraq",
            # "suggested that the plan is an attempt").
            clauses = [c for c in clauses if g.upos_[c] == "VERB" and (
                any(g.lemmas[a] in DEMANDED_MODALS for a in g.kids(c, "aux"))
                or all(g.forms[t].lower() == g.lemmas[t] for t in (c, *g.kids(c, "aux", "aux:pass"))))]
        return self._first_subject(clauses, source)

    def _content_clauses(self, verb: int) -> list[int]:
        """The clauses that say what a verb, or the noun it is said with, states, demands or
        charges: its complements ("demanded that Peru withdraw"); a "that" clause of its
        object noun ("renewed its demand that Washington withdraw its troops"), which the
        parser may also hang on the verb as an adverbial clause (no adverbial clause opens
        with "that" alone)."""
        g = self.g
        found = []
        for child in g.children[verb]:
            if g.rels[child] == "ccomp" or (g.rels[child] == "advcl" and g.is_that_clause(child)):
                found.append(child)
            elif g.rels[child] == "obj":
                found.extend(c for c in g.children[child] if g.rels[c] != "advcl" and g.is_that_clause(c))
        return found

    def _clauses_after(self, verb: CodedVerb, stop: frozenset[str] = _INSIDE_STOP) -> list[int]:
        """The tokens after the verb in its phrase (bounded by the relations ``stop``),
        wherever the parser hung them."""
        return [t for t in self.g.subtree(verb.token, stop) if t > verb.token]

    def _first_subject(self, clauses, source: Actor) -> list[Actor]:
        """The actors the first of the clauses whose subject names any names, other than the
        source (rows 163, 172, 178: whom a condition, an obligation or an investigated clause
        names as the one acting)."""
        g = self.g
        for clause in clauses:
            subjects = [c for c in g.children[clause] if g.rels[c] == SUBJECT]
            found = [a for a in self._resolve_heads(self._expand(subjects)) if a.code != source.code]
            if found:
                return found
        return []

    def _purpose_target(self, verb: CodedVerb, code: str) -> list[Actor]:
        """The object of a purpose clause ("to ...") whose own code is of the verb's kind
        (the same CAMEO root): "Campaigners began a hunger strike against the Trump
        administration's rules" protests to the administration."""
        g = self.g
        for clause in g.children[verb.token]:
            if g.rels[clause] not in ("advcl", "xcomp") or "to" not in g.case_words(clause):
                continue
            other = self._verb_at.get(clause)
            if other is not None and _root(other.code) == _root(code):
                found = self.objects(other, {verb.token})
                if found:
                    return found
        return []

    def _posture_scene(self, verb: CodedVerb, source: Actor) -> list[Actor]:
        """Toward whom a force posture is shown when no one is named ("Indian troops remained
        on alert for Hindu-Muslim riots"): the country where the sentence places it, else the
        source's own country; nothing for a source of no known country."""
        scene = (self._scene_country() or "")[:3]
        if scene:
            return [Actor(scene, verb.token, (), None, (), "where the force is shown")]
        actor = self._with_country(source) or source
        country = actor.code[:3]
        if not self._is_country(country):
            return []
        return [Actor(country, source.head, (), None, (), f"the country of {source.text}")]

    @staticmethod
    def _country_of_place(place: Actor, why: str) -> list[Actor]:
        """A place's country as the actor of a deed done there (no words of its own)."""
        return [Actor(place.code[:3], place.head, (), place.actor, (), why)]

    def _state_of_scene(self, verb: CodedVerb) -> list[Actor]:
        """Who arrested, jailed, expelled or tortured someone when the passive names no one:
        the country where the sentence sets it ("was arrested on Monday in Niger"), as the
        coders code it; only a state does these deeds to its people."""
        place = self._scene_place()
        if place is None or not self._is_country(place.code[:3]):
            return []
        # the place itself is the source's head, so that it is not also taken for the target
        return self._country_of_place(place, f"where it was done ({place.text})")

    def _holders(self, verb: int, released: list[Actor]) -> list[Actor]:
        """Who freed people when the passive names no one: who held them, as a clause on
        them says ("citizens who had been held by the government in Libya were released":
        the government; "kidnapped by rebels": the rebels); for a state's detention with no
        one named, the country where they were held ("fishermen, held captive in Libya for
        100 days, have been freed": Libya, as ``_state_of_scene`` reads the detention)."""
        g = self.g
        # the clause on them, or one the parser hung on the verb ("fishermen, held in
        # Libya, have been freed" with "held" an adverbial clause of "freed")
        clauses = [c for p in released for c in g.children[p.head] if g.rels[c] == "acl"] + [
            c for c in g.children[verb] if g.rels[c] == "advcl" and not any(g.rels[x] in SUBJECTS for x in g.children[c])]
        for clause in clauses:
            lemma = g.lemmas[clause]
            if lemma not in HOLDING_VERBS and not lemma.startswith(HOLDING_STEMS):
                continue
            phrases = [c for c in g.children[clause] if g.rels[c] in ("obl", "nmod")]
            found = self._first_resolved(c for c in phrases if "by" in g.case_words(c))
            if found:
                return found
            if lemma not in STATE_HOLDING_VERBS:
                continue
            for c in phrases:
                if LOCATIVE_PREPS.isdisjoint(g.case_words(c)):
                    continue
                places = self._places_in(c)
                if places and self._is_country(places[0].code[:3]):
                    return self._country_of_place(places[0], f"where they were held ({places[0].text})")
        return []

    def _state_of_the_dead(self, verb: CodedVerb, victim: Actor) -> list[Actor]:
        """Who tortured someone who died of it, when the sentence names no one: the state where
        it was done, else the victim's own country ("an Iranian dissident in jail died after
        repeated torture": IRN)."""
        found = self._state_of_scene(verb)
        if found:
            return found
        country = victim.code[:3]
        if not self._is_country(country):
            return []
        return [Actor(country, victim.head, (), None, (), f"the state of {country}")]

    def _other_side(self, source: Actor, code: str) -> list[Actor]:
        """Whom a truce is declared to, agreed with or a ceasefire violated against, when no
        one is named, the first found: another country the sentence names ("Hamas's leader
        declared a ceasefire after Israel had killed its commander": ISR); the country
        where the sentence places it, if another ("the Pakistan army violated the ceasefire
        ... in Jammu and Kashmir": IND); in a civil war, the government of an armed group's
        country ("the ELN declared a monthlong ceasefire": COLGOV) or the rebels of a
        government's ("the Sudanese President declared a cessation of hostilities": SDNREB).
        Armed forces and countries fight abroad as often: for them, nothing, but for a
        ceasefire violated against a neighbour across its line (``ADVERSARIES``)."""
        actor = self._with_country(source) or source
        country = actor.code[:3]
        text = f"the other side ({source.text})"
        hit = self._another_country_named(country, set(source.token_ids))
        if hit is not None:
            other = (self.finder.code_of(hit.value) or "")[:3]
            return [Actor(other, source.head, (), None, (), f"{text}: {self.g.tok(hit.start).form}")]
        scene = (self._scene_country() or "")[:3]
        if scene and self._is_country(scene) and scene != country:
            return [Actor(scene, source.head, (), None, (), text)]
        # the story's newest actor of another country ("Israel killed its former leader ...
        # Islamic Jihad has refused to recognize the cease fire")
        earlier = self.memory.recent(lambda a: self._is_country(a.code[:3]) and a.code[:3] != country)
        if earlier is not None:
            return [Actor(earlier.code[:3], source.head, (), None, (), f"{text}: {earlier.text}")]
        if not self._is_country(country):
            return []
        units = role_units(actor.code)
        adversary = self._adversary(country) if code == VIOLATION and units <= {"MIL"} else None
        if adversary and (self._scene_country() or "")[:3] != country:
            return [Actor(adversary, source.head, (), None, (), f"{text}: {adversary}, {country}'s adversary across a ceasefire line")]
        if units & ARMED_GROUPS:
            return [Actor(country + "GOV", source.head, (), None, (), text)]
        if "GOV" in units:
            return [Actor(country + "REB", source.head, (), None, (), text)]
        return []

    def _adversary(self, country: str) -> Optional[str]:
        """The neighbour a country's army faces over a ceasefire line on the story's date
        (``ADVERSARIES``); a war that ended needs the date to be known."""
        found = ADVERSARIES.get(country)
        if found is None:
            return None
        other, years = found
        if years is None:
            return other
        return other if self.date is not None and years[0] <= self.date <= years[1] else None

    def _protested(self, source: Actor) -> list[Actor]:
        """The government of private people's or an opposition's country, for a protest
        that names no one; nothing for people of no known country."""
        actor = self._with_country(source) or source
        country = actor.code[:3]
        if not self._is_country(country) or not role_units(actor.code) & PROTESTERS:
            return []
        return [Actor(country + "GOV", source.head, (), None, (), f"the government of {country}")]

    def _reformed(self, verb: CodedVerb, source: Actor) -> list[Actor]:
        """The country an appeal for a change of laws or institutions asks of, when it names no
        one: the country whose name owns the institution ("pushed for alterations in
        Kyrgyzstan's constitution"), else the own country of the named official, party or
        group that appeals, where the sentence names no other country ("called for reform of the nation's constitution",
        "pushed for the Constitution to be revised"); nothing for what is no such change."""
        g = self.g
        asked = [c for c in g.children[verb.token] if g.rels[c] == "obj"
                 or (g.rels[c] in ("obl", "nmod") and "for" in g.case_words(c))]
        home: Optional[str] = None
        for head in asked:
            inner = [c for c in g.children[head] if g.rels[c] in ("nmod", "acl", "amod", "compound")]
            if g.lemmas[head] not in ASKED_CHANGES and all(g.lemmas[c] not in INSTITUTION_NOUNS for c in inner):
                continue
            for noun in [head, *inner]:
                owners = [c for c in g.children[noun] if g.deprels[c] == "nmod:poss"]
                for place in self._resolve_heads(self._expand(owners)) if owners else []:
                    if self._is_place(place) and self._is_country(place.code[:3]):
                        return self._country_of_place(place, f"whose {g.tok(noun).form} it is ({place.text})")
            if home is None:
                country = source.code[:3]
                home = country if source.actor is not None and len(source.code) > 3 and self._is_country(country) \
                    and self._another_country_named(country) is None else ""
            if home:
                return [Actor(home, source.head, (), None, (), f"{home}, whose {g.tok(head).form} it asks for")]
        return []

    def _another_country_named(self, country: str, besides: AbstractSet[int] = frozenset()) -> Optional[NameHit]:
        """The sentence's first name of an actor or place of a country other than
        ``country``, outside the tokens ``besides``; not a backer ("Iranian-backed Houthis":
        their backer is not their enemy)."""
        for hit in self.mentions:
            other = (self.finder.code_of(hit.value) or "")[:3]
            if other != country and not self.finder.is_backer(hit) and self._is_country(other) \
                    and besides.isdisjoint(hit.token_ids):
                return hit
        return None

    def _population(self, source: Actor) -> list[Actor]:
        """The civilians of a state's country (USAGOV, USACOP, USA -> USACVL), also of a
        government or police of no named country that the sentence places or whose speaker
        reports it; nothing for an organisation, a role of no country at all or a person of
        no office."""
        country = self._domestic_country(source, country_itself=True)
        if country is None and source.code.startswith(UNKNOWN) and source.code[3:6] in DOMESTIC_ROLES:
            # "the government will extend the curfew", said by Jamaica's prime minister
            placed = self._place_inside(source) or self._scene_country() or self._speakers_country(source)
            country = placed if placed and self._is_country(placed) else None
        return [Actor(country + "CVL", source.head, (), None, (), f"the people of {country}")] if country else []

    def _under_investigation(self, source: Optional[Actor], code: str, target: Optional[Actor],
                             abroad: Optional[str] = None) -> Optional[Actor]:
        """People of no named country whom a state's own body investigates are its own, before
        the country where the deed was done: "British military police opened an inquiry
        into reports that three soldiers beat prisoners in Iraq" is into British soldiers;
        those whom people it sent abroad investigate are of the country
        they were sent to (``abroad``: "sent CIA operatives into Libya to investigate the
        rebel forces")."""
        if (_root(code) != INVESTIGATE_ROOT or target is None or source is None or source.actor is None
                or not target.code.startswith(UNKNOWN) or len(target.code) <= 3
                or not role_units(source.code) & _STATE_ARMS or not self._is_country(source.code[:3])):
            return target
        return attrs.evolve(target, code=(abroad or source.code[:3]) + target.code[3:])

    def _domestic_country(self, actor: Optional[Actor], country_itself: bool = False) -> Optional[str]:
        """The country of a government, police, court or legislature: the people it acts on
        unnamed are its own ("Erdogan announced his government's plans" is one government).
        Armed forces and countries act abroad as often, so not theirs; with ``country_itself``
        a bare country counts too (its measures at home: a curfew, row 61)."""
        if actor is None or actor.actor is None:
            return None
        if actor.code[3:6] not in DOMESTIC_ROLES and not (country_itself and len(actor.code) == 3):
            return None
        country = actor.code[:3]
        return country if self._is_country(country) else None

    def _insurgents_state(self, actor: Actor, other: Optional[Actor]) -> Optional[str]:
        """The country of an armed group that fights "government" forces named by role alone
        ("Houthi rebels attacked the government army's sites"): the group's own state, where
        other forces of no named country may be any country's."""
        if other is None or other.actor is None or other.code[3:6] not in INSURGENT_ROLES:
            return None
        g = self.g
        if not any(g.lemmas[t] == "government" and g.rels[t] in ("compound", "amod")
                   for t in g.children[actor.head]):
            return None
        country = other.code[:3]
        return country if self._is_country(country) else None

    def _is_country(self, prefix: str) -> bool:
        """Whether a code's first unit names a country: not ``---`` (none) nor a kind of
        organisation (IGO, NGO ...)."""
        ontology = self.d.ontology
        return prefix != UNKNOWN and not (ontology is not None and prefix in ontology.roles)

    def _scene_country(self) -> Optional[str]:
        """The country of the first place named after a preposition of place, or None."""
        place = self._scene_place()
        return place.code if place is not None else None

    def _scene_place(self) -> Optional[Actor]:
        """The first place named after a preposition of place, or None."""
        if not self._scene_looked:
            self._scene_looked = True
            g = self.g
            for token in range(1, len(g) + 1):
                if g.rels[token] in ("obl", "nmod") and not LOCATIVE_PREPS.isdisjoint(g.case_words(token)):
                    place = self.finder.resolve(token)
                    if place is None:
                        # "in the western city of Falluja", "in the province of Helmand"
                        place = next((self.finder.resolve(c) for c in g.children[token]
                                      if g.rels[c] == "nmod" and "of" in g.case_words(c)), None)
                    if place is not None and self._is_place(place):
                        self._scene = place
                        break
        return self._scene

    def _unreal(self, verb: int) -> str:
        """Why the verb's clause asserts no event ("" when it does): a condition ("if Iran
        attacks"), a possibility ("might attack", "could attack"; "may" is as often a
        prediction, and PETRARCH codes it), a question ("Will Iran attack?", "asked whether
        Iran had attacked") or a denial
        ("denied that it had attacked"). Through a verb chain, the governing verb's mood
        counts ("could begin to")."""
        g = self.g
        if g.rels[verb] == "acl" and g.lemmas[verb] in RELATION_VERBS and _past_participle(g.tok(verb).feats):
            return f"a standing relation ({g.forms[verb]!r} describes a noun)"  # "a group allied with Hamas"
        clause = verb
        for _ in range(4):
            auxiliaries = [g.lemmas[c] for c in g.children[clause] if g.rels[c] == "aux"]
            if "have" in auxiliaries and any(g.rels[c] == "mark" and g.lemmas[c] == "to" for c in g.children[clause]):
                return "an obligation ('have to')"  # "has to apologize", "has" read as its auxiliary
            if "would" in auxiliaries and "have" in auxiliaries:
                return "a counterfactual ('would have')"  # "would have attacked": it did not
            for child in g.children[clause]:
                word = g.lemmas[child]
                if g.rels[child] == "aux" and word in HYPOTHETICAL_MODALS:
                    return f"the modal {g.forms[child]!r}"
                if g.rels[child] == "aux" and word in OBLIGATIONS:
                    return f"an obligation ({g.forms[child]!r})"
                if g.rels[child] == "mark" and word in CONDITIONS and g.rels[clause] == "advcl":
                    return f"a condition ({g.forms[child]!r})"
                if g.rels[child] == "mark" and (word == "whether" or (word == "if" and g.rels[clause] == "ccomp")):
                    return f"an open question ({g.forms[child]!r})"  # "asked whether Iran had attacked"
                if g.rels[child] == "mark" and word in UNTIL and g.rels[clause] in ("advcl", "conj") \
                        and g.heads[clause] and (g.is_negated(g.heads[clause]) or _root(self._codes.get(g.heads[clause])) == REDUCE_ROOT):
                    # "will not lift the embargo until Vietnam helps", "withheld aid until he
                    # promised ...": not yet done (a withholding is a negation of giving)
                    return f"a condition ({g.forms[child]!r} after a negation)"
            if g.rels[clause] not in ("xcomp", "conj") or not g.heads[clause]:
                break
            if self._must_do(g.heads[clause], clause):
                # "would have to withdraw", "needs to withdraw": what must be done, as "must"
                return f"an obligation ({g.forms[g.heads[clause]]!r} to)"
            clause = g.heads[clause]
        if g.rels[clause] == "root" and g.forms[g.n] == "?":
            return "a question"
        if g.rels[clause] == "ccomp" and g.lemmas[g.heads[clause]] in DENIALS:
            return f"denied ({g.forms[g.heads[clause]]!r})"
        if g.rels[clause] in ("ccomp", "parataxis") and g.heads[clause]:
            teller = next((c for c in g.children[g.heads[clause]] if g.rels[c] == SUBJECT), 0)
            if teller and g.lemmas[teller] in TALES:
                return f"a tale ({g.forms[teller]!r})"  # "The legend says that a king of Sparta united ..."
        accuser = self._alleged_in(verb)
        if accuser:
            return f"an allegation ({g.forms[accuser]!r})"
        if g.rels[clause] in ("ccomp", "acl") and g.heads[clause]:
            head = g.heads[clause]
            # "hoped that ...", "his wish that ...", or, as parsers hang it, "expressed his
            # wish | that ..." with the clause on the verb whose object the wish is
            wish = head if g.lemmas[head] in WISHES else next(
                (c for c in g.children[head] if g.rels[clause] == "ccomp" and g.rels[c] == "obj" and g.lemmas[c] in WISHES), 0)
            if wish:
                return f"a wish ({g.forms[wish]!r})"
        return ""

    def _alleged_in(self, verb: int) -> int:
        """The word of accusing whose "of" clause holds the verb ("accused Syrian soldiers of
        carrying out a massacre", "accusing the agency of training spies supporting Boko
        Haram"), or 0: what one is accused or suspected of is alleged, not asserted."""
        g = self.g
        clause = verb
        for _ in range(6):
            head = g.heads[clause]
            if not head:
                return 0
            if g.rels[clause] in ("advcl", "acl", "nmod", "obl") and "of" in self._marks(clause):
                accuser = head
                if g.rels[head] == "obj" and g.lemmas[head] not in ACCUSATIONS:
                    accuser = g.heads[head]  # "accused Syrian troops | of committing", hung on the accused
                if accuser and g.lemmas[accuser] in ACCUSATIONS:
                    return accuser
            clause = head
        return 0

    def _marks(self, clause: int) -> set[str]:
        """The words that introduce a clause, one that a parse hung on the clause's first
        noun included ("accused Rwanda of backing rebels", "of" read as the case of
        "rebels": it stands before the verb)."""
        g = self.g
        words = {g.lemmas[c] for c in g.children[clause] if g.rels[c] in ("mark", "case")}
        words.update(g.lemmas[x] for c in g.children[clause] if c > clause
                     for x in g.children[c] if x < clause and g.rels[x] == "case")
        return words

    def _intends(self, verb: int) -> bool:
        """Whether a clause says what its subject will do ("will not release", "would not
        lift", "won't accept"): negated, a refusal."""
        g = self.g
        return any(g.rels[c] == "aux" and g.lemmas[c] in INTENDED for c in g.children[verb])

    def _reported(self, verb: int) -> bool:
        """Whether a clause is what a statement verb reports its speaker's side will do:
        "Farc said it will release" (a pronoun), "Ethiopia said Ethiopian troops would
        withdraw" (the speaker's country); not "Turkey voiced hope that Greece will help", a
        hope about another."""
        g = self.g
        head = g.heads[verb]
        if not (g.rels[verb] == "ccomp" and head and _root(self._codes.get(head)) == "01"):
            return False
        return self._speakers_side(verb, head)

    def _speakers_side(self, clause: int, head: int) -> bool:
        """Whether a clause's subject is the side of the subject of the verb that reports it:
        a pronoun, an actor of the speaker's country, or for a state's speaker a state's role
        of no country named with "the" ("the government will extend the curfew")."""
        g = self.g
        doers = [c for c in g.children[clause] if g.rels[c] == SUBJECT]
        speakers = [c for c in g.children[head] if g.rels[c] == SUBJECT]
        while not speakers and g.rels[head] == "conj" and g.heads[head]:
            head = g.heads[head]  # "expressed solidarity ... and said that he ...": its subject
            speakers = [c for c in g.children[head] if g.rels[c] == SUBJECT]
        if not doers or not speakers:
            return False
        if g.upos_[doers[0]] == "PRON":
            return g.lemmas[doers[0]] in SPEAKER_PRONOUNS
        doer, speaker = self.finder.resolve(doers[0]), self.finder.resolve(speakers[0])
        if doer and speaker and speaker.actor and doer.actor is None and doer.code.startswith(UNKNOWN) \
                and g.lemmas[speaker.head] not in ENVOY_NOUNS \
                and doer.code[3:6] in _STATE_ARMS and self._domestic_country(speaker, country_itself=True) \
                and (self._with_country(doer) or doer).code[:3] in (UNKNOWN, speaker.code[:3]) \
                and any(g.rels[c] == "det" and g.lemmas[c] == "the" for c in g.children[doers[0]]):
            return True  # a state's speaker on "the government", "the army": its own
        if not (doer and speaker and doer.actor and speaker.actor):
            return False
        # The same country; of organisations (IGO, NGO ...), the same one: the UN is not the EU.
        same = 3 if self._is_country(speaker.code[:3]) else 6
        return doer.code[:same] == speaker.code[:same]

    def _claimed_deed(self, verb: int) -> int:
        """The violent deed (CAMEO 18-20) a claim says its own side did ("UNITA said that
        they had struck the air base at Huambo"), or 0: such a claim is a claim of
        responsibility (015) toward whom the deed was done to."""
        g = self.g
        if g.lemmas[verb] not in CLAIM_VERBS:
            return 0
        for clause in g.children[verb]:
            if g.rels[clause] == "ccomp" and _root(self._codes.get(clause)) in VIOLENT_ROOTS \
                    and self._speakers_side(clause, verb):
                return clause
        return 0

    def _demands(self, verb: int) -> bool:
        """Whether a statement's complement clause says what must be done ("said Turkey must
        mediate"): the statement is then a demand."""
        return bool(self._obligations(verb))

    def _obligations(self, verb: int) -> list[int]:
        """The verb's complement clauses that say what another must do: not what the speaker's
        own side must ("said that he should be considered the striking arm of Hamas")."""
        g = self.g
        return [
            clause for clause in g.children[verb]
            if g.rels[clause] == "ccomp" and self._obliges(clause) and not self._speakers_side(clause, verb)
        ]

    def _obliges(self, clause: int) -> bool:
        """Whether a clause says its subject must do something: a modal of obligation ("must",
        "should") or "needs to", "has to" ("saying Washington has to move first")."""
        g = self.g
        if any(g.rels[a] == "aux" and g.lemmas[a] in OBLIGATIONS for a in g.children[clause]):
            return True
        return any(self._must_do(clause, c) for c in g.children[clause])

    def _must_do(self, head: int, complement: int) -> bool:
        """Whether a word says with its "to" complement what must be done ("needs to", "has
        to"): the obligation of a demand (``_obliges``) and a clause not asserted (``_unreal``)."""
        g = self.g
        return g.lemmas[head] in SEMI_MODALS and g.rels[complement] == "xcomp" and g.is_to_clause(complement)

    def _obliged(self, verb: CodedVerb, source: Actor) -> list[Actor]:
        """Whom a demand names in its complement as the one who must act: "said that North
        Korea must do something meaningful" is toward North Korea."""
        return self._first_subject(self._obligations(verb.token), source)

    def _negated(self, verb: CodedVerb) -> bool:
        g = self.g
        if g.is_negated(verb.token):
            return True
        # "is not about to restore": negation on the governing predicate of a chain; "did not
        # attempt to take it", "never tried to attack": what was not tried was not done.
        parent = g.heads[verb.token]
        return bool(g.rels[verb.token] == "xcomp" and parent and (
            g.upos_[parent] != "VERB" or stance(g, parent, "") or g.lemmas[parent] in ATTEMPTS
            or self._controller(verb.token))  # "can't let the presidency go to Trump"
            and g.is_negated(parent))

    def _step(self, verb: CodedVerb, what: str, detail: str, actors=()) -> None:
        if self.recording:
            self.steps.append(Step(verb.token, what, detail, tuple(a for a in actors if a is not None)))

    def _emit(self, source: Optional[Actor], code: str, target: Optional[Actor], verb: CodedVerb, notes) -> list[RawEvent]:
        if source is not None and target is not None:
            source, target = self._counterpart(source, target), self._counterpart(target, source)
        if source is None:
            if self.recording:
                self._step(verb, "dropped", "no source: a verb without an actor on the subject side codes nothing", (target,))
            return []  # no one did it: a verb without a subject codes nothing
        if target is None and self.require_target:
            if self.recording:
                self._step(verb, "dropped", "no target: only events with a target are coded (require_target)", (source,))
            return []  # done to no one: only dyadic events unless asked otherwise
        if private_and_apolitical(source.code, code):
            if self.recording:
                self._step(verb, "dropped", f"private people ({source.code}) do nothing political by {code}", (source, target))
            return []
        if target is not None and (is_business(source.code) and (
                is_business(target.code) or is_press(target.code) or (_root(code) < "09" and at_home(source.code, target.code)))
                or is_press(source.code) and is_business(target.code)):
            if self.recording:
                self._step(verb, "dropped", f"companies ({source.code}, {target.code}) do nothing political to each other by {code}", (source, target))
            return []
        if _root(code) == POSTURE_ROOT and (is_business(source.code) or is_press(source.code)):
            # "All airlines flying into New Zealand": only armed actors show force (15)
            if self.recording:
                self._step(verb, "dropped", f"companies and the press ({source.code}) show no force posture ({code})", (source, target))
            return []
        if target is not None and code == PLAIN_STATEMENT and about_its_own_country(source.code, target.code):
            if self.recording:
                self._step(verb, "dropped", f"a plain statement (010) about the speaker's own country ({target.code})",
                           (source, target))
            return []
        itself = target is not None and _is_itself(source, target)
        if source.actor is None and (target is None or target.actor is None) and not self._placed_role(source) and not (
            # an armed group and the state or people of the country the sentence places it in
            # ("a rebel leader in Congo surrendered to the authorities": CODREB 080 CODGOV)
            target is not None and self._is_country(source.code[:3]) and source.code[:3] not in REGIONS
            and target.code[:3] == source.code[:3] == self._scene_country() and _civil_war(source.code, target.code)
        ) and not (
            # a target inferred from the source's own country, which the sentence's place gave
            # ("Workers at a copper mine in Peru went on strike": PERLAB 143 PERGOV)
            target is not None and not target.token_ids and self._is_country(source.code[:3])
            and target.code[:3] == source.code[:3]
        ) and not (itself and code.startswith(SELF_DIRECTED_CODES)):
            if self.recording:
                self._step(verb, "dropped", "neither side names a known actor (only role nouns)", (source, target))
            return []  # neither side names a known actor: "an official said"
        if target is not None and source.code == target.code and not itself and not (
                # two people of one code ("Trump met Pence"); two names of one country are one
                source.actor is not None and target.actor is not None and source.actor.id != target.actor.id
                and not (len(source.code) == 3 and self._is_country(source.code))):
            if self.recording:
                self._step(verb, "dropped", f"source and target have the same code {source.code}", (source, target))
            return []
        forward, _, backward = code.partition(":")
        events = []
        if forward and forward != UNKNOWN:
            events.append(_raw_event(source, forward, target, verb, tuple(notes)))
        if ":" in code and backward and backward != UNKNOWN and source is not None and target is not None:
            events.append(_raw_event(target, backward, source, verb, tuple(notes) + ("paired event",)))
        if self.recording:
            for event in events:
                if self.recording:
                    self._step(verb, "emitted", f"{event.source_code} {event.code} {event.target_code}", (event.source, event.target))
        return events


_raw_event = _maker(RawEvent)
_coded_verb = _maker(CodedVerb)


# Roles that act at home: the unnamed people they act on share their country.
DOMESTIC_ROLES = frozenset({"GOV", "COP", "JUD", "LEG"})
# Bodies of people, who do what a participle on them says ("a group seeking to overthrow the
# government"): never a document that speaks for whoever issued it.
COLLECTIVE_NOUNS = frozenset({
    "group", "organization", "organisation", "movement", "faction", "network", "militia", "party",
    "coalition", "alliance", "force", "army", "unit", "body", "agency", "company", "firm", "gang",
})
# Heads that name people, so that a role adjective on them says who they are ("an ultimatum to
# Muslim leaders"), where on a thing it only describes it ("military aid").
PEOPLE_NOUNS = frozenset({
    "leader", "member", "representative", "figure", "people", "community", "activist", "citizen",
    "resident", "worker", "follower", "supporter", "cleric", "elder", "youth",
})
# Armed groups that fight their own country's state ("government forces": row 247).
INSURGENT_ROLES = frozenset({"REB", "INS"})
# "his country", "their nation": the country of the possessive pronoun's antecedent; with a
# role, only these ("her government", "its own people"): armed men named "its" are row 148's.
COUNTRY_NOUNS = frozenset({"country", "nation", "homeland"})
# Nouns by which news names again a group it named before ("the group", "the militants").
ARMED_GROUP_NOUNS = frozenset({"militia", "militant", "insurgent", "rebel", "fighter", "guerrilla"})
GROUP_NOUNS = ARMED_GROUP_NOUNS | {"group", "movement", "faction"}
OWN_ROLES = frozenset({"GOV", "CVL"})
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Measures a state takes at home, on its own people, when no one else is named: easing or
# imposing administrative sanctions, curfews, states of emergency (CAMEO 081x, 172x), letting
# humanitarian aid in (0863), this one also when said as an intent or a refusal ("agreed to
# allow aid into ..."; "will not lift the ban until ..." names whom its condition does).
HUMANITARIAN_ACCESS = "0863"
DOMESTIC_MEASURES = ("081", "172", HUMANITARIAN_ACCESS)
# Roles of private people: what they do is a political event only as protest, aid,
# concession or violence (CAMEO 07, 08, 14, 18, 20), not as talk, cooperation or fighting
# ("citizens of San Francisco celebrated his proclamations", "when villagers mourn their elders in
# India"). A role beside them (GOV, REB ...) makes the actor political again.
PRIVATE_ROLES = frozenset({"CVL", "PPL", "HLH", "AGR", "LAB"})
PRIVATE_ROOTS = frozenset({"07", "08", "14", "18", "20"})
# Protest (CAMEO 14) by these with no one named is protest to their own government; so is
# ending it (082, "called off the strike"), agreeing to (0352) or refusing to (1242, "will not
# end the strike").
PROTEST_CODES = ("14", "082", "0352", "1242")
# People who appeal for humanitarian aid or refuge do something political too: "Hundreds of
# Myanmar villagers sought refuge in India".
AID_APPEAL = "0233"
PROTESTERS = PRIVATE_ROLES | {"OPP", "EDU"}
# Private people of no named country whom a country releases (08), investigates (09) or
# coerces (17) are its own: "Libya freed 37 prisoners" is LBY 0841 LBYCVL.
HELD_PEOPLE_ROOTS = frozenset({"08", "09", "17"})
# What a state does to a person it names but the dictionaries do not know: release (08),
# investigate (09), coerce (17: arrest, detain, deport), assault (18), mass violence (20).
PERSON_TARGET_ROOTS = frozenset({"08", "09", "17", "18", "20"})
# Deeds done only to persons: arrest and detention, expulsion, torture, assassination,
# release of persons (row 375).
PERSON_ONLY_CODES = ("173", "174", "1822", "186", "0841")
# What is against someone by its "anti-" word: criticism (11) and protest (14).
OPPOSING_ROOTS = frozenset({"11", "14"})
ANTI = "anti-"
# Deeds only a state does to people (coercion, CAMEO 17; torture, 1822): in the passive with
# no one named, the country where they were done did them.
STATE_DEEDS = ("17", "1822")
APPEAL_ROOT = "02"
INTENT_OR_THREAT_ROOTS = ("03", "13")
# What an appeal for change of a country's laws or institutions asks for (``_reformed``)...
REFORM_NOUNS = frozenset({"reform", "change", "alteration", "amendment", "revision", "overhaul"})
# ... and the laws and institutions themselves.
INSTITUTION_NOUNS = frozenset({"constitution", "law", "legislation", "policy", "charter"})
ASKED_CHANGES = REFORM_NOUNS | INSTITUTION_NOUNS
# Verbs of holding people captive, whose doer is who releases them (``_holders``); the state
# ones are a state's deed where no one is named, as detention is (``STATE_DEEDS``).
STATE_HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "arrest", "intern"})
HOLDING_VERBS = STATE_HOLDING_VERBS | {"capture", "seize", "take"}
# ... and those read by their start: the lemmatizer writes "kidnapped" as "kidnapp".
HOLDING_STEMS = ("kidnap", "abduct")
# The phrases of a noun that name whom it concerns by role: "the demands of the drivers",
# "investigations into hundreds of banks", "an attack on soldiers".
ROLE_OF_PREPS = frozenset({"of", "into", "against", "on"})
# A leader who resigns (083) with no one named yields to the opposition of the country.
LEADERSHIP_CODES = ("083",)
# Exhibiting force posture (15: alerts, mobilising, patrols) with no one named is toward the
# scene's country, else the source's own: "Israeli troops remained on alert" ISRMIL 150 ISR.
POSTURE_ROOT = "15"
EASE_ROOT = "08"
REDUCE_ROOT = "16"  # reducing relations: suspending, withholding, cutting
REFUSAL_ROOT = "12"
# Agreeing that something is so expresses accord (019), as coped's coders code "said they
# agree with the governor that civics should be taught in every school" (row 377).
ACCORD_VERBS = frozenset({"agree", "concur"})
ACCORD = "019"
# Nouns of asking, whose "to" clause says what is asked and for whom ("appeals to release").
REQUEST_NOUNS = frozenset({"appeal", "call", "request", "demand", "plea", "proposal", "offer", "bid", "invitation", "order"})
INVESTIGATE_ROOT = "09"
# Verbs of sending people somewhere, whose purpose of investigating (row 374) or of using
# force (row 382) is the event.
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deploy"})
# Purposes of force that make a sending the act itself: coercing, assaulting, fighting,
# mass violence ("sent police to arrest", "deployed troops to attack").
SENT_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
# What sending forces codes in the verb files (SEND's patterns): military cooperation or
# aid (troops, aircraft), a show of force (police, militia), coercion ("agents"); not a
# message or aid sent "to moderate" someone, which the parser may read as a purpose.
SENT_FORCES = ("062", "072", "15", "17")
DESTINATION_PREPS = frozenset({"to", "into", "in"})
# Disapproval (CAMEO 11): criticising, accusing, complaining of someone (110 alone, as
# "alleged that", is as often a claim about someone as against them).
DISAPPROVE_ROOT = "11"
# The conditions that name who must act first: "will not lift the ban until ...".
CONDITION_PARTY_MARKS = frozenset({"until", "till", "unless", "if"})
# Codes of imposing a measure (reducing relations, sanctions, embargoes; coercion: bans,
# curfews): the one it is imposed on is whom easing it eases.
IMPOSING_ROOTS = frozenset({"16", "17"})
# Prepositions that say whom a measure is on ("sanctions on Iran", "in place for China").
MEASURE_PREPS = frozenset({"on", "against", "for"})
CONSULT_ROOT = "04"
# A consultation verb with a predicate of its object meets no one: "calling" someone something
# with no pattern naming the word ("dictator" 111, "partner" 013) criticises, as news most
# often does with it ("called Denmark's Prime Minister nasty"); "leaving citizens confused"
# is no event.
NAME_CALLING = "111"
# So is considering a policy option (014) with one: it judges, and weighs no option
# ("considered the islands to be part of its own territory").
POLICY_OPTION = "014"
# Deporting people (174): sending them to their own country.
DEPORT = "174"
# Seizing (171) or capturing (173) a place, named as the object, is occupying territory (192).
SEIZE_CODES = ("171", "173")
# Seizing and occupying (171, 192) are done to whom a thing or place is taken from, or where:
# not to a "with", "for" or "to" phrase's actor.
TAKING_CODES = ("171", "192")
TAKEN_FROM = frozenset({"from", "of", "over", "in", "inside", "on", "near", "across", "into"})
OCCUPY = "192"
# Force used from the air (row 384): a plain, small-arms or artillery use of force (190, 193,
# 194) whose doer or means is aircraft or air strikes is CAMEO's aerial weapons (195).
AERIAL_CONVERTIBLE = frozenset({"190", "193", "194"})
AERIAL_WEAPONS = "195"
AIRCRAFT_WORDS = frozenset({
    "aircraft", "warplane", "jet", "helicopter", "gunship", "drone", "fighter-bomber",
    "airplane", "plane", "chopper", "airforce",
})
AIR_STRIKES = frozenset({"airstrike", "air-strike", "airstrikes", "air-raid", "airraid"})
STRIKE_NOUNS = frozenset({"strike", "raid", "attack", "bombardment", "bombing", "force"})
AIR_WORDS = frozenset({"air", "drone", "aerial", "missile"})
MEDIA = "MED"  # the role code of news media
_OBJECT_ROUTES = frozenset({"direct object", "actor inside the direct object"})
# Relations that open a clause of its own below a verb (what is reported, intended, described):
# the graph's clauses but conjuncts, which may be the same phrase ("the AP and Reuters").
_CLAUSE_RELS = CLAUSES - {"conj", "list"}
# A claim of responsibility (015) with no target is for a deed done to someone.
CLAIM_CODES = ("015",)
# Verbs by which a side claims a deed; its own violent deed (18-20) claimed is responsibility.
CLAIM_VERBS = frozenset({"claim"})
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Acts of force whose doer a country's adjective may name ("the Turkish offensive on Afrin").
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})
MASS_KILLING = "202"
# A truce declared (0871), agreed to (0356) or a ceasefire violated (196) with no one named
# is the war's other side; armed groups of no state fight their country's government.
TRUCE_CODES = ("0871", "196", "0356", "1246")
ARMED_GROUPS = frozenset({"REB", "UAF", "INS"})
# What an armed group fights at home: the state's arms and the people.
_WAR_SIDES = frozenset({"GOV", "MIL", "COP", "CVL"})
# Neighbours whose armies face each other over a ceasefire line, each the other's side in a
# ceasefire violated with no one named ("Azerbaijani forces violated the ceasefire 80 times":
# ARM), with the dates of their war where it ended (none: still held). Only a violation by a
# country or its army: a government's own ceasefire is as often with rebels at home ("India
# announced a Ramadan ceasefire" in Kashmir).
_ADVERSARY_PAIRS = (
    ("IND", "PAK", None), ("ARM", "AZE", None), ("PRK", "KOR", None),
    ("ETH", "ERI", (_dt.date(1998, 5, 6), _dt.date(2018, 7, 9))),
    ("IRN", "IRQ", (_dt.date(1980, 9, 22), _dt.date(1990, 8, 16))),
)
ADVERSARIES = {one: (other, years) for a, b, years in _ADVERSARY_PAIRS for one, other in ((a, b), (b, a))}
VIOLATION = "196"
# CAMEO's region codes, which name no country: "groups across Europe" are in no state.
REGIONS = frozenset({
    "AFR", "ASA", "BLK", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM", "MEA",
    "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST",
})
# Attitudes voiced to no one in particular: declining to comment (011), pessimism (012),
# optimism (013), a policy option considered (014), a denial of accusers not named (016).
# Coders code them with the speaker as its own target (CANGOV 013 CANGOV).
SELF_DIRECTED_CODES = ("011", "012", "013", "014", "016")
# Of those, the ones a role of no known country is its own target for too: declining to
# comment and denying ("The governor's office declined to comment", "The finance minister
# also rejected accusation of ...").
ROLE_SELF_CODES = ("011", "016")
# A denial naming no one answers the accuser an earlier sentence named, if there is one
# ("Iranian officials accused Ankara ... Turkey rejected the accusation": TUR 016 IRNGOV).
DENIAL_CODES = ("016",)


def _is_itself(source: Actor, target: Actor) -> bool:
    """Whether a target is one inferred to stand where the source does (``_itself``, a denial's
    earlier accuser), not a party the text names: no words of its own at the source's head."""
    return target.head == source.head and not target.token_ids


def _civil_war(one: str, other: str) -> bool:
    """Whether two actors' roles are an armed group's and a state's arm or its people's, the
    sides of a civil war (REB and GOV, UAF and CVL ...)."""
    a, b = role_units(one), role_units(other)
    return bool(a and b) and (a <= ARMED_GROUPS and b <= _WAR_SIDES or b <= ARMED_GROUPS and a <= _WAR_SIDES)


def role_units(code: str) -> set[str]:
    """The 3-letter units after an actor code's first (``USAGOVMIL`` -> GOV, MIL)."""
    return {code[i:i + 3] for i in range(3, len(code), 3)}


# Roles that make a company's code political again: a state-owned or armed company, a party.
STATE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "INS", "UAF", "OPP", "PTY"})


def at_home(company: str, target: str) -> bool:
    """Whether a target is a company's own country named as a place (MNCJPN -> JPN, USABUS ->
    USA): "Toyota flew this crew to Japan", "Exxon Mobil released staff from two Texas
    plants" are the company's own business, not its country's; what it does against its
    government stays ("Google defies US over search data", USABUS 128 USA)."""
    home = company[3:6] if company.startswith("MNC") else company[:3]
    return len(target) == 3 and target == home


def is_press(code: str) -> bool:
    """Whether a code names news media and nothing political: what a newspaper and a company
    do to each other is business too ("The newspaper asked the property firm
    about its accounts")."""
    units = role_units(code)
    return MEDIA in units and not units & STATE_ROLES and not code.startswith(("IGO", "NGO"))


def is_business(code: str) -> bool:
    """Whether a code names a company and nothing political: competition, deals and
    investment between companies ("Microsoft took down Netscape", "Uber will receive a
    billion dollar investment") are no political events, and none is coded."""
    units = role_units(code)
    return (code.startswith("MNC") or "BUS" in units) and not units & STATE_ROLES


# A plain statement (010): news-dev's and coped's coders code what was said, not the saying,
# and never one about the speaker's own country ("Putin said Russia will have new nuclear
# weapons", "the results revealed that children in mainland Australia are ...").
PLAIN_STATEMENT = "010"


def about_its_own_country(source: str, target: str) -> bool:
    """Whether ``target`` is the source's own country as a whole: the country itself, or its
    private people (``RUS``, ``RUSCVL`` for a source ``RUSGOV``)."""
    country = source[:3]
    return country != UNKNOWN and target[:3] == country and role_units(target) <= PRIVATE_ROLES


def private_and_apolitical(source: str, code: str) -> bool:
    """Whether a source of private people only does something of no political weight."""
    units = role_units(source)
    if not units & PRIVATE_ROLES or units - PRIVATE_ROLES:
        return False
    return _root(code) not in PRIVATE_ROOTS and not code.startswith(PROTEST_CODES + (AID_APPEAL,))


def _dedupe(events: list[RawEvent]) -> list[RawEvent]:
    seen = set()
    met = set()
    out = []
    for event in events:
        key = (event.source_code, event.code, event.target_code)
        pair = (event.source_code, event.code[:2], event.target_code)
        if key in seen or pair in met:
            continue
        seen.add(key)
        if event.code[:2] == "04":
            met.add(pair)
        out.append(event)
    return out
