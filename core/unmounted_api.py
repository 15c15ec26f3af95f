"""Wagtail's v3 API (django-ninja) is left out unless "wagtail.api.v3" is installed.

Wagtail 8.0 registers its v3 API routers and content-type schemas in the ready() of wagtail.images, documents,
snippets, locales and contrib.redirects whether or not the API app is installed or its URLs mounted. This site
mounts no API, yet every process paid for it: django-ninja and about 90 modules of routers and pydantic schemas,
14 MiB of each gunicorn worker's memory. Wagtail itself treats the API as an app one installs (wagtail.users
checks `apps.is_installed("wagtail.api.v3")`), so when it is not installed, the modules those ready() methods import
are replaced by stand-ins whose registrations do nothing. Installing "wagtail.api.v3" (and mounting
`wagtail.api.v3.urls.api.urls`) brings the real ones back.
"""

import sys
import types

# The modules the apps' ready() methods import, and the names they take from them (Wagtail 8.0).
STAND_INS = {
    "wagtail.api.v3.api": ["api"],
    "wagtail.images.api.v3": ["register_content_types"],
    "wagtail.images.api.v3.registry": ["register_content_types"],
    "wagtail.images.api.v3.router": ["router"],
    "wagtail.documents.api.v3": ["register_content_types"],
    "wagtail.documents.api.v3.registry": ["register_content_types"],
    "wagtail.documents.api.v3.router": ["router"],
    "wagtail.snippets.api.v3": ["register_content_types"],
    "wagtail.snippets.api.v3.router": ["router"],
    "wagtail.locales.api.v3": ["router"],
    "wagtail.contrib.redirects.api.v3": ["router"],
}


class _Unmounted:
    """The API, a router or a registration function: accepts every call and keeps nothing."""

    def __call__(self, *args, **kwargs):
        return None

    def add_router(self, *args, **kwargs):
        return None


def leave_out_unmounted_api(app_registry):
    """Before Wagtail's apps are ready: stand-ins for the API modules, unless the API app is installed."""
    if app_registry.is_installed("wagtail.api.v3"):
        return
    for name, attributes in STAND_INS.items():
        if name in sys.modules:  # Imported already (by a test's own API setup, say): leave the real one.
            continue
        module = types.ModuleType(name, "Stand-in: Wagtail's v3 API is not installed (core/unmounted_api.py).")
        module.__path__ = []  # a package, so that its submodules' stand-ins import
        for attribute in attributes:
            setattr(module, attribute, _Unmounted())
        sys.modules[name] = module
