"""A mail server that is down never costs the visitor their submission: the thank-you page comes once it is stored,
the email waits in the outbox, is retried by the worker and admins see what happened."""

import socket

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.contrib.forms.models import FormSubmission

from core.models import FormNotification
from core.tasks import retry_due_notifications, send_form_notification
from tests import factories, text_of

FIELDS = [
    {"label": "Your name", "field_type": "singleline", "required": True},
    {"label": "Message", "field_type": "multiline", "required": True},
]
VALID = {"your_name": "Nnenna Nwakanma", "message": "Please support our workshop.", "website": ""}
SMTP = "django.core.mail.backends.smtp.EmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def closed_port():
    """A loopback port nothing listens on: connecting to it is refused at once, as with a mail server that is down."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def mail_down(settings):
    settings.EMAIL_BACKEND = SMTP
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = closed_port()
    settings.EMAIL_TIMEOUT = 2


@pytest.fixture
def contact_page(home):
    return factories.create_form_page(
        home,
        FIELDS,
        title="Contact us",
        thank_you_text="<p>Thank you, we will be in touch.</p>",
        to_address="caucus@example.org, coordinators@example.org",
        subject="Support request",
    )


@pytest.mark.django_db
def test_mail_down_the_visitor_gets_the_thank_you_page_once_and_the_email_waits(client, contact_page, mail_down):
    response = client.post("/en/contact-us/", VALID)

    assert response.status_code == 200
    assert "Thank you, we will be in touch." in text_of(response)
    submission = FormSubmission.objects.get(page=contact_page)
    notification = FormNotification.objects.get(submission=submission)
    assert notification.status == FormNotification.Status.PENDING
    assert notification.attempts == 1
    assert "ConnectionRefusedError" in notification.last_error
    assert notification.next_attempt_at is not None
    assert "Please support our workshop." in notification.body


@pytest.mark.django_db
def test_a_retry_sends_it_once_the_mail_server_is_back(client, settings, contact_page, mail_down):
    client.post("/en/contact-us/", VALID)
    notification = FormNotification.objects.get()

    settings.EMAIL_BACKEND = LOCMEM
    send_form_notification.call(notification.pk)
    send_form_notification.call(notification.pk)  # a duplicate task sends nothing more

    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (FormNotification.Status.SENT, 2)
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["caucus@example.org", "coordinators@example.org"]
    assert mail.outbox[0].subject == "Support request"
    assert "Please support our workshop." in mail.outbox[0].body


@pytest.mark.django_db
def test_after_the_last_retry_it_is_marked_given_up_and_admins_see_why(
    client, admin_client, settings, contact_page, mail_down
):
    settings.FORM_NOTIFICATION_RETRY_DELAYS = (0, 0)
    client.post("/en/contact-us/", VALID)
    notification = FormNotification.objects.get()
    assert retry_due_notifications() == 1
    assert retry_due_notifications() == 1
    assert retry_due_notifications() == 0

    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (FormNotification.Status.FAILED, 3)
    listing = admin_client.get(reverse("form_notifications:index"))
    assert listing.status_code == 200
    text = text_of(listing)
    assert "Not sent: gave up" in text
    assert "ConnectionRefusedError" in text
    assert admin_client.get(reverse("form_notifications:inspect", args=[notification.pk])).status_code == 200
    assert admin_client.get(reverse("form_notifications:edit", args=[notification.pk])).status_code in {302, 403}


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_database_worker_sends_what_the_request_queued_and_retries_a_failure(client, settings, home, mail_down):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.FORM_NOTIFICATION_RETRY_DELAYS = (3600,)
    contact_page = factories.create_form_page(home, FIELDS, title="Contact us", to_address="caucus@example.org")

    response = client.post(contact_page.url, VALID)

    assert response.status_code == 200
    notification = FormNotification.objects.get()
    assert notification.attempts == 0  # nothing was tried inside the request
    queued = DBTaskResult.objects.filter(task_path="core.tasks.send_form_notification")
    assert queued.count() == 1

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (FormNotification.Status.PENDING, 1)
    retry = queued.get(status="READY")
    assert retry.run_after == notification.next_attempt_at

    # An hour later, with the mail server back.
    queued.filter(pk=retry.pk).update(run_after=timezone.now())
    settings.EMAIL_BACKEND = LOCMEM
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (FormNotification.Status.SENT, 2)
    assert len(mail.outbox) == 1
