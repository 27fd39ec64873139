"""A map drawn on the server as inline SVG, from our own coordinates only.

Why: the Leaflet maps need JavaScript and a tile server. When either is
missing (a phone with scripts off, a blocked or slow tile host) and on paper,
visitors still need to see where the villages are, how far from the Old
Quarter and in which order a route visits them. This module turns points into
drawing instructions; ``templates/components/svg_map.html`` draws them.

- Projection: equirectangular, fitted to the points (and the Old Quarter),
  with x scaled by cos(latitude) at the centre of the map, so a kilometre is
  the same length across and up. Over the 50 km around Hanoi the error of
  this projection is far below what a label's width hides.
- The Red River is *schematic*: a polyline through a dozen approximate points
  of our own (``RED_RIVER``), good enough to say "this village is across the
  river", not for navigation (docs/maps.md).
- No ``style`` attributes (the CSP forbids them): the template uses
  presentation attributes and classes only.
"""

import math
from dataclasses import dataclass, field

# Kilometres per degree of latitude (mean Earth radius 6371 km).
KM_PER_DEGREE = 2 * math.pi * 6371 / 360

# Hoàn Kiếm Lake, the centre of the Old Quarter (as the demo routes use it).
OLD_QUARTER = (21.0288, 105.8522)

# The Red River (sông Hồng) from Sơn Tây, upstream, to Phú Xuyên, downstream:
# approximate points read off a general map, latitude first. Schematic only.
RED_RIVER = (
    (21.170, 105.480),
    (21.140, 105.560),
    (21.120, 105.640),
    (21.105, 105.720),
    (21.095, 105.780),
    (21.085, 105.820),
    (21.065, 105.845),
    (21.043, 105.859),
    (21.010, 105.872),
    (20.985, 105.893),
    (20.955, 105.905),
    (20.925, 105.916),
    (20.880, 105.930),
    (20.820, 105.945),
    (20.760, 105.966),
    (20.700, 105.990),
)

# 400 units: about 1:1 on a phone, so labels keep a readable size there.
WIDTH = 400
PADDING = {"top": 24, "right": 20, "bottom": 44, "left": 20}
# Height / width of the drawing area is kept between these, whatever the points.
MIN_RATIO, MAX_RATIO = 0.5, 1.1
# A map of one village still shows a few kilometres around it.
MIN_SPAN_KM = 6.0
# Labels are drawn at 14 units: at least 12 px on screen on a 390 px phone
# (a 400-unit map about 358 px wide) and in the village page's side panel (a
# narrower map, SMALL_WIDTH). site.css sets the same size on .svg-map__label.
LABEL_SIZE = 14
SMALL_WIDTH = 280
SCALE_STEPS_KM = (0.5, 1, 2, 5, 10, 20, 50, 100)


@dataclass(frozen=True)
class Projection:
    centre_lat: float
    centre_lng: float
    scale: float  # SVG units per degree of latitude
    width: float
    height: float
    origin_x: float
    origin_y: float

    def project(self, latitude, longitude):
        """(x, y) in SVG units; y grows southwards, as on screen."""
        cos_lat = math.cos(math.radians(self.centre_lat))
        x = self.origin_x + (float(longitude) - self.centre_lng) * cos_lat * self.scale
        y = self.origin_y - (float(latitude) - self.centre_lat) * self.scale
        return round(x, 1), round(y, 1)

    @property
    def units_per_km(self):
        return self.scale / KM_PER_DEGREE


def fit_projection(coordinates, width=WIDTH, padding=None):
    """The projection that fits ``[(lat, lng), ...]`` into a ``width``-wide map."""
    padding = padding or PADDING
    lats = [float(lat) for lat, _lng in coordinates]
    lngs = [float(lng) for _lat, lng in coordinates]
    centre_lat = (max(lats) + min(lats)) / 2
    centre_lng = (max(lngs) + min(lngs)) / 2
    cos_lat = math.cos(math.radians(centre_lat))
    min_span = MIN_SPAN_KM / KM_PER_DEGREE
    # Spans in degrees of latitude (the x span corrected by cos(lat)).
    span_x = max((max(lngs) - min(lngs)) * cos_lat, min_span)
    span_y = max(max(lats) - min(lats), min_span)
    inner_width = width - padding["left"] - padding["right"]
    ratio = min(max(span_y / span_x, MIN_RATIO), MAX_RATIO)
    inner_height = inner_width * ratio
    scale = min(inner_width / span_x, inner_height / span_y)
    height = inner_height + padding["top"] + padding["bottom"]
    return Projection(
        centre_lat=centre_lat,
        centre_lng=centre_lng,
        scale=scale,
        width=width,
        height=round(height),
        origin_x=padding["left"] + inner_width / 2,
        origin_y=padding["top"] + inner_height / 2,
    )


@dataclass(frozen=True)
class Point:
    """Something to draw: a village, a route stop, a named place."""

    latitude: float
    longitude: float
    label: str
    label_lang: str = ""  # set when the label is not in the page's language
    current: bool = False  # the village the page is about


