"""The three headline villages: Bát Tràng, Vạn Phúc, Quảng An (vi, en, fr, it, ja, ko).

Facts and figures come only from ../shared/content-brief.md, each with its date
and source. Where two sources give different figures (Bát Tràng's OCOP
products: about 50 in May 2025, 70 in December 2025) both are kept.

Transport, opening hours and visit lengths are not in the sources: they are the
brief's "commonly published details", shown as unconfirmed
(``confirmed=False``, ``hours_confirmed=False``). Where the brief gives no
journey time (the Red River boat, the bus towards Hà Đông, cycling round West
Lake) ``duration_min`` is left as None rather than guessed. Durations of
attractions are given only for the pottery session (30–60 minutes in the brief).

Japanese and Korean village names follow the common press and guidebook forms:
バッチャン / 밧짱, ヴァンフック / 반푹, クアンアン / 꽝안.
"""


def _daily(opens="08:00", closes="17:30"):
    """Typical hours, every day of the week (unconfirmed)."""
    return [[weekday, opens, closes] for weekday in range(7)]


def _tet_2027():
    """Tết 2027 falls on 6 February; many businesses close for several days."""
    return [
        {
            "start_date": "2027-02-05",
            "end_date": "2027-02-10",
            "closed": True,
            "opens": None,
            "closes": None,
        }
    ]


# Sources named in the brief, with their publication dates.
VNN = {"source_name": "Viet Nam News", "source_date": "2025-05-20", "source_url": ""}
VBF = {"source_name": "Vietnam Business Forum", "source_date": "2025-11-03", "source_url": ""}
HANOI_TIMES = {"source_name": "The Hanoi Times", "source_date": "2025-12-01", "source_url": ""}
HANOI_NEWS = {"source_name": "Hanoi news", "source_date": "2025-02-21", "source_url": ""}


