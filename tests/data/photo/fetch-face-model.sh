#!/bin/sh
# Fetches the face-embedding model the face-match tests use (Foyer ships none: see docs/photo.md) into
# DIR (default: ~/.cache/foyer/face-model) and prints the model's path. Already there: nothing is fetched.
#
# The model is fr_feature.onnx from the npm package faceplugin-face-recognition-js 0.0.1. The package
# declares the MIT licence, but where the model and its training data come from is not documented: it is
# for tests here, not for terminals. Both the package and the model are checked against known hashes.
set -eu

dir=${1:-${XDG_CACHE_HOME:-$HOME/.cache}/foyer/face-model}
model="$dir/fr_feature.onnx"
url=https://registry.npmjs.org/faceplugin-face-recognition-js/-/faceplugin-face-recognition-js-0.0.1.tgz
package_sha256=7ea06031d9a3f83753254fcff60506a07b81b46fc84d4ee024cd041f260ec1ba
model_sha256=87aacdfe57510db2af90c0251df680e8eec88f122ee94712121d09bcaaaf3581

if [ -f "$model" ] && echo "$model_sha256  $model" | sha256sum -c --status; then
  echo "$model"
  exit 0
fi

mkdir -p "$dir"
work=$(mktemp -d "$dir/fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
if ! curl -sSfL --retry 3 --connect-timeout 20 -o "$work/package.tgz" "$url"; then
  echo "fetch-face-model: cannot download $url" >&2
  exit 1
fi
if ! echo "$package_sha256  $work/package.tgz" | sha256sum -c --status; then
  echo "fetch-face-model: $url is not the package this script knows (sha256 differs)" >&2
  exit 1
fi
tar -xzf "$work/package.tgz" -C "$work" package/model/fr_feature.onnx
if ! echo "$model_sha256  $work/package/model/fr_feature.onnx" | sha256sum -c --status; then
  echo "fetch-face-model: fr_feature.onnx in the package has an unexpected sha256" >&2
  exit 1
fi
mv "$work/package/model/fr_feature.onnx" "$model"
echo "$model"
