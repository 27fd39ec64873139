"""wagtail-localize's editor actions that put content live, kept to those who may publish.

wagtail-localize 1.14 asks only for edit rights (or the "submit translation"
permission) before two actions that change what the public reads:

- "Sync translated pages" with "Publish immediately" publishes every
  translation of the source at once, untranslated segments included;
- "Convert to alias page" replaces a translation with the source page's live
  content and deletes the translation.

Both are hidden from, and refused to, users who may not publish the page.
The views are wagtail-localize's own; the URLs are registered before its own
(core is listed first in INSTALLED_APPS), so the same URL names lead here.
docs/editors.md has the whole picture.
"""

import json

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.shortcuts import get_object_or_404
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.views import convert, update_translations


def may_publish(user, instance):
    """May ``user`` publish ``instance`` (a page or a snippet)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return True  # a snippet without drafts is live as soon as it is saved


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages", offering "Publish immediately" only to who may publish all."""

    def may_publish_translations(self):
        for translation in self.object.translations.filter(enabled=True):
            try:
                target = translation.get_target_instance()
            except ObjectDoesNotExist:
                continue  # not created yet: syncing creates it as a draft
            if not may_publish(self.request.user, target):
                return False
        return True

    def get_form(self):
        form = super().get_form()
        if not self.may_publish_translations():
            # Not shown, and a value posted anyway is ignored (form_valid).
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for users who may publish the page."""
    page = get_object_or_404(Page, id=page_id)
    if not may_publish(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def translation_editor_props(props, page_perms):
    """The translation editor's props, less "Convert to alias page" for who may not publish."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)
