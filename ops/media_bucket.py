"""The media bucket, made on first start when the storage is S3-compatible and the bucket does not exist yet."""

from botocore.exceptions import ClientError
from django.core.files.storage import storages

from ops.storage import MediaStorage


def ensure_media_bucket():
    """Returns what was done, for the command's output; does nothing for a local media folder."""
    storage = storages["default"]
    if not isinstance(storage, MediaStorage):
        return "media in a local folder: no bucket to make"
    client = storage.connection.meta.client
    try:
        client.head_bucket(Bucket=storage.bucket_name)
        return f"media bucket {storage.bucket_name} exists"
    except ClientError as error:
        if error.response.get("Error", {}).get("Code") not in {"404", "NoSuchBucket", "NotFound"}:
            raise
    options = {}
    if storage.region_name and storage.region_name != "us-east-1":
        options["CreateBucketConfiguration"] = {"LocationConstraint": storage.region_name}
    client.create_bucket(Bucket=storage.bucket_name, **options)
    return f"media bucket {storage.bucket_name} created"
