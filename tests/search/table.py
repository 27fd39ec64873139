"""What a visitor types → the page that must come first, per language, on the demo site.

Expected pages are paths without the language prefix (slugs are the same in
every language). Print it with ``python -m tests.search.table``.
"""

SEARCH_TABLE = {
    "vi": [
        ("bat trang", "villages/bat-trang/"),
        ("Bát Tràng", "villages/bat-trang/"),
        ("BAT TRANG", "villages/bat-trang/"),
        ("van phuc", "villages/van-phuc/"),
        ("Vạn Phúc", "villages/van-phuc/"),
        ("son dong", "villages/son-dong/"),
        ("Sơn Đồng", "villages/son-dong/"),
        ("son đong", "villages/son-dong/"),
        ("ha thai", "villages/ha-thai/"),
        ("quang an", "villages/quang-an/"),
        ("kim lan", "villages/kim-lan/"),
        ("phu vinh", "villages/phu-vinh/"),
        ("chuyen my", "villages/chuyen-my/"),
        ("Chuyên Mỹ", "villages/chuyen-my/"),
        ("cong ty co phan gom quang vinh", "villages/bat-trang/gom-quang-vinh/"),
        ("bo am chen", "villages/bat-trang/gom-quang-vinh/bo-am-chen-quang-vinh/"),
        ("bo do an hoa sen", "villages/bat-trang/gom-quang-vinh/bo-do-an-hoa-sen-quang-vinh/"),
        (
            "khan lua to tam",
            "villages/van-phuc/xuong-lua-minh-hoa-van-phuc/khan-lua-minh-hoa-van-phuc/",
        ),
        (
            "tranh kham trai",
            "villages/chuyen-my/xuong-kham-trai-minh-hoa-chuyen-my/tranh-kham-trai-minh-hoa-chuyen-my/",
        ),
        (
            "đĩa sơn mài",
            "villages/ha-thai/xuong-son-mai-minh-hoa-ha-thai/dia-son-mai-minh-hoa-ha-thai/",
        ),
        (
            "buc cham go",
            "villages/son-dong/xuong-cham-khac-go-minh-hoa-son-dong/buc-cham-go-minh-hoa-son-dong/",
        ),
        ("xuong cham khac go", "villages/son-dong/xuong-cham-khac-go-minh-hoa-son-dong/"),
        ("hiep hoi tra sen", "villages/quang-an/hiep-hoi-tra-sen-quang-an/"),
        ("cong ty tnhh may tre", "villages/phu-vinh/may-tre-viet-quang/"),
        ("che ngam dan", "stories/viet-quang-split-soaked-woven/"),
        ("bay the ky gom", "stories/bat-trang-seven-centuries-of-ceramics/"),
        ("nhung ban tay", "stories/hands-that-shape-bat-trang/"),
        ("sao ocop", "stories/ocop-stars-explained/"),
        ("uop tra trong mua sen", "stories/quang-an-scenting-tea-in-lotus-season/"),
        ("khung cửi", "stories/van-phuc-silk-on-the-loom/"),
        ("sơn mài xuất khẩu", "stories/ha-thai-lacquer-for-export/"),
        ("trien lam ocop", "events/bat-trang-ocop-exhibition-2025/"),
        ("phien cho gom", "events/bat-trang-weekend-market/"),
        ("nghi tet", "events/ha-thai-tet-closure/"),
        ("milano", "events/artigiano-in-fiera-2024/"),
        ("xuong det mo cua", "events/van-phuc-open-loom-day/"),
        ("nua ngay", "routes/bat-trang-kim-lan-half-day/"),
        ("lua va gom", "routes/silk-and-ceramics-full-day/"),
        ("buoi sang ho tay", "routes/west-lake-morning-quang-an/"),
        ("lien he", "contact/"),
        ("quyen rieng tu", "privacy/"),
        ("kha nang tiep can", "accessibility/"),
    ],
    "en": [
        ("bat trang", "villages/bat-trang/"),
        ("Vạn Phúc", "villages/van-phuc/"),
        ("son dong", "villages/son-dong/"),
        ("kim lan", "villages/kim-lan/"),
        ("pottery market", "events/bat-trang-weekend-market/"),
        ("lacquer export", "stories/ha-thai-lacquer-for-export/"),
        ("ocop stars", "stories/ocop-stars-explained/"),
        ("half day", "routes/bat-trang-kim-lan-half-day/"),
        ("silk and ceramics", "routes/silk-and-ceramics-full-day/"),
        ("west lake morning", "routes/west-lake-morning-quang-an/"),
        ("open loom day", "events/van-phuc-open-loom-day/"),
        ("ceramic tea set", "villages/bat-trang/gom-quang-vinh/bo-am-chen-quang-vinh/"),
        ("milan", "events/artigiano-in-fiera-2024/"),
        ("accessibility statement", "accessibility/"),
    ],
    "fr": [
        ("bat trang", "villages/bat-trang/"),
        ("Hạ Thái", "villages/ha-thai/"),
        ("quang an", "villages/quang-an/"),
        ("marché de la poterie", "events/bat-trang-weekend-market/"),
        ("marche poterie", "events/bat-trang-weekend-market/"),
        ("sept siècles", "stories/bat-trang-seven-centuries-of-ceramics/"),
        ("demi-journée", "routes/bat-trang-kim-lan-half-day/"),
        ("soie et céramique", "routes/silk-and-ceramics-full-day/"),
        ("métiers à tisser ouverts", "events/van-phuc-open-loom-day/"),
        ("fendre tremper tresser", "stories/viet-quang-split-soaked-woven/"),
        ("déclaration d'accessibilité", "accessibility/"),
        ("service à thé", "villages/bat-trang/gom-quang-vinh/bo-am-chen-quang-vinh/"),
    ],
    "it": [
        ("bat trang", "villages/bat-trang/"),
        ("Sơn Đồng", "villages/son-dong/"),
        ("phu vinh", "villages/phu-vinh/"),
        ("mercato della ceramica", "events/bat-trang-weekend-market/"),
        ("sette secoli", "stories/bat-trang-seven-centuries-of-ceramics/"),
        ("mezza giornata", "routes/bat-trang-kim-lan-half-day/"),
        ("seta e ceramica", "routes/silk-and-ceramics-full-day/"),
        ("telai aperti", "events/van-phuc-open-loom-day/"),
        ("spaccare ammollare intrecciare", "stories/viet-quang-split-soaked-woven/"),
        ("servizio da tè", "villages/bat-trang/gom-quang-vinh/bo-am-chen-quang-vinh/"),
        ("contatti", "contact/"),
        ("stelle ocop", "stories/ocop-stars-explained/"),
    ],
    "ja": [
        ("バッチャン", "villages/bat-trang/"),
        ("bat trang", "villages/bat-trang/"),
        ("Bát Tràng", "villages/bat-trang/"),
        ("ヴァンフック", "villages/van-phuc/"),
        ("van phuc", "villages/van-phuc/"),
        ("キムラン", "villages/kim-lan/"),
        ("陶器市", "events/bat-trang-weekend-market/"),
        ("陶器", "events/bat-trang-weekend-market/"),
        ("七百年", "stories/bat-trang-seven-centuries-of-ceramics/"),
        ("茶器セット", "villages/bat-trang/gom-quang-vinh/bo-am-chen-quang-vinh/"),
        ("織機", "stories/van-phuc-silk-on-the-loom/"),
        ("お問い合わせ", "contact/"),
    ],
    "ko": [
        ("밧짱", "villages/bat-trang/"),
        ("bat trang", "villages/bat-trang/"),
        ("반푹", "villages/van-phuc/"),
        ("son dong", "villages/son-dong/"),
        ("낌란", "villages/kim-lan/"),
        ("도자기 장터", "events/bat-trang-weekend-market/"),
        ("도자기", "events/bat-trang-weekend-market/"),
        ("다기 세트", "villages/bat-trang/gom-quang-vinh/bo-am-chen-quang-vinh/"),
        ("베틀 위의 비단", "stories/van-phuc-silk-on-the-loom/"),
        ("반나절", "routes/bat-trang-kim-lan-half-day/"),
        ("문의", "contact/"),
        ("웹 접근성", "accessibility/"),
    ],
}


def print_table():
    for language, rows in SEARCH_TABLE.items():
        print(f"{language}: {len(rows)} queries")  # noqa: T201
        for query, expected in rows:
            print(f"  {query!r:45} → /{language}/{expected}")  # noqa: T201


if __name__ == "__main__":
    print_table()
