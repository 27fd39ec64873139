"""Demo events: the events index, two real past events and four demo village events.

Real events (``is_demo`` False) keep their dates and their source from
../shared/content-brief.md. Demo events (``is_demo`` True) are made-up
examples: visitors are told their dates are illustrative, and their dates are
set relative to the day the demo is loaded (``relative_dates``), so that the
upcoming lists are never empty. Nothing here names a real person or quotes one.

Events of the headline villages (Bát Tràng, Vạn Phúc, Quảng An) and the two
real events are in all six languages; the Hạ Thái Tết closure, like its
village, is in Vietnamese and English.
"""

import datetime

# The Lunar New Year (Tết), first day, as published calendars give it.
TET = {
    2026: datetime.date(2026, 2, 17),
    2027: datetime.date(2027, 2, 6),
    2028: datetime.date(2028, 1, 26),
    2029: datetime.date(2029, 2, 13),
    2030: datetime.date(2030, 2, 3),
    2031: datetime.date(2031, 1, 23),
    2032: datetime.date(2032, 2, 11),
    2033: datetime.date(2033, 1, 31),
    2034: datetime.date(2034, 2, 19),
    2035: datetime.date(2035, 2, 8),
}


def next_tet(today):
    """The first Tết whose closure (from the day before) has not ended by ``today``."""
    for year in sorted(TET):
        if TET[year] + datetime.timedelta(days=4) >= today:
            return TET[year]
    raise ValueError("demo/content/events.py: add the Tết dates of the coming years")


def relative_dates(slug, today):
    """Dates of a demo event, from the day the demo is loaded."""
    if slug == "bat-trang-weekend-market":
        # Weekly since the Saturday eight weeks back: past dates and future ones.
        saturday = today - datetime.timedelta(days=(today.weekday() - 5) % 7 + 56)
        return {"start_date": saturday}
    if slug == "van-phuc-open-loom-day":
        first = (today.replace(day=1) - datetime.timedelta(days=40)).replace(day=15)
        return {"start_date": first, "repeat_until": first.replace(year=first.year + 2)}
    if slug == "quang-an-lotus-tea-season":
        return {
            "start_date": datetime.date(today.year - 1, 6, 1),
            "end_date": datetime.date(today.year - 1, 7, 15),
        }
    if slug == "ha-thai-tet-closure":
        tet = next_tet(today)
        return {
            "start_date": tet - datetime.timedelta(days=1),
            "end_date": tet + datetime.timedelta(days=4),
        }
    return {}


INDEX = {
    "slug": "events",
    "motif": "market",
    "text": {
        "vi": {
            "title": "Sự kiện",
            "intro": (
                "Triển lãm, hội chợ, phiên chợ và những ngày xưởng mở cửa ở các làng nghề: "
                "xem điều gì đang diễn ra, theo tháng hoặc theo làng."
            ),
            "search_description": (
                "Lịch sự kiện làng nghề Hà Nội: triển lãm, hội chợ, phiên chợ, xưởng mở cửa và "
                "những ngày nghỉ Tết."
            ),
            "hero_alt": "Hình minh họa một phiên chợ gốm với các sạp bày bình, bát",
            "hero_caption": "Minh họa",
        },
        "en": {
            "title": "Events",
            "intro": (
                "Exhibitions, fairs, markets and open workshop days in the craft villages: see "
                "what is on, by month or by village."
            ),
            "search_description": (
                "What's on in Hanoi's craft villages: exhibitions, fairs, markets, open "
                "workshops and Tết closures."
            ),
            "hero_alt": "Illustration of a pottery market with stalls of vases and bowls",
            "hero_caption": "Illustration",
        },
        "fr": {
            "title": "Événements",
            "intro": (
                "Expositions, salons, marchés et journées portes ouvertes dans les villages de "
                "métier : ce qui s'y passe, par mois ou par village."
            ),
            "search_description": (
                "L'agenda des villages de métier de Hanoï : expositions, salons, marchés, "
                "ateliers ouverts et fermetures du Têt."
            ),
            "hero_alt": "Illustration d'un marché de poterie aux étals chargés de vases et de bols",
            "hero_caption": "Illustration",
        },
        "it": {
            "title": "Eventi",
            "intro": (
                "Mostre, fiere, mercati e giornate di laboratori aperti nei villaggi artigiani: "
                "cosa succede, per mese o per villaggio."
            ),
            "search_description": (
                "Gli eventi nei villaggi artigiani di Hanoi: mostre, fiere, mercati, laboratori "
                "aperti e chiusure per il Tết."
            ),
            "hero_alt": "Illustrazione di un mercato della ceramica con bancarelle di vasi e ciotole",
            "hero_caption": "Illustrazione",
        },
        "ja": {
            "title": "イベント",
            "intro": (
                "工芸村の展示会、見本市、市場、工房公開日。月別・村別に開催情報をご覧いただけます。"
            ),
            "search_description": (
                "ハノイの工芸村のイベント情報：展示会、見本市、市場、工房公開、テト休業。"
            ),
            "hero_alt": "花瓶や器が並ぶ陶器市のイラスト",
            "hero_caption": "イラスト",
        },
        "ko": {
            "title": "행사",
            "intro": (
                "공예 마을의 전시회, 박람회, 장터, 공방 개방일. 월별 또는 마을별로 행사 일정을 "
                "볼 수 있습니다."
            ),
            "search_description": (
                "하노이 공예 마을 행사 안내: 전시회, 박람회, 장터, 공방 개방, 뗏 연휴 휴무."
            ),
            "hero_alt": "꽃병과 그릇이 놓인 도자기 장터 일러스트",
            "hero_caption": "일러스트",
        },
    },
}

