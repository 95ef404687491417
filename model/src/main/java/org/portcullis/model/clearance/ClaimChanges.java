package org.portcullis.model.clearance;

/** Port: the audit of who held a case's tasks, written in the caller's transaction. Implemented by casework. */
public interface ClaimChanges {

    void record(ClaimChange change);
}
