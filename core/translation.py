"""django-modeltranslation registrations: one column per language for each taxonomy name and description."""

from modeltranslation.translator import TranslationOptions, translator

from core.models import MaterialType, PartnerOrganisation, Region, StrategicPriority, Topic


class TermTranslationOptions(TranslationOptions):
    fields = ("name", "description")


class StrategicPriorityTranslationOptions(TranslationOptions):
    fields = ("name", "short_name", "description")


translator.register(StrategicPriority, StrategicPriorityTranslationOptions)
translator.register([Region, Topic, MaterialType, PartnerOrganisation], TermTranslationOptions)
