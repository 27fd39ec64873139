vcl 4.1;
# The shared cache in front of the app servers (docs/deployment.md).
#
# What it trusts: the app's own Cache-Control (s-maxage, public, private,
# no-store) and Vary. What it never trusts: the client's Host and
# X-Forwarded-Host, and a cached page for a request that carries a session.
# For another deployment, change the backends and PUBLIC_HOST below (the host
# and port of PUBLIC_URL); `make cluster` uses this file as it is.

import directors;
import std;

probe healthz {
    # /healthz answers 200 while the database works (also "degraded" when only
    # the cache is down) and 503 when it does not: a server that cannot read
    # its database leaves the rotation within about a second.
    .request =
        "GET /healthz HTTP/1.1"
        "Host: 127.0.0.1"
        "Connection: close"
        "User-Agent: varnish-probe";
    .interval = 0.5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

backend app_a {
    .host = "127.0.0.1";
    .port = "8101";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

backend app_b {
    .host = "127.0.0.1";
    .port = "8102";
    .probe = healthz;
    .connect_timeout = 1s;
    .first_byte_timeout = 30s;
}

# Only this machine may purge: the app servers' frontend_cache backend.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app_a);
    apps.add_backend(app_b);
}

sub vcl_recv {
    set req.backend_hint = apps.backend();

    # One host for every request: a forged Host or X-Forwarded-Host can
    # neither pick another cache entry nor reach the app's absolute URLs.
    set req.http.Host = "127.0.0.1:8080";
    unset req.http.X-Forwarded-Host;
    unset req.http.Forwarded;
    # The app may trust these only from us (gunicorn's forwarded_allow_ips).
    unset req.http.X-Forwarded-Proto;
    unset req.http.X-Forwarded-Port;

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        # Every stored copy of the path, whatever its query string or Vary
        # variant (language, encoding): a plain string comparison, so no
        # character in a URL can widen the ban. (No quotes: ban() keeps them
        # as part of the value; a URL holds no white space to split on.)
        ban("obj.http.x-host == " + req.http.Host + " && obj.http.x-path == " +
            regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        # Forms, sign-in, the admin: straight to the app, cookies and all.
        return (pass);
    }

    # Campaign and click tags change nothing the app shows; the rest of the
    # query string goes to the app in a fixed order, which decides what is
    # canonical (it stores only canonical URLs in its own cache).
    set req.url = regsuball(req.url, "(?i)([?&])(utm_[a-z]+|fbclid|gclid|msclkid|mc_eid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "&&+", "&");
    set req.url = regsub(req.url, "\?&", "?");
    set req.url = regsub(req.url, "[?&]$", "");
    set req.url = std.querysort(req.url);

    # A signed-in person (session) never gets a shared copy, and the root
    # redirect follows each visitor's own language cookie and Accept-Language.
    if (req.http.Cookie ~ "(^|;\s*)(__Host-)?sessionid=" || req.url ~ "^/admin(/|$)" ||
        req.url ~ "^/(\?|$)") {
        return (pass);
    }
    # Any other cookie (CSRF token, language choice, analytics) changes no
    # cacheable page: pages that use one are sent `private` by the app.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.Host);
    return (lookup);
}

sub vcl_backend_response {
    # What a PURGE matches on (kept off the visitor's answer in vcl_deliver).
    set beresp.http.x-host = bereq.http.Host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");

    # A server that failed an idempotent request: try the next one.
    if (beresp.status >= 500 && bereq.retries < 2 &&
        (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }

    # Shared copies only of what the app marks for shared caches: s-maxage
    # or public. A bare max-age is for the browser alone.
    if (beresp.http.Cache-Control !~ "(?i)(s-maxage|public)" ||
        beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)" ||
        beresp.http.Set-Cookie || beresp.http.Vary ~ "\*") {
        set beresp.uncacheable = true;
        set beresp.ttl = 5s;
        return (deliver);
    }
    return (deliver);
}

sub vcl_backend_error {
    # Connection refused or reset (a server stopping): the next one answers.
    if (bereq.retries < 2 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.x-host;
    unset resp.http.x-path;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
