"""Who may edit what: regional editor teams, language-wide translators and Caucus coordinators.

The teams are data (below); `setup_editors()` turns them into Django groups, Wagtail page and collection
permissions and the "Caucus review" moderation workflow. It only ever adds: groups stay editable in the
admin, and running it again after new translations exist grants what was skipped before.

Wagtail page permissions apply to the page they are set on *and every page below it*, so each group's
permissions sit on the smallest subtree it owns:

- "<Region> — <Language>": add + change on that region's RegionPage in that locale (plans and events).
- "Translators — <Language>": add + change on the Sourcebook and training library in that locale, and
  wagtail-localize's `submit_translation`. Not on the locale's HomePage: "change" there would cascade to
  every page of the locale, regional sections included (see TRANSLATORS_EDIT_HOME_PAGE).
- "Caucus coordinators": add, change, publish, lock and unlock on the tree root (every locale), and the
  approvers of the workflow's only task.

No group but the coordinators has "publish", so editors' work goes submit → approve → publish.
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import get_language_info
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from home.models import HomePage
from programmes.models import RegionPage


@dataclass(frozen=True)
class RegionalTeam:
    """The languages a region publishes in; one editor group per language."""

    region_slug: str
    region_name: str
    languages: tuple[str, ...]


# Where the Caucus has national and sub-regional programmes, and the languages their organisers write in.
REGIONAL_TEAMS = (
    # SADC: English- and French-speaking members, and Portuguese for Angola and Mozambique.
    RegionalTeam("southern-africa", "Southern Africa", ("en", "fr", "pt")),
    RegionalTeam("south-asia", "South Asia", ("en",)),
    RegionalTeam("southeast-europe", "Southeast Europe", ("en", "ru")),
    # Spanish-speaking countries, and Portuguese for Brazil.
    RegionalTeam("latin-america", "Latin America", ("es", "pt")),
)

COORDINATORS_GROUP = "Caucus coordinators"
WORKFLOW_NAME = "Caucus review"
APPROVAL_TASK_NAME = "Caucus coordinators approval"

# Global (model) permissions, as "app_label.codename".
EDITOR_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")
TRANSLATOR_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")
COORDINATOR_PERMISSIONS = ("wagtailadmin.access_admin", "wagtail_localize.submit_translation")

# Page permissions, as actions of wagtailcore.Page ("add" → "add_page").
EDITOR_PAGE_ACTIONS = ("add", "change")
TRANSLATOR_PAGE_ACTIONS = ("add", "change")
COORDINATOR_PAGE_ACTIONS = ("add", "change", "publish", "lock", "unlock")

# The shared sections translators look after in their locale, as "app_label.ModelName".
TRANSLATOR_SECTIONS = ("sourcebook.SourcebookPage", "programmes.TrainingMaterialIndexPage")
# Wagtail cannot grant "change" on a page without its descendants; True lets translators edit the whole locale.
TRANSLATORS_EDIT_HOME_PAGE = False

# Images and documents in the root collection: editors upload and choose them for their pages.
MEDIA_PERMISSIONS = (
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
)


def language_name(code):
    """The English name of a language ("French", "Simplified Chinese"), used in group names."""
    return get_language_info(code)["name"]


def regional_group_name(team, language_code):
    return f"{team.region_name} — {language_name(language_code)}"


def translator_group_name(language_code):
    return f"Translators — {language_name(language_code)}"


def translation_languages():
    """Every content language except the one the Caucus writes in first."""
    source = settings.LANGUAGE_CODE
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != source]


@dataclass
class Report:
    """What a run created, added and had to skip, for the command to print."""

    created: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@transaction.atomic
def setup_editors():
    """Create or complete the editor groups, their permissions and the moderation workflow; return a Report."""
    setup = _Setup()
    coordinators = setup.coordinators()
    for team in REGIONAL_TEAMS:
        for code in team.languages:
            setup.regional_editors(team, code)
    for code in translation_languages():
        setup.translators(code)
    setup.workflow(coordinators)
    return setup.report


class _Setup:
    def __init__(self):
        self.report = Report()
        self.content_languages = {code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES}
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.root_collection = Collection.get_first_root_node()

    # --- Groups --------------------------------------------------------------------------------------------------

    def coordinators(self):
        group = self._group(COORDINATORS_GROUP, COORDINATOR_PERMISSIONS)
        self._page_permissions(group, Page.get_first_root_node(), COORDINATOR_PAGE_ACTIONS)
        return group

    def regional_editors(self, team, code):
        if code not in self.content_languages:
            self.report.skipped.append(f"{team.region_name}: '{code}' is not one of WAGTAIL_CONTENT_LANGUAGES")
            return
        group = self._group(regional_group_name(team, code), EDITOR_PERMISSIONS)
        locale = self._locale(group, code)
        if locale is None:
            return
        region_pages = RegionPage.objects.filter(region__slug=team.region_slug, locale=locale)
        if not region_pages:
            self.report.skipped.append(
                f"{group.name}: no {language_name(code)} page for region '{team.region_slug}' yet"
            )
        for region_page in region_pages:
            self._page_permissions(group, region_page, EDITOR_PAGE_ACTIONS)

    def translators(self, code):
        group = self._group(translator_group_name(code), TRANSLATOR_PERMISSIONS)
        locale = self._locale(group, code)
        if locale is None:
            return
        for label in TRANSLATOR_SECTIONS:
            model = apps.get_model(label)
            sections = model.objects.filter(locale=locale)
            if not sections:
                self.report.skipped.append(f"{group.name}: no {language_name(code)} {model._meta.verbose_name} yet")
            for section in sections:
                self._page_permissions(group, section, TRANSLATOR_PAGE_ACTIONS)
        if TRANSLATORS_EDIT_HOME_PAGE:
            for home in HomePage.objects.filter(locale=locale):
                self._page_permissions(group, home, ("change",))

    def _group(self, name, permissions):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            self.report.created.append(name)
        for permission in _permissions(permissions):
            if not group.permissions.filter(pk=permission.pk).exists():
                group.permissions.add(permission)
                self.report.added.append(f"{name}: {permission.content_type.app_label}.{permission.codename}")
        for permission in _permissions(MEDIA_PERMISSIONS):
            _, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=self.root_collection, permission=permission
            )
            if created:
                self.report.added.append(f"{name}: {permission.codename} in collection '{self.root_collection}'")
        return group

    def _locale(self, group, code):
        locale = self.locales.get(code)
        if locale is None:
            self.report.skipped.append(f"{group.name}: the {language_name(code)} locale does not exist yet")
        return locale

    def _page_permissions(self, group, page, actions):
        for action in actions:
            _, created = GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_page_permission(action)
            )
            if created:
                self.report.added.append(f"{group.name}: {action} on '{page.title}' ({page.url_path})")

    # --- Moderation ----------------------------------------------------------------------------------------------

    def workflow(self, coordinators):
        """One review workflow, assigned to every locale's home page; an admin's own assignment is kept."""
        workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
        if workflow is None:
            task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
            if task is None:
                task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
                task.groups.add(coordinators)
                self.report.created.append(f"task '{APPROVAL_TASK_NAME}'")
            workflow = Workflow.objects.create(name=WORKFLOW_NAME)
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
            self.report.created.append(f"workflow '{WORKFLOW_NAME}'")
        elif not workflow.active:
            self.report.skipped.append(f"workflow '{WORKFLOW_NAME}' is disabled in the admin")

        for home in HomePage.objects.select_related("locale").order_by("path"):
            assignment = WorkflowPage.objects.select_related("workflow").filter(page=home).first()
            if assignment is None:
                WorkflowPage.objects.create(page=home, workflow=workflow)
                self.report.added.append(f"workflow '{WORKFLOW_NAME}' on '{home.title}' ({home.locale})")
            elif assignment.workflow_id != workflow.pk:
                self.report.skipped.append(
                    f"'{home.title}' ({home.locale}) keeps its workflow '{assignment.workflow.name}'"
                )


def _permissions(labels):
    for label in labels:
        app_label, codename = label.split(".")
        yield Permission.objects.select_related("content_type").get(
            content_type__app_label=app_label, codename=codename
        )


def _page_permission(action):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{action}_page")
