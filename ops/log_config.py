"""The LOGGING dict: one JSON object a line with the request id in production, readable text elsewhere.

Imported by the settings, so it must not import Django models or anything that needs configured settings.
"""

JSON_FIELDS = "{asctime}{levelname}{name}{message}{request_id}{process}{thread}"


def logging_config(fmt="text", level="INFO"):
    formatter = (
        {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "format": JSON_FIELDS,
            "style": "{",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
            "timestamp": False,
        }
        if fmt == "json"
        else {"format": "{asctime} {levelname} [{request_id}] {name}: {message}", "style": "{"}
    )
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "log_request_id.filters.RequestIDFilter"}},
        "formatters": {"main": formatter},
        "handlers": {
            "console": {"class": "logging.StreamHandler", "filters": ["request_id"], "formatter": "main"},
        },
        "root": {"handlers": ["console"], "level": level},
        "loggers": {
            # Django's own "django" logger keeps its handlers (mail_admins when DEBUG is off) and also reaches ours.
            "django.server": {"level": "WARNING"},
            "log_request_id.middleware": {"level": "INFO", "propagate": True},
        },
    }
