package org.portcullis.model.assessment;

import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;

/**
 * Port: runs the authority's live rule set over a filing. Implemented by the rules module. The MRN makes the
 * random selection of the rule set reproducible: the same filing under the same MRN is always selected alike.
 */
public interface FilingAssessor {

    Assessment assess(Mrn mrn, Filing filing);
}
