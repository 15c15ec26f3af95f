"""The default Site: Wagtail's welcome page replaced by the demo home page, and the site's settings."""

from urllib.parse import urlsplit

from django.conf import settings as django_settings
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from core.models import FooterText, SiteSettings
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
        address = urlsplit(django_settings.WAGTAILADMIN_BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        site = Site.objects.create(
            hostname=address.hostname, port=port, root_page=home, is_default_site=True, site_name=texts.SITE_NAME
        )
        ctx.report.notes.append(f"Created the default site {site.hostname}:{site.port}.")
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
    return [("link", dict(link)) for link in texts.FOOTER["social_links"]]


def ensure_site_settings(ctx, site):
    """Fill the site's contact address if it is new or empty; when refreshing, bring it in line with the texts."""
    settings = SiteSettings.objects.filter(site=site).first()
    blank = settings is None or not settings.contact_email
    if settings is None:
        settings = SiteSettings(site=site)
    if blank or (ctx.refresh and settings.contact_email != texts.SITE_SETTINGS["contact_email"]):
        settings.contact_email = texts.SITE_SETTINGS["contact_email"]
        settings.save()
        ctx.report.record("created" if blank else "updated", "site settings", str(site))
    else:
        ctx.report.record("present", "site settings", str(site))
    return settings


def ensure_footer(ctx):
    """The footer in the default language (the translations follow with the pages'); refreshed like the settings."""
    footer = FooterText.objects.filter(locale=Locale.get_default()).first()
    wanted_links = stream_data([{"type": "link", "value": link} for link in texts.FOOTER["social_links"]])
    if footer is None:
        footer = FooterText(locale=Locale.get_default(), text=texts.FOOTER["text"], social_links=_social_links())
        footer.save()
        ctx.report.record("created", "footer", str(footer))
        return footer
    links = stream_data(footer._meta.get_field("social_links").get_prep_value(footer.social_links))
    if ctx.refresh and (footer.text != texts.FOOTER["text"] or links != wanted_links):
        footer.text = texts.FOOTER["text"]
        footer.social_links = _social_links()
        footer.save()
        ctx.report.record("updated", "footer", str(footer))
    else:
        ctx.report.record("present", "footer", str(footer))
    return footer
