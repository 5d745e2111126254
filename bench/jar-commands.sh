#!/usr/bin/env bash
# Runs every command on the seed with two jars and compares what they print, their exit codes and the
# files they write (a DOCX entry by entry, its zip dates aside). Used when the jar leaves out parts of
# libraries (pom.xml, the shade plugin's filters): the slim jar must do all that the full one does.
#   bench/jar-commands.sh FULL.jar SLIM.jar
set -euo pipefail
[ $# -eq 2 ] || { echo "usage: $0 FULL.jar SLIM.jar" >&2; exit 2; }
here="$(cd "$(dirname "$0")/.." && pwd)"
full="$(realpath "$1")"
slim="$(realpath "$2")"
seed="$here/seeds/000_a3c508f15ff8c1eb.txt"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
commands=(
  "check NOTE" "check --format json NOTE" "check --format sarif NOTE" "check --list-rules"
  "outline NOTE" "outline --json NOTE" "align NOTE" "align --json NOTE" "align --transcript NOTE NOTE"
  "check --transcript NOTE NOTE"
  "export --docx=OUT/n.docx --xliff=OUT/n.xlf --tmx=OUT/n.tmx NOTE" "report -o OUT/r.html NOTE"
  "fix --dry-run NOTE" "glossary validate" "glossary export --format tbx" "glossary export --format csv"
  "glossary export --format omegat" "glossary extract NOTE" "run NOTE -o OUT/run --no-progress"
  "import OUT/n.xlf --note NOTE --out OUT/n.en.md" "--version" "--help" "help check" "check --bogus"
)
for side in full slim; do
  jar="$full"; [ "$side" = slim ] && jar="$slim"
  mkdir -p "$work/$side/OUT"
  cp "$seed" "$work/$side/note.txt"
  i=0
  for c in "${commands[@]}"; do
    i=$((i + 1))
    args="${c//NOTE/$work/$side/note.txt}"
    args="${args//OUT/$work/$side/OUT}"
    # shellcheck disable=SC2086
    (cd "$work/$side" && java -cp "$jar" io.bitext.cli.Main $args >"$work/$side/$i.out" 2>"$work/$side/$i.err"; echo $? >"$work/$side/$i.code") || true
    # the folder, and the batch's elapsed time and rate, are not the jar's doing
    sed -i -E "s#$work/$side#WORK#g; s#in [0-9.]+ s \([0-9.]+ notes/s\)#in T#" "$work/$side/$i.out" "$work/$side/$i.err"
  done
  # a DOCX is compared entry by entry: its zip headers carry the time it was written
  for docx in $(find "$work/$side/OUT" -name '*.docx'); do
    mkdir -p "$docx.entries" && (cd "$docx.entries" && unzip -q "$docx") && rm "$docx"
  done
  # nor the time a file was written
  find "$work/$side/OUT" -type f -exec sed -i -E "s#$work/$side#WORK#g; s#<dcterms:created([^>]*)>[^<]*<#<dcterms:created\1>T<#g" {} +
done
failed=0
i=0
for c in "${commands[@]}"; do
  i=$((i + 1))
  for part in code out err; do
    if ! cmp -s "$work/full/$i.$part" "$work/slim/$i.$part"; then
      echo "differs: bitext $c ($part)"; { diff "$work/full/$i.$part" "$work/slim/$i.$part" | head -n 6 || true; }; failed=1
    fi
  done
  [ "$(cat "$work/full/$i.code")" -le 1 ] || echo "note: bitext $c exits $(cat "$work/full/$i.code") with both jars"
done
diff -r "$work/full/OUT" "$work/slim/OUT" >/dev/null || { echo "differs: the files written"; diff -rq "$work/full/OUT" "$work/slim/OUT" | head; failed=1; }
echo "${#commands[@]} command lines, $(find "$work/full/OUT" -type f | wc -l) files written: $([ $failed = 0 ] && echo same || echo DIFFERENT)"
exit $failed
