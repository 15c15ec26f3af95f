from django.conf import settings
from django.urls import path, re_path

from ops import views
from ops.security_txt import security_txt

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$", views.serve_media, name="media"),
]
