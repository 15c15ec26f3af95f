#!/bin/sh
# The image's entrypoint. Compose's one-shot `init` service prepares the site (`manage.py bootstrap`) before the
# others start; MIGRATE_ON_START=1 still migrates here for a single-container deployment. Then runs the command.
set -e
if [ "${MIGRATE_ON_START:-0}" = "1" ]; then
    python manage.py migrate --noinput
fi
exec "$@"
