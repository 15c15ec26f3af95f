from wagtail import hooks

from core.lockouts import lockout_viewset


@hooks.register("register_admin_viewset")
def register_lockout_viewset():
    return lockout_viewset
