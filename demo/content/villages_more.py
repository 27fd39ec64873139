"""Five more villages: Kim Lan, Hà Thái, Phú Vinh, Chuyên Mỹ, Sơn Đồng (vi, en).

Facts come only from ../shared/content-brief.md. The brief gives no figures for
these villages, so their "facts" are the brief's city-level figures that bear
on them, each labelled as city-wide, dated and sourced. Transport, hours and
durations are not in the sources: they are shown as unconfirmed.

Distances from the Old Quarter: Kim Lan's is derived from the brief (Bát Tràng
13–15 km by road, plus 2–3 km along the dyke). The others are straight-line
distances from Hoàn Kiếm Lake (21.0288 N, 105.8522 E) to the brief's
approximate coordinates, rounded to the kilometre; the road is longer, and the
taxi times are rough estimates from that (about 1.3–1.5 times the straight
line, at suburban traffic speeds).
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


TET_2027_REASON = {
    "vi": "Nghỉ Tết Nguyên đán 2027 (dự kiến, cần xác nhận)",
    "en": "Tết (Lunar New Year) 2027 closure (expected, to be confirmed)",
}

OLD_QUARTER = {
    "vi": "Phố cổ (Hồ Hoàn Kiếm)",
    "en": "Old Quarter (Hoàn Kiếm Lake)",
}


VILLAGES = [
    # ------------------------------------------------------------------ Kim Lan
    {
        "slug": "kim-lan",
        "crafts": ["ceramics"],
        "motif": "ceramics",
        "vietnamese_name": "Kim Lan",
        "commune": "xã Bát Tràng",
        "district": "huyện Gia Lâm",
        "latitude": "20.960000",
        "longitude": "105.920000",
        "location_approximate": True,
        # Bát Tràng is 13–15 km by road from the Old Quarter, Kim Lan 2–3 km further.
        "distance_km": "16.0",
        "visit_hours": ["1", "2"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {"surfaces": ["uneven", "alleys"], "kiln_heat": "yes"},
        "facts": [
            {
                "value": "2",
                "value_to": None,
                "approximate": False,
                "as_of": "2025-12-01",
                "precision": "month",
                "source_name": "The Hanoi Times",
                "source_date": "2025-12-01",
                "source_url": "",
            },
        ],
        "recognitions": [
            {"date": None, "source_name": "The Hanoi Times", "source_url": ""},
        ],
        "attractions": [
            {"kind": "walk", "duration_minutes": 45},
            {
                "kind": "workshop",
                "duration_minutes": 45,
                "hours": {"opens": "08:00", "closes": "17:00"},
                "access": {"step_free": "no", "surfaces": ["steps"], "kiln_heat": "yes"},
            },
            {"kind": "shop", "duration_minutes": 30},
            {"kind": "temple", "duration_minutes": 20},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 35,
                "duration_max": 55,
                "distance_km": "16.0",
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
                "mode": "bicycle",
                "line": "",
                "duration_min": 10,
                "duration_max": 15,
                "distance_km": "2.5",
                "confirmed": False,
            },
            {
                "mode": "motorbike",
                "line": "",
                "duration_min": 5,
                "duration_max": 10,
                "distance_km": "2.5",
                "confirmed": False,
            },
            {
                "mode": "walk",
                "line": "",
                "duration_min": 30,
                "duration_max": 45,
                "distance_km": "2.5",
                "confirmed": False,
            },
        ],
        "gallery": ["river", "ceramics"],
        "text": {
            "vi": {
                "title": "Kim Lan",
                "intro": (
                    "Kim Lan là làng gốm bên sông Hồng, nằm cạnh Bát Tràng và cùng thuộc xã "
                    "Bát Tràng. Làng được công nhận là điểm du lịch từ năm 2024 và chỉ cách "
                    "Bát Tràng 2–3 km theo đường đê, nên dễ ghép hai làng vào một chuyến đi."
                ),
                "search_description": (
                    "Làng gốm Kim Lan (xã Bát Tràng, Gia Lâm), điểm du lịch từ năm 2024, cách "
                    "Bát Tràng 2–3 km theo đê sông Hồng: nên xem gì, cách đi, giờ mở cửa."
                ),
                "hero_alt": "Hình minh hoạ đồ gốm",
                "hero_caption": "Kim Lan, làng gốm bên sông Hồng",
                "body": [
                    ["heading", "Làng gốm bên bờ sông Hồng"],
                    [
                        "paragraph",
                        "Kim Lan nằm bên bờ sông Hồng, ngay cạnh làng gốm Bát Tràng. Hai làng "
                        "cùng thuộc xã Bát Tràng, huyện Gia Lâm, và đều làm gốm. Năm 2024, Kim Lan "
                        "được công nhận là điểm du lịch, sau Bát Tràng (năm 2019); như vậy cả hai "
                        "làng của xã đều là điểm du lịch được công nhận.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": "Hình minh hoạ một lò nung gốm",
                            "caption": "Gốm được đưa vào lò nung sau khi tạo hình và phơi khô.",
                        },
                    ],
                    ["heading", "Ghé thăm Kim Lan"],
                    [
                        "paragraph",
                        "Cách đơn giản nhất là ghép Kim Lan vào chuyến đi Bát Tràng: từ Bát Tràng, "
                        "đi tiếp 2–3 km dọc đê sông Hồng bằng xe đạp, xe ôm hoặc đi bộ. Hãy dành "
                        "thêm một đến hai giờ để dạo trong làng, xem các xưởng gốm và ghé các cửa "
                        "hàng. Giờ mở cửa và cách đi trên trang này chưa được làng xác nhận, nên "
                        "hỏi lại trước khi đến.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": "Làng gốm bên cạnh, cách Kim Lan 2–3 km theo đường đê.",
                        },
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa thường gặp của các xưởng và cửa hàng trong làng, chưa được làng "
                    "xác nhận. Một số xưởng có thể nghỉ trưa và nghỉ vào một số ngày lễ; nhiều "
                    "nơi nghỉ vài ngày dịp Tết."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi không bậc, nhà vệ sinh hay chỗ "
                    "ngồi nghỉ. Đường làng có thể hẹp và có xe máy qua lại; nhiều xưởng có bậc "
                    "thềm, và gần lò nung có thể rất nóng."
                ),
                "facts": [
                    {
                        "label": (
                            "được công nhận là điểm du lịch ở xã Bát Tràng: Bát Tràng (từ năm "
                            "2019) và Kim Lan (từ năm 2024)"
                        ),
                        "unit": "làng",
                    },
                ],
                "recognitions": [
                    {
                        "title": "Điểm du lịch được công nhận (từ năm 2024)",
                        "granted_by": "Cơ quan công nhận: cần xác nhận",
                    },
                ],
                "attractions": [
                    {
                        "name": "Dạo bộ trong làng và dọc đê sông Hồng",
                        "description": (
                            "Đi bộ qua các ngõ làng và dọc đê để thấy nhịp sống của một làng "
                            "gốm ven sông."
                        ),
                    },
                    {
                        "name": "Xưởng gốm",
                        "description": (
                            "Xem thợ tạo hình, trang trí và nung gốm. Hãy xin phép trước khi vào "
                            "xưởng, và hỏi xem xưởng có nhận khách tự tay làm gốm không; một buổi "
                            "nặn gốm trên bàn xoay thường mất 30–60 phút."
                        ),
                    },
                    {
                        "name": "Cửa hàng gốm",
                        "description": (
                            "Mua đồ gốm ngay tại làng. Nếu mang đi xa, hãy hỏi người bán về cách "
                            "đóng gói."
                        ),
                    },
                    {
                        "name": "Đình làng",
                        "description": (
                            "Như nhiều làng ở đồng bằng sông Hồng, Kim Lan có đình làng; hãy hỏi "
                            "người dân xem đình có mở cửa không."
                        ),
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["vi"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["vi"],
                        "notes": (
                            "Qua sông Hồng về phía đông nam đến Bát Tràng (13–15 km, khoảng "
                            "30–45 phút), rồi đi tiếp 2–3 km theo đường đê. Thời gian và quãng "
                            "đường là ước tính, cần xác nhận."
                        ),
                    },
                    {
                        "origin": "Điểm trung chuyển xe buýt Long Biên",
                        "notes": (
                            "Tuyến 47A chạy đến Bát Tràng trong khoảng một giờ; từ đó đi tiếp "
                            "2–3 km đến Kim Lan bằng xe đạp, xe ôm hoặc đi bộ. Lộ trình và giờ "
                            "chạy cần xác nhận."
                        ),
                    },
                    {
                        "origin": "Làng gốm Bát Tràng",
                        "notes": "Đạp xe dọc đê sông Hồng. Nơi thuê xe đạp cần xác nhận.",
                    },
                    {
                        "origin": "Làng gốm Bát Tràng",
                        "notes": "Xe ôm đi theo đường đê; nên thoả thuận giá trước khi đi.",
                    },
                    {
                        "origin": "Làng gốm Bát Tràng",
                        "notes": "Đi bộ dọc đê; nên tránh nắng gắt buổi trưa.",
                    },
                ],
                "gallery": [
                    {
                        "alt": "Hình minh hoạ sông Hồng",
                        "caption": "Làng nằm bên sông Hồng; đường đê nối Kim Lan với Bát Tràng.",
                    },
                    {
                        "alt": "Hình minh hoạ bình và bát gốm",
                        "caption": "Gốm Kim Lan",
                    },
                ],
            },
            "en": {
                "title": "Kim Lan",
                "intro": (
                    "Kim Lan is a pottery village on the Red River, next to Bát Tràng and part "
                    "of the same commune. It has been a recognised tourist destination since "
                    "2024 and lies only 2–3 km from Bát Tràng along the river dyke, so the two "
                    "villages fit easily into one trip."
                ),
                "search_description": (
                    "Kim Lan pottery village (Bát Tràng commune, Gia Lâm), a tourist destination "
                    "since 2024, 2–3 km from Bát Tràng along the Red River dyke: what to see, "
                    "getting there, opening hours."
                ),
                "hero_alt": "Illustration of pottery",
                "hero_caption": "Kim Lan, a pottery village on the Red River",
                "body": [
                    ["heading", "A pottery village on the Red River"],
                    [
                        "paragraph",
                        "Kim Lan sits on the bank of the Red River, right beside the pottery "
                        "village of Bát Tràng. The two villages belong to the same commune, Bát "
                        "Tràng in Gia Lâm district, and both make pottery. Kim Lan was recognised "
                        "as a tourist destination in 2024, following Bát Tràng in 2019, so both of "
                        "the commune's villages are now recognised destinations.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": "Illustration of a pottery kiln",
                            "caption": (
                                "Pottery goes into the kiln once it has been shaped and dried."
                            ),
                        },
                    ],
                    ["heading", "Visiting Kim Lan"],
                    [
                        "paragraph",
                        "The simplest way to see Kim Lan is as part of a trip to Bát Tràng: from "
                        "there, carry on 2–3 km along the Red River dyke by bicycle, motorbike "
                        "taxi or on foot. Allow an extra one to two hours to walk through the "
                        "village, look into the pottery workshops and browse the shops. The "
                        "opening hours and travel details on this page have not yet been "
                        "confirmed by the village, so check before you go.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "The neighbouring pottery village, 2–3 km from Kim Lan along the "
                                "dyke."
                            ),
                        },
                    ],
                ],
                "hours_note": (
                    "Typical hours for the village's workshops and shops, not yet confirmed by "
                    "the village. Some workshops may close at lunchtime and on some public "
                    "holidays; many close for several days over Tết."
                ),
                "accessibility": (
                    "No verified information yet on step-free access, toilets or seating. "
                    "Village lanes can be narrow, with motorbikes passing; many workshops have "
                    "steps, and it can be very hot near the kilns."
                ),
                "facts": [
                    {
                        "label": (
                            "recognised as tourist destinations in Bát Tràng commune: Bát Tràng "
                            "(since 2019) and Kim Lan (since 2024)"
                        ),
                        "unit": "villages",
                    },
                ],
                "recognitions": [
                    {
                        "title": "Recognised tourist destination (since 2024)",
                        "granted_by": "Recognising authority to be confirmed",
                    },
                ],
                "attractions": [
                    {
                        "name": "A walk through the village and along the Red River dyke",
                        "description": (
                            "Wander the village lanes and the dyke to see daily life in a "
                            "riverside pottery village."
                        ),
                    },
                    {
                        "name": "Pottery workshops",
                        "description": (
                            "Watch potters shape, decorate and fire their work. Ask before "
                            "stepping into a workshop, and ask whether it takes visitors for a "
                            "hands-on session; shaping a pot on the wheel typically takes 30–60 "
                            "minutes."
                        ),
                    },
                    {
                        "name": "Pottery shops",
                        "description": (
                            "Buy pottery in the village itself. If you are carrying it a long "
                            "way, ask the seller about packing."
                        ),
                    },
                    {
                        "name": "The communal house",
                        "description": (
                            "Like many villages in the Red River delta, Kim Lan has a communal "
                            "house (đình); ask locally whether it is open."
                        ),
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["en"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["en"],
                        "notes": (
                            "Cross the Red River heading south-east to Bát Tràng (13–15 km, about "
                            "30–45 minutes), then carry on 2–3 km along the dyke. Times and "
                            "distance are estimates, to be confirmed."
                        ),
                    },
                    {
                        "origin": "Long Biên bus interchange",
                        "notes": (
                            "Route 47A runs to Bát Tràng in about an hour; from there it is "
                            "2–3 km to Kim Lan by bicycle, motorbike taxi or on foot. Route and "
                            "timetable to be confirmed."
                        ),
                    },
                    {
                        "origin": "Bát Tràng pottery village",
                        "notes": (
                            "Cycle along the Red River dyke. Where to hire a bicycle is to be "
                            "confirmed."
                        ),
                    },
                    {
                        "origin": "Bát Tràng pottery village",
                        "notes": (
                            "Motorbike taxis take the dyke road; agree the fare before you set off."
                        ),
                    },
                    {
                        "origin": "Bát Tràng pottery village",
                        "notes": "Walk along the dyke; avoid the midday sun.",
                    },
                ],
                "gallery": [
                    {
                        "alt": "Illustration of the Red River",
                        "caption": (
                            "The village lies on the Red River; the dyke road links Kim Lan with "
                            "Bát Tràng."
                        ),
                    },
                    {
                        "alt": "Illustration of pottery vases and bowls",
                        "caption": "Kim Lan pottery",
                    },
                ],
            },
        },
    },
    # ------------------------------------------------------------------ Hà Thái
    {
        "slug": "ha-thai",
        "crafts": ["lacquer"],
        "motif": "lacquer",
        "vietnamese_name": "Hà Thái",
        "commune": "xã Duyên Hà",
        "district": "huyện Thường Tín",
        "latitude": "20.860000",
        "longitude": "105.880000",
        "location_approximate": True,
        # Straight line from Hoàn Kiếm Lake, rounded; the road is longer.
        "distance_km": "19.0",
        "visit_hours": ["1", "2"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {"surfaces": ["alleys"], "kiln_heat": "no"},
        "facts": [
            {
                "value": "3",
                "value_to": "5",
                "approximate": False,
                "as_of": "2025-02-21",
                "precision": "day",
                "source_name": "Hanoi news",
                "source_date": "2025-02-21",
                "source_url": "",
            },
        ],
        "recognitions": [],
        "attractions": [
            {
                "kind": "workshop",
                "duration_minutes": 45,
                "hours": {"opens": "08:00", "closes": "17:00"},
            },
            {"kind": "shop", "duration_minutes": 30},
            {"kind": "walk", "duration_minutes": 30},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 45,
                "duration_max": 70,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["lacquer", "market"],
        "text": {
            "vi": {
                "title": "Hà Thái",
                "intro": (
                    "Hà Thái là làng sơn mài ở xã Duyên Hà, huyện Thường Tín, phía nam Hà Nội. "
                    "Đồ sơn mài của làng được xuất khẩu sang châu Âu, Nhật Bản và Hàn Quốc."
                ),
                "search_description": (
                    "Làng sơn mài Hà Thái (xã Duyên Hà, Thường Tín, Hà Nội): đồ sơn mài xuất "
                    "khẩu sang châu Âu, Nhật Bản và Hàn Quốc. Nên xem gì và cách đi."
                ),
                "hero_alt": "Hình minh hoạ đồ sơn mài",
                "hero_caption": "Hà Thái, làng sơn mài ở Thường Tín",
                "body": [
                    ["heading", "Làng sơn mài ở Thường Tín"],
                    [
                        "paragraph",
                        "Hà Thái thuộc xã Duyên Hà, huyện Thường Tín, ở phía nam Hà Nội. Làng "
                        "làm đồ sơn mài, và sản phẩm của làng được xuất khẩu sang châu Âu, Nhật "
                        "Bản và Hàn Quốc.",
                    ],
                    [
                        "image",
                        {
                            "motif": "lacquer",
                            "alt": "Hình minh hoạ một món đồ sơn mài được đánh bóng",
                            "caption": (
                                "Sơn mài là một trong những nghề truyền thống được Hà Nội khôi "
                                "phục."
                            ),
                        },
                    ],
                    ["heading", "Nghề thủ công và xuất khẩu"],
                    [
                        "paragraph",
                        "Kế hoạch phát triển làng nghề giai đoạn 2025–2030 của Hà Nội (Quyết định "
                        "số 282/QĐ-UBND, ban hành tháng 1/2025) chú trọng xúc tiến thương mại, xây "
                        "dựng thương hiệu và hợp tác quốc tế. Thành phố đặt mục tiêu hàng thủ "
                        "công mỹ nghệ chiếm 3–5% kim ngạch xuất khẩu. Khách mua quốc tế quan tâm "
                        "đến giá trị văn hoá, câu chuyện thương hiệu, sản xuất xanh, sạch và mẫu "
                        "mã phù hợp với thị trường của họ.",
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa thường gặp của các xưởng và cửa hàng, chưa được làng xác nhận. "
                    "Một số xưởng có thể nghỉ trưa và nghỉ vào một số ngày lễ; nhiều nơi nghỉ vài "
                    "ngày dịp Tết."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi không bậc, nhà vệ sinh hay chỗ "
                    "ngồi nghỉ. Nhiều xưởng nằm trong ngõ nhỏ và có bậc thềm. Sơn chưa khô có "
                    "thể gây kích ứng da: không chạm vào đồ đang làm."
                ),
                "facts": [
                    {
                        "label": (
                            "mục tiêu tỷ trọng hàng thủ công mỹ nghệ trong kim ngạch xuất khẩu "
                            "của Hà Nội (toàn thành phố)"
                        ),
                        "unit": "%",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Xưởng sơn mài",
                        "description": (
                            "Đồ sơn mài được làm qua nhiều lớp sơn, mài và đánh bóng, nên trong "
                            "một xưởng thường có đồ ở nhiều công đoạn khác nhau. Hãy xin phép "
                            "trước khi vào xem."
                        ),
                    },
                    {
                        "name": "Cửa hàng sơn mài",
                        "description": (
                            "Xem và mua đồ sơn mài ngay tại làng. Nếu mang đi xa, hãy hỏi người "
                            "bán về cách đóng gói."
                        ),
                    },
                    {
                        "name": "Dạo quanh làng",
                        "description": "Đi bộ qua các ngõ để thấy một làng nghề đang làm việc.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["vi"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["vi"],
                        "notes": (
                            "Đi taxi hoặc ô tô về phía nam. Làng cách Phố cổ khoảng 19 km theo "
                            "đường chim bay; quãng đường thực tế dài hơn. Thời gian là ước tính "
                            "thô, giờ cao điểm có thể lâu hơn. Chưa có thông tin đã kiểm chứng về "
                            "xe buýt; mọi chi tiết cần xác nhận."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Hình minh hoạ một chiếc hộp sơn mài",
                        "caption": (
                            "Đồ sơn mài Hà Thái được bán sang châu Âu, Nhật Bản và Hàn Quốc."
                        ),
                    },
                    {
                        "alt": "Hình minh hoạ một sạp hàng thủ công",
                        "caption": "Có thể mua đồ sơn mài ngay tại làng.",
                    },
                ],
            },
            "en": {
                "title": "Hà Thái",
                "intro": (
                    "Hà Thái is a lacquer village in Duyên Hà commune, Thường Tín district, south "
                    "of central Hanoi. Its lacquerware is exported to Europe, Japan and South "
                    "Korea."
                ),
                "search_description": (
                    "Hà Thái lacquer village (Duyên Hà commune, Thường Tín, Hanoi): lacquerware "
                    "exported to Europe, Japan and South Korea. What to see and how to get there."
                ),
                "hero_alt": "Illustration of lacquerware",
                "hero_caption": "Hà Thái, a lacquer village in Thường Tín",
                "body": [
                    ["heading", "A lacquer village in Thường Tín"],
                    [
                        "paragraph",
                        "Hà Thái lies in Duyên Hà commune, Thường Tín district, south of central "
                        "Hanoi. The village makes lacquerware, and its products are exported to "
                        "Europe, Japan and South Korea.",
                    ],
                    [
                        "image",
                        {
                            "motif": "lacquer",
                            "alt": "Illustration of a polished lacquer piece",
                            "caption": (
                                "Lacquer is one of the traditional crafts Hanoi has revived."
                            ),
                        },
                    ],
                    ["heading", "Craft and exports"],
                    [
                        "paragraph",
                        "Hanoi's craft-village development plan for 2025–2030 (Decision No. "
                        "282/QD-UBND, issued in January 2025) puts weight on trade promotion, "
                        "branding and international cooperation. The city aims for handicrafts to "
                        "make up 3–5% of its exports. International buyers look for cultural "
                        "value, brand storytelling, green and clean production, and designs made "
                        "for their own market.",
                    ],
                ],
                "hours_note": (
                    "Typical hours for workshops and shops, not yet confirmed by the village. "
                    "Some workshops may close at lunchtime and on some public holidays; many "
                    "close for several days over Tết."
                ),
                "accessibility": (
                    "No verified information yet on step-free access, toilets or seating. Many "
                    "workshops are down narrow lanes and have steps. Wet lacquer can irritate "
                    "the skin: do not touch work in progress."
                ),
                "facts": [
                    {
                        "label": "target share of handicrafts in Hanoi's exports (city-wide)",
                        "unit": "%",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Lacquer workshops",
                        "description": (
                            "Lacquerware is built up in many coats that are applied, sanded and "
                            "polished, so a workshop often has pieces at several stages. Ask "
                            "before you go in."
                        ),
                    },
                    {
                        "name": "Lacquerware shops",
                        "description": (
                            "Browse and buy lacquerware in the village itself. If you are "
                            "carrying it a long way, ask the seller about packing."
                        ),
                    },
                    {
                        "name": "A walk around the village",
                        "description": "Walk the lanes to see a craft village at work.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["en"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["en"],
                        "notes": (
                            "By taxi or car, heading south. The village is about 19 km from the "
                            "Old Quarter as the crow flies; the road is longer. The time is a "
                            "rough estimate and rush hour can add to it. No verified bus "
                            "information yet; all details to be confirmed."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Illustration of a lacquer box",
                        "caption": "Hà Thái lacquerware is sold to Europe, Japan and South Korea.",
                    },
                    {
                        "alt": "Illustration of a craft stall",
                        "caption": "Lacquerware can be bought in the village itself.",
                    },
                ],
            },
        },
    },
    # ----------------------------------------------------------------- Phú Vinh
    {
        "slug": "phu-vinh",
        "crafts": ["bamboo-rattan"],
        "motif": "bamboo",
        "vietnamese_name": "Phú Vinh",
        "commune": "xã Phú Nghĩa",
        "district": "huyện Chương Mỹ",
        "latitude": "20.905000",
        "longitude": "105.650000",
        "location_approximate": True,
        # Straight line from Hoàn Kiếm Lake, rounded; the road is longer.
        "distance_km": "25.0",
        "visit_hours": ["1", "2"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {"surfaces": ["uneven"], "kiln_heat": "no", "seating": "yes"},
        "facts": [
            {
                "value": "800",
                "value_to": None,
                "approximate": True,
                "as_of": "2025-05-20",
                "precision": "day",
                "source_name": "Viet Nam News",
                "source_date": "2025-05-20",
                "source_url": "",
            },
        ],
        "recognitions": [],
        "attractions": [
            {"kind": "workshop", "duration_minutes": 45},
            {"kind": "shop", "duration_minutes": 30},
            {"kind": "walk", "duration_minutes": 30},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 60,
                "duration_max": 90,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["bamboo", "market"],
        "text": {
            "vi": {
                "title": "Phú Vinh",
                "intro": (
                    "Phú Vinh là làng mây tre đan ở xã Phú Nghĩa, huyện Chương Mỹ, phía tây nam "
                    "Hà Nội. Sản phẩm của làng được bán ở thị trường trong nước và quốc tế."
                ),
                "search_description": (
                    "Làng mây tre đan Phú Vinh (xã Phú Nghĩa, Chương Mỹ, Hà Nội): đồ mây tre cho "
                    "thị trường trong nước và quốc tế. Nên xem gì và cách đi."
                ),
                "hero_alt": "Hình minh hoạ đồ mây tre đan",
                "hero_caption": "Phú Vinh, làng mây tre đan ở Chương Mỹ",
                "body": [
                    ["heading", "Làng mây tre đan ở Chương Mỹ"],
                    [
                        "paragraph",
                        "Phú Vinh thuộc xã Phú Nghĩa, huyện Chương Mỹ, ở phía tây nam Hà Nội. "
                        "Làng đan đồ mây tre cho cả thị trường trong nước và quốc tế.",
                    ],
                    [
                        "image",
                        {
                            "motif": "bamboo",
                            "alt": "Hình minh hoạ những thân tre",
                            "caption": "Mây tre đan là một trong những nghề được Hà Nội khôi phục.",
                        },
                    ],
                    ["heading", "Mây tre trên thị trường quốc tế"],
                    [
                        "paragraph",
                        "Đồ mây tre là một trong những nhóm hàng Hà Nội mang đi giới thiệu ở nước "
                        "ngoài. Tại hội chợ Artigiano in Fiera lần thứ 28 ở Milan (Ý), từ ngày "
                        "30/11 đến 8/12/2024, gian hàng “Hà Nội – Việt Nam” rộng 84 m² trưng bày "
                        "gốm, lụa, đồ thêu, mây tre, đồ trang trí nội thất, trà và trái cây sấy.",
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa thường gặp của các cơ sở và cửa hàng, chưa được làng xác nhận. "
                    "Một số cơ sở có thể nghỉ trưa và nghỉ vào một số ngày lễ; nhiều nơi nghỉ vài "
                    "ngày dịp Tết."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi không bậc, nhà vệ sinh hay chỗ "
                    "ngồi nghỉ. Đường làng có thể hẹp và có xe máy qua lại; nhiều cơ sở có bậc "
                    "thềm."
                ),
                "facts": [
                    {
                        "label": (
                            "sản phẩm OCOP của Hà Nội đến từ các làng nghề (toàn thành phố; "
                            "nguồn tin ghi “gần 800”)"
                        ),
                        "unit": "sản phẩm",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Xem thợ đan mây tre",
                        "description": (
                            "Xem thợ chẻ nan và đan thành đồ dùng. Hãy xin phép trước khi vào "
                            "xem hoặc chụp ảnh."
                        ),
                    },
                    {
                        "name": "Cửa hàng mây tre",
                        "description": (
                            "Mua đồ mây tre ngay tại làng. Đồ đan thường nhẹ nhưng cồng kềnh, nên "
                            "hỏi người bán về cách đóng gói."
                        ),
                    },
                    {
                        "name": "Dạo quanh làng",
                        "description": "Đi bộ qua các ngõ để thấy một làng nghề đang làm việc.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["vi"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["vi"],
                        "notes": (
                            "Đi taxi hoặc ô tô về phía tây nam. Làng cách Phố cổ khoảng 25 km "
                            "theo đường chim bay; quãng đường thực tế dài hơn. Thời gian là ước "
                            "tính thô, giờ cao điểm có thể lâu hơn. Chưa có thông tin đã kiểm "
                            "chứng về xe buýt; mọi chi tiết cần xác nhận."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Hình minh hoạ một chiếc giỏ mây",
                        "caption": "Đồ mây tre Phú Vinh được bán trong nước và ra nước ngoài.",
                    },
                    {
                        "alt": "Hình minh hoạ một sạp hàng thủ công",
                        "caption": "Có thể mua đồ mây tre ngay tại làng.",
                    },
                ],
            },
            "en": {
                "title": "Phú Vinh",
                "intro": (
                    "Phú Vinh is a bamboo and rattan weaving village in Phú Nghĩa commune, "
                    "Chương Mỹ district, south-west of central Hanoi. Its products are sold on "
                    "both the domestic and international markets."
                ),
                "search_description": (
                    "Phú Vinh bamboo and rattan village (Phú Nghĩa commune, Chương Mỹ, Hanoi): "
                    "weaving for domestic and international markets. What to see and how to get "
                    "there."
                ),
                "hero_alt": "Illustration of woven bamboo and rattan",
                "hero_caption": "Phú Vinh, a bamboo and rattan village in Chương Mỹ",
                "body": [
                    ["heading", "A bamboo and rattan village in Chương Mỹ"],
                    [
                        "paragraph",
                        "Phú Vinh is in Phú Nghĩa commune, Chương Mỹ district, south-west of "
                        "central Hanoi. The village weaves bamboo and rattan for both the "
                        "domestic and international markets.",
                    ],
                    [
                        "image",
                        {
                            "motif": "bamboo",
                            "alt": "Illustration of bamboo stems",
                            "caption": (
                                "Bamboo and rattan weaving is one of the crafts Hanoi has revived."
                            ),
                        },
                    ],
                    ["heading", "Bamboo and rattan abroad"],
                    [
                        "paragraph",
                        "Bamboo and rattan goods are among the products Hanoi takes abroad. At the "
                        "28th Artigiano in Fiera in Milan, Italy, from 30 November to 8 December "
                        "2024, the 84 m² “Hanoi - Vietnam” pavilion showed ceramics, silk, "
                        "embroidery, rattan and bamboo, home decor, tea and dried fruit.",
                    ],
                ],
                "hours_note": (
                    "Typical hours for workshops and shops, not yet confirmed by the village. "
                    "Some may close at lunchtime and on some public holidays; many close for "
                    "several days over Tết."
                ),
                "accessibility": (
                    "No verified information yet on step-free access, toilets or seating. "
                    "Village lanes can be narrow, with motorbikes passing; many workshops have "
                    "steps."
                ),
                "facts": [
                    {
                        "label": (
                            "Hanoi OCOP products that come from craft villages (city-wide; the "
                            "source says “nearly 800”)"
                        ),
                        "unit": "products",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Watching the weavers",
                        "description": (
                            "Watch weavers split cane and bamboo into strips and weave them into "
                            "everyday goods. Ask before you look in or take photographs."
                        ),
                    },
                    {
                        "name": "Bamboo and rattan shops",
                        "description": (
                            "Buy bamboo and rattan in the village itself. Woven goods are light "
                            "but bulky, so ask the seller about packing."
                        ),
                    },
                    {
                        "name": "A walk around the village",
                        "description": "Walk the lanes to see a craft village at work.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["en"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["en"],
                        "notes": (
                            "By taxi or car, heading south-west. The village is about 25 km from "
                            "the Old Quarter as the crow flies; the road is longer. The time is a "
                            "rough estimate and rush hour can add to it. No verified bus "
                            "information yet; all details to be confirmed."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Illustration of a rattan basket",
                        "caption": "Phú Vinh's bamboo and rattan is sold at home and abroad.",
                    },
                    {
                        "alt": "Illustration of a craft stall",
                        "caption": "Bamboo and rattan goods can be bought in the village itself.",
                    },
                ],
            },
        },
    },
    # ---------------------------------------------------------------- Chuyên Mỹ
    {
        "slug": "chuyen-my",
        "crafts": ["mother-of-pearl"],
        "motif": "mother-of-pearl",
        "vietnamese_name": "Chuyên Mỹ",
        "commune": "xã Chuyên Mỹ",
        "district": "huyện Phú Xuyên",
        "latitude": "20.740000",
        "longitude": "105.900000",
        "location_approximate": True,
        # Straight line from Hoàn Kiếm Lake, rounded; the road is longer.
        "distance_km": "32.0",
        "visit_hours": ["1", "2"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {"surfaces": ["alleys"], "kiln_heat": "no", "noise": "yes"},
        "facts": [
            {
                "value": "2",
                "value_to": None,
                "approximate": False,
                "as_of": "2025-02-14",
                "precision": "day",
                "source_name": "Hanoi news",
                "source_date": "2025-02-21",
                "source_url": "",
            },
        ],
        "recognitions": [],
        "attractions": [
            {"kind": "workshop", "duration_minutes": 45},
            {"kind": "shop", "duration_minutes": 30},
            {"kind": "walk", "duration_minutes": 30},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 70,
                "duration_max": 100,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["mother-of-pearl", "lacquer"],
        "text": {
            "vi": {
                "title": "Chuyên Mỹ",
                "intro": (
                    "Chuyên Mỹ ở huyện Phú Xuyên, phía nam Hà Nội, là làng nghề khảm trai. Làng "
                    "có trong hồ sơ Hà Nội đang chuẩn bị để tham gia Mạng lưới Thành phố Thủ "
                    "công Sáng tạo Thế giới."
                ),
                "search_description": (
                    "Làng khảm trai Chuyên Mỹ (Phú Xuyên, Hà Nội), có trong hồ sơ tham gia Mạng "
                    "lưới Thành phố Thủ công Sáng tạo Thế giới của Hà Nội. Nên xem gì và cách đi."
                ),
                "hero_alt": "Hình minh hoạ đồ khảm trai",
                "hero_caption": "Chuyên Mỹ, làng khảm trai ở Phú Xuyên",
                "body": [
                    ["heading", "Nghề khảm trai ở Phú Xuyên"],
                    [
                        "paragraph",
                        "Chuyên Mỹ ở huyện Phú Xuyên, phía nam Hà Nội, là làng nghề khảm trai. "
                        "Khảm trai là một trong những nghề truyền thống được Hà Nội khôi phục "
                        "trong những năm gần đây, cùng với sơn mài, gốm, dệt lụa, thêu ren và mây "
                        "tre đan.",
                    ],
                    [
                        "image",
                        {
                            "motif": "mother-of-pearl",
                            "alt": "Hình minh hoạ hoa văn khảm trai óng ánh",
                            "caption": (
                                "Những mảnh trai được cắt nhỏ và gắn thành hoa văn trên bề mặt đồ "
                                "vật."
                            ),
                        },
                    ],
                    ["heading", "Trong hồ sơ thành phố thủ công sáng tạo"],
                    [
                        "paragraph",
                        "Hà Nội đang chuẩn bị hồ sơ tham gia Mạng lưới Thành phố Thủ công Sáng "
                        "tạo Thế giới của Hội đồng Thủ công Thế giới. Chuyên Mỹ là một trong những "
                        "làng nghề có trong hồ sơ này, cùng với làng chạm khắc gỗ và tượng sơn "
                        "mài Sơn Đồng. Trước đó, ngày 14/2/2025, Bát Tràng và Vạn Phúc đã được "
                        "công bố là thành viên Mạng lưới Thủ công Thế giới của Hội đồng.",
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa thường gặp của các xưởng và cửa hàng, chưa được làng xác nhận. "
                    "Một số xưởng có thể nghỉ trưa và nghỉ vào một số ngày lễ; nhiều nơi nghỉ vài "
                    "ngày dịp Tết."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi không bậc, nhà vệ sinh hay chỗ "
                    "ngồi nghỉ. Nhiều xưởng nằm trong ngõ nhỏ và có bậc thềm; khi mài trai có "
                    "thể có bụi."
                ),
                "facts": [
                    {
                        "label": (
                            "làng nghề Hà Nội là thành viên Mạng lưới Thủ công Thế giới của Hội "
                            "đồng Thủ công Thế giới: Bát Tràng và Vạn Phúc (công bố ngày "
                            "14/2/2025)"
                        ),
                        "unit": "làng",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Xưởng khảm trai",
                        "description": (
                            "Xem thợ cắt, mài và gắn từng mảnh trai. Đây là công việc tỉ mỉ, nên "
                            "hãy xin phép trước khi vào xem."
                        ),
                    },
                    {
                        "name": "Cửa hàng đồ khảm trai",
                        "description": (
                            "Xem và mua đồ khảm trai ngay tại làng. Nếu mang đi xa, hãy hỏi "
                            "người bán về cách đóng gói."
                        ),
                    },
                    {
                        "name": "Dạo quanh làng",
                        "description": "Đi bộ qua các ngõ để thấy một làng nghề đang làm việc.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["vi"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["vi"],
                        "notes": (
                            "Đi taxi hoặc ô tô về phía nam. Làng cách Phố cổ khoảng 32 km theo "
                            "đường chim bay; quãng đường thực tế dài hơn. Thời gian là ước tính "
                            "thô, giờ cao điểm có thể lâu hơn. Chưa có thông tin đã kiểm chứng về "
                            "xe buýt; mọi chi tiết cần xác nhận."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Hình minh hoạ một tấm khảm trai",
                        "caption": "Khảm trai, nghề của làng Chuyên Mỹ",
                    },
                    {
                        "alt": "Hình minh hoạ một bề mặt sơn mài",
                        "caption": "Trai thường được khảm trên nền gỗ hoặc sơn mài.",
                    },
                ],
            },
            "en": {
                "title": "Chuyên Mỹ",
                "intro": (
                    "Chuyên Mỹ, in Phú Xuyên district south of central Hanoi, is a mother-of-pearl "
                    "inlay village. It is part of the dossier Hanoi is preparing to join the World "
                    "Creative Craft Cities Network."
                ),
                "search_description": (
                    "Chuyên Mỹ mother-of-pearl inlay village (Phú Xuyên, Hanoi), part of Hanoi's "
                    "dossier for the World Creative Craft Cities Network. What to see and how to "
                    "get there."
                ),
                "hero_alt": "Illustration of mother-of-pearl inlay",
                "hero_caption": "Chuyên Mỹ, a mother-of-pearl inlay village in Phú Xuyên",
                "body": [
                    ["heading", "Mother-of-pearl inlay in Phú Xuyên"],
                    [
                        "paragraph",
                        "Chuyên Mỹ, in Phú Xuyên district south of central Hanoi, is a "
                        "mother-of-pearl inlay village. Mother-of-pearl inlay is one of the "
                        "traditional crafts Hanoi has revived in recent years, along with "
                        "lacquer, ceramics, silk weaving, embroidery and lace, and bamboo and "
                        "rattan.",
                    ],
                    [
                        "image",
                        {
                            "motif": "mother-of-pearl",
                            "alt": "Illustration of shimmering mother-of-pearl inlay",
                            "caption": (
                                "Small pieces of shell are cut and set into a surface to form a "
                                "pattern."
                            ),
                        },
                    ],
                    ["heading", "Part of Hanoi's craft-city dossier"],
                    [
                        "paragraph",
                        "Hanoi is preparing a dossier to join the World Crafts Council's World "
                        "Creative Craft Cities Network. Chuyên Mỹ is one of the craft villages in "
                        "it, together with Sơn Đồng, the village of wood carving and lacquered "
                        "statues. Earlier, on 14 February 2025, Bát Tràng and Vạn Phúc were "
                        "announced as members of the council's World Crafts Network.",
                    ],
                ],
                "hours_note": (
                    "Typical hours for workshops and shops, not yet confirmed by the village. "
                    "Some workshops may close at lunchtime and on some public holidays; many "
                    "close for several days over Tết."
                ),
                "accessibility": (
                    "No verified information yet on step-free access, toilets or seating. Many "
                    "workshops are down narrow lanes and have steps; grinding shell can raise "
                    "dust."
                ),
                "facts": [
                    {
                        "label": (
                            "Hanoi craft villages in the World Crafts Council's World Crafts "
                            "Network: Bát Tràng and Vạn Phúc (announced 14 February 2025)"
                        ),
                        "unit": "villages",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Mother-of-pearl workshops",
                        "description": (
                            "Watch craftspeople cut, grind and set each piece of shell. The work "
                            "is painstaking, so ask before you look in."
                        ),
                    },
                    {
                        "name": "Mother-of-pearl shops",
                        "description": (
                            "Browse and buy inlaid pieces in the village itself. If you are "
                            "carrying them a long way, ask the seller about packing."
                        ),
                    },
                    {
                        "name": "A walk around the village",
                        "description": "Walk the lanes to see a craft village at work.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["en"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["en"],
                        "notes": (
                            "By taxi or car, heading south. The village is about 32 km from the "
                            "Old Quarter as the crow flies; the road is longer. The time is a "
                            "rough estimate and rush hour can add to it. No verified bus "
                            "information yet; all details to be confirmed."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Illustration of a mother-of-pearl panel",
                        "caption": "Mother-of-pearl inlay, the craft of Chuyên Mỹ",
                    },
                    {
                        "alt": "Illustration of a lacquered surface",
                        "caption": "Shell is usually inlaid into wood or lacquer.",
                    },
                ],
            },
        },
    },
    # ----------------------------------------------------------------- Sơn Đồng
    {
        "slug": "son-dong",
        "crafts": ["wood-carving", "lacquer"],
        "motif": "wood-carving",
        "vietnamese_name": "Sơn Đồng",
        "commune": "xã Sơn Đồng",
        "district": "huyện Hoài Đức",
        "latitude": "21.045000",
        "longitude": "105.700000",
        "location_approximate": True,
        # Straight line from Hoàn Kiếm Lake, rounded; the road is longer.
        "distance_km": "16.0",
        "visit_hours": ["1", "2"],
        "hours_confirmed": False,
        "opening_hours": _daily(),
        "access": {"surfaces": ["uneven", "alleys"], "kiln_heat": "no", "noise": "yes"},
        "facts": [
            {
                "value": "337",
                "value_to": None,
                "approximate": False,
                "as_of": "2025-11-03",
                "precision": "month",
                "source_name": "Vietnam Business Forum",
                "source_date": "2025-11-03",
                "source_url": "",
            },
        ],
        "recognitions": [],
        "attractions": [
            {"kind": "workshop", "duration_minutes": 45},
            {"kind": "shop", "duration_minutes": 30},
            {"kind": "walk", "duration_minutes": 30},
        ],
        "opening_exceptions": _tet_2027(),
        "transport": [
            {
                "mode": "taxi",
                "line": "",
                "duration_min": 40,
                "duration_max": 60,
                "distance_km": None,
                "confirmed": False,
            },
        ],
        "gallery": ["wood-carving", "lacquer"],
        "text": {
            "vi": {
                "title": "Sơn Đồng",
                "intro": (
                    "Sơn Đồng ở huyện Hoài Đức, phía tây Hà Nội, là làng chạm khắc gỗ và làm tượng "
                    "sơn mài. Làng có trong hồ sơ Hà Nội đang chuẩn bị để tham gia Mạng lưới "
                    "Thành phố Thủ công Sáng tạo Thế giới."
                ),
                "search_description": (
                    "Làng chạm khắc gỗ và tượng sơn mài Sơn Đồng (Hoài Đức, Hà Nội), có trong hồ "
                    "sơ tham gia Mạng lưới Thành phố Thủ công Sáng tạo Thế giới. Nên xem gì, "
                    "cách đi."
                ),
                "hero_alt": "Hình minh hoạ đồ gỗ chạm khắc",
                "hero_caption": "Sơn Đồng, làng chạm khắc gỗ ở Hoài Đức",
                "body": [
                    ["heading", "Tượng gỗ và sơn mài ở Hoài Đức"],
                    [
                        "paragraph",
                        "Sơn Đồng ở huyện Hoài Đức, phía tây Hà Nội, là làng nghề chạm khắc gỗ "
                        "và làm tượng sơn mài. Hai nghề đi liền với nhau: tượng được tạc từ gỗ, "
                        "rồi được phủ sơn và trang trí.",
                    ],
                    [
                        "image",
                        {
                            "motif": "wood-carving",
                            "alt": "Hình minh hoạ một pho tượng gỗ chạm khắc",
                            "caption": "Chạm khắc gỗ ở Sơn Đồng",
                        },
                    ],
                    ["heading", "Trong hồ sơ thành phố thủ công sáng tạo"],
                    [
                        "paragraph",
                        "Sơn Đồng là một trong những làng nghề có trong hồ sơ Hà Nội đang chuẩn "
                        "bị để tham gia Mạng lưới Thành phố Thủ công Sáng tạo Thế giới của Hội "
                        "đồng Thủ công Thế giới, cùng với làng khảm trai Chuyên Mỹ.",
                    ],
                ],
                "hours_note": (
                    "Giờ mở cửa thường gặp của các xưởng và cửa hàng, chưa được làng xác nhận. "
                    "Một số xưởng có thể nghỉ trưa và nghỉ vào một số ngày lễ; nhiều nơi nghỉ vài "
                    "ngày dịp Tết."
                ),
                "accessibility": (
                    "Chưa có thông tin đã kiểm chứng về lối đi không bậc, nhà vệ sinh hay chỗ "
                    "ngồi nghỉ. Nhiều xưởng nằm trong ngõ nhỏ và có bậc thềm. Xưởng gỗ có thể "
                    "ồn và nhiều bụi; sơn chưa khô có thể gây kích ứng da."
                ),
                "facts": [
                    {
                        "label": (
                            "được công nhận chính thức ở Hà Nội, trong tổng số khoảng 1.350 làng "
                            "nghề và làng có nghề (toàn thành phố)"
                        ),
                        "unit": "làng nghề, nghề truyền thống",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Xưởng tạc tượng",
                        "description": (
                            "Xem thợ tạc gỗ và phủ sơn cho tượng. Hãy xin phép trước khi vào "
                            "xưởng và giữ khoảng cách với dụng cụ."
                        ),
                    },
                    {
                        "name": "Cửa hàng đồ gỗ và tượng",
                        "description": (
                            "Xem và mua đồ gỗ chạm khắc ngay tại làng. Tượng có thể nặng: hãy "
                            "hỏi về cách đóng gói và gửi hàng."
                        ),
                    },
                    {
                        "name": "Dạo quanh làng",
                        "description": "Đi bộ qua các ngõ để thấy một làng nghề đang làm việc.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["vi"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["vi"],
                        "notes": (
                            "Đi taxi hoặc ô tô về phía tây. Làng cách Phố cổ khoảng 16 km theo "
                            "đường chim bay; quãng đường thực tế dài hơn. Thời gian là ước tính "
                            "thô, giờ cao điểm có thể lâu hơn. Chưa có thông tin đã kiểm chứng về "
                            "xe buýt; mọi chi tiết cần xác nhận."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Hình minh hoạ hoa văn chạm khắc trên gỗ",
                        "caption": "Hoa văn được chạm tay trên gỗ.",
                    },
                    {
                        "alt": "Hình minh hoạ một lớp sơn bóng",
                        "caption": "Sau khi tạc, tượng được phủ sơn.",
                    },
                ],
            },
            "en": {
                "title": "Sơn Đồng",
                "intro": (
                    "Sơn Đồng, in Hoài Đức district west of central Hanoi, is a village of wood "
                    "carving and lacquered statues. It is part of the dossier Hanoi is preparing "
                    "to join the World Creative Craft Cities Network."
                ),
                "search_description": (
                    "Sơn Đồng wood carving and lacquered statue village (Hoài Đức, Hanoi), part "
                    "of Hanoi's dossier for the World Creative Craft Cities Network. What to see, "
                    "how to get there."
                ),
                "hero_alt": "Illustration of carved woodwork",
                "hero_caption": "Sơn Đồng, a wood-carving village in Hoài Đức",
                "body": [
                    ["heading", "Wooden statues and lacquer in Hoài Đức"],
                    [
                        "paragraph",
                        "Sơn Đồng, in Hoài Đức district west of central Hanoi, is a village of "
                        "wood carving and lacquered statues. The two crafts go together: a statue "
                        "is carved from wood, then lacquered and decorated.",
                    ],
                    [
                        "image",
                        {
                            "motif": "wood-carving",
                            "alt": "Illustration of a carved wooden statue",
                            "caption": "Wood carving in Sơn Đồng",
                        },
                    ],
                    ["heading", "Part of Hanoi's craft-city dossier"],
                    [
                        "paragraph",
                        "Sơn Đồng is one of the craft villages in the dossier Hanoi is preparing "
                        "to join the World Crafts Council's World Creative Craft Cities Network, "
                        "alongside the mother-of-pearl inlay village of Chuyên Mỹ.",
                    ],
                ],
                "hours_note": (
                    "Typical hours for workshops and shops, not yet confirmed by the village. "
                    "Some workshops may close at lunchtime and on some public holidays; many "
                    "close for several days over Tết."
                ),
                "accessibility": (
                    "No verified information yet on step-free access, toilets or seating. Many "
                    "workshops are down narrow lanes and have steps. Woodworking shops can be "
                    "noisy and dusty; wet lacquer can irritate the skin."
                ),
                "facts": [
                    {
                        "label": (
                            "officially recognised in Hanoi, out of about 1,350 craft villages "
                            "and villages with crafts (city-wide)"
                        ),
                        "unit": "craft villages and traditional crafts",
                    },
                ],
                "recognitions": [],
                "attractions": [
                    {
                        "name": "Statue-carving workshops",
                        "description": (
                            "Watch carvers shape the wood and lacquer the statues. Ask before "
                            "stepping into a workshop and keep clear of the tools."
                        ),
                    },
                    {
                        "name": "Woodwork and statue shops",
                        "description": (
                            "Browse and buy carved woodwork in the village itself. Statues can "
                            "be heavy: ask about packing and shipping."
                        ),
                    },
                    {
                        "name": "A walk around the village",
                        "description": "Walk the lanes to see a craft village at work.",
                    },
                ],
                "opening_exceptions": [{"reason": TET_2027_REASON["en"]}],
                "transport": [
                    {
                        "origin": OLD_QUARTER["en"],
                        "notes": (
                            "By taxi or car, heading west. The village is about 16 km from the "
                            "Old Quarter as the crow flies; the road is longer. The time is a "
                            "rough estimate and rush hour can add to it. No verified bus "
                            "information yet; all details to be confirmed."
                        ),
                    },
                ],
                "gallery": [
                    {
                        "alt": "Illustration of a carved wooden pattern",
                        "caption": "Patterns are carved into the wood by hand.",
                    },
                    {
                        "alt": "Illustration of a glossy lacquer finish",
                        "caption": "Once carved, the statues are lacquered.",
                    },
                ],
            },
        },
    },
]
