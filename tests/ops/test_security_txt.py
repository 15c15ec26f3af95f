"""/.well-known/security.txt tells a finder where to report, once the operator has said where (SECURITY_CONTACT)."""

import datetime

import pytest

pytestmark = pytest.mark.django_db


def test_security_txt_names_the_operators_contacts_and_expires_within_a_year(client, settings):
    settings.SECURITY_CONTACT = ["security@caucus.example", "https://caucus.example/report"]

    response = client.get("/.well-known/security.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    fields = [line.split(": ", 1) for line in response.content.decode().splitlines()]
    assert ["Contact", "mailto:security@caucus.example"] in fields
    assert ["Contact", "https://caucus.example/report"] in fields
    expires = datetime.datetime.fromisoformat(dict(fields)["Expires"])
    now = datetime.datetime.now(datetime.UTC)
    assert now + datetime.timedelta(days=30) < expires < now + datetime.timedelta(days=365)
    assert dict(fields)["Canonical"].endswith("/.well-known/security.txt")
    assert dict(fields)["Preferred-Languages"].startswith("en, fr")


def test_without_a_contact_there_is_no_security_txt(client, settings):
    settings.SECURITY_CONTACT = []

    assert client.get("/.well-known/security.txt").status_code == 404
