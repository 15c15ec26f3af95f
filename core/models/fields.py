"""Field definitions several models share."""

from django.db import models


def optional_image(verbose_name, **kwargs):
    """An image from the library that a page or term may show; deleting the image leaves the owner without one."""
    return models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=verbose_name,
        **kwargs,
    )
