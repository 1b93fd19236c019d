"""Error pages inside the site's layout for browsers; plain answers for the data twins.

A view answers a bad query string with `forms.invalid_parameters`, a plain-text 400 that
also carries `bad_parameters`; for a page load this middleware renders it as a page naming
each bad parameter, with a link to the same view without them. Data twins (`.json`, `.csv`)
and htmx swaps keep the plain text (site.js shows it beside the form).
"""

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.shortcuts import render
from django.template import loader

from timeline.views import current_query

DATA_SUFFIXES = (".json", ".csv")


def wants_plain(request):
    return request.path.endswith(DATA_SUFFIXES) or (request.htmx and not request.htmx.history_restore_request)


class ErrorPageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        bad = getattr(response, "bad_parameters", None)
        if bad is None or response.status_code != 400 or wants_plain(request):
            return response
        context = {
            "title": "Bad request",
            "description": "A parameter in the address could not be understood.",
            "bad": [(name, " ".join(errors)) for name, errors in bad.items()],
            "without_url": request.path + current_query(request, drop=list(bad)),
        }
        return render(request, "400.html", context, status=400)


def page_not_found(request, exception=None):
    if request.path.endswith(DATA_SUFFIXES):
        return HttpResponseNotFound(f"Not found: {request.path}\n", content_type="text/plain; charset=utf-8")
    context = {"title": "Not found", "description": "There is no page at this address.", "path": request.path}
    return render(request, "404.html", context, status=404)


def server_error(request):
    if request.path.endswith(DATA_SUFFIXES):
        return HttpResponseServerError("Server error\n", content_type="text/plain; charset=utf-8")
    context = {"title": "Server error", "description": "Something went wrong on our side."}
    try:
        # With the request (the layout reads it), but without anything a broken database
        # could break: the template only links to pages.
        return HttpResponseServerError(loader.render_to_string("500.html", context, request=request))
    except Exception:  # noqa: BLE001 - the error page itself must not fail
        return HttpResponseServerError("Server error\n", content_type="text/plain; charset=utf-8")
