"""Site-level demo content: crafts, the home page, the three index pages and the menus.

Format: docs/demo-content.md. Figures come from ../shared/content-brief.md with their date
and source. Home, village index and route index exist in all six languages; the story index
in Vietnamese and English, like the stories themselves.
"""

# --- Crafts (villages.Craft snippets) -------------------------------------------

CRAFTS = [
    {
        "slug": "ceramics",
        "text": {
            "vi": {
                "name": "Gốm sứ",
                "description": (
                    "Đồ gốm men lam, men rạn và gốm gia dụng nung trong lò ở ven sông Hồng."
                ),
            },
            "en": {
                "name": "Ceramics",
                "description": (
                    "Blue-and-white, crackle-glazed and everyday pottery fired in kilns by the "
                    "Red River."
                ),
            },
            "fr": {
                "name": "Céramique",
                "description": (
                    "Porcelaine bleu et blanc, grès craquelé et vaisselle du quotidien cuits au "
                    "bord du fleuve Rouge."
                ),
            },
            "it": {
                "name": "Ceramica",
                "description": (
                    "Ceramiche bianche e blu, smalti craquelé e stoviglie di tutti i giorni cotte "
                    "sulle rive del Fiume Rosso."
                ),
            },
            "ja": {
                "name": "陶磁器",
                "description": "紅河のほとりの窯で焼かれる染付、貫入の器、日用の焼き物。",
            },
            "ko": {
                "name": "도자기",
                "description": (
                    "홍강 변의 가마에서 구워 내는 청화백자, 빙렬 유약 도자기와 생활 그릇."
                ),
            },
        },
    },
    {
        "slug": "silk-weaving",
        "text": {
            "vi": {
                "name": "Dệt lụa",
                "description": "Lụa tơ tằm dệt trên khung cửi, mềm nhẹ và có hoa văn chìm.",
            },
            "en": {
                "name": "Silk weaving",
                "description": (
                    "Mulberry silk woven on the loom, light and soft, often with a woven-in "
                    "pattern."
                ),
            },
            "fr": {
                "name": "Tissage de la soie",
                "description": (
                    "Soie de mûrier tissée au métier, légère et souple, souvent ornée de motifs "
                    "tissés."
                ),
            },
            "it": {
                "name": "Tessitura della seta",
                "description": (
                    "Seta di gelso tessuta al telaio, leggera e morbida, spesso con motivi "
                    "intessuti."
                ),
            },
            "ja": {
                "name": "絹織物",
                "description": "織機で織り上げる桑の絹。軽くしなやかで、織り柄が浮かぶものも多い。",
            },
            "ko": {
                "name": "비단 직조",
                "description": (
                    "베틀로 짜는 뽕나무 비단으로, 가볍고 부드러우며 무늬를 함께 짜 넣기도 한다."
                ),
            },
        },
    },
    {
        "slug": "lacquer",
        "text": {
            "vi": {
                "name": "Sơn mài",
                "description": "Nhiều lớp sơn ta mài bóng, dát vàng bạc, vỏ trứng hoặc vỏ trai.",
            },
            "en": {
                "name": "Lacquerware",
                "description": (
                    "Many coats of natural lacquer, polished and set with gold or silver leaf, "
                    "eggshell or shell."
                ),
            },
            "fr": {
                "name": "Laque",
                "description": (
                    "De nombreuses couches de laque naturelle polies, rehaussées de feuille d'or "
                    "ou d'argent, de coquille d'œuf ou de nacre."
                ),
            },
            "it": {
                "name": "Lacca",
                "description": (
                    "Molti strati di lacca naturale levigati e impreziositi da foglia d'oro o "
                    "d'argento, guscio d'uovo o conchiglia."
                ),
            },
            "ja": {
                "name": "漆芸",
                "description": "天然の漆を幾層にも塗り重ねて研ぎ出し、金銀箔や卵殻、貝をあしらう。",
            },
            "ko": {
                "name": "칠기",
                "description": (
                    "천연 옻칠을 여러 겹 바르고 갈아 낸 뒤 금박·은박, 달걀 껍데기, 자개로 장식한다."
                ),
            },
        },
    },
    {
        "slug": "lotus-tea",
        "text": {
            "vi": {
                "name": "Trà sen",
                "description": "Chè ướp hương sen Hồ Tây, từng được làm để dâng vào cung đình.",
            },
            "en": {
                "name": "Lotus tea",
                "description": (
                    "Green tea scented with West Lake lotus flowers, once made for the royal court."
                ),
            },
            "fr": {
                "name": "Thé au lotus",
                "description": (
                    "Thé vert parfumé aux fleurs de lotus du lac de l'Ouest, autrefois préparé "
                    "pour la cour royale."
                ),
            },
            "it": {
                "name": "Tè al loto",
                "description": (
                    "Tè verde profumato con i fiori di loto del Lago dell'Ovest, un tempo "
                    "preparato per la corte reale."
                ),
            },
            "ja": {
                "name": "蓮茶",
                "description": "西湖の蓮の花で香り付けした緑茶。かつては宮廷に献上されていた。",
            },
            "ko": {
                "name": "연꽃차",
                "description": "서호의 연꽃 향을 입힌 녹차로, 예전에는 궁중에 진상되었다.",
            },
        },
    },
    {
        "slug": "bamboo-rattan",
        "text": {
            "vi": {
                "name": "Mây tre đan",
                "description": "Rổ rá, giỏ, đồ nội thất và đồ trang trí đan từ mây và tre.",
            },
            "en": {
                "name": "Bamboo and rattan",
                "description": (
                    "Baskets, trays, furniture and home decor woven from rattan and bamboo."
                ),
            },
            "fr": {
                "name": "Bambou et rotin",
                "description": (
                    "Paniers, plateaux, mobilier et objets de décoration tressés en rotin et en "
                    "bambou."
                ),
            },
            "it": {
                "name": "Bambù e rattan",
                "description": (
                    "Cesti, vassoi, mobili e oggetti d'arredo intrecciati in rattan e bambù."
                ),
            },
            "ja": {
                "name": "竹・籐細工",
                "description": "籐と竹で編むかご、盆、家具やインテリア雑貨。",
            },
            "ko": {
                "name": "대나무·등나무 공예",
                "description": "등나무와 대나무로 엮은 바구니, 쟁반, 가구와 실내 장식품.",
            },
        },
    },
    {
        "slug": "mother-of-pearl",
        "text": {
            "vi": {
                "name": "Khảm trai",
                "description": (
                    "Những mảnh vỏ trai, vỏ ốc cắt gọt và gắn lên gỗ hoặc sơn mài thành tranh và "
                    "hoa văn."
                ),
            },
            "en": {
                "name": "Mother-of-pearl inlay",
                "description": (
                    "Pieces of shell cut and set into wood or lacquer to form pictures and "
                    "patterns."
                ),
            },
            "fr": {
                "name": "Incrustation de nacre",
                "description": (
                    "Des éclats de coquillage taillés et incrustés dans le bois ou la laque pour "
                    "former images et motifs."
                ),
            },
            "it": {
                "name": "Intarsio di madreperla",
                "description": (
                    "Frammenti di conchiglia tagliati e incastonati nel legno o nella lacca per "
                    "comporre immagini e decori."
                ),
            },
            "ja": {
                "name": "螺鈿",
                "description": "貝殻を切り出し、木地や漆地にはめ込んで絵や文様を表す。",
            },
            "ko": {
                "name": "자개 공예",
                "description": "조개껍데기를 잘라 나무나 옻칠 바탕에 박아 그림과 문양을 만든다.",
            },
        },
    },
    {
        "slug": "wood-carving",
        "text": {
            "vi": {
                "name": "Điêu khắc gỗ",
                "description": (
                    "Tượng gỗ sơn son thếp vàng và đồ thờ chạm khắc cho đình, chùa và gia đình."
                ),
            },
            "en": {
                "name": "Wood carving",
                "description": (
                    "Lacquered and gilded wooden statues and carved altar pieces for temples and "
                    "homes."
                ),
            },
            "fr": {
                "name": "Sculpture sur bois",
                "description": (
                    "Statues en bois laquées et dorées, objets d'autel sculptés pour les temples "
                    "et les maisons."
                ),
            },
            "it": {
                "name": "Intaglio del legno",
                "description": (
                    "Statue lignee laccate e dorate e arredi d'altare intagliati per templi e case."
                ),
            },
            "ja": {
                "name": "木彫",
                "description": "寺院や家庭のための、漆塗り金箔押しの木像や彫刻を施した祭具。",
            },
            "ko": {
                "name": "목조각",
                "description": "사원과 가정을 위한 옻칠과 금박을 입힌 목상, 조각한 제단 용품.",
            },
        },
    },
    {
        "slug": "embroidery",
        "text": {
            "vi": {
                "name": "Thêu ren",
                "description": (
                    "Tranh thêu tay, khăn trải bàn và ren, một trong những nghề Hà Nội đang khôi "
                    "phục."
                ),
            },
            "en": {
                "name": "Embroidery and lace",
                "description": (
                    "Hand-embroidered pictures, table linen and lace, one of the crafts Hanoi is "
                    "reviving."
                ),
            },
            "fr": {
                "name": "Broderie et dentelle",
                "description": (
                    "Tableaux brodés main, linge de table et dentelle, l'un des métiers que Hanoï "
                    "fait revivre."
                ),
            },
            "it": {
                "name": "Ricamo e merletto",
                "description": (
                    "Quadri ricamati a mano, biancheria da tavola e merletti, uno dei mestieri "
                    "che Hanoi sta rilanciando."
                ),
            },
            "ja": {
                "name": "刺繍・レース",
                "description": (
                    "手刺繍の絵やテーブルリネン、レース。ハノイが復興に力を入れる手仕事の一つ。"
                ),
            },
            "ko": {
                "name": "자수·레이스",
                "description": (
                    "손자수 그림과 식탁보, 레이스. 하노이가 되살리고 있는 공예 가운데 하나다."
                ),
            },
        },
    },
]

