"""Caching for a site whose content changes a few times a day and is read all day.

Three layers, all in Django's ``default`` cache so that every worker process
sees the same entries and the same invalidation (docs/performance.md,
docs/caching.md):

- **generations**: tokens in a cache of their own. The *content generation*
  is replaced whenever content that pages show changes (a page published,
  unpublished, moved or deleted, a menu, craft, image, site or locale saved
  or deleted); every data cache key includes it. The *page generation* is
  replaced only by changes that show on every page (a menu, craft, image,
  site or locale; a section index); every stored page's key includes it.
  Replacing a token retires what it covers at once, in every language and
  every worker, without listing keys;
- **path tokens**: one per canonical path, kept next to its pages and
  copied into every page stored at that path (with any query string); a
  stored page counts only while its copy matches. A page change replaces the
  tokens of exactly the URLs that show it (``core.purge.urls_for_change``),
  and the same URLs are purged from the caching proxy, if there is one;
- **small data caches** (``remember``): menus and crafts per language, the
  live translations of a page, finished text (feeds, Markdown, JSON), as
  plain data, never model instances. Routing is Wagtail's own (its ``serve``
  and ``RoutablePageMixin``), uncached: the page models prefetch what they
  show, so an uncached page stays within its query budget (docs/performance.md);
- the **anonymous page cache** (``PageCacheMiddleware``): whole responses of
  Wagtail pages (and the sitemaps) for visitors who are not signed in, keyed
  by host, path with its language prefix, and query string. Previews, signed-in editors,
  responses that set cookies, use a CSRF token or a CSP nonce, or say
  ``private``/``no-store``/``no-cache`` are never stored.

Why the data caches still follow every change: they are small and keyed by
language or page, and knowing which of them show a page would repeat the
purge list for each; refilling them costs a few queries per page. The whole
pages, which cost a render each, are retired only where the page shows.

The cache fails open: the backends answer a broken cache as a miss
(``core.cache_backends``), this module then serves pages uncached and
``cache_health`` says since when. Only canonical URLs of known hosts are
stored (``core.query``), so no stream of requests can evict what visitors
need; the generation token lives in a cache of its own, which nothing culls.
"""

import contextlib
import hashlib
import logging
import threading
import time
import uuid
import weakref

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.cache import cc_delim_re, patch_vary_headers
from django.utils.encoding import escape_uri_path
from django.utils.translation import get_language_from_path

from .query import is_canonical, normalised_query

GENERATION_KEY = "content-generation"
PAGES_KEY = "page-generation"
# What shared caches (the proxy) and browsers may do with a page the page cache
# stores: the proxy keeps it an hour, since every change that shows on it purges
# it there; a browser, which nothing purges, a minute.
SHARED_CACHE_CONTROL = "public, max-age=60, s-maxage=3600, stale-while-revalidate=60"
_MISSING = object()
# Headers a stored page keeps; the outer middleware (security headers, CSP,
# HSTS) adds its own to every response, cached or not.
STORED_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Vary",
    "X-Frame-Options",
    "Cache-Control",
    "X-Robots-Tag",
)
# Views without a language prefix whose answer is the same for every visitor
# and language: the sitemaps (core/sitemaps.py), purged as pages are (core/purge.py).
UNPREFIXED_CACHED_VIEWS = {"sitemap", "sitemap_language"}
# What their paths begin with (tourism_site/urls.py): every other unprefixed path
# ("/", static files, the admin, a stray URL) is told apart without resolving it.
UNPREFIXED_CACHED_PREFIX = "/sitemap"
# Save-only bookkeeping of a draft (``save_revision``) changes nothing the public sees.
DRAFT_ONLY_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


logger = logging.getLogger(__name__)
# While the cache is failing, one operation every so many seconds tries it again.
RETRY_SECONDS = 30


def cache(alias=None):
    """The page cache, or its ``variants`` or ``generation`` companion (settings.cache_settings).

    A CACHES without the companions (a test's override) uses the page cache for them.
    """
    default = getattr(settings, "PAGE_CACHE_ALIAS", "default")
    return caches[alias if alias in settings.CACHES else default]


# --- Failing open ---------------------------------------------------------------


class _Health:
    """This process's view of the cache: failing since when, and when to try again."""

    since = None  # a datetime while the cache is failing
    retry_at = 0.0  # time.monotonic() of the next try
    # A write may have been lost (a new generation among them): cached
    # pages may be stale, so the cache is used again only with a new token.
    renew = False


_health = _Health()


