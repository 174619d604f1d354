import base64
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice

PASSWORD_FILE = Path(settings.BASE_DIR) / ".local-admin-password"
# Every admin login needs a second factor (spineclinic/two_factor.py). The demo logins come
# with an authenticator already set up, marked as a demo device, whose key is kept beside the
# password; `manage.py two_factor_code USERNAME` prints its current code.
DEMO_DEVICE_NAME = "Demo authenticator (development only)"

# One demo login per role: (username, group, what it is for).
DEMO_LOGINS = [
    ("editor", "Editors", "writes pages and submits them to Clinical sign-off"),
    ("reviewer", "Clinical reviewers", "signs off clinical pages"),
    ("intake", "Intake coordinators", "works through patient requests"),
]
REVIEWER_CLINICIAN = "damico"

TWO_FACTOR_HELP = (
    "Two-step login: every admin login, and above all staff who see patient requests "
    "(Intake coordinators, superusers), needs a code from an authenticator app (Google "
    "Authenticator, Microsoft Authenticator, 1Password...). Locally, at the code step, run "
    "`.venv/bin/python manage.py two_factor_code USERNAME` for the current code, or add the "
    "key printed above to the app on your phone."
)


def password_file(username):
    if username == "admin":
        return PASSWORD_FILE
    return Path(settings.BASE_DIR) / f".local-{username}-password"


def key_file(username):
    return Path(settings.BASE_DIR) / f".local-{username}-totp"


def local_password(username):
    """The login's random password, kept in a file ignored by git so that it stays the same."""
    path = password_file(username)
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(12)
    path.write_text(password + "\n")
    path.chmod(0o600)
    return password


class Command(BaseCommand):
    help = (
        "For local development only: make sure a superuser 'admin' and one demo login per role "
        "(editor, reviewer, intake) exist, and print how to log in. Their random passwords are "
        "kept in .local-<username>-password files (ignored by git)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")
        parser.add_argument("--url", default="http://127.0.0.1:8000/admin/")
        parser.add_argument(
            "--no-demo-logins", action="store_true", help="Only the admin, no role logins."
        )

    def handle(self, *args, username, url, no_demo_logins, **options):
        if not settings.DEBUG:
            raise CommandError("Refusing to create a local admin login when DEBUG is off.")
        user = self.ensure_user(username, local_password(username), superuser=True)
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {url}  username: {username}  password: {local_password(username)}  "
                f"({self.two_factor_note(user)})"
            )
        )
        if not no_demo_logins:
            self.demo_logins(url)
        self.stdout.write(TWO_FACTOR_HELP)

    def demo_logins(self, url):
        for demo, group_name, purpose in DEMO_LOGINS:
            group = Group.objects.filter(name=group_name).first()
            if group is None:
                continue
            user = self.ensure_user(demo, local_password(demo), superuser=False)
            user.groups.set([group])
            note = purpose
            if demo == "reviewer":
                note += self.link_clinician(user)
            note += f"; {self.two_factor_note(user)}"
            self.stdout.write(
                self.style.SUCCESS(
                    f"{group_name}: {url}  username: {demo}  password: {local_password(demo)}  "
                    f"({note})"
                )
            )

    def ensure_user(self, username, password, superuser):
        user, _ = get_user_model().objects.get_or_create(
            username=username, defaults={"email": f"{username}@localhost"}
        )
        user.is_staff = user.is_superuser = superuser
        user.is_active = True
        if not user.check_password(password):
            user.set_password(password)
        user.save()
        return user

    def two_factor_note(self, user):
        """Give the login a demo authenticator (unless it has set up its own) and say how to
        get its codes."""
        device = TOTPDevice.objects.filter(user=user, name=DEMO_DEVICE_NAME).first()
        if device is None:
            if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
                return "two-step login: the authenticator app you set up"
            device = TOTPDevice(user=user, name=DEMO_DEVICE_NAME, confirmed=True)
        path = key_file(device.user.get_username())
        if path.exists():
            device.key = path.read_text().strip()
        else:
            path.write_text(device.key + "\n")
            path.chmod(0o600)
        device.confirmed = True
        device.save()
        key = base64.b32encode(device.bin_key).decode()
        return (
            f"two-step login code: manage.py two_factor_code {user.get_username()}, or add "
            f"the key {key} to an authenticator app"
        )

    def link_clinician(self, user):
        from conditions.models import Clinician

        clinician = Clinician.objects.filter(slug=REVIEWER_CLINICIAN).order_by("pk").first()
        if clinician is None:
            return "; not linked to a clinician yet, so cannot sign off clinical pages"
        if clinician.user_id != user.pk:
            clinician.user = user
            clinician.save(update_fields=["user"])
        return f", as {clinician.display_name}"
