"""Route arithmetic: totals from stops and legs, and map data.

Kept out of models and templates so the trip planner can reuse it.
"""

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class RouteTotals:
    minutes_at_stops: int
    minutes_travelling: int
    km: Decimal
    cost_min_vnd: int
    cost_max_vnd: int
    stop_count: int

    @property
    def minutes(self):
        return self.minutes_at_stops + self.minutes_travelling


def route_totals(stops):
    """Sum the time at each stop and each leg to the next (the last leg is ignored)."""
    stops = list(stops)
    legs = stops[:-1]
    return RouteTotals(
        minutes_at_stops=sum(stop.minutes_here or 0 for stop in stops),
        minutes_travelling=sum(stop.leg_minutes or 0 for stop in legs),
        km=sum((stop.leg_km or Decimal(0) for stop in legs), Decimal(0)),
        cost_min_vnd=sum(stop.leg_cost_min_vnd or 0 for stop in legs),
        cost_max_vnd=sum(stop.leg_cost_max_vnd or stop.leg_cost_min_vnd or 0 for stop in legs),
        stop_count=len(stops),
    )


def route_map_data(stops):
    """Ordered points for the map script: [{n, name, lat, lng}] (lat/lng, not GeoJSON order)."""
    points = []
    for number, stop in enumerate(stops, start=1):
        coordinates = stop.coordinates
        if coordinates is None:
            continue
        lat, lng = coordinates
        points.append({"n": number, "name": stop.name, "lat": float(lat), "lng": float(lng)})
    return points
