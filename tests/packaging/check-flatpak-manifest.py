#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""check-flatpak-manifest.py MANIFEST APP_ID

The Flatpak is not built in CI (flatpak-builder needs the network), so this keeps the manifest
loadable and holding what the app needs at run time. Exits 77 (skipped) without PyYAML.
"""
import sys

try:
    import yaml
except ImportError:
    print("SKIP: PyYAML not available (package python3-yaml)")
    sys.exit(77)


def main(path: str, app_id: str) -> int:
    with open(path, encoding="utf-8") as f:
        manifest = yaml.safe_load(f)

    problems = []

    def expect(cond: bool, what: str) -> None:
        if not cond:
            problems.append(what)

    expect(isinstance(manifest, dict), "top level is not a mapping")
    if problems:
        return report(path, problems)

    expect(manifest.get("id", manifest.get("app-id")) == app_id, f"id is not {app_id}")
    expect(manifest.get("runtime") == "org.kde.Platform", "runtime is not org.kde.Platform")
    expect(manifest.get("sdk") == "org.kde.Sdk", "sdk is not org.kde.Sdk")
    expect(str(manifest.get("runtime-version", "")).startswith("6."), "runtime-version is not a Qt 6 branch")
    expect(manifest.get("command") == "portal-desk", "command is not portal-desk")

    args = manifest.get("finish-args") or []
    for needed in ("--share=network", "--socket=wayland", "--talk-name=org.freedesktop.secrets"):
        expect(needed in args, f"finish-args lacks {needed}")
    expect("--socket=x11" in args or "--socket=fallback-x11" in args, "finish-args lacks an X11 socket")

    modules = manifest.get("modules") or []
    names = [m.get("name") for m in modules if isinstance(m, dict)]
    expect("qtkeychain" in names, "no qtkeychain module")
    expect(names[-1:] == ["portal-desk"], "portal-desk is not the last module")
    for m in modules:
        if isinstance(m, dict):
            expect(bool(m.get("sources")), f"module {m.get('name')} has no sources")
            expect("buildsystem" in m, f"module {m.get('name')} has no buildsystem")
    if "qtkeychain" in names:
        opts = modules[names.index("qtkeychain")].get("config-opts") or []
        expect("-DBUILD_WITH_QT6=ON" in opts, "qtkeychain is not built against Qt 6")

    return report(path, problems)


def report(path: str, problems: list) -> int:
    for p in problems:
        print(f"FAIL: {path}: {p}")
    if not problems:
        print(f"PASS: {path}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
