from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log


class Command(BaseCommand):
    help = (
        "Remove a user's authenticator app and recovery codes (after a lost phone). At their "
        "next admin login they set up a new one, and get new recovery codes."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user called {username!r}.")
        deleted, _ = TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        log(user, "spineclinic.reset_two_factor", data={"devices": deleted})
        self.stdout.write(
            self.style.SUCCESS(f"Removed {deleted} authenticator(s) for {username}.")
        )
