// Run by OmegaT (--script) once the project is loaded: reads every glossary file of the project with
// OmegaT's own readers and prints what they found, one line per entry, for OmegaTRoundTripTest.
import org.omegat.core.Core
import org.omegat.gui.glossary.GlossaryReaderCSV
import org.omegat.gui.glossary.GlossaryReaderTBX
import org.omegat.gui.glossary.GlossaryReaderTSV

def root = new File(Core.getProject().getProjectProperties().getGlossaryRoot())
root.listFiles().sort { it.name }.each { file ->
    def entries
    try {
        if (file.name.endsWith('.tbx')) {
            entries = GlossaryReaderTBX.read(file, false)
        } else if (file.name.endsWith('.csv')) {
            entries = GlossaryReaderCSV.read(file, false)
        } else {
            entries = GlossaryReaderTSV.read(file, false)
        }
    } catch (Exception e) {
        println "BITEXT-GLOSSARY-ERROR\t${file.name}\t${e}"
        return
    }
    entries.each { e -> println "BITEXT-GLOSSARY\t${file.name}\t${e.srcText}\t${e.locText}" }
    println "BITEXT-GLOSSARY-END\t${file.name}\t${entries.size()}"
}
