"""The home page: the site's front door in each language, with the programme plans editors feature."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.images import alt_text_field, decorative_field, image_panels
from core.models import BasePage, StrategicPriority, optional_image
from core.visibility import public_pages
from programmes.models import past_events, upcoming_events
from programmes.models.training import TrainingMaterialDocument, TrainingMaterialPage

HOME_LISTING_SIZE = 3


class HomePage(BasePage):
    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_image = optional_image(_("hero image"))
    hero_image_alt = alt_text_field()
    hero_image_decorative = decorative_field()
    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    priorities_introduction = models.TextField(_("priorities introduction"), blank=True)

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel([FieldPanel("hero_title"), FieldPanel("hero_text")], heading=_("Hero")),
        image_panels("hero_image", _("Hero image")),
        FieldPanel("introduction"),
        FieldPanel("priorities_introduction"),
        InlinePanel("featured_plans", label=_("Featured programme plans"), max_num=6),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_title", boost=3),
        index.SearchField("hero_text"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = pgettext_lazy("page type", "home page")
        verbose_name_plural = pgettext_lazy("page type", "home pages")

    def get_priorities(self):
        return StrategicPriority.objects.all()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["today"] = timezone.localdate()  # Upcoming and past events change with it (the fragment's key).
        return context

    def get_featured_plans(self):
        """The featured plans an anonymous visitor may see, in the editors' order."""
        featured = self.featured_plans.select_related("plan", "plan__listing_image")
        featured = list(featured.prefetch_related("plan__priorities", "plan__listing_image__renditions"))
        if not featured:
            return []
        plans = public_pages(Page.objects.filter(pk__in=[item.plan_id for item in featured]))
        public = set(plans.values_list("pk", flat=True))
        return [item.plan for item in featured if item.plan_id in public]

    def get_upcoming_events(self):
        return upcoming_events(self.locale_id)[:HOME_LISTING_SIZE]

    def get_past_events(self):
        return past_events(self.locale_id)[:HOME_LISTING_SIZE]

    def get_latest_materials(self):
        """The newest materials, with what their cards show here (no image, no topics): their type and downloads."""
        materials = public_pages(TrainingMaterialPage.objects.filter(locale_id=self.locale_id))
        downloads = models.Prefetch("documents", queryset=TrainingMaterialDocument.objects.select_related("document"))
        materials = materials.select_related("material_type").prefetch_related(downloads)
        return materials.order_by("-first_published_at")[:HOME_LISTING_SIZE]


class HomePageFeaturedPlan(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_plans")
    plan = models.ForeignKey(
        "programmes.ProgrammePlanPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("programme plan")
    )

    panels = [FieldPanel("plan")]
