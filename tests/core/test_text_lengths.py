"""Text longer than its column gets a clear error and changes nothing, on SQLite as on PostgreSQL."""

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from core.models import StrategicPriority
from core.text_lengths import TextTooLong
from demo.texts import taxonomy as demo_taxonomy
from tests import factories

pytestmark = pytest.mark.django_db

TOO_LONG = "ت" * 61  # StrategicPriority.short_name holds 60


def test_a_save_with_an_overlong_text_names_the_field_and_saves_nothing():
    priority = factories.create_priority(4, "ICTs for peace", short_name="Peace")
    priority.short_name_ar = TOO_LONG
    with pytest.raises(TextTooLong) as caught:
        priority.save()
    assert "short_name_ar: 61 characters where at most 60 fit" in str(caught.value)
    assert caught.value.message_dict.keys() == {"short_name_ar"}
    priority.refresh_from_db()
    assert priority.short_name_ar in ("", None)


def test_update_fields_checks_only_what_is_saved():
    priority = factories.create_priority(4, "ICTs for peace", short_name="Peace")
    priority.short_name_ar = TOO_LONG
    priority.name_fr = "Les TIC pour la paix"
    priority.save(update_fields=["name_fr"])
    assert StrategicPriority.objects.get(pk=priority.pk).name_fr == "Les TIC pour la paix"


def test_the_admin_form_refuses_an_overlong_short_name_without_an_error_page(admin_client):
    priority = factories.create_priority(4, "ICTs for peace", short_name="Peace")
    url = reverse("wagtailsnippets_core_strategicpriority:edit", args=[priority.pk])
    form = admin_client.get(url).context["form"]
    data = {name: form[name].value() or "" for name in form.fields}
    data["short_name_ar"] = TOO_LONG
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "short_name_ar" in response.context["form"].errors
    assert "at most 60 characters (it has 61)" in response.content.decode()
    priority.refresh_from_db()
    assert priority.short_name_ar in ("", None)


def test_seed_demo_stops_with_a_clear_message_and_builds_nothing(monkeypatch):
    too_long = [{**spec, "short_name": "x" * 61} if spec["number"] == 4 else spec for spec in demo_taxonomy.PRIORITIES]
    monkeypatch.setattr("demo.terms.VOCABULARIES", [(StrategicPriority, too_long)])
    with pytest.raises(CommandError, match=r"does not fit its column.*short_name: 61 characters where at most 60"):
        call_command("seed_demo", "--no-translations")
    assert not StrategicPriority.objects.exists()
