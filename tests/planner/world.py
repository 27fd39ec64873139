"""A small site for the planner tests: two villages, a workshop, a route, in four languages.

Bát Tràng (ceramics) is open Monday to Saturday 08:00–17:00, closed on
Sundays and for Tết 2027; Vạn Phúc has no hours on record. The route starts at
Hoàn Kiếm Lake (a named place) and visits both villages, with its own legs.
Bát Tràng, its workshop and the route are translated into en, fr and ja;
Vạn Phúc only into English (French and Japanese fall back to it).
"""

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

from routes.factories import RouteIndexPageFactory, RoutePageFactory, RouteStopFactory
from tests.utils import create_vi_home, translate_page
from villages.factories import (
    AttractionFactory,
    CraftFactory,
    OpeningHoursFactory,
    VillageIndexPageFactory,
    VillagePageFactory,
)
from villages.models import Attraction, OpeningException

# Monday 7 December 2026 and the Sunday before it.
MONDAY = date(2026, 12, 7)
SUNDAY = date(2026, 12, 6)

NAMES = {
    "en": {
        "Làng nghề Hà Nội": "Hanoi Craft Villages",
        "Làng nghề": "Craft villages",
        "Bát Tràng": "Bat Trang",
        "Vạn Phúc": "Van Phuc",
        "Bảo tàng gốm": "Ceramics museum",
        "Hành trình": "Routes",
        "Một ngày gốm": "A day of ceramics",
        "Hồ Hoàn Kiếm": "Hoan Kiem Lake",
        "Tết": "Lunar New Year",
    },
    "fr": {
        "Bát Tràng": "Bat Trang (village de potiers)",
        "Bảo tàng gốm": "Musée de la céramique",
        "Một ngày gốm": "Une journée de céramique",
        "Hồ Hoàn Kiếm": "Lac Hoan Kiem",
        "Tết": "Nouvel An lunaire",
    },
    "ja": {
        "Bát Tràng": "バッチャン",
        "Bảo tàng gốm": "陶磁器博物館",
        "Một ngày gốm": "陶器の一日",
        "Hồ Hoàn Kiếm": "ホアンキエム湖",
        "Tết": "テト",
    },
}


@dataclass
class World:
    home: object
    bat_trang: object
    van_phuc: object
    museum: object
    route: object
    translated: dict

    def codes(self):
        """Plan codes: the ids of the Vietnamese versions."""
        return {
            "bat_trang": f"v{self.bat_trang.pk}",
            "van_phuc": f"v{self.van_phuc.pk}",
            "museum": f"a{self.museum.pk}",
            "lake": f"s{self.route.pk}.1",
            "route_bat_trang": f"s{self.route.pk}.2",
            "route_van_phuc": f"s{self.route.pk}.3",
        }


def build_world():
    home = create_vi_home(title="Làng nghề Hà Nội")
    craft = CraftFactory(name="Gốm", slug="ceramics")
    villages = VillageIndexPageFactory(parent=home)
    bat_trang = VillagePageFactory(
        parent=villages,
        title="Bát Tràng",
        slug="bat-trang",
        vietnamese_name="Bát Tràng",
        commune="xã Bát Tràng",
        former_district="huyện Gia Lâm",
        latitude=Decimal("20.975000"),
        longitude=Decimal("105.912000"),
        visit_hours_min=Decimal("2.0"),
        crafts=[craft],
    )
    for weekday in range(6):
        OpeningHoursFactory(page=bat_trang, weekday=weekday, opens=time(8), closes=time(17))
    OpeningHoursFactory(page=bat_trang, weekday=6, opens=None, closes=None, closed=True)
    OpeningException.objects.create(
        page=bat_trang,
        start_date=date(2027, 2, 5),
        end_date=date(2027, 2, 10),
        closed=True,
        reason="Tết",
    )
    museum = AttractionFactory(
        page=bat_trang, kind=Attraction.Kind.MUSEUM, name="Bảo tàng gốm", duration_minutes=45
    )
    van_phuc = VillagePageFactory(
        parent=villages,
        title="Vạn Phúc",
        slug="van-phuc",
        vietnamese_name="Vạn Phúc",
        commune="phường Vạn Phúc",
        former_district="quận Hà Đông",
        latitude=Decimal("20.980000"),
        longitude=Decimal("105.773000"),
        visit_hours_min=Decimal("1.5"),
        crafts=[craft],
    )
    routes = RouteIndexPageFactory(parent=home)
    route = RoutePageFactory(parent=routes, title="Một ngày gốm", slug="ceramics-day")
    RouteStopFactory(
        page=route, place_name="Hồ Hoàn Kiếm", minutes_here=15, leg_mode="taxi", leg_minutes=40
    )
    RouteStopFactory(
        page=route,
        village=bat_trang,
        place_name="",
        latitude=None,
        longitude=None,
        minutes_here=90,
        leg_mode="bus",
        leg_line="47A",
        leg_minutes=70,
        leg_km=Decimal("22.0"),
    )
    RouteStopFactory(
        page=route,
        village=van_phuc,
        place_name="",
        latitude=None,
        longitude=None,
        minutes_here=60,
        leg_mode="",
        leg_minutes=None,
        leg_km=None,
    )
    translated = {}
    for language in ("en", "fr", "ja"):
        strings = NAMES[language]
        translated[language] = {
            "home": translate_page(home, language, strings),
            "villages": translate_page(villages, language, strings),
            "bat_trang": translate_page(bat_trang, language, strings),
            "routes": translate_page(routes, language, strings),
            "route": translate_page(route, language, strings),
        }
    translated["en"]["van_phuc"] = translate_page(van_phuc, "en", NAMES["en"])
    bat_trang.refresh_from_db()
    van_phuc.refresh_from_db()
    route.refresh_from_db()
    return World(
        home=home,
        bat_trang=bat_trang,
        van_phuc=van_phuc,
        museum=museum,
        route=route,
        translated=translated,
    )
