from core.models.base import BasePage, RelatedDocument
from core.models.fields import optional_image
from core.models.forms import FormField, FormPage
from core.models.notifications import FormNotification
from core.models.pages import StandardPage
from core.models.site_settings import FooterText, SiteSettings
from core.models.taxonomy import MaterialType, PartnerOrganisation, Region, StrategicPriority, Topic, indexed_terms

__all__ = [
    "BasePage",
    "FooterText",
    "FormField",
    "FormNotification",
    "FormPage",
    "MaterialType",
    "PartnerOrganisation",
    "Region",
    "RelatedDocument",
    "SiteSettings",
    "StandardPage",
    "StrategicPriority",
    "Topic",
    "indexed_terms",
    "optional_image",
]
