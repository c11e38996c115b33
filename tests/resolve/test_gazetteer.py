"""The offline gazetteer: cities, countries, historical names and the vocabulary's small places."""

from __future__ import annotations

import pytest

from countertrial.resolve.gazetteer import GeoPlace, country_name, lookup


@pytest.mark.parametrize(("name", "country"), [
    ("Oslo", "Norway"), ("Copenhagen", "Denmark"), ("Tokyo", "Japan"), ("Paris", "France"),
    ("Prague", "Czechia"), ("Praha", "Czechia"), ("Berlin", "Germany"), ("Kjeller", "Norway"),
    ("Leningrad", "Russia"), ("Christiania", "Norway"), ("Coyoacán", "Mexico"), ("Srebrenica", "Bosnia and Herzegovina"),
])
def test_known_places_resolve_to_their_country(name: str, country: str) -> None:
    geo = lookup(name)
    assert geo is not None and geo.country == country


def test_hit_has_coordinates() -> None:
    oslo = lookup("oslo")
    assert isinstance(oslo, GeoPlace)
    assert 59 < oslo.lat < 61 and 10 < oslo.lon < 12


def test_countries_resolve_to_themselves_with_capital_coordinates() -> None:
    japan = lookup("Japan")
    assert japan is not None and japan.kind == "country" and japan.country == "Japan"
    assert 35 < japan.lat < 36
    assert lookup("Russian Federation") == lookup("Russia")
    assert country_name("JP") == "Japan"
    assert country_name("Tokyo") is None


def test_ambiguous_name_prefers_the_bigger_place() -> None:
    paris = lookup("Paris")
    assert paris is not None and paris.country == "France"


@pytest.mark.parametrize("name", ["Piatakov", "Sedov", "", "Yes", "the"])
def test_non_places_miss(name: str) -> None:
    assert lookup(name) is None
