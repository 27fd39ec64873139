/* The service worker: pages a visitor opened stay readable without a connection.
 *
 * Served at /sw.js by offline.views.service_worker, after a `CONFIG` constant
 * (offline/services.py: cache names, URL rules, limits, the offline pages).
 * docs/offline.md explains the design; in short:
 *
 * - pages under a language prefix (villages, routes, My day, driver cards…):
 *   network first; every good answer is saved with the time it was saved;
 *   without a network the saved copy is served, else the offline page in the
 *   page's language, which lists what is saved;
 * - static files: cache first when their names are hashed, network first
 *   otherwise; uploaded images: cache first, small ones only;
 * - anything else (other hosts such as map tiles, the admin, POST, QR short
 *   links, documents) is never answered here: the browser fetches it as if
 *   there were no worker.
 *
 * A saved copy carries `data-offline-saved-at` on its <html> element (added
 * when it is saved, so it is only ever there on a copy served from here);
 * static_src/js/sw-register.js shows the translated "saved on" notice from it.
 */
/* global CONFIG */
"use strict";

const CACHES = CONFIG.caches;
const LIMITS = CONFIG.limits;
const RULES = {
    page: new RegExp(CONFIG.rules.page),
    bypass: CONFIG.rules.bypass.map((pattern) => new RegExp(pattern)),
    unsaved: CONFIG.rules.unsaved.map((pattern) => new RegExp(pattern)),
    kinds: CONFIG.rules.kinds.map(([kind, pattern]) => [kind, new RegExp(pattern)]),
};
// Metadata of a saved page, read back by the offline page's list (offline.js).
const HEADER_SAVED_AT = "X-Offline-Saved-At";
const HEADER_TITLE = "X-Offline-Title";
const HEADER_KIND = "X-Offline-Kind";
const HEADER_LANGUAGE = "X-Offline-Language";
// Assets a page reports after the worker's first install (sw-register.js).
const MAX_REPORTED_ASSETS = 60;

// --- Rules (the same as offline.services.classify) ------------------------------

function classify(path) {
    if (RULES.bypass.some((pattern) => pattern.test(path))) {
        return { action: "bypass" };
    }
    if (RULES.unsaved.some((pattern) => pattern.test(path))) {
        return { action: "unsaved" };
    }
    if (!RULES.page.test(path)) {
        return { action: "offline" };
    }
    const found = RULES.kinds.find(([, pattern]) => pattern.test(path));
    return { action: "save", kind: found ? found[0] : "other" };
}

function languageOf(path) {
    const code = path.split("/")[1];
    if (CONFIG.languages.includes(code)) {
        return code;
    }
    // An unprefixed path ("/"): the device's languages, as the site's "/" would choose.
    for (const tag of self.navigator.languages || []) {
        const base = tag.toLowerCase().split("-")[0];
        if (CONFIG.languages.includes(base)) {
            return base;
        }
    }
    return CONFIG.fallbackLanguage;
}

// --- Install and activate -------------------------------------------------------

self.addEventListener("install", (event) => {
    event.waitUntil(
        (async () => {
            const shell = await caches.open(CACHES.shell);
            // Anonymous and fresh: the offline page is the same for everyone.
            await shell.addAll(
                CONFIG.precache.map((url) => new Request(url, { cache: "reload", credentials: "omit" }))
            );
            await self.skipWaiting();
        })()
    );
});

self.addEventListener("activate", (event) => {
    event.waitUntil(
        (async () => {
            const current = new Set(Object.values(CACHES));
            const names = await caches.keys();
            await Promise.all(
                names
                    .filter((name) => name.startsWith(CONFIG.cachePrefix) && !current.has(name))
                    .map((name) => caches.delete(name))
            );
            await self.clients.claim();
        })()
    );
});

// --- Requests -------------------------------------------------------------------

