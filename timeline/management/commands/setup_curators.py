import getpass
import os

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

GROUP = "curators"

# model name -> actions. Moves are reviewed and corrected but not created or deleted (a
# deleted move would come back on re-ingest; rejecting is how a curator removes one).
# People and organisations can be added so that a move can be pointed at one the extractor
# missed. The history models make the per-object history readable. Nothing from auth.
PERMISSIONS = {
    "move": ["view", "change"],
    "evidence": ["view"],
    "person": ["view", "add", "change"],
    "personalias": ["view", "add", "change", "delete"],
    "organization": ["view", "add", "change"],
    "organizationalias": ["view", "add", "change", "delete"],
    "article": ["view", "add", "change"],  # "Add article" runs the same ingest as the command
    "role": ["view", "add", "change", "delete"],
    "historicalmove": ["view"],
    "historicalperson": ["view"],
    "historicalorganization": ["view"],
    "historicalarticle": ["view"],
    "historicalrole": ["view"],
}


def curator_permissions():
    create_permissions(apps.get_app_config("timeline"), verbosity=0)  # before the first migrate's signal
    wanted = {f"{action}_{model}" for model, actions in PERMISSIONS.items() for action in actions}
    perms = list(Permission.objects.filter(content_type__app_label="timeline", codename__in=wanted))
    missing = wanted - {p.codename for p in perms}
    if missing:
        raise CommandError(f"permissions not found (run migrate first?): {', '.join(sorted(missing))}")
    return perms


class Command(BaseCommand):
    help = (
        "Create or update the 'curators' group (review moves, edit people, organisations, aliases, "
        "articles and roles, read history; no access to users). With --user, also create or update "
        "a staff user in that group."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", metavar="NAME", help="Create or update this staff user in the group.")
        parser.add_argument(
            "--password",
            help="Password for --user (else the CURATOR_PASSWORD environment variable, else a prompt). "
            "An existing user keeps their password when none is given.",
        )

    @transaction.atomic
    def handle(self, *args, user=None, password=None, verbosity=1, **options):
        group, created = Group.objects.get_or_create(name=GROUP)
        perms = curator_permissions()
        group.permissions.set(perms)
        if verbosity >= 1:
            verb = "created" if created else "up to date"
            self.stdout.write(f"Group '{GROUP}' {verb} ({len(perms)} permissions).")
        if user:
            self.setup_user(user, password, group, verbosity)

    def setup_user(self, username, password, group, verbosity):
        User = get_user_model()
        account = User.objects.filter(username=username).first()
        password = password or os.environ.get("CURATOR_PASSWORD") or None
        if password is None and account is None:
            password = self.prompt_password(username)
        new = account is None
        if new:
            account = User(username=username)
        if password is not None:
            try:
                validate_password(password, account)
            except ValidationError as exc:
                raise CommandError("password rejected: " + " ".join(exc.messages)) from None
            account.set_password(password)
        account.is_staff = True
        account.is_active = True
        account.save()
        account.groups.add(group)
        if verbosity >= 1:
            self.stdout.write(f"{'Created' if new else 'Updated'} curator '{username}' (staff, group '{GROUP}').")

    def prompt_password(self, username):
        if not os.isatty(0):
            raise CommandError("no password: pass --password, set CURATOR_PASSWORD, or run in a terminal")
        first = getpass.getpass(f"Password for {username}: ")
        if first != getpass.getpass("Password (again): "):
            raise CommandError("passwords did not match")
        if not first:
            raise CommandError("empty password")
        return first
