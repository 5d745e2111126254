#!/usr/bin/env bash
# Per-note costs in a warm JVM (JMH): read, align, check, DOCX export, XLIFF export + import, for the
# seed and, when ../shared/corpus is present, each corpus note.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
rm -rf target/bench && mkdir -p target/bench && cp -r target/classes target/test-classes target/bench/
cp="target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath)"
notes="seeds/000_a3c508f15ff8c1eb.txt"
for n in ../shared/corpus/*.md; do [ -f "$n" ] && notes="$notes,$n"; done
# eight warm-up seconds per case: with three, the compiler was still at work on 2 cores and the
# measured iterations kept falling (a DOCX export from 144 to 96 ms within one run)
# the test classpath holds Saxon, which POI would otherwise load as its XML serializer; the jar uses the JDK's
java -cp "$cp" org.openjdk.jmh.Main ExportBenchmark -jvmArgsAppend -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl -p note="$notes" -f 1 -wi 8 -w 1 -i 5 -r 1 -rf json -rff target/bench-exports.json >&2
python3 - <<'PY'
import json
rows = json.load(open("target/bench-exports.json"))
notes = sorted({r["params"]["note"] for r in rows}, key=lambda n: (not n.startswith("seeds"), n))
ops = ["read", "align", "check", "docx", "xliffRoundTrip"]
print("| note | " + " | ".join(f"{o} ms" for o in ops) + " |")
print("|---|" + "---:|" * len(ops))
for n in notes:
    cells = []
    for o in ops:
        r = next(r for r in rows if r["params"]["note"] == n and r["benchmark"].endswith("." + o))
        cells.append(f'{float(r["primaryMetric"]["score"]):.2f}')
    print(f"| {n.split('/')[-1]} | " + " | ".join(cells) + " |")
# the streamed DOCX writer against the XWPF one it replaced, same run: with the session's units and
# glossary terms given to both, and alone (cutting and matching inside the export)
print()
print("| note | streamed ms | XWPF ms | ratio | streamed alone ms | XWPF alone ms | ratio |")
print("|---|---:|---:|---:|---:|---:|---:|")
def score(n, op):
    r = next(r for r in rows if r["params"]["note"] == n and r["benchmark"].endswith("." + op))
    return float(r["primaryMetric"]["score"]), float(r["primaryMetric"]["scoreError"])
for n in notes:
    (a, ea), (b, eb), (c, ec), (d, ed) = (score(n, op) for op in ["docx", "docxPrevious", "docxAlone", "docxPreviousAlone"])
    print(f"| {n.split('/')[-1]} | {a:.2f} ± {ea:.2f} | {b:.2f} ± {eb:.2f} | {a / b:.0%} | {c:.2f} ± {ec:.2f} | {d:.2f} ± {ed:.2f} | {c / d:.0%} |")
PY
