"""Navigation over one UD sentence: children, subtrees, normalised words.

Built once per sentence and shared by every matcher, so that no matcher re-scans the
token list to find a token's dependents.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..model import Sentence, Token

SUBJECTS = ("nsubj", "csubj")
NOBODY = frozenset({"nobody", "none", "noone"})
# Prepositions of time: their object is when, never whom nor what ("before" is also "spoke
# before the Senate", and "throughout" a place).
TIME_PREPS = frozenset({"during", "after", "since", "until", "till"})
# Names of days, months and feasts: "on Wednesday" dates an event, it names no one.
TIME_WORDS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "christmas", "easter", "ramadan",
})
# Nouns of a time of day or a span: "on Thursday evening", "on the same day".
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "day", "week", "weekend", "month", "year"})
# Words that make a time noun a point in time ("this month", "last week"), not a subject.
_TIME_DEICTICS = frozenset({"this", "last", "next", "past", "that", "earlier", "later"})
# The possessive clitic, as folded forms ("Iran's", "Iran’s", "the Saudis'").
POSSESSIVE_MARKS = frozenset({"'s", "'"})
# Words that make an amount approximate ("about 300 refugees"), which a parser may read as
# the preposition of a phrase.
APPROXIMATIONS = frozenset({"over", "about", "around", "nearly", "almost", "approximately", "roughly", "some"})


def _approximates(words: list[str], after: str) -> bool:
    """Whether the preposition the parser gave an amount's noun is a word that makes the
    amount approximate: "about", "over", "nearly" ...; "at" before "least" or "most". ("Up
    to" an amount is ``Graph._mark_amounts``'s.)"""
    return len(words) == 1 and (words[0] in APPROXIMATIONS or (words[0] == "at" and after in ("least", "most")))


# Verbs whose "to" clause is their complement, done by their subject ("decided to ease").
INFINITIVE_TAKERS = frozenset({
    "decide", "agree", "refuse", "plan", "try", "seek", "want", "hope", "promise", "vow", "pledge",
    "threaten", "offer", "intend", "attempt", "fail", "begin", "start", "vote", "prepare", "choose",
    "opt", "undertake", "consent", "expect", "resolve",
})
# A clause's subject relations (an amount made its subject only where it has none).
_SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
# Relations a clause has at most one of: two side by side are a name the parser split.
_SINGLE_RELS = ("nsubj", "nsubj:pass", "obj")
# Adverbs of degree that make a past participle an adjective before a noun ("desperately
# needed fuel", "long awaited talks"); not of time or manner, which a verb of a conjoined
# clause takes as well ("have called him and then left a message").
DEGREE_ADVERBS = frozenset({
    "desperately", "badly", "urgently", "sorely", "much", "long", "hotly", "widely", "highly", "heavily",
    "greatly", "fiercely", "bitterly", "hard", "newly", "freshly", "well", "poorly", "closely", "strongly",
})
# The speaker's and the hearer's pronouns as subjects ("I read an article accusing ...").
_SPEAKERS = frozenset({"i", "we", "you"})
# What only a clause has: a participle with one of these is no modifier of a noun.
_CLAUSE_OWN = frozenset({"nsubj", "csubj", "expl", "aux", "mark", "cop"})
# Clauses below a verb that are coded on their own, not as part of the verb's phrase.
CLAUSES = frozenset({"advcl", "acl", "parataxis", "ccomp", "csubj", "xcomp", "conj", "list"})


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Case- and diacritic-insensitive form of a word: ``Erdoğan`` -> ``erdogan``."""
    text = text.replace("’", "'").replace("‘", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if folded.strip():
        return folded
    # A lone accent ("Colombia ´ s" as a tokenizer splits it) decomposes to a blank: no word,
    # and blank or empty keys are the name tries' own (``names._GLUE``, ``names._END``).
    return text.strip() or "_"


# Folded sentence words, looked up without lru_cache's call overhead (Graph reads every
# token's form and lemma); bounded like fold's cache, emptied when full.
_FOLDED: dict[str, str] = {}
_FOLDED_MAX = 200_000


# Plurals of peoples a parser may leave unlemmatised as proper nouns ("Afghans", "Somalis",
# "Filipinos", "Maoists"); not "-as" or "-es" ("Hamas", "Philippines", "Maldives"), which
# are names of their own. The form still matches as written.
_PEOPLES_ENDINGS = ("ans", "is", "os", "ists")


def _fold_new(text: str) -> str:
    if len(_FOLDED) >= _FOLDED_MAX:
        _FOLDED.clear()
    folded = _FOLDED[text] = fold(text)
    return folded


class Graph:
    """Read-only index over a sentence's dependency tree, with thirteen repairs of the parse made
    as it is built (``_mark_possessives``, ``_mark_compounds``, ``_mark_amounts``, ``_mark_amount_subjects``,
    ``_join_split_names`` with ``_join_split_conjuncts``, ``_join_capitalised_auxiliaries``,
    ``_mark_infinitive_complements``, ``_mark_main_verb_have``, ``_join_participles_in_lists``,
    ``_hang_participles_on_what_was_seen``, ``_join_listed_subjects``, ``_mark_named_participles``,
    ``_mark_time_subjects``);
    the sentence itself is never changed."""

    __slots__ = ("sentence", "tokens", "children", "forms", "lemmas", "n", "words", "deprels", "rels", "heads", "upos_", "named", "_subtrees")

    def __init__(self, sentence: Sentence):
        self.sentence = sentence
        tokens = self.tokens = sentence.tokens
        n = self.n = len(tokens)
        # Columns by token id (index 0 is the root), read far more often than tokens change;
        # built in one pass over the tokens.
        children: list[list[int]] = [[] for _ in range(n + 1)]
        forms, lemmas, deprels, rels, heads, upos_, named = [""], [""], [""], [""], [0], [""], [False]
        folded = _FOLDED
        for tok in tokens:
            head, form, lemma, deprel, upos = tok.head, tok.form, tok.lemma, tok.deprel, tok.upos
            children[head].append(tok.id)
            f = folded.get(form)
            if f is None:
                f = _fold_new(form)
            forms.append(f)
            if lemma == "" or lemma == "_":
                lemmas.append(f)
            elif upos == "PROPN" and lemma == form and form.endswith(_PEOPLES_ENDINGS):
                lemmas.append(f[:-1])  # "Afghans" left as its own lemma: the people, "Afghan"
            else:
                f = folded.get(lemma)
                lemmas.append(_fold_new(lemma) if f is None else f)
            deprels.append(deprel)
            rels.append(deprel.split(":", 1)[0] if ":" in deprel else deprel)
            heads.append(head)
            upos_.append(upos)
            # Could this token start a proper name? ("Male" the capital, not "males").
            named.append(upos == "PROPN" or not form.islower())
        self.children = children
        self.forms, self.lemmas, self.deprels, self.rels = forms, lemmas, deprels, rels
        self.heads, self.upos_, self.named = heads, upos_, named
        self.words = frozenset(forms + lemmas)  # every word, either way (one set: cheaper than a union)
        self._subtrees: dict[tuple[int, frozenset], list[int]] = {}
        self._mark_possessives()  # first: a split title may join a possessor ("President | Trump's call")
        self._mark_compounds()
        self._mark_amounts()
        self._mark_amount_subjects()
        self._join_split_names()
        self._join_capitalised_auxiliaries()
        self._mark_infinitive_complements()
        self._mark_main_verb_have()
        self._join_participles_in_lists()
        self._hang_participles_on_what_was_seen()
        self._join_listed_subjects()
        self._mark_named_participles()
        self._mark_time_subjects()

    def _mark_possessives(self) -> None:
        """A noun with only a possessive "'s" for its case is a possessor (``nmod:poss``),
        however the parser labelled it: the compact model writes "Ethiopia 's government"
        as ``nmod`` one time in six, and then the country is no part of the name."""
        deprels, children, forms = self.deprels, self.children, self.forms
        for tid in range(1, self.n + 1):
            if deprels[tid] != "nmod":
                continue
            cases = [c for c in children[tid] if deprels[c] == "case"]
            if cases and all(forms[c] in POSSESSIVE_MARKS for c in cases):
                deprels[tid] = "nmod:poss"

    def _mark_compounds(self) -> None:
        """A noun right before the noun it modifies, with no preposition, is a compound of it,
        however the parser labelled it: the compact model writes "Congo rebels", "separatist
        rebels" or "police officers" as ``nmod`` now and then (UD's treebanks never have a
        bare ``nmod`` before its head), and then the first word is no part of the name."""
        deprels, rels, children, heads, upos = self.deprels, self.rels, self.children, self.heads, self.upos_
        for tid in range(1, self.n):
            if deprels[tid] == "nmod" and heads[tid] == tid + 1 and upos[tid + 1] in ("NOUN", "PROPN") \
                    and not any(rels[c] == "case" for c in children[tid]):
                deprels[tid] = rels[tid] = "compound"

    def _mark_amounts(self) -> None:
        """"Up to" an amount is no "to" phrase: the compact model parses "deploy up to 4,000
        soldiers to Sudan" with "up" the verb's particle and "to 4,000 soldiers" a phrase of
        the verb, whose "to" then named the soldiers as the recipient. As UD's treebanks write
        it, "to" becomes a ``fixed`` part of "up", "up" modifies the amount, and the phrase is
        the verb's object where the verb has none."""
        rels, children = self.rels, self.children
        for up in range(1, self.n - 1):
            to, amount = up + 1, up + 2
            if not self.up_to_amount(up) or rels[to] != "case" or children[up] or children[to]:
                continue
            phrase = self.heads[to]
            if phrase < amount or self.heads[up] == amount:
                continue
            self._rehang(to, up, "fixed")
            self._rehang(up, amount, "advmod")
            verb = self.heads[phrase]
            if rels[phrase] != "obl" or self.upos_[verb] != "VERB":
                continue
            if phrase < verb:
                self._make_subject(phrase, verb)  # "Up to 30 mortar shells had been fired at Israel"
            elif not any(rels[c] == "obj" for c in children[verb]):
                self.deprels[phrase] = rels[phrase] = "obj"

    def _mark_amount_subjects(self) -> None:
        """An amount of people before a verb that has no subject is its subject: the compact
        model reads the approximating words of "About 300 Afghan refugees have sought refuge
        in Iran", "At least 20 soldiers were killed", "Up to 40 rockets had been fired" as
        prepositions, and the noun as an ``obl``. As UD writes it, the words modify the
        number, and the noun is the subject (``nsubj:pass`` of a passive). A phrase after the
        verb, or one whose prepositions make no amount ("Over the weekend", "In 300 days"),
        stays."""
        rels, children, deprels, forms = self.rels, self.children, self.deprels, self.forms
        for noun in range(2, self.n + 1):
            if rels[noun] != "obl" or self.upos_[noun] != "NOUN":
                continue
            verb = self.heads[noun]
            numbers = [c for c in children[noun] if c < noun and rels[c] == "nummod"]
            cases = [c for c in children[noun] if rels[c] == "case"]
            if not numbers or not cases or cases[-1] > numbers[0] or verb < noun \
                    or self.upos_[verb] not in ("VERB", "AUX") \
                    or not _approximates([forms[c] for c in cases], forms[cases[-1] + 1]) \
                    or any(rels[c] in _SUBJECTS for c in children[verb]):
                continue
            for word in cases:
                self._rehang(word, numbers[0], "advmod")
            self._make_subject(noun, verb)

    def _make_subject(self, noun: int, verb: int) -> None:
        """The noun becomes the verb's subject (``nsubj:pass`` of a passive), if it has none."""
        children, rels = self.children, self.rels
        if any(rels[c] in _SUBJECTS for c in children[verb]):
            return
        passive = any(self.deprels[c] == "aux:pass" for c in children[verb])
        self.deprels[noun] = "nsubj:pass" if passive else "nsubj"
        rels[noun] = "nsubj"

    def up_to_amount(self, token: int) -> bool:
        """Whether ``token`` begins "up to" an amount ("up to 4,000 soldiers", "up to $1 billion")."""
        forms = self.forms
        return token + 2 <= self.n and forms[token] == "up" and forms[token + 1] == "to" and (
            self.upos_[token + 2] in ("NUM", "SYM") or forms[token + 2] in ("$", "£", "€"))

    def _mark_infinitive_complements(self) -> None:
        """A "to" clause the parser made the subject (``csubj``) of a word that already has a
        subject is its complement (``xcomp``): "Colombia is ready to contribute troops", where
        the compact model wrote "contribute" as the subject of "ready"."""
        deprels, rels, children, lemmas = self.deprels, self.rels, self.children, self.lemmas
        for tid in range(1, self.n + 1):
            if rels[tid] != "csubj" or not self.is_to_clause(tid):
                continue
            head = self.heads[tid]
            if head and any(rels[c] == "nsubj" for c in children[head]):
                deprels[tid] = rels[tid] = "xcomp"
        # So is a "to" clause the parser made an adverbial clause of a verb that takes one
        # as its complement, where a phrase stands between them: "Canada decided on Monday
        # to relax its tariffs", "The rebels agreed on 3 May to end a siege".
        for tid in range(1, self.n + 1):
            head = self.heads[tid]
            if rels[tid] != "advcl" or not head or lemmas[head] not in INFINITIVE_TAKERS or not self.is_to_clause(tid) \
                    or any(rels[c] in ("xcomp", "obj", "ccomp") for c in children[head]):
                continue
            deprels[tid] = rels[tid] = "xcomp"

    def _mark_main_verb_have(self) -> None:
        """A "have" with a direct object is the main verb (``VERB``), not an auxiliary, however
        the parser tagged it: "Chile had talks with Peru", where the compact model wrote
        ``AUX`` and the light verb's event noun went unread."""
        upos_, lemmas, rels, children = self.upos_, self.lemmas, self.rels, self.children
        for tid in range(1, self.n + 1):
            if upos_[tid] == "AUX" and lemmas[tid] == "have" and rels[tid] not in ("aux", "cop") \
                    and any(rels[c] == "obj" for c in children[tid]):
                upos_[tid] = "VERB"

    def _join_participles_in_lists(self) -> None:
        """A participle that describes the last noun of a verb's object list is part of the
        list ("provided food, tents and badly needed fuel to Sudan", where
        the compact model made "needed" a verb conjoined to "provided", with "fuel" its object
        and "to Sudan" its phrase). Only a past form (tagged finite at times) with no subject,
        auxiliary or marker of its own, whose "and" continues the object list right where it
        ends: its object becomes the list's last conjunct, the participle that noun's modifier,
        and its other phrases the verb's again. An adverb of degree must stand right before the
        participle (``DEGREE_ADVERBS``): "have called him and left a message" is two verbs."""
        rels, heads, children, upos_ = self.rels, self.heads, self.children, self.upos_
        for tid in range(2, self.n):
            verb = heads[tid]
            feats = self.tokens[tid - 1].feats
            if rels[tid] != "conj" or upos_[tid] != "VERB" or not verb or upos_[verb] != "VERB" \
                    or "Tense=Past" not in feats \
                    or self.lemmas[tid - 1] not in DEGREE_ADVERBS or heads[tid - 1] != tid:
                continue
            kids = children[tid]
            if any(rels[c] in _CLAUSE_OWN for c in kids):
                continue
            joiners = [c for c in kids if c < tid and rels[c] == "cc"]
            nouns = [c for c in kids if c > tid and rels[c] == "obj" and upos_[c] == "NOUN"]
            listed = [c for c in children[verb] if c < tid and rels[c] == "obj" and upos_[c] in ("NOUN", "PROPN")]
            if not joiners or not nouns or not listed or self.subtree(nouns[0])[0] != tid + 1 \
                    or self.subtree(listed[-1])[-1] + 1 != self.subtree(tid)[0]:
                continue
            noun, first = nouns[0], listed[-1]
            self._rehang(noun, first, "conj")
            for joiner in joiners:
                self._rehang(joiner, noun, "cc")
            for phrase in [c for c in kids if c > noun and rels[c] in ("obl", "nmod")]:
                self._rehang(phrase, verb, "obl")
            self._rehang(tid, noun, "amod")

    def _hang_participles_on_what_was_seen(self) -> None:
        """A present participle right after the phrase of a verb whose subject is "I", "we"
        or "you" describes that phrase's noun: "I read an article in a weekly accusing
        the Iranian government", where the compact model made "accusing" a clause of "read"
        and so the reader's deed. Only with no comma or marker between, and no subject of
        its own: "we attacked the village, killing ..." keeps its clause (and a subject in the
        third person keeps it too: "the army shelled the town killing civilians")."""
        rels, heads, children, upos_ = self.rels, self.heads, self.children, self.upos_
        for tid in range(3, self.n + 1):
            verb = heads[tid]
            if rels[tid] != "advcl" or upos_[tid] != "VERB" or not verb \
                    or "VerbForm=Part" not in self.tokens[tid - 1].feats or "Tense=Pres" not in self.tokens[tid - 1].feats:
                continue
            if any(rels[c] in _CLAUSE_OWN for c in children[tid]):
                continue
            if not any(rels[c] == "nsubj" and self.lemmas[c] in _SPEAKERS for c in children[verb]):
                continue
            before = [c for c in children[verb] if c < tid and rels[c] in ("obj", "obl") and upos_[c] in ("NOUN", "PROPN")]
            if not before or self.subtree(before[-1])[-1] + 1 != tid:
                continue
            self._rehang(tid, before[-1], "acl")

    def _join_capitalised_auxiliaries(self) -> None:
        """A capitalised auxiliary inside running text, right after a proper noun, is the
        last word of a name ("Theresa May will hold talks", where the compact model read "May"
        as a modal): it becomes a ``flat`` part of the proper noun. The next word must be in
        lower case, so a title-case headline ("Iran Will Respond") keeps its auxiliary."""
        tokens, upos_ = self.tokens, self.upos_
        for tid in range(2, self.n):
            if upos_[tid] != "AUX" or upos_[tid - 1] != "PROPN":
                continue
            form = tokens[tid - 1].form  # as written: the columns are case-folded
            if not form[:1].isupper() or form.isupper() or not tokens[tid].form[:1].islower():
                continue
            self._rehang(tid, tid - 1, "flat")
            self.upos_[tid], self.named[tid] = "PROPN", True

    def _join_split_names(self) -> None:
        """Rejoin a name the parser split into two subjects or objects of one verb: a clause
        has one subject and one object, so two side by side are one phrase ("President |
        Michel Temer conceded", "Amnesty | International has accused", "Foreign Minister |
        Sergey Lavrov said"). The first becomes a compound of the second, a proper noun, or a
        common noun after a name ("Boko Haram | jihadists overran": the group's fighters)."""
        children, deprels, heads, upos_ = self.children, self.deprels, self.heads, self.upos_
        seen: dict[tuple[int, str], int] = {}
        pairs = []
        for tid in range(1, self.n + 1):
            if deprels[tid] in _SINGLE_RELS:
                key = (heads[tid], deprels[tid])
                if key in seen:
                    pairs.append((seen[key], tid))
                else:
                    seen[key] = tid
        for first, second in pairs:
            if upos_[first] not in ("NOUN", "PROPN") or heads[first] != heads[second] \
                    or self.lemmas[first] in TIME_WORDS or self.lemmas[second] in TIME_WORDS:
                continue
            left = self.subtree(second)[0]
            if self.subtree(first)[-1] + 1 != left:
                continue
            if upos_[second] == "PROPN" and (left == second or self.rels[left] not in ("cc", "punct")):
                name = second
            elif upos_[second] == "NOUN" and self.tok(second).form.islower() and self._a_name(first) \
                    and self.rels[left] not in ("cc", "punct", "det") and self.rels[left - 1] not in ("cc", "punct"):
                name = second  # "Boko Haram | jihadists overran", "al Shabaab | gunmen killed"
            elif upos_[left] == "PROPN" and heads[left] == second and deprels[left] in ("nmod:poss", "compound"):
                name = left  # "President | Donald Trump's call": the title is the possessor's
            else:
                continue
            self._rehang(first, name, "compound")
        self._join_split_conjuncts()

    def _a_name(self, token: int) -> bool:
        """Whether a noun is a proper name: a proper noun, or a capitalised noun not first
        in the sentence ("the New People's | Army")."""
        return self.upos_[token] == "PROPN" or token > 1 and self.upos_[token] == "NOUN" and self.tok(token).form[:1].isupper()

    def _join_split_conjuncts(self) -> None:
        """Rejoin a name the parser split into two conjuncts: a conjunct with no "and" or
        comma of its own right after another is the same phrase ("Trump and King | Abdullah
        will gather", "Japanese Prime Minister | Shinzo Abe", "the European | Union"). The
        first becomes a compound of the second, a proper noun, and hands it its "and"."""
        deprels, heads, upos_, children = self.deprels, self.heads, self.upos_, self.children
        last: dict[int, int] = {}
        pairs = []
        for tid in range(1, self.n + 1):
            if deprels[tid] == "conj":
                if heads[tid] in last:
                    pairs.append((last[heads[tid]], tid))
                last[heads[tid]] = tid
        for first, second in pairs:
            if upos_[first] not in ("NOUN", "PROPN", "ADJ") or upos_[second] != "PROPN" \
                    or self.lemmas[first] in TIME_WORDS or self.lemmas[second] in TIME_WORDS:
                continue  # "Idlib and Aleppo | on Tuesday": a time the parser made a conjunct
            span = self.subtree(second)
            if upos_[first] == "ADJ":
                if not children[first] and span[0] < first < second:
                    # "the United Kingdom and the | European | Union": an adjective inside
                    # the next conjunct's own words is that conjunct's
                    self._rehang(first, second, "amod")
                continue
            if self.subtree(first)[-1] + 1 != span[0]:
                continue
            if any(c < second and self.rels[c] in ("cc", "punct") for c in children[second]):
                continue
            for joiner in [c for c in children[first] if c < first and self.rels[c] in ("cc", "punct")]:
                self._rehang(joiner, second, deprels[joiner])
            self._rehang(first, second, "compound")

    def _join_listed_subjects(self) -> None:
        """A list of three subjects, "A, B and C", that the parser read as A with B in
        apposition and C a conjunct inside B ("The Peruvian government, several opposition
        parties and the army condemned ..."): an apposition ends at a comma ("The group, a
        coalition of Kurds and Arabs, said"), a list at its verb. As UD writes a list, B and C
        become conjuncts of A."""
        rels, heads, forms = self.rels, self.heads, self.forms
        for b in range(2, self.n):
            a = heads[b]
            if rels[b] != "appos" or rels[a] not in SUBJECTS or not a < b:
                continue
            span = self.subtree(b)
            if span[0] <= a or forms[span[0]] != "," or forms[span[-1]] == ",":
                continue  # "A, B ...": a comma opens the second item; one after it closes an apposition
            verb, after = heads[a], span[-1] + 1
            if after > self.n or after != verb and not (heads[after] == verb and rels[after] in ("aux", "advmod")):
                continue  # the phrase must run on to its verb, with no comma to close it
            listed = [c for c in span if rels[c] == "conj" and c != b
                      and any(rels[x] == "cc" and forms[x].lower() in ("and", "or") for x in self.children[c])]
            if len(listed) != 1:
                continue
            self._rehang(b, a, "conj")
            self._rehang(listed[0], a, "conj")

    def _mark_named_participles(self) -> None:
        """A capitalised word the tagger read as a verb, standing where no verb can, is a
        name: the compact model reads "-ing" names as participles ("Beijing police", "a
        ceremony in Wyoming"). Before the noun it modifies (``acl``, or ``amod`` but for the
        sentence's first word: "Displaced families fled"), with no dependents and a word in
        lower case after it, it becomes a proper noun ``compound`` of the noun; as an
        ``advcl`` whose only dependents are lower-case prepositions before it ("in"), an
        ``obl`` with those as its ``case``. A verb with an object or subject of its own stays a
        verb, and so does a title-case headline's ("Man Freed After Questioning")."""
        tokens, rels, children, heads, upos_ = self.tokens, self.rels, self.children, self.heads, self.upos_
        for tid in range(1, self.n + 1):
            form = tokens[tid - 1].form
            if upos_[tid] != "VERB" or not form[:1].isupper() or form.isupper() or len(form) < 4:
                continue
            kids = children[tid]
            if any(rels[c] not in ("case", "mark") for c in kids):
                continue
            head = heads[tid]
            if (rels[tid] == "acl" or rels[tid] == "amod" and tid > 1) and not kids and tid < head \
                    and upos_[head] in ("NOUN", "PROPN") and self.tok(tid + 1).form[:1].islower():
                self._rehang(tid, head, "compound")
            elif rels[tid] == "advcl" and kids and tid > 1 \
                    and all(c < tid and tokens[c - 1].form.islower() for c in kids):
                self._rehang(tid, head, "obl")
                for c in kids:
                    self.deprels[c] = rels[c] = "case"
            else:
                continue
            upos_[tid], self.named[tid] = "PROPN", True
            self.lemmas[tid] = self.forms[tid]

    def _mark_time_subjects(self) -> None:
        """"This month" or "last week" before a verb says when, not who: the compact model
        reads "Baghdad rejected the vote and this month fired the governor" with "month" the
        subject of "fired", which then loses the subject it shares with "rejected". A time
        noun with such a word, the subject of a verb that is a conjunct or has another
        subject, becomes ``obl:tmod`` as UD writes it ("This year was good" keeps its
        subject)."""
        rels, heads, lemmas, children = self.rels, self.heads, self.lemmas, self.children
        for tid in range(1, self.n):
            verb = heads[tid]
            if rels[tid] != "nsubj" or lemmas[tid] not in TIME_NOUNS or not tid < verb or self.upos_[verb] != "VERB":
                continue
            if not any(lemmas[c] in _TIME_DEICTICS for c in children[tid] if rels[c] in ("det", "amod")):
                continue
            if rels[verb] == "conj" or any(rels[c] in _SUBJECTS and c != tid for c in children[verb]):
                self.deprels[tid], rels[tid] = "obl:tmod", "obl"

    def _rehang(self, token: int, head: int, deprel: str) -> None:
        """A parse repair: ``token`` becomes a ``deprel`` dependent of ``head``."""
        children = self.children
        children[self.heads[token]].remove(token)
        children[head].append(token)
        children[head].sort()
        self.heads[token], self.deprels[token], self.rels[token] = head, deprel, deprel
        self._subtrees.clear()

    def __len__(self) -> int:
        return self.n

    def tok(self, token_id: int) -> Token:
        return self.tokens[token_id - 1]

    def deprel(self, token_id: int) -> str:
        return self.deprels[token_id]

    def rel(self, token_id: int) -> str:
        return self.rels[token_id]

    def head(self, token_id: int) -> int:
        return self.heads[token_id]

    def upos(self, token_id: int) -> str:
        return self.upos_[token_id]

    def kids(self, token_id: int, *rels: str) -> list[int]:
        """Children of a token, optionally only those whose relation (or its universal part) is in rels."""
        if not rels:
            return self.children[token_id]
        return [c for c in self.children[token_id] if self.deprels[c] in rels or self.rels[c] in rels]

    def subtree(self, token_id: int, stop: frozenset[str] = frozenset()) -> list[int]:
        """Token ids under (and including) token_id, not descending into relations in ``stop``.

        Memoised per sentence: the same phrases are asked for again and again. Callers must
        not change the returned list."""
        key = (token_id, stop)
        cached = self._subtrees.get(key)
        if cached is not None:
            return cached
        out = [token_id]
        children = self.children
        if stop:
            deprels, rels = self.deprels, self.rels
            for current in out:  # the list grows as it is read: every descendant once
                for child in children[current]:
                    if deprels[child] not in stop and rels[child] not in stop:
                        out.append(child)
        else:
            for current in out:
                out.extend(children[current])
        out.sort()
        self._subtrees[key] = out
        return out

    def parent_is(self, token_id: int, parent: int) -> bool:
        return self.heads[token_id] == parent

    def words_match(self, token_id: int, word: str) -> bool:
        return self.lemmas[token_id] == word or self.forms[token_id] == word

    def case_words(self, token_id: int) -> list[str]:
        """Prepositions (case/mark children, with their fixed parts) of a token: ``because of``."""
        out = []
        children, rels, lemmas = self.children, self.rels, self.lemmas
        for child in children[token_id]:
            if rels[child] == "case" or rels[child] == "mark":
                fixed = [lemmas[f] for f in children[child] if rels[f] == "fixed"]
                out.append(" ".join([lemmas[child], *fixed]) if fixed else lemmas[child])
        return out

    def is_to_clause(self, token_id: int) -> bool:
        """Whether a clause is introduced by infinitival "to" ("ready to contribute",
        "needs to take", "aid to help Haiti")."""
        rels, lemmas = self.rels, self.lemmas
        return any(rels[c] == "mark" and lemmas[c] == "to" for c in self.children[token_id])

    def is_that_clause(self, token_id: int) -> bool:
        """Whether a clause of a noun or verb is a content clause opened by "that" alone (its
        "that" a marker, not a pronoun with a role in it): "the claim that Peru violated the
        border", which parsers also label a relative clause; not "the claim that Peru made"."""
        rels, lemmas = self.rels, self.lemmas
        return rels[token_id] in ("acl", "ccomp", "advcl") and [
            lemmas[c] for c in self.children[token_id] if rels[c] == "mark"] == ["that"]

    def is_negated(self, token_id: int) -> bool:
        """Whether the word is denied: "did not attack", "never met", "no aid"; or its
        subject is no one ("neither the US nor its allies expressed concern", "no group
        has claimed responsibility", "nobody attacked")."""
        for child in self.children[token_id]:
            if self.lemmas[child] in ("not", "n't", "never", "no") and self.rels[child] in ("advmod", "neg", "det", "aux"):
                return True
            if self.rels[child] in SUBJECTS and (self.lemmas[child] in NOBODY or any(
                    self.lemmas[c] == "neither" or (self.lemmas[c] == "no" and self.rels[c] == "det")
                    for c in self.children[child])):
                return True
        return False

    def ancestors(self, token_id: int) -> list[int]:
        out = []
        current = self.head(token_id)
        seen = set()
        while current and current not in seen:
            seen.add(current)
            out.append(current)
            current = self.head(current)
        return out
