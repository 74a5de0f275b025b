"""Synthetic news stories as hand-built UD parses (CoNLL-U), for the robustness scripts.

No parsing model is needed: each sentence is built from a template with real country,
city and group names and verbs of the shipped dictionaries ("Turkey condemned Iran.",
"Syrian troops attacked rebels in Idlib.", "Egypt urged Israel to resume talks."), with
the UD heads and relations written by hand like ``tests/ud_rows.py`` does. A story is
1-8 such sentences, some of which code no event (fillers, pronoun subjects).

Used by ``benchmarks/soak_resume.py`` and ``benchmarks/memory_soak.py``.
"""

from __future__ import annotations

import datetime as _dt
import random
from typing import Optional

COUNTRIES = [
    ("Turkey",), ("Iran",), ("Syria",), ("Russia",), ("Ukraine",), ("Egypt",), ("Israel",),
    ("Jordan",), ("France",), ("Germany",), ("China",), ("Japan",), ("India",), ("Pakistan",),
    ("Iraq",), ("Lebanon",), ("Qatar",), ("Kenya",), ("Nigeria",), ("Brazil",), ("Mexico",),
    ("Canada",), ("Afghanistan",), ("Saudi", "Arabia"), ("North", "Korea"), ("South", "Africa"),
]
DEMONYMS = [
    "Syrian", "Turkish", "Iranian", "Russian", "Ukrainian", "Israeli", "Egyptian", "Iraqi",
    "Afghan", "Nigerian", "Pakistani", "Indian", "Chinese", "Lebanese",
]
CITIES = [
    "Idlib", "Aleppo", "Ankara", "Tehran", "Kabul", "Baghdad", "Mosul", "Kyiv", "Donetsk",
    "Cairo", "Gaza", "Beirut", "Lagos", "Karachi", "Kandahar", "Homs",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# past tense, lemma: verbs with a transitive pattern in the shipped verb dictionaries
DIPLOMATIC = [
    ("condemned", "condemn"), ("criticized", "criticize"), ("accused", "accuse"), ("praised", "praise"),
    ("threatened", "threaten"), ("welcomed", "welcome"), ("rejected", "reject"), ("supported", "support"),
    ("thanked", "thank"), ("blamed", "blame"), ("visited", "visit"), ("met", "meet"),
    ("warned", "warn"), ("sanctioned", "sanction"), ("recognized", "recognize"), ("hosted", "host"),
]
MILITARY = [
    ("attacked", "attack"), ("shelled", "shell"), ("bombed", "bomb"), ("killed", "kill"),
    ("ambushed", "ambush"), ("captured", "capture"), ("arrested", "arrest"),
]
GROUPS = [("troops", "troop"), ("forces", "force"), ("police", "police"), ("soldiers", "soldier")]
TARGETS = [("rebels", "rebel"), ("militants", "militant"), ("protesters", "protester"), ("insurgents", "insurgent")]
ASKS = [("urged", "urge"), ("asked", "ask"), ("called", "call")]
TALKS = [("resume", "talks", "talk"), ("end", "hostilities", "hostility"), ("release", "prisoners", "prisoner")]

PAST = "Mood=Ind|Tense=Past|VerbForm=Fin"
PASSIVE = "Tense=Past|VerbForm=Part|Voice=Pass"
PLURAL = "Number=Plur"
SINGULAR = "Number=Sing"


class _Sentence:
    """Tokens with symbolic heads: ``add(form, lemma, upos, head, deprel, feats, label)``."""

    def __init__(self) -> None:
        self.rows: list[list] = []
        self.labels: dict[str, int] = {}

    def add(self, form, lemma, upos, head, deprel, feats="_", label=None) -> None:
        self.rows.append([form, lemma, upos, head, deprel, feats])
        if label:
            self.labels[label] = len(self.rows)

    def name(self, words: tuple, head, deprel, label: str) -> None:
        """A (multi-word) proper name: earlier words are compounds of the last one."""
        for word in words[:-1]:
            self.add(word, word, "PROPN", label, "compound", SINGULAR)
        self.add(words[-1], words[-1], "PROPN", head, deprel, SINGULAR, label)

    def conllu(self, sent_id: str) -> str:
        words = [r[0] for r in self.rows]
        lines = [f"# sent_id = {sent_id}", "# text = " + " ".join(words[:-1]) + words[-1]]
        for index, (form, lemma, upos, head, deprel, feats) in enumerate(self.rows, 1):
            head_id = 0 if head == 0 else self.labels[head]
            lines.append(f"{index}\t{form}\t{lemma}\t{upos}\t_\t{feats}\t{head_id}\t{deprel}\t_\t_")
        return "\n".join(lines) + "\n"


def _pair(rng: random.Random) -> tuple[tuple, tuple]:
    a, b = rng.sample(COUNTRIES, 2)
    return a, b


def _sentence(rng: random.Random, kind: int, extra_word: Optional[str] = None) -> _Sentence:
    s = _Sentence()
    if kind == 0:  # Turkey condemned Iran on Monday .
        a, b = _pair(rng)
        form, lemma = rng.choice(DIPLOMATIC)
        s.name(a, "V", "nsubj", "A")
        s.add(form, lemma, "VERB", 0, "root", PAST, "V")
        s.name(b, "V", "obj", "B")
        if rng.random() < 0.5:
            s.add("on", "on", "ADP", "D", "case")
            s.add(rng.choice(DAYS), None, "PROPN", "V", "obl", SINGULAR, "D")
            s.rows[-1][1] = s.rows[-1][0]
    elif kind == 1:  # Syrian troops attacked rebels in Idlib .
        form, lemma = rng.choice(MILITARY)
        group, group_lemma = rng.choice(GROUPS)
        target, target_lemma = rng.choice(TARGETS)
        city = rng.choice(CITIES)
        s.add(rng.choice(DEMONYMS), None, "ADJ", "S", "amod")
        s.rows[-1][1] = s.rows[-1][0]
        s.add(group, group_lemma, "NOUN", "V", "nsubj", PLURAL, "S")
        s.add(form, lemma, "VERB", 0, "root", PAST, "V")
        s.add(target, target_lemma, "NOUN", "V", "obj", PLURAL)
        s.add("in", "in", "ADP", "C", "case")
        s.add(city, city, "PROPN", "V", "obl", SINGULAR, "C")
    elif kind == 2:  # Egypt urged Israel to resume talks .
        a, b = _pair(rng)
        form, lemma = rng.choice(ASKS)
        verb, noun, noun_lemma = rng.choice(TALKS)
        s.name(a, "V", "nsubj", "A")
        s.add(form, lemma, "VERB", 0, "root", PAST, "V")
        s.name(b, "V", "obj", "B")
        s.add("to", "to", "PART", "X", "mark")
        s.add(verb, verb, "VERB", "V", "xcomp", "VerbForm=Inf", "X")
        s.add(noun, noun_lemma, "NOUN", "X", "obj", PLURAL)
    elif kind == 3:  # Iraq was criticized by Jordan .
        a, b = _pair(rng)
        form, lemma = rng.choice(DIPLOMATIC[:10])
        s.name(b, "V", "nsubj:pass", "B")
        s.add("was", "be", "AUX", "V", "aux:pass", PAST)
        s.add(form, lemma, "VERB", 0, "root", PASSIVE, "V")
        s.add("by", "by", "ADP", "A", "case")
        s.name(a, "V", "obl:agent", "A")
    elif kind == 4:  # France and Germany condemned Russia .
        a, b, c = rng.sample(COUNTRIES, 3)
        form, lemma = rng.choice(DIPLOMATIC)
        s.name(a, "V", "nsubj", "A")
        s.add("and", "and", "CCONJ", "B", "cc")
        s.name(b, "A", "conj", "B")
        s.add(form, lemma, "VERB", 0, "root", PAST, "V")
        s.name(c, "V", "obj", "C")
    elif kind == 5:  # It also criticized Kenya .
        b = rng.choice(COUNTRIES)
        form, lemma = rng.choice(DIPLOMATIC)
        s.add("It", "it", "PRON", "V", "nsubj", "Number=Sing|Person=3|PronType=Prs")
        s.add("also", "also", "ADV", "V", "advmod")
        s.add(form, lemma, "VERB", 0, "root", PAST, "V")
        s.name(b, "V", "obj", "B")
    else:  # Prices rose sharply in Ankara on Friday .  (no event)
        city = rng.choice(CITIES)
        s.add("Prices", "price", "NOUN", "V", "nsubj", PLURAL)
        s.add("rose", "rise", "VERB", 0, "root", PAST, "V")
        s.add("sharply", "sharply", "ADV", "V", "advmod")
        s.add("in", "in", "ADP", "C", "case")
        s.add(city, city, "PROPN", "V", "obl", SINGULAR, "C")
        s.add("on", "on", "ADP", "D", "case")
        day = rng.choice(DAYS)
        s.add(day, day, "PROPN", "V", "obl", SINGULAR, "D")
    if extra_word:  # a word never seen before: "..., said Zorvatik ." (exercises word caches)
        s.add(",", ",", "PUNCT", "W", "punct")
        s.add("said", "say", "VERB", "V", "parataxis", PAST, "W")
        s.add(extra_word, extra_word, "PROPN", "W", "nsubj", SINGULAR)
    s.add(".", ".", "PUNCT", "V", "punct")
    return s


def random_word(rng: random.Random) -> str:
    letters = "bcdfghklmnprstvz"
    vowels = "aeiou"
    return "".join(rng.choice(letters) + rng.choice(vowels) for _ in range(rng.randint(2, 4))).capitalize()


def story_sentences(rng: random.Random, count: Optional[int] = None, new_words: float = 0.0, word=random_word) -> list[str]:
    """CoNLL-U blocks of one story (no story comments); ``new_words``: the share of sentences
    that get a ``", said NAME"`` tail with ``word(rng)`` as the name."""
    count = count or rng.randint(1, 8)
    blocks = []
    for number in range(1, count + 1):
        kind = rng.choices(range(7), weights=(5, 3, 2, 2, 1, 1, 3))[0]
        if number == 1 and kind == 5:
            kind = 0  # "It ..." needs someone before it
        extra = word(rng) if new_words and rng.random() < new_words else None
        blocks.append(_sentence(rng, kind, extra).conllu(str(number)))
    return blocks


def story_date(rng: random.Random) -> str:
    return (_dt.date(2015, 1, 1) + _dt.timedelta(days=rng.randrange(3650))).isoformat()


# Broken sentences for the errors file: heads forming a cycle, a head outside the sentence.
CYCLE = "# sent_id = 9\n1\tIran\tIran\tPROPN\t_\t_\t2\tnsubj\t_\t_\n2\twarned\twarn\tVERB\t_\t_\t1\tccomp\t_\t_\n"
OUTSIDE = "# sent_id = 1\n1\tIran\tIran\tPROPN\t_\t_\t7\troot\t_\t_\n"


def saved_parse(story_id: str, date: Optional[str], blocks: list[str]) -> str:
    """A story as ``eventcoder code --save-parses`` writes it: story comments, then CoNLL-U."""
    head = f"# story_id = {story_id}\n" + (f"# date = {date}\n" if date else "")
    return head + "\n".join(blocks) + "\n"


def corpus_story(index: int, rng: random.Random) -> tuple[str, str]:
    """(story id, saved-parse text) of story ``index`` of a soak corpus; about one story in
    500 fails or loses a sentence, so the errors file has something in it."""
    story_id = f"story{index:06d}"
    blocks = story_sentences(rng)
    date: Optional[str] = story_date(rng)
    trouble = index % 499
    if trouble == 17:
        date = None  # no date anywhere: the story fails
    elif trouble == 101:
        blocks.insert(len(blocks) // 2, CYCLE)  # one malformed sentence: left out
    elif trouble == 257:
        blocks = [OUTSIDE]  # nothing usable: the story fails
    return story_id, saved_parse(story_id, date, blocks)
