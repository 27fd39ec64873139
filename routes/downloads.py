"""A route as GPX 1.1 and GeoJSON files, for GPS units, phones and map apps.

Built from ``RoutePage.stop_list``: the stops in order, named in the page's
language with the Vietnamese name beside them (what a driver or a road sign
says), as waypoints, as a GPX route (a device that navigates works out the
roads between its points) and as one line joining the stops in order.

The line is straight from stop to stop. The site stores where each stop is
and each leg's distance by road, not the shape of the roads, so the line is
shorter than the stored total (by a fifth to a half on the demo routes).
Both files say so and carry the two figures under their own names: the
line's straight-line length and the stored road distance. Nothing pretends
that one is the other (docs/wayfinding.md).
"""

from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

import geojson
import gpxpy.geo
import gpxpy.gpx
from django.conf import settings
from django.http import HttpResponse
from django.utils import formats
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

from wayfinding.services import decimal_degrees, vietnamese_stops

GPX_CONTENT_TYPE = "application/gpx+xml"
# RFC 7946: GeoJSON is always UTF-8, so the type takes no charset.
GEOJSON_CONTENT_TYPE = "application/geo+json"
FORMATS = ("gpx", "geojson")


@dataclass(frozen=True)
class Stop:
    number: int
    name: str
    name_vi: str
    address_vi: str
    latitude: Decimal
    longitude: Decimal
    minutes_here: int
    leg_km: Decimal | None


@dataclass(frozen=True)
class RouteFile:
    """What both formats say about a route, read once from the page."""

    title: str
    summary: str
    url: str
    language: str
    slug: str
    stops: list
    road_km: Decimal

    @property
    def straight_km(self):
        """Length of the line joining the stops in order, by the haversine formula."""
        metres = sum(
            gpxpy.geo.haversine_distance(
                float(a.latitude), float(a.longitude), float(b.latitude), float(b.longitude)
            )
            for a, b in pairwise(self.stops)
        )
        return metres / 1000

    @property
    def line_note(self):
        return _(
            "Straight lines between the stops, not the roads: %(straight)s km. "
            "By road: about %(road)s km."
        ) % {
            "straight": formats.number_format(round(self.straight_km, 1), 1),
            "road": formats.number_format(self.road_km, 1),
        }

    def filename(self, extension):
        return f"{self.slug}-{self.language}.{extension}"


def route_file(page, request=None, vietnamese_names=None):
    """``vietnamese_names``: see ``wayfinding.services.vietnamese_stops``."""
    stops = page.stop_list
    in_vietnamese = vietnamese_stops(page, stops, vietnamese_names)
    points = []
    for number, stop in enumerate(stops, start=1):
        coordinates = stop.coordinates
        if coordinates is None:
            continue
        vietnamese = in_vietnamese[stop.pk]
        points.append(
            Stop(
                number=number,
                name=stop.name,
                name_vi=vietnamese.name,
                address_vi=vietnamese.address,
                latitude=Decimal(coordinates[0]),
                longitude=Decimal(coordinates[1]),
                minutes_here=stop.minutes_here or 0,
                leg_km=stop.leg_km if number < len(stops) else None,
            )
        )
    return RouteFile(
        title=page.title,
        summary=page.summary,
        url=page.get_full_url(request),
        language=page.locale.language_code,
        slug=page.slug,
        stops=points,
        road_km=page.totals.km,
    )


def waypoint_name(stop):
    # Devices list waypoints by name: the number keeps them in route order.
    return f"{stop.number}. {stop.name}"


def to_gpx(route):
    gpx = gpxpy.gpx.GPX()
    gpx.creator = settings.WAGTAIL_SITE_NAME
    gpx.name = route.title
    gpx.description = route.summary
    gpx.link = route.url
    gpx.link_text = route.title
    for stop in route.stops:
        gpx.waypoints.append(
            gpxpy.gpx.GPXWaypoint(
                latitude=float(stop.latitude),
                longitude=float(stop.longitude),
                name=waypoint_name(stop),
                description=stop.name_vi,
                comment=stop.address_vi,
            )
        )
    planned = gpxpy.gpx.GPXRoute(name=route.title, description=route.line_note)
    planned.points = [
        gpxpy.gpx.GPXRoutePoint(
            latitude=float(stop.latitude),
            longitude=float(stop.longitude),
            name=waypoint_name(stop),
            description=stop.name_vi,
        )
        for stop in route.stops
    ]
    gpx.routes.append(planned)
    track = gpxpy.gpx.GPXTrack(name=route.title, description=route.line_note)
    segment = gpxpy.gpx.GPXTrackSegment(
        points=[
            gpxpy.gpx.GPXTrackPoint(latitude=float(stop.latitude), longitude=float(stop.longitude))
            for stop in route.stops
        ]
    )
    track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml(version="1.1")


def _position(stop):
    # GeoJSON is [longitude, latitude] (RFC 7946), the other way round from GPX.
    return (float(decimal_degrees(stop.longitude)), float(decimal_degrees(stop.latitude)))


def to_geojson(route):
    features = [
        geojson.Feature(
            geometry=geojson.Point(_position(stop)),
            properties={
                "kind": "stop",
                "number": stop.number,
                "name": stop.name,
                "name_vi": stop.name_vi,
                "address_vi": stop.address_vi,
                "minutes_here": stop.minutes_here,
                "km_to_next_stop_by_road": float(stop.leg_km) if stop.leg_km else None,
            },
        )
        for stop in route.stops
    ]
    features.append(
        geojson.Feature(
            geometry=geojson.LineString([_position(stop) for stop in route.stops]),
            properties={
                "kind": "line",
                "name": route.title,
                "description": route.line_note,
                "straight_line_km": round(route.straight_km, 3),
                "road_km": float(route.road_km),
            },
        )
    )
    collection = geojson.FeatureCollection(
        features, name=route.title, description=route.summary, url=route.url
    )
    return geojson.dumps(collection, ensure_ascii=False, indent=1)


def download_response(page, extension, request=None):
    """The route as a file: ``gpx`` or ``geojson``."""
    route = route_file(page, request)
    if extension == "gpx":
        body, content_type = to_gpx(route), GPX_CONTENT_TYPE
    elif extension == "geojson":
        body, content_type = to_geojson(route), GEOJSON_CONTENT_TYPE
    else:
        raise ValueError(f"unknown format {extension!r}")
    response = HttpResponse(body.encode(), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, route.filename(extension))
    response["Content-Language"] = route.language
    return response
