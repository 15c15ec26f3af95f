"""What a demo build does without, because it saves every page many times in one go (see also demo/indexing.py).

* Wagtail's redirect from a page's old slug to its new one: a translation starts as a copy with the English slug
  and is renamed when its texts come in, an address that was never published. Creating those redirects (each
  looks at every site and every descendant) was a twentieth of `seed_demo`'s time, and the build removed them anyway.
* Page cache purges on each publish: the cache is purged once when the build ends.
"""

from contextlib import contextmanager

from wagtail.contrib.redirects.signal_handlers import autocreate_redirects_on_slug_change
from wagtail.signals import page_slug_changed

from pagecache.signals import one_purge_at_the_end


@contextmanager
def no_redirects_for_renamed_slugs():
    """Within the block (commit included: the signal is sent on commit), a slug change creates no redirect."""
    page_slug_changed.disconnect(autocreate_redirects_on_slug_change)
    try:
        yield
    finally:
        page_slug_changed.connect(autocreate_redirects_on_slug_change)


@contextmanager
def bulk_build():
    with no_redirects_for_renamed_slugs(), one_purge_at_the_end():
        yield
