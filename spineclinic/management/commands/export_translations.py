from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Site

from conditions.models import Clinician
from spineclinic.content import translations


class Command(BaseCommand):
    help = (
        "Write or refresh the Spanish PO file of every English page and clinician in "
        "spineclinic/content/es/ (or --directory): each text of the English as it is now, with "
        "the Spanish the file already has. Give the files to a translator, then load them with "
        "`manage.py load_site_content --update`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=None)

    def handle(self, *args, directory, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site: run `manage.py load_site_content`.")
        home = site.root_page.specific
        english = Locale.get_default()
        untranslated = 0
        files = 0
        for clinician in Clinician.objects.filter(locale=english).order_by("pk"):
            path = translations.po_path(f"clinicians/{clinician.slug}", directory)
            untranslated += translations.export(clinician, path)
            files += 1
        for page in home.get_descendants(inclusive=True).filter(locale=english).specific():
            path = translations.po_path(translations.page_ref(page, home), directory)
            untranslated += translations.export(page, path)
            files += 1
        self.stdout.write(
            self.style.SUCCESS(f"{files} files written; {untranslated} texts still need Spanish.")
        )