VILLAGES = [
    # ------------------------------------------------------------------ Bát Tràng
    {
        "slug": "bat-trang",
        "crafts": ["ceramics"],
        "motif": "ceramics",
        "vietnamese_name": "Bát Tràng",
        "commune": "xã Bát Tràng",
        "district": "huyện Gia Lâm",
        "latitude": "20.975000",
        "longitude": "105.912000",
        "location_approximate": True,
        # 13–15 km by road in the brief (unconfirmed): the middle of the range.
        "distance_km": "14.0",
        "visit_hours": ["2", "4"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        # Access answers: plausible for a riverside pottery village, none of them checked.
        "access": {
            "step_free": "partly",
            "surfaces": ["paved", "alleys"],
            "seating": "yes",
            "kiln_heat": "yes",
        },
        "facts": [
            {
                "value": "700",
                "value_to": None,
                "approximate": True,
                "as_of": "2025-05-20",
                "precision": "day",
                **VNN,
            },
            {
                "value": "200",
                "value_to": None,
                "approximate": False,
                "as_of": "2025-05-20",
                "precision": "day",
                **VNN,
            },
            {
                "value": "50",
                "value_to": None,
                "approximate": True,
                "as_of": "2025-05-20",
                "precision": "day",
                **VNN,
            },
            {
                "value": "70",
                "value_to": None,
                "approximate": False,
                "as_of": "2025-12-01",
                "precision": "month",
                **HANOI_TIMES,
            },
        ],
        "recognitions": [
            # The brief gives no date for the listing.
            {"date": None, "source_name": "Viet Nam News", "source_url": ""},
            {"date": "2025-02-14", "source_name": "Hanoi news", "source_url": ""},
        ],
        "attractions": [
            {
                "kind": "market",
                "duration_minutes": None,
                "access": {"step_free": "partly", "surfaces": ["paved", "uneven"], "noise": "yes"},
            },
            {
                # Small museums may close at lunch (brief): a shorter day than the shops, unconfirmed.
                "kind": "museum",
                "duration_minutes": None,
                "hours": {"opens": "08:00", "closes": "17:00"},
                "access": {
                    "step_free": "yes",
                    "accessible_toilet": "yes",
                    "surfaces": ["paved"],
                    "seating": "yes",
                    "kiln_heat": "no",
                    "noise": "no",
                },
            },
            {
                "kind": "workshop",
                "duration_minutes": 60,
                "hours": {"opens": "08:30", "closes": "17:00"},
                "access": {"step_free": "partly", "seating": "yes", "kiln_heat": "yes"},
            },
            {"kind": "walk", "duration_minutes": None},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 30,
                "duration_max": 45,
                "distance_km": "14.0",
                "confirmed": False,
            },
            {
                "mode": "bus",
                "line": "47A",
                "duration_min": 60,
                "duration_max": None,
                "distance_km": None,
                "confirmed": False,
            },
            {
                # Offered by some tour operators; the brief gives no schedule or time.
                "mode": "boat",
                "line": "",
                "duration_min": None,
                "duration_max": None,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["market", "river"],
        "text": {
            "vi": {
                "title": "Bát Tràng",
                "intro": (
                    "Làng gốm bên bờ sông Hồng với khoảng 700 năm lịch sử. Nghề gốm Bát Tràng "
                    "có tên trong Danh mục di sản văn hóa phi vật thể quốc gia, và từ tháng "
                    "2/2025 làng là thành viên Mạng lưới Thủ công Thế giới."
                ),
                "search_description": (
                    "Làng gốm Bát Tràng (Gia Lâm, Hà Nội): khoảng 700 năm lịch sử, chợ gốm, bảo "
                    "tàng, trải nghiệm làm gốm, sản phẩm OCOP và cách đi từ phố cổ."
                ),
                "hero_alt": "Bình và bát gốm men Bát Tràng bày trên kệ",
                "hero_caption": "Hình minh họa: gốm Bát Tràng.",
                "body": [
                    ["heading", "Bảy thế kỷ bên bờ sông Hồng"],
                    [
                        "paragraph",
                        "Bát Tràng nằm bên bờ sông Hồng, thuộc xã Bát Tràng, huyện Gia Lâm. Nghề "
                        "gốm ở đây có khoảng 700 năm lịch sử và đã được ghi danh vào Danh mục di "
                        "sản văn hóa phi vật thể quốc gia. Hiện làng có hơn 200 nghệ nhân và thợ "
                        "lành nghề. Ngày 14/2/2025, Bát Tràng cùng làng lụa Vạn Phúc được công bố "
                        "là thành viên Mạng lưới Thủ công Thế giới (World Crafts Network) của Hội "
                        "đồng Thủ công Thế giới (WCC). Từ năm 2019, Bát Tràng là điểm du lịch "
                        "được công nhận, đồng thời là một điểm dừng trên tuyến du lịch sông Hồng.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": (
                                "Lò nung gốm, nơi sản phẩm được nung sau khi tạo hình và tráng men"
                            ),
                            "caption": "Hình minh họa: lò nung gốm.",
                        },
                    ],
                    ["heading", "Sản phẩm OCOP và xuất khẩu"],
                    [
                        "paragraph",
                        "Nhiều sản phẩm gốm Bát Tràng được chứng nhận theo chương trình OCOP (Mỗi "
                        "xã một sản phẩm) của Hà Nội. Theo Viet Nam News, tháng 5/2025 làng có "
                        "khoảng 50 sản phẩm OCOP; theo The Hanoi Times, con số này là 70 vào "
                        "tháng 12/2025. Một số sản phẩm đạt 5 sao, hạng cao nhất toàn quốc. Một "
                        "doanh nghiệp ở Bát Tràng có bốn bộ sản phẩm gốm – bộ đồ ăn họa tiết sen "
                        "và bộ ấm chén – đạt 5 sao và đã xuất khẩu sang Anh, Pháp, Ý, Nhật Bản và "
                        "Hàn Quốc. Từ ngày 19 đến 21/12/2025, triển lãm sản phẩm OCOP Bát Tràng "
                        "diễn ra với 80 gian hàng và các màn trình diễn nghề trực tiếp.",
                    ],
                    [
                        "fact",
                        {
                            "value": "70",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "sản phẩm OCOP",
                            "as_of": "2025-12-01",
                            "precision": "month",
                            "source_name": "The Hanoi Times",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "Làng gốm Kim Lan ngay cạnh Bát Tràng, là điểm du lịch từ năm 2024."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa chưa được làng xác nhận. Cửa hàng và chợ thường mở hằng ngày từ "
                    "khoảng 8:00 đến 17:30–18:00; xưởng và bảo tàng nhỏ có thể nghỉ trưa và nghỉ "
                    "vào một số ngày lễ."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi cho xe lăn hay nhà vệ sinh. Ngõ "
                    "trong làng có thể hẹp, và khu vực gần lò nung có thể rất nóng. Nên hỏi trước "
                    "nơi bạn định ghé."
                ),
                "facts": [
                    {"label": "lịch sử nghề gốm", "unit": "năm"},
                    {"label": "nghệ nhân và thợ lành nghề", "unit": "người trở lên"},
                    {"label": "sản phẩm OCOP", "unit": ""},
                    {"label": "sản phẩm OCOP", "unit": ""},
                ],
                "recognitions": [
                    {
                        "title": (
                            "Danh mục di sản văn hóa phi vật thể quốc gia (nghề gốm Bát Tràng)"
                        ),
                        "granted_by": "Bộ Văn hóa, Thể thao và Du lịch",
                    },
                    {
                        "title": "Thành viên Mạng lưới Thủ công Thế giới (World Crafts Network)",
                        "granted_by": "Hội đồng Thủ công Thế giới (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Chợ gốm Bát Tràng",
                        "description": (
                            "Nơi bày bán đồ gốm của các xưởng trong làng, từ bát đĩa, ấm chén dùng "
                            "hằng ngày đến bình hoa và đồ trang trí."
                        ),
                    },
                    {
                        "name": "Bảo tàng Gốm Bát Tràng",
                        "description": (
                            "Giới thiệu lịch sử và sản phẩm của nghề gốm Bát Tràng. Giờ mở cửa và "
                            "giá vé cần được xác nhận trước khi đến."
                        ),
                    },
                    {
                        "name": "Trải nghiệm làm gốm",
                        "description": (
                            "Tự tay tạo hình một món đồ gốm trên bàn xoay. Một buổi thường kéo "
                            "dài 30–60 phút."
                        ),
                    },
                    {
                        "name": "Dạo quanh làng",
                        "description": (
                            "Đi bộ qua những con ngõ để cảm nhận nhịp sống và đời sống văn hóa của "
                            "một làng nghề đang hoạt động."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết Nguyên đán 2027: nhiều cửa hàng và xưởng nghỉ vài ngày (cần xác "
                            "nhận)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Phố cổ Hà Nội",
                        "notes": (
                            "Khoảng 13–15 km về phía đông nam, qua sông Hồng. Thông tin tham khảo, "
                            "cần được làng xác nhận."
                        ),
                    },
                    {
                        "origin": "Điểm trung chuyển xe buýt Long Biên",
                        "notes": (
                            "Tuyến 47A đi Bát Tràng, mất khoảng một giờ. Lộ trình và giờ chạy cần "
                            "được xác nhận."
                        ),
                    },
                    {
                        "origin": "Điểm đón của công ty lữ hành",
                        "notes": (
                            "Một số công ty lữ hành tổ chức đi thuyền trên sông Hồng đến Bát "
                            "Tràng. Lịch chạy chưa rõ; hãy hỏi trực tiếp công ty lữ hành."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Quầy hàng bày bát, đĩa và bình gốm ở chợ gốm",
                        "caption": "Hình minh họa: chợ gốm Bát Tràng.",
                    },
                    {
                        "alt": "Bờ sông Hồng gần làng",
                        "caption": "Bát Tràng là một điểm dừng trên tuyến du lịch sông Hồng.",
                    },
                ],
            },
            "en": {
                "title": "Bát Tràng",
                "intro": (
                    "A pottery village on the banks of the Red River with around 700 years of "
                    "history. Bát Tràng's pottery craft is on Vietnam's National List of "
                    "Intangible Cultural Heritage, and since February 2025 the village has been a "
                    "member of the World Crafts Network."
                ),
                "search_description": (
                    "Bát Tràng pottery village (Gia Lâm, Hanoi): some 700 years of ceramics, the "
                    "pottery market and museum, hands-on pottery, OCOP products and how to get "
                    "there from the Old Quarter."
                ),
                "hero_alt": "Glazed Bát Tràng vases and bowls displayed on shelves",
                "hero_caption": "Illustration: Bát Tràng ceramics.",
                "body": [
                    ["heading", "Seven centuries on the Red River"],
                    [
                        "paragraph",
                        "Bát Tràng lies on the Red River, in Bát Tràng commune, Gia Lâm district. "
                        "Potters have worked here for around 700 years, and the village's pottery "
                        "craft is on the National List of Intangible Cultural Heritage. More than "
                        "200 skilled artisans work in the village today. On 14 February 2025, Bát "
                        "Tràng and the silk village of Vạn Phúc were announced as members of the "
                        "World Crafts Network of the World Crafts Council (WCC). Bát Tràng has "
                        "been a recognised tourist destination since 2019 and is a stop on the "
                        "Red River tourism route.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": (
                                "A pottery kiln, where pieces are fired after shaping and glazing"
                            ),
                            "caption": "Illustration: a pottery kiln.",
                        },
                    ],
                    ["heading", "OCOP products and exports"],
                    [
                        "paragraph",
                        "Many Bát Tràng ceramics are certified under Hanoi's OCOP (One Commune, "
                        "One Product) programme. Viet Nam News counted about 50 OCOP products in "
                        "the village in May 2025; The Hanoi Times reported 70 in December 2025. "
                        "Several are rated 5 stars, the highest national level. One Bát Tràng "
                        "company has four ceramic sets – lotus-themed dinnerware and tea sets – "
                        "rated 5 stars and exported to the United Kingdom, France, Italy, Japan "
                        "and South Korea. From 19 to 21 December 2025, the Bát Tràng OCOP "
                        "exhibition brought together 80 booths and live craft demonstrations.",
                    ],
                    [
                        "fact",
                        {
                            "value": "70",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "OCOP products",
                            "as_of": "2025-12-01",
                            "precision": "month",
                            "source_name": "The Hanoi Times",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "Kim Lan, the neighbouring pottery village, a tourist destination "
                                "since 2024."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Hours not yet confirmed by the village. Shops and the market usually open "
                    "daily from about 8:00 to 17:30–18:00; workshops and small museums may close "
                    "at lunchtime and on some public holidays."
                ),
                "accessibility": (
                    "No verified information yet on wheelchair access or toilets. Village lanes "
                    "can be narrow, and it can get very hot near the kilns. Check with the place "
                    "you plan to visit before you go."
                ),
                "facts": [
                    {"label": "history of pottery-making", "unit": "years"},
                    {"label": "skilled artisans", "unit": "or more"},
                    {"label": "OCOP products", "unit": ""},
                    {"label": "OCOP products", "unit": ""},
                ],
                "recognitions": [
                    {
                        "title": (
                            "National List of Intangible Cultural Heritage (Bát Tràng pottery "
                            "craft)"
                        ),
                        "granted_by": "Ministry of Culture, Sports and Tourism",
                    },
                    {
                        "title": "Member of the World Crafts Network",
                        "granted_by": "World Crafts Council (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Bát Tràng pottery market",
                        "description": (
                            "Stalls selling ceramics from the village's workshops, from everyday "
                            "bowls and tea sets to vases and decorative pieces."
                        ),
                    },
                    {
                        "name": "Bát Tràng Pottery Museum",
                        "description": (
                            "Introduces the history and work of Bát Tràng's potters. Opening hours "
                            "and ticket prices are to be confirmed before you go."
                        ),
                    },
                    {
                        "name": "Hands-on pottery session",
                        "description": (
                            "Shape a piece of your own on the potter's wheel. A session usually "
                            "takes 30–60 minutes."
                        ),
                    },
                    {
                        "name": "Village walk",
                        "description": (
                            "Stroll through the lanes to get a feel for daily and cultural life in "
                            "a working craft village."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Lunar New Year) 2027: many shops and workshops close for several "
                            "days (to be confirmed)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Hanoi Old Quarter",
                        "notes": (
                            "About 13–15 km south-east, across the Red River. Indicative only; to "
                            "be confirmed by the village."
                        ),
                    },
                    {
                        "origin": "Long Biên bus interchange",
                        "notes": (
                            "Route 47A to Bát Tràng, about an hour. Route and timetable to be "
                            "confirmed."
                        ),
                    },
                    {
                        "origin": "Tour operator's pick-up point",
                        "notes": (
                            "Some tour operators offer boat trips on the Red River to Bát Tràng. "
                            "Schedules are not known; ask the operator directly."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Stalls of bowls, plates and vases at the pottery market",
                        "caption": "Illustration: the Bát Tràng pottery market.",
                    },
                    {
                        "alt": "The banks of the Red River near the village",
                        "caption": "Bát Tràng is a stop on the Red River tourism route.",
                    },
                ],
            },
            "fr": {
                "title": "Bát Tràng",
                "intro": (
                    "Village de potiers au bord du fleuve Rouge, riche d'environ 700 ans "
                    "d'histoire. La céramique de Bát Tràng est inscrite sur la Liste nationale du "
                    "patrimoine culturel immatériel et, depuis février 2025, le village est membre "
                    "du World Crafts Network."
                ),
                "search_description": (
                    "Bát Tràng, village de la céramique (Gia Lâm, Hanoï) : environ 700 ans "
                    "d'histoire, marché de la poterie, musée, initiation au tour, produits OCOP et "
                    "accès depuis le vieux quartier."
                ),
                "hero_alt": "Vases et bols émaillés de Bát Tràng présentés sur des étagères",
                "hero_caption": "Illustration : céramiques de Bát Tràng.",
                "body": [
                    ["heading", "Sept siècles au bord du fleuve Rouge"],
                    [
                        "paragraph",
                        "Bát Tràng se trouve au bord du fleuve Rouge, dans la commune de Bát "
                        "Tràng (district de Gia Lâm). On y façonne la céramique depuis environ "
                        "700 ans, et ce savoir-faire figure sur la Liste nationale du patrimoine "
                        "culturel immatériel. Le village compte aujourd'hui plus de 200 artisans "
                        "qualifiés. Le 14 février 2025, Bát Tràng et le village de la soie de Vạn "
                        "Phúc ont été annoncés comme membres du World Crafts Network du Conseil "
                        "mondial de l'artisanat (WCC). Destination touristique reconnue depuis "
                        "2019, Bát Tràng est aussi une étape de l'itinéraire touristique du "
                        "fleuve Rouge.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": (
                                "Four de potier, où les pièces sont cuites après façonnage et "
                                "émaillage"
                            ),
                            "caption": "Illustration : un four de potier.",
                        },
                    ],
                    ["heading", "Produits OCOP et exportations"],
                    [
                        "paragraph",
                        "De nombreuses céramiques de Bát Tràng sont certifiées dans le cadre du "
                        "programme OCOP (« Une commune, un produit ») de Hanoï. Viet Nam News "
                        "recensait environ 50 produits OCOP dans le village en mai 2025 ; The "
                        "Hanoi Times en comptait 70 en décembre 2025. Plusieurs sont classés 5 "
                        "étoiles, le plus haut niveau national. Une entreprise de Bát Tràng "
                        "compte ainsi quatre services en céramique classés 5 étoiles – vaisselle "
                        "à motif de lotus et services à thé –, exportés au Royaume-Uni, en "
                        "France, en Italie, au Japon et en Corée du Sud. Du 19 au 21 décembre "
                        "2025, l'exposition OCOP de Bát Tràng a réuni 80 stands et des "
                        "démonstrations de savoir-faire en direct.",
                    ],
                    [
                        "fact",
                        {
                            "value": "70",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "produits OCOP",
                            "as_of": "2025-12-01",
                            "precision": "month",
                            "source_name": "The Hanoi Times",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "Kim Lan, le village de potiers voisin, destination touristique "
                                "depuis 2024."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Horaires non encore confirmés par le village. Les boutiques et le marché "
                    "ouvrent en général tous les jours d'environ 8 h à 17 h 30-18 h ; les ateliers "
                    "et les petits musées peuvent fermer à l'heure du déjeuner et certains jours "
                    "fériés."
                ),
                "accessibility": (
                    "Pas encore d'information vérifiée sur l'accès en fauteuil roulant ni sur les "
                    "toilettes. Les ruelles peuvent être étroites et il peut faire très chaud près "
                    "des fours. Renseignez-vous auprès du lieu que vous comptez visiter avant de "
                    "partir."
                ),
                "facts": [
                    {"label": "histoire de la céramique", "unit": "ans"},
                    {"label": "artisans qualifiés", "unit": "et plus"},
                    {"label": "produits OCOP", "unit": ""},
                    {"label": "produits OCOP", "unit": ""},
                ],
                "recognitions": [
                    {
                        "title": (
                            "Liste nationale du patrimoine culturel immatériel (art de la "
                            "céramique de Bát Tràng)"
                        ),
                        "granted_by": "Ministère de la Culture, des Sports et du Tourisme",
                    },
                    {
                        "title": "Membre du World Crafts Network",
                        "granted_by": "Conseil mondial de l'artisanat (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Marché de la poterie de Bát Tràng",
                        "description": (
                            "Les étals proposent les céramiques des ateliers du village, des bols "
                            "et services à thé du quotidien aux vases et objets décoratifs."
                        ),
                    },
                    {
                        "name": "Musée de la céramique de Bát Tràng",
                        "description": (
                            "Il présente l'histoire et les créations des potiers de Bát Tràng. "
                            "Horaires et tarifs à confirmer avant la visite."
                        ),
                    },
                    {
                        "name": "Initiation au tour de potier",
                        "description": (
                            "Façonnez votre propre pièce sur le tour. Une séance dure généralement "
                            "de 30 à 60 minutes."
                        ),
                    },
                    {
                        "name": "Promenade dans le village",
                        "description": (
                            "Flânez dans les ruelles pour saisir la vie quotidienne et culturelle "
                            "d'un village artisanal en pleine activité."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Nouvel An lunaire) 2027 : de nombreux commerces et ateliers "
                            "ferment plusieurs jours (à confirmer)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Vieux quartier de Hanoï",
                        "notes": (
                            "Environ 13 à 15 km au sud-est, de l'autre côté du fleuve Rouge. À "
                            "titre indicatif ; à confirmer par le village."
                        ),
                    },
                    {
                        "origin": "Pôle d'échanges de bus de Long Biên",
                        "notes": (
                            "Ligne 47A jusqu'à Bát Tràng, environ une heure. Itinéraire et "
                            "horaires à confirmer."
                        ),
                    },
                    {
                        "origin": "Point de rendez-vous fixé par l'agence",
                        "notes": (
                            "Certaines agences proposent des excursions en bateau sur le fleuve "
                            "Rouge jusqu'à Bát Tràng. Horaires inconnus : renseignez-vous "
                            "directement auprès de l'agence."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Étals de bols, d'assiettes et de vases au marché de la poterie",
                        "caption": "Illustration : le marché de la poterie de Bát Tràng.",
                    },
                    {
                        "alt": "Les berges du fleuve Rouge près du village",
                        "caption": (
                            "Bát Tràng est une étape de l'itinéraire touristique du fleuve Rouge."
                        ),
                    },
                ],
            },
            "it": {
                "title": "Bát Tràng",
                "intro": (
                    "Villaggio di vasai sulle rive del Fiume Rosso, con circa 700 anni di storia. "
                    "L'arte ceramica di Bát Tràng è iscritta nell'Elenco nazionale del patrimonio "
                    "culturale immateriale e da febbraio 2025 il villaggio fa parte del World "
                    "Crafts Network."
                ),
                "search_description": (
                    "Bát Tràng, il villaggio della ceramica (Gia Lâm, Hanoi): circa 700 anni di "
                    "storia, mercato e museo della ceramica, laboratori al tornio, prodotti OCOP e "
                    "come arrivarci dal quartiere vecchio."
                ),
                "hero_alt": "Vasi e ciotole smaltati di Bát Tràng esposti su scaffali",
                "hero_caption": "Illustrazione: ceramiche di Bát Tràng.",
                "body": [
                    ["heading", "Sette secoli sul Fiume Rosso"],
                    [
                        "paragraph",
                        "Bát Tràng sorge sulle rive del Fiume Rosso, nel comune di Bát Tràng "
                        "(distretto di Gia Lâm). Qui si lavora la ceramica da circa 700 anni, e "
                        "quest'arte è iscritta nell'Elenco nazionale del patrimonio culturale "
                        "immateriale. Oggi nel villaggio lavorano più di 200 artigiani esperti. Il "
                        "14 febbraio 2025 Bát Tràng e il villaggio della seta di Vạn Phúc sono "
                        "stati annunciati come membri del World Crafts Network del World Crafts "
                        "Council (WCC). Destinazione turistica riconosciuta dal 2019, Bát Tràng è "
                        "anche una tappa dell'itinerario turistico del Fiume Rosso.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": (
                                "Un forno per ceramica, dove i pezzi vengono cotti dopo la "
                                "modellatura e la smaltatura"
                            ),
                            "caption": "Illustrazione: un forno per ceramica.",
                        },
                    ],
                    ["heading", "Prodotti OCOP ed esportazioni"],
                    [
                        "paragraph",
                        "Molte ceramiche di Bát Tràng sono certificate nell'ambito del programma "
                        "OCOP («Un comune, un prodotto») di Hanoi. Viet Nam News contava circa 50 "
                        "prodotti OCOP nel villaggio a maggio 2025; The Hanoi Times ne riportava "
                        "70 a dicembre 2025. Diversi hanno ottenuto 5 stelle, il massimo livello "
                        "nazionale. Un'azienda di Bát Tràng ha quattro servizi in ceramica – "
                        "stoviglie con motivi di loto e servizi da tè – classificati a 5 stelle "
                        "ed esportati nel Regno Unito, in Francia, in Italia, in Giappone e in "
                        "Corea del Sud. Dal 19 al 21 dicembre 2025 la mostra OCOP di Bát Tràng ha "
                        "riunito 80 stand, con dimostrazioni artigianali dal vivo.",
                    ],
                    [
                        "fact",
                        {
                            "value": "70",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "prodotti OCOP",
                            "as_of": "2025-12-01",
                            "precision": "month",
                            "source_name": "The Hanoi Times",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "Kim Lan, il vicino villaggio di vasai, destinazione turistica dal "
                                "2024."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Orari non ancora confermati dal villaggio. Negozi e mercato sono di solito "
                    "aperti tutti i giorni dalle 8:00 circa alle 17:30-18:00; laboratori e piccoli "
                    "musei possono chiudere all'ora di pranzo e in alcuni giorni festivi."
                ),
                "accessibility": (
                    "Non ci sono ancora informazioni verificate sull'accessibilità in sedia a "
                    "rotelle né sui servizi igienici. I vicoli possono essere stretti e vicino ai "
                    "forni può fare molto caldo. Prima di partire, informatevi presso il luogo che "
                    "intendete visitare."
                ),
                "facts": [
                    {"label": "storia della ceramica", "unit": "anni"},
                    {"label": "artigiani esperti", "unit": "e oltre"},
                    {"label": "prodotti OCOP", "unit": ""},
                    {"label": "prodotti OCOP", "unit": ""},
                ],
                "recognitions": [
                    {
                        "title": (
                            "Elenco nazionale del patrimonio culturale immateriale (arte ceramica "
                            "di Bát Tràng)"
                        ),
                        "granted_by": "Ministero della Cultura, dello Sport e del Turismo",
                    },
                    {
                        "title": "Membro del World Crafts Network",
                        "granted_by": "World Crafts Council (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Mercato della ceramica di Bát Tràng",
                        "description": (
                            "Le bancarelle offrono le ceramiche delle botteghe del villaggio, "
                            "dalle ciotole e dai servizi da tè di uso quotidiano ai vasi e agli "
                            "oggetti decorativi."
                        ),
                    },
                    {
                        "name": "Museo della ceramica di Bát Tràng",
                        "description": (
                            "Racconta la storia e le opere dei vasai di Bát Tràng. Orari e prezzi "
                            "dei biglietti da confermare prima della visita."
                        ),
                    },
                    {
                        "name": "Laboratorio al tornio",
                        "description": (
                            "Modellate al tornio un pezzo tutto vostro. Una sessione dura di "
                            "solito 30-60 minuti."
                        ),
                    },
                    {
                        "name": "Passeggiata nel villaggio",
                        "description": (
                            "Tra i vicoli si coglie la vita quotidiana e culturale di un villaggio "
                            "artigiano ancora in piena attività."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Capodanno lunare) 2027: molti negozi e laboratori chiudono per "
                            "alcuni giorni (da confermare)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Quartiere vecchio di Hanoi",
                        "notes": (
                            "Circa 13-15 km a sud-est, sull'altra sponda del Fiume Rosso. "
                            "Indicazioni orientative, da confermare con il villaggio."
                        ),
                    },
                    {
                        "origin": "Nodo di interscambio degli autobus di Long Biên",
                        "notes": (
                            "Linea 47A fino a Bát Tràng, circa un'ora. Percorso e orari da "
                            "confermare."
                        ),
                    },
                    {
                        "origin": "Punto d'incontro indicato dall'operatore",
                        "notes": (
                            "Alcuni tour operator organizzano gite in barca sul Fiume Rosso fino a "
                            "Bát Tràng. Orari non noti: chiedete direttamente all'operatore."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Bancarelle con ciotole, piatti e vasi al mercato della ceramica",
                        "caption": "Illustrazione: il mercato della ceramica di Bát Tràng.",
                    },
                    {
                        "alt": "Le rive del Fiume Rosso vicino al villaggio",
                        "caption": (
                            "Bát Tràng è una tappa dell'itinerario turistico del Fiume Rosso."
                        ),
                    },
                ],
            },
            "ja": {
                "title": "バッチャン",
                "intro": (
                    "紅河のほとりにある、約700年の歴史を持つ陶磁器の村。バッチャンの陶芸は国家"
                    "無形文化遺産リストに登録されており、2025年2月には世界工芸ネットワーク"
                    "（World Crafts Network）の一員となりました。"
                ),
                "search_description": (
                    "ハノイ・ザーラムのバッチャン陶磁器村。約700年の歴史、陶器市場と博物館、陶芸"
                    "体験、OCOP認証商品、旧市街からのアクセスを紹介します。"
                ),
                "hero_alt": "棚に並ぶバッチャン焼の花瓶や碗",
                "hero_caption": "イラスト：バッチャン焼",
                "body": [
                    ["heading", "紅河のほとりで700年"],
                    [
                        "paragraph",
                        "バッチャンは、紅河のほとり、ザーラム県バッチャン社にある村です。この地では"
                        "約700年にわたって焼き物が作られてきました。バッチャンの陶芸は国家無形文化"
                        "遺産リストに登録されており、現在、村には200人を超える熟練の職人がいます。"
                        "2025年2月14日には、絹織物の村ヴァンフックとともに、世界工芸協議会（WCC）"
                        "の世界工芸ネットワーク（World Crafts Network）への加盟が発表されました。"
                        "2019年からは公認の観光地となっており、紅河観光ルートの立ち寄り先の一つ"
                        "でもあります。",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": "成形と施釉を終えた器を焼き上げる陶芸窯",
                            "caption": "イラスト：陶芸の窯",
                        },
                    ],
                    ["heading", "OCOP認証商品と輸出"],
                    [
                        "paragraph",
                        "バッチャンの陶磁器の多くが、ハノイ市のOCOP（一村一品）プログラムの認証を"
                        "受けています。Viet Nam Newsによると2025年5月時点で村のOCOP認証商品は約50"
                        "点、The Hanoi Timesによると2025年12月時点で70点に上ります。中には国内最高"
                        "ランクの5つ星を獲得した商品もあります。バッチャンのある企業は、蓮をモチー"
                        "フにした食器セットや茶器セットなど、4つの陶磁器セットで5つ星を獲得してお"
                        "り、これらはイギリス、フランス、イタリア、日本、韓国に輸出されています。"
                        "2025年12月19日から21日には、80のブースが並び、職人による実演も行われたバ"
                        "ッチャンOCOP展示会が開かれました。",
                    ],
                    [
                        "fact",
                        {
                            "value": "70",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "OCOP認証商品",
                            "as_of": "2025-12-01",
                            "precision": "month",
                            "source_name": "The Hanoi Times",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "バッチャンに隣接する陶器の村キムラン。2024年から観光地となっていま"
                                "す。"
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "営業時間は村による確認がまだ取れていません。商店や市場はおおむね毎日8:00頃"
                    "から17:30〜18:00頃まで営業しています。工房や小さな博物館は、昼休みや一部の"
                    "祝日に閉まることがあります。"
                ),
                "accessibility": (
                    "車いすでの通行やトイレについて、確認済みの情報はまだありません。村の路地は"
                    "狭いことがあり、窯の近くは非常に暑くなることがあります。訪問先に事前にご確認"
                    "ください。"
                ),
                "facts": [
                    {"label": "陶芸の歴史", "unit": "年"},
                    {"label": "熟練の職人", "unit": "人以上"},
                    {"label": "OCOP認証商品", "unit": ""},
                    {"label": "OCOP認証商品", "unit": ""},
                ],
                "recognitions": [
                    {
                        "title": "国家無形文化遺産リスト（バッチャンの陶芸）",
                        "granted_by": "ベトナム文化スポーツ観光省",
                    },
                    {
                        "title": "世界工芸ネットワーク（World Crafts Network）加盟",
                        "granted_by": "世界工芸協議会（WCC）",
                    },
                ],
                "attractions": [
                    {
                        "name": "バッチャン陶器市場",
                        "description": (
                            "村の工房で作られた陶磁器が並び、日常使いの碗や茶器から花瓶、装飾品"
                            "まで揃います。"
                        ),
                    },
                    {
                        "name": "バッチャン陶器博物館",
                        "description": (
                            "バッチャンの陶芸の歴史と作品を紹介しています。開館時間と入館料は、"
                            "お出かけ前にご確認ください。"
                        ),
                    },
                    {
                        "name": "陶芸体験",
                        "description": (
                            "ろくろを使って、自分だけの器を形づくります。所要時間は通常30〜60分"
                            "です。"
                        ),
                    },
                    {
                        "name": "村の散策",
                        "description": (
                            "路地を歩きながら、今も仕事が続く工芸村の暮らしや文化に触れることが"
                            "できます。"
                        ),
                    },
                ],
                "opening_exceptions": [
                    {"reason": "2027年のテト（旧正月）：多くの商店や工房が数日間休業（要確認）"},
                ],
                "transport": [
                    {
                        "origin": "ハノイ旧市街",
                        "notes": (
                            "南東へ約13〜15km、紅河の対岸です。目安であり、村による確認が必要です。"
                        ),
                    },
                    {
                        "origin": "ロンビエン・バスターミナル",
                        "notes": "47A番のバスでバッチャンまで約1時間。経路と時刻は要確認です。",
                    },
                    {
                        "origin": "ツアー会社が指定する集合場所",
                        "notes": (
                            "一部のツアー会社が、紅河を船でバッチャンへ向かうツアーを催行して"
                            "います。運航スケジュールは不明のため、ツアー会社に直接お問い合わせ"
                            "ください。"
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "陶器市場の店先に並ぶ碗や皿、花瓶",
                        "caption": "イラスト：バッチャン陶器市場",
                    },
                    {
                        "alt": "村の近くを流れる紅河の岸辺",
                        "caption": "バッチャンは紅河観光ルートの立ち寄り先の一つです。",
                    },
                ],
            },
            "ko": {
                "title": "밧짱",
                "intro": (
                    "홍강 기슭에 자리한, 약 700년 역사의 도자기 마을입니다. 밧짱의 도자기 공예는 "
                    "국가무형문화유산 목록에 올라 있으며, 마을은 2025년 2월부터 세계공예네트워크"
                    "(World Crafts Network)의 회원입니다."
                ),
                "search_description": (
                    "하노이 자럼의 밧짱 도자기 마을: 약 700년의 역사, 도자기 시장과 박물관, "
                    "도자기 만들기 체험, OCOP 인증 상품, 구시가지에서 가는 방법."
                ),
                "hero_alt": "선반에 진열된 밧짱 도자기 꽃병과 그릇",
                "hero_caption": "일러스트: 밧짱 도자기",
                "body": [
                    ["heading", "홍강 기슭의 700년"],
                    [
                        "paragraph",
                        "밧짱은 홍강 기슭, 자럼현 밧짱사에 있는 마을입니다. 이곳에서는 약 700년 "
                        "전부터 도자기를 빚어 왔으며, 밧짱의 도자기 공예는 국가무형문화유산 "
                        "목록에 올라 있습니다. 현재 마을에는 200명이 넘는 숙련된 장인이 있습니다. "
                        "2025년 2월 14일에는 비단 마을 반푹과 함께 세계공예협의회(WCC)의 "
                        "세계공예네트워크(World Crafts Network) 회원으로 발표되었습니다. "
                        "2019년부터 공인 관광지이며, 홍강 관광 루트의 경유지이기도 합니다.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": "성형과 유약 작업을 마친 그릇을 굽는 도자기 가마",
                            "caption": "일러스트: 도자기 가마",
                        },
                    ],
                    ["heading", "OCOP 인증 상품과 수출"],
                    [
                        "paragraph",
                        "밧짱 도자기 가운데 상당수가 하노이시 OCOP(1사 1품) 프로그램의 인증을 "
                        "받았습니다. Viet Nam News에 따르면 2025년 5월 기준 마을의 OCOP 인증 "
                        "상품은 약 50개였고, The Hanoi Times는 2025년 12월 기준 70개라고 "
                        "보도했습니다. 일부 상품은 국가 최고 등급인 5성을 받았습니다. 밧짱의 한 "
                        "기업은 연꽃 문양 식기 세트와 다기 세트 등 도자기 세트 네 종으로 5성을 "
                        "받았으며, 이 제품들은 영국, 프랑스, 이탈리아, 일본, 한국으로 "
                        "수출되었습니다. 2025년 12월 19일부터 21일까지 열린 밧짱 OCOP 전시회에는 "
                        "80개 부스가 마련되었고, 장인들의 공예 시연도 펼쳐졌습니다.",
                    ],
                    [
                        "fact",
                        {
                            "value": "70",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "OCOP 인증 상품",
                            "as_of": "2025-12-01",
                            "precision": "month",
                            "source_name": "The Hanoi Times",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "밧짱 바로 옆의 도자기 마을 낌란. 2024년부터 관광지로 "
                                "지정되었습니다."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "운영 시간은 아직 마을의 확인을 받지 않았습니다. 상점과 시장은 보통 매일 오전 "
                    "8시경부터 오후 5시 30분~6시경까지 문을 엽니다. 공방과 소규모 박물관은 "
                    "점심시간과 일부 공휴일에 문을 닫을 수 있습니다."
                ),
                "accessibility": (
                    "휠체어 이동이나 화장실에 대해 확인된 정보는 아직 없습니다. 마을 골목은 좁을 "
                    "수 있고, 가마 주변은 매우 뜨거울 수 있습니다. 방문하려는 곳에 미리 "
                    "문의하세요."
                ),
                "facts": [
                    {"label": "도자기 역사", "unit": "년"},
                    {"label": "숙련된 장인", "unit": "명 이상"},
                    {"label": "OCOP 인증 상품", "unit": ""},
                    {"label": "OCOP 인증 상품", "unit": ""},
                ],
                "recognitions": [
                    {
                        "title": "국가무형문화유산 목록(밧짱 도자기 공예)",
                        "granted_by": "베트남 문화체육관광부",
                    },
                    {
                        "title": "세계공예네트워크(World Crafts Network) 회원",
                        "granted_by": "세계공예협의회(WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "밧짱 도자기 시장",
                        "description": (
                            "마을 공방에서 만든 도자기가 모여 있어, 일상용 그릇과 다기부터 꽃병, "
                            "장식품까지 둘러볼 수 있습니다."
                        ),
                    },
                    {
                        "name": "밧짱 도자기 박물관",
                        "description": (
                            "밧짱 도자기 공예의 역사와 작품을 소개합니다. 개관 시간과 입장료는 "
                            "방문 전에 확인이 필요합니다."
                        ),
                    },
                    {
                        "name": "도자기 만들기 체험",
                        "description": (
                            "물레를 돌려 나만의 도자기를 빚어 봅니다. 보통 30~60분 정도 걸립니다."
                        ),
                    },
                    {
                        "name": "마을 산책",
                        "description": (
                            "골목을 걸으며 지금도 공방이 돌아가는 공예 마을의 일상과 문화를 느껴 "
                            "보세요."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {"reason": "2027년 뗏(음력 설): 많은 상점과 공방이 며칠간 휴무(확인 필요)"},
                ],
                "transport": [
                    {
                        "origin": "하노이 구시가지",
                        "notes": (
                            "남동쪽으로 약 13~15km, 홍강 건너편입니다. 참고용 정보이며 마을의 "
                            "확인이 필요합니다."
                        ),
                    },
                    {
                        "origin": "롱비엔 버스 환승센터",
                        "notes": (
                            "47A번 버스로 밧짱까지 약 1시간 걸립니다. 노선과 운행 시간은 확인이 "
                            "필요합니다."
                        ),
                    },
                    {
                        "origin": "여행사가 정한 집결 장소",
                        "notes": (
                            "일부 여행사에서 홍강을 따라 배를 타고 밧짱에 가는 투어를 운영합니다. "
                            "운항 일정은 알려져 있지 않으니 여행사에 직접 문의하세요."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "도자기 시장 가게 앞에 놓인 그릇, 접시, 꽃병",
                        "caption": "일러스트: 밧짱 도자기 시장",
                    },
                    {
                        "alt": "마을 근처 홍강의 강기슭",
                        "caption": "밧짱은 홍강 관광 루트의 경유지입니다.",
                    },
                ],
            },
        },
    },
    # ------------------------------------------------------------------ Vạn Phúc
    {
        "slug": "van-phuc",
        "crafts": ["silk-weaving"],
        "motif": "silk",
        "vietnamese_name": "Vạn Phúc",
        "commune": "phường Vạn Phúc",
        "district": "quận Hà Đông",
        "latitude": "20.980000",
        "longitude": "105.775000",
        "location_approximate": True,
        # 10–12 km by road in the brief (unconfirmed): the middle of the range.
        "distance_km": "11.0",
        "visit_hours": ["1.5", "3"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {
            "step_free": "partly",
            "surfaces": ["paved", "alleys"],
            "seating": "yes",
            "kiln_heat": "no",
            "noise": "yes",
        },
        # The brief gives no figure for Vạn Phúc itself; the city-wide figure is
        # in the body, labelled as such.
        "facts": [],
        "recognitions": [
            {"date": "2025-02-14", "source_name": "Hanoi news", "source_url": ""},
        ],
        "attractions": [
            {"kind": "shop", "duration_minutes": None},
            {"kind": "walk", "duration_minutes": None},
            {"kind": "temple", "duration_minutes": None},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 30,
                "duration_max": 45,
                "distance_km": "11.0",
                "confirmed": False,
            },
            {
                # "City bus towards Hà Đông": the brief gives no line or journey time.
                "mode": "bus",
                "line": "",
                "duration_min": None,
                "duration_max": None,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["market", "silk"],
        "text": {
            "vi": {
                "title": "Vạn Phúc",
                "intro": (
                    "Làng dệt lụa ở Hà Đông, phía tây nam trung tâm Hà Nội. Từ tháng 2/2025, Vạn "
                    "Phúc cùng làng gốm Bát Tràng là thành viên Mạng lưới Thủ công Thế giới."
                ),
                "search_description": (
                    "Làng lụa Vạn Phúc (Hà Đông, Hà Nội): phố cửa hàng lụa, nghề dệt, đình làng và "
                    "cách đi từ phố cổ."
                ),
                "hero_alt": "Những súc lụa nhiều màu xếp chồng lên nhau",
                "hero_caption": "Hình minh họa: lụa Vạn Phúc.",
                "body": [
                    ["heading", "Làng lụa của Hà Đông"],
                    [
                        "paragraph",
                        "Vạn Phúc là làng dệt lụa thuộc quận Hà Đông, phía tây nam trung tâm Hà "
                        "Nội. Ngày 14/2/2025, làng được công bố là thành viên Mạng lưới Thủ công "
                        "Thế giới (World Crafts Network) của Hội đồng Thủ công Thế giới (WCC), "
                        "cùng với làng gốm Bát Tràng. Dệt lụa cũng là một trong những nghề mà Hà "
                        "Nội đang khôi phục và phát triển, bên cạnh thêu ren, gốm sứ, sơn mài, "
                        "khảm trai và mây tre đan.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "Khung dệt với những hàng sợi tơ được căng đều",
                            "caption": "Hình minh họa: khung dệt lụa.",
                        },
                    ],
                    ["heading", "Làng nghề trong bức tranh chung của Hà Nội"],
                    [
                        "paragraph",
                        "Theo Vietnam Business Forum (tháng 11/2025), Hà Nội có khoảng 1.350 làng "
                        "nghề và làng có nghề, trong đó 337 làng nghề, nghề truyền thống đã được "
                        "công nhận. Quy hoạch phát triển làng nghề giai đoạn 2025–2030, tầm nhìn "
                        "đến năm 2050 (Quyết định số 282/QĐ-UBND) đặt mục tiêu gắn làng nghề với "
                        "du lịch và kinh tế xanh, đồng thời đẩy mạnh quảng bá và xây dựng thương "
                        "hiệu.",
                    ],
                    [
                        "fact",
                        {
                            "value": "1350",
                            "value_to": None,
                            "approximate": True,
                            "unit": "",
                            "label": "làng nghề và làng có nghề ở Hà Nội",
                            "as_of": "2025-11-03",
                            "source_name": "Vietnam Business Forum",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "Làng gốm Bát Tràng, cũng là thành viên Mạng lưới Thủ công Thế "
                                "giới từ tháng 2/2025."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa chưa được làng xác nhận. Cửa hàng thường mở hằng ngày từ khoảng "
                    "8:00 đến 17:30–18:00; xưởng dệt có thể nghỉ trưa và nghỉ vào một số ngày lễ."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi cho xe lăn hay nhà vệ sinh. Ngõ "
                    "trong làng có thể hẹp. Nên hỏi trước cửa hàng hoặc xưởng bạn định ghé."
                ),
                "facts": [],
                "recognitions": [
                    {
                        "title": "Thành viên Mạng lưới Thủ công Thế giới (World Crafts Network)",
                        "granted_by": "Hội đồng Thủ công Thế giới (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Phố cửa hàng lụa",
                        "description": (
                            "Các cửa hàng bán lụa và sản phẩm từ lụa tập trung trên phố chính của "
                            "làng. Nên hỏi rõ chất liệu và nơi dệt trước khi mua."
                        ),
                    },
                    {
                        "name": "Tìm hiểu nghề dệt",
                        "description": (
                            "Đi bộ trong các ngõ để tìm hiểu nghề dệt lụa của làng. Nếu muốn vào "
                            "xem một xưởng dệt, hãy xin phép chủ xưởng trước."
                        ),
                    },
                    {
                        "name": "Đình làng Vạn Phúc",
                        "description": (
                            "Nơi sinh hoạt cộng đồng truyền thống của làng. Giờ mở cửa cần được "
                            "xác nhận."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết Nguyên đán 2027: nhiều cửa hàng và xưởng nghỉ vài ngày (cần xác "
                            "nhận)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Phố cổ Hà Nội",
                        "notes": (
                            "Khoảng 10–12 km về phía tây nam. Thông tin tham khảo, cần được làng "
                            "xác nhận."
                        ),
                    },
                    {
                        "origin": "Trung tâm Hà Nội",
                        "notes": (
                            "Đi các tuyến xe buýt nội thành hướng Hà Đông. Số tuyến, điểm đón và "
                            "thời gian đi cần được xác nhận."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Cửa hàng lụa với những tấm vải treo dọc lối đi",
                        "caption": "Hình minh họa: phố cửa hàng lụa.",
                    },
                    {
                        "alt": "Khăn lụa gấp gọn trên quầy hàng",
                        "caption": "Hình minh họa: khăn lụa.",
                    },
                ],
            },
            "en": {
                "title": "Vạn Phúc",
                "intro": (
                    "A silk-weaving village in Hà Đông, south-west of central Hanoi. Since "
                    "February 2025, Vạn Phúc and the pottery village of Bát Tràng have been "
                    "members of the World Crafts Network."
                ),
                "search_description": (
                    "Vạn Phúc silk village (Hà Đông, Hanoi): the street of silk shops, weaving, "
                    "the village communal house and how to get there from the Old Quarter."
                ),
                "hero_alt": "Bolts of silk in many colours, stacked one on top of another",
                "hero_caption": "Illustration: Vạn Phúc silk.",
                "body": [
                    ["heading", "Hà Đông's silk village"],
                    [
                        "paragraph",
                        "Vạn Phúc is a silk-weaving village in Hà Đông district, south-west of "
                        "central Hanoi. On 14 February 2025 it was announced as a member of the "
                        "World Crafts Network of the World Crafts Council (WCC), together with "
                        "the pottery village of Bát Tràng. Silk weaving is also one of the crafts "
                        "Hanoi is reviving and developing, alongside embroidery and lace, "
                        "ceramics, lacquer, mother-of-pearl inlay, and rattan and bamboo.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "A loom with rows of evenly stretched silk threads",
                            "caption": "Illustration: a silk loom.",
                        },
                    ],
                    ["heading", "Craft villages across Hanoi"],
                    [
                        "paragraph",
                        "According to Vietnam Business Forum (November 2025), Hanoi has about "
                        "1,350 craft villages and villages with crafts, 337 of them officially "
                        "recognised as craft villages or traditional crafts. The city's "
                        "craft-village development plan for 2025–2030, with a vision to 2050 "
                        "(Decision No. 282/QD-UBND), aims to link craft villages with tourism and "
                        "the green economy and to step up their promotion and branding.",
                    ],
                    [
                        "fact",
                        {
                            "value": "1350",
                            "value_to": None,
                            "approximate": True,
                            "unit": "",
                            "label": "craft villages and villages with crafts in Hanoi",
                            "as_of": "2025-11-03",
                            "source_name": "Vietnam Business Forum",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "Bát Tràng pottery village, also a member of the World Crafts "
                                "Network since February 2025."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Hours not yet confirmed by the village. Shops usually open daily from about "
                    "8:00 to 17:30–18:00; weaving workshops may close at lunchtime and on some "
                    "public holidays."
                ),
                "accessibility": (
                    "No verified information yet on wheelchair access or toilets. Village lanes "
                    "can be narrow. Check with the shop or workshop you plan to visit before you "
                    "go."
                ),
                "facts": [],
                "recognitions": [
                    {
                        "title": "Member of the World Crafts Network",
                        "granted_by": "World Crafts Council (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Silk shop street",
                        "description": (
                            "Shops selling silk and silk goods line the village's main street. Ask "
                            "about the fabric and where it was woven before you buy."
                        ),
                    },
                    {
                        "name": "Discovering the weaving craft",
                        "description": (
                            "Walk through the lanes to learn about the village's silk weaving. If "
                            "you would like to look inside a weaving workshop, ask the owner first."
                        ),
                    },
                    {
                        "name": "Vạn Phúc communal house",
                        "description": (
                            "The village's traditional community meeting place. Opening hours to "
                            "be confirmed."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Lunar New Year) 2027: many shops and workshops close for several "
                            "days (to be confirmed)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Hanoi Old Quarter",
                        "notes": (
                            "About 10–12 km south-west. Indicative only; to be confirmed by the "
                            "village."
                        ),
                    },
                    {
                        "origin": "Central Hanoi",
                        "notes": (
                            "City buses run towards Hà Đông. Route numbers, stops and journey "
                            "times to be confirmed."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "A silk shop with lengths of fabric hanging along the aisle",
                        "caption": "Illustration: the street of silk shops.",
                    },
                    {
                        "alt": "Silk scarves neatly folded on a shop counter",
                        "caption": "Illustration: silk scarves.",
                    },
                ],
            },
            "fr": {
                "title": "Vạn Phúc",
                "intro": (
                    "Village de tissage de la soie à Hà Đông, au sud-ouest du centre de Hanoï. "
                    "Depuis février 2025, Vạn Phúc est membre du World Crafts Network, tout comme "
                    "le village de potiers de Bát Tràng."
                ),
                "search_description": (
                    "Vạn Phúc, village de la soie (Hà Đông, Hanoï) : rue des boutiques de soie, "
                    "tissage, maison communale et accès depuis le vieux quartier."
                ),
                "hero_alt": (
                    "Rouleaux de soie de toutes les couleurs empilés les uns sur les autres"
                ),
                "hero_caption": "Illustration : soie de Vạn Phúc.",
                "body": [
                    ["heading", "Le village de la soie de Hà Đông"],
                    [
                        "paragraph",
                        "Vạn Phúc est un village de tissage de la soie situé dans le district de "
                        "Hà Đông, au sud-ouest du centre de Hanoï. Le 14 février 2025, il a été "
                        "annoncé comme membre du World Crafts Network du Conseil mondial de "
                        "l'artisanat (WCC), aux côtés du village de potiers de Bát Tràng. Le "
                        "tissage de la soie compte aussi parmi les métiers que Hanoï s'attache à "
                        "faire revivre et à développer, avec la broderie et la dentelle, la "
                        "céramique, la laque, l'incrustation de nacre, le rotin et le bambou.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "Métier à tisser aux rangées de fils de soie bien tendus",
                            "caption": "Illustration : un métier à tisser la soie.",
                        },
                    ],
                    ["heading", "Les villages de métier de Hanoï"],
                    [
                        "paragraph",
                        "Selon Vietnam Business Forum (novembre 2025), Hanoï compte environ 1 350 "
                        "villages de métier et villages artisanaux, dont 337 officiellement "
                        "reconnus comme villages de métier ou métiers traditionnels. Le plan de "
                        "développement des villages de métier 2025-2030, avec une vision à "
                        "l'horizon 2050 (décision n° 282/QD-UBND), vise à les relier au tourisme "
                        "et à l'économie verte, et à renforcer leur promotion et leur image de "
                        "marque.",
                    ],
                    [
                        "fact",
                        {
                            "value": "1350",
                            "value_to": None,
                            "approximate": True,
                            "unit": "",
                            "label": "villages de métier et villages artisanaux à Hanoï",
                            "as_of": "2025-11-03",
                            "source_name": "Vietnam Business Forum",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "Le village de potiers de Bát Tràng, lui aussi membre du World "
                                "Crafts Network depuis février 2025."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Horaires non encore confirmés par le village. Les boutiques ouvrent en "
                    "général tous les jours d'environ 8 h à 17 h 30-18 h ; les ateliers de tissage "
                    "peuvent fermer à l'heure du déjeuner et certains jours fériés."
                ),
                "accessibility": (
                    "Pas encore d'information vérifiée sur l'accès en fauteuil roulant ni sur les "
                    "toilettes. Les ruelles peuvent être étroites. Renseignez-vous auprès de la "
                    "boutique ou de l'atelier avant de partir."
                ),
                "facts": [],
                "recognitions": [
                    {
                        "title": "Membre du World Crafts Network",
                        "granted_by": "Conseil mondial de l'artisanat (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "Rue des boutiques de soie",
                        "description": (
                            "Les boutiques de soie et d'articles en soie se succèdent dans la rue "
                            "principale du village. Renseignez-vous sur la matière et le lieu de "
                            "tissage avant d'acheter."
                        ),
                    },
                    {
                        "name": "À la découverte du tissage",
                        "description": (
                            "Parcourez les ruelles pour découvrir le tissage de la soie du "
                            "village. Pour entrer dans un atelier, demandez d'abord la permission "
                            "au propriétaire."
                        ),
                    },
                    {
                        "name": "Maison communale de Vạn Phúc",
                        "description": (
                            "Lieu traditionnel de la vie collective du village. Horaires à "
                            "confirmer."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Nouvel An lunaire) 2027 : de nombreux commerces et ateliers "
                            "ferment plusieurs jours (à confirmer)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Vieux quartier de Hanoï",
                        "notes": (
                            "Environ 10 à 12 km au sud-ouest. À titre indicatif ; à confirmer par "
                            "le village."
                        ),
                    },
                    {
                        "origin": "Centre de Hanoï",
                        "notes": (
                            "Des bus urbains circulent en direction de Hà Đông. Numéros de ligne, "
                            "arrêts et durée du trajet à confirmer."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Boutique de soie, avec des étoffes suspendues le long de l'allée",
                        "caption": "Illustration : la rue des boutiques de soie.",
                    },
                    {
                        "alt": "Foulards de soie soigneusement pliés sur un comptoir",
                        "caption": "Illustration : foulards de soie.",
                    },
                ],
            },
            "it": {
                "title": "Vạn Phúc",
                "intro": (
                    "Villaggio della tessitura della seta a Hà Đông, a sud-ovest del centro di "
                    "Hanoi. Da febbraio 2025 Vạn Phúc fa parte del World Crafts Network, insieme "
                    "al villaggio di vasai di Bát Tràng."
                ),
                "search_description": (
                    "Vạn Phúc, il villaggio della seta (Hà Đông, Hanoi): la via dei negozi di "
                    "seta, la tessitura, la casa comunale e come arrivarci dal quartiere vecchio."
                ),
                "hero_alt": "Rotoli di seta di molti colori impilati uno sull'altro",
                "hero_caption": "Illustrazione: seta di Vạn Phúc.",
                "body": [
                    ["heading", "Il villaggio della seta di Hà Đông"],
                    [
                        "paragraph",
                        "Vạn Phúc è un villaggio di tessitori di seta nel distretto di Hà Đông, a "
                        "sud-ovest del centro di Hanoi. Il 14 febbraio 2025 è stato annunciato "
                        "come membro del World Crafts Network del World Crafts Council (WCC), "
                        "insieme al villaggio di vasai di Bát Tràng. La tessitura della seta è "
                        "inoltre uno dei mestieri che Hanoi sta recuperando e valorizzando, "
                        "accanto al ricamo e al merletto, alla ceramica, alla lacca, all'intarsio "
                        "di madreperla e alla lavorazione di rattan e bambù.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "Un telaio con file di fili di seta ben tesi",
                            "caption": "Illustrazione: un telaio per la seta.",
                        },
                    ],
                    ["heading", "I villaggi artigiani di Hanoi"],
                    [
                        "paragraph",
                        "Secondo Vietnam Business Forum (novembre 2025), Hanoi conta circa 1.350 "
                        "villaggi artigiani e villaggi con attività artigianali, di cui 337 "
                        "ufficialmente riconosciuti come villaggi artigiani o mestieri "
                        "tradizionali. Il piano di sviluppo dei villaggi artigiani 2025-2030, con "
                        "una visione al 2050 (Decisione n. 282/QD-UBND), punta a legarli al "
                        "turismo e all'economia verde e a rafforzarne la promozione e il marchio.",
                    ],
                    [
                        "fact",
                        {
                            "value": "1350",
                            "value_to": None,
                            "approximate": True,
                            "unit": "",
                            "label": (
                                "villaggi artigiani e villaggi con attività artigianali a Hanoi"
                            ),
                            "as_of": "2025-11-03",
                            "source_name": "Vietnam Business Forum",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "Il villaggio di vasai di Bát Tràng, anch'esso membro del World "
                                "Crafts Network da febbraio 2025."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Orari non ancora confermati dal villaggio. I negozi sono di solito aperti "
                    "tutti i giorni dalle 8:00 circa alle 17:30-18:00; i laboratori di tessitura "
                    "possono chiudere all'ora di pranzo e in alcuni giorni festivi."
                ),
                "accessibility": (
                    "Non ci sono ancora informazioni verificate sull'accessibilità in sedia a "
                    "rotelle né sui servizi igienici. I vicoli possono essere stretti. Prima di "
                    "partire, informatevi presso il negozio o il laboratorio che intendete "
                    "visitare."
                ),
                "facts": [],
                "recognitions": [
                    {
                        "title": "Membro del World Crafts Network",
                        "granted_by": "World Crafts Council (WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "La via dei negozi di seta",
                        "description": (
                            "I negozi di seta e di articoli in seta si susseguono lungo la via "
                            "principale del villaggio. Prima di acquistare, chiedete di che "
                            "materiale si tratta e dove è stato tessuto."
                        ),
                    },
                    {
                        "name": "Alla scoperta della tessitura",
                        "description": (
                            "Una passeggiata tra i vicoli per conoscere la tessitura della seta "
                            "del villaggio. Se desiderate entrare in un laboratorio, chiedete "
                            "prima il permesso al proprietario."
                        ),
                    },
                    {
                        "name": "Casa comunale di Vạn Phúc",
                        "description": (
                            "Il tradizionale luogo di ritrovo della comunità del villaggio. Orari "
                            "da confermare."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Capodanno lunare) 2027: molti negozi e laboratori chiudono per "
                            "alcuni giorni (da confermare)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Quartiere vecchio di Hanoi",
                        "notes": (
                            "Circa 10-12 km a sud-ovest. Indicazioni orientative, da confermare "
                            "con il villaggio."
                        ),
                    },
                    {
                        "origin": "Centro di Hanoi",
                        "notes": (
                            "Autobus urbani in direzione di Hà Đông. Numeri di linea, fermate e "
                            "tempi di percorrenza da confermare."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Un negozio di seta con stoffe appese lungo il corridoio",
                        "caption": "Illustrazione: la via dei negozi di seta.",
                    },
                    {
                        "alt": "Foulard di seta piegati con cura su un bancone",
                        "caption": "Illustrazione: foulard di seta.",
                    },
                ],
            },
            "ja": {
                "title": "ヴァンフック",
                "intro": (
                    "ハノイ中心部の南西、ハドンにある絹織物の村。2025年2月から、陶磁器の村"
                    "バッチャンとともに世界工芸ネットワーク（World Crafts Network）の一員です。"
                ),
                "search_description": (
                    "ハノイ・ハドンのヴァンフック絹村。シルク店の通り、機織り、村の集会所（ディン）"
                    "、旧市街からのアクセスを紹介します。"
                ),
                "hero_alt": "色とりどりの絹の反物が積み重ねられた様子",
                "hero_caption": "イラスト：ヴァンフックのシルク",
                "body": [
                    ["heading", "ハドンの絹の村"],
                    [
                        "paragraph",
                        "ヴァンフックは、ハノイ中心部の南西にあるハドン区の絹織物の村です。2025年"
                        "2月14日、陶磁器の村バッチャンとともに、世界工芸協議会（WCC）の世界工芸"
                        "ネットワーク（World Crafts Network）への加盟が発表されました。絹織物は、"
                        "刺繍・レース、陶磁器、漆、螺鈿、籐・竹細工と並んで、ハノイ市が復興と振興"
                        "に取り組んでいる工芸の一つでもあります。",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "絹糸が整然と張られた織機",
                            "caption": "イラスト：絹の織機",
                        },
                    ],
                    ["heading", "ハノイの工芸村"],
                    [
                        "paragraph",
                        "Vietnam Business Forum（2025年11月）によると、ハノイには工芸村と工芸の"
                        "ある村が約1,350あり、そのうち337が工芸村または伝統工芸として公式に認定"
                        "されています。2025〜2030年の工芸村発展計画（2050年までのビジョンを含む。"
                        "決定第282/QD-UBND号）は、工芸村を観光やグリーン経済と結びつけ、プロモー"
                        "ションとブランドづくりを強化することを掲げています。",
                    ],
                    [
                        "fact",
                        {
                            "value": "1350",
                            "value_to": None,
                            "approximate": True,
                            "unit": "",
                            "label": "ハノイの工芸村・工芸のある村",
                            "as_of": "2025-11-03",
                            "source_name": "Vietnam Business Forum",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "陶磁器の村バッチャン。2025年2月から、同じく世界工芸ネットワークの"
                                "一員です。"
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "営業時間は村による確認がまだ取れていません。商店はおおむね毎日8:00頃から"
                    "17:30〜18:00頃まで営業しています。織物工房は、昼休みや一部の祝日に閉まる"
                    "ことがあります。"
                ),
                "accessibility": (
                    "車いすでの通行やトイレについて、確認済みの情報はまだありません。村の路地は"
                    "狭いことがあります。訪問予定の店や工房に事前にご確認ください。"
                ),
                "facts": [],
                "recognitions": [
                    {
                        "title": "世界工芸ネットワーク（World Crafts Network）加盟",
                        "granted_by": "世界工芸協議会（WCC）",
                    },
                ],
                "attractions": [
                    {
                        "name": "シルク店の通り",
                        "description": (
                            "村のメインストリートに、絹や絹製品を扱う店が並んでいます。購入前に、"
                            "素材や織られた場所を確かめましょう。"
                        ),
                    },
                    {
                        "name": "機織りの村を歩く",
                        "description": (
                            "路地を歩きながら、村の絹織物について知ることができます。工房の中を"
                            "見学したいときは、まず持ち主に許可を取りましょう。"
                        ),
                    },
                    {
                        "name": "ヴァンフックの集会所（ディン）",
                        "description": "村の伝統的な共同体の拠点です。開館時間は要確認です。",
                    },
                ],
                "opening_exceptions": [
                    {"reason": "2027年のテト（旧正月）：多くの商店や工房が数日間休業（要確認）"},
                ],
                "transport": [
                    {
                        "origin": "ハノイ旧市街",
                        "notes": "南西へ約10〜12km。目安であり、村による確認が必要です。",
                    },
                    {
                        "origin": "ハノイ中心部",
                        "notes": (
                            "ハドン方面へ向かう市内バスがあります。路線番号、乗り場、所要時間は要確"
                            "認です。"
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "通路沿いに布が掛けられたシルク店",
                        "caption": "イラスト：シルク店の通り",
                    },
                    {
                        "alt": "店のカウンターにきれいに畳まれたシルクスカーフ",
                        "caption": "イラスト：シルクスカーフ",
                    },
                ],
            },
            "ko": {
                "title": "반푹",
                "intro": (
                    "하노이 도심 남서쪽 하동에 있는 비단 직조 마을입니다. 2025년 2월부터 도자기 "
                    "마을 밧짱과 함께 세계공예네트워크(World Crafts Network)의 회원입니다."
                ),
                "search_description": (
                    "하노이 하동의 반푹 비단 마을: 실크 상점 거리, 비단 직조, 마을 공동회관(딘), "
                    "구시가지에서 가는 방법."
                ),
                "hero_alt": "여러 색의 비단 필이 차곡차곡 쌓여 있는 모습",
                "hero_caption": "일러스트: 반푹 비단",
                "body": [
                    ["heading", "하동의 비단 마을"],
                    [
                        "paragraph",
                        "반푹은 하노이 도심 남서쪽 하동군에 있는 비단 직조 마을입니다. 2025년 2월 "
                        "14일, 도자기 마을 밧짱과 함께 세계공예협의회(WCC)의 "
                        "세계공예네트워크(World Crafts Network) 회원으로 발표되었습니다. 비단 "
                        "직조는 자수와 레이스, 도자기, 옻칠, 자개, 등나무·대나무 공예와 함께 "
                        "하노이시가 되살리고 육성하고 있는 공예이기도 합니다.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "비단실이 가지런히 걸린 베틀",
                            "caption": "일러스트: 비단 베틀",
                        },
                    ],
                    ["heading", "하노이의 공예 마을"],
                    [
                        "paragraph",
                        "Vietnam Business Forum(2025년 11월)에 따르면 하노이에는 공예 마을과 "
                        "공예가 있는 마을이 약 1,350곳 있으며, 그중 337곳이 공예 마을 또는 전통 "
                        "공예로 공식 인정을 받았습니다. 2025~2030년 공예 마을 발전 계획(2050년 "
                        "비전 포함, 결정 제282/QD-UBND호)은 공예 마을을 관광 및 녹색 경제와 "
                        "연계하고 홍보와 브랜드 구축을 강화하는 것을 목표로 합니다.",
                    ],
                    [
                        "fact",
                        {
                            "value": "1350",
                            "value_to": None,
                            "approximate": True,
                            "unit": "",
                            "label": "하노이의 공예 마을 및 공예가 있는 마을",
                            "as_of": "2025-11-03",
                            "source_name": "Vietnam Business Forum",
                            "source_url": "",
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "도자기 마을 밧짱. 2025년 2월부터 함께 세계공예네트워크의 "
                                "회원입니다."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "운영 시간은 아직 마을의 확인을 받지 않았습니다. 상점은 보통 매일 오전 "
                    "8시경부터 오후 5시 30분~6시경까지 문을 엽니다. 직조 공방은 점심시간과 일부 "
                    "공휴일에 문을 닫을 수 있습니다."
                ),
                "accessibility": (
                    "휠체어 이동이나 화장실에 대해 확인된 정보는 아직 없습니다. 마을 골목은 좁을 "
                    "수 있습니다. 방문하려는 상점이나 공방에 미리 문의하세요."
                ),
                "facts": [],
                "recognitions": [
                    {
                        "title": "세계공예네트워크(World Crafts Network) 회원",
                        "granted_by": "세계공예협의회(WCC)",
                    },
                ],
                "attractions": [
                    {
                        "name": "실크 상점 거리",
                        "description": (
                            "마을 중심 거리를 따라 비단과 비단 제품을 파는 상점이 모여 있습니다. "
                            "구매 전에 소재와 어디에서 짠 제품인지 확인하세요."
                        ),
                    },
                    {
                        "name": "베 짜는 마을 걷기",
                        "description": (
                            "골목을 걸으며 마을의 비단 직조에 대해 알아볼 수 있습니다. 공방 안을 "
                            "보고 싶다면 먼저 주인에게 허락을 구하세요."
                        ),
                    },
                    {
                        "name": "반푹 마을 공동회관(딘)",
                        "description": (
                            "마을의 전통적인 공동체 모임 장소입니다. 개방 시간은 확인이 필요합니다."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {"reason": "2027년 뗏(음력 설): 많은 상점과 공방이 며칠간 휴무(확인 필요)"},
                ],
                "transport": [
                    {
                        "origin": "하노이 구시가지",
                        "notes": "남서쪽으로 약 10~12km. 참고용 정보이며 마을의 확인이 필요합니다.",
                    },
                    {
                        "origin": "하노이 도심",
                        "notes": (
                            "하동 방면 시내버스를 이용할 수 있습니다. 노선 번호, 정류장, 소요 "
                            "시간은 확인이 필요합니다."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "통로를 따라 천이 걸려 있는 실크 상점",
                        "caption": "일러스트: 실크 상점 거리",
                    },
                    {
                        "alt": "가게 카운터 위에 곱게 접힌 실크 스카프",
                        "caption": "일러스트: 실크 스카프",
                    },
                ],
            },
        },
    },
    # ------------------------------------------------------------------ Quảng An
    {
        "slug": "quang-an",
        "crafts": ["lotus-tea"],
        "motif": "lotus",
        "vietnamese_name": "Quảng An",
        "commune": "phường Quảng An",
        "district": "quận Tây Hồ",
        "latitude": "21.065000",
        "longitude": "105.822000",
        "location_approximate": True,
        "distance_km": "5.0",
        "visit_hours": ["1", "3"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {
            "step_free": "yes",
            "surfaces": ["paved"],
            "seating": "yes",
            "kiln_heat": "no",
            "noise": "no",
        },
        "facts": [
            {
                "value": "2",
                "value_to": None,
                "approximate": False,
                "as_of": "2025-05-20",
                "precision": "day",
                **VNN,
            },
        ],
        "recognitions": [],
        "attractions": [
            {"kind": "tea", "duration_minutes": None},
            {"kind": "tea", "duration_minutes": None},
            {"kind": "walk", "duration_minutes": None},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 15,
                "duration_max": 20,
                "distance_km": "5.0",
                "confirmed": False,
            },
            {
                # "A walk or cycle around the lake": the brief gives no time.
                "mode": "bicycle",
                "line": "",
                "duration_min": None,
                "duration_max": None,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["lotus-tea", "lotus"],
        "text": {
            "vi": {
                "title": "Quảng An",
                "intro": (
                    "Làng trà sen bên bờ Hồ Tây. Trà ướp hương sen Quảng An từng được làm cho cung "
                    "đình, và nghề ướp trà vẫn được gìn giữ qua nhiều thế hệ."
                ),
                "search_description": (
                    "Trà sen Quảng An (Tây Hồ, Hà Nội): nghề ướp trà sen bên Hồ Tây, sản phẩm OCOP "
                    "4 sao, mùa sen và cách đi từ phố cổ."
                ),
                "hero_alt": "Hoa sen nở trên mặt hồ",
                "hero_caption": "Hình minh họa: sen Hồ Tây.",
                "body": [
                    ["heading", "Trà sen bên Hồ Tây"],
                    [
                        "paragraph",
                        "Quảng An nằm bên bờ Hồ Tây, thuộc quận Tây Hồ. Trà ướp hương sen nơi đây "
                        "từng được làm để dâng lên cung đình; đến nay, nghề vẫn được truyền qua "
                        "nhiều thế hệ và gắn với du lịch văn hóa. Hội làng nghề trà sen Quảng An "
                        "hiện có hai sản phẩm đạt OCOP 4 sao.",
                    ],
                    [
                        "fact",
                        {
                            "value": "2",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "sản phẩm OCOP 4 sao của Hội làng nghề trà sen Quảng An",
                            "as_of": "2025-05-20",
                            "source_name": "Viet Nam News",
                            "source_url": "",
                        },
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus-tea",
                            "alt": "Chén trà sen đặt cạnh một bông sen",
                            "caption": "Hình minh họa: trà sen Quảng An.",
                        },
                    ],
                    ["heading", "Mùa ướp trà"],
                    [
                        "paragraph",
                        "Trà sen được ướp vào đầu mùa hè, khi sen Hồ Tây nở, thường từ khoảng cuối "
                        "tháng 5 đến tháng 7. Lịch cụ thể cần được xác nhận; nếu muốn xem ướp trà, "
                        "hãy liên hệ trước với các hộ làm trà.",
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa chưa được xác nhận. Các hộ làm trà và cửa hàng thường mở hằng ngày "
                    "từ khoảng 8:00 đến 17:30–18:00 và có thể nghỉ trưa; nên liên hệ trước khi đến."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi cho xe lăn hay nhà vệ sinh. Nên hỏi "
                    "trước hộ làm trà bạn định ghé."
                ),
                "facts": [
                    {"label": "sản phẩm OCOP 4 sao của Hội làng nghề trà sen Quảng An", "unit": ""},
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Thưởng trà sen",
                        "description": (
                            "Thưởng thức trà sen và tìm hiểu cách ướp trà tại các hộ làm trà. Nên "
                            "liên hệ trước khi đến."
                        ),
                    },
                    {
                        "name": "Xem ướp trà theo mùa",
                        "description": (
                            "Vào mùa sen, khoảng cuối tháng 5 đến tháng 7 (cần xác nhận), du khách "
                            "có thể xin xem các công đoạn ướp trà."
                        ),
                    },
                    {
                        "name": "Dạo quanh Hồ Tây",
                        "description": (
                            "Đi bộ hoặc đạp xe dọc bờ hồ; vào mùa sen có thể ngắm sen Hồ Tây nở."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết Nguyên đán 2027: nhiều cửa hàng và xưởng nghỉ vài ngày (cần xác "
                            "nhận)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Phố cổ Hà Nội",
                        "notes": (
                            "Khoảng 5 km, ở bờ tây Hồ Tây. Thông tin tham khảo, cần được làng xác "
                            "nhận."
                        ),
                    },
                    {
                        "origin": "Phố cổ Hà Nội",
                        "notes": (
                            "Có thể đạp xe hoặc đi bộ dọc bờ Hồ Tây để đến Quảng An. Thời gian tùy "
                            "lộ trình."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Ấm trà và những bông sen bày trên khay",
                        "caption": "Hình minh họa: trà và hoa sen.",
                    },
                    {
                        "alt": "Đầm sen trên Hồ Tây vào đầu mùa hè",
                        "caption": "Hình minh họa: mùa sen Hồ Tây.",
                    },
                ],
            },
            "en": {
                "title": "Quảng An",
                "intro": (
                    "A lotus-tea village on the shore of West Lake. Quảng An's lotus-scented tea "
                    "was once made for the royal court, and the craft of scenting it has been kept "
                    "alive across generations."
                ),
                "search_description": (
                    "Quảng An lotus tea (Tây Hồ, Hanoi): tea scenting on West Lake, 4-star OCOP "
                    "products, the lotus season and how to get there from the Old Quarter."
                ),
                "hero_alt": "Lotus flowers in bloom on the lake",
                "hero_caption": "Illustration: West Lake lotuses.",
                "body": [
                    ["heading", "Lotus tea on West Lake"],
                    [
                        "paragraph",
                        "Quảng An lies on the shore of West Lake, in Tây Hồ district. Its "
                        "lotus-scented tea was once made as an offering to the royal court; today "
                        "the craft is still handed down from generation to generation and is "
                        "linked with cultural tourism. The Quảng An Lotus Tea Village Association "
                        "has two products rated 4 stars under the OCOP programme.",
                    ],
                    [
                        "fact",
                        {
                            "value": "2",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": (
                                "4-star OCOP products of the Quảng An Lotus Tea Village Association"
                            ),
                            "as_of": "2025-05-20",
                            "source_name": "Viet Nam News",
                            "source_url": "",
                        },
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus-tea",
                            "alt": "A cup of lotus tea beside a lotus flower",
                            "caption": "Illustration: Quảng An lotus tea.",
                        },
                    ],
                    ["heading", "The scenting season"],
                    [
                        "paragraph",
                        "The tea is scented in early summer, when the West Lake lotuses bloom, "
                        "usually from around late May to July. Exact dates are to be confirmed; "
                        "if you would like to watch the scenting, contact the tea-making "
                        "households in advance.",
                    ],
                ],
                "hours_note": (
                    "Hours not yet confirmed. Tea-making households and shops usually open daily "
                    "from about 8:00 to 17:30–18:00 and may close at lunchtime; contact them "
                    "before you go."
                ),
                "accessibility": (
                    "No verified information yet on wheelchair access or toilets. Check with the "
                    "tea-making household you plan to visit before you go."
                ),
                "facts": [
                    {
                        "label": (
                            "4-star OCOP products of the Quảng An Lotus Tea Village Association"
                        ),
                        "unit": "",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Lotus tea tasting",
                        "description": (
                            "Taste lotus tea and learn how it is scented, with the families who "
                            "make it. Contact them before you go."
                        ),
                    },
                    {
                        "name": "Seasonal tea scenting",
                        "description": (
                            "In the lotus season, roughly late May to July (to be confirmed), you "
                            "can ask to watch the stages of scenting the tea."
                        ),
                    },
                    {
                        "name": "West Lake walk",
                        "description": (
                            "Walk or cycle along the lakeshore; in the lotus season, see the West "
                            "Lake lotuses in bloom."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Lunar New Year) 2027: many shops and workshops close for several "
                            "days (to be confirmed)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Hanoi Old Quarter",
                        "notes": (
                            "About 5 km, on the western shore of West Lake. Indicative only; to be "
                            "confirmed by the village."
                        ),
                    },
                    {
                        "origin": "Hanoi Old Quarter",
                        "notes": (
                            "You can cycle or walk along the shore of West Lake to Quảng An. "
                            "Journey time depends on your route."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "A teapot and lotus flowers on a tray",
                        "caption": "Illustration: tea and lotus flowers.",
                    },
                    {
                        "alt": "Lotus ponds on West Lake in early summer",
                        "caption": "Illustration: the lotus season on West Lake.",
                    },
                ],
            },
            "fr": {
                "title": "Quảng An",
                "intro": (
                    "Village du thé au lotus, sur la rive du lac de l'Ouest. Le thé parfumé au "
                    "lotus de Quảng An était autrefois préparé pour la cour royale, et ce "
                    "savoir-faire se transmet de génération en génération."
                ),
                "search_description": (
                    "Thé au lotus de Quảng An (Tây Hồ, Hanoï) : parfumage du thé au bord du lac de "
                    "l'Ouest, produits OCOP 4 étoiles, saison des lotus et accès depuis le vieux "
                    "quartier."
                ),
                "hero_alt": "Fleurs de lotus épanouies sur le lac",
                "hero_caption": "Illustration : lotus du lac de l'Ouest.",
                "body": [
                    ["heading", "Le thé au lotus du lac de l'Ouest"],
                    [
                        "paragraph",
                        "Quảng An se trouve sur la rive du lac de l'Ouest, dans le district de "
                        "Tây Hồ. Son thé parfumé au lotus était autrefois préparé pour être "
                        "offert à la cour royale ; aujourd'hui encore, ce savoir-faire se "
                        "transmet de génération en génération et s'inscrit dans le tourisme "
                        "culturel. L'association du village du thé au lotus de Quảng An compte "
                        "deux produits classés 4 étoiles dans le cadre du programme OCOP.",
                    ],
                    [
                        "fact",
                        {
                            "value": "2",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": (
                                "produits OCOP 4 étoiles de l'association du village du thé au "
                                "lotus de Quảng An"
                            ),
                            "as_of": "2025-05-20",
                            "source_name": "Viet Nam News",
                            "source_url": "",
                        },
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus-tea",
                            "alt": "Une tasse de thé au lotus à côté d'une fleur de lotus",
                            "caption": "Illustration : thé au lotus de Quảng An.",
                        },
                    ],
                    ["heading", "La saison du parfumage"],
                    [
                        "paragraph",
                        "Le thé est parfumé au début de l'été, quand fleurissent les lotus du lac "
                        "de l'Ouest, en général de fin mai à juillet environ. Les dates exactes "
                        "restent à confirmer ; si vous souhaitez assister au parfumage, contactez "
                        "à l'avance les familles productrices.",
                    ],
                ],
                "hours_note": (
                    "Horaires non encore confirmés. Les familles productrices et les boutiques "
                    "ouvrent en général tous les jours d'environ 8 h à 17 h 30-18 h et peuvent "
                    "fermer à l'heure du déjeuner ; contactez-les avant de venir."
                ),
                "accessibility": (
                    "Pas encore d'information vérifiée sur l'accès en fauteuil roulant ni sur les "
                    "toilettes. Renseignez-vous auprès de la famille productrice avant de partir."
                ),
                "facts": [
                    {
                        "label": (
                            "produits OCOP 4 étoiles de l'association du village du thé au lotus "
                            "de Quảng An"
                        ),
                        "unit": "",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Dégustation de thé au lotus",
                        "description": (
                            "Goûtez le thé au lotus et découvrez comment on le parfume, auprès des "
                            "familles qui le produisent. Contactez-les avant de venir."
                        ),
                    },
                    {
                        "name": "Le parfumage du thé en saison",
                        "description": (
                            "Pendant la saison des lotus, de fin mai à juillet environ (à "
                            "confirmer), vous pouvez demander à assister aux étapes du parfumage."
                        ),
                    },
                    {
                        "name": "Promenade autour du lac de l'Ouest",
                        "description": (
                            "À pied ou à vélo le long des berges ; à la saison des lotus, admirez "
                            "les fleurs épanouies sur le lac."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Nouvel An lunaire) 2027 : de nombreux commerces et ateliers "
                            "ferment plusieurs jours (à confirmer)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Vieux quartier de Hanoï",
                        "notes": (
                            "Environ 5 km, sur la rive ouest du lac de l'Ouest. À titre indicatif "
                            "; à confirmer par le village."
                        ),
                    },
                    {
                        "origin": "Vieux quartier de Hanoï",
                        "notes": (
                            "On peut rejoindre Quảng An à vélo ou à pied en longeant le lac de "
                            "l'Ouest. La durée dépend de l'itinéraire."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Une théière et des fleurs de lotus sur un plateau",
                        "caption": "Illustration : thé et fleurs de lotus.",
                    },
                    {
                        "alt": "Étangs de lotus sur le lac de l'Ouest au début de l'été",
                        "caption": "Illustration : la saison des lotus sur le lac de l'Ouest.",
                    },
                ],
            },
            "it": {
                "title": "Quảng An",
                "intro": (
                    "Il villaggio del tè al loto, sulla riva del Lago dell'Ovest. Il tè profumato "
                    "al loto di Quảng An un tempo veniva preparato per la corte reale, e l'arte di "
                    "profumarlo si tramanda da generazioni."
                ),
                "search_description": (
                    "Tè al loto di Quảng An (Tây Hồ, Hanoi): la profumazione del tè sul Lago "
                    "dell'Ovest, prodotti OCOP a 4 stelle, la stagione del loto e come arrivarci "
                    "dal quartiere vecchio."
                ),
                "hero_alt": "Fiori di loto sbocciati sul lago",
                "hero_caption": "Illustrazione: i fiori di loto del Lago dell'Ovest.",
                "body": [
                    ["heading", "Il tè al loto del Lago dell'Ovest"],
                    [
                        "paragraph",
                        "Quảng An sorge sulla riva del Lago dell'Ovest, nel distretto di Tây Hồ. "
                        "Il suo tè profumato al loto un tempo veniva preparato come omaggio alla "
                        "corte reale; ancora oggi l'arte si tramanda di generazione in "
                        "generazione ed è legata al turismo culturale. L'associazione del "
                        "villaggio del tè al loto di Quảng An ha due prodotti classificati a 4 "
                        "stelle nell'ambito del programma OCOP.",
                    ],
                    [
                        "fact",
                        {
                            "value": "2",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": (
                                "prodotti OCOP a 4 stelle dell'associazione del villaggio del tè "
                                "al loto di Quảng An"
                            ),
                            "as_of": "2025-05-20",
                            "source_name": "Viet Nam News",
                            "source_url": "",
                        },
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus-tea",
                            "alt": "Una tazza di tè al loto accanto a un fiore di loto",
                            "caption": "Illustrazione: tè al loto di Quảng An.",
                        },
                    ],
                    ["heading", "La stagione della profumazione"],
                    [
                        "paragraph",
                        "Il tè viene profumato all'inizio dell'estate, quando fioriscono i loti "
                        "del Lago dell'Ovest, di solito da fine maggio a luglio circa. Le date "
                        "esatte sono da confermare; se volete assistere alla profumazione, "
                        "contattate in anticipo le famiglie che producono il tè.",
                    ],
                ],
                "hours_note": (
                    "Orari non ancora confermati. Le famiglie produttrici e i negozi sono di "
                    "solito aperti tutti i giorni dalle 8:00 circa alle 17:30-18:00 e possono "
                    "chiudere all'ora di pranzo; contattateli prima di andare."
                ),
                "accessibility": (
                    "Non ci sono ancora informazioni verificate sull'accessibilità in sedia a "
                    "rotelle né sui servizi igienici. Prima di partire, informatevi presso la "
                    "famiglia produttrice che intendete visitare."
                ),
                "facts": [
                    {
                        "label": (
                            "prodotti OCOP a 4 stelle dell'associazione del villaggio del tè al "
                            "loto di Quảng An"
                        ),
                        "unit": "",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Degustazione di tè al loto",
                        "description": (
                            "Assaggiate il tè al loto e scoprite come viene profumato, presso le "
                            "famiglie che lo producono. Contattatele prima di andare."
                        ),
                    },
                    {
                        "name": "La profumazione stagionale del tè",
                        "description": (
                            "Nella stagione del loto, all'incirca da fine maggio a luglio (da "
                            "confermare), potete chiedere di assistere alle fasi della "
                            "profumazione."
                        ),
                    },
                    {
                        "name": "Passeggiata sul Lago dell'Ovest",
                        "description": (
                            "A piedi o in bicicletta lungo le rive del lago; nella stagione del "
                            "loto si possono ammirare i fiori sbocciati."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {
                        "reason": (
                            "Tết (Capodanno lunare) 2027: molti negozi e laboratori chiudono per "
                            "alcuni giorni (da confermare)"
                        ),
                    },
                ],
                "transport": [
                    {
                        "origin": "Quartiere vecchio di Hanoi",
                        "notes": (
                            "Circa 5 km, sulla riva occidentale del Lago dell'Ovest. Indicazioni "
                            "orientative, da confermare con il villaggio."
                        ),
                    },
                    {
                        "origin": "Quartiere vecchio di Hanoi",
                        "notes": (
                            "Si può raggiungere Quảng An in bicicletta o a piedi costeggiando il "
                            "Lago dell'Ovest. I tempi dipendono dal percorso."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Una teiera e fiori di loto su un vassoio",
                        "caption": "Illustrazione: tè e fiori di loto.",
                    },
                    {
                        "alt": "Distese di loto sul Lago dell'Ovest all'inizio dell'estate",
                        "caption": "Illustrazione: la stagione del loto sul Lago dell'Ovest.",
                    },
                ],
            },
            "ja": {
                "title": "クアンアン",
                "intro": (
                    "タイ湖（西湖）のほとりにある蓮茶の村。クアンアンの蓮の香りをまとわせたお茶"
                    "は、かつて宮廷のために作られていました。その技は今も代々受け継がれています。"
                ),
                "search_description": (
                    "ハノイ・タイホーのクアンアン蓮茶村。タイ湖のほとりの蓮茶づくり、OCOP4つ星"
                    "商品、蓮の季節、旧市街からのアクセスを紹介します。"
                ),
                "hero_alt": "湖面に咲く蓮の花",
                "hero_caption": "イラスト：タイ湖の蓮",
                "body": [
                    ["heading", "タイ湖のほとりの蓮茶"],
                    [
                        "paragraph",
                        "クアンアンは、タイホー区のタイ湖（西湖）のほとりにある村です。ここで作ら"
                        "れる蓮の香りをまとわせたお茶は、かつて宮廷に献上されていました。その技は"
                        "今も代々受け継がれ、文化観光とも結びついています。クアンアン蓮茶村協会は"
                        "、OCOPで4つ星を獲得した商品を2点持っています。",
                    ],
                    [
                        "fact",
                        {
                            "value": "2",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "クアンアン蓮茶村協会のOCOP4つ星商品",
                            "as_of": "2025-05-20",
                            "source_name": "Viet Nam News",
                            "source_url": "",
                        },
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus-tea",
                            "alt": "蓮の花のそばに置かれた蓮茶の茶碗",
                            "caption": "イラスト：クアンアンの蓮茶",
                        },
                    ],
                    ["heading", "蓮茶づくりの季節"],
                    [
                        "paragraph",
                        "蓮茶の香りづけは、タイ湖の蓮が咲く初夏、おおむね5月下旬から7月ごろに行わ"
                        "れます。正確な時期は要確認です。香りづけの様子を見学したい場合は、茶を"
                        "作っている家庭に事前に連絡してください。",
                    ],
                ],
                "hours_note": (
                    "営業時間はまだ確認が取れていません。茶を作る家庭や商店はおおむね毎日8:00頃"
                    "から17:30〜18:00頃まで開いていますが、昼休みを取ることがあります。訪問前に"
                    "ご連絡ください。"
                ),
                "accessibility": (
                    "車いすでの通行やトイレについて、確認済みの情報はまだありません。訪問予定の"
                    "家庭に事前にご確認ください。"
                ),
                "facts": [
                    {"label": "クアンアン蓮茶村協会のOCOP4つ星商品", "unit": ""},
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "蓮茶の試飲",
                        "description": (
                            "茶を作る家庭で蓮茶を味わいながら、香りづけの方法について知ることが"
                            "できます。訪問前にご連絡ください。"
                        ),
                    },
                    {
                        "name": "季節の蓮茶づくり見学",
                        "description": (
                            "蓮の季節（5月下旬〜7月ごろ、要確認）には、香りづけの工程を見学させて"
                            "もらえるよう頼むことができます。"
                        ),
                    },
                    {
                        "name": "タイ湖の散策",
                        "description": (
                            "湖岸を歩いたり、自転車で巡ったりできます。蓮の季節には、タイ湖に咲く"
                            "蓮の花が楽しめます。"
                        ),
                    },
                ],
                "opening_exceptions": [
                    {"reason": "2027年のテト（旧正月）：多くの商店や工房が数日間休業（要確認）"},
                ],
                "transport": [
                    {
                        "origin": "ハノイ旧市街",
                        "notes": (
                            "約5km、タイ湖の西岸にあります。目安であり、村による確認が必要です。"
                        ),
                    },
                    {
                        "origin": "ハノイ旧市街",
                        "notes": (
                            "タイ湖の湖岸に沿って、自転車や徒歩でクアンアンまで行けます。所要時間"
                            "はルートによって異なります。"
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "お盆に載った急須と蓮の花",
                        "caption": "イラスト：お茶と蓮の花",
                    },
                    {
                        "alt": "初夏のタイ湖に広がる蓮池",
                        "caption": "イラスト：タイ湖の蓮の季節",
                    },
                ],
            },
            "ko": {
                "title": "꽝안",
                "intro": (
                    "서호(호떠이) 호숫가에 자리한 연꽃차 마을입니다. 꽝안의 연꽃 향을 입힌 차는 "
                    "한때 왕실을 위해 만들어졌으며, 그 기술은 지금도 대대로 이어지고 있습니다."
                ),
                "search_description": (
                    "하노이 떠이호의 꽝안 연꽃차 마을: 서호 호숫가의 연꽃차 만들기, OCOP 4성 상품, "
                    "연꽃 철, 구시가지에서 가는 방법."
                ),
                "hero_alt": "호수 위에 핀 연꽃",
                "hero_caption": "일러스트: 서호의 연꽃",
                "body": [
                    ["heading", "서호 호숫가의 연꽃차"],
                    [
                        "paragraph",
                        "꽝안은 떠이호군, 서호 호숫가에 있는 마을입니다. 이곳의 연꽃 향을 입힌 "
                        "차는 한때 왕실에 진상하기 위해 만들어졌고, 지금도 대대로 전해지며 문화 "
                        "관광과도 이어지고 있습니다. 꽝안 연꽃차 마을 협회는 OCOP 4성 등급을 받은 "
                        "상품 두 개를 보유하고 있습니다.",
                    ],
                    [
                        "fact",
                        {
                            "value": "2",
                            "value_to": None,
                            "approximate": False,
                            "unit": "",
                            "label": "꽝안 연꽃차 마을 협회의 OCOP 4성 상품",
                            "as_of": "2025-05-20",
                            "source_name": "Viet Nam News",
                            "source_url": "",
                        },
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus-tea",
                            "alt": "연꽃 옆에 놓인 연꽃차 한 잔",
                            "caption": "일러스트: 꽝안 연꽃차",
                        },
                    ],
                    ["heading", "연꽃차를 만드는 계절"],
                    [
                        "paragraph",
                        "연꽃차는 서호의 연꽃이 피는 초여름, 대개 5월 하순부터 7월 무렵에 향을 "
                        "입힙니다. 정확한 시기는 확인이 필요하며, 향을 입히는 과정을 보고 싶다면 "
                        "차를 만드는 가정에 미리 연락하세요.",
                    ],
                ],
                "hours_note": (
                    "운영 시간은 아직 확인되지 않았습니다. 차를 만드는 가정과 상점은 보통 매일 "
                    "오전 8시경부터 오후 5시 30분~6시경까지 문을 열며, 점심시간에 쉴 수 있습니다. "
                    "방문 전에 미리 연락하세요."
                ),
                "accessibility": (
                    "휠체어 이동이나 화장실에 대해 확인된 정보는 아직 없습니다. 방문하려는 가정에 "
                    "미리 문의하세요."
                ),
                "facts": [
                    {"label": "꽝안 연꽃차 마을 협회의 OCOP 4성 상품", "unit": ""},
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "연꽃차 시음",
                        "description": (
                            "차를 만드는 가정에서 연꽃차를 맛보고 향을 입히는 방법을 알아볼 수 "
                            "있습니다. 방문 전에 미리 연락하세요."
                        ),
                    },
                    {
                        "name": "제철 연꽃차 만들기 견학",
                        "description": (
                            "연꽃 철(5월 하순~7월 무렵, 확인 필요)에는 향을 입히는 과정을 볼 수 "
                            "있는지 요청해 볼 수 있습니다."
                        ),
                    },
                    {
                        "name": "서호 산책",
                        "description": (
                            "호숫가를 따라 걷거나 자전거를 탈 수 있으며, 연꽃 철에는 서호에 핀 "
                            "연꽃을 감상할 수 있습니다."
                        ),
                    },
                ],
                "opening_exceptions": [
                    {"reason": "2027년 뗏(음력 설): 많은 상점과 공방이 며칠간 휴무(확인 필요)"},
                ],
                "transport": [
                    {
                        "origin": "하노이 구시가지",
                        "notes": (
                            "약 5km, 서호 서쪽 기슭에 있습니다. 참고용 정보이며 마을의 확인이 "
                            "필요합니다."
                        ),
                    },
                    {
                        "origin": "하노이 구시가지",
                        "notes": (
                            "서호 호숫가를 따라 자전거나 도보로 꽝안까지 갈 수 있습니다. 소요 "
                            "시간은 경로에 따라 다릅니다."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "쟁반 위에 놓인 찻주전자와 연꽃",
                        "caption": "일러스트: 차와 연꽃",
                    },
                    {
                        "alt": "초여름 서호의 연꽃 연못",
                        "caption": "일러스트: 서호의 연꽃 철",
                    },
                ],
            },
        },
    },
]
