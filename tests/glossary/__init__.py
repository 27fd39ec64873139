from wagtail.users.models import UserProfile


def admin_in(user, language_code):
    """Show the admin to ``user`` in ``language_code`` (the site's default is Vietnamese)."""
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language_code
    profile.save()
    return user
