"""Media in S3-compatible object storage, shared by every app server (docs/deployment.md).

django-storages' S3 backend with this site's rules:

- uploads keep their unguessable names (core/uploads.py);
- the bucket stays private and its URLs are never handed out: a file's URL
  is ``MEDIA_URL`` + its name, as on disk, so images go through
  ``core.security.serve_upload`` (its type and folder checks, its sandboxing
  headers, a cache lifetime the proxy keeps) and documents through Wagtail's
  serve view and its privacy rules; no signed URL expires inside a cached page;
- a name already taken gets a new one, as on disk, never an overwrite:
  two servers saving the same rendition at once cannot clobber an original.

Wagtail stores renditions in the default storage, so they come here too.
"""

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage as BaseS3Storage

from .uploads import UnguessableNamesMixin


class S3Storage(UnguessableNamesMixin, BaseS3Storage):
    def get_default_settings(self):
        defaults = super().get_default_settings()
        defaults.update(default_acl="private", file_overwrite=False, querystring_auth=False)
        return defaults

    def url(self, name, parameters=None, expire=None, http_method=None):
        return settings.MEDIA_URL + filepath_to_uri(name).lstrip("/")
