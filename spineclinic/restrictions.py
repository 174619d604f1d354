"""A page's view restriction holds for its translations too.

wagtail-localize copies a restriction when a translation is created or synced; a restriction an
editor adds or changes later on a page that is already translated would otherwise leave the
other language's page open to everyone. Adding or changing a restriction on any language's
page gives every translation of that page the same restriction (type, password, groups), once
the change is committed (the groups are saved after the restriction itself). Removing one does
not open the other languages' pages: an editor lifts each, on purpose.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save
from wagtail.models import PageViewRestriction


def same(restriction, other):
    return (
        other.restriction_type == restriction.restriction_type
        and other.password == restriction.password
        and set(other.groups.values_list("pk", flat=True))
        == set(restriction.groups.values_list("pk", flat=True))
    )


def copy_to_translations(restriction_id):
    restriction = (
        PageViewRestriction.objects.filter(pk=restriction_id).select_related("page").first()
    )
    if restriction is None:
        return
    groups = list(restriction.groups.all())
    for translation in restriction.page.get_translations():
        own = PageViewRestriction.objects.filter(page=translation).first()
        if own is not None and same(restriction, own):
            continue
        own = own or PageViewRestriction(page=translation)
        own.restriction_type = restriction.restriction_type
        own.password = restriction.password
        own.save()
        own.groups.set(groups)


def restriction_saved(sender, instance, **kwargs):
    transaction.on_commit(partial(copy_to_translations, instance.pk))


def restriction_groups_changed(sender, instance, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"} and isinstance(
        instance, PageViewRestriction
    ):
        transaction.on_commit(partial(copy_to_translations, instance.pk))


def connect():
    post_save.connect(
        restriction_saved, sender=PageViewRestriction, dispatch_uid="restriction_to_translations"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="restriction_groups_to_translations",
    )
