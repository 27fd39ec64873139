"""Hours and access answers of the demo villages and attractions, turned into model fields.

The village files (``demo/content/pages/villages/*.yaml``) carry, per village,
an ``access`` mapping and, per attraction, optional ``hours`` and ``access``
mappings. None of it comes from a source: the brief gives typical
hours only ("shops and markets open daily from about 8:00 to 17:30-18:00;
workshops and small museums may close at lunch"), so every answer stays
unconfirmed (``access_confirmed`` False, the village's ``hours_confirmed``
False) and the pages say "to be confirmed".
"""

import datetime

ACCESS_KEYS = ("step_free", "accessible_toilet", "seating", "kiln_heat", "noise")


def access_fields(data):
    """Model fields of an ``"access"`` dict; anything not given is "unknown"."""
    data = data or {}
    fields = {key: data.get(key, "unknown") for key in ACCESS_KEYS}
    fields["surfaces"] = list(data.get("surfaces", []))
    fields["access_confirmed"] = False
    return fields


# Village streets, markets and temples or communal houses are open to anyone
# without a ticket; museums, workshops, shops and tea houses are left "unknown",
# as the brief gives no prices, nor which languages anyone there speaks (so no
# attraction claims a language).
FREE_KINDS = {"market", "walk", "temple"}


def attraction_fields(item):
    """Hours, entry and access fields of an attraction's data (its own hours only when given)."""
    fields = access_fields(item.get("access"))
    fields["admission"] = item.get("admission", "free" if item["kind"] in FREE_KINDS else "unknown")
    hours = item.get("hours")
    if hours:
        fields.update(
            own_hours=True,
            opens=datetime.time.fromisoformat(hours["opens"]),
            closes=datetime.time.fromisoformat(hours["closes"]),
            closed_days=list(hours.get("closed_days", [])),
        )
    return fields


# "Know before you go" (villages/models/practical.py). The brief gives no prices, toilets,
# payment or languages: every value here is a sample, so nothing is ever confirmed.
PRACTICAL_CHOICES = ("entry", "toilets", "payment")
PRACTICAL_NOTES = ("cost_note", "languages_note", "toilets_note", "payment_note")


def practical_fields(data):
    """Model fields of a village's ``practical`` mapping and its translated notes."""
    practical = data.get("practical") or {}
    low, high = practical.get("workshop_price_vnd") or (None, None)
    fields = {key: practical.get(key, "unknown") for key in PRACTICAL_CHOICES}
    fields.update({key: data.get(key, "") for key in PRACTICAL_NOTES})
    fields.update(
        workshop_price_min_vnd=low,
        workshop_price_max_vnd=high,
        languages=list(practical.get("languages", [])),
        visit_confirmed=False,
        cost_confirmed=False,
        languages_confirmed=False,
        toilets_confirmed=False,
        payment_confirmed=False,
    )
    return fields


def fare_fields(leg):
    """Stop, frequency and sample fare of a transport leg (per car for taxis)."""
    low, high = leg.get("fare_vnd") or (None, None)
    return {
        "stop": leg.get("stop", ""),
        "frequency_minutes": leg.get("frequency_minutes"),
        "fare_min_vnd": low,
        "fare_max_vnd": high,
        "fare_per": leg.get("fare_per", ""),
    }
