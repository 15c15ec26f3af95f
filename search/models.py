"""The durable queue of index changes the engine missed while it was unreachable (see search/catchup.py)."""

from django.db import models


class PendingIndexChange(models.Model):
    """The latest change to one object that the engine has not received yet; replayed when it answers again."""

    class Action(models.TextChoices):
        INDEX = "index", "index"
        DELETE = "delete", "delete"

    model_label = models.CharField(max_length=200)  # "app_label.model_name"
    object_id = models.CharField(max_length=64)
    action = models.CharField(max_length=6, choices=Action.choices)
    language = models.CharField(max_length=20, blank=True)  # for a deletion, the index the document is in
    queued_at = models.DateTimeField(auto_now=True)
    last_error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["model_label", "object_id"], name="search_pending_change_unique_object")
        ]
        ordering = ["queued_at", "pk"]

    def __str__(self):
        return f"{self.action} {self.model_label} {self.object_id}"
