package org.portcullis.rules.backtest;

import org.portcullis.model.filing.Filing;
import org.portcullis.model.value.Mrn;

/** A filing as stored under its MRN, for a backtest to assess again. */
public record StoredFiling(Mrn mrn, Filing filing) {
}
