from ops.views import healthz, readyz

_PROBES = {"/healthz": healthz, "/readyz": readyz}


class HealthCheckMiddleware:
    """Answers the probes before host validation, redirects, sessions and language: an orchestrator asks by IP
    address over plain HTTP, which ALLOWED_HOSTS and the HTTPS redirect would otherwise refuse."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = _PROBES.get(request.path_info)
        if probe is not None:
            return probe(request)
        return self.get_response(request)
