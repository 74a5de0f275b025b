"""The heads of state and government of dictionaries/actors/updates/eu-members-2015-2026.yaml.

Tested through the real loaded dictionaries, as tests/test_world_leaders.py tests its file: a
phrase codes GOV within the person's dated term and the ELI default outside it, every loaded
entry that carries a superseded person's name agrees (no stale Phoenix entry survives), and
`eventcoder dictionaries check` reports nothing about the file.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from eventcoder.dictionaries.loader import load_dictionaries
from eventcoder.dictionaries.tools import lookup

from actor_updates import (
    assert_check_silent_about, assert_dated_terms, assert_no_names, assert_says_what_it_left_out,
    assert_superseded_documented, codes_of,
)

REPO = Path(__file__).resolve().parent.parent
UPDATES = REPO / "dictionaries" / "actors" / "updates"
EU_MEMBERS = UPDATES / "eu-members-2015-2026.yaml"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries()


@pytest.fixture(scope="module")
def data():
    return yaml.safe_load(EU_MEMBERS.read_text(encoding="utf-8"))


# (phrase, date, code): within the term GOV, outside it the ELI default
CASES = [
    # Czech Republic: Phoenix had no entry for Babis or Fiala
    ("Andrej Babis", "2019-06-01", "CZEGOV"),
    ("Andrej Babiš", "2023-06-01", "CZEELI"),
    ("Andrej Babis", "2026-02-01", "CZEGOV"),
    ("Petr Fiala", "2023-06-01", "CZEGOV"),
    ("Petr Fiala", "2019-06-01", "CZEELI"),
    ("Milos Zeman", "2019-06-01", "CZEGOV"),  # Phoenix had only his premiership
    ("Petr Pavel", "2024-06-01", "CZEGOV"),
    # Hungary: the Phoenix entry had HUNELI after 2002
    ("Viktor Orban", "2019-06-01", "HUNGOV"),
    ("Viktor Orbán", "2026-06-01", "HUNELI"),
    ("Peter Magyar", "2026-06-01", "HUNGOV"),
    ("Katalin Novak", "2023-06-01", "HUNGOV"),
    ("Katalin Novak", "2024-06-01", "HUNELI"),
    # Spain
    ("Pedro Sanchez", "2019-06-01", "ESPGOV"),
    ("Pedro Sánchez", "2016-06-01", "ESPELI"),
    ("Mariano Rajoy", "2016-06-01", "ESPGOV"),
    ("Mariano Rajoy", "2019-06-01", "ESPELI"),
    # Austria: Kurz was removed by a vote of no confidence in May 2019
    ("Sebastian Kurz", "2018-06-01", "AUTGOV"),
    ("Sebastian Kurz", "2015-06-01", "AUTGOV"),  # foreign minister
    ("Sebastian Kurz", "2019-06-01", "AUTELI"),
    ("Sebastian Kurz", "2021-06-01", "AUTGOV"),
    ("Sebastian Kurz", "2022-06-01", "AUTELI"),
    ("Brigitte Bierlein", "2019-06-05", "AUTGOV"),
    ("Alexander Van der Bellen", "2020-06-01", "AUTGOV"),
    ("Werner Faymann", "2017-06-01", "AUTELI"),  # Phoenix had AUTGOV open-ended
    # Poland
    ("Andrzej Duda", "2019-06-01", "POLGOV"),
    ("Andrzej Duda", "2025-10-01", "POLELI"),
    ("Karol Nawrocki", "2025-10-01", "POLGOV"),
    ("Mateusz Morawiecki", "2020-06-01", "POLGOV"),
    ("Beata Szydło", "2019-06-01", "POLELI"),
    # Ireland
    ("Leo Varadkar", "2019-06-01", "IRLGOV"),
    ("Leo Varadkar", "2024-06-01", "IRLELI"),
    ("Enda Kenny", "2016-06-01", "IRLGOV"),
    ("Micheál Martin", "2021-06-01", "IRLGOV"),
    ("Micheal Martin", "2015-06-01", "IRLELI"),  # Phoenix had IRLGOV open-ended from 2008
    ("Michael D. Higgins", "2025-11-11", "IRLELI"),
    # Netherlands
    ("Mark Rutte", "2020-06-01", "NLDGOV"),
    ("Mark Rutte", "2025-06-01", "IGOWSTNAT"),
    ("Dick Schoof", "2025-06-01", "NLDGOV"),
    ("Rob Jetten", "2026-06-01", "NLDGOV"),
    # Greece
    ("Alexis Tsipras", "2017-06-01", "GRCGOV"),
    ("Alexis Tsipras", "2015-09-01", "GRCELI"),  # the caretaker government of 2015
    ("Alexis Tsipras", "2020-06-01", "GRCELI"),
    ("Kyriakos Mitsotakis", "2023-06-01", "GRCELI"),  # the caretaker government of 2023
    ("Kyriakos Mitsotakis", "2024-06-01", "GRCGOV"),
    # Slovakia
    ("Robert Fico", "2020-06-01", "SVKELI"),
    ("Robert Fico", "2024-06-01", "SVKGOV"),
    ("Zuzana Čaputová", "2020-06-01", "SVKGOV"),
    ("Peter Pellegrini", "2022-06-01", "SVKELI"),
    # Croatia, Slovenia, Bulgaria, Romania
    ("Kolinda Grabar-Kitarovic", "2017-06-01", "HRVGOV"),
    ("Zoran Milanovic", "2018-06-01", "HRVELI"),
    ("Andrej Plenkovic", "2020-06-01", "HRVGOV"),
    ("Janez Jansa", "2021-06-01", "SVNGOV"),
    ("Borut Pahor", "2023-06-01", "SVNELI"),  # Phoenix had SVNGOV open-ended
    ("Boyko Borissov", "2017-03-01", "BGRELI"),  # the caretaker government of 2017
    ("Boyko Borissov", "2019-06-01", "BGRGOV"),
    ("Rumen Radev", "2026-03-01", "BGRELI"),
    ("Rumen Radev", "2026-06-01", "BGRGOV"),
    ("Klaus Iohannis", "2020-06-01", "ROUGOV"),
    ("Klaus Iohannis", "2025-06-01", "ROUELI"),
    ("Nicușor Dan", "2025-06-01", "ROUGOV"),
    # the Nordic and Baltic states
    ("Stefan Löfven", "2019-06-01", "SWEGOV"),
    ("Ulf Kristersson", "2020-06-01", "SWEELI"),
    ("Mette Frederiksen", "2020-06-01", "DNKGOV"),
    ("Lars Løkke Rasmussen", "2017-06-01", "DNKGOV"),
    ("Lars Lokke Rasmussen", "2020-06-01", "DNKELI"),  # Phoenix had DNKGOV open-ended
    ("Sanna Marin", "2021-06-01", "FINGOV"),
    ("Alexander Stubb", "2020-06-01", "FINELI"),
    ("Alexander Stubb", "2025-06-01", "FINGOV"),
    ("Sauli Niinistö", "2019-06-01", "FINGOV"),
    ("Jüri Ratas", "2019-06-01", "ESTGOV"),
    ("Gitanas Nausėda", "2020-06-01", "LTUGOV"),
    ("Dalia Grybauskaite", "2020-06-01", "LTUELI"),
    ("Krisjanis Karins", "2020-06-01", "LVAGOV"),
    # Portugal, Luxembourg, Malta, Cyprus, Belgium
    ("Marcelo Rebelo de Sousa", "2020-06-01", "PRTGOV"),
    ("Marcelo Rebelo de Sousa", "2026-06-01", "PRTELI"),
    ("Luis Montenegro", "2025-06-01", "PRTGOV"),
    ("Xavier Bettel", "2020-06-01", "LUXGOV"),
    ("Luc Frieden", "2018-06-01", "LUXELI"),  # Phoenix had LUXGOV open-ended
    ("Joseph Muscat", "2018-06-01", "MLTGOV"),
    ("Joseph Muscat", "2021-06-01", "MLTELI"),
    ("Nicos Anastasiades", "2020-06-01", "CYPGOV"),
    ("Alexander De Croo", "2022-06-01", "BELGOV"),
    ("Bart De Wever", "2022-06-01", "BELELI"),
]


@pytest.mark.parametrize("phrase, day, code", CASES, ids=[f"{p}@{d}" for p, d, _ in CASES])
def test_code_on_date(shipped, phrase, day, code):
    assert lookup(shipped, phrase, D(day)).code == code


def test_cases_cover_many_persons_and_countries():
    assert len({p for p, _, _ in CASES}) >= 20
    assert len({c[:3] for _, _, c in CASES if c.endswith(("GOV", "ELI"))}) >= 12


def test_handover_day_codes_both_holders(shipped):
    # dates are inclusive: on a handover day the outgoing and the incoming holder are coded
    for phrase in ("Viktor Orban", "Peter Magyar"):
        assert lookup(shipped, phrase, D("2026-05-09")).code == "HUNGOV"
    assert lookup(shipped, "Viktor Orban", D("2026-05-10")).code == "HUNELI"
    assert lookup(shipped, "Peter Magyar", D("2026-05-08")).code == "HUNELI"
    for phrase in ("Andrzej Duda", "Karol Nawrocki"):
        assert lookup(shipped, phrase, D("2025-08-06")).code == "POLGOV"


def test_czech_prime_ministers_overlap_until_the_new_government(shipped):
    # a Czech prime minister is appointed before his government; the outgoing one leads the
    # government until then, so both are coded in between
    for phrase in ("Andrej Babis", "Petr Fiala"):
        assert lookup(shipped, phrase, D("2021-12-10")).code == "CZEGOV"
        assert lookup(shipped, phrase, D("2025-12-12")).code == "CZEGOV"
    assert lookup(shipped, "Petr Fiala", D("2025-12-16")).code == "CZEELI"


# Persons whose Phoenix entries the file supersedes: every loaded entry that carries the name gives
# the expected code, so a surviving old entry with its open-ended range would show up here.
SUPERSEDED = [
    ("Heinz Fischer", "2018-06-01", "AUTELI"),
    ("Werner Faymann", "2018-06-01", "AUTELI"),
    ("Boyko Borissov", "2022-06-01", "BGRELI"),
    ("Rosen Plevneliev", "2015-06-01", "BGRGOV"),
    ("Ivo Josipovic", "2016-06-01", "HRVELI"),
    ("President Josipovic", "2012-06-01", "HRVGOV"),
    ("Kolinda Grabar Kitarovic", "2012-06-01", "HRVELI"),
    ("Zoran Milanovic", "2017-06-01", "HRVELI"),
    ("Milos Zeman", "2015-06-01", "CZEGOV"),
    ("Bohuslav Sobotka", "2016-06-01", "CZEGOV"),
    ("Lars Loekke Rasmussen", "2020-06-01", "DNKELI"),
    ("Toomas Hendrik Ilves", "2018-06-01", "ESTELI"),
    ("Alexander Stubb", "2018-06-01", "FINELI"),
    ("Cai Goran Alexander Stubb", "2018-06-01", "FINELI"),
    ("Sauli Niinisto", "2016-06-01", "FINGOV"),
    ("Karolos Papoulias", "2016-06-01", "GRCELI"),
    ("Prokopis Pavlopoulos", "2016-06-01", "GRCGOV"),
    ("Alexis Tsipras", "2021-06-01", "GRCELI"),
    ("Viktor Orban", "2015-06-01", "HUNGOV"),
    ("Micheal Martin", "2016-06-01", "IRLELI"),
    ("Raimonds Vejonis", "2016-06-01", "LVAGOV"),
    ("Maris Kucinskis", "2017-06-01", "LVAGOV"),
    ("Krisjanis Karins", "2024-06-01", "LVAELI"),
    ("Dalia Grybauskaite", "2016-06-01", "LTUGOV"),
    ("Algirdas Butkevicius", "2015-06-01", "LTUGOV"),
    ("Ingrida Simonyte", "2016-06-01", "LTUELI"),
    ("Luc Frieden", "2016-06-01", "LUXELI"),
    ("Mark Rutte", "2025-06-01", "IGOWSTNAT"),
    ("Bronislaw Komorowski", "2016-06-01", "POLELI"),
    ("Ewa Kopacz", "2015-06-01", "POLGOV"),
    ("Anibal Cavaco Silva", "2015-06-01", "PRTGOV"),
    ("Borut Pahor", "2023-06-01", "SVNELI"),
    ("President Pahor", "2016-06-01", "SVNGOV"),
    ("Robert Fico", "2019-06-01", "SVKELI"),
    ("Mariano Rajoy Brey", "2017-06-01", "ESPGOV"),
]


@pytest.mark.parametrize("name, day, code", SUPERSEDED, ids=[f"{n}@{d}" for n, d, _ in SUPERSEDED])
def test_superseded_names_have_one_coding(shipped, name, day, code):
    assert codes_of(shipped, name, day) == {code}


def test_superseded_entries_are_removed_and_documented(shipped, data):
    assert len(assert_superseded_documented(shipped, EU_MEMBERS, data, "countries")) >= 30


def test_file_says_what_it_left_out_and_covers_the_countries(data):
    assert_says_what_it_left_out(EU_MEMBERS, data, 100)
    countries = {c["code"][:3] for item in data["actors"] for c in item["codes"]}
    assert countries >= {"AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "GRC", "HUN", "IRL", "LVA",
                         "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE"}
    # France, Germany and Italy are in g20-2015-2026.yaml
    assert not countries & {"FRA", "DEU", "ITA"}


def test_every_person_has_an_undated_default_and_dated_terms(data):
    assert_dated_terms(data)


# Bare names the file must not list: surnames alone, and full names too common to code.
AMBIGUOUS = ["Orban", "Babis", "Fico", "Rutte", "Tsipras", "Kurz", "Duda", "Sanchez", "Magyar", "Muscat",
             "Josipovic", "Rasmussen", "Martin", "Higgins", "Kenny", "Pavel", "Vella", "Dan", "Montenegro",
             "Simon Harris", "Catherine Connolly", "Andris Berzins", "Michael Martin", "Michael Higgins"]


def test_no_ambiguous_bare_names(data):
    assert_no_names(data, AMBIGUOUS)


def test_dictionaries_check_reports_nothing_about_the_file():
    assert_check_silent_about(EU_MEMBERS)
