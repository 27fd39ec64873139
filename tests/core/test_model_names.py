"""Every model editors meet has its names, singular and plural, in every admin language.

Without an explicit ``verbose_name_plural`` Django adds an English "s" to the
translated singular: a Vietnamese editor read "làng nghềs" in the admin. The
names of inline parts (a village's crafts, a route's stops) show in Wagtail's
"used by" listings and history, so they are translated too.
"""

from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.test import SimpleTestCase
from django.utils import translation

# Never shown to editors (not registered in the admin).
UNSHOWN = {"core.HealthHeartbeat"}
# Languages that do not inflect nouns for number: Django's default plural (the
# singular plus "s") is always wrong there.
UNINFLECTED = ("vi", "ja", "ko")


def project_models():
    root = Path(settings.BASE_DIR).resolve()
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if root in path.parents and ".venv" not in path.parts:
            for model in config.get_models():
                if model._meta.label not in UNSHOWN:
                    yield model


class ModelNamesTests(SimpleTestCase):
    def test_every_model_names_itself_in_both_numbers(self):
        models = list(project_models())
        self.assertGreater(len(models), 30)
        for model in models:
            with self.subTest(model=model._meta.label):
                self.assertIn("verbose_name", model._meta.original_attrs)
                self.assertIn("verbose_name_plural", model._meta.original_attrs)

    def test_names_are_translated(self):
        for model in project_models():
            translation.deactivate_all()
            english = str(model._meta.verbose_name_plural)
            for language in UNINFLECTED:
                with self.subTest(model=model._meta.label, language=language):
                    with translation.override(language):
                        singular = str(model._meta.verbose_name)
                        plural = str(model._meta.verbose_name_plural)
                    self.assertNotEqual(plural, f"{singular}s")
                    self.assertNotEqual(plural, english)
        # The Vietnamese editor's example, and an inflected language.
        from villages.models import VillagePage

        with translation.override("vi"):
            self.assertEqual(str(VillagePage._meta.verbose_name_plural), "làng nghề")
        with translation.override("fr"):
            self.assertEqual(str(VillagePage._meta.verbose_name_plural), "villages")
            self.assertEqual(str(VillagePage._meta.verbose_name), "village")