self.addEventListener("fetch", (event) => {
    const request = event.request;
    if (request.method !== "GET" || request.headers.has("Range")) {
        return;
    }
    const url = new URL(request.url);
    if (url.origin !== self.location.origin) {
        return; // map tiles and any other host: untouched
    }
    const rule = classify(url.pathname);
    if (rule.action === "bypass") {
        return;
    }
    if (request.mode === "navigate") {
        event.respondWith(navigation(event, url, rule));
    } else if (url.pathname.startsWith(CONFIG.staticUrl)) {
        event.respondWith(staticFile(event));
    } else if (url.pathname.startsWith(CONFIG.mediaUrl)) {
        event.respondWith(mediaFile(event));
    }
});

async function navigation(event, url, rule) {
    try {
        const response = await fetch(event.request);
        if (rule.action === "save") {
            event.waitUntil(savePage(url, response.clone(), rule.kind));
        }
        return response;
    } catch (error) {
        if (rule.action === "save") {
            const pages = await caches.open(CACHES.pages);
            const saved = await pages.match(url.href, { ignoreVary: true });
            if (saved) {
                return saved;
            }
        }
        return offlinePage(languageOf(url.pathname));
    }
}

async function offlinePage(language) {
    const address = CONFIG.offlinePages[language] || CONFIG.offlinePages[CONFIG.fallbackLanguage];
    const shell = await caches.open(CACHES.shell);
    // Without it (the install never finished), the browser's own offline page.
    return (await shell.match(address, { ignoreVary: true })) || Response.error();
}

async function staticFile(event) {
    const request = event.request;
    if (CONFIG.staticHashed) {
        // A hashed name never changes content: the kept copy is the file.
        const kept = await caches.match(request, { ignoreVary: true });
        if (kept) {
            return kept;
        }
        const response = await fetch(request);
        event.waitUntil(keep(CACHES.static, request, response.clone(), LIMITS.static, LIMITS.staticBytes));
        return response;
    }
    try {
        const response = await fetch(request);
        event.waitUntil(keep(CACHES.static, request, response.clone(), LIMITS.static, LIMITS.staticBytes));
        return response;
    } catch (error) {
        const kept = await caches.match(request, { ignoreVary: true });
        if (kept) {
            return kept;
        }
        throw error;
    }
}

async function mediaFile(event) {
    const request = event.request;
    // Uploaded images and their renditions get a new name when they change.
    const media = await caches.open(CACHES.media);
    const kept = await media.match(request, { ignoreVary: true });
    if (kept) {
        return kept;
    }
    const response = await fetch(request);
    event.waitUntil(keep(CACHES.media, request, response.clone(), LIMITS.media, LIMITS.mediaBytes));
    return response;
}

// --- Saving ---------------------------------------------------------------------

function isPlainSuccess(response) {
    return response.status === 200 && response.type === "basic" && !response.redirected;
}

function mayBeSaved(response) {
    if (!isPlainSuccess(response)) {
        return false;
    }
    // Cache-Control is not read: it speaks to HTTP caches, and My day says
    // "private, no-store" to keep shared caches out. This copy stays on the
    // visitor's device, is shown only when the network fails, and says when
    // it was saved; what belongs to one person is refused in savePage.
    // Set-Cookie is hidden from workers; it is checked in case a browser shows it.
    const type = response.headers.get("Content-Type") || "";
    return type.startsWith("text/html") && !response.headers.has("Set-Cookie");
}

function decodeEntities(text) {
    const named = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
    return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name) => {
        if (name[0] === "#") {
            const hex = name[1] === "x" || name[1] === "X";
            const code = parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10);
            return Number.isFinite(code) ? String.fromCodePoint(code) : entity;
        }
        return named[name.toLowerCase()] || entity;
    });
}

function pageTitle(html) {
    const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
    const title = match ? decodeEntities(match[1]).replace(/\s+/g, " ").trim() : "";
    // "Bát Tràng · Hanoi Craft Villages": the list needs the page's own part.
    const parts = title.split(" · ");
    return parts.length > 1 ? parts.slice(0, -1).join(" · ") : title;
}

