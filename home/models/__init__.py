from home.models.forms import FormField, FormPage
from home.models.pages import HomePage, HomePageFeaturedPlan, StandardPage
from home.models.site_settings import FooterText, SiteSettings
from home.models.taxonomy import MaterialType, PartnerOrganisation, Region, StrategicPriority, Topic

__all__ = [
    "FooterText",
    "FormField",
    "FormPage",
    "HomePage",
    "HomePageFeaturedPlan",
    "MaterialType",
    "PartnerOrganisation",
    "Region",
    "SiteSettings",
    "StandardPage",
    "StrategicPriority",
    "Topic",
]
