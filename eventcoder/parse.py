"""The Stanza adapter: raw text -> eventcoder Sentences. The only module that knows Stanza.

Stanza (and torch) are imported when a parser is first built, never on ``import eventcoder``.
Which model is used, in order:

1. an explicit ``model_dir`` (a folder laid out like ``models/en-compact``, or a Stanza
   resources folder holding official English models);
2. the folder in the ``EVENTCODER_MODEL_DIR`` environment variable;
3. Stanza's official English models, if already downloaded (``eventcoder download-model``);
4. the compact offline model (CC BY-NC-SA 4.0, non-commercial): the installed package
   ``eventcoder-model-en-compact`` (``pip install ./models/en-compact`` from a clone), else
   ``models/en-compact`` of a source checkout (``resources.default_model_dir``), with a
   one-line notice naming its licence and that the official models are more accurate.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

import attrs

from .model import Sentence, Token
from .resources import MODEL_ENTRY_POINT_GROUP, default_model_dir, installed_models

log = logging.getLogger(__name__)

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
ENV_MODEL_DIR = "EVENTCODER_MODEL_DIR"


class ParserUnavailable(RuntimeError):
    """No usable parsing model: the message says how to get one."""


@attrs.frozen
class ModelChoice:
    """Where the model comes from and how Stanza must be told to load it."""

    kind: str  # "compact" (files per processor) or "stanza" (a Stanza resources folder)
    path: Path
    reason: str


def _is_compact(path: Path) -> bool:
    return all((path / f"{name}.pt").exists() for name in ("tokenize", "pos", "lemma", "depparse"))


def _official_dir(root: Optional[Path] = None) -> Optional[Path]:
    """A Stanza resources folder that holds downloaded English models, if any."""
    candidates = [root] if root else []
    if not root:
        env = os.environ.get("STANZA_RESOURCES_DIR")
        if env:
            candidates.append(Path(env))
        candidates.append(Path.home() / "stanza_resources")
        # Stanza's own default (1.7+): ~/.cache/stanza/<resources version>/resources
        candidates.extend(sorted((Path.home() / ".cache" / "stanza").glob("*/resources"), reverse=True))
    for folder in candidates:
        if folder and (folder / "resources.json").exists() and (folder / "en" / "depparse").is_dir():
            return folder
    return None


def choose_model(model_dir: Optional[str | os.PathLike] = None) -> ModelChoice:
    """Pick the model as documented above; ParserUnavailable if none can be found."""
    if model_dir is not None:
        path = Path(model_dir).expanduser()
        if _is_compact(path):
            return ModelChoice("compact", path, "given")
        if _official_dir(path):
            return ModelChoice("stanza", path, "given")
        raise ParserUnavailable(
            f"{path}: no Stanza English model there (expected tokenize.pt and depparse.pt, or a Stanza "
            f"resources folder with en/). Download the official models with `eventcoder download-model "
            f"--dir {path}`."
        )
    env = os.environ.get(ENV_MODEL_DIR)
    if env:
        return choose_model(env)
    official = _official_dir()
    if official:
        return ModelChoice("stanza", official, "official Stanza models found")
    compact = default_model_dir()
    if _is_compact(compact):
        return ModelChoice("compact", compact, "compact model")
    raise ParserUnavailable(
        "No English parsing model is available. Looked at: " + "; ".join(_places_looked(compact)) + ". "
        "Download Stanza's official English models with `eventcoder download-model` (needs internet), "
        "install the compact offline model (CC BY-NC-SA 4.0, non-commercial use only) from a clone "
        "with `pip install ./models/en-compact`, or point eventcoder at a model folder with "
        f"model_dir=... or the {ENV_MODEL_DIR} environment variable."
    )


def _places_looked(compact: Path) -> list[str]:
    """Every place ``choose_model`` looked at, for its message when it found nothing."""
    stanza_env = os.environ.get("STANZA_RESOURCES_DIR")
    official = [str(Path(stanza_env))] if stanza_env else []
    official += [str(Path.home() / "stanza_resources"), str(Path.home() / ".cache" / "stanza" / "*" / "resources")]
    installed = sorted(installed_models())
    return [
        "model_dir (not given)",
        f"{ENV_MODEL_DIR} (not set)",
        "Stanza's official models in " + ", ".join(official),
        f"installed model packages ({MODEL_ENTRY_POINT_GROUP}: {', '.join(installed) or 'none'})",
        f"the compact model folder {compact} (incomplete or absent)",
    ]


class StanzaParser:
    """An English Stanza pipeline built once and reused; parses many texts in batches.

    ``model_dir``: see ``choose_model``. ``device``: ``"cpu"``, ``"cuda"``, ``"cuda:1"``...
    (default: a GPU when torch sees one; ``use_gpu=False`` is the same as ``device="cpu"``).
    ``batch_size``: texts handed to Stanza per bulk call. ``torch_threads``: CPU threads for
    torch in this process (set it to cores / workers when several processes parse at once).
    """

    def __init__(
        self,
        model_dir=None,
        *,
        device: Optional[str] = None,
        use_gpu: Optional[bool] = None,
        batch_size: int = 32,
        torch_threads: Optional[int] = None,
        quiet: bool = True,
    ):
        self.choice = choose_model(model_dir)
        self.batch_size = max(1, int(batch_size))
        if self.choice.kind == "compact" and self.choice.reason == "compact model":
            log.warning(
                "eventcoder: parsing with the compact offline model (licence CC BY-NC-SA 4.0: non-commercial "
                "use only); Stanza's official English models are more accurate: `eventcoder download-model` "
                "(needs internet)."
            )
        try:
            import stanza  # noqa: WPS433 - imported here so `import eventcoder` stays light
            import torch
        except ImportError as exc:  # pragma: no cover - stanza is a core dependency
            raise ParserUnavailable(f"Stanza is not installed: {exc}") from exc
        if torch_threads:
            torch.set_num_threads(int(torch_threads))
        if device is None:
            if use_gpu is None:
                use_gpu = torch.cuda.is_available()
            device = "cuda" if use_gpu else "cpu"
        use_gpu = not str(device).startswith("cpu")
        self.device = str(device)
        options = dict(
            lang="en",
            processors=",".join(PROCESSORS),
            download_method=None,
            use_gpu=use_gpu,
            device=self.device,
            logging_level="WARN" if quiet else "INFO",
            tokenize_batch_size=batch_size,
            pos_batch_size=max(batch_size * 100, 1000),
            lemma_batch_size=max(batch_size * 100, 1000),
            depparse_batch_size=max(batch_size * 100, 1000),
        )
        path = self.choice.path
        if self.choice.kind == "compact":
            options.update(
                dir=str(path),
                tokenize_model_path=str(path / "tokenize.pt"),
                mwt_model_path=str(path / "mwt.pt"),
                pos_model_path=str(path / "pos.pt"),
                lemma_model_path=str(path / "lemma.pt"),
                depparse_model_path=str(path / "depparse.pt"),
                pos_pretrain_path=None,
                depparse_pretrain_path=None,
            )
            if not (path / "mwt.pt").exists():
                options["processors"] = ",".join(p for p in PROCESSORS if p != "mwt")
                del options["mwt_model_path"]
        else:
            options.update(dir=str(path))
        try:
            self.pipeline = stanza.Pipeline(**options)
        except Exception as exc:  # Stanza raises many kinds; the user needs one message
            raise ParserUnavailable(f"Stanza could not load the model in {path}: {exc}") from exc
        self._options: dict[str, Any] = options
        self._rejoiner: Any = None  # built on first need: see _rejoin

    def parse(self, text: str) -> list[Sentence]:
        """One text (a story) -> its sentences."""
        return next(iter(self.parse_many([text])))

    def parse_many(self, texts: Iterable[str]) -> Iterator[list[Sentence]]:
        """Texts -> sentences per text, in order; Stanza processes each batch in bulk."""
        import stanza

        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= self.batch_size:
                yield from self._run(stanza, batch)
                batch = []
        if batch:
            yield from self._run(stanza, batch)

    def _run(self, stanza, texts: list[str]) -> Iterator[list[Sentence]]:
        documents = [stanza.Document([], text=t) for t in texts]
        for document in self.pipeline(documents):
            groups = split_groups(document.sentences, document.text or "")
            words = [[word.text for sent in group for word in sent.words] for group in groups]
            joined = [join_titles(w) for w in words]
            if len(groups) == len(document.sentences) and joined == words:
                yield to_sentences(document)
            else:
                yield _sentences([group[0] if len(group) == 1 and j == w else self._reparse(j)
                                  for group, w, j in zip(groups, words, joined)])

    def _reparse(self, words: list[str]):
        """One sentence parsed again from its words: those of sentences the tokenizer split
        mid-sentence ("U.S. President Donald | Trump met ..."), or with an abbreviated title
        it cut from its full stop ("Sen . Tom Brown")."""
        if self._rejoiner is None:
            import stanza

            options = dict(self._options, tokenize_pretokenized=True)
            options["processors"] = ",".join(p for p in str(options["processors"]).split(",") if p != "mwt")
            options.pop("mwt_model_path", None)
            self._rejoiner = stanza.Pipeline(**options)
        return self._rejoiner([words]).sentences[0]


# A sentence ends at one of these (or a closing quote or bracket after one).
_TERMINAL = (".", "!", "?", ":", ";", "…")
_CLOSING = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_MAX_REJOINED = 3
# Titles written abbreviated before a name: a "sentence" ending in one was cut inside the name
# ("Gov. | Phil Murphy declined to comment", "... against New York Gov. | Andrew Cuomo").
_TITLES = frozenset({
    "gov", "lt", "sen", "sens", "rep", "reps", "gen", "col", "maj", "capt", "cmdr", "adm",
    "brig", "sgt", "pres", "amb", "dr", "mr", "mrs", "ms", "prof", "rev", "hon", "supt",
})


def split_groups(sentences, text: str) -> list[list]:
    """The tokenizer's sentences grouped into the sentences of the text: a sentence that
    does not end in terminal punctuation and is followed, on the same line, by the next
    one was split mid-sentence (the compact model splits 5% of news sentences so, mostly
    inside names: "President Donald | Trump"); so was one that ends in a title written
    abbreviated or an initial, before a capitalised word ("Gov. | Phil Murphy", "John R. |
    Bass"). A line break keeps a split (headlines)."""
    groups: list[list] = []
    for sent in sentences:
        if groups and len(groups[-1]) < _MAX_REJOINED and _runs_on(groups[-1][-1], sent, text):
            groups[-1].append(sent)
        else:
            groups.append([sent])
    return groups


def _runs_on(before, after, text: str) -> bool:
    words = [w.text for w in before.words]
    if not words or not after.words:
        return False
    last = words[-1]
    ended = last.endswith(_TERMINAL) or (last in _CLOSING and len(words) > 1 and words[-2].endswith(_TERMINAL))
    if ended and not _cut_in_a_name(words, after.words[0].text) and not _cut_in_brackets(words, after):
        return False
    end, start = getattr(before.tokens[-1], "end_char", None), getattr(after.tokens[0], "start_char", None)
    if end is None or start is None or "\n" in text[end:start]:
        return False
    return True


def _cut_in_a_name(words: list[str], next_word: str) -> bool:
    """Whether a sentence's full stop is that of an abbreviated title or a middle initial
    before a capitalised word: "Gov. | Phil Murphy", "US Ambassador John R. | Bass"."""
    if words[-1] == ".":
        title = words[-2] if len(words) > 1 else ""
    else:
        title = words[-1][:-1] if words[-1].endswith(".") else ""
    initial = len(title) == 1 and title.isupper()
    return (initial or _is_title(title)) and next_word[:1].isupper()


def _cut_in_brackets(words: list[str], after) -> bool:
    """Whether a sentence's full stop is inside a bracket the next sentence closes: an
    abbreviation in a parenthesis ("the city of Falluja (pop. | 256,000) as ...", "(est. |
    1990)"). A sentence does not end inside brackets."""
    if words.count("(") <= words.count(")"):
        return False
    rest = [w.text for w in after.words]
    return ")" in rest and (rest.count("(") < rest.count(")"))


def _is_title(word: str) -> bool:
    """Whether a word is a title written abbreviated, without its full stop ("Gov", "Sen")."""
    return word[:1].isupper() and word.lower() in _TITLES


def join_titles(words: list[str]) -> list[str]:
    """Words with each abbreviated title the tokenizer cut from its full stop, before a
    capitalised word, whole again: "Sen", ".", "Tom" -> "Sen.", "Tom". The compact model cuts
    some inside a sentence ("Sen . Jane Doe praised Chile"; in coped's sentences "defense
    chief Gen . Ngo Xuan Lich"), and the parser then reads the title as an interjection, and
    the name without it. (A cut that also ended a sentence is ``split_groups``'s.)"""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if i + 2 < len(words) and words[i + 1] == "." and _is_title(word) and words[i + 2][:1].isupper():
            out.append(word + ".")
            i += 2
        else:
            out.append(word)
            i += 1
    return out


def to_sentences(document) -> list[Sentence]:
    """A Stanza Document -> eventcoder Sentences (no Stanza object goes further)."""
    return _sentences(document.sentences)


def _sentences(sentences) -> list[Sentence]:
    out = []
    for index, sent in enumerate(sentences, start=1):
        tokens = []
        for word in sent.words:
            tokens.append(
                Token(
                    id=int(word.id),
                    form=word.text,
                    lemma=word.lemma or word.text.lower(),
                    upos=word.upos or "X",
                    xpos=word.xpos or "_",
                    feats=word.feats or "_",
                    head=int(word.head or 0),
                    deprel=word.deprel or "dep",
                )
            )
        multiword = []
        for token in sent.tokens:
            ids = token.id if isinstance(token.id, tuple) else (token.id,)
            if len(ids) > 1:
                multiword.append((ids[0], ids[-1], token.text))
        out.append(
            Sentence(
                tokens=tokens,
                sent_id=str(index),
                text=sent.text or " ".join(t.form for t in tokens),
                comments=(f"# sent_id = {index}", f"# text = {sent.text}"),
                multiword=multiword,
            )
        )
    return out


def download_model(model_dir: Optional[str] = None) -> Path:
    """Download Stanza's official English models (needs internet) and return their folder."""
    import stanza

    target = Path(model_dir).expanduser() if model_dir else Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources")
    try:
        stanza.download("en", model_dir=str(target), processors=",".join(PROCESSORS))
    except Exception as exc:
        raise ParserUnavailable(
            f"Could not download Stanza's English models into {target}: {exc}. Without internet, "
            "eventcoder uses its compact offline model."
        ) from exc
    return target
