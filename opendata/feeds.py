"""RSS 2.0 and Atom feeds of stories and events, one pair per language (Django's syndication).

The feed classes only lay out what ``opendata.services.feed_data`` built (plain
data, cached until content changes): which pages appear, in which language,
is decided there, with the rest of the site's rules.
"""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from .services import feed_data


class OpenDataFeed(Feed):
    """Both kinds in one class (``get_object`` reads the kind from the URL).

    Django gives the feed the active language (the URL's prefix, which is also
    the language of every item) as RSS's ``<language>`` and Atom's ``xml:lang``.
    """

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Content-Language"] = translation.get_language()
        return response

    def get_object(self, request, kind):
        data = feed_data(kind, translation.get_language())
        if data is None:
            raise Http404(_("There is no feed here."))
        return data

    def title(self, data):
        return data["title"]

    def link(self, data):
        return data["link"]

    def description(self, data):
        return data["description"]

    def subtitle(self, data):
        return data["description"]

    def feed_copyright(self, data):
        return _("Text and data: CC BY 4.0, Hanoi Craft Villages")

    def items(self, data):
        return data["items"]

    def item_title(self, item):
        return item["title"]

    def item_link(self, item):
        return item["link"]

    def item_description(self, item):
        return item["description"]

    def item_pubdate(self, item):
        return item["pubdate"]

    def item_updateddate(self, item):
        return item["updateddate"]

    def item_guid(self, item):
        return item["unique_id"]

    item_guid_is_permalink = False

    def item_categories(self, item):
        return item["categories"]


class RssFeed(OpenDataFeed):
    feed_type = Rss201rev2Feed


class AtomFeed(OpenDataFeed):
    feed_type = Atom1Feed
