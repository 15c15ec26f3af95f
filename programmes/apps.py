from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammesConfig(AppConfig):
    name = "programmes"
    verbose_name = _("Programmes, events and training")

    def ready(self):
        from core.registry import registry
        from programmes import signals
        from programmes.models import EventPage, ProgrammePlanPage, RegionPage, TrainingMaterialPage

        signals.connect()

        registry.result_type(TrainingMaterialPage, "material", 1)
        registry.result_type(ProgrammePlanPage, "plan", 3)
        registry.result_type(EventPage, "event", 4)
        registry.result_type(RegionPage, "region", 6)
        for model in (TrainingMaterialPage, ProgrammePlanPage, EventPage):
            registry.term("priority", model, "priorities")
        registry.term("topic", TrainingMaterialPage, "topics")
        registry.term("material_type", TrainingMaterialPage, "material_type")
        registry.term("region", RegionPage, "region", inherited=True)
        registry.date(EventPage, "start_date")
        registry.date(ProgrammePlanPage, "start_date")
