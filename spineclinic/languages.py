"""Which language a visitor asked for, and what to do when a page has no translation in it.

English pages live at /, Spanish ones at /es/ (i18n_patterns). A Spanish address never serves
an English page as if it were Spanish: an address under /es/ that finds no Spanish page, but
names an English one, is sent to that English page, so there is one address per page and
language (never a duplicate under /es/).
"""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect
from django.utils.translation import get_language_from_path
from wagtail.models import Site


def language_of_path(path):
    """The language an address asks for by its prefix (the default language without one)."""
    return get_language_from_path(path) or settings.LANGUAGE_CODE


def english_page_for(request):
    """The live, public page of another language at the address a prefixed URL asked for
    (/es/symptoms/back-pain/ names /symptoms/back-pain/), or None."""
    language = get_language_from_path(request.path_info)
    if not language or language == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    rest = request.path_info.removeprefix(f"/{language}/")
    components = [component for component in rest.split("/") if component]
    try:
        page, _args, _kwargs = site.root_page.specific.route(request, components)
    except Http404:
        return None
    if page.locale.language_code == language or page.get_view_restrictions():
        return None
    return page


def redirect_to_its_language(page, request):
    """A temporary redirect to the page at its own language's address (temporary: a
    translation may be published later at the asked-for address)."""
    return HttpResponseRedirect(page.get_url(request))


def serve_in_its_language(page, request, serve_args, serve_kwargs):
    """`before_serve_page`: a page of one language asked for at another language's address
    (as Wagtail does for /es/ before any Spanish home page exists) goes to its own address."""
    if language_of_path(request.path_info) != page.locale.language_code:
        return redirect_to_its_language(page, request)
    return None


# The notice of free language assistance (ACA Section 1557) in the ten most common languages of
# New York City after English, in the wording of the US Department of Health and Human
# Services' sample taglines: (language code, the language's own name, text direction, the
# tagline with "{phone}" where the practice's main number goes).
TAGLINES = [
    (
        "es",
        "Español",
        "ltr",
        "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia "
        "lingüística. Llame al {phone}.",
    ),
    (
        "zh-Hans",
        "简体中文",
        "ltr",
        "注意：如果您使用简体中文，您可以免费获得语言援助服务。请致电 {phone}。",
    ),
    (
        "zh-Hant",
        "繁體中文",
        "ltr",
        "注意：如果您使用繁體中文，您可以免費獲得語言援助服務。請致電 {phone}。",
    ),
    (
        "ru",
        "Русский",
        "ltr",
        "ВНИМАНИЕ: Если вы говорите на русском языке, то вам доступны бесплатные услуги "
        "перевода. Звоните {phone}.",
    ),
    (
        "bn",
        "বাংলা",
        "ltr",
        "লক্ষ্য করুনঃ যদি আপনি বাংলা, কথা বলতে পারেন, তাহলে নিঃখরচায় ভাষা সহায়তা পরিষেবা "
        "উপলব্ধ আছে। ফোন করুন {phone}।",
    ),
    (
        "ht",
        "Kreyòl Ayisyen",
        "ltr",
        "ATANSYON: Si w pale Kreyòl Ayisyen, gen sèvis èd pou lang ki disponib gratis pou ou. "
        "Rele {phone}.",
    ),
    (
        "ko",
        "한국어",
        "ltr",
        "주의: 한국어를 사용하시는 경우, 언어 지원 서비스를 무료로 이용하실 수 있습니다. "
        "{phone} 번으로 전화해 주십시오.",
    ),
    (
        "ar",
        "العربية",
        "rtl",
        "ملحوظة: إذا كنت تتحدث العربية، فإن خدمات المساعدة اللغوية تتوافر لك بالمجان. "
        "اتصل برقم {phone}.",
    ),
    (
        "ur",
        "اردو",
        "rtl",
        "خبردار: اگر آپ اردو بولتے ہیں، تو آپ کو زبان کی مدد کی خدمات مفت میں دستیاب ہیں۔ "
        "کال کریں {phone}۔",
    ),
    (
        "fr",
        "Français",
        "ltr",
        "ATTENTION : Si vous parlez français, des services d'aide linguistique vous sont "
        "proposés gratuitement. Appelez le {phone}.",
    ),
    (
        "pl",
        "Polski",
        "ltr",
        "UWAGA: Jeżeli mówisz po polsku, możesz skorzystać z bezpłatnej pomocy językowej. "
        "Zadzwoń pod numer {phone}.",
    ),
]


def taglines(phone):
    """The taglines with the practice's number in them."""
    return [
        {"lang": code, "name": name, "dir": direction, "text": text.format(phone=phone)}
        for code, name, direction, text in TAGLINES
    ]


def active_locale():
    """The Wagtail locale of the language being served (None if it has no locale)."""
    from wagtail.models import Locale

    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return None


def chosen_in_language(queryset, ids, locale=None):
    """{chosen id: page} for the chosen pages (by id) that `queryset` allows (live, public),
    each as its translation in the served language when that one is allowed too. One query."""
    from django.db.models import Q

    ids = [pk for pk in ids if pk]
    locale = locale or active_locale()
    keys = queryset.model.objects.filter(pk__in=ids).values("translation_key")
    condition = Q(pk__in=ids)
    if locale is not None:
        condition |= Q(locale=locale, translation_key__in=keys)
    rows = list(queryset.filter(condition))
    by_id = {page.pk: page for page in rows}
    by_key = {
        page.translation_key: page
        for page in rows
        if locale is not None and page.locale_id == locale.pk
    }
    found = {}
    for pk in ids:
        original = by_id.get(pk)
        if original is not None:
            found[pk] = by_key.get(original.translation_key, original)
        # A chosen page that is not allowed is left out, even if its translation is.
    return found
