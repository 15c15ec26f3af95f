"""Login lockout: repeated wrong passwords lock the account and the address until an administrator unlocks them."""

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

from tests import soup_of, text_of

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
ATTACKER = "203.0.113.66"
OFFICE = "198.51.100.10"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("coordinator", "coordinator@example.org", "correct horse 42")


def sign_in(client, username, password, address=ATTACKER):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def signed_in(client, address=ATTACKER):
    return client.get(reverse("wagtailadmin_home"), REMOTE_ADDR=address).status_code == 200


def test_the_right_password_after_25_wrong_ones_is_refused_until_unlocked(client, editor, django_user_model):
    for _ in range(25):
        sign_in(client, "coordinator", "guess")

    response = sign_in(client, "coordinator", "correct horse 42")

    assert response.status_code == 429
    assert "Sign-in locked" in text_of(response)
    assert not signed_in(client)
    from_the_office = sign_in(client, "coordinator", "correct horse 42", OFFICE)
    assert from_the_office.status_code == 429, "the account is locked from every address"

    admin = django_user_model.objects.create_superuser("admin", "admin@example.org", "another secret 7")
    admin_client = type(client)()
    admin_client.force_login(admin)
    listing = admin_client.get(reverse("locked_sign_ins:index"), REMOTE_ADDR=OFFICE)
    assert "coordinator" in text_of(listing) and ATTACKER in text_of(listing)
    for attempt in AccessAttempt.objects.all():
        delete_url = reverse("locked_sign_ins:delete", args=[attempt.pk])
        assert admin_client.post(delete_url, REMOTE_ADDR=OFFICE).status_code == 302

    response = sign_in(client, "coordinator", "correct horse 42")
    assert response.status_code == 302
    assert signed_in(client)


def test_one_address_trying_many_accounts_is_locked_out(client, editor):
    for number in range(10):
        sign_in(client, f"user{number}", "guess")

    assert sign_in(client, "coordinator", "correct horse 42").status_code == 429
    assert sign_in(client, "coordinator", "correct horse 42", OFFICE).status_code == 302


def test_a_few_typos_do_not_lock_anyone_out(client, editor):
    for _ in range(3):
        assert sign_in(client, "coordinator", "typo").status_code == 200

    assert sign_in(client, "coordinator", "correct horse 42").status_code == 302
    assert not AccessAttempt.objects.exists(), "a successful sign-in clears the count"


def test_lockouts_are_not_editable_only_viewable_and_deletable(client, editor, django_user_model):
    sign_in(client, "coordinator", "guess")
    client.force_login(django_user_model.objects.create_superuser("admin", "admin@example.org", "another secret 7"))

    listing = client.get(reverse("locked_sign_ins:index"))

    assert listing.status_code == 200
    assert not soup_of(listing).find("a", href=reverse("locked_sign_ins:add"))
    attempt = AccessAttempt.objects.get()
    assert client.get(reverse("locked_sign_ins:edit", args=[attempt.pk])).status_code in {302, 403}
