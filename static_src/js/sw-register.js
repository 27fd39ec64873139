/* Registers the service worker (/sw.js) and says when a page is a saved copy.
 *
 * Loaded on every page (templates/offline/head.html). The worker marks the
 * copies it saves with `data-offline-saved-at` on <html>; on such a copy the
 * notice in templates/offline/status.html (role="status") says when it was
 * saved, in the page's language and with the words the page carries in its
 * data- attributes, and offers a reload once the connection is back.
 * docs/offline.md explains the whole design.
 */
(function () {
    "use strict";

    var script = document.currentScript;

    function formatDate(iso) {
        var date = new Date(iso);
        if (isNaN(date.getTime())) {
            return iso;
        }
        var language = document.documentElement.lang || undefined;
        try {
            return new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "short" }).format(date);
        } catch (error) {
            return date.toLocaleString();
        }
    }

    function showSavedCopyNotice(savedAt) {
        var notice = document.getElementById("offline-status");
        if (!notice) {
            return;
        }
        var text = notice.querySelector(".offline-status__text");
        var reload = notice.querySelector(".offline-status__reload");
        var date = formatDate(savedAt);
        var retry = null;

        function show(online) {
            var template = notice.getAttribute(online ? "data-stale-text" : "data-offline-text") || "";
            text.textContent = template.replace("{date}", date);
            reload.hidden = !online;
            notice.classList.toggle("offline-status--online", online);
            notice.hidden = false;
            // Offline, look again now and then: the "online" event does not
            // fire everywhere (nor when the signal comes back in an alley).
            window.clearTimeout(retry);
            if (!online) {
                retry = window.setTimeout(update, 5000);
            }
        }

        // navigator.onLine only says whether there is a network interface (and
        // some browsers keep it true for a page the worker served while the
        // connection is cut): ask the server itself. A HEAD request is never
        // answered by the worker (it handles GET only), so it fails offline.
        function update() {
            if (!navigator.onLine) {
                show(false);
                return;
            }
            fetch(window.location.href, { method: "HEAD", cache: "no-store" }).then(
                function () { show(true); },
                function () { show(false); }
            );
        }

        reload.addEventListener("click", function () {
            window.location.reload();
        });
        window.addEventListener("online", update);
        window.addEventListener("offline", update);
        update();
    }

    var savedAt = document.documentElement.getAttribute("data-offline-saved-at");
    if (savedAt) {
        showSavedCopyNotice(savedAt);
    }

    if (!("serviceWorker" in navigator) || !script || !script.dataset.worker) {
        return;
    }
    // A page the worker did not serve (the very first visit, or a forced
    // reload) is not saved yet: the worker fetches it again, with the files
    // this page used, once it is running.
    var servedByWorker = Boolean(navigator.serviceWorker.controller);

    function reportThisPage(registration) {
        if (servedByWorker || !registration.active) {
            return;
        }
        var origin = window.location.origin;
        var assets = performance.getEntriesByType("resource")
            .map(function (entry) { return entry.name; })
            .filter(function (name) { return name.indexOf(origin + "/") === 0; });
        registration.active.postMessage({ type: "save-page", url: window.location.href, assets: assets });
    }

    function register() {
        navigator.serviceWorker.register(script.dataset.worker, { scope: "/" })
            .then(function () { return navigator.serviceWorker.ready; })
            .then(reportThisPage)
            .catch(function () {
                // No worker (private mode, storage full): the site works as before.
            });
    }

    // After the page's own images and scripts: the worker's install fetches
    // the offline pages, which must not slow down the first visit.
    if (document.readyState === "complete") {
        register();
    } else {
        window.addEventListener("load", register);
    }
})();
