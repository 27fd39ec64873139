"""wagtail-localize's editor actions that put content live, kept to those who may publish.

wagtail-localize 1.14 asks only for edit rights (or the "submit translation"
permission) before two actions that change what the public reads:

- "Sync translated pages" with "Publish immediately" publishes every
  translation of the source at once, untranslated segments included;
- "Convert to alias page" replaces a translation with the source page's live
  content and deletes the translation.

Both are hidden from, and refused to, users who may not publish the page.

It also asks only for the global "submit translation" permission before
"Translate this page" and "Sync translated pages", whatever the page. Both
write draft pages into other language trees, so they are refused to users
who may not edit the source page: a village's editors translate their own
village, not the others (docs/roles.md).
The views are wagtail-localize's own; the URLs are registered before its own
(core is listed first in INSTALLED_APPS), so the same URL names lead here.
docs/editors.md has the whole picture.
"""

import json

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import DraftStateMixin, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import convert, submit_translations, update_translations

from .alt_text import page_missing_alt

SUBMIT_TRANSLATION = "wagtail_localize.submit_translation"


def may_publish(user, instance):
    """May ``user`` publish ``instance`` (a page or a snippet)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_publish()
    if isinstance(instance, DraftStateMixin):
        return user.has_perm(get_permission_name("publish", type(instance)))
    return True  # a snippet without drafts is live as soon as it is saved


def may_edit(user, instance):
    """May ``user`` edit ``instance`` (a page or a snippet)?"""
    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    return user.has_perm(get_permission_name("change", type(instance)))


def may_translate(user, instance):
    """May ``user`` submit ``instance`` for translation, or sync its translations?"""
    return user.has_perm(SUBMIT_TRANSLATION) and may_edit(user, instance)


def translation_missing_alt(source):
    """The pictures of ``source`` (a TranslationSource) that have no description.

    A translation's alt texts are translations of its source's: where the
    Vietnamese page has none, the translated page has none either, whatever the
    translator does. wagtail-localize would publish it so; these publish routes
    refuse it first (docs/quality-checks.md).
    """
    try:
        return instance_missing_alt(source.as_instance())
    except ObjectDoesNotExist:
        return []


def instance_missing_alt(instance):
    """What a page instance (from the database or a source's snapshot) lacks in alt text."""
    if not isinstance(instance, Page):
        return []
    gallery = instance.gallery.all() if hasattr(instance, "gallery") else ()
    return page_missing_alt(instance, gallery=gallery)


def missing_alt_message(missing):
    places = ", ".join(sorted({str(item.place_label) for item in missing}))
    return ngettext(
        "Not published: %(count)s picture of the Vietnamese page has no description "
        "(%(places)s). Its editor adds it; then sync this translation and publish.",
        "Not published: %(count)s pictures of the Vietnamese page have no description "
        "(%(places)s). Its editor adds them; then sync this translation and publish.",
        len(missing),
    ) % {"count": len(missing), "places": places}


def refuse_publish_without_alt(request, page):
    """``before_edit_page``: the translation editor's "Publish" of a page whose source lacks alt."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None:
        return None
    missing = translation_missing_alt(translation.source)
    if not missing:
        return None
    messages.error(request, missing_alt_message(missing))
    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def may_convert_to_alias(user, page):
    """May ``user`` use "Convert to alias page" on ``page`` (a translation)?"""
    return may_edit(user, page) and may_publish(user, page)


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    """ "Translate this page", for users who may edit the page."""

    def dispatch(self, request, *args, **kwargs):
        page = get_object_or_404(Page, id=kwargs["page_id"])
        if not may_translate(request.user, page):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """ "Sync translated pages", for users who may edit the source, offering "Publish
    immediately" only to who may publish all."""

    def dispatch(self, request, *args, **kwargs):
        source = get_object_or_404(TranslationSource, id=kwargs["translation_source_id"])
        try:
            instance = source.get_source_instance()
        except ObjectDoesNotExist:
            raise Http404 from None
        if not may_translate(request.user, instance):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

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
        if form.cleaned_data["publish_translations"]:
            # The content this sync is about to copy (TranslationSource.update_from_db).
            missing = instance_missing_alt(self.object.get_source_instance())
            if missing:
                # wagtail-localize's view re-renders with a fresh form: the reason goes in a
                # message, and the page comes back with nothing synced.
                messages.error(self.request, missing_alt_message(missing))
                return self.render_to_response(self.get_context_data())
        return super().form_valid(form)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias page", for users who may publish the page."""
    page = get_object_or_404(Page, id=page_id)
    if not may_convert_to_alias(request.user, page):
        raise PermissionDenied
    return convert.convert_to_alias(request, page_id)


def translation_editor_props(props, page_perms):
    """The translation editor's props, less "Convert to alias page" for who may not publish."""
    if page_perms is None or page_perms.can_publish():
        return props
    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data)


def may_submit_translation_for_review(user, page, page_perms=None):
    """Should the translation editor offer ``user`` "Submit translation for review"?

    wagtail-localize's editor offers only "Publish": who may edit a
    translation but not publish it (a translator, a village editor) would
    otherwise have no way to hand their work over. Publishers publish.
    """
    page_perms = page_perms or page.permissions_for_user(user)
    return page_perms.can_edit() and not page_perms.can_publish() and page.has_workflow


def save_translation_draft(translation, page, user):
    """wagtail-localize's ``save_target(publish=False)``, keeping the live page live as it was.

    wagtail-localize 1.14 saves the translated content on the page's own row
    before it makes the draft revision, and the public site reads that row: the
    unreviewed text would be live at once. The live revision's content goes
    back on the row; the new draft stays the latest revision.
    """
    live_revision = page.live_revision if page.live else None
    translation.save_target(user=user, publish=False)
    if live_revision is not None:
        # as_object() keeps the row's draft state (latest revision, draft title).
        live_revision.as_object().save(clean=False)


def submit_translation_for_review(request, translation_id):
    """Save the translation as a draft of its page and start (or restart) the page's workflow."""
    translation = get_object_or_404(Translation, id=translation_id, enabled=True)
    try:
        page = translation.get_target_instance()
    except ObjectDoesNotExist:
        raise Http404 from None
    if not isinstance(page, Page) or not may_edit(request.user, page):
        raise PermissionDenied
    page = page.specific
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method != "POST":
        return redirect(edit_url)
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no review workflow: ask the promotion office."))
        return redirect(edit_url)
    missing = translation_missing_alt(translation.source)
    if missing:
        messages.error(request, missing_alt_message(missing))
        return redirect(edit_url)
    with transaction.atomic():
        save_translation_draft(translation, page, request.user)
        page.refresh_from_db()
        state = page.current_workflow_state
        if state is not None:
            # As Wagtail's own "Restart workflow": the reviewers see the latest draft.
            state.cancel(user=request.user)
        workflow.start(page, request.user)
    messages.success(
        request,
        _("“%(title)s” was sent to the promotion office for review.") % {"title": page.title},
    )
    return redirect(edit_url)
