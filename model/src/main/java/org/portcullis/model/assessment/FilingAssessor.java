package org.portcullis.model.assessment;

import org.portcullis.model.filing.Filing;

/** Port: runs the authority's live rule set over a filing. Implemented by the rules module. */
public interface FilingAssessor {

    Assessment assess(Filing filing);
}