# --- Home page ---------------------------------------------------------------------

VBF = "Vietnam Business Forum"
VNN = "Viet Nam News"

HOME = {
    "slug": "home",
    "site_name": "Làng nghề Hà Nội",
    "motif": "river",
    "featured": [
        "bat-trang",
        "van-phuc",
        "quang-an",
        "bat-trang-seven-centuries-of-ceramics",
        "quang-an-lotus-tea",
        "van-phuc-silk-on-the-loom",
        "bat-trang-kim-lan-half-day",
        "west-lake-morning-quang-an",
        "silk-and-ceramics-full-day",
    ],
    # Figures and their sources (content brief). Labels and units are in ``text``.
    "figures": [
        {
            "value": "1350",
            "approximate": True,
            "as_of": "2025-11-03",
            "precision": "day",
            "source_name": VBF,
            "source_date": "2025-11-03",
        },
        {
            "value": "337",
            "as_of": "2025-11-03",
            "precision": "month",
            "source_name": VBF,
            "source_date": "2025-11-03",
        },
        {
            "value": "24",
            "as_of": "2025-11-03",
            "precision": "month",
            "source_name": VBF,
            "source_date": "2025-11-03",
        },
        {
            "value": "3317",
            "as_of": "2025-05-20",
            "precision": "month",
            "source_name": VNN,
            "source_date": "2025-05-20",
        },
        {
            "value": "1571",
            "as_of": "2025-05-20",
            "precision": "month",
            "source_name": VNN,
            "source_date": "2025-05-20",
        },
        {
            "value": "6",
            "as_of": "2025-05-20",
            "precision": "month",
            "source_name": VNN,
            "source_date": "2025-05-20",
        },
    ],
    "text": {
        "vi": {
            "title": "Làng nghề Hà Nội",
            "hero_heading": "Bảy trăm năm gốm, lụa, sơn mài và hương sen bên sông Hồng",
            "intro": (
                "Gặp những làng nghề quanh Hà Nội: xem nghệ nhân làm việc, tự tay nặn gốm, "
                "thưởng trà sen bên Hồ Tây và tìm đến tận nơi những sản phẩm OCOP làm nên tên tuổi "
                "của làng."
            ),
            "search_description": (
                "Làng nghề Hà Nội: Bát Tràng, Vạn Phúc, Quảng An và nhiều làng khác; lịch trình "
                "tham quan, câu chuyện nghề và số liệu có nguồn."
            ),
            "hero_alt": "Hình minh họa dòng sông Hồng chảy qua những mái nhà làng nghề",
            "hero_caption": "Minh họa",
            "figures_heading": "Làng nghề Hà Nội qua những con số",
            "figures": [
                {"label": "làng nghề và làng có nghề", "unit": ""},
                {"label": "làng nghề, nghề truyền thống được công nhận", "unit": ""},
                {"label": "doanh thu mỗi năm của các làng nghề (hơn)", "unit": "nghìn tỷ đồng"},
                {"label": "sản phẩm được chứng nhận OCOP", "unit": ""},
                {"label": "sản phẩm OCOP đạt 4 sao", "unit": ""},
                {"label": "sản phẩm OCOP đạt 5 sao, hạng cao nhất cả nước", "unit": ""},
            ],
        },
        "en": {
            "title": "Hanoi Craft Villages",
            "hero_heading": "Seven centuries of pottery, silk, lacquer and lotus by the Red River",
            "intro": (
                "Meet the craft villages around Hanoi: watch artisans at work, shape a pot on the "
                "wheel, taste lotus tea by West Lake and find the OCOP products that made each "
                "village's name where they are made."
            ),
            "search_description": (
                "Hanoi's craft villages: Bat Trang, Van Phuc, Quang An and more; day plans, "
                "craft stories and sourced figures."
            ),
            "hero_alt": "Illustration of the Red River flowing past the roofs of a craft village",
            "hero_caption": "Illustration",
            "figures_heading": "Hanoi's craft villages in figures",
            "figures": [
                {"label": "craft villages and villages with crafts", "unit": ""},
                {
                    "label": "officially recognised craft villages and traditional crafts",
                    "unit": "",
                },
                {
                    "label": "earned by the craft villages each year (more than)",
                    "unit": "trillion VND",
                },
                {"label": "OCOP-certified products", "unit": ""},
                {"label": "OCOP products rated 4 stars", "unit": ""},
                {"label": "OCOP products rated 5 stars, the national top level", "unit": ""},
            ],
        },
        "fr": {
            "title": "Villages de métier de Hanoï",
            "hero_heading": (
                "Sept siècles de céramique, de soie, de laque et de lotus au bord du fleuve Rouge"
            ),
            "intro": (
                "Partez à la rencontre des villages de métier autour de Hanoï : regardez les "
                "artisans travailler, tournez votre propre bol, goûtez le thé au lotus au bord du "
                "lac de l'Ouest et trouvez sur place les produits OCOP qui font la réputation de "
                "chaque village."
            ),
            "search_description": (
                "Les villages de métier de Hanoï : Bat Trang, Van Phuc, Quang An et d'autres ; "
                "itinéraires, récits d'artisanat et chiffres sourcés."
            ),
            "hero_alt": "Illustration du fleuve Rouge longeant les toits d'un village de métier",
            "hero_caption": "Illustration",
            "figures_heading": "Les villages de métier de Hanoï en chiffres",
            "figures": [
                {"label": "villages de métier et villages pratiquant un métier", "unit": ""},
                {
                    "label": "villages de métier et métiers traditionnels reconnus officiellement",
                    "unit": "",
                },
                {
                    "label": "de chiffre d'affaires annuel des villages de métier (plus de)",
                    "unit": "milliers de milliards de VND",
                },
                {"label": "produits certifiés OCOP", "unit": ""},
                {"label": "produits OCOP classés 4 étoiles", "unit": ""},
                {
                    "label": "produits OCOP classés 5 étoiles, le plus haut niveau national",
                    "unit": "",
                },
            ],
        },
        "it": {
            "title": "Villaggi artigiani di Hanoi",
            "hero_heading": "Sette secoli di ceramica, seta, lacca e loto lungo il Fiume Rosso",
            "intro": (
                "Scoprite i villaggi artigiani intorno ad Hanoi: guardate gli artigiani al lavoro, "
                "modellate un vaso al tornio, assaggiate il tè al loto sul Lago dell'Ovest e "
                "trovate sul posto i prodotti OCOP che hanno reso famoso ogni villaggio."
            ),
            "search_description": (
                "I villaggi artigiani di Hanoi: Bat Trang, Van Phuc, Quang An e altri; itinerari, "
                "storie di mestiere e dati con fonte."
            ),
            "hero_alt": (
                "Illustrazione del Fiume Rosso che scorre accanto ai tetti di un villaggio "
                "artigiano"
            ),
            "hero_caption": "Illustrazione",
            "figures_heading": "I villaggi artigiani di Hanoi in cifre",
            "figures": [
                {"label": "villaggi artigiani e villaggi con attività artigiane", "unit": ""},
                {
                    "label": (
                        "villaggi artigiani e mestieri tradizionali riconosciuti ufficialmente"
                    ),
                    "unit": "",
                },
                {
                    "label": "di fatturato annuo dei villaggi artigiani (oltre)",
                    "unit": "migliaia di miliardi di VND",
                },
                {"label": "prodotti certificati OCOP", "unit": ""},
                {"label": "prodotti OCOP con 4 stelle", "unit": ""},
                {"label": "prodotti OCOP con 5 stelle, il livello nazionale più alto", "unit": ""},
            ],
        },
        "ja": {
            "title": "ハノイの伝統工芸村",
            "hero_heading": "紅河のほとりに息づく、七百年の陶磁器・絹・漆・蓮の香り",
            "intro": (
                "ハノイ近郊の工芸村へ。職人の仕事を間近で見て、ろくろで器づくりを体験し、"
                "西湖のほとりで蓮茶を味わい、村の名を高めたOCOP製品を産地で手に取ってみませんか。"
            ),
            "search_description": (
                "ハノイの伝統工芸村：バッチャン、ヴァンフック、クアンアンなど。"
                "モデルコース、工芸の物語、出典付きのデータ。"
            ),
            "hero_alt": "工芸村の屋根のそばを流れる紅河のイラスト",
            "hero_caption": "イラスト",
            "figures_heading": "数字で見るハノイの工芸村",
            "figures": [
                {"label": "工芸村および工芸を営む村", "unit": ""},
                {"label": "公式に認定された工芸村・伝統工芸", "unit": ""},
                {"label": "工芸村の年間売上高（以上）", "unit": "兆ドン"},
                {"label": "OCOP認証製品", "unit": ""},
                {"label": "4つ星のOCOP製品", "unit": ""},
                {"label": "国内最高ランクである5つ星のOCOP製品", "unit": ""},
            ],
        },
        "ko": {
            "title": "하노이 전통 공예 마을",
            "hero_heading": "홍강 변에 이어져 온 700년의 도자기, 비단, 칠기 그리고 연꽃 향",
            "intro": (
                "하노이 근교의 공예 마을을 만나 보세요. 장인의 작업을 가까이에서 보고, 물레로 "
                "그릇을 빚어 보고, 서호 옆에서 연꽃차를 맛보고, 마을의 이름을 알린 OCOP 제품을 "
                "산지에서 직접 찾아보세요."
            ),
            "search_description": (
                "하노이의 전통 공예 마을: 밧짱, 반푹, 꽝안 등. 추천 일정, 공예 이야기, "
                "출처를 밝힌 통계."
            ),
            "hero_alt": "공예 마을의 지붕들 옆으로 흐르는 홍강 일러스트",
            "hero_caption": "일러스트",
            "figures_heading": "숫자로 보는 하노이 공예 마을",
            "figures": [
                {"label": "공예 마을 및 공예를 하는 마을", "unit": ""},
                {"label": "공식 인정된 공예 마을과 전통 공예", "unit": ""},
                {"label": "공예 마을의 연간 매출(이상)", "unit": "조 동"},
                {"label": "OCOP 인증 제품", "unit": ""},
                {"label": "4성급 OCOP 제품", "unit": ""},
                {"label": "국내 최고 등급인 5성급 OCOP 제품", "unit": ""},
            ],
        },
    },
}

