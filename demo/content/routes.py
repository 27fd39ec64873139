"""Demo routes: three Red River / West Lake day plans from Hoàn Kiếm Lake.

Format: docs/demo-content.md ("Route dict"). Facts come from ../shared/content-brief.md only.
Transport times, distances and costs are not given by the news sources: they are rough, commonly
published figures (costs are rough per-person guesses in VND) and every route's tips say they are
to be confirmed.

Coordinates: strings with 6 decimals, latitude first (Hanoi is about 21.0 N, 105.8 E).
Village stops take their coordinates from the village page (latitude/longitude None here).
"""

# Named places (not village pages).
HOAN_KIEM_LAT, HOAN_KIEM_LNG = "21.028800", "105.852200"
TRAN_QUOC_LAT, TRAN_QUOC_LNG = "21.047900", "105.836700"


ROUTES = [
    # ------------------------------------------------------------------
    # 1. Bát Tràng and Kim Lan, half day
    # ------------------------------------------------------------------
    {
        "slug": "bat-trang-kim-lan-half-day",
        "day_length": "half",
        "motif": "ceramics",
        "stops": [
            {
                "village": None,
                "latitude": HOAN_KIEM_LAT,
                "longitude": HOAN_KIEM_LNG,
                "minutes_here": 0,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 40,
                "leg_km": "14.0",
                "leg_cost_min_vnd": 100000,
                "leg_cost_max_vnd": 250000,
            },
            {
                "village": "bat-trang",
                "latitude": None,
                "longitude": None,
                "minutes_here": 120,
                "leg_mode": "motorbike",
                "leg_line": "",
                "leg_minutes": 10,
                "leg_km": "2.5",
                "leg_cost_min_vnd": 20000,
                "leg_cost_max_vnd": 50000,
            },
            {
                "village": "kim-lan",
                "latitude": None,
                "longitude": None,
                "minutes_here": 60,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 45,
                "leg_km": "15.0",
                "leg_cost_min_vnd": 100000,
                "leg_cost_max_vnd": 300000,
            },
            {
                "village": None,
                "latitude": HOAN_KIEM_LAT,
                "longitude": HOAN_KIEM_LNG,
                "minutes_here": 0,
                "leg_mode": "",
                "leg_line": "",
                "leg_minutes": None,
                "leg_km": None,
                "leg_cost_min_vnd": None,
                "leg_cost_max_vnd": None,
            },
        ],
        "text": {
            "vi": {
                "title": "Bát Tràng và Kim Lan: nửa ngày ở làng gốm bên sông Hồng",
                "intro": (
                    "Nửa ngày từ Hồ Hoàn Kiếm sang hai làng gốm của xã Bát Tràng bên sông Hồng: "
                    "chợ gốm, bảo tàng và một buổi tự tay làm gốm ở Bát Tràng, rồi men theo đê "
                    "sang Kim Lan."
                ),
                "search_description": (
                    "Lộ trình nửa ngày từ Hồ Hoàn Kiếm đến làng gốm Bát Tràng và Kim Lan: đi taxi "
                    "hoặc xe buýt 47A, thời gian ở mỗi nơi và mẹo thực tế."
                ),
                "summary": (
                    "Khoảng 30–45 phút đi taxi qua sông Hồng là đến Bát Tràng, làng gốm có lịch sử "
                    "700 năm. Dành hai tiếng cho chợ gốm, Bảo tàng Gốm Bát Tràng và một buổi làm "
                    "gốm trên bàn xoay, rồi đi 2–3 km dọc đê sang Kim Lan, làng gốm được công nhận "
                    "là điểm du lịch từ năm 2024."
                ),
                "best_season": "Quanh năm; tránh những ngày nghỉ Tết Nguyên đán",
                "tips": (
                    "Nên đi buổi sáng để có đủ thời gian làm gốm và dạo chợ. Một buổi làm gốm trên "
                    "bàn xoay thường mất 30–60 phút. Cửa hàng và chợ gốm thường mở hằng ngày từ "
                    "khoảng 8:00 đến 17:30–18:00; xưởng và bảo tàng nhỏ có thể nghỉ trưa và nghỉ "
                    "vào một số ngày lễ. Nhiều cơ sở nghỉ vài ngày dịp Tết Nguyên đán (năm 2027, "
                    "Tết rơi vào ngày 6 tháng 2). Thời gian đi lại, quãng đường, giá taxi, xe ôm, "
                    "xe buýt và lịch thuyền chỉ là ước tính, chưa có nguồn chính thức: cần xác "
                    "nhận trước khi đi. Chi phí ghi ở đây là mức ước tính thô cho mỗi người."
                ),
                "hero_alt": "Hình minh họa những chiếc bình gốm bày bên bờ sông Hồng",
                "hero_caption": "Hình minh họa: gốm Bát Tràng và Kim Lan bên sông Hồng.",
                "stops": [
                    {
                        "place_name": "Hồ Hoàn Kiếm",
                        "activity": (
                            "Điểm xuất phát ở trung tâm phố cổ. Đi taxi sang Bát Tràng, hoặc ra "
                            "điểm trung chuyển xe buýt Long Biên để đi tuyến 47A."
                        ),
                        "leg_notes": (
                            "Khoảng 13–15 km, 30–45 phút đi taxi qua sông Hồng. Xe buýt 47A chạy "
                            "từ điểm trung chuyển Long Biên đến Bát Tràng trong khoảng một giờ. "
                            "Một số công ty du lịch có tour thuyền trên sông Hồng đến Bát Tràng, "
                            "lịch chạy chưa rõ. Tất cả cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Dạo chợ gốm, xem Bảo tàng Gốm Bát Tràng và tự tay làm một món gốm "
                            "trên bàn xoay (thường 30–60 phút). Nghề gốm Bát Tràng có lịch sử 700 "
                            "năm và nằm trong Danh mục Di sản văn hóa phi vật thể quốc gia; làng "
                            "là một điểm dừng trên tuyến du lịch sông Hồng."
                        ),
                        "leg_notes": (
                            "2–3 km dọc đê sông Hồng: khoảng 10 phút đi xe ôm, hoặc đạp xe, hoặc "
                            "đi bộ khoảng 30–40 phút. Giá xe ôm và thuê xe đạp cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Kim Lan là làng gốm ngay cạnh Bát Tràng, cùng thuộc xã Bát Tràng, "
                            "được công nhận là điểm du lịch từ năm 2024. Dạo làng, xem các xưởng "
                            "gốm và hỏi trước giờ mở cửa (cần xác nhận)."
                        ),
                        "leg_notes": (
                            "Về trung tâm bằng taxi, khoảng 30–45 phút tùy giao thông. Nên đặt xe "
                            "qua ứng dụng hoặc hẹn trước. Thời gian và giá cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "Hồ Hoàn Kiếm",
                        "activity": "Kết thúc lộ trình ở trung tâm phố cổ.",
                        "leg_notes": "",
                    },
                ],
            },
            "en": {
                "title": "Bát Tràng and Kim Lan: a half day in the Red River pottery villages",
                "intro": (
                    "A half day from Hoàn Kiếm Lake to the two pottery villages of Bát Tràng "
                    "commune on the Red River: the pottery market, the museum and a hands-on "
                    "pottery session in Bát Tràng, then along the dyke to Kim Lan."
                ),
                "search_description": (
                    "Half-day route from Hoàn Kiếm Lake to the Bát Tràng and Kim Lan pottery "
                    "villages: by taxi or bus 47A, time at each stop and practical tips."
                ),
                "summary": (
                    "A 30–45 minute taxi ride across the Red River brings you to Bát Tràng, a "
                    "pottery village with a 700-year history. Spend two hours on the pottery "
                    "market, the Bát Tràng Pottery Museum and a session at the potter's wheel, "
                    "then go 2–3 km along the dyke to Kim Lan, a pottery village recognised as a "
                    "tourist destination since 2024."
                ),
                "best_season": "All year round; avoid the Tết (Lunar New Year) holidays",
                "tips": (
                    "Go in the morning to leave enough time for the pottery session and the "
                    "market. A session at the potter's wheel usually takes 30–60 minutes. Shops "
                    "and the pottery market are usually open daily from about 8:00 to 17:30–18:00; "
                    "workshops and small museums may close at lunchtime and on some public "
                    "holidays. Many businesses close for several days over Tết, the Lunar New Year "
                    "(in 2027 it falls on 6 February). Travel times, distances, taxi, "
                    "motorbike-taxi and bus fares and boat schedules are estimates with no "
                    "official source: confirm them before you go. Costs shown are rough estimates "
                    "per person."
                ),
                "hero_alt": "Illustration of ceramic vases set out on the bank of the Red River",
                "hero_caption": "Illustration: Bát Tràng and Kim Lan pottery by the Red River.",
                "stops": [
                    {
                        "place_name": "Hoàn Kiếm Lake",
                        "activity": (
                            "Starting point in the heart of the Old Quarter. Take a taxi to Bát "
                            "Tràng, or go to the Long Biên bus interchange for bus 47A."
                        ),
                        "leg_notes": (
                            "About 13–15 km, 30–45 minutes by taxi across the Red River. City bus "
                            "47A runs from the Long Biên bus interchange to Bát Tràng in about an "
                            "hour. Some tour operators offer boat trips on the Red River to Bát "
                            "Tràng; schedules are unknown. All to be confirmed."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Stroll through the pottery market, visit the Bát Tràng Pottery Museum "
                            "and shape a piece of your own on the potter's wheel (usually 30–60 "
                            "minutes). Bát Tràng pottery has a 700-year history and is on the "
                            "National List of Intangible Cultural Heritage; the village is a stop "
                            "on the Red River tourism route."
                        ),
                        "leg_notes": (
                            "2–3 km along the Red River dyke: about 10 minutes by motorbike taxi, "
                            "or by bicycle, or about 30–40 minutes on foot. Motorbike-taxi fares "
                            "and bicycle hire prices to be confirmed."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Kim Lan is the pottery village right next to Bát Tràng, in the same "
                            "commune, and a recognised tourist destination since 2024. Walk "
                            "through the village, look into the pottery workshops and ask about "
                            "opening hours beforehand (to be confirmed)."
                        ),
                        "leg_notes": (
                            "Back to the centre by taxi, about 30–45 minutes depending on traffic. "
                            "Book a car through an app or arrange it in advance. Time and fare to "
                            "be confirmed."
                        ),
                    },
                    {
                        "place_name": "Hoàn Kiếm Lake",
                        "activity": "The route ends in the heart of the Old Quarter.",
                        "leg_notes": "",
                    },
                ],
            },
        },
    },
    # ------------------------------------------------------------------
    # 2. West Lake morning: Quảng An lotus tea village, half day (six languages)
    # ------------------------------------------------------------------
    {
        "slug": "west-lake-morning-quang-an",
        "day_length": "half",
        "motif": "lotus-tea",
        "stops": [
            {
                "village": None,
                "latitude": HOAN_KIEM_LAT,
                "longitude": HOAN_KIEM_LNG,
                "minutes_here": 0,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 20,
                "leg_km": "5.0",
                "leg_cost_min_vnd": 50000,
                "leg_cost_max_vnd": 120000,
            },
            {
                "village": "quang-an",
                "latitude": None,
                "longitude": None,
                "minutes_here": 90,
                "leg_mode": "bicycle",
                "leg_line": "",
                "leg_minutes": 20,
                "leg_km": "3.0",
                "leg_cost_min_vnd": 0,
                "leg_cost_max_vnd": 60000,
            },
            {
                "village": None,
                "latitude": TRAN_QUOC_LAT,
                "longitude": TRAN_QUOC_LNG,
                "minutes_here": 30,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 15,
                "leg_km": "4.0",
                "leg_cost_min_vnd": 40000,
                "leg_cost_max_vnd": 100000,
            },
            {
                "village": None,
                "latitude": HOAN_KIEM_LAT,
                "longitude": HOAN_KIEM_LNG,
                "minutes_here": 0,
                "leg_mode": "",
                "leg_line": "",
                "leg_minutes": None,
                "leg_km": None,
                "leg_cost_min_vnd": None,
                "leg_cost_max_vnd": None,
            },
        ],
        "text": {
            "vi": {
                "title": "Buổi sáng bên Hồ Tây: làng trà sen Quảng An",
                "intro": (
                    "Nửa ngày nhẹ nhàng từ Hồ Hoàn Kiếm ra Hồ Tây: tìm hiểu nghề ướp trà sen ở "
                    "Quảng An, rồi đi bộ hoặc đạp xe ven hồ đến chùa Trấn Quốc."
                ),
                "search_description": (
                    "Lộ trình nửa ngày từ Hồ Hoàn Kiếm đến làng trà sen Quảng An và chùa Trấn Quốc "
                    "bên Hồ Tây: thời gian, cách đi lại, mùa sen."
                ),
                "summary": (
                    "Chỉ 15–20 phút đi taxi từ phố cổ là đến Quảng An bên bờ tây Hồ Tây, nơi nghề "
                    "ướp trà sen, từng làm trà dâng triều đình, được giữ gìn qua nhiều thế hệ. Sau "
                    "đó đi bộ hoặc đạp xe ven hồ đến chùa Trấn Quốc và về lại trung tâm trước bữa "
                    "trưa."
                ),
                "best_season": (
                    "Cuối tháng 5 đến tháng 7, khi sen Hồ Tây nở và là mùa ướp trà (cần xác nhận)"
                ),
                "tips": (
                    "Nên đi sớm khi trời còn mát. Cửa hàng và cơ sở làm trà trong làng thường mở "
                    "khoảng 8:00–17:30, có nơi nghỉ trưa; giờ mở cửa cần xác nhận với từng hộ. "
                    "Nhiều cơ sở nghỉ vài ngày dịp Tết Nguyên đán (năm 2027, Tết rơi vào ngày 6 "
                    "tháng 2). Thời gian đi lại, quãng đường, giá taxi và giá thuê xe đạp chỉ là "
                    "ước tính thô cho mỗi người, chưa có nguồn chính thức: cần xác nhận trước khi "
                    "đi."
                ),
                "hero_alt": "Hình minh họa chén trà sen bên cạnh những bông sen trên mặt hồ",
                "hero_caption": "Hình minh họa: trà sen Quảng An và sen Hồ Tây.",
                "stops": [
                    {
                        "place_name": "Hồ Hoàn Kiếm",
                        "activity": (
                            "Điểm xuất phát ở trung tâm phố cổ. Đi taxi hoặc đặt xe qua ứng dụng "
                            "đến Quảng An."
                        ),
                        "leg_notes": (
                            "Khoảng 5 km, 15–20 phút đi taxi theo đường ven Hồ Tây. Thời gian và "
                            "giá cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Tìm hiểu cách ướp trà với hương sen, nghề từng làm trà dâng triều "
                            "đình và được truyền qua nhiều thế hệ. Hiệp hội Làng nghề Trà sen "
                            "Quảng An có hai sản phẩm đạt OCOP 4 sao. Hỏi trước các hộ làm trà xem "
                            "có thể xem ướp trà và thưởng trà không (cần xác nhận)."
                        ),
                        "leg_notes": (
                            "Khoảng 3 km dọc bờ hồ: đạp xe khoảng 20 phút hoặc đi bộ 40–45 phút. "
                            "Giá thuê xe đạp cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "Chùa Trấn Quốc",
                        "activity": (
                            "Dừng chân ở chùa bên Hồ Tây và ngắm mặt hồ. Ăn mặc kín đáo và giữ yên "
                            "lặng khi vào chùa."
                        ),
                        "leg_notes": (
                            "Khoảng 4 km, chừng 15 phút đi taxi về trung tâm. Thời gian và giá cần "
                            "xác nhận."
                        ),
                    },
                    {
                        "place_name": "Hồ Hoàn Kiếm",
                        "activity": ("Kết thúc lộ trình ở trung tâm, vừa kịp bữa trưa ở phố cổ."),
                        "leg_notes": "",
                    },
                ],
            },
            "en": {
                "title": "A West Lake morning: Quảng An lotus tea village",
                "intro": (
                    "A gentle half day from Hoàn Kiếm Lake to West Lake: learn how tea is scented "
                    "with lotus in Quảng An, then walk or cycle along the shore to Trấn Quốc "
                    "Pagoda."
                ),
                "search_description": (
                    "Half-day route from Hoàn Kiếm Lake to the Quảng An lotus tea village and Trấn "
                    "Quốc Pagoda on West Lake: timings, getting there, lotus season."
                ),
                "summary": (
                    "A 15–20 minute taxi ride from the Old Quarter takes you to Quảng An on the "
                    "western shore of West Lake, where lotus-scented tea, once made for the royal "
                    "court, has been kept alive across generations. Then walk or cycle along the "
                    "lake to Trấn Quốc Pagoda and be back in the centre before lunch."
                ),
                "best_season": (
                    "Late May to July, when the West Lake lotuses bloom and the tea is scented (to "
                    "be confirmed)"
                ),
                "tips": (
                    "Set off early while it is still cool. Shops and tea makers in the village are "
                    "usually open from about 8:00 to 17:30, some close at lunchtime; check opening "
                    "hours with each household. Many businesses close for several days over Tết, "
                    "the Lunar New Year (in 2027 it falls on 6 February). Travel times, distances, "
                    "taxi fares and bicycle hire prices are rough per-person estimates with no "
                    "official source: confirm them before you go."
                ),
                "hero_alt": "Illustration of a cup of lotus tea beside lotus flowers on a lake",
                "hero_caption": "Illustration: Quảng An lotus tea and the lotuses of West Lake.",
                "stops": [
                    {
                        "place_name": "Hoàn Kiếm Lake",
                        "activity": (
                            "Starting point in the heart of the Old Quarter. Take a taxi or book a "
                            "car through an app to Quảng An."
                        ),
                        "leg_notes": (
                            "About 5 km, 15–20 minutes by taxi along the West Lake road. Time and "
                            "fare to be confirmed."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Learn how tea is scented with lotus, a craft once practised for the "
                            "royal court and handed down through the generations. The Quảng An "
                            "Lotus Tea Village Association has two products rated 4 stars under "
                            "OCOP. Ask the tea makers beforehand whether you can watch the "
                            "scenting and taste the tea (to be confirmed)."
                        ),
                        "leg_notes": (
                            "About 3 km along the shore: around 20 minutes by bicycle or 40–45 "
                            "minutes on foot. Bicycle hire prices to be confirmed."
                        ),
                    },
                    {
                        "place_name": "Trấn Quốc Pagoda",
                        "activity": (
                            "Stop at the pagoda on West Lake and take in the view over the water. "
                            "Dress modestly and keep quiet inside the pagoda."
                        ),
                        "leg_notes": (
                            "About 4 km, some 15 minutes by taxi back to the centre. Time and fare "
                            "to be confirmed."
                        ),
                    },
                    {
                        "place_name": "Hoàn Kiếm Lake",
                        "activity": (
                            "The route ends in the centre, in time for lunch in the Old Quarter."
                        ),
                        "leg_notes": "",
                    },
                ],
            },
            "fr": {
                "title": "Une matinée au lac de l'Ouest : Quảng An, le village du thé au lotus",
                "intro": (
                    "Une demi-journée tranquille du lac Hoàn Kiếm au lac de l'Ouest : découvrir à "
                    "Quảng An l'art de parfumer le thé au lotus, puis rejoindre la pagode Trấn "
                    "Quốc à pied ou à vélo en longeant la rive."
                ),
                "search_description": (
                    "Itinéraire d'une demi-journée du lac Hoàn Kiếm au village du thé au lotus de "
                    "Quảng An et à la pagode Trấn Quốc, sur le lac de l'Ouest : durées, accès, "
                    "saison des lotus."
                ),
                "summary": (
                    "À 15–20 minutes de taxi du vieux quartier, sur la rive ouest du lac de "
                    "l'Ouest, Quảng An perpétue depuis des générations le thé parfumé au lotus, "
                    "autrefois préparé pour la cour royale. On longe ensuite le lac à pied ou à "
                    "vélo jusqu'à la pagode Trấn Quốc, avant de regagner le centre pour le "
                    "déjeuner."
                ),
                "best_season": (
                    "De fin mai à juillet, quand fleurissent les lotus du lac de l'Ouest et que "
                    "l'on parfume le thé (à confirmer)"
                ),
                "tips": (
                    "Partez tôt, à la fraîcheur du matin. Les boutiques et les producteurs de thé "
                    "du village ouvrent en général d'environ 8 h à 17 h 30, certains ferment à "
                    "l'heure du déjeuner : vérifiez les horaires auprès de chaque famille. "
                    "Beaucoup ferment plusieurs jours pendant le Têt, le Nouvel An lunaire (le 6 "
                    "février en 2027). Durées, distances, prix du taxi et de la location de vélos "
                    "ne sont que des estimations approximatives par personne, sans source "
                    "officielle : à confirmer avant de partir."
                ),
                "hero_alt": (
                    "Illustration d'une tasse de thé au lotus à côté de fleurs de lotus sur un lac"
                ),
                "hero_caption": (
                    "Illustration : le thé au lotus de Quảng An et les lotus du lac de l'Ouest."
                ),
                "stops": [
                    {
                        "place_name": "Lac Hoàn Kiếm",
                        "activity": (
                            "Départ au cœur du vieux quartier. Prenez un taxi ou réservez une "
                            "voiture par application jusqu'à Quảng An."
                        ),
                        "leg_notes": (
                            "Environ 5 km, 15 à 20 minutes de taxi par la route du lac de l'Ouest. "
                            "Durée et prix à confirmer."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Découvrez comment on parfume le thé au lotus, un savoir-faire "
                            "autrefois destiné à la cour royale et transmis de génération en "
                            "génération. L'association du village du thé au lotus de Quảng An "
                            "compte deux produits classés 4 étoiles OCOP. Demandez à l'avance aux "
                            "producteurs s'il est possible d'assister au parfumage et de déguster "
                            "le thé (à confirmer)."
                        ),
                        "leg_notes": (
                            "Environ 3 km le long du lac : une vingtaine de minutes à vélo, 40 à "
                            "45 minutes à pied. Prix de la location de vélos à confirmer."
                        ),
                    },
                    {
                        "place_name": "Pagode Trấn Quốc",
                        "activity": (
                            "Halte à la pagode au bord du lac de l'Ouest, pour la vue sur l'eau. "
                            "Dans la pagode, tenue correcte et silence de rigueur."
                        ),
                        "leg_notes": (
                            "Environ 4 km, une quinzaine de minutes de taxi pour revenir au "
                            "centre. Durée et prix à confirmer."
                        ),
                    },
                    {
                        "place_name": "Lac Hoàn Kiếm",
                        "activity": (
                            "Fin de l'itinéraire au centre-ville, juste à temps pour déjeuner dans "
                            "le vieux quartier."
                        ),
                        "leg_notes": "",
                    },
                ],
            },
            "it": {
                "title": "Una mattina sul Lago dell'Ovest: Quảng An, il villaggio del tè al loto",
                "intro": (
                    "Una mezza giornata tranquilla dal lago Hoàn Kiếm al Lago dell'Ovest: a Quảng "
                    "An si scopre l'arte di profumare il tè con il loto, poi si raggiunge la "
                    "pagoda Trấn Quốc a piedi o in bicicletta lungo la riva."
                ),
                "search_description": (
                    "Itinerario di mezza giornata dal lago Hoàn Kiếm al villaggio del tè al loto "
                    "di Quảng An e alla pagoda Trấn Quốc sul Lago dell'Ovest: tempi, come "
                    "arrivare, stagione dei fiori di loto."
                ),
                "summary": (
                    "A 15–20 minuti di taxi dal quartiere vecchio, sulla sponda occidentale del "
                    "Lago dell'Ovest, Quảng An custodisce da generazioni il tè profumato al loto, "
                    "un tempo preparato per la corte reale. Si prosegue poi a piedi o in "
                    "bicicletta lungo il lago fino alla pagoda Trấn Quốc, per tornare in centro "
                    "prima di pranzo."
                ),
                "best_season": (
                    "Da fine maggio a luglio, quando fioriscono i loti del Lago dell'Ovest e si "
                    "profuma il tè (da confermare)"
                ),
                "tips": (
                    "Partite presto, con il fresco del mattino. Negozi e produttori di tè del "
                    "villaggio sono aperti di solito dalle 8:00 alle 17:30 circa, alcuni chiudono "
                    "per la pausa pranzo: verificate gli orari con ogni famiglia. Molti chiudono "
                    "per alcuni giorni durante il Tết, il Capodanno lunare (nel 2027 cade il 6 "
                    "febbraio). Tempi, distanze, tariffe del taxi e prezzi del noleggio bici sono "
                    "solo stime approssimative a persona, senza fonte ufficiale: da confermare "
                    "prima di partire."
                ),
                "hero_alt": (
                    "Illustrazione di una tazza di tè al loto accanto a fiori di loto su un lago"
                ),
                "hero_caption": (
                    "Illustrazione: il tè al loto di Quảng An e i loti del Lago dell'Ovest."
                ),
                "stops": [
                    {
                        "place_name": "Lago Hoàn Kiếm",
                        "activity": (
                            "Partenza nel cuore del quartiere vecchio. Prendete un taxi o "
                            "prenotate un'auto con un'app fino a Quảng An."
                        ),
                        "leg_notes": (
                            "Circa 5 km, 15–20 minuti di taxi lungo la strada del Lago dell'Ovest. "
                            "Tempi e prezzi da confermare."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Scoprite come si profuma il tè con il loto, un'arte un tempo "
                            "praticata per la corte reale e tramandata di generazione in "
                            "generazione. L'associazione del villaggio del tè al loto di Quảng An "
                            "ha due prodotti con 4 stelle OCOP. Chiedete in anticipo ai produttori "
                            "se è possibile assistere alla profumazione e degustare il tè (da "
                            "confermare)."
                        ),
                        "leg_notes": (
                            "Circa 3 km lungo il lago: una ventina di minuti in bicicletta o 40–45 "
                            "minuti a piedi. Prezzo del noleggio bici da confermare."
                        ),
                    },
                    {
                        "place_name": "Pagoda Trấn Quốc",
                        "activity": (
                            "Sosta alla pagoda sulla riva del Lago dell'Ovest, con vista "
                            "sull'acqua. All'interno della pagoda si richiedono abiti sobri e "
                            "silenzio."
                        ),
                        "leg_notes": (
                            "Circa 4 km, una quindicina di minuti di taxi per tornare in centro. "
                            "Tempi e prezzi da confermare."
                        ),
                    },
                    {
                        "place_name": "Lago Hoàn Kiếm",
                        "activity": (
                            "Fine dell'itinerario in centro, giusto in tempo per pranzare nel "
                            "quartiere vecchio."
                        ),
                        "leg_notes": "",
                    },
                ],
            },
            "ja": {
                "title": "西湖の朝：クアンアンの蓮茶の村",
                "intro": (
                    "ホアンキエム湖から西湖へ向かう、ゆったりとした半日コース。クアンアンで蓮の香り"
                    "をお茶に移す伝統の技にふれ、湖畔を歩くか自転車でチャンクオック寺まで巡ります。"
                ),
                "search_description": (
                    "ホアンキエム湖からクアンアンの蓮茶の村と西湖畔のチャンクオック寺を巡る半日ルー"
                    "ト。所要時間、アクセス、蓮の季節。"
                ),
                "summary": (
                    "旧市街からタクシーで15～20分、西湖の西岸にあるクアンアンは、かつて宮廷のために"
                    "作られた蓮茶を代々受け継いできた村です。その後は湖畔を歩くか自転車でチャンクオ"
                    "ック寺へ向かい、昼前に中心部へ戻ります。"
                ),
                "best_season": "西湖の蓮が咲き、お茶に香りを移す5月下旬～7月（要確認）",
                "tips": (
                    "涼しい朝のうちに出発するのがおすすめです。村の店や茶の生産者はおおむね8:00～"
                    "17:30頃に開いていますが、昼休みを取るところもあるため、営業時間は各家庭に確認"
                    "してください。テト（旧正月）には数日間休むところが多くあります（2027年のテトは"
                    "2月6日）。移動時間、距離、タクシー代、レンタサイクル料金は1人あたりの大まかな"
                    "目安で、公式な情報源はありません。出発前に確認してください。"
                ),
                "hero_alt": "湖に咲く蓮の花と、そばに置かれた蓮茶の茶碗を描いたイラスト",
                "hero_caption": "イラスト：クアンアンの蓮茶と西湖の蓮。",
                "stops": [
                    {
                        "place_name": "ホアンキエム湖",
                        "activity": (
                            "旧市街の中心が出発地点です。タクシーか配車アプリの車でクアンアンへ向か"
                            "います。"
                        ),
                        "leg_notes": (
                            "約5km、西湖沿いの道をタクシーで15～20分。所要時間と料金は要確認。"
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "蓮の香りをお茶に移す技を学びます。かつて宮廷のために行われ、代々受け継"
                            "がれてきた仕事です。クアンアン蓮茶村協会の2つの商品がOCOPの4つ星に認定"
                            "されています。香りづけの見学や試飲ができるかどうかは、事前に茶の生産者"
                            "に確認してください（要確認）。"
                        ),
                        "leg_notes": (
                            "湖岸に沿って約3km。自転車で約20分、徒歩なら40～45分。レンタサイクルの"
                            "料金は要確認。"
                        ),
                    },
                    {
                        "place_name": "チャンクオック寺",
                        "activity": (
                            "西湖のほとりの寺に立ち寄り、湖の眺めを楽しみます。境内では肌の露出を控"
                            "えた服装で、静かに過ごしましょう。"
                        ),
                        "leg_notes": (
                            "中心部まで約4km、タクシーで15分ほど。所要時間と料金は要確認。"
                        ),
                    },
                    {
                        "place_name": "ホアンキエム湖",
                        "activity": "中心部でコース終了。旧市街での昼食にちょうど間に合います。",
                        "leg_notes": "",
                    },
                ],
            },
            "ko": {
                "title": "서호의 아침: 꽝안 연꽃차 마을",
                "intro": (
                    "호안끼엠 호수에서 서호로 떠나는 여유로운 반나절 코스입니다. 꽝안에서 차에 연"
                    "꽃 향을 입히는 전통 기술을 알아보고, 호숫가를 따라 걷거나 자전거를 타고 쩐꾸"
                    "옥 사원까지 갑니다."
                ),
                "search_description": (
                    "호안끼엠 호수에서 꽝안 연꽃차 마을과 서호의 쩐꾸옥 사원을 둘러보는 반나절 코스"
                    ": 소요 시간, 가는 방법, 연꽃 시즌."
                ),
                "summary": (
                    "구시가지에서 택시로 15~20분이면 서호 서쪽 기슭의 꽝안에 닿습니다. 한때 왕실을 "
                    "위해 만들던 연꽃차를 여러 세대에 걸쳐 지켜 온 마을입니다. 이어서 호숫가를 걷거"
                    "나 자전거로 쩐꾸옥 사원까지 간 뒤 점심 전에 시내로 돌아옵니다."
                ),
                "best_season": "서호에 연꽃이 피고 차에 향을 입히는 5월 말~7월(확인 필요)",
                "tips": (
                    "선선한 아침 일찍 출발하는 것이 좋습니다. 마을의 상점과 차 생산 가구는 보통 "
                    "8:00~17:30경 문을 열지만 점심시간에 쉬는 곳도 있으니 운영 시간은 집집마다 확인"
                    "하세요. 뗏(음력 설) 연휴에는 며칠씩 쉬는 곳이 많습니다(2027년 뗏은 2월 6일). "
                    "이동 시간, 거리, 택시 요금, 자전거 대여료는 1인 기준의 대략적인 추정치로 공식 "
                    "출처가 없으니 출발 전에 확인하세요."
                ),
                "hero_alt": "호수에 핀 연꽃과 그 옆의 연꽃차 찻잔을 그린 일러스트",
                "hero_caption": "일러스트: 꽝안의 연꽃차와 서호의 연꽃.",
                "stops": [
                    {
                        "place_name": "호안끼엠 호수",
                        "activity": (
                            "구시가지 한가운데에서 출발합니다. 택시나 차량 호출 앱으로 꽝안까지 이"
                            "동하세요."
                        ),
                        "leg_notes": (
                            "약 5km, 서호 주변 도로를 따라 택시로 15~20분. 소요 시간과 요금은 확인 "
                            "필요."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "차에 연꽃 향을 입히는 방법을 알아봅니다. 한때 왕실을 위해 이어 오던, "
                            "대대로 전해진 기술입니다. 꽝안 연꽃차 마을 협회의 제품 두 가지가 OCOP "
                            "4성 등급을 받았습니다. 향을 입히는 과정을 보거나 차를 시음할 수 있는"
                            "지 차 생산 가구에 미리 문의하세요(확인 필요)."
                        ),
                        "leg_notes": (
                            "호숫가를 따라 약 3km. 자전거로 약 20분, 걸어서 40~45분. 자전거 대여료"
                            "는 확인 필요."
                        ),
                    },
                    {
                        "place_name": "쩐꾸옥 사원",
                        "activity": (
                            "서호 기슭의 사원에 들러 호수 풍경을 바라봅니다. 사원 안에서는 단정한 "
                            "옷차림으로 조용히 둘러보세요."
                        ),
                        "leg_notes": (
                            "시내까지 약 4km, 택시로 15분 정도. 소요 시간과 요금은 확인 필요."
                        ),
                    },
                    {
                        "place_name": "호안끼엠 호수",
                        "activity": (
                            "시내 중심에서 코스를 마칩니다. 구시가지에서 점심을 먹기에 딱 좋은 시간"
                            "입니다."
                        ),
                        "leg_notes": "",
                    },
                ],
            },
        },
    },
    # ------------------------------------------------------------------
    # 3. Silk and ceramics, full day
    # ------------------------------------------------------------------
    {
        "slug": "silk-and-ceramics-full-day",
        "day_length": "full",
        "motif": "silk",
        "stops": [
            {
                "village": None,
                "latitude": HOAN_KIEM_LAT,
                "longitude": HOAN_KIEM_LNG,
                "minutes_here": 0,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 40,
                "leg_km": "11.0",
                "leg_cost_min_vnd": 100000,
                "leg_cost_max_vnd": 250000,
            },
            {
                "village": "van-phuc",
                "latitude": None,
                "longitude": None,
                "minutes_here": 90,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 60,
                "leg_km": "20.0",
                "leg_cost_min_vnd": 150000,
                "leg_cost_max_vnd": 400000,
            },
            {
                "village": "bat-trang",
                "latitude": None,
                "longitude": None,
                "minutes_here": 150,
                "leg_mode": "motorbike",
                "leg_line": "",
                "leg_minutes": 10,
                "leg_km": "2.5",
                "leg_cost_min_vnd": 20000,
                "leg_cost_max_vnd": 50000,
            },
            {
                "village": "kim-lan",
                "latitude": None,
                "longitude": None,
                "minutes_here": 60,
                "leg_mode": "taxi",
                "leg_line": "",
                "leg_minutes": 45,
                "leg_km": "15.0",
                "leg_cost_min_vnd": 100000,
                "leg_cost_max_vnd": 300000,
            },
            {
                "village": None,
                "latitude": HOAN_KIEM_LAT,
                "longitude": HOAN_KIEM_LNG,
                "minutes_here": 0,
                "leg_mode": "",
                "leg_line": "",
                "leg_minutes": None,
                "leg_km": None,
                "leg_cost_min_vnd": None,
                "leg_cost_max_vnd": None,
            },
        ],
        "text": {
            "vi": {
                "title": "Lụa và gốm: một ngày từ Vạn Phúc đến Bát Tràng",
                "intro": (
                    "Một ngày trọn vẹn với hai nghề thủ công của Hà Nội: buổi sáng xem dệt lụa ở "
                    "Vạn Phúc (Hà Đông), buổi chiều làm gốm ở Bát Tràng và Kim Lan bên sông Hồng. "
                    "Vạn Phúc và Bát Tràng cùng là thành viên Mạng lưới Thủ công Thế giới của Hội "
                    "đồng Thủ công Thế giới (công bố ngày 14/2/2025)."
                ),
                "search_description": (
                    "Lộ trình một ngày từ Hồ Hoàn Kiếm: làng lụa Vạn Phúc, làng gốm Bát Tràng và "
                    "Kim Lan; thời gian đi lại, thời gian ở mỗi nơi và mẹo thực tế."
                ),
                "summary": (
                    "Buổi sáng xem dệt lụa ở Vạn Phúc, cách phố cổ 10–12 km về phía tây nam. Sau "
                    "đó băng qua thành phố sang Bát Tràng, ước chừng một giờ đi taxi, để ăn trưa, "
                    "làm gốm và dạo chợ gốm, rồi kết thúc ở làng gốm Kim Lan bên sông Hồng."
                ),
                "best_season": "Quanh năm; tránh những ngày nghỉ Tết Nguyên đán",
                "tips": (
                    "Xuất phát sớm, khoảng 8:00, vì chặng băng qua thành phố từ Vạn Phúc sang Bát "
                    "Tràng mất khoảng một giờ và có thể lâu hơn vào giờ cao điểm. Một buổi làm gốm "
                    "trên bàn xoay thường mất 30–60 phút. Cửa hàng và chợ trong làng thường mở "
                    "hằng ngày từ khoảng 8:00 đến 17:30–18:00; xưởng và bảo tàng nhỏ có thể nghỉ "
                    "trưa và nghỉ vào một số ngày lễ. Nhiều cơ sở nghỉ vài ngày dịp Tết Nguyên đán "
                    "(năm 2027, Tết rơi vào ngày 6 tháng 2). Thời gian đi lại, quãng đường, giá "
                    "taxi, xe ôm và xe buýt chỉ là ước tính thô cho mỗi người, chưa có nguồn chính "
                    "thức: cần xác nhận trước khi đi."
                ),
                "hero_alt": "Hình minh họa khung dệt lụa bên cạnh những chiếc bình gốm",
                "hero_caption": "Hình minh họa: lụa Vạn Phúc và gốm Bát Tràng.",
                "stops": [
                    {
                        "place_name": "Hồ Hoàn Kiếm",
                        "activity": (
                            "Điểm xuất phát ở trung tâm phố cổ. Đi taxi về phía tây nam đến Vạn "
                            "Phúc."
                        ),
                        "leg_notes": (
                            "Khoảng 10–12 km, 30–45 phút đi taxi; cũng có thể đi xe buýt hướng Hà "
                            "Đông. Thời gian và giá cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Xem những khung dệt và nghề dệt lụa của làng, thành viên Mạng lưới "
                            "Thủ công Thế giới cùng với Bát Tràng. Dạo các cửa hàng lụa trong "
                            "làng; giờ mở cửa cần xác nhận."
                        ),
                        "leg_notes": (
                            "Băng qua thành phố và sông Hồng, khoảng 20 km, ước chừng một giờ đi "
                            "taxi, lâu hơn vào giờ cao điểm. Thời gian và giá cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Ăn trưa trong làng, rồi dạo chợ gốm, xem Bảo tàng Gốm Bát Tràng và tự "
                            "tay làm gốm trên bàn xoay (thường 30–60 phút). Nghề gốm Bát Tràng có "
                            "lịch sử 700 năm và nằm trong Danh mục Di sản văn hóa phi vật thể quốc "
                            "gia."
                        ),
                        "leg_notes": (
                            "2–3 km dọc đê sông Hồng: khoảng 10 phút đi xe ôm, hoặc đạp xe, hoặc "
                            "đi bộ khoảng 30–40 phút. Giá xe ôm và thuê xe đạp cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Kết thúc buổi chiều ở Kim Lan, làng gốm cạnh Bát Tràng, được công "
                            "nhận là điểm du lịch từ năm 2024. Dạo làng và xem các xưởng gốm; giờ "
                            "mở cửa cần xác nhận."
                        ),
                        "leg_notes": (
                            "Về trung tâm bằng taxi, khoảng 30–45 phút tùy giao thông. Nên đặt xe "
                            "qua ứng dụng hoặc hẹn trước. Thời gian và giá cần xác nhận."
                        ),
                    },
                    {
                        "place_name": "Hồ Hoàn Kiếm",
                        "activity": "Kết thúc lộ trình ở trung tâm phố cổ.",
                        "leg_notes": "",
                    },
                ],
            },
            "en": {
                "title": "Silk and ceramics: a day from Vạn Phúc to Bát Tràng",
                "intro": (
                    "A full day with two of Hanoi's crafts: silk weaving in Vạn Phúc (Hà Đông) in "
                    "the morning, pottery in Bát Tràng and Kim Lan on the Red River in the "
                    "afternoon. Vạn Phúc and Bát Tràng are both members of the World Crafts "
                    "Council's World Crafts Network (announced 14 February 2025)."
                ),
                "search_description": (
                    "Full-day route from Hoàn Kiếm Lake: Vạn Phúc silk village, Bát Tràng and Kim "
                    "Lan pottery villages; travel times, time at each stop and practical tips."
                ),
                "summary": (
                    "Spend the morning with the silk weavers of Vạn Phúc, 10–12 km south-west of "
                    "the Old Quarter. Then cross the city to Bát Tràng, roughly an hour by taxi, "
                    "for lunch, a pottery session and the pottery market, and end the day in the "
                    "Kim Lan pottery village on the Red River."
                ),
                "best_season": "All year round; avoid the Tết (Lunar New Year) holidays",
                "tips": (
                    "Start early, around 8:00: the cross-city leg from Vạn Phúc to Bát Tràng takes "
                    "about an hour and can take longer at rush hour. A session at the potter's "
                    "wheel usually takes 30–60 minutes. Village shops and markets are usually open "
                    "daily from about 8:00 to 17:30–18:00; workshops and small museums may close "
                    "at lunchtime and on some public holidays. Many businesses close for several "
                    "days over Tết, the Lunar New Year (in 2027 it falls on 6 February). Travel "
                    "times, distances, taxi, motorbike-taxi and bus fares are rough per-person "
                    "estimates with no official source: confirm them before you go."
                ),
                "hero_alt": "Illustration of a silk loom beside ceramic vases",
                "hero_caption": "Illustration: Vạn Phúc silk and Bát Tràng pottery.",
                "stops": [
                    {
                        "place_name": "Hoàn Kiếm Lake",
                        "activity": (
                            "Starting point in the heart of the Old Quarter. Take a taxi "
                            "south-west to Vạn Phúc."
                        ),
                        "leg_notes": (
                            "About 10–12 km, 30–45 minutes by taxi; a city bus towards Hà Đông is "
                            "another option. Time and fare to be confirmed."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "See the looms and the silk weaving of a village that is a member of "
                            "the World Crafts Network, together with Bát Tràng. Browse the "
                            "village's silk shops; opening hours to be confirmed."
                        ),
                        "leg_notes": (
                            "Across the city and the Red River, about 20 km: roughly an hour by "
                            "taxi, longer at rush hour. Time and fare to be confirmed."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "Have lunch in the village, then stroll through the pottery market, "
                            "visit the Bát Tràng Pottery Museum and shape a piece yourself on the "
                            "potter's wheel (usually 30–60 minutes). Bát Tràng pottery has a "
                            "700-year history and is on the National List of Intangible Cultural "
                            "Heritage."
                        ),
                        "leg_notes": (
                            "2–3 km along the Red River dyke: about 10 minutes by motorbike taxi, "
                            "or by bicycle, or about 30–40 minutes on foot. Motorbike-taxi fares "
                            "and bicycle hire prices to be confirmed."
                        ),
                    },
                    {
                        "place_name": "",
                        "activity": (
                            "End the afternoon in Kim Lan, the pottery village next to Bát Tràng, "
                            "a recognised tourist destination since 2024. Walk through the village "
                            "and look into the pottery workshops; opening hours to be confirmed."
                        ),
                        "leg_notes": (
                            "Back to the centre by taxi, about 30–45 minutes depending on traffic. "
                            "Book a car through an app or arrange it in advance. Time and fare to "
                            "be confirmed."
                        ),
                    },
                    {
                        "place_name": "Hoàn Kiếm Lake",
                        "activity": "The route ends in the heart of the Old Quarter.",
                        "leg_notes": "",
                    },
                ],
            },
        },
    },
]
