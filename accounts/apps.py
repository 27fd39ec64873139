from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Editor accounts"

    def ready(self):
        from django.contrib.auth.signals import user_logged_in
        from wagtail.signals import copy_for_translation_done

        from .roles import village_translated
        from .services import password_sign_in_done
        from .sessions import stamp_sign_in

        user_logged_in.connect(stamp_sign_in, dispatch_uid="accounts_stamp_sign_in")
        user_logged_in.connect(password_sign_in_done, dispatch_uid="accounts_password_done")
        copy_for_translation_done.connect(village_translated, dispatch_uid="accounts_village_roles")
