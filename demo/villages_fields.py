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
