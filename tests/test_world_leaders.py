"""The heads of state and government of dictionaries/actors/updates/world-leaders-2015-2026.yaml.

Tested through the real loaded dictionaries, as tests/test_actor_dictionaries.py tests the
shipped files: a phrase codes GOV within the person's dated term and the ELI default outside
it, every loaded entry that carries a superseded person's name agrees (no stale Phoenix entry
survives), and `eventcoder dictionaries check` reports nothing about the file.
"""

from __future__ import annotations

import datetime as dt
import re
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
WORLD = UPDATES / "world-leaders-2015-2026.yaml"
D = dt.date.fromisoformat


@pytest.fixture(scope="module")
def shipped():
    return load_dictionaries()


@pytest.fixture(scope="module")
def data():
    return yaml.safe_load(WORLD.read_text(encoding="utf-8"))


# (phrase, date, code): within the term GOV, outside it the ELI default
CASES = [
    # Phoenix had no entry for him
    ("Sooronbai Jeenbekov", "2020-01-01", "KGZGOV"),
    ("Sooronbay Jeenbekov", "2017-01-01", "KGZGOV"),  # prime minister
    ("Sooronbay Jeenbekov", "2022-06-01", "KGZELI"),
    ("Sadyr Japarov", "2023-06-01", "KGZGOV"),
    ("Sadyr Japarov", "2019-06-01", "KGZELI"),
    # Europe outside the EU
    ("Volodymyr Zelensky", "2022-03-01", "UKRGOV"),
    ("Zelensky", "2018-06-01", "UKRELI"),
    ("Volodymyr Groysman", "2017-06-01", "UKRGOV"),
    ("Volodymyr Groysman", "2021-06-01", "UKRELI"),
    ("Denys Shmyhal", "2025-10-01", "UKRGOVMIL"),
    ("Denys Shmyhal", "2026-02-01", "UKRGOV"),
    ("Maia Sandu", "2022-06-01", "MDAGOV"),
    ("Maia Sandu", "2020-06-01", "MDAELI"),
    ("Ana Brnabic", "2020-06-01", "SRBGOV"),
    ("Albin Kurti", "2022-06-01", "KSVGOV"),
    ("Albin Kurti", "2018-06-01", "KSVOPP"),  # the Phoenix entry's default is kept
    ("Hristijan Mickoski", "2025-01-01", "MKDGOV"),
    ("Erna Solberg", "2016-06-01", "NORGOV"),
    ("Erna Solberg", "2023-06-01", "NORELI"),
    ("Viola Amherd", "2020-06-01", "CHEGOVMIL"),  # head of the Swiss defence department
    ("Viola Amherd", "2025-06-01", "CHEELI"),
    ("Katrin Jakobsdottir", "2020-06-01", "ISLGOV"),
    # Caucasus and Central Asia
    ("Nikol Pashinyan", "2021-06-01", "ARMGOV"),
    ("Nikol Pashinyan", "2016-06-01", "ARMELI"),
    ("Irakli Garibashvili", "2020-06-01", "GEOGOVMIL"),
    ("Irakli Garibashvili", "2022-06-01", "GEOGOV"),
    ("Kassym-Jomart Tokayev", "2020-06-01", "KAZGOV"),
    ("Nursultan Nazarbayev", "2018-06-01", "KAZGOV"),
    ("Nursultan Nazarbayev", "2023-06-01", "KAZELI"),
    ("Serdar Berdimuhamedow", "2023-06-01", "TKMGOV"),
    ("Serdar Berdimuhamedow", "2020-06-01", "TKMELI"),
    ("Islam Karimov", "2016-10-01", "UZBELI"),
    # South and Southeast Asia, Taiwan
    ("Imran Khan", "2020-06-01", "PAKGOV"),
    ("Imran Khan", "2023-06-01", "PAKELI"),
    ("Shehbaz Sharif", "2024-06-01", "PAKGOV"),
    ("Sheikh Hasina", "2020-06-01", "BGDGOV"),
    ("Sheikh Hasina", "2025-06-01", "BGDELI"),
    ("Muhammad Yunus", "2025-06-01", "BGDGOV"),
    ("Muhammad Yunus", "2026-03-01", "BGDELI"),
    ("Tarique Rahman", "2026-03-01", "BGDGOV"),
    ("Ranil Wickremesinghe", "2023-06-01", "LKAGOV"),
    ("Ranil Wickremesinghe", "2021-06-01", "LKAELI"),
    ("KP Sharma Oli", "2019-06-01", "NPLGOV"),
    ("Prachanda", "2023-06-01", "NPLGOV"),
    ("Tsai Ing-wen", "2020-06-01", "TWNGOV"),
    ("Tsai Ing-wen", "2025-06-01", "TWNELI"),
    ("Lai Ching-te", "2025-06-01", "TWNGOV"),
    ("Prayut Chan-o-cha", "2012-06-01", "THAMIL"),
    ("Prayut Chan-o-cha", "2020-06-01", "THAGOV"),
    ("Prayut Chan-o-cha", "2024-06-01", "THAELI"),
    ("Bhumibol Adulyadej", "2017-06-01", "THAELI"),
    ("Najib Razak", "2016-06-01", "MYSGOV"),
    ("Najib Razak", "2020-06-01", "MYSELI"),
    ("Min Aung Hlaing", "2018-06-01", "MMRMIL"),
    ("Min Aung Hlaing", "2022-06-01", "MMRGOV"),
    ("To Lam", "2025-06-01", "VNMGOV"),
    ("Nguyen Xuan Phuc", "2024-06-01", "VNMELI"),
    # Oceania
    ("Jacinda Ardern", "2020-06-01", "NZLGOV"),
    ("Jacinda Ardern", "2024-06-01", "NZLELI"),
    ("John Key", "2018-06-01", "NZLELI"),
    ("Frank Bainimarama", "2020-06-01", "FJIGOV"),
    ("James Marape", "2022-06-01", "PNGGOV"),
    # Latin America and the Caribbean
    ("Ivan Duque", "2020-06-01", "COLGOV"),
    ("Gustavo Petro", "2026-09-01", "COLELI"),  # the constitutional term ended 2026-08-07
    ("Michelle Bachelet", "2016-06-01", "CHLGOV"),
    ("Michelle Bachelet", "2020-06-01", "IGOUNO"),
    ("Evo Morales", "2020-06-01", "BOLELI"),
    ("Nayib Bukele", "2023-06-01", "SLVGOV"),
    ("Nicolas Maduro", "2020-06-01", "VENGOV"),
    ("Maduro", "2026-02-01", "VENELI"),  # seized by US forces on 2026-01-03
    ("Delcy Rodriguez", "2026-02-01", "VENGOV"),
    ("Raul Castro", "2022-06-01", "CUBELI"),
    ("Miguel Diaz-Canel", "2022-06-01", "CUBGOV"),
    ("Jovenel Moise", "2019-06-01", "HTIGOV"),
    ("Mia Mottley", "2022-06-01", "BRBGOV"),
    # Sub-Saharan Africa
    ("Muhammadu Buhari", "2020-06-01", "NGAGOV"),
    ("Muhammadu Buhari", "2024-06-01", "NGAELI"),
    ("Bola Tinubu", "2024-06-01", "NGAGOV"),
    ("William Ruto", "2020-06-01", "KENGOV"),  # deputy president
    ("Abiy Ahmed", "2020-06-01", "ETHGOV"),
    ("Robert Mugabe", "2016-06-01", "ZWEGOV"),
    ("Robert Mugabe", "2018-06-01", "ZWEELI"),
    ("Emmerson Mnangagwa", "2020-06-01", "ZWEGOV"),
    ("Joseph Kabila", "2020-06-01", "CODELI"),
    ("Felix Tshisekedi", "2020-06-01", "CODGOV"),
    ("Omar al-Bashir", "2018-06-01", "SDNGOV"),
    ("Omar al-Bashir", "2020-06-01", "SDNELI"),
    ("Abdel Fattah al-Burhan", "2024-06-01", "SDNGOV"),
    ("Assimi Goita", "2022-06-01", "MLIGOV"),
    ("Ibrahim Traore", "2023-06-01", "BFAGOV"),
    ("Mohamed Ould Abdel Aziz", "2015-06-01", "MRTGOV"),  # Phoenix had MUS (Mauritius)
    ("Jose Mario Vaz", "2016-06-01", "GNBGOV"),  # Phoenix had GIN (Guinea)
    ("Denis Sassou Nguesso", "2020-06-01", "COGGOV"),  # Phoenix had no code after 1997
    ("Yahya Jammeh", "2018-06-01", "GMBELI"),
    ("Adama Barrow", "2018-06-01", "GMBGOV"),
    ("Hage Geingob", "2020-06-01", "NAMGOV"),
    ("Andry Rajoelina", "2023-10-15", "MDGELI"),  # stood aside to run for re-election
    ("Andry Rajoelina", "2024-06-01", "MDGGOV"),
]


