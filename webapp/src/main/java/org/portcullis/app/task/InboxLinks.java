package org.portcullis.app.task;

import org.portcullis.processes.inbox.InboxSort;
import org.portcullis.processes.inbox.InboxCriteria;
import org.portcullis.model.search.Paging;
import org.springframework.web.util.UriComponentsBuilder;

/** Links of the inbox that keep the officer's filter: to sort by a column and to go to another page. */
public record InboxLinks(InboxFilter filter) {

    /** Sorting by a column; the column the inbox is sorted by already turns its direction. */
    public String sortBy(InboxSort sort) {
        boolean descending = sort == filter.getSort() && !filter.isDesc();
        return query(sort, descending, 0);
    }

    public String page(int page) {
        return query(filter.getSort(), filter.isDesc(), page);
    }

    /** The value of the aria-sort attribute of a column's header. */
    public String ariaSort(InboxSort sort) {
        if (sort != filter.getSort()) {
            return "none";
        }
        return filter.isDesc() ? "descending" : "ascending";
    }

    private String query(InboxSort sort, boolean descending, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tasks");
        add(uri, "scope", filter.getScope() == InboxCriteria.Scope.ALL ? null : filter.getScope());
        add(uri, "port", filter.portCode());
        add(uri, "vessel", filter.vesselText());
        add(uri, "lane", filter.getLane());
        add(uri, "outcome", filter.getOutcome());
        add(uri, "etaFrom", filter.getEtaFrom());
        add(uri, "etaTo", filter.getEtaTo());
        add(uri, "deadline", filter.getDeadline() == InboxCriteria.DeadlineWindow.ANY ? null : filter.getDeadline());
        add(uri, "sort", sort);
        add(uri, "desc", descending ? "true" : null);
        add(uri, "size", filter.getSize() == Paging.DEFAULT_SIZE ? null : filter.getSize());
        add(uri, "page", page == 0 ? null : page);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }
}
