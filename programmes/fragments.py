"""What the programmes listings' cached fragments depend on besides the request's own section.

`{% fragment_cache %}` keys a fragment on the page cache's generations of the request's section, which every publish
under it bumps. A listing that also shows content from other sections (the training library's counts in other
languages, the countries of materials in a library outside the programmes section, the events of a calendar placed
under the home page) adds `content_generation()` to its key: the generation of the home page's section, which every
publish, unpublish, move and deletion anywhere bumps (pagecache.signals: the home page lists recent content from every
section). Such a fragment is rendered again after any publish, which is rare beside the visits in between.
"""

import time

from pagecache import store


def content_generation():
    try:
        return store.generations("")[1]
    except Exception:  # The cache does not answer: a key never used before, so nothing stale is read.
        return time.time_ns()
