# Production image: gunicorn (gunicorn.conf.py) behind a proxy, static files by whitenoise, media streamed from the
# bucket or the media volume, run as a non-root user that cannot change the code.
# Debian 13 (trixie) for PostgreSQL 17's client programs, which `manage.py backup` needs to match compose's server.
FROM python:3.11-slim-trixie

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    STATIC_ROOT=/app/build/static \
    MEDIA_ROOT=/app/media \
    BACKUP_DIR=/app/backups \
    XDG_CACHE_HOME=/tmp/cache \
    PORT=8000

# Pango lays out the Sourcebook PDF (the fonts ship in site/static/fonts); postgresql-client for backup/restore.
# hadolint ignore=DL3008
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 postgresql-client \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1000 --user-group caucus
WORKDIR /app

# DEMO=1 (compose's default, for trying the site) adds the demo builder's packages so `init` can seed it;
# build with --build-arg DEMO=0 for a site that starts empty.
ARG DEMO=0
COPY requirements.txt requirements-demo.txt ./
RUN if [ "$DEMO" = "1" ]; then pip install --no-cache-dir -r requirements-demo.txt; \
    else pip install --no-cache-dir -r requirements.txt; fi

# The code belongs to root and is read-only for the runtime user; only media, backups and the page cache are its.
COPY . .
# collectstatic needs settings to import; the key used here never reaches a running container.
RUN SECRET_KEY=collectstatic-only-build-key python manage.py collectstatic --noinput \
    && mkdir -p /app/media /app/backups /tmp/caucus-page-cache \
    && chown 1000:1000 /app/media /app/backups /tmp/caucus-page-cache

USER 1000:1000
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen(f\"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz\", timeout=4)"]
ENTRYPOINT ["/app/config/docker-entrypoint.sh"]
CMD ["gunicorn", "-c", "gunicorn.conf.py", "config.wsgi:application"]
