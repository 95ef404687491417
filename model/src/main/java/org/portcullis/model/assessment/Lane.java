package org.portcullis.model.assessment;

/** The control lane: GREEN release, YELLOW documentary check, RED physical inspection. */
public enum Lane {
    GREEN,
    YELLOW,
    RED
}
