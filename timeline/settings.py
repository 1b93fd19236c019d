"""Settings, read from the environment (one file for every deployment).

DATABASE_URL  default: SQLite file db.sqlite3 in the project; postgres://... for PostgreSQL
SECRET_KEY    required when DEBUG is off
DEBUG         "1"/"true" to turn on (default off)
ALLOWED_HOSTS comma-separated (default: localhost names)
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG")
# Public, so never good enough to serve with: timeline/wsgi.py (gunicorn, runserver) refuses to
# start with it while DEBUG is off. Commands (migrate, ingest) and tests may run with it.
DEVELOPMENT_SECRET_KEY = "django-insecure-local-development-key-change-me"
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG and os.environ.get("DJANGO_REQUIRE_SECRET_KEY"):
        raise RuntimeError("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = DEVELOPMENT_SECRET_KEY

ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.syndication",
    "django_htmx",
    "template_partials",
    "simple_history",
    "timeline",
    "ingest",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # After whitenoise, which answers static requests itself with precompressed files:
    # this compresses pages, feeds and data twins (Django pads it against BREACH).
    "django.middleware.gzip.GZipMiddleware",
    "timeline.middleware.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # A bad parameter on a page load: a 400 page in the site's layout (after HtmxMiddleware).
    "timeline.errors.ErrorPageMiddleware",
]

ROOT_URLCONF = "timeline.urls"
WSGI_APPLICATION = "timeline.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
    )
}
if "postgresql" in DATABASES["default"]["ENGINE"]:
    # Full-text search and trigram lookups (timeline/search.py).
    INSTALLED_APPS.append("django.contrib.postgres")
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets pages read while an ingest writes; NORMAL syncs at checkpoints, not every commit.
    # BEGIN IMMEDIATE takes the write lock when a transaction starts, waiting for it up to the
    # busy timeout; a deferred BEGIN that reads and then writes fails at once with "database is
    # locked" when another process wrote in between (two ingests at once).
    options = DATABASES["default"].setdefault("OPTIONS", {})
    options["transaction_mode"] = "IMMEDIATE"
    options["init_command"] = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or BASE_DIR / "staticfiles")
# static/vendor/plotly.min.js is a plotly.js bundle with the traces the charts use (tools/plotly-bundle).
STATICFILES_DIRS = [BASE_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
# pytest sets PYTEST_VERSION. Tests render pages without running collectstatic, so they use
# plain names served from the finders; everywhere else `collectstatic` (which `make run` runs)
# writes hashed, gzip- and brotli-compressed copies, and whitenoise serves those hashed names
# with `Cache-Control: max-age=315360000, public, immutable`.
TESTING = "PYTEST_VERSION" in os.environ
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if TESTING or env_bool("STATIC_NO_MANIFEST")
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Only the hashed copies are kept (and compressed): every page names static files through
# {% static %}, and compressing plotly.js twice doubles the time collectstatic takes.
WHITENOISE_KEEP_ONLY_HASHED_FILES = True
# The finders serve unhashed files straight from the source folders: for DEBUG (runserver picks
# up edits) and tests only; a deployment serves what collectstatic wrote.
WHITENOISE_USE_FINDERS = DEBUG or TESTING
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "admin:login"

# Security headers. HTTPS-only settings are on unless DEBUG. SECURE_SSL_REDIRECT is set by
# the deployment (SECURE_SSL_REDIRECT=1), not defaulted, so that local runs and the test client
# work over plain HTTP; with it, `check --deploy` passes (tests/test_settings.py).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_PROXY") else None
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", not DEBUG)
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

# htmx evaluates hx-on with new Function; the CSP forbids eval, so the page turns that off.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
