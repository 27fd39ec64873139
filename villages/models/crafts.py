from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import i18n
from core.cache import remember
from core.frozen import freeze, thaw


class Craft(TranslatableMixin, models.Model):
    """A craft in the taxonomy (ceramics, silk weaving…), translated per language."""

    name = models.CharField(_("name"), max_length=80, help_text=_("E.g. “Ceramics”."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Short identifier used in filter links, the same in every language."),
    )
    description = models.TextField(
        _("description"), blank=True, help_text=_("One sentence about the craft.")
    )

    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        TranslatableField("description"),
    ]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("craft")
        verbose_name_plural = _("crafts")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_craft_slug")]

    def __str__(self):
        return self.name

    @classmethod
    def by_translation_key(cls, locale=None):
        """All crafts in ``locale`` (else the default language), keyed by translation key.

        Villages point at the source-language craft; templates show the craft in
        the reader's language through this one query instead of one per card.
        """
        locale = locale or i18n.active_locale()
        default = i18n.default_locale()

        def build():
            crafts = {}
            for craft in cls.objects.filter(locale_id__in={locale.pk, default.pk}):
                if craft.locale_id == locale.pk or craft.translation_key not in crafts:
                    crafts[craft.translation_key] = freeze(craft)
            return crafts

        # Crafts change rarely and every village card shows them: kept in the
        # cache per language until content changes (core/cache.py), as plain rows.
        rows = remember("crafts", [locale.pk, default.pk], build)
        return {key: thaw(cls, row) for key, row in rows.items()}
