package org.portcullis.app.task;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Scheduling a physical inspection: where, when (in the time zone of the pages, written as the pages show times:
 * {@code 2026-12-04 16:30}; the ISO form with a {@code T} is read too) and by which inspecting officer.
 */
public class InspectionForm {

    @NotBlank(message = "{inspection.place.required}")
    @Size(max = 200, message = "{inspection.place.tooLong}")
    private String place;

    @NotNull(message = "{inspection.time.required}")
    @DateTimeFormat(pattern = "yyyy-MM-dd HH:mm", fallbackPatterns = {"yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"})
    private LocalDateTime scheduledFor;

    @NotBlank(message = "{inspection.inspector.required}")
    private String inspector;

    /** The clerk means a time before the vessel's arrival (the goods are inspected before discharge). */
    private boolean beforeArrival;

    public boolean isBeforeArrival() {
        return beforeArrival;
    }

    public void setBeforeArrival(boolean beforeArrival) {
        this.beforeArrival = beforeArrival;
    }

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
