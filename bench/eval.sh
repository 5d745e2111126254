#!/usr/bin/env bash
# Finding quality against the gold annotations in src/test/resources/io/bitext/eval/gold/: runs
# today's checker on the seed and the corpus notes (../shared/corpus) and prints precision and recall
# per split, rule and category, every false positive and every missed annotation. The report is kept
# in target/eval-report.md. Without the corpus folder the test skips and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f target/eval-report.md
mvn -o -q test -Dtest=EvaluationReportTest -Dsurefire.failIfNoSpecifiedTests=false >/tmp/bitext-eval.log 2>&1 \
  || { cat /tmp/bitext-eval.log; exit 1; }
if [ -f target/eval-report.md ]; then
  cat target/eval-report.md
else
  grep -h 'SKIPPED' /tmp/bitext-eval.log || cat /tmp/bitext-eval.log
fi
