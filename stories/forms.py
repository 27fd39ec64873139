"""The story editor's form: a product or producer the story is about comes with its village.

A story linked to a Bát Tràng producer but not to Bát Tràng would be missing
from the village's "Stories from this village", where readers look for it;
the editor is told which village to add, next to the product or producer.
"""

from django.utils.translation import gettext as _

from core.alt_text import AltTextPageForm

LINKS = (("story_producers", "producer"), ("story_products", "product"))


def chosen(formset, field):
    """``[(form, page)]`` of a formset's rows that are kept and have a page chosen."""
    if formset is None or not formset.is_valid():
        return []
    return [
        (form, form.cleaned_data[field])
        for form in formset.forms
        if form.cleaned_data.get(field) and not form.cleaned_data.get("DELETE")
    ]


def village_of(page):
    """The village a producer or product page sits under (its ancestor of that type)."""
    from villages.models import VillagePage

    return VillagePage.objects.ancestor_of(page).first()


class StoryPageForm(AltTextPageForm):
    def clean(self):
        cleaned_data = super().clean()
        if self.is_deferred_validation:  # a draft may be finished later
            return cleaned_data
        linked = {
            page.translation_key
            for _form, page in chosen(self.formsets.get("story_villages"), "village")
        }
        for relation, field in LINKS:
            for form, page in chosen(self.formsets.get(relation), field):
                village = village_of(page)
                if village is not None and village.translation_key not in linked:
                    form.add_error(
                        field,
                        _(
                            "“%(title)s” is in %(village)s: add %(village)s to the villages "
                            "this story is about, so that the story shows on its page too."
                        )
                        % {"title": page.title, "village": village.title},
                    )
        return cleaned_data
