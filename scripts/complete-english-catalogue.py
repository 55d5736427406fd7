#!/usr/bin/env python3
"""Completes translations/portal-desk_en.ts: English is the source language, so every entry's
translation is its source text, and plural entries get a singular and a plural form derived from
the "(s)" convention of the sources (with a few irregular words). Run after update_translations."""
import re
import sys
import xml.etree.ElementTree as ET

IRREGULAR = [("people", "person"), ("need attention", "needs attention")]


def singular(text):
    out = text.replace("(s)", "")
    if "%n" in text:
        for plural, single in IRREGULAR:
            out = out.replace(plural, single)
    return out


def plural(text):
    return text.replace("(s)", "s")


def main(path):
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in (singular(source), plural(source)):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = source
    ET.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "translations/portal-desk_en.ts")
