"""The contact form: a real message is stored and mailed, a bot's is dropped, a mistake is shown to the sender."""

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from tests import factories, soup_of, text_of

pytestmark = pytest.mark.django_db

FIELDS = [
    {"label": "Your name", "field_type": "singleline", "required": True},
    {"label": "Email", "field_type": "email", "required": True},
    {"label": "Message", "field_type": "multiline", "required": True},
]
VALID = {"your_name": "Gurumurthy Kasinathan", "email": "gk@example.org", "message": "Please support our workshop."}


@pytest.fixture
def contact_page(home):
    return factories.create_form_page(
        home,
        FIELDS,
        title="Contact us",
        introduction="<p>Ask the Caucus for support with a national programme.</p>",
        thank_you_text="<p>Thank you, we will be in touch.</p>",
        to_address="caucus@example.org",
        subject="Support request",
    )


def test_form_page_shows_its_introduction_and_fields(client, contact_page):
    response = client.get("/en/contact-us/")

    assert response.status_code == 200
    assert "Ask the Caucus for support with a national programme." in text_of(response)
    form = soup_of(response).find("form", attrs={"method": lambda value: value and value.lower() == "post"})
    assert form is not None
    names = {field.get("name") for field in form.find_all(["input", "textarea", "select"])}
    assert {"your_name", "email", "message", "website"} <= names


def test_valid_submission_is_stored_and_emailed(client, contact_page):
    response = client.post("/en/contact-us/", {**VALID, "website": ""})

    assert response.status_code == 200
    assert "Thank you, we will be in touch." in text_of(response)
    submission = FormSubmission.objects.get(page=contact_page)
    assert submission.get_data()["message"] == "Please support our workshop."
    assert "website" not in submission.form_data
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["caucus@example.org"]
    assert mail.outbox[0].subject == "Support request"
    assert "Please support our workshop." in mail.outbox[0].body


def test_honeypot_submission_is_dropped_with_a_message(client, contact_page):
    response = client.post("/en/contact-us/", {**VALID, "website": "http://cheap-pills.example"})

    assert response.status_code == 200
    text = text_of(response)
    assert "Your message could not be sent. Please try again." in text
    assert "Thank you, we will be in touch." not in text
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []


def test_missing_required_field_keeps_the_other_answers(client, contact_page):
    response = client.post("/en/contact-us/", {**VALID, "email": "", "website": ""})

    assert response.status_code == 200
    assert "This field is required." in text_of(response)
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []
    soup = soup_of(response)
    assert soup.find("input", attrs={"name": "your_name"})["value"] == "Gurumurthy Kasinathan"
    assert soup.find("textarea", attrs={"name": "message"}).get_text().strip() == "Please support our workshop."


def test_form_page_can_live_in_the_programmes_section(client, programmes):
    factories.create_form_page(programmes, FIELDS, title="Request support")

    response = client.get("/en/programmes/request-support/")

    assert response.status_code == 200
    assert "Request support" in text_of(response)


# --- Abuse: floods, oversized answers, forged lines in the notification ----------------------------------------------


def test_line_breaks_in_a_one_line_answer_cannot_add_lines_to_the_notification(client, contact_page):
    forged = "Mallory\r\nBcc: everyone@example.org\nSubject: Free money"

    client.post("/en/contact-us/", {**VALID, "your_name": forged, "message": "Line one.\nLine two.", "website": ""})

    body = mail.outbox[0].body
    assert "Your name: Mallory Bcc: everyone@example.org Subject: Free money" in body
    assert not any(line.startswith(("Bcc:", "Subject:")) for line in body.splitlines())
    assert "Line one.\nLine two." in body, "a message keeps its paragraphs"
    assert FormSubmission.objects.get().get_data()["your_name"].count("\n") == 0


@pytest.mark.parametrize(
    "field, value, limit",
    [("your_name", "x" * 256, 255), ("message", "x" * 5001, 5000), ("email", "a" * 250 + "@example.org", 254)],
)
def test_an_answer_over_its_length_limit_is_refused_with_a_message(client, contact_page, field, value, limit):
    response = client.post("/en/contact-us/", {**VALID, field: value, "website": ""})

    assert response.status_code == 200
    assert f"has at most {limit} characters" in text_of(response)
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []
    assert soup_of(response).find(attrs={"name": field})["maxlength"] == str(limit)


def test_a_flood_of_posts_is_stopped_with_429_and_retry_after(client, contact_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "forms": (5, 600)}
    statuses = [client.post("/en/contact-us/", {**VALID, "website": ""}).status_code for _ in range(30)]

    assert statuses[:5] == [200] * 5
    assert set(statuses[5:]) == {429}
    assert FormSubmission.objects.count() == 5
    assert len(mail.outbox) == 5
    response = client.post("/en/contact-us/", {**VALID, "website": ""})
    assert 0 < int(response["Retry-After"]) <= 601
    assert "Too many requests" in text_of(response)


def test_the_429_page_is_in_the_visitors_language(client, contact_page, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "forms": (0, 60)}

    response = client.post("/fr/contact-us/", {**VALID, "website": ""})

    assert response.status_code == 429
    assert "Trop de requêtes" in text_of(response)
