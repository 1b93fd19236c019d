from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("", include("timeline.public_urls")),
]

# Error pages in the site's layout (plain text for the data twins): timeline/errors.py.
handler404 = "timeline.errors.page_not_found"
handler500 = "timeline.errors.server_error"
