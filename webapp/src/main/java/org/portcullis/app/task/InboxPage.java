package org.portcullis.app.task;

import java.util.List;
import org.portcullis.model.search.Paging;

/** One page of the inbox: its rows, where it is and how many tasks match in all. */
public record InboxPage(List<InboxRow> rows, int page, int size, long total) {

    public int pageCount() {
        return Paging.pageCount(total, size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pageCount();
    }

    /** Position of the first row on the page, counted from 1 (0 when the page is empty). */
    public long firstRow() {
        return rows.isEmpty() ? 0 : (long) page * size + 1;
    }

    public long lastRow() {
        return (long) page * size + rows.size();
    }
}
