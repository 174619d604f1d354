"""What makes cached pages stale, and telling every cache about it.

Django's page cache (spineclinic.cache) is made stale as a whole on any change a visitor could
see. What counts is read from Wagtail's own registries each time a row is saved or deleted,
never from a list kept by hand: every page, every registered snippet and setting, the image
and document models, redirects, view restrictions, sites, locales and promoted search results
(`site_wide_models`). A snippet or setting registered after start-up counts from then on; that
is also why the registries are read late: the project's app is ready before
`wagtail.snippets`, which registers snippets in its own `ready()`.

Saving a draft (a page's or a draftable snippet's new revision, a lock, a never-published
draft) changes nothing a visitor sees and keeps the cache; publishing, unpublishing, moving,
deleting and every save of a model without drafts clear it.

The proxy or CDN in front (wagtail.contrib.frontend_cache, configured from the environment) is
purged too: Wagtail itself purges a page's URLs when it is published or unpublished; this
module adds moves, deletions and the site-wide changes, which purge each site's home page. The
shipped Varnish treats any purge as "this site changed" and drops all of its pages
(deploy/varnish/default.vcl); a CDN drops the purged URLs and refreshes the rest within
s-maxage (docs/deployment.md).
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    COMMENTS_RELATION_NAME,
    CollectionViewRestriction,
    DraftStateMixin,
    Locale,
    Page,
    PageViewRestriction,
    Site,
)
from wagtail.signals import page_unpublished, post_page_move, unpublished
from wagtail.snippets.models import get_snippet_models

from . import cache

logger = logging.getLogger(__name__)

# What saving a draft revision or taking a lock writes on the live row: only editors see it.
DRAFT_ONLY_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)


def site_wide_models():
    """Every model besides pages whose rows public pages show or depend on, as Wagtail's
    registries list them now."""
    models = [
        *get_snippet_models(),
        get_image_model(),
        get_document_model(),
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        Locale,
    ]
    if apps.is_installed("wagtail.contrib.settings"):
        from wagtail.contrib.settings.registry import registry

        models.extend(registry)
    if apps.is_installed("wagtail.contrib.redirects"):
        from wagtail.contrib.redirects.models import Redirect

        models.append(Redirect)
    if apps.is_installed("wagtail.contrib.search_promotions"):
        from wagtail.contrib.search_promotions.models import SearchPromotion

        models.append(SearchPromotion)
    return tuple(models)


def visible_change(instance, update_fields):
    """False when a save only touches what editors see: a draft revision, a lock, or a draft
    that has never been published."""
    if update_fields is not None and set(update_fields) <= DRAFT_ONLY_FIELDS:
        return False
    return not (
        isinstance(instance, DraftStateMixin)
        and not instance.live
        and instance.first_published_at is None
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


def content_saved(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page):
        if visible_change(instance, update_fields):
            cache.invalidate()
    elif isinstance(instance, site_wide_models()) and visible_change(instance, update_fields):
        cache.invalidate()
        purge_urls(site_root_urls())


def content_unpublished(sender, instance, **kwargs):
    """Wagtail's unpublish (the editor's button, expiry, scripts): also for a page that went
    live without being published through Wagtail (the content loader, factories), whose save
    alone looks like a draft's."""
    cache.invalidate()
    if not isinstance(instance, Page):
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
    elif isinstance(instance, site_wide_models()):
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
    """Called from the app's ready(): one receiver for every model, filtered by type when a
    row changes (so snippets registered later are seen)."""
    post_save.connect(content_saved, dispatch_uid="spineclinic-cache-saved")
    pre_delete.connect(page_about_to_be_deleted, dispatch_uid="spineclinic-cache-pre-delete")
    post_delete.connect(content_deleted, dispatch_uid="spineclinic-cache-deleted")
    post_page_move.connect(page_moved, dispatch_uid="spineclinic-cache-moved")
    page_unpublished.connect(content_unpublished, dispatch_uid="spineclinic-cache-unpublished")
    unpublished.connect(content_unpublished, dispatch_uid="spineclinic-cache-unpublished-object")
