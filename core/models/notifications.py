"""The outbox of form notifications: each stored submission's email, sent by the background worker and retried."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import FormSubmission


class FormNotification(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Not sent: gave up")

    submission = models.OneToOneField(
        FormSubmission, verbose_name=_("submission"), on_delete=models.CASCADE, related_name="notification"
    )
    recipients = models.TextField(_("recipients"))
    from_address = models.CharField(_("from address"), max_length=255, blank=True)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    body = models.TextField(_("message"))
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("form notification")
        verbose_name_plural = _("form notifications")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.subject or self.submission.page.title} ({self.created_at:%Y-%m-%d %H:%M})"

    @property
    def recipient_list(self):
        return [address.strip() for address in self.recipients.split(",") if address.strip()]
