#!/usr/bin/env bash
# Installs what Portal Desk needs to build, test and run on Debian 12 (Qt 6.4). Idempotent:
# apt is only called when something is missing. Needs root (or sudo).
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6
  qtkeychain-qt6-dev libqt6sql6-sqlite qt6-qpa-plugins libgl-dev libvulkan-dev
  xvfb xauth fonts-dejavu-core
  gnome-keyring dbus dbus-x11 libsecret-tools
  desktop-file-utils appstream dpkg-dev file python3-yaml
  faketime openssl python3-icalendar
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
