#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# check-deb-contents.sh CPACK DPKG_DEB DPKG_SHLIBDEPS BUILD_DIR APP_ID VERSION SIZE...
# Runs `cpack -G DEB` for BUILD_DIR into a temporary directory (the build tree is left as is) and
# fails unless the .deb is named <name>_VERSION_<arch>.deb, holds the binary, the desktop entry,
# the metainfo and every icon, and declares the Qt and runtime-plugin dependencies.
# Exits 77 (skipped) only when a needed tool is missing. portal-desk must already be built.
set -eu

cpack=$1 dpkg_deb=$2 dpkg_shlibdeps=$3 build_dir=$4 app_id=$5 version=$6
shift 6
sizes=$*

for tool in "$cpack" "$dpkg_deb" "$dpkg_shlibdeps"; do
  case $tool in
    *-NOTFOUND | "") echo "SKIP: ${tool%-NOTFOUND} not found (dpkg-dev provides dpkg-shlibdeps)"; exit 77 ;;
  esac
done
# CPack's SHLIBDEPS step classifies installed files with file(1).
command -v file >/dev/null 2>&1 || { echo "SKIP: file(1) not found (package file)"; exit 77; }

work=$(mktemp -d "${TMPDIR:-/tmp}/portal-desk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# -B keeps CPack's staging tree (_CPack_Packages) and the .deb out of the build tree.
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack -G DEB failed (is portal-desk built?)"
  exit 1
fi

set -- "$work"/*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  cat "$work/cpack.log"
  echo "FAIL: expected exactly one .deb in $work"
  exit 1
fi
deb=$1
name=$(basename "$deb")
arch=$("$dpkg_deb" -f "$deb" Architecture)
echo "package: $name"
status=0
if [ "$name" != "portal-desk_${version}_${arch}.deb" ]; then
  echo "FAIL: file name $name, expected portal-desk_${version}_${arch}.deb"
  status=1
fi

# dpkg-deb -c prints tar -tv lines; the 6th field is the path (./usr/...).
"$dpkg_deb" -c "$deb" >"$work/listing"
awk '{ print $6 }' "$work/listing" | sed 's|^\./||' >"$work/files"

expect="usr/bin/portal-desk
usr/share/applications/$app_id.desktop
usr/share/metainfo/$app_id.metainfo.xml
usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in $sizes; do
  expect="$expect
usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done

echo "$expect" | while IFS= read -r path; do
  if grep -qx "$path" "$work/files"; then
    echo "ok:   $path"
  else
    echo "MISSING: $path"
    echo x >>"$work/missing"
  fi
done
[ -f "$work/missing" ] && status=1

# The binary is shipped and is what the desktop entry launches.
grep -q '^-rwxr-xr-x .* \./usr/bin/portal-desk$' "$work/listing" || {
  echo "FAIL: usr/bin/portal-desk is not an executable regular file"; status=1; }

depends=$("$dpkg_deb" -f "$deb" Depends)
echo "Depends: $depends"
# libqt6widgets6 comes from dpkg-shlibdeps; the plugins are declared by hand (dlopen()ed).
for dep in libqt6widgets6 qt6-qpa-plugins libqt6sql6-sqlite; do
  case ", $depends," in
    *", $dep"[\ ,]*) ;;
    *) echo "FAIL: Depends lacks $dep"; status=1 ;;
  esac
done

[ $status -eq 0 ] && echo "PASS: $name"
exit $status
