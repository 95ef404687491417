package org.portcullis.rules.screening;

/**
 * Port: matches an officer has marked as false positives (redress). A subject (a person or party, by its
 * {@code subjectKey}) cleared for an entry of a list is not flagged again for that entry.
 */
public interface RedressRegister {

    RedressRegister NONE = (listName, entryId, subjectKey) -> false;

    boolean isCleared(String listName, String entryId, String subjectKey);
}