def cache_health():
    """Plain data for /healthz: ``{"ok": bool, "since": ISO time or None}``."""
    since = _health.since
    return {"ok": since is None, "since": since.isoformat() if since else None}


def cache_available():
    """Whether to try the cache now: always when it works, else once RETRY_SECONDS have passed."""
    return _health.since is None or time.monotonic() >= _health.retry_at


def cache_failed(error):
    """Called by the backends when an operation raised: logged once per outage, not per request."""
    _health.renew = True
    _health.retry_at = time.monotonic() + RETRY_SECONDS
    if _health.since is None:
        _health.since = timezone.now()
        logger.error(
            "The cache failed (%s: %s); pages are served uncached until it works again",
            type(error).__name__,
            error,
        )


def _on_setting_changed(setting=None, **kwargs):
    # New caches (a test's override_settings) start with a clean bill of health.
    global _health
    if setting == "CACHES":
        _health = _Health()


def cache_succeeded():
    """Called by the backends when a write worked."""
    if _health.since is not None:
        logger.warning("The cache works again (it failed from %s)", _health.since.isoformat())
        _health.since = None


# --- The content generation ---------------------------------------------------


def generation(key=GENERATION_KEY):
    """The current content generation (or page generation, ``PAGES_KEY``); None while
    the cache fails (serve uncached).

    The tokens have a cache of their own (``generation``, two entries), so
    culling in the page caches cannot take them; a token that is missing all
    the same (a cleared folder) is made again.
    """
    if _health.renew and not _replace_generation():
        return None
    backend = cache("generation")
    value = backend.get(key)
    if value is None:
        backend.add(key, uuid.uuid4().hex, timeout=None)
        value = backend.get(key)
    return value if _health.since is None else None


def _replace_generation(keys=(GENERATION_KEY, PAGES_KEY)):
    """New tokens; whether they were written.

    Deleted first: on a full disk the new token cannot be written, but with
    the old one gone the other worker processes stop serving the old pages.
    """
    backend = cache("generation")
    _health.renew = False
    backend.delete_many(keys)
    backend.set_many({key: uuid.uuid4().hex for key in keys}, timeout=None)
    if _health.since is not None:
        _health.renew = True
        return False
    return True


def _path_token_key(path):
    return "path-token:" + hashlib.sha256(path.encode()).hexdigest()


def _replace_path_tokens(paths):
    if paths:
        for alias in ("default", "variants"):
            tokens = {_path_token_key(path): uuid.uuid4().hex for path in paths}
            cache(alias).set_many(tokens, timeout=None)


class _Batch:
    """The URLs a transaction's changes retired, purged again once it commits.

    Called by Django after the commit. A transaction holds one batch per
    savepoint level that changed content; the first to run takes the others'
    URLs too, so the proxy gets one batch per commit. (Run by a test inside
    its transaction, it takes those of its own level and the levels within.)
    """

    def __init__(self, level):
        self.level = level
        self.urls = set()
        self.everything = False
        self.done = False

    def __call__(self):
        if self.done:
            return
        connection = transaction.get_connection()
        committed = not connection.in_atomic_block
        batches = [self] + [
            func
            for sids, func, *_rest in connection.run_on_commit
            if isinstance(func, _Batch) and (committed or sids >= self.level)
        ]
        urls, everything = set(), False
        for batch in batches:
            urls |= batch.urls
            everything = everything or batch.everything
            batch.done = True
        _after_commit(urls, everything)


def content_changed():
    """Retire every cached page and fragment, here and in the proxy.

    Now, so this process sees the change at once (and tests, which run inside
    a transaction), and again when the transaction commits: a request in
    another worker may have cached the old content between the first
    replacement and the commit.
    """
    _replace_generation()
    _queue(everything=True)


def pages_changed(urls):
    """Retire the pages at ``urls`` (absolute URLs, ``core.purge``) and every data cache."""
    from .purge import cache_path

    _replace_generation((GENERATION_KEY,))
    _replace_path_tokens({cache_path(url) for url in urls})
    _queue(urls=urls)


def page_changed(page, moving=False, changed=None, linked=()):
    """Retire what shows ``page``: its purge list, or everything (``core.purge``)."""
    from .purge import EVERYTHING, urls_for_change

    urls = urls_for_change(page, moving=moving, changed=changed, linked=linked)
    if urls is EVERYTHING:
        content_changed()
    else:
        pages_changed(urls)


def data_changed():
    """Retire the data caches only: the page change that caused it purges its own URLs."""
    _replace_generation((GENERATION_KEY,))
    _queue()


