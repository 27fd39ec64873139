/* The offline page: lists the pages saved on this device, grouped by kind.
 *
 * The service worker (offline/service_worker.js) keeps each page it saves in
 * one cache, with its title, kind, language and the time it was saved in
 * X-Offline-* headers; this script reads that cache (named in the
 * "offline-config" json_script) and fills the groups that
 * templates/offline/offline_page.html ships hidden. The same page is both
 * "Saved for offline" (at its own address) and what the worker shows in
 * place of a page that was not saved (at that page's address).
 */
(function () {
    "use strict";

    var root = document.querySelector("[data-offline-page]");
    var configElement = document.getElementById("offline-config");
    if (!root || !configElement) {
        return;
    }
    var config = JSON.parse(configElement.textContent);

    function formatDate(iso) {
        var date = new Date(iso);
        if (isNaN(date.getTime())) {
            return "";
        }
        try {
            return new Intl.DateTimeFormat(config.language, { dateStyle: "long", timeStyle: "short" }).format(date);
        } catch (error) {
            return date.toLocaleString();
        }
    }

    function decode(value) {
        try {
            return decodeURIComponent(value || "");
        } catch (error) {
            return value || "";
        }
    }

    // Shown at another page's address: that page was not saved.
    if (window.location.pathname !== config.offlinePath) {
        var missing = root.querySelector('[data-offline-intro="missing"]');
        root.querySelector('[data-offline-intro="saved"]').hidden = true;
        missing.hidden = false;
        // The tab says it too: "You are offline · Hanoi Craft Villages".
        var site = document.title.split(" · ").pop();
        document.title = missing.querySelector("h1").textContent + " · " + site;
    }
    var retry = root.querySelector("[data-offline-retry]");
    if (retry) {
        retry.addEventListener("click", function () {
            window.location.reload();
        });
    }

    var loading = root.querySelector("[data-offline-loading]");

    function show(selector) {
        loading.hidden = true;
        root.querySelector(selector).hidden = false;
    }

    function item(entry) {
        var li = document.createElement("li");
        li.className = "offline-list__item";
        var link = document.createElement("a");
        link.href = entry.url;
        link.textContent = entry.title;
        if (entry.language) {
            link.lang = entry.language;
            link.hreflang = entry.language;
        }
        li.appendChild(link);
        if (entry.language && entry.language !== config.language) {
            var tag = document.createElement("small");
            tag.className = "lang-tag";
            tag.lang = entry.language;
            tag.textContent = " (" + (config.languageNames[entry.language] || entry.language) + ")";
            li.appendChild(tag);
        }
        var when = formatDate(entry.savedAt);
        if (when) {
            var meta = document.createElement("span");
            meta.className = "offline-list__saved";
            var time = document.createElement("time");
            time.dateTime = entry.savedAt;
            time.textContent = when;
            var template = root.getAttribute("data-saved-on-text") || "{date}";
            var parts = template.split("{date}");
            meta.appendChild(document.createTextNode(parts[0] || ""));
            meta.appendChild(time);
            meta.appendChild(document.createTextNode(parts.slice(1).join("{date}")));
            li.appendChild(meta);
        }
        return li;
    }

    function render(entries) {
        if (!entries.length) {
            show("[data-offline-empty]");
            return;
        }
        entries.sort(function (a, b) {
            return a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0;
        });
        loading.hidden = true;
        entries.forEach(function (entry) {
            var group = root.querySelector('[data-offline-kind="' + entry.kind + '"]') ||
                root.querySelector('[data-offline-kind="other"]');
            group.querySelector("ul").appendChild(item(entry));
            group.hidden = false;
        });
    }

    if (!("caches" in window)) {
        show("[data-offline-unsupported]");
        return;
    }
    caches.has(config.pagesCache)
        .then(function (exists) {
            if (!exists) {
                return [];
            }
            return caches.open(config.pagesCache).then(function (cache) {
                return cache.keys().then(function (requests) {
                    return Promise.all(requests.map(function (request) {
                        return cache.match(request, { ignoreVary: true }).then(function (response) {
                            var headers = response ? response.headers : new Headers();
                            var url = new URL(request.url);
                            return {
                                url: url.pathname + url.search,
                                title: decode(headers.get("X-Offline-Title")) || url.pathname,
                                kind: headers.get("X-Offline-Kind") || "other",
                                language: headers.get("X-Offline-Language") || "",
                                savedAt: headers.get("X-Offline-Saved-At") || "",
                            };
                        });
                    }));
                });
            });
        })
        .then(render)
        .catch(function () {
            show("[data-offline-unsupported]");
        });
})();
