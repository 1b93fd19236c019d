import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "timeline.settings")
application = get_wsgi_application()

# Secure by default: serving (gunicorn, or runserver without DEBUG) with the public development
# key would let anyone forge sessions and password-reset links.
if not settings.DEBUG and settings.SECRET_KEY in ("", settings.DEVELOPMENT_SECRET_KEY):
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment when DEBUG is off")
