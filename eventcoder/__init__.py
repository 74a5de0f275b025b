"""eventcoder: CAMEO political event coding from Universal Dependencies parses.

    import eventcoder
    dictionaries = eventcoder.load_dictionaries()          # the shipped CAMEO/Phoenix set
    coder = eventcoder.EventCoder(dictionaries)
    for event in coder.code_conllu("story.conllu", date="2020-02-28"):
        print(event)                    # IRN 130 TUR (IRN THREATEN TUR)
        print(event.provenance)         # which tokens, entries and pattern made it

Importing eventcoder does not import Stanza or torch; the parser loads on first use.
"""

from .coder import EventCoder, to_date
from .conllu import ConlluError, read_conllu, write_conllu
from .dictionaries.compiled import Dictionaries
from .dictionaries.loader import load_dictionaries
from .dictionaries.yamlio import DictionaryError, Problem
from .frames import read_events, to_frame  # pandas itself is imported on first use
from .model import ActorMatch, Event, Provenance, Sentence, Span, Story, Token
from .ontology import EventType, Ontology

def _version() -> str:
    """The installed distribution's version: pyproject.toml is its one source."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("eventcoder")
    except PackageNotFoundError:  # imported from a source tree that was never installed
        return "0+unknown"


__version__ = _version()

__all__ = [
    "ActorMatch",
    "ConlluError",
    "Dictionaries",
    "DictionaryError",
    "Event",
    "EventCoder",
    "EventType",
    "Ontology",
    "Problem",
    "Provenance",
    "Sentence",
    "Span",
    "Story",
    "Token",
    "load_dictionaries",
    "read_conllu",
    "read_events",
    "to_date",
    "to_frame",
    "write_conllu",
]