@pytest.mark.parametrize("phrase, day, code", CASES, ids=[f"{p}@{d}" for p, d, _ in CASES])
def test_code_on_date(shipped, phrase, day, code):
    assert lookup(shipped, phrase, D(day)).code == code


def test_handover_day_codes_both_holders(shipped):
    # dates are inclusive: on a handover day the outgoing and the incoming holder are coded
    for phrase in ("Petro Poroshenko", "Volodymyr Zelensky"):
        assert lookup(shipped, phrase, D("2019-05-20")).code == "UKRGOV"
    assert lookup(shipped, "Petro Poroshenko", D("2019-05-21")).code == "UKRELI"
    assert lookup(shipped, "Volodymyr Zelensky", D("2019-05-19")).code == "UKRELI"


# Persons whose Phoenix entries the file supersedes (several merge two spellings): every
# loaded entry that carries the name gives the expected code, so a surviving old entry with
# its open-ended range would show up here.
SUPERSEDED = [
    ("Petro Poroshenko", "2020-06-01", "UKRELI"),
    ("President Maduro", "2026-06-01", "VENELI"),
    ("Poroshenko", "2016-06-01", "UKRGOV"),
    ("Tomislav Nikolic", "2019-06-01", "SRBELI"),
    ("Nursultan Nazarbayev", "2023-06-01", "KAZELI"),
    ("Kasymzhomart Tokayev", "2020-06-01", "KAZGOV"),
    ("Gurbanguly Berdymukhammedov", "2023-06-01", "TKMELI"),
    ("Gurbanguly Berdimuhamedow", "2023-06-01", "TKMELI"),
    ("Mahinda Rajapakse", "2016-06-01", "LKAELI"),
    ("Mahathir bin Mohamad", "2019-06-01", "MYSGOV"),
    ("Umar al Bashir", "2020-06-01", "SDNELI"),
    ("Commodore Josaia Voreqe Bainimarama", "2023-06-01", "FJIELI"),
    ("Michelle Bachelet", "2019-06-01", "IGOUNO"),
    ("Robert Mugabe", "2019-06-01", "ZWEELI"),
    ("Ian Khama", "2019-06-01", "BWAELI"),
    ("Seretse Ian Khama", "2019-06-01", "BWAELI"),
    ("Pakalitha Mosisili", "2019-06-01", "LSOELI"),
    ("Bethuel Pakalitha Mosisili", "2019-06-01", "LSOELI"),
    ("Jose Mario Vaz", "2022-06-01", "GNBELI"),
    ("Tuilaepa Sailele Malielegaoi", "2022-06-01", "WSMELI"),
    ("Sailele Malielegaoi Tuilaepa", "2022-06-01", "WSMELI"),
]


