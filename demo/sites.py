"""The default Site: Wagtail's welcome page replaced by the demo home page, and the site's settings."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, Site

from core.models import SiteSettings
from demo.context import DemoBuildError
from demo.pages import stream_data
from demo.texts import site as texts
from home.models import HomePage

WELCOME_TITLE = "Welcome to your new Wagtail site!"


def retire_welcome_page(ctx, root):
    """Delete Wagtail's untouched default page; sites rooted there move to the tree root until the home exists."""
    page_type = ContentType.objects.get_for_model(Page)
    for page in Page.objects.child_of(root).filter(content_type=page_type, title=WELCOME_TITLE):
        if page.get_children_count():
            continue  # Someone has built on it: not ours to delete.
        Site.objects.filter(root_page=page).update(root_page=root)  # Deleting a site's root would delete the site.
        page.delete()
        ctx.report.notes.append(f"Removed Wagtail's default page “{WELCOME_TITLE}”.")


def existing_home(root):
    """The home page the default site already shows, if it is a HomePage."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None or site.root_page_id == root.pk:
        return None
    page = site.root_page.specific
    if isinstance(page, HomePage):
        return page
    raise DemoBuildError(
        f"The default site shows “{page.title}”, which is not a home page; seed_demo builds into a new site "
        "or one whose root page is a HomePage."
    )


def configure_default_site(ctx, home, root):
    """Point the default site (created if missing) and any site left on the tree root at the home page."""
    moved = Site.objects.filter(root_page=root).exclude(is_default_site=True).update(root_page=home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=texts.SITE_NAME
        )
        ctx.report.notes.append("Created the default site localhost:80.")
        return site
    changed = {}
    if site.root_page_id != home.pk:
        changed["root_page"] = home
    if not site.site_name:
        changed["site_name"] = texts.SITE_NAME
    for name, value in changed.items():
        setattr(site, name, value)
    if changed:
        site.save()
        ctx.report.notes.append(f"Default site {site.hostname}:{site.port} now shows the demo home page.")
    if moved:
        ctx.report.notes.append(f"{moved} other site(s) now show the demo home page.")
    return site


def _social_links():
    return [("link", dict(link)) for link in texts.SITE_SETTINGS["social_links"]]


def ensure_site_settings(ctx, site):
    """Fill the site's settings if they are new or empty; when refreshing, bring them in line with the texts."""
    settings = SiteSettings.objects.filter(site=site).first()
    wanted = {key: value for key, value in texts.SITE_SETTINGS.items() if key != "social_links"}
    blank = settings is None or not (settings.contact_email or settings.footer_text or settings.social_links)
    if settings is None:
        settings = SiteSettings(site=site)
    differs = any(getattr(settings, key) != value for key, value in wanted.items()) or stream_data(
        settings._meta.get_field("social_links").get_prep_value(settings.social_links)
    ) != stream_data([{"type": "link", "value": link} for link in texts.SITE_SETTINGS["social_links"]])
    if blank or (ctx.refresh and differs):
        for key, value in wanted.items():
            setattr(settings, key, value)
        settings.social_links = _social_links()
        settings.save()
        ctx.report.record("created" if blank else "updated", "site settings", str(site))
    else:
        ctx.report.record("present", "site settings", str(site))
    return settings
