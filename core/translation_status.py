"""Where each page's translations stand, for the translation dashboard and the editor.

One decision, in one home: a translation of a source page (Vietnamese) into a
language is in exactly one state (``State``). The dashboard, the badge on the
edit screen and the explorer's "needs sync" all read it from here.

Everything is computed for a whole list of source pages with a fixed number of
queries (``statuses``), never one per cell. What wagtail-localize 1.14.5 records
and what each state reads:

- missing: no page in that locale, or only an alias (wagtail-localize makes
  aliases for untranslated ancestors; they serve the source's content);
- in review: the translation is in a moderation workflow (an active
  ``WorkflowState``);
- machine-translated, not reviewed: some of its strings are still of
  ``StringTranslation.translation_type`` "machine" and the page has not been
  published since the newest of them was written (a human edit turns a string
  "manual"; publishing it is the reviewer's approval);
- stale: the source was published after its ``TranslationSource`` was last
  extracted (``last_updated_at``, which "Sync translated pages" refreshes).
  ``Translation.destination_last_updated_at`` would be the natural field, but
  1.14.5 declares it and never writes it;
- draft: exists, not live;
- live.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Exists, F, Max, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringTranslation, TranslationSource

from .i18n import default_locale


class State:
    MISSING = "missing"
    IN_REVIEW = "in_review"
    MACHINE = "machine"
    STALE = "stale"
    DRAFT = "draft"
    LIVE = "live"

    # In the order they are shown (and counted).
    ALL = (MISSING, DRAFT, IN_REVIEW, MACHINE, STALE, LIVE)
    LABELS = {
        MISSING: _("Missing"),
        DRAFT: _("Draft"),
        IN_REVIEW: _("In review"),
        MACHINE: _("Machine-translated, not reviewed"),
        STALE: _("Needs sync"),
        LIVE: _("Live"),
    }


def dashboard_models():
    """The page types the dashboard lists (products join once the app exists)."""
    from events.models import EventPage
    from routes.models import RoutePage
    from stories.models import StoryPage
    from villages.models import VillagePage

    return [VillagePage, StoryPage, RoutePage, EventPage]


@dataclass
class Cell:
    """One translation of one source page: its state and the links to act on it."""

    state: str
    page_id: int | None = None
    source_id: int | None = None  # the TranslationSource, when there is one
    source_page_id: int | None = None

    @property
    def label(self):
        return State.LABELS[self.state]

    @property
    def create_url(self):
        if self.state != State.MISSING or self.source_page_id is None:
            return None
        return reverse("wagtail_localize:submit_page_translation", args=[self.source_page_id])

    @property
    def sync_url(self):
        if self.source_id is None or self.state == State.MISSING:
            return None
        return reverse("wagtail_localize:update_translations", args=[self.source_id])

    @property
    def edit_url(self):
        if self.page_id is None:
            return None
        return reverse("wagtailadmin_pages:edit", args=[self.page_id])


@dataclass
class Row:
    page: Page  # the source page (not specific)
    cells: dict = field(default_factory=dict)  # language code → Cell

    @property
    def type_label(self):
        model = self.page.content_type.model_class()
        return model._meta.verbose_name if model else ""


def source_pages(models=None, locale=None):
    """The source pages of ``models`` (all dashboard types) in the default locale."""
    models = models or dashboard_models()
    locale = locale or default_locale()
    return (
        Page.objects.type(*models)
        .filter(locale=locale, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("content_type_id", "title", "pk")
    )


def target_locales():
    """Every locale but the default one, in a stable order."""
    return list(Locale.objects.exclude(pk=default_locale().pk).order_by("language_code"))


def cell_state(*, live, in_review, machine_since, last_published_at, stale):
    """The one state of an existing (non-alias) translation; see the module docstring."""
    if in_review:
        return State.IN_REVIEW
    if machine_since is not None and (
        last_published_at is None or last_published_at < machine_since
    ):
        return State.MACHINE
    if stale:
        return State.STALE
    return State.LIVE if live else State.DRAFT


def statuses(pages, locales=None):
    """A ``Row`` per source page, with a ``Cell`` per locale, in five queries.

    ``pages`` are source pages (a list or queryset, evaluated once).
    """
    pages = list(pages)
    locales = target_locales() if locales is None else locales
    keys = {page.translation_key for page in pages}
    locale_ids = [locale.pk for locale in locales]

    translations = {
        (row["translation_key"], row["locale_id"]): row
        for row in Page.objects.filter(translation_key__in=keys, locale_id__in=locale_ids).values(
            "pk", "translation_key", "locale_id", "live", "alias_of_id", "last_published_at"
        )
    }

    # wagtail-localize keys its TranslatableObject by the page's translation key.
    sources = {}
    for source in TranslationSource.objects.filter(
        object_id__in=keys, locale__in={page.locale_id for page in pages}
    ).values("pk", "object_id", "last_updated_at"):
        sources[source["object_id"]] = source

    page_ids = [row["pk"] for row in translations.values() if row["alias_of_id"] is None]
    in_review = set(
        WorkflowState.objects.active()
        .filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(pk) for pk in page_ids],
        )
        .values_list("object_id", flat=True)
    )

    machine = {
        (row["context__object_id"], row["locale_id"]): row["latest"]
        for row in StringTranslation.objects.filter(
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            context__object_id__in=keys,
            locale_id__in=locale_ids,
        )
        .values("context__object_id", "locale_id")
        .annotate(latest=Max("updated_at"))
        .order_by()
    }

    rows = []
    for page in pages:
        source = sources.get(page.translation_key)
        published = page.last_published_at
        stale = bool(source and published and published > source["last_updated_at"])
        row = Row(page=page)
        for locale in locales:
            target = translations.get((page.translation_key, locale.pk))
            if target is None or target["alias_of_id"] is not None:
                cell = Cell(State.MISSING, source_page_id=page.pk)
            else:
                state = cell_state(
                    live=target["live"],
                    in_review=str(target["pk"]) in in_review,
                    machine_since=machine.get((page.translation_key, locale.pk)),
                    last_published_at=target["last_published_at"],
                    stale=stale,
                )
                cell = Cell(state, page_id=target["pk"], source_page_id=page.pk)
            cell.source_id = source["pk"] if source else None
            row.cells[locale.language_code] = cell
        rows.append(row)
    return rows


def counts(rows, locales):
    """``{language code: {state: count}}`` over ``rows``."""
    result = {locale.language_code: dict.fromkeys(State.ALL, 0) for locale in locales}
    for row in rows:
        for code, cell in row.cells.items():
            result[code][cell.state] += 1
    return result


def page_status(page):
    """The state of ``page`` (any locale) as a translation: a Cell, or None for a source page.

    For the edit screen and the explorer: a translation's own state, looked up
    through its source page in the default locale.
    """
    locale = default_locale()
    if page.locale_id == locale.pk or page.alias_of_id is not None:
        return None
    source = Page.objects.filter(translation_key=page.translation_key, locale=locale).first()
    if source is None:
        return None
    target_locale = Locale.objects.get(pk=page.locale_id)
    (row,) = statuses([source], [target_locale])
    return row.cells[target_locale.language_code]


def with_needs_sync(pages):
    """``pages`` annotated with ``needs_sync``, in the same query (for the explorer).

    True for a source page published after its translations were last synced,
    and for each enabled translation of it: the "stale" state above, said in SQL.
    """
    source_published = Page.objects.filter(
        translation_key=OuterRef("object_id"), locale_id=OuterRef("locale_id")
    ).values("last_published_at")[:1]
    stale_sources = (
        TranslationSource.objects.annotate(source_published=Subquery(source_published))
        .filter(
            object_id=OuterRef("translation_key"),
            source_published__gt=F("last_updated_at"),
            translations__enabled=True,
        )
        .filter(
            Q(locale_id=OuterRef("locale_id"))
            | Q(translations__target_locale_id=OuterRef("locale_id"))
        )
    )
    return pages.annotate(needs_sync=Exists(stale_sources))