async function savePage(url, response, kind) {
    if (!mayBeSaved(response)) {
        return;
    }
    const html = await response.text();
    // A page with a form token or the editors' toolbar was made for one
    // person (a signed-in editor, a form's CSRF cookie): not kept.
    if (html.includes("csrfmiddlewaretoken") || html.includes("wagtail-userbar")) {
        return;
    }
    const savedAt = new Date().toISOString();
    const marked = html.replace(/<html\b/i, `<html data-offline-saved-at="${savedAt}"`);
    const headers = new Headers(response.headers);
    // The body is now text of another length; the copy answers this URL only.
    for (const name of ["Content-Length", "Content-Encoding", "Vary", "ETag", "Last-Modified"]) {
        headers.delete(name);
    }
    headers.set(HEADER_SAVED_AT, savedAt);
    headers.set(HEADER_TITLE, encodeURIComponent(pageTitle(html) || url.pathname));
    headers.set(HEADER_KIND, kind);
    headers.set(HEADER_LANGUAGE, languageOf(url.pathname));
    const pages = await caches.open(CACHES.pages);
    await pages.put(url.href, new Response(marked, { status: 200, statusText: "OK", headers }));
    await trimPages(pages);
}

async function trimPages(pages) {
    const requests = await pages.keys();
    if (requests.length <= LIMITS.pages) {
        return;
    }
    const dated = await Promise.all(
        requests.map(async (request) => {
            const response = await pages.match(request, { ignoreVary: true });
            return { request, savedAt: (response && response.headers.get(HEADER_SAVED_AT)) || "" };
        })
    );
    dated.sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
    const excess = dated.slice(0, dated.length - LIMITS.pages);
    await Promise.all(excess.map(({ request }) => pages.delete(request)));
}

async function keep(cacheName, request, response, limit, maxBytes) {
    if (!isPlainSuccess(response)) {
        return;
    }
    if (cacheName === CACHES.media && !(response.headers.get("Content-Type") || "").startsWith("image/")) {
        return;
    }
    const declared = parseInt(response.headers.get("Content-Length") || "", 10);
    if (declared > maxBytes) {
        return;
    }
    let body = response;
    if (!Number.isFinite(declared)) {
        const blob = await response.blob();
        if (blob.size > maxBytes) {
            return;
        }
        body = new Response(blob, { status: 200, statusText: "OK", headers: response.headers });
    }
    const cache = await caches.open(cacheName);
    await cache.put(request, body);
    // Oldest first: keys() lists entries in the order they were stored.
    const requests = await cache.keys();
    const excess = requests.slice(0, Math.max(0, requests.length - limit));
    await Promise.all(excess.map((old) => cache.delete(old)));
}

// --- The page that installed the worker --------------------------------------------

// The page that registered the worker loaded before it existed: it asks to
// be saved, with the files it used (sw-register.js), so that it too can be
// read offline.
self.addEventListener("message", (event) => {
    const data = event.data || {};
    if (data.type !== "save-page" || typeof data.url !== "string") {
        return;
    }
    event.waitUntil(saveVisit(data.url, Array.isArray(data.assets) ? data.assets : []));
});

async function saveVisit(address, assets) {
    const url = new URL(address, self.location.origin);
    if (url.origin !== self.location.origin) {
        return;
    }
    const rule = classify(url.pathname);
    const jobs = [];
    if (rule.action === "save") {
        jobs.push(
            fetch(url.href, { credentials: "same-origin" })
                .then((response) => savePage(url, response, rule.kind))
                .catch(() => undefined)
        );
    }
    for (const asset of assets.slice(0, MAX_REPORTED_ASSETS)) {
        const file = new URL(String(asset), self.location.origin);
        if (file.origin !== self.location.origin || classify(file.pathname).action === "bypass") {
            continue;
        }
        const isStatic = file.pathname.startsWith(CONFIG.staticUrl);
        const isMedia = file.pathname.startsWith(CONFIG.mediaUrl);
        if (!isStatic && !isMedia) {
            continue;
        }
        const request = new Request(file.href, { credentials: "same-origin" });
        jobs.push(
            fetch(request)
                .then((response) =>
                    isStatic
                        ? keep(CACHES.static, request, response, LIMITS.static, LIMITS.staticBytes)
                        : keep(CACHES.media, request, response, LIMITS.media, LIMITS.mediaBytes)
                )
                .catch(() => undefined)
        );
    }
    await Promise.all(jobs);
}
