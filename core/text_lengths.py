"""Text longer than its column is refused before it reaches the database, whatever writes it.

PostgreSQL rejects such a value with a DataError in the middle of a transaction (a 500, or a seed_demo crash);
SQLite stores it silently, so the two databases would disagree. Admin forms already check ``max_length``; this
guard covers every other writer (seed_demo, PO imports, synchronised translation rows, scripts) with one clear
message naming the object, the field and both lengths, the same on both databases.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import pre_save
from django.utils.translation import gettext


class TextTooLong(ValidationError):
    """A text value exceeds its column's max_length: a ValidationError keyed by field name, readable as one line."""

    def __str__(self):
        return "; ".join(message for messages in self.message_dict.values() for message in messages)


def text_length_errors(instance, field_names=None):
    """{field name: message} for every CharField of `instance` whose text exceeds its max_length."""
    errors = {}
    for field in instance._meta.concrete_fields:
        if not isinstance(field, models.CharField) or field.max_length is None:
            continue
        if field_names is not None and field.name not in field_names and field.attname not in field_names:
            continue
        value = getattr(instance, field.attname)
        if isinstance(value, str) and len(value) > field.max_length:
            errors[field.name] = gettext(
                "%(object)s, %(field)s: %(length)d characters where at most %(limit)d fit (“%(start)s…”)"
            ) % {
                "object": f"{instance._meta.verbose_name} {instance.pk or '(new)'}",
                "field": field.name,
                "length": len(value),
                "limit": field.max_length,
                "start": value[:30],
            }
    return errors


def check_text_lengths(instance, field_names=None):
    """Raise TextTooLong if any text field of `instance` (or of `field_names`) is longer than its column."""
    errors = text_length_errors(instance, field_names)
    if errors:
        raise TextTooLong({name: [message] for name, message in errors.items()})


def refuse_overlong_text(sender, instance, raw=False, update_fields=None, **kwargs):
    """pre_save receiver for every model; fixtures loaded raw are left alone."""
    if not raw:
        check_text_lengths(instance, update_fields)


def connect():
    pre_save.connect(refuse_overlong_text, dispatch_uid="core.text_lengths")
