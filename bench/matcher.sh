#!/usr/bin/env bash
# Glossary matcher throughput (MB/s) against a naive per-form indexOf scan, measured in one run with JMH.
#   bench/matcher.sh            the matcher on 20 MB with 1k/10k/100k concepts, the naive scan on 1 MB
#   QUICK=1 bench/matcher.sh    fewer, shorter iterations
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
# run from a copy, so that a build during the run cannot pull classes from under it
rm -rf target/bench && mkdir -p target/bench && cp -r target/classes target/test-classes target/bench/
cp="target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath)"
iterations=${QUICK:+2}; iterations=${iterations:-4}
run() { java -Xmx8g -cp "$cp" org.openjdk.jmh.Main "$@" -f 1 -wi 1 -i "$iterations" -rf json; }
run 'MatcherBenchmark.matcher' -p megabytes=5,10,20 -rff target/bench-matcher.json >&2
run 'MatcherBenchmark.naive' -p megabytes=1 -rff target/bench-naive.json >&2
python3 - <<'PY'
import json
rows = json.load(open("target/bench-matcher.json")) + json.load(open("target/bench-naive.json"))
table = {}
for r in rows:
    p = r["params"]; ms = float(r["primaryMetric"]["score"]); err = float(r["primaryMetric"]["scoreError"])
    mb = int(p["megabytes"])
    table[(r["benchmark"].split(".")[-1], int(p["entries"]), mb)] = (ms, err, mb / (ms / 1000))
print("| concepts | text | matcher ms/op | matcher MB/s | naive ms/op (1 MB) | naive MB/s | matcher ÷ naive |")
print("|---:|---:|---:|---:|---:|---:|---:|")
for n in (1000, 10000, 100000):
    for mb in (5, 10, 20):
        m = table.get(("matcher", n, mb))
        if not m: continue
        nv = table.get(("naive", n, 1))
        naive = f"{nv[0]:.0f} ± {0 if nv[1] != nv[1] else nv[1]:.0f} | {nv[2]:.2f} | {m[2]/nv[2]:.0f}×" if nv and mb == 20 else " | |"
        print(f"| {n:,} | {mb} MB | {m[0]:.0f} ± {0 if m[1] != m[1] else m[1]:.0f} | {m[2]:.1f} | {naive} |")
PY
