"""Event locations: place phrases, datelines, the story's place, the gazetteer, the outputs.

The stories in tests/data/locations are written for the project; their .conllu files are
parses by the compact model, kept as they came (tokens and relations are the parser's).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import eventcoder
from eventcoder.cli import main
from eventcoder.conllu import read_conllu
from eventcoder.geocode import Gazetteer, default_gazetteer
from eventcoder.match.graph import Graph
from eventcoder.match.places import dateline, dateline_tokens, sentence_places, verb_places
from eventcoder.writers import CSV_COLUMNS, LOCATION_COLUMNS, csv_row, event_record, story_chunk

DATA = Path(__file__).parent / "data" / "locations"


@pytest.fixture(scope="module")
def coder():
    return eventcoder.EventCoder(eventcoder.load_dictionaries(), require_target=False)


def _events(coder, name):
    return coder.code_conllu(DATA / f"{name}.conllu", date="2020-02-28")


def _by_sentence(events):
    out = {}
    for event in events:
        out.setdefault(event.sentence_id, []).append(event)
    return out


def _graph(name, index):
    return Graph(read_conllu(DATA / f"{name}.conllu")[index])


# ----- place phrases (pure) -------------------------------------------------------------------


def test_places_of_a_kind_noun_and_its_conjuncts_skip_the_date():
    graph = _graph("syria", 0)  # "... attacked rebels in the provinces of Idlib and Aleppo on Tuesday."
    verb = next(i for i in range(1, graph.n + 1) if graph.forms[i] == "attacked")
    mentions = verb_places(graph, [verb])
    assert [(m.text, m.kind) for m in mentions] == [("Idlib", "region"), ("Aleppo", "region")]


def test_a_common_noun_a_month_and_an_actor_are_no_place():
    capital = _graph("plain", 1)  # "... met Sudanese envoys in the capital."
    month = _graph("plain", 0)  # "Iran condemned Israel in March."
    target = _graph("plain", 2)  # "Iran fired missiles at Israel."
    assert sentence_places(capital) == [] and sentence_places(month) == []
    israel = next(i for i in range(1, target.n + 1) if target.forms[i] == "israel")
    fired = target.heads[israel]
    assert [m.text for m in verb_places(target, [fired])] == ["Israel"]
    assert verb_places(target, [fired], exclude=[israel]) == []
    assert sentence_places(target) == []  # "at" phrases do not count for the story


def test_an_apposed_country_qualifies_the_place():
    graph = _graph("plain", 3)  # "... shelled rebels in Aleppo, Syria."
    (mention,) = sentence_places(graph)
    assert (mention.text, mention.qualifier) == ("Aleppo", "Syria")


@pytest.mark.parametrize("text, place, qualifier", [
    ("GAZA CITY, Palestinian Territories: Israeli troops entered the town.", "GAZA CITY", "Palestinian Territories"),
    ("BEIRUT (Wire) - The cabinet met.", "BEIRUT", ""),
    ("KABUL, Jan 5 (Wire) — Talks resumed.", "KABUL", ""),
    ("WASHINGTON -- The senator spoke.", "WASHINGTON", ""),
    ("BEIRUT , Lebanon ( Wire ) - Troops moved .", "BEIRUT", "Lebanon"),
])
def test_datelines(text, place, qualifier):
    line = dateline(text)
    assert line is not None and (line.text, line.qualifier) == (place, qualifier)


@pytest.mark.parametrize("text", [
    "US-led forces entered the town.",
    "Beirut - the cabinet met.",
    "In Paris, the talks went on.",
    "The cabinet met: nothing was agreed.",
])
def test_no_dateline(text):
    assert dateline(text) is None


def test_dateline_tokens_spell_the_place():
    line = dateline("GAZA CITY, Palestine: Troops moved.")
    assert dateline_tokens(["GAZA", "CITY", ",", "Palestine", ":"], line) == (1, 2)
    assert dateline_tokens(["GAZA CITY", ","], line) == (1,)
    assert dateline_tokens(["GAZ", "ACITY"], dateline("GAZA: x")) == ()


# ----- gazetteer --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def test_gazetteer_names_aliases_and_precision(gazetteer):
    assert gazetteer.lookup("Kiev").name == "Kyiv"  # an alternate name
    assert gazetteer.lookup("U.S.").country == "USA" and gazetteer.lookup("U.S.").precision == "country"
    assert gazetteer.lookup("the United States").geonameid == gazetteer.country("USA").geonameid
    assert gazetteer.lookup("Washington").precision == "city"  # the capital, not the state
    assert gazetteer.lookup("California").precision == "region"
    assert gazetteer.lookup("Idlib", (), "region").precision == "region"
    assert gazetteer.lookup("Syrian") is None and gazetteer.lookup("capital") is None
    syria = gazetteer.country("SYR")
    assert 32 < syria.latitude < 37.5 and 35.5 < syria.longitude < 42.5  # within Syria's extent


def test_gazetteer_prefers_the_events_countries_unless_far_smaller(gazetteer):
    assert gazetteer.lookup("Tripoli").country == "LBY"
    assert gazetteer.lookup("Tripoli", ("LBN",)).country == "LBN"
    assert gazetteer.lookup("Geneva", ("USA", "IRN")).country == "CHE"  # Geneva, Illinois is a town
    assert gazetteer.lookup("Georgia").country == "GEO"
    assert gazetteer.lookup("Georgia", ("USA",)).precision == "region"


def test_gazetteer_aliases_can_be_added_and_are_checked():
    gazetteer = Gazetteer(aliases={"the levant": "SY"})
    assert gazetteer.lookup("the Levant").country == "SYR"
    with pytest.raises(ValueError, match="no place"):
        gazetteer.add_alias("Atlantis", "#1")


# ----- events -------------------------------------------------------------------------------------


def test_event_locations_by_rule(coder):
    events = _by_sentence(_events(coder, "syria"))
    idlib = events["1"][0].location
    assert (idlib.name, idlib.country, idlib.precision, idlib.rule, idlib.span.text) == ("Idlib", "SYR", "region", "adjunct", "Idlib")
    beirut = events["2"][0].location  # "Turkey condemned Syria in a statement.": the dateline
    assert (beirut.name, beirut.country, beirut.rule, beirut.sentence_id, beirut.span.token_ids) == ("Beirut", "LBN", "dateline", "1", (1,))
    damascus = events["4"][0].location
    assert (damascus.name, damascus.rule) == ("Damascus", "adjunct")
    syria = events["5"][0].location  # "near Tal Abyad, Syria": the town is not in the gazetteer
    assert (syria.name, syria.precision, syria.rule, syria.span.text) == ("Syria", "country", "adjunct", "Syria")


def test_story_place_and_country_preference(coder):
    talks = _by_sentence(_events(coder, "talks"))
    urged = talks["1"][0].location  # no place of its own, no dateline: the story's Geneva
    assert (urged.name, urged.country, urged.rule, urged.sentence_id) == ("Geneva", "CHE", "story", "2")
    met = talks["2"][0].location
    assert (met.name, met.rule) == ("Geneva", "adjunct")
    tripoli = _by_sentence(_events(coder, "georgia"))["3"][0]
    assert tripoli.short().startswith("LBN") and tripoli.location.country == "LBN"


def test_locations_off(coder):
    off = eventcoder.EventCoder(coder.dictionaries, require_target=False, locations=False)
    events = _events(off, "syria")
    assert events and all(e.location is None for e in events)
    assert [e.triple for e in events] == [e.triple for e in _events(coder, "syria")]
    row = csv_row(events[0])
    assert all(row[c] is None for c in LOCATION_COLUMNS)
    assert event_record(events[0])["location"] is None


def test_outputs_carry_the_location(coder, tmp_path):
    sentences = read_conllu(DATA / "syria.conllu")
    events = _events(coder, "syria")
    record = json.loads(story_chunk("jsonl", [(sentences[0], [events[0]])]))
    assert record["location"]["place"] == "Idlib" and record["location"]["tokens"] == list(events[0].location.span.token_ids)
    csv_text = story_chunk("csv", [(sentences[0], [events[0]])])
    import csv as _csv
    import io

    row = next(_csv.DictReader(io.StringIO(",".join(CSV_COLUMNS) + "\n" + csv_text)))
    assert (row["place"], row["country_code"], row["precision"], row["place_rule"]) == ("Idlib", "SYR", "region", "adjunct")
    assert float(row["latitude"]) == events[0].location.latitude


def test_parquet_location_columns_are_typed(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "events.parquet"
    assert main(["code", str(DATA / "syria.conllu"), "--date", "2020-02-28", "-o", str(out)]) == 0
    table = pq.read_table(out)
    assert str(table.schema.field("latitude").type) == "double" and str(table.schema.field("geonameid").type) == "int64"
    assert "Idlib" in table.column("place").to_pylist()
    off = tmp_path / "off.parquet"
    assert main(["code", str(DATA / "syria.conllu"), "--date", "2020-02-28", "-o", str(off), "--no-locations"]) == 0
    assert set(pq.read_table(off).column("place").to_pylist()) == {None}
