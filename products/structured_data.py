"""JSON-LD for producers (``Organization``) and products (``Product`` with its OCOP
``Certification``s), in the page's language, from the page's own data only."""

from core.structured_data import CONTEXT, content_language

from .ocop import certificate_words

OCOP_BODIES = {
    # Who rates: a city's or province's council 3 and 4 stars, the central
    # council 5 stars (their official names, as on the decisions).
    "city": "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
    "national": "Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp trung ương",
}


def organization(producer, request=None):
    data = {
        "@type": "Organization",
        "name": producer.latin_name or producer.vietnamese_name,
        "alternateName": producer.vietnamese_name,
        "url": producer.get_full_url(request),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": producer.village.vietnamese_name,
            "addressRegion": producer.village.city,
            "addressCountry": "VN",
        },
    }
    if producer.languages:
        data["knowsLanguage"] = list(producer.languages)
    return data


def certification(certificate):
    data = {
        "@type": "Certification",
        "name": certificate_words(certificate),
        "certificationRating": {
            "@type": "Rating",
            "ratingValue": certificate.stars,
            "bestRating": 5,
            "worstRating": 3,
        },
        "issuedBy": {"@type": "Organization", "name": OCOP_BODIES[certificate.level]},
    }
    if certificate.decision_date:
        data["validFrom"] = certificate.decision_date.isoformat()
    if certificate.decision_number:
        data["certificationIdentification"] = certificate.decision_number
    if certificate.valid_until:
        data["expires"] = certificate.valid_until.isoformat()
    return data


def product(page, producer, request=None):
    data = {
        "@context": CONTEXT,
        "@type": "Product",
        "name": page.title,
        "url": page.get_full_url(request),
        "inLanguage": content_language(page),
        "material": page.material,
        "countryOfOrigin": {"@type": "Country", "name": "Viet Nam", "identifier": "VN"},
        "manufacturer": organization(producer, request),
    }
    if page.intro:
        data["description"] = page.intro
    certificates = list(page.certificates.all())
    if certificates:
        data["hasCertification"] = [certification(item) for item in certificates]
    return data


def producer_page(page, request=None):
    return {"@context": CONTEXT, **organization(page, request)}
