"""The README's first accounts, as a newcomer runs them: no terminal, no prompt."""

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    "sqlite" not in os.environ.get("DATABASE_URL", "sqlite"), reason="runs manage.py on a scratch SQLite file"
)


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_first_admin_and_a_curator_need_no_terminal(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'first.sqlite3'}"}
    env.pop("CURATOR_PASSWORD", None)
    assert manage("migrate", "--noinput", "-v0", env=env).returncode == 0
    admin = manage(
        "createsuperuser",
        "--noinput",
        "--username",
        "admin",
        "--email",
        "admin@example.org",
        env={**env, "DJANGO_SUPERUSER_PASSWORD": "a-long-admin-passphrase-42"},
    )
    assert admin.returncode == 0, admin.stderr
    by_option = manage("setup_curators", "--user", "ada", "--password", "a-long-test-passphrase-42", env=env)
    assert by_option.returncode == 0 and "Created curator 'ada'" in by_option.stdout, by_option.stderr
    by_env = manage("setup_curators", "--user", "bob", env={**env, "CURATOR_PASSWORD": "another-long-pass-43"})
    assert by_env.returncode == 0, by_env.stderr
    refused = manage("setup_curators", "--user", "cy", env=env)
    assert refused.returncode != 0 and "no password" in refused.stderr  # says why instead of waiting
