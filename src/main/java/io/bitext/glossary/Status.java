package io.bitext.glossary;

/** Where a form stands in the glossary, as TBX's {@code administrativeStatus} says it. */
public enum Status {
    /** The form to use. */
    PREFERRED("preferredTerm-admn-sts"),
    /** Acceptable too: abbreviations, plurals, established alternatives. */
    ADMITTED("admittedTerm-admn-sts"),
    /** Wrong: known misspellings, wrong case, speech-recognition mishearings, renderings to avoid. */
    FORBIDDEN("deprecatedTerm-admn-sts");

    private final String tbx;

    Status(String tbx) {
        this.tbx = tbx;
    }

    public String tbx() {
        return tbx;
    }

    public static Status fromTbx(String value) {
        for (Status status : values()) {
            if (status.tbx.equals(value)) {
                return status;
            }
        }
        return "supersededTerm-admn-sts".equals(value) ? FORBIDDEN : ADMITTED;
    }
}