THE_HANOI_TIMES = "The Hanoi Times"

EVENTS = [
    {
        "slug": "bat-trang-ocop-exhibition-2025",
        "kind": "exhibition",
        "is_demo": False,
        "motif": "ceramics",
        "start_date": "2025-12-19",
        "end_date": "2025-12-21",
        "villages": [["bat-trang", "host"]],
        "venue_address": "xã Bát Tràng, huyện Gia Lâm, Hà Nội",
        "venue_country": "VN",
        "venue_latitude": "20.975000",
        "venue_longitude": "105.912000",
        "is_free": None,
        "source_name": THE_HANOI_TIMES,
        "source_date": None,
        "source_url": "",
        "text": {
            "vi": {
                "title": "Triển lãm sản phẩm OCOP Bát Tràng 2025",
                "intro": (
                    "Ba ngày, 80 gian hàng và các màn trình diễn nghề trực tiếp: sản phẩm OCOP "
                    "của làng gốm Bát Tràng."
                ),
                "search_description": (
                    "Triển lãm OCOP Bát Tràng, 19–21/12/2025: 80 gian hàng, trình diễn làm gốm "
                    "trực tiếp."
                ),
                "venue_name": "Xã Bát Tràng",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Hình minh họa những chiếc bình gốm men lam",
                "hero_caption": "Minh họa",
                "body": [
                    [
                        "paragraph",
                        "Từ 19 đến 21 tháng 12 năm 2025, Bát Tràng tổ chức triển lãm sản phẩm "
                        "OCOP với 80 gian hàng. Người xem được thấy nghệ nhân trình diễn nghề "
                        "ngay tại chỗ.",
                    ],
                    [
                        "paragraph",
                        "Tháng 12 năm 2025, Bát Tràng có khoảng 70 sản phẩm OCOP, trong đó có "
                        "sản phẩm đạt 5 sao. Giờ mở cửa và giá vé không được nguồn tin nêu.",
                    ],
                ],
            },
            "en": {
                "title": "Bat Trang OCOP exhibition 2025",
                "intro": (
                    "Three days, 80 booths and live craft demonstrations: the OCOP products of "
                    "the Bat Trang pottery village."
                ),
                "search_description": (
                    "Bat Trang OCOP exhibition, 19–21 December 2025: 80 booths and live pottery "
                    "demonstrations."
                ),
                "venue_name": "Bat Trang commune",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustration of blue-and-white ceramic vases",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "From 19 to 21 December 2025, Bat Trang held an exhibition of its OCOP "
                        "products with 80 booths. Visitors could watch artisans demonstrate their "
                        "craft on the spot.",
                    ],
                    [
                        "paragraph",
                        "In December 2025 Bat Trang had about 70 OCOP products, several of them "
                        "rated 5 stars. The source gives no opening hours or ticket prices.",
                    ],
                ],
            },
            "fr": {
                "title": "Exposition OCOP de Bat Trang 2025",
                "intro": (
                    "Trois jours, 80 stands et des démonstrations d'artisans en direct : les "
                    "produits OCOP du village de potiers de Bat Trang."
                ),
                "search_description": (
                    "Exposition OCOP de Bat Trang, du 19 au 21 décembre 2025 : 80 stands et "
                    "démonstrations de poterie en direct."
                ),
                "venue_name": "Commune de Bat Trang",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustration de vases en céramique bleu et blanc",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "Du 19 au 21 décembre 2025, Bat Trang a présenté ses produits OCOP sur "
                        "80 stands. Les visiteurs pouvaient voir des artisans travailler sur "
                        "place.",
                    ],
                    [
                        "paragraph",
                        "En décembre 2025, Bat Trang comptait environ 70 produits OCOP, dont "
                        "plusieurs classés 5 étoiles. La source ne donne ni horaires ni prix "
                        "d'entrée.",
                    ],
                ],
            },
            "it": {
                "title": "Mostra OCOP di Bat Trang 2025",
                "intro": (
                    "Tre giorni, 80 stand e dimostrazioni artigiane dal vivo: i prodotti OCOP "
                    "del villaggio della ceramica di Bat Trang."
                ),
                "search_description": (
                    "Mostra OCOP di Bat Trang, 19–21 dicembre 2025: 80 stand e dimostrazioni di "
                    "ceramica dal vivo."
                ),
                "venue_name": "Comune di Bat Trang",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustrazione di vasi in ceramica bianca e blu",
                "hero_caption": "Illustrazione",
                "body": [
                    [
                        "paragraph",
                        "Dal 19 al 21 dicembre 2025 Bat Trang ha presentato i suoi prodotti OCOP "
                        "in 80 stand. I visitatori potevano vedere gli artigiani lavorare sul "
                        "posto.",
                    ],
                    [
                        "paragraph",
                        "A dicembre 2025 Bat Trang contava circa 70 prodotti OCOP, alcuni con 5 "
                        "stelle. La fonte non indica orari né prezzi d'ingresso.",
                    ],
                ],
            },
            "ja": {
                "title": "バッチャン OCOP 展示会 2025",
                "intro": "3日間、80のブース、職人の実演。バッチャン陶器村の OCOP 製品が並びました。",
                "search_description": (
                    "バッチャン OCOP 展示会（2025年12月19日〜21日）：80ブース、陶芸の実演。"
                ),
                "venue_name": "バッチャン村（社）",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "染付の陶器の花瓶のイラスト",
                "hero_caption": "イラスト",
                "body": [
                    [
                        "paragraph",
                        "2025年12月19日から21日まで、バッチャンで OCOP 製品の展示会が開かれ、"
                        "80のブースが並びました。会場では職人による実演が行われました。",
                    ],
                    [
                        "paragraph",
                        "2025年12月時点で、バッチャンの OCOP 製品は約70点、うち数点が5つ星です。"
                        "営業時間や入場料は出典に記載がありません。",
                    ],
                ],
            },
            "ko": {
                "title": "밧짱 OCOP 전시회 2025",
                "intro": "사흘 동안 80개 부스와 장인의 현장 시연. 밧짱 도자기 마을의 OCOP 제품.",
                "search_description": (
                    "밧짱 OCOP 전시회, 2025년 12월 19~21일: 80개 부스, 도자기 현장 시연."
                ),
                "venue_name": "밧짱 사(마을)",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "청화 도자기 꽃병 일러스트",
                "hero_caption": "일러스트",
                "body": [
                    [
                        "paragraph",
                        "2025년 12월 19일부터 21일까지 밧짱에서 80개 부스 규모의 OCOP 제품 "
                        "전시회가 열렸습니다. 관람객은 현장에서 장인의 시연을 볼 수 있었습니다.",
                    ],
                    [
                        "paragraph",
                        "2025년 12월 기준 밧짱의 OCOP 제품은 약 70개이며 그중 여러 개가 5성 "
                        "등급입니다. 운영 시간과 입장료는 출처에 나와 있지 않습니다.",
                    ],
                ],
            },
        },
    },
    {
        "slug": "artigiano-in-fiera-2024",
        "kind": "fair",
        "is_demo": False,
        "motif": "silk",
        "start_date": "2024-11-30",
        "end_date": "2024-12-08",
        "villages": [],
        "venue_address": "Strada Statale del Sempione 28, 20017 Rho (MI)",
        "venue_country": "IT",
        "venue_latitude": "45.521000",
        "venue_longitude": "9.081000",
        "is_free": None,
        "source_name": "Hanoi news",
        "source_date": "2025-02-21",
        "source_url": "",
        "text": {
            "vi": {
                "title": "Gian hàng Hà Nội tại Artigiano in Fiera, Milano",
                "intro": (
                    "Gian hàng “Hà Nội – Việt Nam” rộng 84 m² tại hội chợ thủ công Artigiano in "
                    "Fiera lần thứ 28."
                ),
                "search_description": (
                    "Hà Nội tại Artigiano in Fiera, Milano, 30/11–8/12/2024: gốm, lụa, thêu, mây "
                    "tre, trà."
                ),
                "venue_name": "Fiera Milano, Rho",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Hình minh họa những dải lụa mềm",
                "hero_caption": "Minh họa",
                "body": [
                    [
                        "paragraph",
                        "Từ 30 tháng 11 đến 8 tháng 12 năm 2024, gian hàng “Hà Nội – Việt Nam” "
                        "rộng 84 m² giới thiệu gốm, lụa, đồ thêu, mây tre, đồ trang trí nội "
                        "thất, trà và trái cây sấy tại Milano.",
                    ],
                    [
                        "paragraph",
                        "Điều người mua và chuyên gia quan tâm: giá trị văn hóa, câu chuyện "
                        "thương hiệu, sản xuất xanh và sạch, thiết kế hợp với thị trường.",
                    ],
                ],
            },
            "en": {
                "title": "Hanoi pavilion at Artigiano in Fiera, Milan",
                "intro": (
                    "The 84 m² “Hanoi – Vietnam” pavilion at the 28th Artigiano in Fiera craft "
                    "fair."
                ),
                "search_description": (
                    "Hanoi at Artigiano in Fiera, Milan, 30 November – 8 December 2024: "
                    "ceramics, silk, embroidery, rattan, tea."
                ),
                "venue_name": "Fiera Milano, Rho",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustration of flowing silk",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "From 30 November to 8 December 2024, the 84 m² “Hanoi – Vietnam” "
                        "pavilion showed ceramics, silk, embroidery, rattan and bamboo, home "
                        "decor, tea and dried fruit in Milan.",
                    ],
                    [
                        "paragraph",
                        "What buyers and experts asked for: cultural value, brand storytelling, "
                        "green and clean production, and designs made for the target market.",
                    ],
                ],
            },
            "fr": {
                "title": "Le pavillon de Hanoï à Artigiano in Fiera, Milan",
                "intro": (
                    "Le pavillon « Hanoï – Vietnam » de 84 m² au 28e salon artisanal "
                    "Artigiano in Fiera."
                ),
                "search_description": (
                    "Hanoï à Artigiano in Fiera, Milan, du 30 novembre au 8 décembre 2024 : "
                    "céramique, soie, broderie, rotin, thé."
                ),
                "venue_name": "Fiera Milano, Rho",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustration de soie ondoyante",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "Du 30 novembre au 8 décembre 2024, le pavillon « Hanoï – Vietnam » de "
                        "84 m² a présenté à Milan céramique, soie, broderie, rotin et bambou, "
                        "décoration, thé et fruits séchés.",
                    ],
                    [
                        "paragraph",
                        "Ce que demandaient acheteurs et experts : valeur culturelle, histoire "
                        "de marque, production propre et durable, design pensé pour le marché "
                        "visé.",
                    ],
                ],
            },
            "it": {
                "title": "Il padiglione di Hanoi ad Artigiano in Fiera, Milano",
                "intro": (
                    "Il padiglione “Hanoi – Vietnam” di 84 m² alla 28ª edizione di Artigiano in "
                    "Fiera."
                ),
                "search_description": (
                    "Hanoi ad Artigiano in Fiera, Milano, 30 novembre – 8 dicembre 2024: "
                    "ceramica, seta, ricamo, rattan, tè."
                ),
                "venue_name": "Fiera Milano, Rho",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustrazione di seta fluente",
                "hero_caption": "Illustrazione",
                "body": [
                    [
                        "paragraph",
                        "Dal 30 novembre all'8 dicembre 2024 il padiglione “Hanoi – Vietnam” di "
                        "84 m² ha presentato a Milano ceramica, seta, ricami, rattan e bambù, "
                        "oggetti per la casa, tè e frutta essiccata.",
                    ],
                    [
                        "paragraph",
                        "Cosa chiedevano buyer ed esperti: valore culturale, racconto del "
                        "marchio, produzione verde e pulita, design pensato per il mercato di "
                        "destinazione.",
                    ],
                ],
            },
            "ja": {
                "title": "アルティジャーノ・イン・フィエラ（ミラノ）のハノイ館",
                "intro": "第28回アルティジャーノ・イン・フィエラに出展した84㎡の「ハノイ–ベトナム」館。",
                "search_description": (
                    "ミラノのアルティジャーノ・イン・フィエラ（2024年11月30日〜12月8日）の"
                    "ハノイ館：陶磁器、絹、刺繍、籐、茶。"
                ),
                "venue_name": "フィエラ・ミラノ（ロー）",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "流れるような絹のイラスト",
                "hero_caption": "イラスト",
                "body": [
                    [
                        "paragraph",
                        "2024年11月30日から12月8日まで、84㎡の「ハノイ–ベトナム」館がミラノで"
                        "陶磁器、絹、刺繍、籐・竹製品、インテリア雑貨、茶、ドライフルーツを紹介しました。",
                    ],
                    [
                        "paragraph",
                        "バイヤーや専門家が求めたのは、文化的価値、ブランドの物語、環境に配慮した"
                        "クリーンな生産、そして対象市場に合ったデザインでした。",
                    ],
                ],
            },
            "ko": {
                "title": "밀라노 아르티자노 인 피에라의 하노이관",
                "intro": "제28회 아르티자노 인 피에라에 참가한 84㎡ 규모의 ‘하노이–베트남’관.",
                "search_description": (
                    "밀라노 아르티자노 인 피에라(2024년 11월 30일~12월 8일)의 하노이관: 도자기, "
                    "비단, 자수, 등나무, 차."
                ),
                "venue_name": "피에라 밀라노, 로",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "흐르는 비단 일러스트",
                "hero_caption": "일러스트",
                "body": [
                    [
                        "paragraph",
                        "2024년 11월 30일부터 12월 8일까지 84㎡ 규모의 ‘하노이–베트남’관이 "
                        "밀라노에서 도자기, 비단, 자수, 등나무·대나무 제품, 인테리어 소품, 차, "
                        "말린 과일을 선보였습니다.",
                    ],
                    [
                        "paragraph",
                        "바이어와 전문가들이 요구한 것은 문화적 가치, 브랜드 스토리, 친환경적이고 "
                        "깨끗한 생산, 목표 시장에 맞춘 디자인이었습니다.",
                    ],
                ],
            },
        },
    },
    {
        "slug": "bat-trang-weekend-market",
        "kind": "market",
        "is_demo": True,
        "motif": "market",
        "start_time": "08:00",
        "end_time": "12:00",
        "recurrence": "weekly",
        "weekdays": "5,6",
        "villages": [["bat-trang", "host"]],
        "venue_address": "Chợ gốm Bát Tràng, xã Bát Tràng, huyện Gia Lâm, Hà Nội",
        "venue_country": "VN",
        "venue_latitude": "20.976000",
        "venue_longitude": "105.913000",
        "is_free": True,
        "source_name": "",
        "source_date": None,
        "source_url": "",
        "text": {
            "vi": {
                "title": "Phiên chợ gốm cuối tuần",
                "intro": (
                    "Sáng thứ Bảy và Chủ nhật, các xưởng gia đình bày hàng và nặn gốm tại chợ."
                ),
                "search_description": "Phiên chợ gốm cuối tuần ở Bát Tràng (sự kiện minh họa).",
                "venue_name": "Chợ gốm Bát Tràng",
                "price_text": "Vào chợ miễn phí.",
                "accessibility": (
                    "Lối đi trong chợ bằng phẳng nhưng hẹp và đông vào cuối tuần; có chỗ ngồi "
                    "ở các quán nước."
                ),
                "organizer_name": "",
                "hero_alt": "Hình minh họa một phiên chợ gốm",
                "hero_caption": "Minh họa",
                "body": [
                    [
                        "paragraph",
                        "Đây là sự kiện minh họa: ngày giờ chỉ để cho thấy trang hoạt động thế "
                        "nào. Chợ gốm Bát Tràng mở cửa hằng ngày; hãy hỏi làng trước khi đi.",
                    ],
                ],
            },
            "en": {
                "title": "Weekend pottery market",
                "intro": (
                    "On Saturday and Sunday mornings, family workshops set out their wares and "
                    "throw pots at the market."
                ),
                "search_description": "A weekend pottery market in Bat Trang (a demo event).",
                "venue_name": "Bat Trang pottery market",
                "price_text": "Free entry to the market.",
                "accessibility": (
                    "Level but narrow aisles, crowded at weekends; seats at the drink stalls."
                ),
                "organizer_name": "",
                "hero_alt": "Illustration of a pottery market",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "This is a demo event: its dates only show how the page works. The Bat "
                        "Trang pottery market opens every day; check with the village before "
                        "you go.",
                    ],
                ],
            },
            "fr": {
                "title": "Marché de la poterie du week-end",
                "intro": (
                    "Le samedi et le dimanche matin, les ateliers familiaux déballent leurs "
                    "pièces et tournent au marché."
                ),
                "search_description": (
                    "Un marché de la poterie le week-end à Bat Trang (événement de démonstration)."
                ),
                "venue_name": "Marché de la poterie de Bat Trang",
                "price_text": "Entrée libre au marché.",
                "accessibility": (
                    "Allées de plain-pied mais étroites, bondées le week-end ; des sièges aux "
                    "buvettes."
                ),
                "organizer_name": "",
                "hero_alt": "Illustration d'un marché de poterie",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "Ceci est un événement de démonstration : ses dates montrent seulement "
                        "le fonctionnement de la page. Le marché de Bat Trang ouvre tous les "
                        "jours ; renseignez-vous auprès du village avant de partir.",
                    ],
                ],
            },
            "it": {
                "title": "Mercato della ceramica del fine settimana",
                "intro": (
                    "Il sabato e la domenica mattina i laboratori di famiglia espongono i loro "
                    "pezzi e lavorano al tornio al mercato."
                ),
                "search_description": (
                    "Un mercato della ceramica nel fine settimana a Bat Trang (evento dimostrativo)."
                ),
                "venue_name": "Mercato della ceramica di Bat Trang",
                "price_text": "Ingresso libero al mercato.",
                "accessibility": (
                    "Corridoi in piano ma stretti, affollati nel fine settimana; posti a sedere "
                    "ai chioschi delle bevande."
                ),
                "organizer_name": "",
                "hero_alt": "Illustrazione di un mercato della ceramica",
                "hero_caption": "Illustrazione",
                "body": [
                    [
                        "paragraph",
                        "Questo è un evento dimostrativo: le date mostrano solo come funziona la "
                        "pagina. Il mercato di Bat Trang è aperto tutti i giorni; informatevi "
                        "presso il villaggio prima di andare.",
                    ],
                ],
            },
            "ja": {
                "title": "週末の陶器市",
                "intro": "土曜と日曜の朝、家族経営の工房が品物を並べ、市場でろくろを回します。",
                "search_description": "バッチャンの週末の陶器市（デモ用イベント）。",
                "venue_name": "バッチャン陶器市場",
                "price_text": "市場への入場は無料です。",
                "accessibility": (
                    "通路は段差がありませんが狭く、週末は混雑します。飲み物の屋台に座席があります。"
                ),
                "organizer_name": "",
                "hero_alt": "陶器市のイラスト",
                "hero_caption": "イラスト",
                "body": [
                    [
                        "paragraph",
                        "これはデモ用のイベントで、日程はページの仕組みを示すためのものです。"
                        "バッチャン陶器市場は毎日開いています。お出かけ前に村にご確認ください。",
                    ],
                ],
            },
            "ko": {
                "title": "주말 도자기 장터",
                "intro": "토요일과 일요일 아침, 가족 공방들이 물건을 내놓고 장터에서 물레를 돌립니다.",
                "search_description": "밧짱의 주말 도자기 장터(데모 행사).",
                "venue_name": "밧짱 도자기 시장",
                "price_text": "시장 입장은 무료입니다.",
                "accessibility": (
                    "통로는 평평하지만 좁고 주말에는 붐빕니다. 음료 가판대에 좌석이 있습니다."
                ),
                "organizer_name": "",
                "hero_alt": "도자기 장터 일러스트",
                "hero_caption": "일러스트",
                "body": [
                    [
                        "paragraph",
                        "데모 행사입니다. 날짜는 페이지 작동 방식을 보여 주기 위한 것입니다. 밧짱 "
                        "도자기 시장은 매일 열리니 가기 전에 마을에 확인하세요.",
                    ],
                ],
            },
        },
    },
    {
        "slug": "van-phuc-open-loom-day",
        "kind": "workshop",
        "is_demo": True,
        "motif": "loom",
        "start_time": "09:00",
        "end_time": "16:00",
        "recurrence": "monthly",
        "villages": [["van-phuc", "host"]],
        "venue_address": "làng lụa Vạn Phúc, phường Vạn Phúc, quận Hà Đông, Hà Nội",
        "venue_country": "VN",
        "venue_latitude": "20.980000",
        "venue_longitude": "105.775000",
        "is_free": False,
        "price": "100000",
        "booking_required": True,
        "source_name": "",
        "source_date": None,
        "source_url": "",
        "text": {
            "vi": {
                "title": "Ngày xưởng dệt mở cửa ở Vạn Phúc",
                "intro": "Mỗi tháng một ngày, các xưởng dệt mở cửa cho khách xem và thử dệt.",
                "search_description": "Ngày xưởng dệt lụa Vạn Phúc mở cửa (sự kiện minh họa).",
                "venue_name": "Các xưởng dệt làng Vạn Phúc",
                "price_text": "Xem miễn phí; thử dệt 100.000 đ (giá minh họa).",
                "accessibility": ("Xưởng ồn vì tiếng máy dệt; một số xưởng có bậc thềm ở lối vào."),
                "organizer_name": "",
                "hero_alt": "Hình minh họa khung cửi dệt lụa",
                "hero_caption": "Minh họa",
                "body": [
                    [
                        "paragraph",
                        "Đây là sự kiện minh họa: ngày, giờ và giá chỉ để cho thấy trang hoạt "
                        "động thế nào. Muốn thử dệt, hãy đặt chỗ trước với xưởng.",
                    ],
                ],
            },
            "en": {
                "title": "Open loom day in Van Phuc",
                "intro": "One day a month, the weaving workshops open for visitors to watch and try.",
                "search_description": "Van Phuc's open silk-loom day (a demo event).",
                "venue_name": "Van Phuc weaving workshops",
                "price_text": "Watching is free; a weaving try-out 100,000 VND (illustrative price).",
                "accessibility": "The looms are loud; some workshops have a step at the door.",
                "organizer_name": "",
                "hero_alt": "Illustration of a silk loom",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "This is a demo event: its dates, times and price only show how the page "
                        "works. To try weaving, book with the workshop in advance.",
                    ],
                ],
            },
            "fr": {
                "title": "Journée des métiers à tisser ouverts à Van Phuc",
                "intro": (
                    "Un jour par mois, les ateliers de tissage s'ouvrent aux visiteurs, pour "
                    "regarder et essayer."
                ),
                "search_description": (
                    "La journée des ateliers de soie ouverts à Van Phuc (événement de "
                    "démonstration)."
                ),
                "venue_name": "Ateliers de tissage de Van Phuc",
                "price_text": "Visite libre ; essai de tissage 100 000 VND (prix indicatif).",
                "accessibility": "Les métiers sont bruyants ; certains ateliers ont une marche à l'entrée.",
                "organizer_name": "",
                "hero_alt": "Illustration d'un métier à tisser la soie",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "Ceci est un événement de démonstration : dates, horaires et prix "
                        "montrent seulement le fonctionnement de la page. Pour essayer le "
                        "tissage, réservez auprès de l'atelier.",
                    ],
                ],
            },
            "it": {
                "title": "Giornata dei telai aperti a Van Phuc",
                "intro": (
                    "Un giorno al mese i laboratori di tessitura aprono ai visitatori, per "
                    "guardare e provare."
                ),
                "search_description": (
                    "La giornata dei laboratori di seta aperti a Van Phuc (evento dimostrativo)."
                ),
                "venue_name": "Laboratori di tessitura di Van Phuc",
                "price_text": "Visita libera; prova di tessitura 100.000 VND (prezzo indicativo).",
                "accessibility": "I telai sono rumorosi; alcuni laboratori hanno un gradino all'ingresso.",
                "organizer_name": "",
                "hero_alt": "Illustrazione di un telaio per la seta",
                "hero_caption": "Illustrazione",
                "body": [
                    [
                        "paragraph",
                        "Questo è un evento dimostrativo: date, orari e prezzo mostrano solo come "
                        "funziona la pagina. Per provare a tessere, prenotate presso il "
                        "laboratorio.",
                    ],
                ],
            },
            "ja": {
                "title": "ヴァンフック 機織り工房公開日",
                "intro": "月に一度、機織り工房が公開され、見学や機織り体験ができます。",
                "search_description": "ヴァンフックの絹織物工房公開日（デモ用イベント）。",
                "venue_name": "ヴァンフックの機織り工房",
                "price_text": "見学無料。機織り体験 100,000ドン（参考価格）。",
                "accessibility": "織機の音が大きく、入口に段差のある工房もあります。",
                "organizer_name": "",
                "hero_alt": "絹の織機のイラスト",
                "hero_caption": "イラスト",
                "body": [
                    [
                        "paragraph",
                        "これはデモ用のイベントで、日程・時間・料金はページの仕組みを示すための"
                        "ものです。機織り体験は工房に事前にご予約ください。",
                    ],
                ],
            },
            "ko": {
                "title": "반푹 베틀 공방 개방일",
                "intro": "한 달에 하루, 베 짜는 공방이 문을 열어 구경하고 직접 짜 볼 수 있습니다.",
                "search_description": "반푹 비단 공방 개방일(데모 행사).",
                "venue_name": "반푹 베 짜기 공방",
                "price_text": "구경은 무료, 베 짜기 체험 100,000동(참고 가격).",
                "accessibility": "베틀 소리가 크고, 입구에 턱이 있는 공방도 있습니다.",
                "organizer_name": "",
                "hero_alt": "비단 베틀 일러스트",
                "hero_caption": "일러스트",
                "body": [
                    [
                        "paragraph",
                        "데모 행사입니다. 날짜, 시간, 가격은 페이지 작동 방식을 보여 주기 위한 "
                        "것입니다. 베 짜기 체험은 공방에 미리 예약하세요.",
                    ],
                ],
            },
        },
    },
    {
        "slug": "quang-an-lotus-tea-season",
        "kind": "festival",
        "is_demo": True,
        "motif": "lotus-tea",
        "recurrence": "yearly",
        "villages": [["quang-an", "host"]],
        "venue_address": "làng Quảng An, phường Quảng An, quận Tây Hồ, Hà Nội",
        "venue_country": "VN",
        "venue_latitude": "21.065000",
        "venue_longitude": "105.822000",
        "is_free": None,
        "source_name": "",
        "source_date": None,
        "source_url": "",
        "text": {
            "vi": {
                "title": "Mùa ướp trà sen Quảng An",
                "intro": (
                    "Khi sen Hồ Tây nở, các gia đình ở Quảng An ướp trà và mời khách xem cách làm."
                ),
                "search_description": "Mùa ướp trà sen ở Quảng An, Tây Hồ (sự kiện minh họa).",
                "venue_name": "Các nhà làm trà sen Quảng An",
                "price_text": "Giá thưởng trà tùy từng nhà; hãy hỏi trước.",
                "accessibility": "Nhà làm trà thường có bậc thềm; đường ven hồ bằng phẳng.",
                "organizer_name": "",
                "hero_alt": "Hình minh họa ấm trà sen",
                "hero_caption": "Minh họa",
                "body": [
                    [
                        "paragraph",
                        "Đây là sự kiện minh họa: mùa ướp trà phụ thuộc vào mùa sen, thường từ "
                        "cuối tháng 5 đến tháng 7, và thay đổi theo từng năm.",
                    ],
                ],
            },
            "en": {
                "title": "Quang An lotus tea season",
                "intro": (
                    "When the West Lake lotuses bloom, families in Quang An scent their tea and "
                    "show visitors how it is done."
                ),
                "search_description": "Lotus tea season in Quang An, Tay Ho (a demo event).",
                "venue_name": "Quang An lotus tea houses",
                "price_text": "Tasting prices vary from house to house; ask first.",
                "accessibility": "Tea houses often have steps; the lakeside road is level.",
                "organizer_name": "",
                "hero_alt": "Illustration of a lotus tea service",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "This is a demo event: the scenting season follows the lotus, usually "
                        "from late May to July, and changes from year to year.",
                    ],
                ],
            },
            "fr": {
                "title": "La saison du thé au lotus à Quang An",
                "intro": (
                    "Quand les lotus du lac de l'Ouest fleurissent, les familles de Quang An "
                    "parfument leur thé et montrent aux visiteurs comment faire."
                ),
                "search_description": (
                    "La saison du thé au lotus à Quang An, Tay Ho (événement de démonstration)."
                ),
                "venue_name": "Maisons de thé au lotus de Quang An",
                "price_text": "Les dégustations varient d'une maison à l'autre ; demandez avant.",
                "accessibility": "Les maisons ont souvent des marches ; la route du lac est plate.",
                "organizer_name": "",
                "hero_alt": "Illustration d'un service à thé au lotus",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "Ceci est un événement de démonstration : la saison suit la floraison "
                        "des lotus, en général de fin mai à juillet, et varie d'une année à "
                        "l'autre.",
                    ],
                ],
            },
            "it": {
                "title": "La stagione del tè al loto a Quang An",
                "intro": (
                    "Quando fioriscono i loti del Lago dell'Ovest, le famiglie di Quang An "
                    "profumano il tè e mostrano ai visitatori come si fa."
                ),
                "search_description": (
                    "La stagione del tè al loto a Quang An, Tay Ho (evento dimostrativo)."
                ),
                "venue_name": "Case del tè al loto di Quang An",
                "price_text": "I prezzi delle degustazioni variano da casa a casa; chiedete prima.",
                "accessibility": "Le case del tè hanno spesso gradini; la strada lungo il lago è piana.",
                "organizer_name": "",
                "hero_alt": "Illustrazione di un servizio da tè al loto",
                "hero_caption": "Illustrazione",
                "body": [
                    [
                        "paragraph",
                        "Questo è un evento dimostrativo: la stagione segue la fioritura dei "
                        "loti, di solito da fine maggio a luglio, e cambia di anno in anno.",
                    ],
                ],
            },
            "ja": {
                "title": "クアンアンの蓮茶の季節",
                "intro": "西湖の蓮が咲くころ、クアンアンの家々が茶に香りを移し、その作り方を見せてくれます。",
                "search_description": "タイホー区クアンアンの蓮茶の季節（デモ用イベント）。",
                "venue_name": "クアンアンの蓮茶の家",
                "price_text": "試飲の料金は家ごとに異なります。事前にお尋ねください。",
                "accessibility": "茶の家には段差が多く、湖沿いの道は平坦です。",
                "organizer_name": "",
                "hero_alt": "蓮茶の茶器のイラスト",
                "hero_caption": "イラスト",
                "body": [
                    [
                        "paragraph",
                        "これはデモ用のイベントです。香り付けの季節は蓮の開花に合わせ、"
                        "例年5月下旬から7月ごろで、年によって変わります。",
                    ],
                ],
            },
            "ko": {
                "title": "꽝안 연꽃차 철",
                "intro": "서호의 연꽃이 피면 꽝안의 집들이 차에 연꽃 향을 입히고 그 과정을 보여 줍니다.",
                "search_description": "떠이호 꽝안의 연꽃차 철(데모 행사).",
                "venue_name": "꽝안 연꽃차 집",
                "price_text": "시음 가격은 집마다 다르니 먼저 물어보세요.",
                "accessibility": "차 집에는 계단이 많고, 호숫가 길은 평탄합니다.",
                "organizer_name": "",
                "hero_alt": "연꽃차 다기 일러스트",
                "hero_caption": "일러스트",
                "body": [
                    [
                        "paragraph",
                        "데모 행사입니다. 향을 입히는 시기는 연꽃 개화에 따라 보통 5월 말부터 "
                        "7월까지이며 해마다 달라집니다.",
                    ],
                ],
            },
        },
    },
    {
        "slug": "ha-thai-tet-closure",
        "kind": "closure",
        "is_demo": True,
        "motif": "lacquer",
        "villages": [["ha-thai", "host"]],
        "venue_address": "làng sơn mài Hạ Thái, xã Duyên Hà, huyện Thường Tín, Hà Nội",
        "venue_country": "VN",
        "venue_latitude": "20.860000",
        "venue_longitude": "105.880000",
        "is_free": None,
        "source_name": "",
        "source_date": None,
        "source_url": "",
        "text": {
            "vi": {
                "title": "Nghỉ Tết ở các xưởng sơn mài Hạ Thái",
                "intro": "Nhiều xưởng đóng cửa vài ngày dịp Tết Nguyên đán; hãy hỏi trước khi đến.",
                "search_description": "Các xưởng sơn mài Hạ Thái nghỉ Tết (sự kiện minh họa).",
                "venue_name": "Các xưởng sơn mài Hạ Thái",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Hình minh họa tranh sơn mài dát vàng",
                "hero_caption": "Minh họa",
                "body": [
                    [
                        "paragraph",
                        "Đây là sự kiện minh họa: ngày nghỉ thật do từng xưởng quyết định. Cửa "
                        "hàng ở làng có thể mở lại sớm hơn xưởng.",
                    ],
                ],
            },
            "en": {
                "title": "Tết closure of the Ha Thai lacquer workshops",
                "intro": (
                    "Many workshops close for several days over the Lunar New Year; ask before "
                    "you go."
                ),
                "search_description": "Ha Thai's lacquer workshops close for Tết (a demo event).",
                "venue_name": "Ha Thai lacquer workshops",
                "price_text": "",
                "accessibility": "",
                "organizer_name": "",
                "hero_alt": "Illustration of lacquer with gold leaf",
                "hero_caption": "Illustration",
                "body": [
                    [
                        "paragraph",
                        "This is a demo event: each workshop sets its own days off. Shops in "
                        "the village may reopen before the workshops do.",
                    ],
                ],
            },
        },
    },
]