# --- Index pages -----------------------------------------------------------------

INDEX_PAGES = [
    {
        "slug": "villages",
        "motif": "ceramics",
        "text": {
            "vi": {
                "title": "Làng nghề",
                "intro": (
                    "Gốm, lụa, trà sen, sơn mài, mây tre và khảm trai: chọn một nghề để xem những "
                    "làng đang giữ nghề ấy."
                ),
                "search_description": (
                    "Danh sách làng nghề Hà Nội theo nghề: vị trí, giờ mở cửa, cách đi và điều "
                    "nên xem."
                ),
                "hero_alt": "Hình minh họa những chiếc bình gốm men lam xếp trên kệ",
                "hero_caption": "Minh họa",
            },
            "en": {
                "title": "Craft villages",
                "intro": (
                    "Pottery, silk, lotus tea, lacquer, bamboo and mother-of-pearl: pick a craft "
                    "to see the villages that keep it alive."
                ),
                "search_description": (
                    "Hanoi's craft villages by craft: where they are, opening hours, how to get "
                    "there and what to see."
                ),
                "hero_alt": "Illustration of blue-and-white porcelain vases on a shelf",
                "hero_caption": "Illustration",
            },
            "fr": {
                "title": "Villages de métier",
                "intro": (
                    "Céramique, soie, thé au lotus, laque, bambou et nacre : choisissez un métier "
                    "pour voir les villages qui le font vivre."
                ),
                "search_description": (
                    "Les villages de métier de Hanoï par métier : situation, horaires, accès et "
                    "choses à voir."
                ),
                "hero_alt": (
                    "Illustration de vases en porcelaine bleu et blanc posés sur une étagère"
                ),
                "hero_caption": "Illustration",
            },
            "it": {
                "title": "Villaggi artigiani",
                "intro": (
                    "Ceramica, seta, tè al loto, lacca, bambù e madreperla: scegliete un mestiere "
                    "per vedere i villaggi che lo tengono vivo."
                ),
                "search_description": (
                    "I villaggi artigiani di Hanoi per mestiere: dove sono, orari, come arrivarci "
                    "e cosa vedere."
                ),
                "hero_alt": "Illustrazione di vasi in porcellana bianca e blu su una mensola",
                "hero_caption": "Illustrazione",
            },
            "ja": {
                "title": "工芸村",
                "intro": (
                    "陶磁器、絹、蓮茶、漆、竹細工、螺鈿。工芸を選ぶと、"
                    "その技を受け継ぐ村が表示されます。"
                ),
                "search_description": (
                    "工芸別に見るハノイの工芸村：場所、営業時間、アクセス、見どころ。"
                ),
                "hero_alt": "棚に並ぶ染付の花瓶のイラスト",
                "hero_caption": "イラスト",
            },
            "ko": {
                "title": "공예 마을",
                "intro": (
                    "도자기, 비단, 연꽃차, 칠기, 대나무 공예, 자개. 공예를 고르면 그 기술을 지켜 "
                    "온 마을이 나옵니다."
                ),
                "search_description": (
                    "공예별로 보는 하노이 공예 마을: 위치, 운영 시간, 가는 방법, 볼거리."
                ),
                "hero_alt": "선반 위에 놓인 청화백자 꽃병 일러스트",
                "hero_caption": "일러스트",
            },
        },
    },
    {
        "slug": "stories",
        "motif": "loom",
        "text": {
            "vi": {
                "title": "Câu chuyện",
                "intro": (
                    "Chuyện về nghề, về sản phẩm và về những người làm nghề ở các làng quanh Hà "
                    "Nội."
                ),
                "search_description": (
                    "Câu chuyện di sản, sản phẩm OCOP và chân dung nghệ nhân các làng nghề Hà Nội."
                ),
                "hero_alt": "Hình minh họa khung cửi dệt lụa với những sợi tơ căng thẳng",
                "hero_caption": "Minh họa",
            },
            "en": {
                "title": "Stories",
                "intro": (
                    "Stories of crafts, of products and of the people who make them in the "
                    "villages around Hanoi."
                ),
                "search_description": (
                    "Heritage stories, OCOP product stories and artisan portraits from Hanoi's "
                    "craft villages."
                ),
                "hero_alt": "Illustration of a silk loom with its taut warp threads",
                "hero_caption": "Illustration",
            },
        },
    },
    {
        "slug": "routes",
        "motif": "river",
        "text": {
            "vi": {
                "title": "Hành trình",
                "intro": (
                    "Nửa ngày hay trọn một ngày từ Phố cổ: những làng nào đi cùng nhau được, đi "
                    "bằng gì và ở lại bao lâu."
                ),
                "search_description": (
                    "Lộ trình tham quan làng nghề từ Phố cổ Hà Nội: thời gian, phương tiện và chi "
                    "phí ước tính."
                ),
                "hero_alt": "Hình minh họa con thuyền trên sông Hồng buổi sớm",
                "hero_caption": "Minh họa",
            },
            "en": {
                "title": "Routes",
                "intro": (
                    "Half a day or a full day from the Old Quarter: which villages go together, "
                    "how to travel and how long to stay."
                ),
                "search_description": (
                    "Craft-village day plans from Hanoi's Old Quarter: timings, transport and "
                    "estimated costs."
                ),
                "hero_alt": "Illustration of a boat on the Red River in the early morning",
                "hero_caption": "Illustration",
            },
            "fr": {
                "title": "Itinéraires",
                "intro": (
                    "Une demi-journée ou une journée depuis la vieille ville : quels villages "
                    "combiner, comment s'y rendre et combien de temps y rester."
                ),
                "search_description": (
                    "Itinéraires vers les villages de métier depuis la vieille ville de Hanoï : "
                    "durées, transports et coûts estimés."
                ),
                "hero_alt": "Illustration d'une barque sur le fleuve Rouge au petit matin",
                "hero_caption": "Illustration",
            },
            "it": {
                "title": "Itinerari",
                "intro": (
                    "Mezza giornata o una giornata intera dal Quartiere Vecchio: quali villaggi "
                    "combinare, come spostarsi e quanto fermarsi."
                ),
                "search_description": (
                    "Itinerari nei villaggi artigiani dal Quartiere Vecchio di Hanoi: tempi, "
                    "trasporti e costi stimati."
                ),
                "hero_alt": "Illustrazione di una barca sul Fiume Rosso al mattino presto",
                "hero_caption": "Illustrazione",
            },
            "ja": {
                "title": "モデルコース",
                "intro": (
                    "旧市街から半日または一日で。どの村を組み合わせるか、移動手段、"
                    "滞在時間の目安をご紹介します。"
                ),
                "search_description": (
                    "ハノイ旧市街から巡る工芸村のモデルコース：所要時間、交通手段、費用の目安。"
                ),
                "hero_alt": "早朝の紅河に浮かぶ小舟のイラスト",
                "hero_caption": "イラスト",
            },
            "ko": {
                "title": "추천 코스",
                "intro": (
                    "구시가지에서 반나절 또는 하루. 함께 둘러보기 좋은 마을, 이동 수단, 머무를 "
                    "시간을 안내합니다."
                ),
                "search_description": (
                    "하노이 구시가지에서 출발하는 공예 마을 코스: 소요 시간, 교통편, 예상 비용."
                ),
                "hero_alt": "이른 아침 홍강 위의 작은 배 일러스트",
                "hero_caption": "일러스트",
            },
        },
    },
]

