from wagtail import hooks

from .admin_views import enquiry_viewset


@hooks.register("register_admin_viewset")
def register_enquiries():
    return enquiry_viewset