@dataclass(frozen=True)
class Stop:
    latitude: float
    longitude: float
    number: int
    label: str
    label_lang: str = ""


@dataclass
class Label:
    text: str
    x: float
    y: float
    anchor: str
    lang: str = ""


@dataclass
class Marker:
    x: float
    y: float
    label: Label
    current: bool = False
    numbers: str = ""  # route stops: "1" or "1, 4" when a route comes back
    badge_width: float = 0

    @property
    def badge_x(self):
        return round(self.x - self.badge_width / 2, 1)

    @property
    def badge_y(self):
        return round(self.y - 11, 1)

    @property
    def square_x(self):
        return round(self.x - 6, 1)

    @property
    def square_y(self):
        return round(self.y - 6, 1)


@dataclass(frozen=True)
class Line:
    points: str  # SVG polyline points
    style: int  # 1-4: the line's colour and dash pattern in site.css


@dataclass
class SvgMap:
    width: float
    height: float
    river: str  # polyline points
    river_label: Label | None
    old_quarter: Marker | None
    markers: list = field(default_factory=list)
    lines: list = field(default_factory=list)  # one ``Line`` per route
    scale_km: float = 0
    scale_length: float = 0
    scale_x: float = 0
    scale_y: float = 0
    names: list = field(default_factory=list)  # in drawing order, for the description
    scale_text: str = ""  # "5 km", set by the caller in the page's language

    @property
    def view_box(self):
        return f"0 0 {self.width:g} {self.height:g}"

    @property
    def north_x(self):
        return self.width - 26

    @property
    def scale_path(self):
        x, y, end = self.scale_x, self.scale_y, round(self.scale_x + self.scale_length, 1)
        return f"M{x:g} {y - 6:g} V{y:g} H{end:g} V{y - 6:g}"

    @property
    def scale_text_x(self):
        return round(self.scale_x + self.scale_length + 6, 1)


def text_width(text, size=LABEL_SIZE):
    """Rough width of ``text`` in SVG units: wide for CJK, narrow for Latin."""
    return sum(size if ord(char) >= 0x2E80 else size * 0.56 for char in text)


class _Placer:
    """Puts each label beside its dot where it overlaps nothing placed before.

    The boxes placed so far are also filed in a grid of ``CELL``-unit squares,
    so a label is checked against the boxes of the cells it covers only, not
    against every box: an index map of 800 villages places its labels in
    linear time, with the same result as checking every box.
    """

    CELL = 48

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.boxes = []
        self._cells = {}

    def add(self, box):
        self.boxes.append(box)
        for cell in self._cells_of(box):
            self._cells.setdefault(cell, []).append(box)

    def pop(self):
        box = self.boxes.pop()
        for cell in self._cells_of(box):
            self._cells[cell].pop()
        return box

    def reserve(self, x, y, radius):
        self.add((x - radius, y - radius, x + radius, y + radius))

    def place(self, text, x, y, gap=9, lang=""):
        width = text_width(text)
        # The text's box around its baseline: ascenders up, descenders down.
        size = LABEL_SIZE
        up, down = size * 0.75, size * 0.5
        below = y + gap + up + down
        candidates = [
            (x + gap, y + size * 0.35, "start", (x + gap, y - up, x + gap + width, y + down)),
            (x - gap, y + size * 0.35, "end", (x - gap - width, y - up, x - gap, y + down)),
            (x, y - gap - 3, "middle", (x - width / 2, y - gap - 4 - up, x + width / 2, y - gap)),
            (x, y + gap + size, "middle", (x - width / 2, y + gap, x + width / 2, below)),
        ]
        inside = [c for c in candidates if self.inside(c[3])]
        free = [c for c in inside if not self._overlaps(c[3])]
        chosen = (free or inside or candidates)[0]
        self.add(chosen[3])
        return Label(
            text=text, x=round(chosen[0], 1), y=round(chosen[1], 1), anchor=chosen[2], lang=lang
        )

    def inside(self, box):
        return (
            box[0] >= 2 and box[1] >= 2 and box[2] <= self.width - 2 and box[3] <= self.height - 2
        )

    def _cells_of(self, box):
        cell = self.CELL
        columns = range(math.floor(box[0] / cell), math.floor(box[2] / cell) + 1)
        rows = range(math.floor(box[1] / cell), math.floor(box[3] / cell) + 1)
        return [(column, row) for column in columns for row in rows]

    def _overlaps(self, box):
        # Two boxes that overlap share a cell: the boxes filed under the cells
        # ``box`` covers are the only ones it can overlap.
        return any(
            box[0] < other[2] and other[0] < box[2] and box[1] < other[3] and other[1] < box[3]
            for cell in self._cells_of(box)
            for other in self._cells.get(cell, ())
        )


def _scale_bar(projection):
    """A round number of kilometres about a quarter of the map's width."""
    target = projection.width / 4 / projection.units_per_km
    km = SCALE_STEPS_KM[0]
    for step in SCALE_STEPS_KM:
        if step <= target:
            km = step
    return km, round(km * projection.units_per_km, 1)


