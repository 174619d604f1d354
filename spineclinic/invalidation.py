"""What makes cached pages stale, and telling every cache about it.

Django's page cache (spineclinic.cache) is made stale as a whole on any content change. The
proxy or CDN in front (wagtail.contrib.frontend_cache, configured from the environment) is
purged too: Wagtail itself purges a page's URLs when it is published or unpublished; this
module adds moves, deletions and the site-wide changes (clinic settings, clinicians, images,
view restrictions, promoted results), which purge each site's home page. The shipped Varnish
treats any purge as "this site changed" and drops all of its pages (deploy/varnish/default.vcl);
a CDN drops the purged URLs and refreshes the rest within s-maxage (docs/deployment.md).
"""

import logging

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

from . import cache

logger = logging.getLogger(__name__)


def _site_wide_models():
    from wagtail.contrib.search_promotions.models import SearchPromotion

    from conditions.models import Clinician

    return (
        BaseSiteSetting,
        BaseGenericSetting,
        Clinician,
        AbstractImage,
        Site,
        Locale,
        PageViewRestriction,
        SearchPromotion,
    )


def frontend_cache_configured():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_urls(urls):
    """Purge these URLs from the proxy or CDN once the change is committed."""
    urls = [url for url in urls if url]
    if not urls or not frontend_cache_configured():
        return

    def purge():
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        try:
            purge_urls_from_cache(urls)
        except Exception:  # a proxy being down must never stop an editor saving
            logger.exception("Could not purge the frontend cache.")

    transaction.on_commit(purge)


def site_root_urls():
    return [site.root_url + "/" for site in Site.objects.all()]


def content_saved(sender, instance, **kwargs):
    if isinstance(instance, Page):
        cache.invalidate()
    elif isinstance(instance, _site_wide_models()):
        cache.invalidate()
        purge_urls(site_root_urls())


def page_about_to_be_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) and instance.live:
        try:
            instance._url_before_delete = instance.get_full_url()
        except Exception:
            instance._url_before_delete = None


def content_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        cache.invalidate()
        purge_urls([getattr(instance, "_url_before_delete", None)])
    elif isinstance(instance, _site_wide_models()):
        cache.invalidate()
        purge_urls(site_root_urls())


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    cache.invalidate()
    urls = []
    for site in Site.objects.all():
        root = site.root_page.url_path
        for url_path in (url_path_before, url_path_after):
            if url_path.startswith(root):
                urls.append(site.root_url + "/" + url_path[len(root) :])
    purge_urls(urls)


def connect():
    """Called from the app's ready(): one receiver for every model, filtered by type."""
    post_save.connect(content_saved, dispatch_uid="spineclinic-cache-saved")
    pre_delete.connect(page_about_to_be_deleted, dispatch_uid="spineclinic-cache-pre-delete")
    post_delete.connect(content_deleted, dispatch_uid="spineclinic-cache-deleted")
    post_page_move.connect(page_moved, dispatch_uid="spineclinic-cache-moved")
