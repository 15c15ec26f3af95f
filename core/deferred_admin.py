"""Admin views that Wagtail's hooks would import into every web worker, imported when the admin first uses them.

Wagtail imports every app's wagtail_hooks module the first time any hook is asked for, and every page it serves asks
(before_serve_page, rich text features). Three of those modules import admin-only views at their top, which bring
Wagtail's v2 API, Django REST framework, pydantic, and psycopg (through DRF's PostgreSQL fields) with them: about
20 MiB of each web worker that only ever serves visitors.

* wagtail-localize's view modules (its hooks use them only inside the hook functions): stand-ins whose first
  attribute read imports the real module, as the translation editor or the admin's URLs load.
* The admin API's image and document endpoints (wagtail.images' and wagtail.documents' hooks take the viewset class
  at import): stand-ins hold a placeholder class, and `register_deferred_endpoints` (a construct_admin_api hook that
  runs after theirs, core/wagtail_hooks.py) registers the real viewsets as the admin API's URLs are built.

Written against Wagtail 8.0.1 and wagtail-localize 1.14.5 (pinned): tests/ops/test_lean_worker.py fails on any other
version until this is checked again.
"""

import importlib
import sys
import types

# wagtail_localize/wagtail_hooks.py: `from .views import convert, edit_translation, report, snippets_api, ...`.
LAZY_MODULES = [
    f"wagtail_localize.views.{name}"
    for name in ("convert", "edit_translation", "report", "snippets_api", "submit_translations", "update_translations")
]
# The module, the viewset class its app's wagtail_hooks.py imports, and the admin API endpoint it registers it as.
DEFERRED_ENDPOINTS = {
    "wagtail.images.api.admin.views": ("ImagesAdminAPIViewSet", "images"),
    "wagtail.documents.api.admin.views": ("DocumentsAdminAPIViewSet", "documents"),
}


class _Placeholder:
    """Registered by the app's own construct_admin_api hook, then replaced by the real viewset (see the module)."""


class _DeferredModule(types.ModuleType):
    """Stands in for a module until an attribute it does not hold is read, then imports the real one and defers."""

    def __getattr__(self, attribute):
        if attribute.startswith("__"):  # the import system's questions (is it a package?) need no real module
            raise AttributeError(attribute)
        return getattr(self.real(), attribute)

    def real(self):
        """The real module. No lock of ours: the import system's own per-module lock lets one thread import it while
        the others wait for it (ours would deadlock against it when two deferred modules import each other)."""
        real = self.__dict__.get("_real")
        if real is None:
            if sys.modules.get(self.__name__) is self:
                sys.modules.pop(self.__name__, None)
            real = self.__dict__["_real"] = importlib.import_module(self.__name__)
        return real


def defer_admin_views():
    """Before Wagtail's hooks are first searched (core's AppConfig.ready): the stand-ins, where nothing imported the
    real module yet."""
    for name in LAZY_MODULES:
        if name not in sys.modules:
            sys.modules[name] = _DeferredModule(name, "Stand-in until first used (core/deferred_admin.py).")
    for name, (class_name, _endpoint) in DEFERRED_ENDPOINTS.items():
        if name not in sys.modules:
            module = _DeferredModule(name, "Stand-in until the admin API is built (core/deferred_admin.py).")
            setattr(module, class_name, _Placeholder)
            sys.modules[name] = module


def register_deferred_endpoints(router):
    """The real image and document viewsets in the admin API, in place of the placeholders."""
    for name, (class_name, endpoint) in DEFERRED_ENDPOINTS.items():
        module = sys.modules.get(name) or importlib.import_module(name)
        real = module.real() if isinstance(module, _DeferredModule) else module
        router.register_endpoint(endpoint, getattr(real, class_name))
