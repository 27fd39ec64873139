"""File storages that give uploads names nobody can guess.

Wagtail names an uploaded document ``documents/<upload name>`` and an original
image ``original_images/<upload name>``. Anyone who knows or guesses the upload
name ("guest-list.pdf") could fetch the file past the collection's privacy
rules wherever the storage is reachable directly (a proxy serving ``/media/``,
object storage). These storages put a random folder in between:
``documents/<token>/guest-list.pdf``. The file's own name stays readable, so
Wagtail's download URL (``/documents/<id>/guest-list.pdf``) and its
``Content-Disposition`` file name stay as they were.

Django's ``Storage.generate_filename`` is the hook: every ``FileField`` passes
new uploads through it (admin forms, factories, the API), files saved
directly with ``storage.save()`` and files stored before keep their names.
"""

import posixpath
import secrets

from django.core.files import storage

# Wagtail's folders for documents and original images. Renditions
# ("images/") are derived, public files and keep their names.
TOKEN_FOLDERS = frozenset({"documents", "original_images"})
# 16 random bytes: 128 bits, 22 URL-safe characters.
TOKEN_BYTES = 16


class UnguessableNamesMixin:
    def generate_filename(self, filename):
        filename = super().generate_filename(filename)
        folder, name = posixpath.split(filename)
        if folder in TOKEN_FOLDERS:
            # A name too long for the field is shortened by get_available_name,
            # keeping the token and the extension.
            return posixpath.join(folder, secrets.token_urlsafe(TOKEN_BYTES), name)
        return filename


class FileSystemStorage(UnguessableNamesMixin, storage.FileSystemStorage):
    pass


class InMemoryStorage(UnguessableNamesMixin, storage.InMemoryStorage):
    """For tests: the same names as on disk."""
