import gzip
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

# Run outside pytest (no PYTEST_VERSION): the settings a deployment gets, after collectstatic.
SERVE = """
import re, django
django.setup()
from django.conf import settings
from django.test import Client
print(settings.STORAGES["staticfiles"]["BACKEND"])
client = Client()
html = client.get("/flows/").content.decode()
url = re.search(r'src="(/static/vendor/plotly[^"]*)"', html).group(1)
print(url)
for encoding in ("br", "gzip"):
    response = client.get(url, headers={"Accept-Encoding": encoding})
    body = b"".join(response.streaming_content)
    print(response.status_code, response.headers.get("Content-Encoding"), len(body), response.headers["Cache-Control"])
"""


@pytest.fixture
def karpathy(make_move):
    make_move("Andrej Karpathy", to_org="OpenAI", kind="join", date="2015-12-11", status="confirmed")
    return make_move("Andrej Karpathy", "OpenAI", "Tesla", kind="move", date="2017-06")


@pytest.fixture(scope="module")
def deployed(tmp_path_factory):
    """collectstatic into a scratch STATIC_ROOT, then the lines SERVE prints."""
    root = tmp_path_factory.mktemp("static")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTEST_VERSION", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(
        STATIC_ROOT=str(root),
        DJANGO_SETTINGS_MODULE="timeline.settings",
        DATABASE_URL=f"sqlite:///{root / 'db.sqlite3'}",
        ALLOWED_HOSTS="testserver",
    )
    run = {"cwd": ROOT, "env": env, "capture_output": True, "text": True}
    for args in (["migrate", "--noinput"], ["collectstatic", "--noinput", "-v0"]):
        result = subprocess.run([sys.executable, "manage.py", *args], **run)
        assert result.returncode == 0, result.stdout + result.stderr
    result = subprocess.run([sys.executable, "-c", SERVE], **run)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout.splitlines()


def test_outside_tests_the_compressed_manifest_storage_is_on(deployed):
    assert deployed[0] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_plotly_is_served_hashed_compressed_and_immutable(deployed):
    url = deployed[1]
    assert len(url.rsplit(".", 2)[-2]) == 12  # vendor/plotly.min.<hash>.js
    for line, encoding in zip(deployed[2:], ("br", "gzip"), strict=True):
        status, served, size, cache = line.split(" ", 3)
        assert (status, served) == ("200", encoding)
        assert int(size) < 500_000  # 1.4 MB bundle: about 360 KB brotli, 450 KB gzip
        assert "immutable" in cache and "max-age=315360000" in cache


def test_the_plotly_bundle_registers_the_traces_the_charts_draw():
    bundle = (ROOT / "static" / "vendor" / "plotly.min.js").read_text()
    assert bundle.startswith("/*! plotly.js v4.1.1")
    for trace in ('name:"bar"', 'name:"scatter"', 'name:"sankey"'):
        assert trace in bundle
    assert len(bundle) < 1_600_000


def test_pages_and_data_twins_are_gzipped(client, karpathy):
    # (Django leaves responses under 200 bytes as they are.)
    for url in ("/", "/flows/", "/people/andrej-karpathy/timeline.json", "/people/andrej-karpathy/"):
        response = client.get(url, headers={"Accept-Encoding": "gzip, br"})
        assert response.headers.get("Content-Encoding") == "gzip", url
        assert gzip.decompress(response.content).strip(), url


def test_plotly_is_loaded_deferred_and_only_on_pages_with_a_chart(client, karpathy):
    script = '<script src="/static/vendor/plotly.min.js" defer></script>'
    for url in ("/people/andrej-karpathy/", "/organizations/openai/", "/flows/", "/embed/flows/"):
        assert script in client.get(url).content.decode(), url
    article = karpathy.evidence.get().article
    for url in ("/", "/moves/", "/search/?q=kar", article.get_absolute_url()):
        response = client.get(url)
        assert "plotly" not in response.content.decode(), url
