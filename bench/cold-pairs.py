#!/usr/bin/env python3
"""A cold ./bitext check of the seed against pandoc's conversion of it, timed in alternating pairs.

hyperfine times one command's runs, then the next command's: on a shared machine whose speed drifts
within a minute, the two means then come from different minutes. Here the two commands run in turn,
check then pandoc, N times after a few unrecorded rounds, and each pair gives one ratio; the median
of those ratios is the figure, with the quartiles beside it.

    bench/cold-pairs.py [N]        (default 30 pairs; needs pandoc)
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "seeds", "000_a3c508f15ff8c1eb.txt")


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def quartiles(values):
    q = statistics.quantiles(values, n=4)
    return q[0], statistics.median(values), q[2]


def main():
    pairs = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    if shutil.which("pandoc") is None:
        print("bench: pandoc is not installed (apt-get install pandoc)", file=sys.stderr)
        return 2
    bitext = [os.path.join(ROOT, "bitext"), "check", SEED]
    subprocess.run([os.path.join(ROOT, "bitext"), "--version"], stdout=subprocess.DEVNULL, check=True)  # builds first
    with tempfile.TemporaryDirectory() as work:
        pandoc = ["pandoc", "-f", "markdown", "-t", "docx", "-o", os.path.join(work, "seed.docx"), SEED]
        for _ in range(3):
            timed(bitext)
            timed(pandoc)
        checks, conversions = [], []
        for _ in range(pairs):
            checks.append(timed(bitext))
            conversions.append(timed(pandoc))
    ratios = [c / p for c, p in zip(checks, conversions)]
    print(f"| {pairs} alternating pairs | lower quartile | median | upper quartile |")
    print("|---|---:|---:|---:|")
    for name, values, unit in (("`./bitext check` on the seed, s", checks, ""),
                               ("`pandoc -f markdown -t docx` on the seed, s", conversions, ""),
                               ("check ÷ pandoc, pair by pair", ratios, "×")):
        low, mid, high = quartiles(values)
        print(f"| {name} | {low:.3f}{unit} | {mid:.3f}{unit} | {high:.3f}{unit} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
