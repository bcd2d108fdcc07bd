#!/bin/sh
# Builds libnfc with its PC/SC driver into DEST (default build-deps/libnfc-pcsc), for the test suite's
# independent eMRTD reader: Debian's mrtdreader reads through libnfc, and Debian builds libnfc without the
# pcsc driver, so mrtdreader cannot see pcscd's readers. The Debian source package is fetched through a
# private apt directory (the machine's own apt configuration is not touched) and built with
# -DLIBNFC_DRIVER_PCSC=ON; mrtdreader then runs with LD_LIBRARY_PATH=DEST/lib. Test-only: terminals use
# pcsc-lite directly.
set -eu
dest=${1:-build-deps/libnfc-pcsc}
case "$dest" in /*) ;; *) dest="$(pwd)/$dest" ;; esac
[ -f "$dest/lib/libnfc.so.6" ] && exit 0

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/parts" "$work/lists/partial" "$work/cache/archives/partial"

# A deb-src twin of the first Debian entry of the machine's sources (deb822 or one-line format).
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  awk 'BEGIN{RS="";ORS="\n\n"} NR==1' /etc/apt/sources.list.d/debian.sources |
    sed -e 's/^Types: .*/Types: deb-src/' -e 's/^Suites: .*/Suites: bookworm/' -e '/^#/d' > "$work/parts/src.sources"
else
  grep -E '^deb ' /etc/apt/sources.list | head -n 1 |
    awk '{ $1 = "deb-src"; $3 = "bookworm"; print }' > "$work/parts/src.list"
fi
apto="-o Dir::Etc::SourceList=/dev/null -o Dir::Etc::SourceParts=$work/parts -o Dir::State::Lists=$work/lists \
-o Dir::Cache=$work/cache -o APT::Sandbox::User=root"
echo "foyer: building libnfc with its pcsc driver (for the mrtdreader cross-check) into $dest"
log="$work/build.log"
# The .dsc signature cannot be checked without Debian's keyring for uploaders; apt has already checked the
# archive's signed index and the file hashes.
# shellcheck disable=SC2086
if ! { apt-get $apto -q update &&
       (cd "$work" && apt-get $apto -q source --download-only libnfc) &&
       (cd "$work" && dpkg-source -x libnfc_*.dsc libnfc) &&
       cmake -Wno-dev -S "$work/libnfc" -B "$work/build" -G Ninja -DLIBNFC_DRIVER_PCSC=ON -DCMAKE_BUILD_TYPE=Release \
         -DCMAKE_INSTALL_PREFIX="$dest" &&
       cmake --build "$work/build" --target install; } > "$log" 2>&1; then
  tail -n 30 "$log" >&2
  echo "foyer: building libnfc with the pcsc driver failed (see above)" >&2
  exit 1
fi
