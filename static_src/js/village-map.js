/* The village index's map, and the hand-over from the server-drawn SVG maps.
 *
 * Every map page ships an SVG map drawn on the server (figure[data-svg-map]):
 * it is the map without JavaScript, when the tile server cannot be reached,
 * and on paper. This script
 *  - on the village index ([data-village-map]), draws the filtered villages
 *    with the vendored Leaflet over the SVG map, and shows it only once a
 *    tile has loaded; if no tile loads, the SVG map stays. A marker's popup
 *    links to the village;
 *  - next to the route and village maps (drawn by route-map.js), hides the
 *    SVG map on screen once one of their tiles has loaded.
 * Print styles show the SVG map and hide Leaflet whatever happened here.
 *
 * The index's filters live in the URL and the server sends only the matching
 * villages (a json_script block), so the map keeps no state of its own.
 */
(function () {
    "use strict";

    function isTile(target) {
        return target && target.classList && target.classList.contains("leaflet-tile");
    }

    // Maps drawn by route-map.js: watch their tiles (load events do not bubble,
    // but they can be caught on the way down).
    document.querySelectorAll("figure[data-svg-map]").forEach(function (figure) {
        var holder = figure.parentElement;
        var leaflet = holder && holder.querySelector("[data-map]");
        if (!leaflet) {
            return;
        }
        if (leaflet.querySelector(".leaflet-tile-loaded")) {
            figure.classList.add("is-replaced");
            return;
        }
        leaflet.addEventListener(
            "load",
            function (event) {
                if (isTile(event.target)) {
                    figure.classList.add("is-replaced");
                }
            },
            true
        );
    });

    if (!window.L) {
        return;
    }

    function readPoints(block) {
        var source = document.getElementById(block.getAttribute("data-points"));
        if (!source) {
            return [];
        }
        try {
            return (JSON.parse(source.textContent) || []).filter(function (p) {
                return isFinite(p.lat) && isFinite(p.lng);
            });
        } catch (error) {
            return [];
        }
    }

    function popup(point) {
        // Built from DOM nodes: names come from editors and are never parsed as HTML.
        var box = document.createElement("div");
        box.className = "village-popup";
        var link = document.createElement("a");
        link.href = point.url;
        link.className = "village-popup__name";
        link.textContent = point.name;
        box.appendChild(link);
        if (point.vi && point.vi !== point.name) {
            var vi = document.createElement("span");
            vi.lang = "vi";
            vi.className = "village-popup__vi";
            vi.textContent = point.vi;
            box.appendChild(vi);
        }
        if (point.crafts && point.crafts.length) {
            var crafts = document.createElement("span");
            crafts.className = "village-popup__crafts";
            crafts.textContent = point.crafts.join(" · ");
            box.appendChild(crafts);
        }
        return box;
    }

    function draw(block) {
        var points = readPoints(block);
        var canvas = block.querySelector(".village-map__leaflet");
        if (!points.length || !canvas) {
            return;
        }
        canvas.hidden = false;
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
        tiles.once("tileload", function () {
            block.classList.add("is-live");
        });
        tiles.addTo(map);

        var latlngs = points.map(function (point) {
            var latlng = [point.lat, point.lng];
            var label = point.vi && point.vi !== point.name ? point.name + " (" + point.vi + ")" : point.name;
            // Markers open their popup with a pointer; keyboard and screen reader
            // users have the same villages, with the same links, in the list
            // (reached past the map by its skip link), so markers stay out of the
            // tab order, like the route map's, instead of adding a stop per village.
            L.marker(latlng, {
                icon: L.divIcon({
                    className: "",
                    html: '<span class="map-marker map-marker--village"></span>',
                    iconSize: [24, 24],
                    iconAnchor: [12, 12],
                    popupAnchor: [0, -11],
                }),
                title: label,
                keyboard: false,
            })
                .bindPopup(popup(point))
                .addTo(map);
            return latlng;
        });
        if (latlngs.length > 1) {
            map.fitBounds(L.latLngBounds(latlngs), { padding: [30, 30], maxZoom: 14 });
        } else {
            map.setView(latlngs[0], 13);
        }
    }

    document.querySelectorAll("[data-village-map]").forEach(draw);
})();
