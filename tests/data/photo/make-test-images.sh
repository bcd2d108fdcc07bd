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
# Grace Hopper as published: cap, glasses, a flag behind her, and too small a face for a document.
cp "$hopper" "$out/grace-hopper.jpg"
echo "test images written to $out"
