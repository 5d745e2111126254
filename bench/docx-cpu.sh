#!/usr/bin/env bash
# The streamed DOCX writer against the XWPF one, in the exporting thread's CPU time (warm, same inputs,
# rounds alternating): a check on bench/exports.sh's wall-clock figures when the machine is shared.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
# Saxon on the test class path would otherwise be POI's XML serializer; the jar uses the JDK's
java -Djavax.xml.transform.TransformerFactory=com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl \
    -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" io.bitext.bench.DocxCpuTime "${1:-seeds/000_a3c508f15ff8c1eb.txt}" "${2:-100}"
