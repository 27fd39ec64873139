"""A small site for the map and structured-data tests, in vi, en and ja.

Villages on both banks of the Red River, one with a museum, a workshop and
confirmed hours; a route that starts and ends at Hoàn Kiếm Lake.
"""

import datetime
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

LANGUAGES = ("vi", "en", "ja")
NAMES = {
    "en": {"Bát Tràng": "Bat Trang", "Kim Lan": "Kim Lan village", "Vạn Phúc": "Van Phuc"},
    "ja": {"Bát Tràng": "バッチャン", "Kim Lan": "キムラン", "Vạn Phúc": "ヴァンフック"},
}


def build_site():
    home = create_vi_home(title="Làng nghề Hà Nội")
    pottery = CraftFactory(name="Gốm", slug="ceramics")
    silk = CraftFactory(name="Lụa", slug="silk")
    index = VillageIndexPageFactory(parent=home)
    bat_trang = VillagePageFactory(
        parent=index,
        title="Bát Tràng",
        slug="bat-trang",
        latitude=Decimal("20.975000"),
        longitude=Decimal("105.912000"),
        hours_confirmed=True,
        crafts=[pottery],
    )
    AttractionFactory(page=bat_trang, kind=Attraction.Kind.MUSEUM, name="Bảo tàng gốm")
    AttractionFactory(page=bat_trang, kind=Attraction.Kind.WORKSHOP, name="Xưởng nặn gốm")
    AttractionFactory(page=bat_trang, kind=Attraction.Kind.MARKET, name="Chợ gốm")
    for weekday in range(6):
        OpeningHoursFactory(page=bat_trang, weekday=weekday, opens="08:00", closes="17:30")
    OpeningHoursFactory(page=bat_trang, weekday=6, opens=None, closes=None, closed=True)
    OpeningException.objects.create(
        page=bat_trang,
        start_date=datetime.date(2027, 2, 5),
        end_date=datetime.date(2027, 2, 10),
        closed=True,
        reason="Tết",
        locale=bat_trang.locale,
    )
    kim_lan = VillagePageFactory(
        parent=index,
        title="Kim Lan",
        slug="kim-lan",
        latitude=Decimal("20.960000"),
        longitude=Decimal("105.920000"),
        crafts=[pottery],
    )
    van_phuc = VillagePageFactory(
        parent=index,
        title="Vạn Phúc",
        slug="van-phuc",
        commune="phường Vạn Phúc",
        former_district="quận Hà Đông",
        latitude=Decimal("20.980000"),
        longitude=Decimal("105.775000"),
        crafts=[silk],
    )
    routes = RouteIndexPageFactory(parent=home)
    route = RoutePageFactory(parent=routes, title="Gốm bên sông", slug="river-pottery")
    RouteStopFactory(page=route, place_name="Hồ Hoàn Kiếm")
    for village in (bat_trang, kim_lan):
        RouteStopFactory(page=route, village=village, place_name="", latitude=None, longitude=None)
    RouteStopFactory(page=route, place_name="Hồ Hoàn Kiếm", leg_mode="", leg_minutes=None)
    for language in LANGUAGES[1:]:
        for page in (home, index, bat_trang, kim_lan, van_phuc, routes, route):
            translate_page(page, language, NAMES[language])
        for craft in (pottery, silk):
            translate_page(craft, language)
    return {
        "home": home,
        "index": index,
        "bat_trang": bat_trang,
        "kim_lan": kim_lan,
        "van_phuc": van_phuc,
        "route": route,
    }
