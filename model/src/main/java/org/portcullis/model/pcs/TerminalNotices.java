package org.portcullis.model.pcs;

import org.portcullis.model.value.Mrn;

/**
 * Port: tells the terminal, through the port community system, the status of every container of a case (one notice
 * per container), in the caller's transaction: the notices leave only if it commits. Implemented by the webapp.
 */
public interface TerminalNotices {

    void announce(Mrn mrn, ContainerStatus status);
}
