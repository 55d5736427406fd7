#!/usr/bin/env python3
"""Carries translations over when strings move from one class to another (the translation context
changes, so lupdate marks them new). For every unfinished message of each catalogue, the translation
of the same source text (and comment) is taken from the catalogue as it was at a git revision,
preferring the same context. Run after update_translations:
    scripts/carry-translations.py [REVISION]   (default HEAD)"""
import copy
import glob
import subprocess
import sys
import xml.etree.ElementTree as ET


def key(message):
    return (message.findtext("source") or "", message.findtext("comment") or "")


def finished(message):
    translation = message.find("translation")
    return translation is not None and translation.get("type") is None


def main(revision):
    for path in sorted(glob.glob("translations/portal-desk_*.ts")):
        old_text = subprocess.run(["git", "show", f"{revision}:{path}"], check=True, capture_output=True).stdout
        old = ET.fromstring(old_text)
        by_context, anywhere = {}, {}
        for context in old.iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                if finished(message):
                    by_context[(name, key(message))] = message.find("translation")
                    anywhere.setdefault(key(message), message.find("translation"))
        tree = ET.parse(path)
        carried = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                if finished(message):
                    continue
                source = by_context.get((name, key(message)), anywhere.get(key(message)))
                if source is None:
                    continue
                translation = message.find("translation")
                if translation is not None:
                    message.remove(translation)
                message.append(copy.deepcopy(source))
                carried += 1
        ET.indent(tree, space="    ")
        with open(path, "wb") as handle:
            handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(handle, encoding="utf-8", xml_declaration=False)
            handle.write(b"\n")
        print(f"{path}: {carried} carried over")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "HEAD")
