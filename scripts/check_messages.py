"""Fail when an interface string has no translation in some language (make lint).

A string added to the code or a template reaches the catalogues only when
someone runs ``make messages``; until then every language shows it in English.
This runs the same extraction on the real catalogues, lists each entry that is
untranslated or fuzzy, then puts the catalogues back exactly as they were.
Usage: python scripts/check_messages.py MAKEMESSAGES-COMMAND...
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

import polib

LOCALE = pathlib.Path(__file__).resolve().parents[1] / "locale"


def main(command):
    with tempfile.TemporaryDirectory() as saved:
        backup = pathlib.Path(saved) / "locale"
        shutil.copytree(LOCALE, backup)
        try:
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
            missing = [
                f"{po_path.relative_to(LOCALE.parent)}: {entry.msgid!r}"
                + (f" (context {entry.msgctxt!r})" if entry.msgctxt else "")
                for po_path in sorted(LOCALE.glob("*/LC_MESSAGES/django.po"))
                if po_path.parts[-3] != "en"
                for entry in polib.pofile(str(po_path))
                if not entry.obsolete and not entry.translated()
            ]
        finally:
            shutil.rmtree(LOCALE)
            shutil.copytree(backup, LOCALE)
    if missing:
        print("Strings with no translation (run `make messages`, then translate):")
        print("\n".join(f"  {line}" for line in missing))
        return 1
    print("every interface string is translated in every language")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