def _points(projection, coordinates):
    """SVG ``points`` for a polyline through ``[(lat, lng), ...]``."""
    return " ".join("{:g},{:g}".format(*projection.project(lat, lng)) for lat, lng in coordinates)


def _near(a, b, km=0.3):
    dy = (a[0] - b[0]) * KM_PER_DEGREE
    dx = (a[1] - b[1]) * KM_PER_DEGREE * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy) < km


def build_map(
    points=(), routes=(), old_quarter_label="", river_label="", width=WIDTH, numbered=True
):
    """Drawing instructions for ``points`` (``Point``) and ``routes`` (lists of ``Stop``).

    ``numbered``: route stops get numbered badges (one route); otherwise
    (several routes on one map) a plain dot per place and one line style per
    route. Returns None when there is nothing to draw.
    """
    points = [p for p in points if p.latitude is not None and p.longitude is not None]
    routes = [[s for s in route if s.latitude is not None] for route in routes]
    # A route's line style follows its place in the list given (and in the legend).
    styles = {id(route): index % 4 + 1 for index, route in enumerate(routes)}
    routes = [route for route in routes if route]
    coordinates = [(float(p.latitude), float(p.longitude)) for p in points]
    coordinates += [(float(s.latitude), float(s.longitude)) for route in routes for s in route]
    if not coordinates:
        return None
    projection = fit_projection([*coordinates, OLD_QUARTER], width=width)
    placer = _Placer(projection.width, projection.height)
    svg = SvgMap(
        width=projection.width,
        height=projection.height,
        river=_points(projection, RED_RIVER),
        river_label=None,
        old_quarter=None,
    )
    svg.scale_km, svg.scale_length = _scale_bar(projection)
    svg.scale_x, svg.scale_y = 20, projection.height - 20
    # The scale bar and north arrow keep their corners free of labels.
    placer.add((10, svg.scale_y - 24, 20 + svg.scale_length + 50, projection.height))
    placer.add((svg.north_x - 14, 4, projection.width, 48))

    # Dots first (reserved), labels after, so no label covers a dot.
    drawn = []
    if not numbered:
        for route in routes:
            coordinates_of_route = [(s.latitude, s.longitude) for s in route]
            svg.lines.append(Line(_points(projection, coordinates_of_route), styles[id(route)]))
        seen = []
        for stop in (stop for route in routes for stop in route):
            here = (float(stop.latitude), float(stop.longitude))
            if not any(_near(here, other) for other in seen):
                seen.append(here)
                points.append(Point(here[0], here[1], stop.label, stop.label_lang))
        routes = []
    for route in routes:
        svg.lines.append(Line(_points(projection, [(s.latitude, s.longitude) for s in route]), 1))
        groups = []
        for stop in route:
            here = (float(stop.latitude), float(stop.longitude))
            group = next((g for g in groups if _near(g[0], here)), None)
            if group is None:
                groups.append((here, [stop]))
            else:
                group[1].append(stop)
        for here, stops in groups:
            x, y = projection.project(*here)
            numbers = ", ".join(str(stop.number) for stop in stops)
            badge = max(22, text_width(numbers, LABEL_SIZE) + 12)
            placer.reserve(x, y, badge / 2 + 1)
            drawn.append((x, y, stops[0].label, stops[0].label_lang, False, numbers, badge))
    for point in points:
        x, y = projection.project(point.latitude, point.longitude)
        placer.reserve(x, y, 7 if point.current else 5)
        drawn.append((x, y, point.label, point.label_lang, point.current, "", 0))

    near_old_quarter = any(_near(c, OLD_QUARTER, km=0.6) for c in coordinates)
    oq_x, oq_y = projection.project(*OLD_QUARTER)
    placer.reserve(oq_x, oq_y, 6)
    # The current village's label goes first, so it gets the best place.
    drawn.sort(key=lambda item: not item[4])
    for x, y, label, lang, current, numbers, badge in drawn:
        gap = badge / 2 + 4 if numbers else 10
        svg.markers.append(
            Marker(
                x=x,
                y=y,
                label=placer.place(label, x, y, gap=gap, lang=lang),
                current=current,
                numbers=numbers,
                badge_width=round(badge, 1),
            )
        )
        svg.names.append(f"{numbers}. {label}" if numbers else label)
    if old_quarter_label and not near_old_quarter:
        svg.old_quarter = Marker(x=oq_x, y=oq_y, label=placer.place(old_quarter_label, oq_x, oq_y))
    elif not near_old_quarter:
        svg.old_quarter = Marker(x=oq_x, y=oq_y, label=Label("", oq_x, oq_y, "start"))
    if river_label:
        svg.river_label = _river_label(projection, placer, river_label)
    return svg


def _river_label(projection, placer, text):
    """The river's name beside the first stretch of river inside the map, where it fits."""
    for lat, lng in RED_RIVER:
        x, y = projection.project(lat, lng)
        if 40 < x < projection.width - 40 and 40 < y < projection.height - 60:
            label = placer.place(text, x, y, gap=8)
            if placer.inside(placer.boxes[-1]):
                return label
            placer.pop()
    return None
