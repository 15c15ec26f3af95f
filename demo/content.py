"""How the demo texts name what the builder creates.

Images, documents and pages are named by key in the texts (demo/texts/*.yaml); the builder swaps keys for the
objects it created. Inside rich text, ``<a page="key">…</a>`` and ``<a doc="key">…</a>`` become Wagtail internal
links. A body block is ``[block_type, value]``; a ``table`` block appears only in documents (PDF and Word).
"""

import re

LINK_PATTERN = re.compile(r'<a (page|doc)="([^"]+)">(.*?)</a>', re.DOTALL)
