"""Application security shared by every environment: login lockout, rate limits, Content-Security-Policy and
Permissions-Policy. Transport security (HTTPS redirect, HSTS, secure cookies) is in production.py. SECURITY.md says
what each protects against."""

import datetime
import os

from csp.constants import NONE, SELF


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# The number of reverse proxies in front of the app that append to X-Forwarded-For (core/client_ip.py).
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))

# --- Login lockout (django-axes) ------------------------------------------------------------------------------------
# After LOGIN_FAILURE_LIMIT wrong passwords for one username, or from one IP address, every attempt is refused, the
# right password included, until an administrator unlocks it (Settings → Locked sign-ins, or
# `manage.py axes_reset_username <name>` / `axes_reset_ip <ip>`) or LOGIN_LOCKOUT_HOURS pass.
AXES_ENABLED = os.environ.get("LOGIN_LOCKOUT", "1").strip().lower() in {"1", "true", "yes", "on"}
AXES_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = datetime.timedelta(hours=float(os.environ.get("LOGIN_LOCKOUT_HOURS", "24")))
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.client_ip.client_ip"
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_VERBOSE = False

# --- Rate limits (core/ratelimit.py): {scope: (requests, seconds)} per client IP -------------------------------------
RATE_LIMITS = {
    "forms": (5, 600),  # contact and support forms: each post is stored and mailed
    "password": (10, 600),  # the password form of a private page
    "search": (60, 60),
    "search-api": (60, 60),
    "autocomplete": (120, 60),  # one request per keystroke, debounced
}

# --- Content-Security-Policy (django-csp; core/csp.py) -------------------------------------------------------------
# The public site runs no inline script or style, so the policy allows none. Embedded media (YouTube, Vimeo) may be
# framed; CSP_MEDIA_ORIGINS adds the origin of object storage when images are served from another host.
_media_origins = _env_list("CSP_MEDIA_ORIGINS")
_frame_origins = _env_list(
    "CSP_FRAME_ORIGINS", "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com"
)
_SITE_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [SELF, "data:", *_media_origins],
    "media-src": [SELF, *_media_origins],
    "font-src": [SELF],
    "connect-src": [SELF],
    "frame-src": [SELF, *_frame_origins],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [SELF],
}
CONTENT_SECURITY_POLICY = {"DIRECTIVES": _SITE_DIRECTIVES}
# The Wagtail admin still writes inline scripts and styles (date pickers, inline panels, wagtail-localize's editor:
# wagtail/wagtail#1288), so /admin/ gets these allowances and nothing else. Editors are signed in and trusted more.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_SITE_DIRECTIVES,
        "script-src": [SELF, "'unsafe-inline'"],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:", *_media_origins],
    }
}
ADMIN_URL_PREFIX = "/admin/"

# --- Permissions-Policy (django-permissions-policy) -----------------------------------------------------------------
# The site uses no device features; embedded players may go full screen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": [],
    "camera": [],
    "display-capture": [],
    "encrypted-media": [],
    "fullscreen": ["self", *_frame_origins],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": [],
    "publickey-credentials-get": [],
    "screen-wake-lock": [],
    "usb": [],
    "xr-spatial-tracking": [],
}
