"""The language tree most tests share, built through wagtail-localize.

Vietnamese is the source. What exists in each language, and why:

- vi: home, the three index pages, Bát Tràng and Vạn Phúc (villages), one
  story, one route with a named-place stop and a village stop; header menu.
- en: every vi page but Vạn Phúc, translated (a page missing in English).
- fr: home, village index and Bát Tràng, translated (no story or route index).
- ja, ko: the home page only, translated.
- it: Bát Tràng translated but *not published*: wagtail-localize makes the it
  home and it village index live alias pages, so Italian exists only as
  aliases plus a draft.
"""

from dataclasses import dataclass

from wagtail.models import Page

from core.factories import MenuItemFactory, NavigationMenuFactory
from core.models import NavigationMenu
from routes.factories import RouteIndexPageFactory, RoutePageFactory, RouteStopFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from villages.factories import CraftFactory, VillageIndexPageFactory, VillagePageFactory

from .utils import create_vi_home, translate_page

ENGLISH = {
    "Làng nghề Hà Nội": "Hanoi Craft Villages",
    "Làng nghề": "Craft villages",
    "Bát Tràng": "Bat Trang",
    "Câu chuyện": "Stories",
    "Gốm Bát Tràng": "Bat Trang ceramics",
    "Hành trình": "Routes",
    "Sáng Hồ Tây": "West Lake morning",
    "Gốm": "Ceramics",
}


@dataclass
class LanguageTree:
    home: Page
    villages: Page
    bat_trang: Page
    van_phuc: Page
    stories: Page
    story: Page
    routes: Page
    route: Page
    en: dict
    fr: dict
    it: dict

    def vi_pages(self):
        """Every page type once, in Vietnamese (name → page)."""
        return {
            "home": self.home,
            "village_index": self.villages,
            "village": self.bat_trang,
            "story_index": self.stories,
            "story": self.story,
            "route_index": self.routes,
            "route": self.route,
        }


def build_language_tree():
    home = create_vi_home(title="Làng nghề Hà Nội")
    craft = CraftFactory(name="Gốm", slug="ceramics")
    villages = VillageIndexPageFactory(parent=home)
    bat_trang = VillagePageFactory(
        parent=villages,
        title="Bát Tràng",
        slug="bat-trang",
        crafts=[craft],
        body=[("heading", "Lịch sử"), ("paragraph", "<p>Làng gốm bên sông Hồng.</p>")],
    )
    van_phuc = VillagePageFactory(
        parent=villages, title="Vạn Phúc", slug="van-phuc", crafts=[craft]
    )
    stories = StoryIndexPageFactory(parent=home)
    story = StoryPageFactory(
        parent=stories, title="Gốm Bát Tràng", slug="bat-trang-ceramics", villages=[bat_trang]
    )
    routes = RouteIndexPageFactory(parent=home)
    route = RoutePageFactory(parent=routes, title="Sáng Hồ Tây", slug="west-lake")
    RouteStopFactory(page=route, place_name="Hồ Hoàn Kiếm", minutes_here=15)
    RouteStopFactory(
        page=route,
        village=bat_trang,
        place_name="",
        latitude=None,
        longitude=None,
        minutes_here=90,
        leg_mode="",
        leg_minutes=None,
        leg_km=None,
    )
    menu = NavigationMenuFactory(handle=NavigationMenu.Handle.HEADER)
    for page in (villages, stories, routes):
        MenuItemFactory(menu=menu, page=page)

    en = {}
    for name, page in (
        ("home", home),
        ("village_index", villages),
        ("village", bat_trang),
        ("story_index", stories),
        ("story", story),
        ("route_index", routes),
        ("route", route),
    ):
        en[name] = translate_page(page, "en", ENGLISH)
    translate_page(craft, "en", ENGLISH)
    translate_page(menu, "en")

    fr = {
        "home": translate_page(home, "fr"),
        "village_index": translate_page(villages, "fr"),
        "village": translate_page(bat_trang, "fr"),
    }
    translate_page(home, "ja")
    translate_page(home, "ko")
    it_village = translate_page(bat_trang, "it", publish=False)
    it = {
        "village": it_village,
        "village_index": it_village.get_parent().specific,
        "home": it_village.get_parent().get_parent().specific,
    }
    return LanguageTree(
        home=home,
        villages=villages,
        bat_trang=bat_trang,
        van_phuc=van_phuc,
        stories=stories,
        story=story,
        routes=routes,
        route=route,
        en=en,
        fr=fr,
        it=it,
    )
