"""System checks of what the settings alone cannot show."""

from django.conf import settings
from django.core.checks import Tags, Warning, register
from django.db import DatabaseError

LOCAL_HOSTNAMES = {"localhost", "127.0.0.1", "::1", "[::1]"}


@register(Tags.database)
def default_site_gives_canonical_urls(app_configs=None, databases=None, **kwargs):
    """With the production settings, the default Site must be the public address: every
    canonical URL, sitemap entry, social tag and JSON-LD @id is built from it. Runs with
    `migrate` and `check --database default`."""
    if not getattr(settings, "CHECK_CANONICAL_SITE", False) or not databases:
        return []
    from wagtail.models import Site

    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:  # not migrated yet: `migrate` creates the site
        return []
    if site is None:
        return []
    problems = []
    if site.hostname.lower() in LOCAL_HOSTNAMES:
        problems.append(f"its hostname is {site.hostname!r}")
    if site.port == 80:
        problems.append("its port is 80 (the site is served over HTTPS, port 443)")
    if not problems:
        return []
    return [
        Warning(
            f"The default Wagtail site gives wrong canonical URLs: {' and '.join(problems)}.",
            hint="In the admin, Settings > Sites: set the default site's hostname to the "
            "public host name and its port to 443 (docs/deployment.md).",
            obj=site,
            id="spineclinic.W001",
        )
    ]
