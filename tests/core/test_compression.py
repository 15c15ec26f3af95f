"""Pages go out gzip-compressed to a browser that accepts it; images, which are compressed already, as they are."""

import gzip

from tests import factories


def test_a_page_is_compressed_for_a_browser_that_accepts_gzip(client, home):
    plain = client.get(home.url)
    compressed = client.get(home.url, HTTP_ACCEPT_ENCODING="gzip, deflate")

    assert "Content-Encoding" not in plain
    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert len(compressed.content) < len(plain.content) / 3
    # Django pads every compressed response with random bytes against BREACH; the page itself is the same.
    assert (
        gzip.decompress(compressed.content).decode().count("The home of the WSIS Gender Caucus.")
        == (plain.content.decode().count("The home of the WSIS Gender Caucus."))
        > 0
    )


def test_an_image_is_sent_as_it_is(client, db):
    image = factories.create_image(size=(400, 300))

    response = client.get(image.file.url, HTTP_ACCEPT_ENCODING="gzip")

    assert response.status_code == 200
    assert "Content-Encoding" not in response
    assert b"".join(response.streaming_content) == image.file.open("rb").read()
