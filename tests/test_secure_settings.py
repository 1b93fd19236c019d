"""Secure by default: the production server refuses to start with the public development key.

Real processes: the WSGI module as any server imports it, and gunicorn started with the
project's gunicorn.conf.py (what `make serve` runs).
"""

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from tests.conftest import ROOT

GUNICORN = ROOT / ".venv" / "bin" / "gunicorn"


def clean_env(**env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "PYTEST_VERSION"}
    }
    return {**base, **env}


def load_wsgi(**env):
    return subprocess.run(
        [sys.executable, "-c", "import timeline.wsgi"],
        cwd=ROOT,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_serving_without_debug_or_a_secret_key_is_refused():
    result = load_wsgi(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in the environment when DEBUG is off" in result.stderr


def test_serving_with_the_public_development_key_is_refused():
    result = load_wsgi(SECRET_KEY="django-insecure-local-development-key-change-me")
    assert result.returncode != 0 and "SECRET_KEY must be set" in result.stderr


@pytest.mark.parametrize("env", [{"SECRET_KEY": "x" * 50}, {"DEBUG": "1"}], ids=["a key", "debug"])
def test_serving_with_a_key_or_in_debug_starts(env):
    result = load_wsgi(**env)
    assert result.returncode == 0, result.stderr


def test_commands_still_run_without_a_key():
    """migrate and ingest run before a deployment has its key, and in `make run`."""
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=clean_env(), capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def gunicorn(tmp_path, **env):
    port = free_port()
    process = subprocess.Popen(
        [str(GUNICORN), "--config", "gunicorn.conf.py", "--workers", "1", "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=clean_env(DATABASE_URL=f"sqlite:///{tmp_path / 'serve.sqlite3'}", ACCESS_LOG="", **env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return process, port


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed (requirements.txt)")
def test_gunicorn_refuses_to_start_without_a_secret_key(tmp_path):
    process, _ = gunicorn(tmp_path)
    try:
        code = process.wait(timeout=90)
    finally:
        if process.poll() is None:
            process.kill()
    _, err = process.communicate()
    assert code != 0
    assert "SECRET_KEY must be set" in err


@pytest.mark.skipif(not GUNICORN.exists(), reason="gunicorn is not installed (requirements.txt)")
def test_gunicorn_serves_pages_with_a_secret_key(tmp_path):
    database = f"sqlite:///{tmp_path / 'serve.sqlite3'}"
    migrate = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "-v0"],
        cwd=ROOT,
        env=clean_env(DATABASE_URL=database),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert migrate.returncode == 0, migrate.stderr
    process, port = gunicorn(tmp_path, SECRET_KEY=secrets.token_urlsafe(50), STATIC_NO_MANIFEST="1")
    try:
        deadline, status = time.time() + 90, None
        while time.time() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as response:
                    status, headers = response.status, response.headers
                    break
            except OSError:
                time.sleep(0.3)
        assert status == 200, process.stderr.read() if process.poll() is not None else "no answer"
        assert headers["X-Content-Type-Options"] == "nosniff"
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/no-such-page/", timeout=10)
        body = missing.value.read().decode()
        assert missing.value.code == 404 and "URLconf" not in body  # DEBUG is off: no debug page
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_sqlite_transactions_begin_immediate_with_a_busy_timeout():
    """Two ingests at once: the second waits for the write lock instead of failing."""
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    options = connection.settings_dict["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "busy_timeout=30000" in options["init_command"]
