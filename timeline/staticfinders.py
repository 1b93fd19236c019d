"""Serve plotly.js from the installed `plotly` package as static/vendor/plotly.min.js.

The package ships the bundle in plotly/package_data beside 5 MB of other files; this finder
exposes just the one file, so collectstatic and whitenoise pick it up without a CDN or a copy
in the repository.
"""

from pathlib import Path

import plotly
from django.contrib.staticfiles.finders import BaseFinder
from django.core.files.storage import FileSystemStorage

PLOTLY_JS = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
STATIC_NAME = "vendor/plotly.min.js"


class PlotlyFinder(BaseFinder):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.storage = FileSystemStorage(location=str(PLOTLY_JS.parent))
        self.storage.prefix = "vendor"

    def check(self, **kwargs):
        return []

    def find(self, path, find_all=False, **kwargs):
        if path == STATIC_NAME and PLOTLY_JS.exists():
            return [str(PLOTLY_JS)] if find_all else str(PLOTLY_JS)
        return []

    def list(self, ignore_patterns):
        if PLOTLY_JS.exists():
            yield PLOTLY_JS.name, self.storage
