from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo site's builder (`seed_demo`): installed where the demo runs, never in production."""

    name = "demo"
    verbose_name = "Demo content"
