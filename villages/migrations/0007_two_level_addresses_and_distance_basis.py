"""Addresses after 1 July 2025 (two levels, no districts) and how distances are measured.

The old ``district`` becomes ``former_district``; the commune on file is copied
to ``former_commune`` (it is the name drivers know) and stays as the current
one, unconfirmed, until an editor checks it.
"""

from django.db import migrations, models


def keep_old_commune(apps, schema_editor):
    VillagePage = apps.get_model("villages", "VillagePage")
    for page in VillagePage.objects.exclude(commune=""):
        page.former_commune = page.commune
        page.save(update_fields=["former_commune"])


class Migration(migrations.Migration):
    dependencies = [
        ("villages", "0006_visible_length_limits"),
    ]

    operations = [
        migrations.RenameField(
            model_name="villagepage", old_name="district", new_name="former_district"
        ),
        migrations.AddField(
            model_name="villagepage",
            name="former_commune",
            field=models.CharField(blank=True, max_length=100),
        ),
        migrations.RunPython(keep_old_commune, migrations.RunPython.noop),
        migrations.AddField(
            model_name="villagepage",
            name="address_confirmed",
            field=models.BooleanField(
                default=False,
                help_text="Tick once the current commune or ward has been checked against the official list; until then visitors see it marked “to be confirmed”.",
                verbose_name="current address confirmed",
            ),
        ),
        migrations.AddField(
            model_name="villagepage",
            name="address_note",
            field=models.TextField(
                blank=True,
                help_text="Never shown to visitors: why the address reads as it does, e.g. a source that spells the commune wrongly.",
                verbose_name="note for editors on the address",
            ),
        ),
        migrations.AddField(
            model_name="villagepage",
            name="city",
            field=models.CharField(
                default="Hà Nội",
                help_text="In Vietnamese, e.g. “Hà Nội”.",
                max_length=100,
                verbose_name="city or province",
            ),
        ),
        migrations.AddField(
            model_name="villagepage",
            name="distance_basis",
            field=models.CharField(
                choices=[("road", "By road"), ("straight", "As the crow flies")],
                default="road",
                help_text="By road (what a taxi drives) or as the crow flies (a straight line on the map). Every page shows which.",
                max_length=10,
                verbose_name="distance measured",
            ),
        ),
        migrations.AlterField(
            model_name="villagepage",
            name="commune",
            field=models.CharField(
                blank=True,
                help_text="The current commune or ward, in Vietnamese, as on an address, e.g. “xã Bát Tràng”. Leave empty when it is not known yet.",
                max_length=100,
                verbose_name="commune or ward (since 1 July 2025)",
            ),
        ),
        migrations.AlterField(
            model_name="villagepage",
            name="distance_km",
            field=models.DecimalField(
                blank=True,
                decimal_places=1,
                help_text="From Hoàn Kiếm Lake, in kilometres; say below how it was measured.",
                max_digits=5,
                null=True,
                verbose_name="distance from the Old Quarter (km)",
            ),
        ),
        migrations.AlterField(
            model_name="villagepage",
            name="former_commune",
            field=models.CharField(
                blank=True,
                help_text="Before 1 July 2025, in Vietnamese, e.g. “xã Duyên Thái”. Leave empty when it kept its name.",
                max_length=100,
                verbose_name="former commune or ward",
            ),
        ),
        migrations.AlterField(
            model_name="villagepage",
            name="former_district",
            field=models.CharField(
                blank=True,
                help_text="Before 1 July 2025, in Vietnamese, e.g. “huyện Gia Lâm”. Drivers still use it.",
                max_length=100,
                verbose_name="former district",
            ),
        ),
    ]
