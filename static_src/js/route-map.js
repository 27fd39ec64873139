/* Maps for routes and villages, drawn with the vendored Leaflet.
 *
 * Progressive enhancement: the map block ships `hidden`, and the ordered stop
 * list (or the coordinates) next to it is complete without this script. We
 * reveal the block only once Leaflet has loaded and there are points to draw.
 *
 * A map block reads:
 *   data-points="<id of a json_script element>"  [{n, name, lat, lng}, ...]
 *   or data-lat / data-lng / data-name            a single point
 *   data-tile-url, data-tile-attribution         from settings
 *   data-line="true"                             join the points in order
 */
(function () {
    "use strict";
    if (!window.L) {
        return;
    }

    function readPoints(block) {
        var sourceId = block.getAttribute("data-points");
        if (sourceId) {
            var source = document.getElementById(sourceId);
            if (!source) {
                return [];
            }
            try {
                return JSON.parse(source.textContent) || [];
            } catch (error) {
                return [];
            }
        }
        var lat = parseFloat(block.getAttribute("data-lat"));
        var lng = parseFloat(block.getAttribute("data-lng"));
        if (isNaN(lat) || isNaN(lng)) {
            return [];
        }
        return [{ n: 1, name: block.getAttribute("data-name") || "", lat: lat, lng: lng }];
    }

    // Stops at the same place share one marker: a route that ends where it
    // began would otherwise draw its last marker over its first one. Places are
    // compared to about ten metres (4 decimals), closer than markers can part.
    function groupByPlace(points) {
        var groups = [];
        var byPlace = {};
        points.forEach(function (point, index) {
            var key = point.lat.toFixed(4) + "," + point.lng.toFixed(4);
            var group = byPlace[key];
            if (!group) {
                group = byPlace[key] = { latlng: [point.lat, point.lng], points: [], isLast: false };
                groups.push(group);
            }
            group.points.push(point);
            group.isLast = group.isLast || index === points.length - 1;
        });
        return groups;
    }

    function markerIcon(group, numbered) {
        // "1·4": every stop number at this place, in route order.
        var label = numbered ? group.points.map(function (point) { return point.n; }).join("\u00b7") : "";
        var shared = group.points.length > 1;
        var classes = "map-marker" + (numbered && group.isLast ? " map-marker--end" : "") + (shared ? " map-marker--shared" : "");
        // A pill wide enough for the numbers; Leaflet centres the icon on the place.
        var width = shared ? Math.max(30, 12 + 8 * label.length) : 30;
        var span = document.createElement("span");
        span.className = classes;
        span.textContent = label;
        return L.divIcon({
            className: "",
            html: span,
            iconSize: [width, 30],
            iconAnchor: [width / 2, 15],
            popupAnchor: [0, -14],
        });
    }

    function describe(group, numbered) {
        return group.points.map(function (point) {
            return (numbered ? point.n + ". " : "") + point.name;
        });
    }

    function draw(block) {
        var points = readPoints(block)
            .map(function (p) {
                return { n: p.n, name: p.name, lat: Number(p.lat), lng: Number(p.lng) };
            })
            .filter(function (p) {
                return isFinite(p.lat) && isFinite(p.lng);
            });
        var canvas = block.querySelector(".map");
        if (!points.length || !canvas) {
            return;
        }
        block.hidden = false;
        var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
        var map = L.map(canvas, {
            scrollWheelZoom: false,
            zoomAnimation: !reduceMotion,
            fadeAnimation: !reduceMotion,
            markerZoomAnimation: !reduceMotion,
        });
        var tiles = L.tileLayer(block.getAttribute("data-tile-url"), {
            attribution: block.getAttribute("data-tile-attribution") || "",
            maxZoom: 18,
        });
        // With no tile server in reach (patchy data in a village alley) a grey
        // box with pins helps nobody: the map steps aside and the server-drawn
        // SVG map beside it stays the map. It comes back when a tile arrives.
        var tileSeen = false;
        tiles.on("tileerror", function () {
            if (!tileSeen) {
                block.hidden = true;
            }
        });
        tiles.on("tileload", function () {
            if (!tileSeen) {
                tileSeen = true;
                block.hidden = false;
                map.invalidateSize();
            }
        });
        tiles.addTo(map);

        var numbered = points.length > 1;
        var latlngs = points.map(function (point) {
            return [point.lat, point.lng];
        });
        groupByPlace(points).forEach(function (group) {
            var lines = describe(group, numbered);
            var popup = document.createElement("div");
            lines.forEach(function (line, index) {
                if (index) {
                    popup.appendChild(document.createElement("br"));
                }
                popup.appendChild(document.createTextNode(line));
            });
            L.marker(group.latlng, {
                icon: markerIcon(group, numbered),
                title: lines.join("; "),
                alt: group.points.map(function (point) { return point.name; }).join("; "),
                keyboard: false,
            })
                .bindPopup(popup)
                .addTo(map);
        });
        if (numbered && block.getAttribute("data-line") === "true") {
            L.polyline(latlngs, { color: "#1d3f8f", weight: 3, opacity: 0.8, dashArray: "6 6" }).addTo(map);
        }
        if (numbered) {
            map.fitBounds(L.latLngBounds(latlngs), { padding: [30, 30] });
        } else {
            map.setView(latlngs[0], 14);
        }
    }

    document.querySelectorAll("[data-map]").forEach(draw);
})();