# --- Menus -----------------------------------------------------------------------

_MENU_LABELS = {
    "vi": ["Làng nghề", "Hành trình", "Câu chuyện", "Sự kiện"],
    "en": ["Villages", "Routes", "Stories", "Events"],
    "fr": ["Villages", "Itinéraires", "Récits", "Événements"],
    "it": ["Villaggi", "Itinerari", "Storie", "Eventi"],
    "ja": ["工芸村", "モデルコース", "ストーリー", "イベント"],
    "ko": ["공예 마을", "추천 코스", "이야기", "행사"],
}

_FOOTER_TEXT = {
    "vi": (
        "Trang giới thiệu làng nghề Hà Nội do ban biên tập cùng cán bộ xã, làng nghề thực hiện. "
        "Mỗi con số đều ghi ngày và nguồn; giờ mở cửa, giá và cách đi lại chỉ mang tính tham khảo "
        "cho đến khi được xác nhận."
    ),
    "en": (
        "This guide to Hanoi's craft villages is written by an editorial team with commune and "
        "village staff. Every figure carries its date and source; opening hours, prices and "
        "transport are indicative until confirmed."
    ),
    "fr": (
        "Ce guide des villages de métier de Hanoï est rédigé par une équipe éditoriale avec les "
        "agents des communes et des villages. Chaque chiffre est daté et sourcé ; horaires, prix "
        "et transports sont indicatifs tant qu'ils ne sont pas confirmés."
    ),
    "it": (
        "Questa guida ai villaggi artigiani di Hanoi è curata da una redazione insieme al "
        "personale dei comuni e dei villaggi. Ogni dato riporta data e fonte; orari, prezzi e "
        "trasporti sono indicativi finché non vengono confermati."
    ),
    "ja": (
        "このハノイ工芸村ガイドは、編集チームが地元の行政や村の担当者と協力して制作しています。"
        "数値にはすべて時点と出典を明記しています。"
        "営業時間・料金・交通情報は、確認が取れるまでは目安です。"
    ),
    "ko": (
        "이 하노이 공예 마을 안내는 편집팀이 지역 행정 기관 및 마을 담당자들과 함께 만듭니다. "
        "모든 수치에는 기준 시점과 출처를 밝혔으며, "
        "운영 시간·요금·교통 정보는 확인되기 전까지 참고용입니다."
    ),
}

MENUS = [
    {
        "handle": "header",
        "items": ["villages", "routes", "stories", "events"],
        "text": {
            code: {"footer_text": "", "items": [{"label": label} for label in labels]}
            for code, labels in _MENU_LABELS.items()
        },
    },
    {
        "handle": "footer",
        "items": ["villages", "routes", "stories", "events"],
        "text": {
            code: {
                "footer_text": _FOOTER_TEXT[code],
                "items": [{"label": label} for label in labels],
            }
            for code, labels in _MENU_LABELS.items()
        },
    },
]
