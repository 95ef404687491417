package org.portcullis.app.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.portcullis.model.clearance.InspectionVerdict;

/**
 * What the inspection found, always the details (kept on the case file, never sent) and the optional message to the
 * carrier.
 */
public class InspectionResultForm extends CarrierMessageForm {

    @NotNull(message = "{inspectionResult.verdict.required}")
    private InspectionVerdict verdict;

    @NotBlank(message = "{inspectionResult.details.required}")
    @Size(max = 2000, message = "{inspectionResult.details.tooLong}")
    private String details;

    public InspectionVerdict getVerdict() {
        return verdict;
    }

    public void setVerdict(InspectionVerdict verdict) {
        this.verdict = verdict;
    }

    public String getDetails() {
        return details;
    }

    public void setDetails(String details) {
        this.details = details;
    }
}
