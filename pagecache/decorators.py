"""How a view opts in to the page cache: its output is the same for every anonymous visitor."""

from functools import wraps


def cache_for_anonymous(view):
    """Mark `view` (a function or a callable such as a Feed) as cacheable for anonymous visitors."""

    @wraps(view)
    def cached_view(*args, **kwargs):
        return view(*args, **kwargs)

    cached_view.page_cache = True
    return cached_view


def is_cacheable(view):
    return getattr(view, "page_cache", False)
