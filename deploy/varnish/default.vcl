vcl 4.1;
# The caching proxy in front of gunicorn (docker-compose.yml `proxy`; `make bench`).
#
# What it keeps: only responses the site marks `Cache-Control: public` (public pages for
# visitors without a session, search results, robots.txt, the sitemap) and static files.
# What it never keeps: anything else. The request forms and their confirmations, the SINS
# calculator's answers, the admin and everything for a logged-in editor or a patient with a
# session say no-store or private, or carry a cookie, or are passed straight through below.
#
# Purging: Wagtail's frontend cache (FRONTEND_CACHE_PURGE_URL) sends PURGE <page url> when a
# page is published, unpublished, moved or deleted, and PURGE <home url> when clinic
# settings, clinicians, images or restrictions change. A publish changes menus, cards and
# listings on other pages too, so any purge drops every stored page (a ban, whatever the host
# name the purge names: www. or not, the site's pages all change together).
#
# Compression: HTML, CSS, JavaScript, JSON, XML and SVG that may be shared leave gzipped
# (compress_text below).
#
# TLS ends in front of this proxy (load balancer or CDN), which sets X-Forwarded-Proto.

import std;

backend web {
    .host = "web";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 35s;
    .between_bytes_timeout = 10s;
    .probe = {
        .request = "GET /healthz HTTP/1.1" "Host: localhost" "Connection: close";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
    }
}

# Who may purge: this host and private networks (the web containers on the compose network).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/8;
    "172.16.0.0"/12;
    "192.168.0.0"/16;
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.status != 0");
        return (synth(200, "Purged"));
    }

    # Only the site's own visitors' scheme counts; http:// is redirected by Django.
    if (req.http.X-Forwarded-Proto != "https") {
        set req.http.X-Forwarded-Proto = "http";
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|documents)(/|$)" || req.url ~ "^/healthz") {
        return (pass);
    }
    # A session means an editor or a patient who has sent a form: their pages are their own.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }

    # Analytics parameters do not change a page: one copy for every campaign link.
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|gclid|gbraid|wbraid|fbclid|msclkid|mc_cid|mc_eid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "[?&]+$", "");
    set req.url = regsub(req.url, "\?&+", "?");
    set req.url = std.querysort(req.url);

    # Look up even with cookies (a CSRF cookie from a form page, analytics cookies): only
    # public responses are stored, and they are the same for every visitor. A miss sends the
    # cookies on, so a form page still gets the visitor's own token.
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    hash_data(req.http.host);
    hash_data(req.http.X-Forwarded-Proto);
    return (lookup);
}

sub vcl_backend_response {
    if (bereq.url ~ "^/static/" && beresp.status == 200) {
        # Hashed file names (WhiteNoise): they never change.
        set beresp.ttl = 1d;
        unset beresp.http.Set-Cookie;
        call compress_text;
        return (deliver);
    }

    # Store only what the site says anyone may share, without cookies.
    if (beresp.http.Cache-Control !~ "(^|,)\s*public" ||
        beresp.http.Cache-Control ~ "no-store|no-cache|private" ||
        beresp.http.Set-Cookie ||
        beresp.status != 200) {
        set beresp.uncacheable = true;
        set beresp.ttl = 30s;  # remember "do not store" (no request queueing)
        return (deliver);
    }

    # A public page is the same whatever the visitor's cookies or languages (the language is
    # in the path), so keep one copy rather than one per cookie value.
    if (beresp.http.Vary) {
        set beresp.http.Vary = regsuball(beresp.http.Vary, "(?i)(^|,)\s*(cookie|accept-language)\s*", "");
        set beresp.http.Vary = regsub(beresp.http.Vary, "^[,\s]+", "");
        if (beresp.http.Vary == "") {
            unset beresp.http.Vary;
        }
    }
    call compress_text;
    # s-maxage from Django decides the lifetime; serve a stale copy for a while if gunicorn is
    # down, so the phone numbers stay on screen.
    set beresp.grace = 6h;
    return (deliver);
}

# Text leaves the proxy gzipped for every client that accepts it: a phone on a slow line gets
# the condition page's 8.7 KB, not its 40 KB (docs/performance.md). Varnish keeps one gzipped
# copy and unzips it for a client that does not accept gzip. Only shared responses are
# compressed here: a page for one visitor (a form with its token and what the patient typed)
# leaves as the site sent it, so compression cannot leak a secret from it (BREACH).
sub compress_text {
    if (!beresp.http.Content-Encoding &&
        beresp.http.Content-Type ~ "^(text/(html|css|plain|xml|javascript)|application/(javascript|json|ld\+json|manifest\+json|xml|rss\+xml|atom\+xml)|image/svg\+xml)(;|$)") {
        set beresp.do_gzip = true;
    }
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Proxy-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Proxy-Cache = "hit";
    } else {
        set resp.http.X-Proxy-Cache = "miss";
    }
}
