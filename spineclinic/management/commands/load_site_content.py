import logging

from django.core.management.base import BaseCommand, CommandError

from spineclinic.content.loader import ContentError, SiteContentLoader


class Command(BaseCommand):
    help = (
        "Build the site's pages, clinicians and clinic settings from the practice's content. "
        "Safe to run again: only what is missing is added."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--update",
            action="store_true",
            help="Also rewrite existing pages, clinicians and settings from the content file "
            "(editors' changes to them are replaced by a new published revision).",
        )

        parser.add_argument(
            "--english-only",
            action="store_true",
            help="Build only the English site, leaving out the Spanish translations (quicker, "
            "for a copy that does not need them).",
        )

    def handle(self, *args, update=False, english_only=False, **options):
        loader = SiteContentLoader(
            update=update, log=lambda line: self.stdout.write(line), spanish=not english_only
        )
        # Wagtail logs every page action; this command reports its own summary instead.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            counts = loader.run()
        except ContentError as error:
            raise CommandError(str(error)) from error
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(
            self.style.SUCCESS(
                "Site content: {created} pages created, {updated} updated, "
                "{unchanged} already present, {translated} translated into Spanish.".format(
                    **counts
                )
            )
        )
