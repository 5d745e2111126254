package io.bitext.note;

/** What a part of a note is for, recognised from its title (configurable) or its shape. */
public enum PartRole {
    /** Front matter-like key/value list: title, link, dates, duration. */
    COVER,
    /** Summary bullets. */
    SUMMARY,
    /** The part with the most sections or turns: the rendering of the recording itself. */
    BODY,
    /** Anything else: contact details, afterwords. */
    OTHER
}
