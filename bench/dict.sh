#!/usr/bin/env bash
# The English–Chinese dictionary (io.bitext.dict): what it adds to the jar and to a cold start, and how
# fast it answers once loaded.
#   bench/dict.sh           sizes; fresh-JVM cost against a cold `bitext check` of the seed (same run);
#                           JMH: cold load in 10 forks, lookups and translation scores per second
#   QUICK=1 bench/dict.sh   fewer runs and shorter JMH iterations
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests package >&2
mvn -B -q -DskipTests dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
rm -rf target/bench && mkdir -p target/bench && cp -r target/classes target/test-classes target/bench/ && cp target/bitext.jar target/bench/
runs=${QUICK:+5}; runs=${runs:-15}
python3 - "$runs" <<'PY'
import os, resource, statistics, subprocess, sys, time, zipfile
runs = int(sys.argv[1])
jar, index = "target/bench/bitext.jar", "io/bitext/dict/ecdict.bin"
# the jar as it would be without the package: less each io/bitext/dict entry's compressed bytes and its
# local and central headers
with zipfile.ZipFile(jar) as z:
    entry = z.getinfo(index)
    csv = [i.filename for i in z.infolist() if i.filename.endswith(".csv") and "ecdict" in i.filename]
    package = [i for i in z.infolist() if i.filename.startswith("io/bitext/dict/")]
    share = sum(i.compress_size + 30 + 46 + 2 * len(i.filename.encode()) + len(i.extra) * 2 for i in package)
mb = lambda n: f"{n / 1e6:.2f} MB"
print("| what | size |\n|---|---:|")
print(f"| index resource {index} | {mb(os.path.getsize('target/classes/' + index))} |")
print(f"| same, deflated again in the jar | {mb(entry.compress_size)} |")
print(f"| jar without io/bitext/dict ({len(package)} entries) | {mb(os.path.getsize(jar) - share)} |")
print(f"| jar with it | {mb(os.path.getsize(jar))} |")
print(f"| ecdict.csv in the jar | {'none' if not csv else csv} |")
opts = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss4m"]
cp = "target/bench/bitext.jar:target/bench/test-classes"
words = ["reasoning", "policy", "reward", "models", "went", "stripe", "Karpathy", "pre-training",
         "reward model", "fine-tuning", "agent", "inference", "alignment", "token", "benchmark",
         "strategy", "training", "learning", "hallucination", "embedding"] * 2
cases = {
    "java, empty main (baseline)": ["java", *opts, "-cp", cp, "io.bitext.dict.ColdLookup"],
    "java, load + 40 lookups and scores": ["java", *opts, "-cp", cp, "io.bitext.dict.ColdLookup", *words],
    "bitext check seed": ["java", *opts, "-jar", jar, "check", "seeds/000_a3c508f15ff8c1eb.txt", "-g", "glossary"],
}
times = {k: [] for k in cases}
cpus = {k: [] for k in cases}
inner = []
for _ in range(runs):  # interleaved, so that the machine's load falls on every case alike
    for name, cmd in cases.items():
        t = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run(cmd, capture_output=True, text=True)
        times[name].append((time.perf_counter() - t) * 1000)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus[name].append((after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000)
        if "load_ms" in out.stdout:
            inner.append(dict(kv.split("=") for kv in out.stdout.split()))
med = {k: statistics.median(v) for k, v in times.items()}
cpu = {k: statistics.median(v) for k, v in cpus.items()}
# CPU time (user + system, all the JVM's threads) is what the other work on the machine blurs least
print(f"\n| fresh JVM, median of {runs} | wall ms | CPU ms |\n|---|---:|---:|")
for k in cases:
    print(f"| {k} | {med[k]:.0f} | {cpu[k]:.0f} |")
dict_case, base, check = "java, load + 40 lookups and scores", "java, empty main (baseline)", "bitext check seed"
added, added_cpu = med[dict_case] - med[base], cpu[dict_case] - cpu[base]
print(f"| dictionary's share: load + lookups − baseline | {added:.0f} ({100 * added / med[check]:.0f} % of a cold check) "
      f"| {added_cpu:.0f} ({100 * added_cpu / cpu[check]:.0f} %) |")
for key, what in (("load", "Dictionary.english()"), ("lookups", "40 lookups + scores after it")):
    wall = statistics.median(float(i[key + "_ms"]) for i in inner)
    thread_cpu = statistics.median(float(i[key + "_cpu_ms"]) for i in inner)
    print(f"| inside the JVM: {what} (this thread) | {wall:.1f} | {thread_cpu:.1f} |")
PY
cp="target/bench/test-classes:target/bench/classes:$(cat target/bench.classpath)"
iterations=${QUICK:+2}; iterations=${iterations:-5}
java -cp "$cp" org.openjdk.jmh.Main 'DictionaryBenchmark.coldLoadAndLookup' -rf json -rff target/bench-dict-cold.json >&2
java -cp "$cp" org.openjdk.jmh.Main 'DictionaryBenchmark.(lookup|translationScore)' -f 1 -wi 3 -w 1 -i "$iterations" -r 1 -rf json -rff target/bench-dict.json >&2
python3 - <<'PY'
import json
rows = json.load(open("target/bench-dict-cold.json")) + json.load(open("target/bench-dict.json"))
print("\n| JMH | score | unit |\n|---|---:|---|")
for r in rows:
    m = r["primaryMetric"]; name = r["benchmark"].split(".")[-1]
    score, unit = float(m["score"]), m["scoreUnit"]
    if name != "coldLoadAndLookup":  # each op is one pass over the 40 words
        score, unit = score * 40, "words/s"
    print(f"| {name} | {score:,.1f} ± {float(m['scoreError']) * (40 if name != 'coldLoadAndLookup' else 1):,.1f} | {unit} |")
PY
