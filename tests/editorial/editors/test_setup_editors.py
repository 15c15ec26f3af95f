"""`manage.py setup_editors`: the groups, where their page permissions sit, the workflow, and re-running it."""

from io import StringIO

from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Workflow,
    WorkflowPage,
)

from editorial.editors import (
    APPROVAL_TASK_NAME,
    COORDINATORS_GROUP,
    REGIONAL_TEAMS,
    WORKFLOW_NAME,
    regional_group_name,
    translation_languages,
    translator_group_name,
)
from home.models import HomePage
from tests.editorial.editors.conftest import translate


def run_setup_editors():
    out = StringIO()
    call_command("setup_editors", stdout=out)
    return out.getvalue()


def page_permissions(group_name):
    """{(page, action)} for a group, e.g. {(<RegionPage: Latin America>, "add")}."""
    return {
        (permission.page.specific, permission.permission.codename.removesuffix("_page"))
        for permission in GroupPagePermission.objects.filter(group__name=group_name).select_related(
            "page", "permission"
        )
    }


def model_permissions(group_name):
    return {
        f"{app_label}.{codename}"
        for app_label, codename in Group.objects.get(name=group_name).permissions.values_list(
            "content_type__app_label", "codename"
        )
    }


def test_creates_a_group_per_region_and_language_per_translated_language_and_the_coordinators(caucus_site):
    run_setup_editors()

    expected = {regional_group_name(team, code) for team in REGIONAL_TEAMS for code in team.languages}
    expected |= {translator_group_name(code) for code in translation_languages()}
    expected.add(COORDINATORS_GROUP)
    assert expected <= set(Group.objects.values_list("name", flat=True))
    assert {"Latin America — Spanish", "Southern Africa — English", "Southern Africa — French"} <= expected
    assert "Translators — French" in expected
    assert "Translators — English" not in expected


def test_regional_editors_may_add_and_change_under_their_region_in_their_locale_only(caucus_site):
    run_setup_editors()

    spanish_latin_america = caucus_site.page("latin-america", "es")
    assert page_permissions("Latin America — Spanish") == {
        (spanish_latin_america, "add"),
        (spanish_latin_america, "change"),
    }
    # "Translate this page" into their language, under their region (scoped in editorial/views/scoped_translation.py).
    assert model_permissions("Latin America — Spanish") == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
    }
    media = GroupCollectionPermission.objects.filter(group__name="Latin America — Spanish", collection__depth=1)
    assert set(media.values_list("permission__codename", flat=True)) == {
        "add_image",
        "choose_image",
        "add_document",
        "choose_document",
    }
    french_southern_africa = caucus_site.page("southern-africa", "fr")
    assert page_permissions("Southern Africa — French") == {
        (french_southern_africa, "add"),
        (french_southern_africa, "change"),
    }


def test_translators_may_add_and_change_the_shared_sections_of_their_locale_and_submit_translations(caucus_site):
    run_setup_editors()

    book, library = caucus_site.page("sourcebook", "fr"), caucus_site.page("training", "fr")
    assert page_permissions("Translators — French") == {
        (book, "add"),
        (book, "change"),
        (library, "add"),
        (library, "change"),
    }
    assert model_permissions("Translators — French") == {
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
    }


def test_only_coordinators_may_publish_and_they_may_publish_everywhere(caucus_site):
    wagtails_own_groups = {"Editors", "Moderators"}

    run_setup_editors()

    publishers = GroupPagePermission.objects.filter(permission__codename="publish_page").exclude(
        group__name__in=wagtails_own_groups
    )
    assert {(permission.group.name, permission.page.depth) for permission in publishers} == {(COORDINATORS_GROUP, 1)}


def test_every_locales_home_page_goes_through_caucus_review_approved_by_coordinators(caucus_site):
    run_setup_editors()

    task = GroupApprovalTask.objects.get(name=APPROVAL_TASK_NAME)
    assert list(task.groups.values_list("name", flat=True)) == [COORDINATORS_GROUP]
    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert [workflow_task.task.specific for workflow_task in workflow.workflow_tasks.all()] == [task]
    homes = HomePage.objects.all()
    assert {home.locale.language_code for home in homes} == {"en", "fr", "es"}
    assert all(home.get_workflow() == workflow for home in homes)
    assert caucus_site.page("latin-america-plan", "es").get_workflow() == workflow


def test_running_it_again_adds_nothing(caucus_site):
    run_setup_editors()
    counts = (Group.objects.count(), GroupPagePermission.objects.count(), WorkflowPage.objects.count())

    output = run_setup_editors()

    assert (Group.objects.count(), GroupPagePermission.objects.count(), WorkflowPage.objects.count()) == counts
    assert "0 created, 0 permissions or assignments added" in output


def test_running_it_again_keeps_what_admins_changed(caucus_site):
    run_setup_editors()
    editors = Group.objects.get(name="Latin America — Spanish")
    extra = Permission.objects.get(codename="add_redirect")
    editors.permissions.add(extra)
    GroupPagePermission.objects.create(
        group=editors, page=caucus_site.page("sourcebook", "es"), permission_type="change"
    )
    own_workflow = Workflow.objects.create(name="French board review")
    WorkflowPage.objects.filter(page=caucus_site.page("home", "fr")).update(workflow=own_workflow)

    output = run_setup_editors()

    assert extra in editors.permissions.all()
    assert (caucus_site.page("sourcebook", "es"), "change") in page_permissions("Latin America — Spanish")
    assert caucus_site.page("home", "fr").get_workflow() == own_workflow
    assert "keeps its workflow 'French board review'" in output


def test_skips_what_is_not_translated_yet_and_adds_it_on_a_later_run(caucus_site):
    assert not Locale.objects.filter(language_code="ru").exists()

    output = run_setup_editors()

    assert "Skipped Southeast Europe — Russian: the Russian locale does not exist yet" in output
    assert "Skipped Translators — Russian: the Russian locale does not exist yet" in output
    assert page_permissions("Southeast Europe — Russian") == set()

    Locale.objects.create(language_code="ru")
    for key in ("home", "programmes", "southeast-europe"):
        translate(caucus_site.page(key), "ru")
    output = run_setup_editors()

    russian_region = caucus_site.page("southeast-europe", "ru")
    assert page_permissions("Southeast Europe — Russian") == {(russian_region, "add"), (russian_region, "change")}
    assert "Skipped Translators — Russian: no Russian sourcebook yet" in output
    assert caucus_site.page("home", "ru").get_workflow().name == WORKFLOW_NAME


def test_skips_a_region_without_a_page_in_an_existing_locale(caucus_site):
    caucus_site.page("south-asia").delete()

    output = run_setup_editors()

    assert "Skipped South Asia — English: no English page for region 'south-asia' yet" in output
    assert Group.objects.filter(name="South Asia — English").exists()
    assert page_permissions("South Asia — English") == set()
