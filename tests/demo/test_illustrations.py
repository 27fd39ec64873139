"""The demo illustrations: each motif is titled in Vietnamese; no two pages of a kind share one.

These read the code and the YAML files only (no database); test_load_demo.py checks the
built site (one hero per village, story and route, and no picture twice on one page).
"""

from collections import Counter

from django.test import SimpleTestCase

from demo import illustrations, sources

OWN_PICTURE_KINDS = ("villages", "stories", "routes")


class IllustrationTests(SimpleTestCase):
    def test_every_motif_has_a_vietnamese_title(self):
        self.assertEqual(set(illustrations.TITLES), set(illustrations.MOTIFS))
        for motif, title in illustrations.TITLES.items():
            with self.subTest(motif=motif):
                self.assertTrue(title.strip())

    def test_titles_are_distinct(self):
        # ensure_images finds a picture again by its title: two motifs may not share one.
        titles = Counter(illustrations.TITLES.values())
        self.assertEqual([title for title, n in titles.items() if n > 1], [])

    def test_each_village_story_and_route_source_names_its_own_motif(self):
        heroes = {}
        for item in sources.all_items():
            if item.kind in OWN_PICTURE_KINDS:
                heroes[item.label] = item.data.get("motif")
        self.assertEqual(len(heroes), 22)
        for label, motif in heroes.items():
            with self.subTest(page=label):
                self.assertIn(motif, illustrations.MOTIFS)
        shared = Counter(heroes.values())
        self.assertEqual(sorted(label for label, motif in heroes.items() if shared[motif] > 1), [])
