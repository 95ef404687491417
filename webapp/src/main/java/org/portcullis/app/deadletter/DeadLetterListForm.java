package org.portcullis.app.deadletter;

/**
 * Which page of dead letters the officer asks for, bound from the query. A page that is not a number is left at the
 * first and explained on the page, as the case search does, instead of failing with status 400.
 */
public class DeadLetterListForm {

    private int page;

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
