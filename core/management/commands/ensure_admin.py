"""manage.py ensure_admin: make sure a superuser exists, without ever touching an existing one."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create a superuser if there is none: ADMIN_USERNAME, ADMIN_PASSWORD and ADMIN_EMAIL from the "
        "environment, else 'admin' with a random password printed once. Does nothing if a superuser exists."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An admin account already exists; nothing changed.")
            return
        username = os.environ.get("ADMIN_USERNAME", "").strip() or "admin"
        email = os.environ.get("ADMIN_EMAIL", "").strip()
        password = os.environ.get("ADMIN_PASSWORD", "")
        if User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
            raise CommandError(
                f"A user called {username!r} exists but is not a superuser. Set ADMIN_USERNAME to another name, "
                "or give that user superuser rights with `manage.py shell`."
            )
        generated = not password
        if generated:
            password = secrets.token_urlsafe(15)
        User.objects.create_superuser(**{User.USERNAME_FIELD: username}, email=email, password=password)
        if generated:
            self.stdout.write(f"Admin account created: {username} / {password} — shown once")
        else:
            self.stdout.write(f"Admin account created: {username} (password from ADMIN_PASSWORD)")
