"""Optional error reporting: nothing happens without SENTRY_DSN."""

import os


def init_sentry():
    dsn = os.environ.get("SENTRY_DSN", "")
    if not dsn:
        return False
    # Imported only with a DSN: sentry_sdk is about 70 modules (and anyio) that a worker without Sentry never uses.
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration()],
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE") or None,
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        # Visitors' addresses, cookies and form contents stay out of the reports.
        send_default_pii=False,
    )
    return True
