#!/bin/sh
# Applies migrations when asked to (MIGRATE_ON_START=1, as docker-compose.yml does), then runs the command.
set -e
if [ "${MIGRATE_ON_START:-0}" = "1" ]; then
    python manage.py migrate --noinput
fi
exec "$@"