def _queue(urls=(), everything=False):
    # Django drops the callbacks of a savepoint that rolls back (as each test
    # does), so the batch is looked up among the callbacks of the current level.
    connection = transaction.get_connection()
    level = set(connection.savepoint_ids)
    for sids, func, *_rest in connection.run_on_commit:
        if isinstance(func, _Batch) and sids == level and not func.done:
            func.urls.update(urls)
            func.everything = func.everything or everything
            return
    batch = _Batch(level)
    batch.urls.update(urls)
    batch.everything = everything
    # Outside a transaction this runs at once.
    transaction.on_commit(batch)


def _after_commit(urls, everything):
    from .purge import all_urls, cache_path

    if everything:
        _replace_generation()
    else:
        _replace_generation((GENERATION_KEY,))
        _replace_path_tokens({cache_path(url) for url in urls})
    if getattr(settings, "WAGTAILFRONTENDCACHE", None) and (urls or everything):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        purge_urls_from_cache(sorted(all_urls() if everything else urls))


def remember(name, parts, build, timeout=None, keep_none=True):
    """``build()``, kept under ``name`` + ``parts`` for the current generation.

    ``keep_none=False`` for lookups keyed on what a request says (a path): a
    path that leads nowhere is not kept, so stray requests cannot fill the cache.
    """
    current = generation()
    if current is None:
        return build()
    backend = cache()
    key = ":".join([name, current, *(str(part) for part in parts)])
    value = backend.get(key, _MISSING)
    if value is _MISSING:
        value = build()
        if value is not None or keep_none:
            backend.set(key, value, timeout if timeout is not None else data_timeout())
    return value


def data_timeout():
    return getattr(settings, "PAGE_CACHE_TIMEOUT", 3600)


# --- What counts as a content change --------------------------------------------


def content_models():
    """Models whose rows pages show: pages, snippets, images, sites, and their inline parts."""
    from modelcluster.fields import ParentalKey
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.snippets.models import get_snippet_models

    owners = {Site, Locale, PageViewRestriction, get_image_model(), *get_snippet_models()}
    owners.update(model for model in apps.get_models() if issubclass(model, Page))
    models = set(owners)
    for model in apps.get_models():
        # Inline parts (facts, stops, gallery, menu items): a ParentalKey to an owner.
        for field in model._meta.concrete_fields:
            remote = getattr(field.remote_field, "model", None)
            if isinstance(field, ParentalKey) and any(
                isinstance(remote, type) and issubclass(remote, owner) for owner in owners
            ):
                models.add(model)
                break
    return frozenset(models)


_content_models = None


def is_content_model(model):
    # Computed on first use: snippets are registered after the apps are ready.
    global _content_models
    if _content_models is None:
        _content_models = content_models()
    return model in _content_models


def _is_page(model):
    from wagtail.models import Page

    return issubclass(model, Page)


def _is_page_part(model):
    """An inline part of a page (facts, stops, gallery): saved with its page, never alone."""
    from modelcluster.fields import ParentalKey

    return any(
        isinstance(field, ParentalKey) and _is_page(field.remote_field.model)
        for field in model._meta.concrete_fields
    )


# Set by ``paused()`` for the thread doing a bulk build.
_muted = threading.local()


@contextlib.contextmanager
def paused():
    """No purge per save, move or delete inside the block; everything is retired once at its end.

    For bulk builds (``bench/scale.py`` copies thousands of pages): each saved
    page would otherwise compute its purge list and rewrite its path tokens,
    bookkeeping for a live site that costs more than the copy itself. The
    single ``content_changed()`` at the end retires every cached page and
    fragment, here and in the proxy, which covers whatever the block changed.
    """
    outermost = not getattr(_muted, "on", False)
    _muted.on = True
    try:
        yield
    finally:
        if outermost:
            _muted.on = False
            content_changed()


def is_paused():
    return getattr(_muted, "on", False)


def _on_save(sender, instance=None, created=False, update_fields=None, raw=False, **kwargs):
    if raw or is_paused() or not is_content_model(sender):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    if _is_page(sender):
        # Publishing, unpublishing, a move and a slug change all end in this
        # save, so Wagtail's page_published and page_unpublished signals would
        # only compute the same list again. A new draft is shown nowhere yet.
        if created and not instance.live:
            data_changed()
        else:
            from .purge import changed_elsewhere, linked_pages, shown_elsewhere

            before = SHOWN_BEFORE.pop(instance, None)
            after = shown_elsewhere(instance)
            page_changed(
                instance,
                changed=changed_elsewhere(before, after),
                linked=linked_pages(type(instance), before, after),
            )
    elif _is_page_part(sender):
        data_changed()
    else:
        content_changed()  # a snippet, image, site or locale: on every page


