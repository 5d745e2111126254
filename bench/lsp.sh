#!/usr/bin/env bash
# A warm check through the language server, the way an editor sees it: `./bitext lsp` in its own
# process, spoken to over stdio (JSON-RPC with Content-Length framing) by a small client; each edit of
# the seed is a didChange, and the time is taken until its publishDiagnostics arrives (debounce 0).
# Median and 90th percentile after WARMUP edits, next to pandoc's conversion of the same note, same run.
# Needs python3 and pandoc (Debian: apt-get install pandoc). EDITS=50 WARMUP=30 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in pandoc python3; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is not installed (apt-get install pandoc)" >&2; exit 2; }
done
./bitext --version >/dev/null   # builds the jar and its start-up archive first
python3 - seeds/000_a3c508f15ff8c1eb.txt "${EDITS:-50}" "${WARMUP:-30}" <<'PY'
import json, os, statistics, subprocess, sys, tempfile, time
note, edits, warmup = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = open(note, encoding="utf-8").read()
uri = "file://" + os.path.abspath(note)
server = subprocess.Popen(["./bitext", "lsp", "--debounce", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)

def send(message):
    body = json.dumps(message, ensure_ascii=False).encode("utf-8")
    server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    server.stdin.flush()

def receive():
    length = 0
    while True:
        line = server.stdout.readline()
        if line in (b"\r\n", b"\n"):
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(server.stdout.read(length))

def wait_for(method=None, request=None):
    while True:
        m = receive()
        if request is not None and m.get("id") == request and "method" not in m:
            return m
        if method is not None and m.get("method") == method:
            return m

started = time.perf_counter()
send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": os.getpid(), "rootUri": None, "capabilities": {}}})
wait_for(request=1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}})
first = wait_for("textDocument/publishDiagnostics")
first_s = time.perf_counter() - started
findings = len(first["params"]["diagnostics"])
times = []
for i in range(warmup + edits):
    edited = text + ("\n" if i % 2 == 0 else "")   # a real change of the buffer, findings unchanged
    t0 = time.perf_counter()
    send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": i + 2},
          "contentChanges": [{"text": edited}]}})
    published = wait_for("textDocument/publishDiagnostics")
    times.append((time.perf_counter() - t0) * 1000)
    assert len(published["params"]["diagnostics"]) == findings
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
wait_for(request=2)
send({"jsonrpc": "2.0", "method": "exit", "params": None})
server.wait(timeout=30)

pandoc = []
out = tempfile.mktemp(suffix=".docx")
for _ in range(10):
    t0 = time.perf_counter()
    subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "-o", out, note], check=True)
    pandoc.append((time.perf_counter() - t0) * 1000)
os.remove(out)
measured = sorted(times[warmup:])
median = statistics.median(measured)
p90 = measured[int(0.9 * (len(measured) - 1))]
pandoc_median = statistics.median(pandoc)
print(f"| measure | ms |")
print(f"|---|---:|")
print(f"| server start to the seed's first diagnostics ({findings} diagnostics, warm-up included) | {first_s * 1000:.0f} |")
print(f"| warm check of the seed through the server, median of {edits} edits after {warmup} | {median:.1f} |")
print(f"| the same, 90th percentile | {p90:.1f} |")
print(f"| pandoc -f markdown -t docx on the seed, median of 10 | {pandoc_median:.1f} |")
print(f"\nwarm check ÷ pandoc: {median / pandoc_median:.2f}×")
PY
