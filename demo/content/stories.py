"""Demo stories: heritage stories, OCOP product stories and an artisan portrait.

Format: docs/demo-content.md. Every figure comes from ../shared/content-brief.md and keeps its
"as of" date and its source; where two sources disagree, the story shows both. Quote blocks quote
published headlines only, never a person. Practical details the sources do not give (distances,
seasons, session lengths) are marked "to be confirmed" in the text.
"""

VNN = "Viet Nam News"  # 20 May 2025
VBF = "Vietnam Business Forum"  # 3 Nov 2025
HANOI_TIMES = "The Hanoi Times"  # December 2025 (Bat Trang OCOP exhibition, 19–21 Dec)
HANOI_NEWS = "Hanoi news"  # 21 Feb 2025

AUTHOR = {"vi": "Ban biên tập", "en": "Editorial team"}


def _fact(value, unit, label, as_of, source_name, value_to=None, approximate=False):
    """A fact block value; ``unit`` and ``label`` are in the language of the dict it sits in."""
    return {
        "value": value,
        "value_to": value_to,
        "approximate": approximate,
        "unit": unit,
        "label": label,
        "as_of": as_of,
        "source_name": source_name,
        "source_url": "",
    }


STORIES = [
    # --- 1. Bat Trang: heritage -------------------------------------------------------
    {
        "slug": "bat-trang-seven-centuries-of-ceramics",
        "kind": "heritage",
        "date": "2026-01-08",
        "villages": ["bat-trang", "kim-lan"],
        "related": ["hands-that-shape-bat-trang", "ocop-stars-explained"],
        "motif": "ceramics",
        "text": {
            "vi": {
                "title": "Bát Tràng: bảy thế kỷ gốm bên sông Hồng",
                "intro": (
                    "Khoảng 700 năm qua, làng gốm bên bờ sông Hồng vẫn giữ lửa nghề. Ngày nay Bát "
                    "Tràng vừa là điểm hẹn của du khách, vừa là nguồn hàng của những người mua từ "
                    "châu Âu đến châu Á."
                ),
                "search_description": (
                    "Gốm Bát Tràng: khoảng 700 năm lịch sử, di sản văn hoá phi vật thể quốc gia, "
                    "thành viên Mạng lưới Thủ công Thế giới, 70 sản phẩm OCOP (tháng 12/2025)."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ những món đồ gốm men lam",
                "hero_caption": "Tranh minh hoạ của ban biên tập, không phải ảnh chụp tại làng.",
                "body": [
                    [
                        "paragraph",
                        "Bát Tràng nằm ở xã Bát Tràng, huyện Gia Lâm, ngay bên bờ sông Hồng. Nghề "
                        "gốm ở đây có lịch sử khoảng 700 năm và đã được ghi vào Danh mục di sản "
                        "văn hoá phi vật thể quốc gia. Suốt bảy thế kỷ ấy, làng sống bằng đất, "
                        "bằng lửa và bằng đôi tay của những người thợ.",
                    ],
                    [
                        "paragraph",
                        "Ngày 14/2/2025, Bát Tràng cùng làng lụa Vạn Phúc được công bố là thành "
                        "viên Mạng lưới Thủ công Thế giới của Hội đồng Thủ công Thế giới. Với "
                        "người mua và du khách nước ngoài, đó là một tấm danh thiếp dễ hiểu: gốm "
                        "Bát Tràng đã được giới thủ công quốc tế ghi nhận.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": "Tranh minh hoạ lò gốm xây bằng gạch lúc chiều tà",
                            "caption": (
                                "Hình minh hoạ lò nung gốm, không phải ảnh chụp tại Bát Tràng."
                            ),
                        },
                    ],
                    ["heading", "Từ lò gốm ra thế giới"],
                    [
                        "paragraph",
                        "Chương trình OCOP (Mỗi xã một sản phẩm) giúp người mua nhận ra những sản "
                        "phẩm đã được đánh giá và xếp hạng sao. Một doanh nghiệp ở Bát Tràng có "
                        "bốn bộ gốm, trong đó có bộ đồ ăn hoạ tiết hoa sen và bộ ấm chén, đạt "
                        "OCOP 5 sao, hạng cao nhất cả nước. Những bộ gốm này đã có mặt ở Anh, "
                        "Pháp, Ý, Nhật Bản và Hàn Quốc.",
                    ],
                    [
                        "fact",
                        _fact(
                            "70",
                            "sản phẩm OCOP",
                            "Sản phẩm OCOP của xã Bát Tràng vào tháng 12/2025, tăng từ khoảng 50 "
                            "sản phẩm hồi tháng 5/2025 (Viet Nam News)",
                            "2025-12-19",
                            HANOI_TIMES,
                        ),
                    ],
                    [
                        "paragraph",
                        "Từ ngày 19 đến 21/12/2025, triển lãm OCOP Bát Tràng quy tụ 80 gian hàng "
                        "cùng nhiều màn trình diễn nghề trực tiếp. Khi người mua hỏi về giá trị "
                        "văn hoá và câu chuyện đằng sau thương hiệu, làng gốm có sẵn câu trả lời: "
                        "bảy thế kỷ làm nghề và những người thợ vẫn ngày ngày bên bàn xoay.",
                    ],
                    ["heading", "Một ngày ở làng gốm"],
                    [
                        "paragraph",
                        "Du khách có thể dạo chợ gốm, ghé Bảo tàng Gốm Bát Tràng, tự tay nặn gốm "
                        "tại các xưởng trải nghiệm và hoà vào đời sống văn hoá của làng. Bát "
                        "Tràng là điểm du lịch được công nhận từ năm 2019 và là một điểm dừng "
                        "trên tuyến du lịch đường sông Hồng.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "Làng gốm láng giềng cùng xã Bát Tràng, điểm du lịch được công "
                                "nhận từ năm 2024."
                            ),
                        },
                    ],
                ],
            },
            "en": {
                "title": "Bat Trang: seven centuries of ceramics on the Red River",
                "intro": (
                    "For some 700 years this pottery village on the Red River has kept its craft "
                    "alive. Today Bat Trang is both a favourite day out for visitors and a source "
                    "for buyers from Europe to East Asia."
                ),
                "search_description": (
                    "Bat Trang ceramics: some 700 years of history, national intangible cultural "
                    "heritage, a World Crafts Network member, 70 OCOP products (December 2025)."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of blue-and-white ceramic pieces",
                "hero_caption": "Editorial illustration, not a photograph taken in the village.",
                "body": [
                    [
                        "paragraph",
                        "Bat Trang lies in Bat Trang commune, Gia Lam district, right on the bank "
                        "of the Red River. Its pottery craft goes back some 700 years and is "
                        "inscribed on Viet Nam's National List of Intangible Cultural Heritage. "
                        "For all seven of those centuries the village has lived by clay, fire and "
                        "the hands of its potters.",
                    ],
                    [
                        "paragraph",
                        "On 14 February 2025, Bat Trang and the Van Phuc silk village were "
                        "announced as members of the World Crafts Council's World Crafts Network. "
                        "For overseas buyers and visitors that is a calling card that needs no "
                        "translation: Bat Trang ceramics are recognised by the international "
                        "craft world.",
                    ],
                    [
                        "image",
                        {
                            "motif": "kiln",
                            "alt": "Illustration of a brick pottery kiln at dusk",
                            "caption": (
                                "Illustration of a pottery kiln, not a photograph taken in Bat "
                                "Trang."
                            ),
                        },
                    ],
                    ["heading", "From the kiln to the world"],
                    [
                        "paragraph",
                        "The OCOP programme (One Commune, One Product) helps buyers spot products "
                        "that have been assessed and given a star rating. One Bat Trang company "
                        "has four ceramic sets, among them lotus-themed dishware and tea sets, "
                        "rated 5 stars, the highest level in the country. These sets already sell "
                        "in the UK, France, Italy, Japan and South Korea.",
                    ],
                    [
                        "fact",
                        _fact(
                            "70",
                            "OCOP products",
                            "OCOP products from Bat Trang commune in December 2025, up from about "
                            "50 in May 2025 (Viet Nam News)",
                            "2025-12-19",
                            HANOI_TIMES,
                        ),
                    ],
                    [
                        "paragraph",
                        "From 19 to 21 December 2025, the Bat Trang OCOP exhibition brought "
                        "together 80 booths and live craft demonstrations. When buyers ask about "
                        "cultural value and the story behind a brand, the village has its answer "
                        "ready: seven centuries of craft, and potters still at the wheel every "
                        "day.",
                    ],
                    ["heading", "A day in the pottery village"],
                    [
                        "paragraph",
                        "Visitors can stroll the pottery market, call in at the Bat Trang Pottery "
                        "Museum, try their own hand in a hands-on pottery workshop and soak up "
                        "the village's cultural life. Bat Trang has been a recognised tourist "
                        "destination since 2019 and is a stop on the Red River tourism route.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "kim-lan",
                            "note": (
                                "The neighbouring pottery village in Bat Trang commune, a "
                                "recognised tourist destination since 2024."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 2. Van Phuc: heritage --------------------------------------------------------
    {
        "slug": "van-phuc-silk-on-the-loom",
        "kind": "heritage",
        "date": "2025-11-18",
        "villages": ["van-phuc"],
        "related": ["chuyen-my-son-dong-creative-crafts", "bat-trang-seven-centuries-of-ceramics"],
        "motif": "silk",
        "text": {
            "vi": {
                "title": "Vạn Phúc: lụa trên khung cửi",
                "intro": (
                    "Ở Hà Đông, làng Vạn Phúc vẫn dệt lụa giữa lòng một đô thị đang lớn lên từng "
                    "ngày. Từ tháng 2/2025, tên làng đứng trong một mạng lưới thủ công của thế "
                    "giới."
                ),
                "search_description": (
                    "Làng lụa Vạn Phúc (Hà Đông): thành viên Mạng lưới Thủ công Thế giới từ "
                    "14/2/2025, lụa trong gian hàng Hà Nội tại Milan và những điều người mua quốc "
                    "tế tìm kiếm."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ những dải lụa mềm mại",
                "hero_caption": (
                    "Tranh minh hoạ của ban biên tập về lụa, không phải ảnh chụp tại Vạn Phúc."
                ),
                "body": [
                    [
                        "paragraph",
                        "Vạn Phúc nằm ở Hà Đông, phía tây nam trung tâm Hà Nội, và nổi tiếng với "
                        "nghề dệt lụa. Ngày 14/2/2025, làng cùng làng gốm Bát Tràng được công bố "
                        "là thành viên Mạng lưới Thủ công Thế giới của Hội đồng Thủ công Thế "
                        "giới. Cùng nhau, hai làng đưa thủ công Hà Nội lên bản đồ thế giới.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "Tranh minh hoạ một khung dệt lụa",
                            "caption": (
                                "Hình minh hoạ khung cửi dệt lụa, không phải ảnh chụp tại làng."
                            ),
                        },
                    ],
                    ["heading", "Một nghề được hồi sinh"],
                    [
                        "paragraph",
                        "Dệt lụa nằm trong nhóm nghề đã được khôi phục ở Hà Nội, bên cạnh thêu "
                        "ren, gốm, sơn mài, khảm trai và mây tre đan. Trên cả nước, đến cuối năm "
                        "2024 đã có 63 nghề truyền thống và 81 làng nghề có nguy cơ mai một được "
                        "khôi phục.",
                    ],
                    [
                        "fact",
                        _fact(
                            "1350",
                            "làng nghề và làng có nghề",
                            "Làng nghề và làng có nghề ở Hà Nội, trong đó 337 làng nghề, nghề "
                            "truyền thống đã được công nhận",
                            "2025-11-03",
                            VBF,
                            approximate=True,
                        ),
                    ],
                    [
                        "paragraph",
                        "Con số này lớn đến mức nào so với cả nước thì các nguồn không thống "
                        "nhất. Hanoi news (21/2/2025) viết rằng 1.350 làng chiếm “hơn 45%” số "
                        "làng nghề cả nước, còn một bản tin khác trong năm 2025 chỉ ước “khoảng "
                        "một phần tư”. Chúng tôi nêu cả hai cách tính để bạn đọc tự đối chiếu.",
                    ],
                    ["heading", "Lụa trước những người mua khó tính"],
                    [
                        "paragraph",
                        "Lụa có mặt trong gian hàng “Hà Nội - Việt Nam” rộng 84 m² tại hội chợ "
                        "Artigiano in Fiera lần thứ 28 ở Milan, từ 30/11 đến 8/12/2024. Ở đó, "
                        "người mua và chuyên gia quan tâm đến giá trị văn hoá, câu chuyện thương "
                        "hiệu, sản xuất xanh và sạch, cùng những mẫu thiết kế hợp với thị trường "
                        "mà họ nhắm tới.",
                    ],
                    [
                        "paragraph",
                        "Với một làng dệt, đó là những câu hỏi rất cụ thể: sợi gì, nhuộm ra sao, "
                        "mẫu hoa văn nào hợp với khách châu Âu hay châu Á. Khi đến Vạn Phúc, "
                        "người mua nên hỏi thẳng các cơ sở dệt những điều ấy. Đường đi từ phố cổ "
                        "mất khoảng 30–45 phút bằng taxi (thông tin thường được công bố, chưa "
                        "được xác nhận).",
                    ],
                    [
                        "village_card",
                        {
                            "village": "van-phuc",
                            "note": (
                                "Làng lụa ở Hà Đông, thành viên Mạng lưới Thủ công Thế giới từ "
                                "ngày 14/2/2025."
                            ),
                        },
                    ],
                ],
            },
            "en": {
                "title": "Van Phuc: silk on the loom",
                "intro": (
                    "In Ha Dong, the village of Van Phuc still weaves silk in the middle of a "
                    "city that grows by the day. Since February 2025 its name has stood in a "
                    "world network of crafts."
                ),
                "search_description": (
                    "Van Phuc silk village (Ha Dong): a World Crafts Network member since 14 "
                    "February 2025, silk in Hanoi's Milan pavilion, and what international buyers "
                    "look for."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of flowing lengths of silk",
                "hero_caption": (
                    "Editorial illustration of silk, not a photograph taken in Van Phuc."
                ),
                "body": [
                    [
                        "paragraph",
                        "Van Phuc lies in Ha Dong, south-west of central Hanoi, and is known for "
                        "its silk weaving. On 14 February 2025 the village and the Bat Trang "
                        "pottery village were announced as members of the World Crafts Council's "
                        "World Crafts Network. Together, the two villages put Hanoi's crafts on "
                        "the world map.",
                    ],
                    [
                        "image",
                        {
                            "motif": "loom",
                            "alt": "Illustration of a silk loom",
                            "caption": (
                                "Illustration of a silk loom, not a photograph taken in the "
                                "village."
                            ),
                        },
                    ],
                    ["heading", "A craft brought back to life"],
                    [
                        "paragraph",
                        "Silk weaving is one of the crafts that have been revived in Hanoi, "
                        "alongside embroidery and lace, ceramics, lacquer, mother-of-pearl inlay, "
                        "and rattan and bamboo. Nationwide, by the end of 2024, 63 traditional "
                        "crafts and 81 craft villages at risk of disappearing had been restored.",
                    ],
                    [
                        "fact",
                        _fact(
                            "1350",
                            "craft villages and villages with crafts",
                            "Craft villages and villages with crafts in Hanoi, 337 of them "
                            "officially recognised craft villages and traditional crafts",
                            "2025-11-03",
                            VBF,
                            approximate=True,
                        ),
                    ],
                    [
                        "paragraph",
                        "How large that is against the national total depends on the source. "
                        "Hanoi news (21 February 2025) put the 1,350 villages at “more than 45%” "
                        "of the country's craft villages, while another 2025 report called them "
                        "“about a quarter”. We show both so that readers can compare.",
                    ],
                    ["heading", "Silk in front of discerning buyers"],
                    [
                        "paragraph",
                        "Silk was on show in the 84 m² “Hanoi - Vietnam” pavilion at the 28th "
                        "Artigiano in Fiera in Milan, from 30 November to 8 December 2024. There, "
                        "buyers and experts asked about cultural value, brand storytelling, green "
                        "and clean production, and designs made for the markets they sell to.",
                    ],
                    [
                        "paragraph",
                        "For a weaving village these are very practical questions: which yarn, "
                        "which dyes, which patterns suit customers in Europe or in Asia. Buyers "
                        "who visit Van Phuc should put them straight to the weaving workshops. "
                        "The trip from the Old Quarter takes about 30–45 minutes by taxi "
                        "(commonly published, to be confirmed).",
                    ],
                    [
                        "village_card",
                        {
                            "village": "van-phuc",
                            "note": (
                                "The silk village in Ha Dong, a World Crafts Network member since "
                                "14 February 2025."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 3. Quang An: product ---------------------------------------------------------
    {
        "slug": "quang-an-lotus-tea",
        "kind": "product",
        "date": "2025-06-10",
        "villages": ["quang-an"],
        "related": ["ocop-stars-explained", "van-phuc-silk-on-the-loom"],
        "motif": "lotus-tea",
        "text": {
            "vi": {
                "title": "Trà sen Quảng An: hương Hồ Tây trong từng chén trà",
                "intro": (
                    "Từng là thức trà dâng lên cung đình, trà ướp sen của Quảng An vẫn được gìn "
                    "giữ qua nhiều thế hệ bên Hồ Tây. Nay hai sản phẩm của làng mang bốn sao OCOP."
                ),
                "search_description": (
                    "Trà sen Quảng An (Tây Hồ): nghề ướp trà sen từng phục vụ cung đình, hai sản "
                    "phẩm OCOP 4 sao của Hiệp hội Trà sen Quảng An, gắn với du lịch văn hoá Hồ "
                    "Tây."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ bộ ấm chén pha trà sen",
                "hero_caption": (
                    "Tranh minh hoạ của ban biên tập, không phải ảnh chụp tại Quảng An."
                ),
                "body": [
                    [
                        "paragraph",
                        "Quảng An nằm ở quận Tây Hồ, bên bờ Hồ Tây. Trà ướp hương sen ở đây từng "
                        "được làm để dâng lên cung đình, và nghề ấy vẫn được truyền qua nhiều thế "
                        "hệ. Giữa một thành phố nhiều đổi thay, nghề trà sen vẫn gắn bó với mặt "
                        "hồ đã cho trà hương thơm.",
                    ],
                    ["heading", "Bốn sao cho một chén trà"],
                    [
                        "paragraph",
                        "Hiệp hội Làng nghề Trà sen Quảng An có hai sản phẩm được xếp hạng OCOP 4 "
                        "sao. Với người mua, hạng sao là một điểm tựa: sản phẩm đã qua đánh giá "
                        "của chương trình OCOP, nơi 5 sao là mức cao nhất cả nước.",
                    ],
                    [
                        "fact",
                        _fact(
                            "1571",
                            "sản phẩm OCOP 4 sao",
                            "Sản phẩm OCOP được xếp hạng 4 sao ở Hà Nội, trên tổng số 3.317 sản "
                            "phẩm được chứng nhận",
                            "2025-05-20",
                            VNN,
                        ),
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus",
                            "alt": "Tranh minh hoạ hoa sen nở trên mặt hồ",
                            "caption": "Hình minh hoạ sen Hồ Tây, không phải ảnh chụp.",
                        },
                    ],
                    ["heading", "Khi sen Hồ Tây nở"],
                    [
                        "paragraph",
                        "Theo những thông tin thường được công bố, trà được ướp vào đầu hè, khi "
                        "sen Hồ Tây nở, khoảng từ cuối tháng 5 đến tháng 7; mùa vụ cụ thể cần "
                        "được làng xác nhận. Quảng An cách phố cổ khoảng 5 km, đi taxi mất chừng "
                        "15–20 phút, hoặc có thể đi bộ, đạp xe quanh hồ (cũng chưa được xác nhận).",
                    ],
                    [
                        "paragraph",
                        "Nghề trà sen gắn với du lịch văn hoá, nên một buổi sáng ở Quảng An vừa "
                        "là chuyến thăm làng, vừa là dịp nếm trà tại chỗ. Trà cũng là một trong "
                        "những mặt hàng Hà Nội mang tới gian hàng của thành phố tại hội chợ "
                        "Artigiano in Fiera ở Milan cuối năm 2024.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "quang-an",
                            "note": "Làng trà sen bên Hồ Tây, có hai sản phẩm OCOP 4 sao.",
                        },
                    ],
                ],
            },
            "en": {
                "title": "Quang An lotus tea: West Lake in every cup",
                "intro": (
                    "Once made for the royal court, Quang An's lotus-scented tea has been kept "
                    "alive through generations on the shore of West Lake. Today two of its "
                    "products carry four OCOP stars."
                ),
                "search_description": (
                    "Quang An lotus tea (Tay Ho): a craft once serving the royal court, two "
                    "4-star OCOP products from the Quang An Lotus Tea Village Association, and "
                    "West Lake culture."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of a lotus tea service",
                "hero_caption": "Editorial illustration, not a photograph taken in Quang An.",
                "body": [
                    [
                        "paragraph",
                        "Quang An lies in Tay Ho district, on the shore of West Lake. The "
                        "lotus-scented tea made here was once prepared for the royal court, and "
                        "the craft has been handed down across generations. In a fast-changing "
                        "city, the craft remains bound to the lake that gives the tea its scent.",
                    ],
                    ["heading", "Four stars for a cup of tea"],
                    [
                        "paragraph",
                        "The Quang An Lotus Tea Village Association has two products rated 4 "
                        "stars under OCOP. For buyers a star rating is a useful anchor: the "
                        "product has been assessed by the OCOP programme, in which 5 stars is the "
                        "national top level.",
                    ],
                    [
                        "fact",
                        _fact(
                            "1571",
                            "4-star OCOP products",
                            "OCOP products rated 4 stars in Hanoi, out of 3,317 certified products",
                            "2025-05-20",
                            VNN,
                        ),
                    ],
                    [
                        "image",
                        {
                            "motif": "lotus",
                            "alt": "Illustration of lotus flowers in bloom on a lake",
                            "caption": "Illustration of West Lake lotuses, not a photograph.",
                        },
                    ],
                    ["heading", "When the West Lake lotuses bloom"],
                    [
                        "paragraph",
                        "According to commonly published information, the tea is scented in early "
                        "summer when the West Lake lotuses bloom, roughly from late May to July; "
                        "the village has yet to confirm the exact season. Quang An is about 5 km "
                        "from the Old Quarter, some 15–20 minutes by taxi, or a walk or bike ride "
                        "around the lake (also to be confirmed).",
                    ],
                    [
                        "paragraph",
                        "Lotus tea is linked with cultural tourism, so a morning in Quang An is "
                        "both a village visit and a chance to taste the tea where it is made. Tea "
                        "was also among the goods Hanoi took to its pavilion at the Artigiano in "
                        "Fiera fair in Milan at the end of 2024.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "quang-an",
                            "note": (
                                "The lotus tea village on West Lake, with two 4-star OCOP products."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 4. Ha Thai: product ----------------------------------------------------------
    {
        "slug": "ha-thai-lacquer-for-export",
        "kind": "product",
        "date": "2025-11-25",
        "villages": ["ha-thai"],
        "related": ["phu-vinh-bamboo-and-rattan", "chuyen-my-son-dong-creative-crafts"],
        "motif": "lacquer",
        "text": {
            "vi": {
                "title": "Sơn mài Hạ Thái: từ làng nghề đến thị trường xuất khẩu",
                "intro": (
                    "Đồ sơn mài của Hạ Thái đã tới châu Âu, Nhật Bản và Hàn Quốc. Câu chuyện của "
                    "làng cho thấy một nghề thủ công có thể đi xa đến đâu khi gặp đúng người mua."
                ),
                "search_description": (
                    "Sơn mài Hạ Thái (Duyên Hà, Thường Tín) xuất khẩu sang châu Âu, Nhật Bản, Hàn "
                    "Quốc; mục tiêu xuất khẩu thủ công mỹ nghệ của Hà Nội và điều người mua quan "
                    "tâm."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ tấm sơn mài dát vàng và khảm vỏ trứng",
                "hero_caption": "Tranh minh hoạ của ban biên tập, không phải ảnh chụp tại Hạ Thái.",
                "body": [
                    [
                        "paragraph",
                        "Làng Hạ Thái thuộc xã Duyên Hà, huyện Thường Tín, phía nam nội thành Hà "
                        "Nội. Đồ sơn mài của làng là mặt hàng xuất khẩu sang châu Âu, Nhật Bản và "
                        "Hàn Quốc. Sơn mài cũng nằm trong nhóm nghề đã được khôi phục ở Hà Nội, "
                        "cùng với khảm trai, gốm và dệt lụa.",
                    ],
                    [
                        "quote",
                        {
                            "text": "Hà Nội thúc đẩy xuất khẩu hàng thủ công mỹ nghệ",
                            "attribution": HANOI_NEWS,
                            "role": "Tiêu đề bài báo, 21/2/2025 (bản dịch của ban biên tập)",
                        },
                    ],
                    ["heading", "Mục tiêu của thành phố"],
                    [
                        "paragraph",
                        "Hà Nội đặt mục tiêu nâng tỷ trọng hàng thủ công mỹ nghệ lên 3–5% tổng "
                        "kim ngạch xuất khẩu của thành phố. Cụ thể, tỷ trọng ấy là 4,4–5% mỗi năm "
                        "trong giai đoạn 2023–2025 và 5,1–5,5% mỗi năm trong giai đoạn 2026–2030.",
                    ],
                    [
                        "fact",
                        _fact(
                            "3",
                            "%",
                            "Mục tiêu tỷ trọng hàng thủ công mỹ nghệ trong tổng kim ngạch xuất "
                            "khẩu của Hà Nội",
                            "2025-02-21",
                            HANOI_NEWS,
                            value_to="5",
                        ),
                    ],
                    [
                        "paragraph",
                        "Quy hoạch phát triển làng nghề giai đoạn 2025–2030, tầm nhìn đến năm "
                        "2050 (Quyết định số 282/QĐ-UBND, ban hành tháng 1/2025) đưa ra 11 nhóm "
                        "giải pháp. Trong đó có xúc tiến thương mại, hợp tác quốc tế, chuyển đổi "
                        "số và phát triển sản phẩm OCOP, những mảng chạm trực tiếp tới một làng "
                        "sống nhờ xuất khẩu như Hạ Thái.",
                    ],
                    [
                        "image",
                        {
                            "motif": "market",
                            "alt": "Tranh minh hoạ các sạp hàng ở một phiên chợ",
                            "caption": ("Hình minh hoạ một phiên chợ, không phải ảnh chụp thật."),
                        },
                    ],
                    ["heading", "Điều người mua hỏi"],
                    [
                        "paragraph",
                        "Tại hội chợ Artigiano in Fiera ở Milan cuối năm 2024, người mua và "
                        "chuyên gia hỏi về giá trị văn hoá, câu chuyện thương hiệu, sản xuất xanh "
                        "và sạch, và thiết kế dành riêng cho thị trường đích. Khi liên hệ với một "
                        "xưởng sơn mài, nên hỏi ngay về những thị trường xưởng đã bán, về chứng "
                        "nhận và năng lực sản xuất.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "ha-thai",
                            "note": (
                                "Làng sơn mài ở Duyên Hà, Thường Tín, xuất khẩu sang châu Âu, "
                                "Nhật Bản và Hàn Quốc."
                            ),
                        },
                    ],
                ],
            },
            "en": {
                "title": "Ha Thai lacquer: from village workshop to export market",
                "intro": (
                    "Ha Thai's lacquerware already travels to Europe, Japan and South Korea. The "
                    "village shows how far a handicraft can go when it meets the right buyers."
                ),
                "search_description": (
                    "Ha Thai lacquerware (Duyen Ha, Thuong Tin), exported to Europe, Japan and "
                    "South Korea; Hanoi's handicraft export targets and what buyers look for."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of a lacquer panel with gold leaf and eggshell",
                "hero_caption": "Editorial illustration, not a photograph taken in Ha Thai.",
                "body": [
                    [
                        "paragraph",
                        "Ha Thai village is in Duyen Ha commune, Thuong Tin district, south of "
                        "central Hanoi. Its lacquerware is exported to Europe, Japan and South "
                        "Korea. Lacquer is also one of the crafts that have been revived in "
                        "Hanoi, along with mother-of-pearl inlay, ceramics and silk weaving.",
                    ],
                    [
                        "quote",
                        {
                            "text": "Hanoi promotes handicraft exports",
                            "attribution": HANOI_NEWS,
                            "role": "Headline, 21 February 2025",
                        },
                    ],
                    ["heading", "The city's targets"],
                    [
                        "paragraph",
                        "Hanoi aims to raise handicrafts to 3–5% of the city's total exports. In "
                        "detail, the share is set at 4.4–5% a year for 2023–2025 and 5.1–5.5% a "
                        "year for 2026–2030.",
                    ],
                    [
                        "fact",
                        _fact(
                            "3",
                            "%",
                            "Target share of handicrafts in Hanoi's total exports",
                            "2025-02-21",
                            HANOI_NEWS,
                            value_to="5",
                        ),
                    ],
                    [
                        "paragraph",
                        "The craft-village development plan for 2025–2030, with a vision to 2050 "
                        "(Decision No. 282/QD-UBND, issued in January 2025), sets out 11 groups "
                        "of solutions. They include trade promotion, international cooperation, "
                        "digital transformation and OCOP product development, all of which bear "
                        "directly on an export village such as Ha Thai.",
                    ],
                    [
                        "image",
                        {
                            "motif": "market",
                            "alt": "Illustration of stalls at a market",
                            "caption": "Illustration of a market, not a real photograph.",
                        },
                    ],
                    ["heading", "What buyers ask"],
                    [
                        "paragraph",
                        "At the Artigiano in Fiera fair in Milan at the end of 2024, buyers and "
                        "experts asked about cultural value, brand storytelling, green and clean "
                        "production, and designs made for the target market. When you contact a "
                        "lacquer workshop, ask early about the markets it already sells to, its "
                        "certifications and its production capacity.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "ha-thai",
                            "note": (
                                "The lacquer village in Duyen Ha, Thuong Tin, exporting to "
                                "Europe, Japan and South Korea."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 5. Phu Vinh: product ---------------------------------------------------------
    {
        "slug": "phu-vinh-bamboo-and-rattan",
        "kind": "product",
        "date": "2025-12-03",
        "villages": ["phu-vinh"],
        "related": ["ha-thai-lacquer-for-export", "van-phuc-silk-on-the-loom"],
        "motif": "bamboo",
        "text": {
            "vi": {
                "title": "Phú Vinh: mây tre đan cho thị trường trong nước và quốc tế",
                "intro": (
                    "Ở Chương Mỹ, những sợi mây, nan tre của làng Phú Vinh được đan thành sản "
                    "phẩm cho cả khách trong nước lẫn nước ngoài. Vật liệu tự nhiên là một lợi "
                    "thế khi người mua quốc tế hỏi về sản xuất xanh."
                ),
                "search_description": (
                    "Mây tre đan Phú Vinh (Phú Nghĩa, Chương Mỹ) cho thị trường trong nước và "
                    "quốc tế; mây tre tại Artigiano in Fiera Milan 2024, cụm công nghiệp và sản "
                    "xuất xanh."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ những cây tre và một chiếc giỏ đan",
                "hero_caption": (
                    "Tranh minh hoạ của ban biên tập, không phải ảnh chụp tại Phú Vinh."
                ),
                "body": [
                    [
                        "paragraph",
                        "Làng Phú Vinh thuộc xã Phú Nghĩa, huyện Chương Mỹ, phía tây nội thành Hà "
                        "Nội. Nghề đan mây tre ở đây làm hàng cho cả thị trường trong nước lẫn "
                        "quốc tế. Mây tre đan cũng nằm trong nhóm nghề đã được khôi phục ở Hà Nội.",
                    ],
                    ["heading", "Mây tre trên sàn hội chợ Milan"],
                    [
                        "paragraph",
                        "Tại hội chợ Artigiano in Fiera lần thứ 28 ở Milan, từ 30/11 đến "
                        "8/12/2024, gian hàng “Hà Nội - Việt Nam” rộng 84 m² giới thiệu mây tre "
                        "đan bên cạnh gốm, lụa, đồ thêu, đồ trang trí nội thất, trà và hoa quả "
                        "sấy. Mây tre là một trong những nhóm hàng tiêu biểu mà thành phố chọn "
                        "mang ra thế giới.",
                    ],
                    [
                        "image",
                        {
                            "motif": "market",
                            "alt": "Tranh minh hoạ các sạp hàng bày đồ thủ công",
                            "caption": (
                                "Hình minh hoạ một gian hàng thủ công, không phải ảnh chụp tại "
                                "hội chợ."
                            ),
                        },
                    ],
                    ["heading", "Xanh và sạch, từ xưởng sản xuất"],
                    [
                        "paragraph",
                        "Người mua và chuyên gia tại Milan nhấn mạnh giá trị văn hoá, câu chuyện "
                        "thương hiệu, sản xuất xanh và sạch, cùng thiết kế phù hợp với thị trường "
                        "đích. Để giảm ô nhiễm và nguy cơ cháy nổ ở làng nghề, Hà Nội đang chuyển "
                        "các xưởng sản xuất ra khỏi khu dân cư, vào các cụm công nghiệp.",
                    ],
                    [
                        "fact",
                        _fact(
                            "70",
                            "cụm công nghiệp",
                            "Cụm công nghiệp đang hoạt động ở Hà Nội, thêm 43 cụm đang được xây "
                            "dựng, để đưa xưởng sản xuất ra khỏi nhà dân",
                            "2025-02-21",
                            HANOI_NEWS,
                        ),
                    ],
                    [
                        "paragraph",
                        "Khi làm việc với một cơ sở mây tre, người mua nên hỏi: xưởng đặt ở đâu, "
                        "nguyên liệu được xử lý thế nào, hàng đã bán sang những thị trường nào. "
                        "Quy hoạch làng nghề 2025–2030 của thành phố cũng coi giảm ô nhiễm và gắn "
                        "làng nghề với kinh tế xanh là nhiệm vụ ưu tiên.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "phu-vinh",
                            "note": (
                                "Làng mây tre đan ở Phú Nghĩa, Chương Mỹ, làm hàng cho thị trường "
                                "trong nước và quốc tế."
                            ),
                        },
                    ],
                ],
            },
            "en": {
                "title": "Phu Vinh: bamboo and rattan for home and abroad",
                "intro": (
                    "In Chuong My, the rattan and bamboo of Phu Vinh village are woven into goods "
                    "for customers in Viet Nam and overseas. Natural materials are an asset when "
                    "international buyers ask about green production."
                ),
                "search_description": (
                    "Phu Vinh bamboo and rattan weaving (Phu Nghia, Chuong My) for domestic and "
                    "international markets; rattan at Artigiano in Fiera Milan 2024, green "
                    "production."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of bamboo stems and a woven basket",
                "hero_caption": "Editorial illustration, not a photograph taken in Phu Vinh.",
                "body": [
                    [
                        "paragraph",
                        "Phu Vinh village is in Phu Nghia commune, Chuong My district, west of "
                        "central Hanoi. Its bamboo and rattan weavers make goods for both "
                        "domestic and international markets. Rattan and bamboo weaving is also "
                        "one of the crafts that have been revived in Hanoi.",
                    ],
                    ["heading", "Rattan and bamboo at a Milan fair"],
                    [
                        "paragraph",
                        "At the 28th Artigiano in Fiera in Milan, from 30 November to 8 December "
                        "2024, the 84 m² “Hanoi - Vietnam” pavilion showed rattan and bamboo "
                        "alongside ceramics, silk, embroidery, home decor, tea and dried fruit. "
                        "Rattan and bamboo are among the signature goods the city chose to take "
                        "to the world.",
                    ],
                    [
                        "image",
                        {
                            "motif": "market",
                            "alt": "Illustration of stalls displaying handicrafts",
                            "caption": (
                                "Illustration of a handicraft stall, not a photograph taken at "
                                "the fair."
                            ),
                        },
                    ],
                    ["heading", "Green and clean, from the workshop up"],
                    [
                        "paragraph",
                        "Buyers and experts in Milan stressed cultural value, brand storytelling, "
                        "green and clean production, and designs made for the target market. To "
                        "cut pollution and fire risk in craft villages, Hanoi is moving workshops "
                        "out of homes and into industrial clusters.",
                    ],
                    [
                        "fact",
                        _fact(
                            "70",
                            "industrial clusters",
                            "Industrial clusters in operation in Hanoi, with 43 more being built, "
                            "to move workshops out of homes",
                            "2025-02-21",
                            HANOI_NEWS,
                        ),
                    ],
                    [
                        "paragraph",
                        "When dealing with a rattan and bamboo producer, buyers should ask where "
                        "the workshop is, how the materials are treated and which markets it "
                        "already sells to. The city's 2025–2030 craft-village plan also makes "
                        "reducing pollution and linking villages with the green economy priority "
                        "tasks.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "phu-vinh",
                            "note": (
                                "The bamboo and rattan village in Phu Nghia, Chuong My, making "
                                "goods for home and export markets."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 6. Chuyen My and Son Dong: heritage ------------------------------------------
    {
        "slug": "chuyen-my-son-dong-creative-crafts",
        "kind": "heritage",
        "date": "2025-11-12",
        "villages": ["chuyen-my", "son-dong"],
        "related": ["van-phuc-silk-on-the-loom", "ha-thai-lacquer-for-export"],
        "motif": "mother-of-pearl",
        "text": {
            "vi": {
                "title": "Chuyên Mỹ và Sơn Đồng: hai làng nghề sáng tạo chờ ngày ra thế giới",
                "intro": (
                    "Sau gốm Bát Tràng và lụa Vạn Phúc, Hà Nội đang chuẩn bị hồ sơ cho hai làng "
                    "nghề nữa: khảm trai Chuyên Mỹ và tạc tượng gỗ Sơn Đồng."
                ),
                "search_description": (
                    "Khảm trai Chuyên Mỹ, chạm khắc gỗ và tượng sơn Sơn Đồng: Hà Nội chuẩn bị hồ "
                    "sơ đề cử vào Mạng lưới Thành phố Thủ công Sáng tạo Thế giới của Hội đồng Thủ "
                    "công Thế giới."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ cành hoa mai khảm trai óng ánh",
                "hero_caption": (
                    "Tranh minh hoạ của ban biên tập về khảm trai, không phải ảnh chụp tại Chuyên "
                    "Mỹ."
                ),
                "body": [
                    [
                        "paragraph",
                        "Chuyên Mỹ, ở vùng Phú Xuyên phía nam Hà Nội, là làng khảm trai. Sơn "
                        "Đồng, ở vùng Hoài Đức phía tây, làm nghề chạm khắc gỗ và tượng sơn. Hà "
                        "Nội đang chuẩn bị hồ sơ để hai làng tham gia Mạng lưới Thành phố Thủ "
                        "công Sáng tạo Thế giới của Hội đồng Thủ công Thế giới.",
                    ],
                    [
                        "paragraph",
                        "Con đường ấy đã có người đi trước: ngày 14/2/2025, Bát Tràng và Vạn Phúc "
                        "được công bố là thành viên Mạng lưới Thủ công Thế giới. Khảm trai cũng "
                        "là một trong những nghề đã được khôi phục ở Hà Nội.",
                    ],
                    [
                        "image",
                        {
                            "motif": "wood-carving",
                            "alt": "Tranh minh hoạ một tấm gỗ chạm khắc",
                            "caption": (
                                "Hình minh hoạ tấm gỗ chạm khắc, không phải ảnh chụp tại Sơn Đồng."
                            ),
                        },
                    ],
                    ["heading", "Những trung tâm thiết kế sáng tạo"],
                    [
                        "paragraph",
                        "Để giúp làng nghề làm mới mẫu mã, Hà Nội xây dựng các trung tâm thiết kế "
                        "sáng tạo và quảng bá sản phẩm. Các nguồn đưa ra những con số khác nhau: "
                        "Hanoi news (21/2/2025) đếm được 9 trung tâm, còn một báo cáo sau đó "
                        "trong năm cho biết 16 trung tâm đã thành lập trong 2023–2024 và 5 trung "
                        "tâm nữa dự kiến ra đời trong năm 2025, tổng cộng 21.",
                    ],
                    [
                        "fact",
                        _fact(
                            "9",
                            "trung tâm",
                            "Trung tâm thiết kế sáng tạo và quảng bá sản phẩm làng nghề ở Hà Nội "
                            "theo bản tin tháng 2/2025; báo cáo sau đó nêu 16 trung tâm cùng 5 "
                            "trung tâm dự kiến",
                            "2025-02-21",
                            HANOI_NEWS,
                        ),
                    ],
                    ["heading", "Giữ nghề cho tới năm 2030"],
                    [
                        "paragraph",
                        "Quy hoạch phát triển làng nghề 2025–2030, tầm nhìn đến năm 2050, đặt mục "
                        "tiêu khôi phục ít nhất năm nghề, làng nghề có nguy cơ mai một vào năm "
                        "2030. Truyền nghề, quảng bá và xây dựng thương hiệu nằm trong tám nhiệm "
                        "vụ ưu tiên của quy hoạch.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "chuyen-my",
                            "note": (
                                "Làng khảm trai ở vùng Phú Xuyên, đang được chuẩn bị hồ sơ đề cử."
                            ),
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "son-dong",
                            "note": (
                                "Làng chạm khắc gỗ và tượng sơn ở vùng Hoài Đức, cũng có tên "
                                "trong hồ sơ."
                            ),
                        },
                    ],
                ],
            },
            "en": {
                "title": "Chuyen My and Son Dong: two creative craft villages ready for the world",
                "intro": (
                    "After Bat Trang ceramics and Van Phuc silk, Hanoi is preparing a dossier for "
                    "two more villages: Chuyen My's mother-of-pearl inlay and Son Dong's carved "
                    "wooden statues."
                ),
                "search_description": (
                    "Chuyen My mother-of-pearl inlay, Son Dong wood carving and lacquered "
                    "statues: Hanoi prepares a dossier for the World Crafts Council's World "
                    "Creative Craft Cities Network."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of a plum blossom in shimmering mother-of-pearl inlay",
                "hero_caption": (
                    "Editorial illustration of mother-of-pearl inlay, not a photograph taken in "
                    "Chuyen My."
                ),
                "body": [
                    [
                        "paragraph",
                        "Chuyen My, in the Phu Xuyen area south of Hanoi, is a mother-of-pearl "
                        "inlay village. Son Dong, in the Hoai Duc area to the west, practises "
                        "wood carving and makes lacquered statues. Hanoi is preparing a dossier "
                        "for both to join the World Crafts Council's World Creative Craft Cities "
                        "Network.",
                    ],
                    [
                        "paragraph",
                        "Others have already taken that road: on 14 February 2025, Bat Trang and "
                        "Van Phuc were announced as members of the World Crafts Network. "
                        "Mother-of-pearl inlay is also one of the crafts that have been revived "
                        "in Hanoi.",
                    ],
                    [
                        "image",
                        {
                            "motif": "wood-carving",
                            "alt": "Illustration of a carved wooden panel",
                            "caption": (
                                "Illustration of a carved wooden panel, not a photograph taken in "
                                "Son Dong."
                            ),
                        },
                    ],
                    ["heading", "Creative design centres"],
                    [
                        "paragraph",
                        "To help villages refresh their designs, Hanoi is building creative "
                        "design and promotion centres. The sources give different counts: Hanoi "
                        "news (21 February 2025) counted nine, while a later report that year "
                        "said 16 had been set up in 2023–2024 and five more were expected in "
                        "2025, 21 in all.",
                    ],
                    [
                        "fact",
                        _fact(
                            "9",
                            "centres",
                            "Creative design and promotion centres for craft villages in Hanoi in "
                            "the February 2025 report; a later report gives 16, with 5 more "
                            "expected",
                            "2025-02-21",
                            HANOI_NEWS,
                        ),
                    ],
                    ["heading", "Keeping crafts alive to 2030"],
                    [
                        "paragraph",
                        "The craft-village development plan for 2025–2030, with a vision to 2050, "
                        "aims to revive at least five endangered crafts or craft villages by "
                        "2030. Passing on skills, promotion and branding are among the plan's "
                        "eight priority tasks.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "chuyen-my",
                            "note": (
                                "The mother-of-pearl inlay village in the Phu Xuyen area, subject "
                                "of the dossier in preparation."
                            ),
                        },
                    ],
                    [
                        "village_card",
                        {
                            "village": "son-dong",
                            "note": (
                                "The wood-carving and lacquered-statue village in the Hoai Duc "
                                "area, also in the dossier."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 7. Bat Trang: artisan portrait -----------------------------------------------
    {
        "slug": "hands-that-shape-bat-trang",
        "kind": "portrait",
        "date": "2025-12-29",
        "villages": ["bat-trang"],
        "related": ["bat-trang-seven-centuries-of-ceramics", "ocop-stars-explained"],
        "motif": "kiln",
        "text": {
            "vi": {
                "title": "Những bàn tay làm nên Bát Tràng",
                "intro": (
                    "Đằng sau mỗi món gốm Bát Tràng là hơn 200 nghệ nhân, thợ giỏi. Đây là chân "
                    "dung của cả một cộng đồng, chứ không riêng một người."
                ),
                "search_description": (
                    "Chân dung cộng đồng hơn 200 nghệ nhân, thợ giỏi của làng gốm Bát Tràng: "
                    "truyền nghề, trình diễn nghề tại triển lãm OCOP tháng 12/2025 và xưởng trải "
                    "nghiệm cho du khách."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ một lò nung gốm đỏ lửa",
                "hero_caption": (
                    "Tranh minh hoạ của ban biên tập, không phải ảnh chụp nghệ nhân có thật."
                ),
                "body": [
                    [
                        "paragraph",
                        "Bát Tràng có hơn 200 nghệ nhân và thợ giỏi. Chúng tôi không kể chuyện "
                        "một người cụ thể, mà kể về cả cộng đồng ấy: những người đã giữ cho nghề "
                        "gốm khoảng 700 năm tuổi vẫn sống giữa thời nay.",
                    ],
                    ["heading", "Nghề đi qua đôi tay"],
                    [
                        "paragraph",
                        "Từ khối đất trên bàn xoay đến món gốm ra lò là cả một chuỗi công đoạn mà "
                        "sách vở khó thay được đôi tay. Vì thế, truyền nghề cho lớp trẻ là một "
                        "trong tám nhiệm vụ ưu tiên của quy hoạch phát triển làng nghề Hà Nội "
                        "2025–2030.",
                    ],
                    [
                        "image",
                        {
                            "motif": "ceramics",
                            "alt": "Tranh minh hoạ những chiếc bình gốm men lam và bát gốm",
                            "caption": (
                                "Hình minh hoạ đồ gốm, không phải ảnh chụp sản phẩm của một nghệ "
                                "nhân cụ thể."
                            ),
                        },
                    ],
                    ["heading", "Trình diễn trước công chúng"],
                    [
                        "paragraph",
                        "Tại triển lãm OCOP Bát Tràng, từ ngày 19 đến 21/12/2025, người thợ không "
                        "chỉ bày sản phẩm mà còn trình diễn nghề ngay tại gian hàng. Với khách "
                        "tham quan, đó là dịp hiếm có để thấy tận mắt món gốm thành hình.",
                    ],
                    [
                        "fact",
                        _fact(
                            "80",
                            "gian hàng",
                            "Gian hàng tại triển lãm OCOP Bát Tràng, 19–21/12/2025, có trình diễn "
                            "nghề trực tiếp",
                            "2025-12-19",
                            HANOI_TIMES,
                        ),
                    ],
                    [
                        "paragraph",
                        "Ngoài dịp triển lãm, du khách có thể tự ngồi vào bàn xoay ở các xưởng "
                        "trải nghiệm của làng; một buổi nặn gốm thường kéo dài 30–60 phút (thông "
                        "tin thường được công bố, cần làng xác nhận). Người mua quốc tế hay hỏi "
                        "về câu chuyện thương hiệu, và ở Bát Tràng, câu chuyện ấy bắt đầu từ "
                        "chính những bàn tay này.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": "Làng gốm bên sông Hồng, nơi có hơn 200 nghệ nhân và thợ giỏi.",
                        },
                    ],
                ],
            },
            "en": {
                "title": "The hands that shape Bat Trang",
                "intro": (
                    "Behind every piece of Bat Trang pottery stand more than 200 skilled "
                    "craftspeople. This is a portrait of that whole community rather than of any "
                    "one person."
                ),
                "search_description": (
                    "A portrait of Bat Trang's 200-plus skilled craftspeople: passing on the "
                    "craft, live demonstrations at the December 2025 OCOP exhibition, and "
                    "hands-on workshops."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of a glowing pottery kiln",
                "hero_caption": "Editorial illustration, not a photograph of a real craftsperson.",
                "body": [
                    [
                        "paragraph",
                        "Bat Trang has more than 200 skilled craftspeople. Rather than tell one "
                        "person's story, we tell the story of that community: the people who have "
                        "kept a pottery craft some 700 years old alive in the present day.",
                    ],
                    ["heading", "A craft passed from hand to hand"],
                    [
                        "paragraph",
                        "Between a lump of clay on the wheel and a finished piece out of the kiln "
                        "lies a chain of steps that no manual can teach as well as a pair of "
                        "hands. That is why passing skills on to young people is one of the eight "
                        "priority tasks in Hanoi's craft-village development plan for 2025–2030.",
                    ],
                    [
                        "image",
                        {
                            "motif": "ceramics",
                            "alt": "Illustration of blue-and-white vases and bowls",
                            "caption": (
                                "Illustration of pottery, not a photograph of any particular "
                                "artisan's work."
                            ),
                        },
                    ],
                    ["heading", "Craft on show"],
                    [
                        "paragraph",
                        "At the Bat Trang OCOP exhibition, from 19 to 21 December 2025, "
                        "craftspeople did more than display their wares: they demonstrated their "
                        "craft live at the booths. For visitors it was a rare chance to watch a "
                        "piece take shape before their eyes.",
                    ],
                    [
                        "fact",
                        _fact(
                            "80",
                            "booths",
                            "Booths at the Bat Trang OCOP exhibition, 19–21 December 2025, with "
                            "live craft demonstrations",
                            "2025-12-19",
                            HANOI_TIMES,
                        ),
                    ],
                    [
                        "paragraph",
                        "Outside exhibition days, visitors can take a seat at the wheel in the "
                        "village's hands-on workshops; a session usually lasts 30–60 minutes "
                        "(commonly published, to be confirmed by the village). International "
                        "buyers often ask about brand storytelling, and in Bat Trang that story "
                        "starts with these hands.",
                    ],
                    [
                        "village_card",
                        {
                            "village": "bat-trang",
                            "note": (
                                "The pottery village on the Red River, home to more than 200 "
                                "skilled craftspeople."
                            ),
                        },
                    ],
                ],
            },
        },
    },
    # --- 8. OCOP stars: product -------------------------------------------------------
    {
        "slug": "ocop-stars-explained",
        "kind": "product",
        "date": "2026-01-15",
        "villages": ["bat-trang", "quang-an"],
        "related": ["bat-trang-seven-centuries-of-ceramics", "quang-an-lotus-tea"],
        "motif": "market",
        "text": {
            "vi": {
                "title": "Sao OCOP nói gì với người mua?",
                "intro": (
                    "Ba, bốn hay năm sao: hạng OCOP là một trong những thông tin đầu tiên người "
                    "mua nên xem. Đây là cách đọc những ngôi sao ấy, cùng các con số của Hà Nội."
                ),
                "search_description": (
                    "Hạng sao OCOP (Mỗi xã một sản phẩm) giải thích cho người mua: 3, 4 và 5 sao; "
                    "3.317 sản phẩm OCOP của Hà Nội (tháng 5/2025), ví dụ từ Bát Tràng và Quảng "
                    "An."
                ),
                "author": AUTHOR["vi"],
                "hero_alt": "Tranh minh hoạ các sạp hàng ở một phiên chợ gốm",
                "hero_caption": (
                    "Tranh minh hoạ của ban biên tập, không phải ảnh chụp một điểm bán có thật."
                ),
                "body": [
                    [
                        "paragraph",
                        "OCOP, viết tắt của “Mỗi xã một sản phẩm”, là chương trình đánh giá và "
                        "xếp hạng sản phẩm địa phương, được Hà Nội triển khai từ năm 2019. Sản "
                        "phẩm đạt chuẩn được xếp hạng 3, 4 hoặc 5 sao, trong đó 5 sao là hạng cao "
                        "nhất cấp quốc gia.",
                    ],
                    [
                        "quote",
                        {
                            "text": (
                                "Chương trình OCOP của Hà Nội đưa làng nghề truyền thống lên sân "
                                "khấu toàn cầu"
                            ),
                            "attribution": VNN,
                            "role": "Tiêu đề bài báo, 20/5/2025 (bản dịch của ban biên tập)",
                        },
                    ],
                    ["heading", "Các con số của Hà Nội"],
                    [
                        "fact",
                        _fact(
                            "3317",
                            "sản phẩm OCOP",
                            "Sản phẩm OCOP được chứng nhận ở Hà Nội: 6 sản phẩm 5 sao, 1.571 sản "
                            "phẩm 4 sao và 1.718 sản phẩm 3 sao",
                            "2025-05-20",
                            VNN,
                        ),
                    ],
                    [
                        "paragraph",
                        "Ngoài 6 sản phẩm 5 sao, còn 22 sản phẩm được đánh giá có tiềm năng đạt 5 "
                        "sao. Gần 800 sản phẩm đến từ các làng nghề. Mục tiêu 2.000 sản phẩm được "
                        "chứng nhận vào năm 2025 đã hoàn thành sớm một năm.",
                    ],
                    ["heading", "Đọc hạng sao qua hai làng nghề"],
                    [
                        "paragraph",
                        "Ở Bát Tràng, số sản phẩm OCOP tăng từ khoảng 50 vào tháng 5/2025 lên 70 "
                        "vào tháng 12/2025, trong đó có một số sản phẩm 5 sao; bốn bộ gốm 5 sao "
                        "của một doanh nghiệp đã xuất khẩu sang Anh, Pháp, Ý, Nhật Bản và Hàn "
                        "Quốc. Ở Quảng An, Hiệp hội Làng nghề Trà sen có hai sản phẩm 4 sao.",
                    ],
                    [
                        "image",
                        {
                            "motif": "ceramics",
                            "alt": "Tranh minh hoạ bình gốm men lam và bát gốm",
                            "caption": (
                                "Hình minh hoạ đồ gốm, không phải ảnh chụp sản phẩm OCOP cụ thể."
                            ),
                        },
                    ],
                    ["heading", "Mua sản phẩm OCOP ở đâu"],
                    [
                        "paragraph",
                        "Hà Nội có hơn 115 điểm trưng bày và bán sản phẩm OCOP tại các phường, "
                        "xã. Hàng OCOP cũng có mặt trong các chuỗi siêu thị như AEON, Lotte Mart, "
                        "trên sàn thương mại điện tử và tại các cửa hàng tiện lợi. Hạng sao cho "
                        "biết sản phẩm đã qua đánh giá; với đơn hàng xuất khẩu, người mua vẫn nên "
                        "hỏi thêm về chứng nhận và năng lực sản xuất.",
                    ],
                ],
            },
            "en": {
                "title": "What OCOP stars tell a buyer",
                "intro": (
                    "Three, four or five stars: the OCOP rating is one of the first things a "
                    "buyer should check. Here is how to read those stars, with Hanoi's figures."
                ),
                "search_description": (
                    "OCOP (One Commune, One Product) star ratings explained for buyers: 3, 4 and "
                    "5 stars; Hanoi's 3,317 OCOP products (May 2025), with Bat Trang and Quang An "
                    "examples."
                ),
                "author": AUTHOR["en"],
                "hero_alt": "Illustration of stalls at a pottery market",
                "hero_caption": "Editorial illustration, not a photograph of a real shop.",
                "body": [
                    [
                        "paragraph",
                        "OCOP, short for “One Commune, One Product”, is a programme that assesses "
                        "and rates local products; Hanoi has run it since 2019. Products that "
                        "qualify are rated 3, 4 or 5 stars, and 5 stars is the top level "
                        "nationally.",
                    ],
                    [
                        "quote",
                        {
                            "text": (
                                "Hanoi's OCOP programme elevates traditional craft villages to "
                                "global stage"
                            ),
                            "attribution": VNN,
                            "role": "Headline, 20 May 2025",
                        },
                    ],
                    ["heading", "Hanoi in figures"],
                    [
                        "fact",
                        _fact(
                            "3317",
                            "OCOP products",
                            "Certified OCOP products in Hanoi: 6 rated 5 stars, 1,571 rated 4 "
                            "stars and 1,718 rated 3 stars",
                            "2025-05-20",
                            VNN,
                        ),
                    ],
                    [
                        "paragraph",
                        "Besides the six 5-star products, 22 more have been assessed as having "
                        "the potential to reach 5 stars. Nearly 800 of the products come from "
                        "craft villages. The target of 2,000 certified products by 2025 was met a "
                        "year early.",
                    ],
                    ["heading", "Reading the stars in two villages"],
                    [
                        "paragraph",
                        "In Bat Trang, OCOP products rose from about 50 in May 2025 to 70 in "
                        "December 2025, several of them rated 5 stars; one company's four 5-star "
                        "ceramic sets are exported to the UK, France, Italy, Japan and South "
                        "Korea. In Quang An, the Lotus Tea Village Association has two 4-star "
                        "products.",
                    ],
                    [
                        "image",
                        {
                            "motif": "ceramics",
                            "alt": "Illustration of blue-and-white vases and glazed bowls",
                            "caption": (
                                "Illustration of ceramics, not a photograph of a specific OCOP "
                                "product."
                            ),
                        },
                    ],
                    ["heading", "Where to buy OCOP products"],
                    [
                        "paragraph",
                        "Hanoi has more than 115 points in its wards and communes that display "
                        "and sell OCOP products. OCOP goods are also stocked by supermarket "
                        "chains such as AEON and Lotte Mart, on e-commerce platforms and in "
                        "convenience stores. A star rating tells you a product has been assessed; "
                        "for export orders, buyers should still ask about certifications and "
                        "production capacity.",
                    ],
                ],
            },
        },
    },
]
