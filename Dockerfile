# Production image: gunicorn behind a proxy, static files served by whitenoise, run as a non-root user.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    STATIC_ROOT=/app/build/static \
    MEDIA_ROOT=/app/media \
    PORT=8000

# Pango is what WeasyPrint lays the Sourcebook PDF out with; the fonts themselves ship in site/static/fonts.
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpango-1.0-0 libpangoft2-1.0-0 \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home --uid 1000 caucus
WORKDIR /app

COPY requirements.txt .
RUN pip install -r requirements.txt

COPY --chown=caucus:caucus . .
# collectstatic needs settings to import; the key used here never reaches a running container.
RUN SECRET_KEY=collectstatic-only-build-key python manage.py collectstatic --noinput \
    && mkdir -p /app/media && chown -R caucus:caucus /app/media /app/build

USER caucus
EXPOSE 8000
ENTRYPOINT ["/app/config/docker-entrypoint.sh"]
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
