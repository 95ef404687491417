package org.portcullis.app.task;

import org.portcullis.processes.inbox.InboxCriteria;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.portcullis.model.search.Paging;
import org.portcullis.processes.inbox.InboxCriteria.DeadlineWindow;
import org.portcullis.processes.inbox.InboxCriteria.Scope;
import org.portcullis.processes.inbox.InboxSort;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.Outcome;
import org.springframework.format.annotation.DateTimeFormat;

/** What the officer asks of the inbox: whose tasks, which cases, in what order, which page. Bound from the query. */
public class InboxFilter {



    private Scope scope = Scope.ALL;
    @Pattern(regexp = "[A-Za-z]{2}[A-Za-z2-9]{3}", message = "{inbox.filter.port.invalid}")
    private String port;
    @Size(max = 70, message = "{inbox.filter.vessel.tooLong}")
    private String vessel;
    private Lane lane;
    private Outcome outcome;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate etaFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate etaTo;
    private DeadlineWindow deadline = DeadlineWindow.ANY;
    private InboxSort sort = InboxSort.DEADLINE;
    private boolean desc;
    @Min(value = 0, message = "{inbox.filter.page.invalid}")
    private int page;
    @Min(value = 10, message = "{inbox.filter.size.invalid}")
    @Max(value = 200, message = "{inbox.filter.size.invalid}")
    private int size = Paging.DEFAULT_SIZE;

    /** The port in capitals, or null when none is asked for. */
    public String portCode() {
        return port == null || port.isBlank() ? null : port.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The page sizes the officer can pick: the usual ones, and the one asked for by hand when it is another. */
    public List<Integer> sizeChoices() {
        return Stream.concat(Stream.of(25, 50, 100), Stream.of(size)).distinct().sorted().toList();
    }

    public String vesselText() {
        return vessel == null || vessel.isBlank() ? null : vessel.strip();
    }

    /** Forgets the value of a field the officer got wrong, so that the rest of the filter still applies. */
    void reset(String field) {
        InboxFilter defaults = new InboxFilter();
        switch (field) {
            case "port" -> port = null;
            case "vessel" -> vessel = null;
            case "page" -> page = defaults.page;
            case "size" -> size = defaults.size;
            default -> { }
        }
    }

    public Scope getScope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = scope == null ? Scope.ALL : scope;
    }

    public String getPort() {
        return port;
    }

    public void setPort(String port) {
        this.port = port == null || port.isBlank() ? null : port.strip();
    }

    public String getVessel() {
        return vessel;
    }

    public void setVessel(String vessel) {
        this.vessel = vessel;
    }

    public Lane getLane() {
        return lane;
    }

    public void setLane(Lane lane) {
        this.lane = lane;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getEtaFrom() {
        return etaFrom;
    }

    public void setEtaFrom(LocalDate etaFrom) {
        this.etaFrom = etaFrom;
    }

    public LocalDate getEtaTo() {
        return etaTo;
    }

    public void setEtaTo(LocalDate etaTo) {
        this.etaTo = etaTo;
    }

    public DeadlineWindow getDeadline() {
        return deadline;
    }

    public void setDeadline(DeadlineWindow deadline) {
        this.deadline = deadline == null ? DeadlineWindow.ANY : deadline;
    }

    public InboxSort getSort() {
        return sort;
    }

    public void setSort(InboxSort sort) {
        this.sort = sort == null ? InboxSort.DEADLINE : sort;
    }

    public boolean isDesc() {
        return desc;
    }

    public void setDesc(boolean desc) {
        this.desc = desc;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }
}
