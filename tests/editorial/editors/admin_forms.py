"""Admin requests the way an editor's browser makes them: read the rendered form, change fields, press a button."""

from html.parser import HTMLParser

from django.urls import reverse

PAGE_FORM_ID = "page-edit-form"
UNSENT_INPUT_TYPES = {"submit", "button", "image", "reset", "file"}


class _FormFields(HTMLParser):
    """Collect the (name, value) pairs a browser would submit for one form (no JavaScript runs here)."""

    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.in_template = 0
        self.fields = []
        self._textarea = None
        self._select = None
        self._option = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if tag == "template":
            self.in_template += 1
        if not self.inside or self.in_template or "disabled" in attrs:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in UNSENT_INPUT_TYPES or (kind in {"checkbox", "radio"} and "checked" not in attrs):
                return
            self.fields.append((name, attrs.get("value", "on" if kind in {"checkbox", "radio"} else "")))
        elif tag == "textarea" and name:
            self._textarea = (name, [])
        elif tag == "select" and name:
            self._select = {"name": name, "multiple": "multiple" in attrs, "selected": [], "first": None}
        elif tag == "option" and self._select is not None:
            self._option = {"value": attrs.get("value"), "text": [], "selected": "selected" in attrs}

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1].append(data)
        elif self._option is not None:
            self._option["text"].append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "template":
            self.in_template = max(0, self.in_template - 1)
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            # Browsers drop the newline that directly follows <textarea>.
            self.fields.append((name, "".join(text).removeprefix("\n")))
            self._textarea = None
        elif tag == "option" and self._option is not None:
            self._close_option()
        elif tag == "select" and self._select is not None:
            if self._option is not None:
                self._close_option()
            select = self._select
            values = select["selected"] or ([] if select["multiple"] or select["first"] is None else [select["first"]])
            self.fields.extend((select["name"], value) for value in values)
            self._select = None

    def _close_option(self):
        option = self._option
        value = option["value"] if option["value"] is not None else "".join(option["text"]).strip()
        if self._select["first"] is None:
            self._select["first"] = value
        if option["selected"]:
            self._select["selected"].append(value)
        self._option = None


def form_data(html, form_id=PAGE_FORM_ID):
    """The data the form with this id would post, as a dict of lists (ready for the test client)."""
    parser = _FormFields(form_id)
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client, page, button=None, **changes):
    """Open the page's edit view, change fields, and press a button ("action-submit", "action-publish") or save."""
    response = client.get(edit_url(page))
    assert response.status_code == 200, response
    data = form_data(response.content.decode())
    assert data, "the edit form was not found in the response"
    data.update({name: [value] for name, value in changes.items()})
    if button:
        data[button] = ["1"]
    return client.post(edit_url(page), data)


def messages_of(response):
    return [str(message).strip() for message in response.wsgi_request._messages]
