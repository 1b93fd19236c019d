from django.conf import settings


class ContentSecurityPolicyMiddleware:
    """Send the project's Content-Security-Policy unless a view set its own (the embed
    view widens frame-ancestors so other sites can frame it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", "")
        if policy and "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = policy
        return response
