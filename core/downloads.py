"""Document downloads: Wagtail's serve view with the site's upload headers.

Wagtail's view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``) applies the
collection's view restrictions and sets ``Content-Disposition`` (attachment,
inline for ``WAGTAILDOCS_INLINE_CONTENT_TYPES``) and ``nosniff``. This wrapper
adds what the site sends for every upload (docs/security.md):

- the sandboxing policy of ``core.security.UPLOAD_CSP``, so a hostile file
  never runs script on the site's origin; inline PDFs get it without
  ``sandbox``, because Chromium refuses to start its PDF viewer in a sandboxed
  document (browsers run PDF script, if any, in the viewer's own process);
- ``Cache-Control: private, no-store`` for documents of a restricted
  collection, so no shared cache hands them to the next visitor.
"""

from django.utils.cache import patch_cache_control
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve

from core.security import UPLOAD_CSP

INLINE_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'"


def serve_document(request, document_id, document_filename):
    response = serve(request, document_id, document_filename)
    disposition = response.get("Content-Disposition")
    if disposition is None:
        # The password form, a sign-in redirect, a 304 or a 404: no file.
        return response
    if disposition.startswith("inline") and response["Content-Type"] == "application/pdf":
        response["Content-Security-Policy"] = INLINE_DOCUMENT_CSP
    else:
        response["Content-Security-Policy"] = UPLOAD_CSP
    response["X-Content-Type-Options"] = "nosniff"
    document = get_document_model().objects.select_related("collection").get(pk=document_id)
    if document.collection.get_view_restrictions().exists():
        patch_cache_control(response, private=True, no_store=True)
    return response
