"""Sample content: pages made up for the demonstration (sample events, sample producers).

One rule for every app: a sample is marked on its page, never in the sitemap,
and not served at all on a site that does not show samples
(``settings.SHOW_SAMPLE_CONTENT``: off in production unless the deployment
asks; on in development, tests and the demo).
"""

from django.conf import settings
from django.http import Http404


def samples_shown():
    """Whether sample pages are shown at all: settings.SHOW_SAMPLE_CONTENT."""
    return getattr(settings, "SHOW_SAMPLE_CONTENT", False)


class SampleContentMixin:
    """For a page model with a boolean ``sample_field`` (events call theirs ``is_demo``)."""

    sample_field = "is_sample"

    @property
    def is_sample_content(self):
        return getattr(self, self.sample_field)

    @property
    def sample_hidden(self):
        """A sample on a site that does not show samples."""
        return self.is_sample_content and not samples_shown()

    def serve(self, request, *args, **kwargs):
        if self.sample_hidden:
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_sitemap_urls(self, request=None):
        return [] if self.is_sample_content else super().get_sitemap_urls(request)
