from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from spineclinic import security
from spineclinic import views as site_views

urlpatterns = [
    # Wagtail's own view, under its own name, which also lifts the account's login lockout.
    path(
        "admin/password_reset/confirm/<uidb64>/<token>/",
        security.PasswordResetConfirmView.as_view(),
        name="wagtailadmin_password_reset_confirm",
    ),
    # Wagtail's logout, except that a GET no longer claims a logout it did not do.
    path("admin/logout/", security.LogoutView.as_view(), name="wagtailadmin_logout"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", site_views.robots_txt, name="robots_txt"),
    path("favicon.ico", site_views.static_redirect("img/favicon.ico")),
    path("apple-touch-icon.png", site_views.static_redirect("img/apple-touch-icon.png")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# English pages live at /, Spanish ones at /es/.
urlpatterns += i18n_patterns(
    path("search/", site_views.search, name="search"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "spineclinic.views.bad_request"
handler404 = "spineclinic.views.page_not_found"
handler500 = "spineclinic.views.server_error"
