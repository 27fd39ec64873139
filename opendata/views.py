"""GeoJSON layers and the package download: public, read-only, the same for everyone.

Not Wagtail pages, so the anonymous page cache leaves them alone; their data
comes from ``core.cache.remember`` (opendata/services.py) instead.
"""

import json

from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .package import PACKAGE_NAME
from .services import geojson_data

GEOJSON_CONTENT_TYPE = "application/geo+json"


@require_safe
def geojson_layer(request, layer):
    data = geojson_data(layer, translation.get_language())
    if data is None:
        raise Http404(_("There is no map data here."))
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False).encode(), content_type=GEOJSON_CONTENT_TYPE
    )
    # Public, read-only data: any web page may load it (a map on another site).
    response["Access-Control-Allow-Origin"] = "*"
    response["Content-Language"] = data["inLanguage"]
    response["Cache-Control"] = "public, max-age=3600"
    return response


@require_safe
def package(request):
    try:
        upload = default_storage.open(PACKAGE_NAME)
    except (OSError, ValueError) as error:
        raise Http404(_("The open-data package has not been built yet.")) from error
    response = FileResponse(
        upload,
        as_attachment=True,
        filename=PACKAGE_NAME.rsplit("/", 1)[-1],
        content_type="application/zip",
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["Cache-Control"] = "public, max-age=3600"
    return response
