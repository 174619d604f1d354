from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from .ensure_local_admin import DEMO_DEVICE_NAME


class Command(BaseCommand):
    help = (
        "For local development only: print the current two-step login code of a demo login "
        "made by ensure_local_admin (never of an authenticator someone set up)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to show a login code when DEBUG is off.")
        user = get_user_model().objects.filter(username=username).first()
        device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME).first()
        if user is None or device is None:
            raise CommandError(f"{username!r} has no demo authenticator.")
        code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
        self.stdout.write(f"{code:0{device.digits}d}")
