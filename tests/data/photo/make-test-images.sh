#!/bin/sh
# Makes the photo-quality test images from two public-domain portraits in Debian packages:
#   astronaut.png    (python3-skimage: NASA portrait of Eileen Collins, public domain)
#   grace_hopper.jpg (python-matplotlib-data: US Navy portrait of Grace Hopper, public domain)
# and derives variants that each break one criterion. Needs apt-get (download only) and ImageMagick.
#   usage: make-test-images.sh [OUTPUT_DIR]   (default: this script's folder)
set -eu
out=$(cd "${1:-$(dirname "$0")}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download python3-skimage python-matplotlib-data >/dev/null
for deb in *.deb; do dpkg-deb -x "$deb" root; done
astronaut=root/usr/lib/python3/dist-packages/skimage/data/astronaut.png
hopper=root/usr/share/matplotlib/mpl-data/sample_data/grace_hopper.jpg

# A 35:45 portrait around the astronaut's face (eyes at 40 % from the top), three times enlarged so
# that the eye distance is about 130 px.
convert "$astronaut" -crop 174x224+137+12 +repage -resize 300% portrait.png
jpeg() { convert "$1" -strip -quality 92 "$out/$2"; }
jpeg portrait.png astronaut-portrait.jpg
# Face left of centre.
convert "$astronaut" -crop 174x224+167+12 +repage -resize 300% shifted.png && jpeg shifted.png astronaut-shifted.jpg
# Head tilted 15 degrees.
convert portrait.png -background white -rotate 15 -gravity center -crop 522x672+0+0 +repage rotated.png
jpeg rotated.png astronaut-rotated.jpg
# Under-exposed.
convert portrait.png -modulate 35 dark.png && jpeg dark.png astronaut-dark.jpg
# Out of focus.
convert portrait.png -blur 0x5 blurred.png && jpeg blurred.png astronaut-blurred.jpg
# Too far away: the same portrait at a third of the size.
convert portrait.png -resize 33% small.png && jpeg small.png astronaut-small.jpg
# Two people.
convert "$hopper" -resize x672 hopper-tall.png
convert portrait.png hopper-tall.png +append two.png && jpeg two.png two-faces.jpg
# No face: the shuttle model beside her.
convert "$astronaut" -crop 170x220+320+0 +repage -resize 300% noface.png && jpeg noface.png no-face.jpg
# Eyes shut (eyelids painted over the eyes): one frame of a blink.
convert portrait.png \( -size 522x672 xc:none -fill 'srgb(214,182,160)' -draw "ellipse 200,272 34,17 0,360" \
    -fill 'srgb(190,160,138)' -draw "ellipse 329,272 34,17 0,360" -blur 0x3 \) -composite \
  -stroke 'srgb(90,60,50)' -strokewidth 3 -fill none -draw "arc 168,262 232,286 20,160" \
  -draw "arc 297,262 361,286 20,160" eyes-closed.png
jpeg eyes-closed.png astronaut-eyes-closed.jpg
# Lips closed over the smile (teeth painted over): the one variant that meets every criterion in a
# camera frame. Both edits act on fixed places of this fixed crop.
lips() {
  convert "$1" \( -size 522x672 xc:none -fill 'srgb(196,132,128)' -draw "ellipse 262,396 52,11 0,360" -blur 0x2 \) \
    -composite -stroke 'srgb(120,70,70)' -strokewidth 2 -fill none -draw "path 'M 206,389 Q 262,404 318,389'" "$2"
}
lips portrait.png closed.png && jpeg closed.png astronaut-lips-closed.jpg
lips eyes-closed.png blink.png

# The photo camera's view for the simulator (1280x720): the visitor in front of a plain light wall,
# coming closer, stepping to the middle, holding still, blinking once. A GStreamer image sequence of these
# (packaging/run/make-camera-sequence.sh) is the simulated camera of `make run` and the photo flow tests.
camera="$out/../../../assets/simulator/photo-camera"
mkdir -p "$camera"
wall='xc:srgb(222,214,214)'
frame() { convert -size 1280x720 "$wall" "$1" -geometry "$2" -composite -strip -quality 90 "$camera/$3"; }
# Eyes at mid-height, where the crop has room above and below them.
convert closed.png -resize 50% far.png
frame far.png +509+224 far.jpg
frame closed.png +180+88 aside.jpg
frame closed.png +379+88 still.jpg
frame blink.png +379+88 blink.jpg
# Grace Hopper as published: cap, glasses, a flag behind her, and too small a face for a document.
cp "$hopper" "$out/grace-hopper.jpg"
echo "test images written to $out, camera frames to $camera"
