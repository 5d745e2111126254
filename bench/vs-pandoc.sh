#!/usr/bin/env bash
# Whole commands, cold JVM, against pandoc on the same notes, measured in one run:
#  1. ./bitext check (with the JDK 25 AOT cache and with the JDK 17 archive), --version and ./bitext run on
#     the seed, next to `pandoc -f markdown -t docx`;
#     then the same check and pandoc in alternating pairs (bench/cold-pairs.py; PAIRS=30 by default);
#  2. `bitext run` over batches of 10, 100 and 1000 notes (copies of the seed and the corpus notes under
#     new names) against a shell loop of pandoc over the same files: time, notes per second, peak memory.
# Needs hyperfine and pandoc (Debian: apt-get install hyperfine pandoc). SIZES="10 100" for a shorter run.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine pandoc python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install hyperfine pandoc)" >&2; exit 2; }
done
./bitext --version >/dev/null   # builds the jar and its class-data archive first
seed=seeds/000_a3c508f15ff8c1eb.txt
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "## One note, cold start (hyperfine, 10 runs each)"
BITEXT_NO_AOT=1 ./bitext --version >/dev/null   # and the JDK 17 archive, for the comparison row
hyperfine -N -i --warmup 2 --runs 10 --export-json "$work/one.json" \
  "./bitext check $seed" "env BITEXT_NO_AOT=1 ./bitext check $seed" "./bitext --version" \
  "./bitext run $seed -o $work/out1 --no-progress" \
  "pandoc -f markdown -t docx -o $work/p.docx $seed" >/dev/null
python3 - "$work/one.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
pandoc = next(x for x in results if x["command"].startswith("pandoc"))
names = ["./bitext check (seed; JDK 25 AOT cache where that JDK is present)", "./bitext check (seed; JDK 17 class-data archive)",
         "./bitext --version", "./bitext run (seed: every output)", "pandoc -f markdown -t docx (seed)"]
print("| command | mean s | ± s | user+sys s | ÷ pandoc |")
print("|---|---:|---:|---:|---:|")
for name, v in zip(names, results):
    print(f"| {name} | {v['mean']:.3f} | {v['stddev']:.3f} | {v['user'] + v['system']:.3f} | {v['mean'] / pandoc['mean']:.1f}× |")
PY

echo
echo "## One note, cold start, check and pandoc in alternating pairs (bench/cold-pairs.py)"
python3 bench/cold-pairs.py "${PAIRS:-30}"

echo
echo "## Batches: bitext run vs a pandoc loop (/usr/bin/time)"
sources=("$seed")
for n in ../shared/corpus/*.md; do [ -f "$n" ] && sources+=("$n"); done
echo "| notes | bitext s | notes/s | peak MB | pandoc loop s | notes/s | bitext ÷ pandoc |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
declare -A took
for size in ${SIZES:-10 100 1000}; do
  dir="$work/batch-$size"
  mkdir -p "$dir" "$work/out-$size" "$work/pandoc-$size"
  for ((i = 0; i < size; i++)); do cp "${sources[$((i % ${#sources[@]}))]}" "$dir/note-$(printf %04d "$i").md"; done
  /usr/bin/time -f "%e %M" -o "$work/time-b" ./bitext run "$dir" -o "$work/out-$size" --no-progress >/dev/null 2>&1 || true
  /usr/bin/time -f "%e %M" -o "$work/time-p" bash -c "for f in '$dir'/*.md; do pandoc -f markdown -t docx -o '$work/pandoc-$size'/\$(basename \"\$f\" .md).docx \"\$f\" 2>/dev/null || true; done"
  read -r bs bm < "$work/time-b"
  read -r ps pm < "$work/time-p"
  took[$size]=$bs
  python3 -c "print(f'| $size | {$bs:.1f} | {$size/$bs:.1f} | {$bm/1024:.0f} | {$ps:.1f} | {$size/$ps:.1f} | {$bs/$ps:.2f} |')"
done
if [ -n "${took[100]:-}" ] && [ -n "${took[1000]:-}" ]; then
  python3 -c "print(f'\nGrowth from 100 to 1000 notes: {${took[1000]}/${took[100]}:.1f}× the time for 10× the notes')"
fi
