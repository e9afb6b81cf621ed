#!/usr/bin/env bash
# Screenshots of the pages that draw time (docs/images/*.png, shown in README "Pages and linked data").
# Reproducible: `./govkg demo` builds samples/careers (our own dated reports) into a fresh store under a free port and
# serves it; headless Chromium then shoots each page at a fixed window size. Needs chromium and a CJK font
# (fonts-wqy-microhei or fonts-noto-cjk; without one the Chinese text is boxes).
#   scripts/screenshots.sh [OUT_DIR]        (default docs/images)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${1:-$here/docs/images}"
mkdir -p "$out"
chromium="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
[ -n "$chromium" ] || { echo "screenshots: no chromium on PATH" >&2; exit 1; }
fc-list :lang=zh 2>/dev/null | grep -q . || echo "screenshots: warning: no CJK font installed; Chinese text will not render" >&2

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
work="$(mktemp -d)"
cd "$here"
./govkg demo --samples samples/careers --db "$work/db" --port "$port" >"$work/demo.log" 2>&1 &
demo=$!
trap 'kill "$demo" 2>/dev/null || true; wait "$demo" 2>/dev/null || true; rm -rf "$work"' EXIT
base="http://localhost:$port"
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "$base/" && break
  kill -0 "$demo" 2>/dev/null || { cat "$work/demo.log" >&2; exit 1; }
  sleep 1
done

# the IRI of the first resource a SPARQL SELECT returns (?s), over the demo's endpoint
iri() {
  curl -fs "$base/govkg/sparql" -H 'Accept: text/csv' --data-urlencode "query=
    PREFIX gov: <https://w3id.org/govkg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX schema: <https://schema.org/>
    SELECT ?s WHERE { $1 } ORDER BY ?s LIMIT 1" | sed -n 2p | tr -d '\r'
}

# shoot NAME URL HEIGHT: the top HEIGHT pixels of the page at 1100 wide
shoot() {
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-background-networking \
    --user-data-dir="$work/profile" --lang=zh-CN --window-size="1100,$3" --screenshot="$out/$1.png" "$2" >/dev/null 2>&1
  echo "screenshots: $out/$1.png $(wc -c <"$out/$1.png") bytes ($2)"
}

shoot page-person "$(iri '?s a gov:Person ; rdfs:label "陈立言"@zh FILTER NOT EXISTS { ?s owl:sameAs ?c }')" 560
shoot page-organization "$(iri '?s a gov:Organization ; rdfs:label "中共浙江省委"@zh')" 640
shoot page-program "$(iri '?s a gov:Program ; rdfs:label "邻里调解驿站试点"@zh')" 1020
shoot page-report "$(iri '?s a gov:Report ; schema:datePublished ?d FILTER(STR(?d) = "2017-09-03")')" 420
