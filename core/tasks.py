"""Form notifications off the request: the visitor's submission is stored with its email in an outbox
(FormNotification), and the background worker sends it, retrying with growing delays while the mail server fails.
Admins see every notification and its last error under Reports → Form notifications."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task
from wagtail.admin.mail import send_mail

from core.models.notifications import FormNotification

logger = logging.getLogger(__name__)

# Seconds before each retry; after the last one the notification is marked as given up (admins still see it).
DEFAULT_RETRY_DELAYS = (60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600)


def retry_delays():
    return tuple(getattr(settings, "FORM_NOTIFICATION_RETRY_DELAYS", DEFAULT_RETRY_DELAYS))


def queue_notification(page, submission, body):
    """Store the email for `submission` and hand it to the worker, in the same transaction as the caller's."""
    with transaction.atomic():
        notification = FormNotification.objects.create(
            submission=submission,
            recipients=page.to_address,
            from_address=page.from_address,
            subject=page.subject,
            body=body,
        )
        # The database backend stores the task in this same transaction: no submission without its task.
        send_form_notification.enqueue(notification.pk)
    return notification


@task()
def send_form_notification(notification_id):
    """Send one pending notification; on failure record why and schedule the next attempt."""
    notification = FormNotification.objects.filter(pk=notification_id, status=FormNotification.Status.PENDING).first()
    if notification is None:
        return "nothing to send"
    notification.attempts += 1
    try:
        send_mail(notification.subject, notification.body, notification.recipient_list, notification.from_address)
    except Exception as error:  # refused, timed out, rejected: whatever the mail server does, the outbox keeps it
        return _record_failure(notification, error)
    notification.status = FormNotification.Status.SENT
    notification.sent_at = timezone.now()
    notification.next_attempt_at = None
    notification.last_error = ""
    notification.save()
    return "sent"


def _record_failure(notification, error):
    notification.last_error = f"{type(error).__name__}: {error}"[:2000]
    delays = retry_delays()
    if notification.attempts > len(delays):
        notification.status = FormNotification.Status.FAILED
        notification.next_attempt_at = None
        notification.save()
        logger.error(
            "Form notification %s not sent after %s attempts: %s", notification.pk, notification.attempts, error
        )
        return "gave up"
    notification.next_attempt_at = timezone.now() + datetime.timedelta(seconds=delays[notification.attempts - 1])
    notification.save()
    logger.warning(
        "Form notification %s not sent (%s); retried at %s", notification.pk, error, notification.next_attempt_at
    )
    backend = send_form_notification.get_backend()
    if backend.supports_defer:
        send_form_notification.using(run_after=notification.next_attempt_at).enqueue(notification.pk)
    return "retry scheduled"


def retry_due_notifications(now=None):
    """Hand every pending notification whose next attempt is due to the worker again; returns how many.

    The worker's deferred tasks already do this; this catches notifications whose task was lost (a backend without
    deferred tasks, a worker killed mid-task)."""
    now = now or timezone.now()
    due = FormNotification.objects.filter(status=FormNotification.Status.PENDING, next_attempt_at__lte=now)
    ids = list(due.values_list("pk", flat=True))
    for notification_id in ids:
        send_form_notification.enqueue(notification_id)
    return len(ids)
