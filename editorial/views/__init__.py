from editorial.views.translation_status import TranslationStatusReportView, translation_status_viewset

__all__ = ["TranslationStatusReportView", "translation_status_viewset"]
