package org.portcullis.rules.watchlist;

/**
 * A watchlist file that cannot be imported, with where: the file, the line and column (0 when unknown) and what is
 * wrong. The list that was serving keeps serving.
 */
public class WatchlistImportException extends RuntimeException {

    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public WatchlistImportException(String file, int line, int column, String problem) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + " " + problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String problem() {
        return problem;
    }
}
