"""Foreign powers named by their capitals and countries: "spied for Beijing", "passed documents to
East Berlin", "on Moscow's orders", "Moscow ordered Ivanov to ...".

The names come from the gazetteer (:func:`~countertrial.resolve.gazetteer.state_names`: every
country's names and its capital's) and from the ``capitals`` of ``powers.yaml`` (historical seats:
"East Berlin" for East Germany, "Belgrade" for Yugoslavia). Such a name is matched as a candidate
(kind ``K``) and becomes a power (kind ``P``) only where it stands for the state: after a
power-dependent trigger or an espionage, conspiracy or instruction trigger and its preposition
("spied for", "passed secrets to", "in contact with", "took orders from"), after "on behalf of",
"in the pay of", "orders from"; before a possessive and an order or an agent ("Moscow's orders",
"Beijing's spies"); as the one who orders, sends or pays at the head of a clause ("Moscow ordered
..."). Everywhere else it stays a place ("met him in Moscow", "flew to Beijing").

A country's power is the vocabulary's power of that country (the one with a successor there, the
Soviet Union for Russia, so that "Moscow" after 1991 is Russia; else the one named as the
country), or, for a country the vocabulary has no power of, the country itself ("Baghdad": Iraq).
"""

from __future__ import annotations

from ..resolve.gazetteer import country_name, state_names
from .vocab import Vocabulary

__all__ = ["metonym_powers", "STATE_VERBS"]

# Per vocabulary (kept beside its result: an id alone could be a later vocabulary's).
_CACHE: dict[int, tuple[Vocabulary, dict[str, str]]] = {}


def _country(name: str) -> str:
    return country_name(name) or name


def metonym_powers(vocab: Vocabulary) -> dict[str, str]:
    """Names that may stand for a state (as written) to the power they name."""
    hit = _CACHE.get(id(vocab))
    if hit is not None and hit[0] is vocab:
        return hit[1]
    by_country: dict[str, list[str]] = {}
    for p in vocab.powers.values():
        by_country.setdefault(_country(p.country), []).append(p.name)

    def pick(country: str) -> str:
        names = by_country.get(country)
        if not names:
            return country
        for n in names:
            succ = vocab.powers[n].successor
            if succ is not None and succ.power in vocab.powers \
                    and _country(vocab.powers[succ.power].country) == country:
                return n
        return next((n for n in names if _country(n) == country), names[0])

    out = {name: pick(country) for name, country in state_names().items()}
    for p in vocab.powers.values():
        for name in p.capitals:
            out[name] = p.name
    _CACHE[id(vocab)] = (vocab, out)
    return out


# The one who orders, sends, pays or recruits: a state at the head of its clause ("Moscow ordered").
STATE_VERBS = frozenset({"ordered", "instructed", "directed", "commanded", "sent", "dispatched", "recruited", "paid",
                         "financed", "funded", "authorised", "authorized", "approved", "told", "demanded", "wanted",
                         "tasked", "sanctioned"})
