"""Media in an S3-compatible bucket, addressed through the site's own /media/ URLs unless a public URL is set."""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage


class MediaStorage(S3Storage):
    """Keeps the bucket private: without AWS_S3_CUSTOM_DOMAIN, URLs point at /media/, which ops.views streams.

    So images work whether or not the bucket is reachable from browsers (in compose it is not), and a CDN or a
    public bucket can take over by setting MEDIA_PUBLIC_DOMAIN.
    """

    def url(self, name, parameters=None, expire=None, http_method=None):
        if self.custom_domain:
            return super().url(name, parameters, expire, http_method)
        return urljoin(settings.MEDIA_URL, filepath_to_uri(name))
