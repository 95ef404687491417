package org.portcullis.model.search;

/** How the lists of the pages are paged: the size of a page unless the officer chose another, and the page count. */
public final class Paging {

    /** The rows of a page: the case search and the dead letters always, the inbox unless the officer chose more. */
    public static final int DEFAULT_SIZE = 25;

    private Paging() {
    }

    /** How many pages that many rows fill, at least one (no rows is one empty page). */
    public static int pageCount(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** The page asked for, but the last one when it lies past the last (and the first when it lies before it). */
    public static int withinPages(int page, long total, int size) {
        return Math.min(Math.max(page, 0), pageCount(total, size) - 1);
    }
}
