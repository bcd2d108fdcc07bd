#!/bin/sh
# Makes the fingerprint test images: synthetic 500 ppi flat prints (no real person's finger) from
# foyer-fingerprint-sim, and variants that each break one quality criterion. Needs ImageMagick.
#   usage: make-test-prints.sh FOYER_FINGERPRINT_SIM [OUTPUT_DIR]   (default: this script's folder)
# The simulated scanner's prints (assets/simulator/fingerprints) come from the same command.
set -eu
sim=$1
out=$(cd "${2:-$(dirname "$0")}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Three different good fingers: a loop leaning left, a loop leaning right, an arch.
"$sim" make --seed 1 -o "$out/good-loop.png"
"$sim" make --seed 7 --core-x 0.55 --core-y 0.4 --delta-x 0.75 --delta-y 0.8 --rotate 10 -o "$out/good-right-loop.png"
"$sim" make --seed 11 --delta-x -1 --delta-y -1 -o "$out/good-arch.png"

good="$out/good-loop.png"
# png OUTPUT ARGS...: ImageMagick ARGS written as a grey 8-bit PNG.
png() {
  target=$1
  shift
  convert "$@" -strip -colorspace gray -depth 8 -define png:compression-level=9 "$out/$target"
}
# The finger moved while the scanner read it.
png smudged.png "$good" -motion-blur 0x12+30
# Only the lower part of the fingertip touched the glass.
png partial.png "$good" \( -size 320x400 xc:black -fill white -draw "rectangle 0,0 320,230" \) -compose lighten -composite
# Barely touched (or a very dry finger): faint ridges.
png low-contrast.png "$good" -fill white -colorize 85%
# Pressed hard with a wet finger: ridges run together into dark patches.
png wet.png "$good" -morphology Erode Disk:3.5 -level 0,90%
# Out of focus / a dirty glass.
png blurred.png "$good" -blur 0x3
# Something that is no finger: noise, and an empty glass.
png noise.png -size 320x400 xc:gray50 -seed 3 +noise Random
png blank.png -size 320x400 xc:white
