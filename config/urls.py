"""Every URL: the admin, then what visitors reach (config/public_urls.py, which is all a visitor's request loads)."""

from django.urls import include, path
from wagtail.admin import urls as wagtailadmin_urls

from config.public_urls import handler500
from config.public_urls import urlpatterns as public_urlpatterns

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    *public_urlpatterns,
]

__all__ = ["handler500", "urlpatterns"]