@pytest.mark.parametrize("name, day, code", SUPERSEDED, ids=[f"{n}@{d}" for n, d, _ in SUPERSEDED])
def test_superseded_names_have_one_coding(shipped, name, day, code):
    assert codes_of(shipped, name, day) == {code}


def test_superseded_entries_are_removed_and_documented(shipped, data):
    assert len(assert_superseded_documented(shipped, WORLD, data, "countries")) > 100


def test_kept_phoenix_entries_get_extra_names_with_the_same_codes(shipped):
    for extra, phoenix in [("Alexander Lukashenko", "Alyaksandr Lukashenka"), ("Isaias Afwerki", "Isaias Afewerki"),
                           ("Samia Suluhu Hassan", "Samia Suluhu")]:
        for day in ("2010-06-01", "2024-06-01"):
            assert codes_of(shipped, extra, day) == codes_of(shipped, phoenix, day)


def test_file_says_what_it_left_out_and_is_large(data):
    assert_says_what_it_left_out(WORLD, data, 300)


def test_every_person_has_an_undated_default_and_dated_terms(data):
    # entries of extra names copy the codes of a kept Phoenix entry, whatever they are
    text = WORLD.read_text(encoding="utf-8")
    extra = set(re.findall(r"# extra names for \S+, which is kept as it is \(same codes\)\n  - names: \[([^,\]]+)", text))
    assert len(extra) == 5
    assert_dated_terms(data, ("ELI", "OPP"), frozenset(extra))


# Bare names the file must not list: family names shared by several leaders, common words.
AMBIGUOUS = ["Rajapaksa", "Jugnauth", "Japarov", "Berdimuhamedow", "Sharif", "Aliyev", "Marcos", "Deby", "Bongo",
             "Kenyatta", "Nikolic", "Tony Tan", "Philip Davis", "Abdul Hamid", "Deuba", "Haradinaj", "Tshisekedi",
             "Battulga", "Khurelsukh", "Jeenbekov"]


def test_no_ambiguous_bare_names(data):
    assert_no_names(data, AMBIGUOUS)


def test_dictionaries_check_reports_nothing_about_the_file():
    assert_check_silent_about(WORLD)