# What other pages showed of a page about to be saved (``core.purge.shown_elsewhere``).
SHOWN_BEFORE = weakref.WeakKeyDictionary()


def _on_pre_save(sender, instance=None, update_fields=None, raw=False, **kwargs):
    from .purge import shown_elsewhere_saved

    # A new page (no id yet) was shown nowhere: there is nothing to compare it with.
    # Not ``_state.adding``: a revision being published is a new instance of a saved page.
    if raw or is_paused() or instance.pk is None or not _is_page(sender):
        return
    if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return
    before = shown_elsewhere_saved(sender, instance.pk)
    if before is not None:
        SHOWN_BEFORE[instance] = before


def _on_pre_delete(sender, instance=None, **kwargs):
    if is_paused():
        return
    # Before the rows go, while the page's translations and parents can be read.
    # Django sends this for the page's base row and its specific row: one is enough.
    if _is_page(sender) and type(instance) is (instance.specific_class or type(instance)):
        page_changed(instance, moving=True)


def _on_delete(sender, **kwargs):
    if is_paused():
        return
    if not is_content_model(sender):
        return
    if _is_page(sender) or _is_page_part(sender):
        data_changed()  # the page's URLs were purged before the delete
    else:
        content_changed()


def _on_page_move(sender=None, instance=None, url_path_before=None, url_path_after=None, **kwargs):
    if is_paused():
        return
    # The old addresses; the save that ends the move purges the new ones.
    page_changed(instance, moving=url_path_before != url_path_after)


def _on_slug_change(sender=None, instance=None, instance_before=None, **kwargs):
    if is_paused():
        return
    # ``instance_before`` is the page as it was read before the save: its old address.
    page_changed(instance_before, moving=True)


def connect_signals():
    """Called from ``CoreConfig.ready``."""
    from django.test.signals import setting_changed
    from wagtail import signals as wagtail_signals

    setting_changed.connect(_on_setting_changed, dispatch_uid="core.cache.settings")
    pre_save.connect(_on_pre_save, dispatch_uid="core.cache.pre_save")
    post_save.connect(_on_save, dispatch_uid="core.cache.save")
    pre_delete.connect(_on_pre_delete, dispatch_uid="core.cache.pre_delete")
    post_delete.connect(_on_delete, dispatch_uid="core.cache.delete")
    # The old addresses, which the save at the end no longer knows.
    wagtail_signals.pre_page_move.connect(_on_page_move, dispatch_uid="core.cache.move")
    wagtail_signals.page_slug_changed.connect(_on_slug_change, dispatch_uid="core.cache.slug")


# --- Known hosts: which Host headers the page cache may key on -------------------


def known_host(request):
    """The host a request names, when it is one the site was set up for; else None.

    Known: a Wagtail Site's hostname or a literal ``ALLOWED_HOSTS`` entry,
    spelled as such (lower case, no trailing dot), with no port, the scheme's
    own, or the Site's. ``Host: localhost:1``, ``:2``… are each allowed by
    ``ALLOWED_HOSTS = ["localhost"]``; keying the cache on them would let
    anyone store a copy per port. The server's port is no proof: behind a
    proxy on a Unix socket, gunicorn takes ``SERVER_PORT`` from the Host header.
    """
    from wagtail.models import Site

    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    domain, port = split_domain_port(host)
    if not domain or host != (f"{domain}:{port}" if port else domain):
        return None
    literal = {
        name.lower() for name in settings.ALLOWED_HOSTS if name not in ("", "*") and name[:1] != "."
    }
    own_port = not port or port == ("443" if request.is_secure() else "80")
    if domain in literal and own_port:
        return host  # the usual case, decided without the Sites
    sites = remember("site-hosts", [], lambda: list(Site.objects.values_list("hostname", "port")))
    site_ports = {str(site_port) for name, site_port in sites if name.lower() == domain}
    if not (domain in literal or site_ports) or not (own_port or port in site_ports):
        return None
    return host


# --- The anonymous page cache ---------------------------------------------------


def page_cache_enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


