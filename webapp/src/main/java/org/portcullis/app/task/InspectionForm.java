package org.portcullis.app.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/** Scheduling a physical inspection: where, when (in the time zone of the pages) and by which inspecting officer. */
public class InspectionForm {

    @NotBlank(message = "{inspection.place.required}")
    @Size(max = 200, message = "{inspection.place.tooLong}")
    private String place;

    @NotNull(message = "{inspection.time.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime scheduledFor;

    @NotBlank(message = "{inspection.inspector.required}")
    private String inspector;

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDateTime getScheduledFor() {
        return scheduledFor;
    }

    public void setScheduledFor(LocalDateTime scheduledFor) {
        this.scheduledFor = scheduledFor;
    }

    public String getInspector() {
        return inspector;
    }

    public void setInspector(String inspector) {
        this.inspector = inspector;
    }
}
