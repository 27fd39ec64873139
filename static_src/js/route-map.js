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

    function markerIcon(point, isLast, numbered) {
        return L.divIcon({
            className: "",
            html: '<span class="map-marker' + (isLast ? " map-marker--end" : "") + '">' + (numbered ? point.n : "") + "</span>",
            iconSize: [30, 30],
            iconAnchor: [15, 15],
            popupAnchor: [0, -14],
        });
    }

    function draw(block) {
        var points = readPoints(block).filter(function (p) {
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
        L.tileLayer(block.getAttribute("data-tile-url"), {
            attribution: block.getAttribute("data-tile-attribution") || "",
            maxZoom: 18,
        }).addTo(map);

        var numbered = points.length > 1;
        var latlngs = points.map(function (point, index) {
            var latlng = [point.lat, point.lng];
            L.marker(latlng, {
                icon: markerIcon(point, numbered && index === points.length - 1, numbered),
                title: (numbered ? point.n + ". " : "") + point.name,
                alt: point.name,
                keyboard: false,
            })
                .bindPopup(document.createTextNode((numbered ? point.n + ". " : "") + point.name))
                .addTo(map);
            return latlng;
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