class PageCacheMiddleware:
    """Whole Wagtail pages for anonymous visitors, per host, language and query string.

    Sits after ``DatabaseUnavailableMiddleware`` (a database outage still
    answers 503) and before the session middleware: a hit runs nothing else.
    Adds ``X-Cache: HIT`` or ``MISS`` to the pages it handles.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = self.key(request)
        if key is None:
            return self.get_response(request)
        backend = self.backend(request)
        # One round trip to the page's cache for the path's token and the page:
        # the page holds the token it was stored under, and a purge of the
        # path (a new token) retires it.
        token_key = _path_token_key(request.path)
        found = backend.get_many([token_key, key])
        token, stored = found.get(token_key), found.get(key)
        if stored is not None and token is not None and stored.get("token") == token:
            return self.rebuild(stored)
        response = self.get_response(request)
        if self.cacheable_response(request, response):
            # Only here may a shared cache keep it: the same rules decide both.
            # Cookie in Vary: a visitor with a session (an editor) sees another page.
            response["Cache-Control"] = SHARED_CACHE_CONTROL
            patch_vary_headers(response, ("Cookie",))
            response["X-Cache"] = "MISS"
            if token is None:
                # Made only for a page that is stored (a stray URL writes
                # nothing), and only by this request: a token that appeared
                # while the page rendered may be a purge's, newer than the page.
                token = uuid.uuid4().hex
                if not backend.add(token_key, token, timeout=None):
                    return response
            backend.set(key, self.freeze(response, token), data_timeout())
        return response

    @staticmethod
    def cacheable_request(request):
        # The cheapest tests first: this runs on every request, hit or miss.
        if request.method != "GET" or not page_cache_enabled():
            return False
        # Wagtail's previews run the middleware on a dummy request for the page's own URL.
        if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
            return False
        # Signed-in editors (and anyone with a session) always get fresh pages.
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "Authorization" in request.headers:
            return False
        # Only URLs that say their language ("/" and unprefixed paths negotiate
        # it), and the sitemaps, which read none.
        if get_language_from_path(request.path_info):
            return True
        # Resolving walks the whole URL table: only for the sitemaps' paths.
        if not request.path_info.startswith(UNPREFIXED_CACHED_PREFIX):
            return False
        try:
            return resolve(request.path_info).url_name in UNPREFIXED_CACHED_VIEWS
        except Resolver404:
            return False

    @staticmethod
    def backend(request):
        """Pages with a query string (filters, page numbers) cull among themselves.

        Their canonical combinations run to thousands: stored with the plain
        pages, a stream of them could evict every plain page.
        """
        return cache("variants") if request.META.get("QUERY_STRING") else cache()

    @staticmethod
    def key(request):
        """Per known host, path and query string; None when the page is not to be cached.

        With the page generation: a change that shows on every page retires
        them all. The path's token is checked inside the entry (``__call__``).
        """
        host = known_host(request)
        if host is None:
            return None
        current = generation(PAGES_KEY)
        if current is None:
            return None
        # The path as Django decoded it, the query as the page reads it: one
        # key for every percent-encoding of the same URL.
        query = normalised_query(request.META.get("QUERY_STRING", ""))
        location = f"{host}\n{escape_uri_path(request.path)}?{query}"
        return f"page:{current}:{hashlib.sha256(location.encode()).hexdigest()}"

    @staticmethod
    def cacheable_response(request, response):
        if response.status_code != 200 or response.streaming:
            return False
        match = getattr(request, "resolver_match", None)
        if match is None or match.url_name not in {"wagtail_serve", *UNPREFIXED_CACHED_VIEWS}:
            return False
        if getattr(request, "is_preview", False):
            return False
        # Only the one URL of each page and query: the page said so (core.query).
        if not is_canonical(request):
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        if response.cookies or response.has_header("Set-Cookie"):
            return False
        # The page put a CSRF token in a form: each visitor needs their own.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        # The page used the CSP nonce (django-csp creates it on first use):
        # a stored copy would replay it to every visitor.
        if isinstance(getattr(request, "_csp_nonce", None), str):
            return False
        cache_control = {
            part.split("=")[0].strip().lower()
            for part in cc_delim_re.split(response.get("Cache-Control", ""))
            if part.strip()
        }
        if cache_control & {"private", "no-store", "no-cache"}:
            return False
        vary = {part.strip().lower() for part in cc_delim_re.split(response.get("Vary", ""))}
        # Cookie: signed-in visitors are never served from here; anything else
        # (Accept-Language on a negotiated page) would need its own key.
        return vary <= {"", "cookie", "accept-encoding"}

    @staticmethod
    def freeze(response, token):
        headers = {name: response[name] for name in STORED_HEADERS if response.has_header(name)}
        return {
            "status": response.status_code,
            "headers": headers,
            "content": response.content,
            "token": token,
        }

    @staticmethod
    def rebuild(stored):
        response = HttpResponse(stored["content"], status=stored["status"])
        for name, value in stored["headers"].items():
            response[name] = value
        response["X-Cache"] = "HIT"
        return response
