"""Security headers and helpers that Django, Wagtail and django-csp leave to us.

- ``SecurityHeadersMiddleware``: Permissions-Policy and
  Cross-Origin-Resource-Policy, which Django does not send.
- ``ContentSecurityPolicyMiddleware``: django-csp with one policy per area (a
  strict public one, a strict one for the anonymous admin pages and the looser
  one the Wagtail editor and its preview frame need).
- ``serve_upload``: serves uploaded images and renditions itself, so that
  hostile uploads get a sandboxing policy and never run script on the site's
  origin, and nothing else (documents go through Wagtail's privacy checks).
- ``SafeImageForm``: the admin's image form, refusing decompression bombs
  with a message instead of a crash.
- ``client_ip_address`` and ``lockout_response``: django-axes' view of the
  client behind trusted proxies, and its translated lockout page.

Both middlewares sit before WhiteNoise in ``MIDDLEWARE``: WhiteNoise answers
static files without calling the rest of the stack, so middleware placed
after it never sees those responses. docs/security.md has the whole picture.
"""

import ipaddress
from pathlib import PurePosixPath

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation, ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

# What /media/ serves: Wagtail's original images and renditions, in the
# image types the site accepts (WAGTAILIMAGES_EXTENSIONS). A table of our own:
# the mimetypes module depends on the host's /etc/mime.types (no WebP without it).
PUBLIC_UPLOAD_FOLDERS = frozenset({"original_images", "images"})
PUBLIC_UPLOAD_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
# Uploads are data, never documents that run: no script, no plugins, no
# framing, and a unique origin if a browser renders one anyway.
UPLOAD_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox"
# What Pillow raises for truncated or corrupt image data.
DAMAGED_IMAGE_ERRORS = (OSError, SyntaxError, ValueError, EOFError)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY:
            response.headers.setdefault(
                "Cross-Origin-Resource-Policy", settings.SECURE_CROSS_ORIGIN_RESOURCE_POLICY
            )
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the admin's own policies chosen by path.

    A view or decorator that sets a policy of its own (``@csp_override``)
    still wins, as in plain django-csp.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        path = request.path_info
        # A preview runs the page's own URL through the whole stack
        # (Wagtail's make_preview_request) and is shown in the editor's
        # preview frame: it gets the editor's policy, which allows
        # same-origin framing, not the public one (frame-ancestors 'none').
        if getattr(request, "is_preview", False):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            parts.nonce = None
        elif path.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_LOGIN_PATHS):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN_LOGIN["DIRECTIVES"]
        elif path.startswith(settings.CONTENT_SECURITY_POLICY_ADMIN_PATH):
            parts.config = settings.CONTENT_SECURITY_POLICY_ADMIN["DIRECTIVES"]
            # The admin policy relies on 'unsafe-inline', which a nonce would cancel.
            parts.nonce = None
        return parts


def serve_upload(request, path):
    """An image or rendition from the default storage; anything else is a 404.

    Documents never come from here: Wagtail's serve view applies their
    collection's privacy rules (core/downloads.py). Any storage works (files on
    disk, in memory for tests, object storage); a front proxy may serve
    ``MEDIA_URL`` itself in a bigger deployment, with the same rules.
    """
    content_type = public_upload_type(path)
    if content_type is None:
        raise Http404
    try:
        upload = default_storage.open(path)
    except (OSError, ValueError, SuspiciousFileOperation) as error:
        # Missing, a folder, a name too long for the file system, a NUL byte.
        raise Http404 from error
    response = FileResponse(upload, content_type=content_type)
    # Images show inline and need no file name (FileResponse adds one).
    del response["Content-Disposition"]
    response["Content-Security-Policy"] = UPLOAD_CSP
    response["Cache-Control"] = "public, max-age=86400"
    return response


def public_upload_type(path):
    """The content type of an image ``/media/`` may serve at ``path``, else None.

    Only Wagtail's image folders, image types and plain path parts: no empty,
    ``.`` or ``..`` part, no control character (NUL).
    """
    parts = path.split("/")
    if len(parts) < 2 or parts[0] not in PUBLIC_UPLOAD_FOLDERS:
        return None
    if any(part in ("", ".", "..") or not part.isprintable() for part in parts):
        return None
    return PUBLIC_UPLOAD_TYPES.get(PurePosixPath(parts[-1]).suffix.lower())


def client_ip_address(request):
    """The client's address, counting ``TRUSTED_PROXY_COUNT`` proxies in front.

    Each trusted proxy appends the address it saw to X-Forwarded-For, so the
    client is the entry that many places from the right; anything further
    left was written by the client and can be forged. With no proxy (the
    default) X-Forwarded-For is ignored entirely; so is an entry that is not
    an IP address.
    """
    count = settings.TRUSTED_PROXY_COUNT
    if count > 0:
        forwarded = [
            address.strip()
            for address in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if address.strip()
        ]
        if len(forwarded) >= count:
            address = valid_ip_address(forwarded[-count])
            if address is not None:
                return address
    # A missing or malformed entry ("unknown", a host name, junk) is not an
    # address: it must not reach django-axes' inet column (a 500 on PostgreSQL).
    return request.META.get("REMOTE_ADDR")


def valid_ip_address(text):
    """``text`` as a normalised IPv4 or IPv6 address, or None if it is not exactly one."""
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    if getattr(address, "scope_id", None):
        return None  # fe80::1%eth0: no database stores a zone
    return str(address)


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in: a translated page, status 429.

    The same for every username, existing or not, so a lockout tells an
    attacker nothing about which accounts exist.
    """
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "security/lockout.html", {"minutes": minutes}, status=429)


class BombSafeImageField(WagtailImageField):
    """Wagtail's image field, refusing hostile images with a message instead of a 500.

    Two holes in Wagtail 7.4 with Pillow 13, both a 500 in the admin:
    - decompression bombs: Wagtail compares the pixel count with
      ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``, but reads it through Pillow, which
      raises ``DecompressionBombError`` for images over twice its own limit
      (about 179 megapixels) before Wagtail can say no (a 100-byte PNG
      declaring 20000×20000 pixels);
    - images whose header is fine but whose data is broken: Wagtail only reads
      the header, and saving the image then fails.
    """

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None:
            self.check_image_decodes(upload)
        return upload

    def check_image_decodes(self, upload):
        # Only after the size and pixel checks: decoding is then bounded.
        upload.seek(0)
        try:
            with PILImage.open(upload) as image:
                image.load()
        except PILImage.UnidentifiedImageError:
            pass  # a format only Willow's other backends read; Wagtail checked it
        except DAMAGED_IMAGE_ERRORS as error:
            raise self.damaged_image_error() from error
        finally:
            upload.seek(0)

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except PILImage.DecompressionBombError as error:
            raise ValidationError(
                _("This image has too many pixels. Maximum pixels: %(max_pixels_count)s.")
                % {"max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from error
        except DAMAGED_IMAGE_ERRORS as error:
            # Willow decodes some formats to count their frames.
            raise self.damaged_image_error() from error

    def damaged_image_error(self):
        return ValidationError(
            _("This image file is damaged and cannot be read."), code="invalid_image"
        )


class SafeImageForm(BaseImageForm):
    """The admin's image form (``WAGTAILIMAGES_IMAGE_FORM_BASE``) with ``BombSafeImageField``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is not None and not isinstance(field, BombSafeImageField):
            self.fields["file"] = BombSafeImageField(
                label=field.label, required=field.required, widget=field.widget
            )
