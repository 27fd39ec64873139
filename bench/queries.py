"""SQL queries and HTML bytes of each page, counted in-process (run by bench/run.py).

``python -m bench.queries PAGES LANGUAGES`` (JSON arguments) prints a JSON list.
"queries" is a page rendered without the page cache, with the small data
caches warm (the steady state of a live site); "cold" is the same request
after the whole cache was cleared (the first visitor after a publish).
"""

import json
import sys

import django


def main():
    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    pages, languages = json.loads(sys.argv[1]), json.loads(sys.argv[2])
    client = Client(HTTP_HOST="127.0.0.1")
    rows = []
    for name, template in pages.items():
        for lang in languages:
            path = template.format(lang=lang)
            cache.clear()
            # The log keeps 9,000 queries; a full log would count nothing.
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as cold:
                client.get(path)
            client.get(path)
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as warm:
                response = client.get(path)
            if response.status_code != 200:
                sys.exit(f"{path} answered {response.status_code}")
            rows.append(
                {
                    "page": name,
                    "lang": lang,
                    "path": path,
                    "queries": len(warm.captured_queries),
                    "cold": len(cold.captured_queries),
                    "bytes": len(response.content),
                }
            )
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
