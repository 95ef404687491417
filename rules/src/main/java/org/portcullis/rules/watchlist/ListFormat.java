package org.portcullis.rules.watchlist;

/** The official consolidated lists Portcullis imports in their published XML formats, with the list name each gets. */
public enum ListFormat {
    /** UN Security Council Consolidated List (https://scsanctions.un.org/resources/xml/en/consolidated.xml). */
    UN_CONSOLIDATED("un-consolidated", "UN Security Council"),
    /** EU Financial Sanctions Files, full list XML 1.1 (namespace http://eu.europa.ec/fpi/fsd/export). */
    EU_FSF("eu-fsf", "European Union (FSF)"),
    /** US Treasury OFAC Specially Designated Nationals list, SDN.XML. */
    OFAC_SDN("ofac-sdn", "US Treasury OFAC");

    private final String listName;
    private final String publisher;

    ListFormat(String listName, String publisher) {
        this.listName = listName;
        this.publisher = publisher;
    }

    public String listName() {
        return listName;
    }

    public String publisher() {
        return publisher;
    }

    /** The reader of this format. */
    public ImportedList read(String file, byte[] content) {
        return switch (this) {
            case UN_CONSOLIDATED -> new UnConsolidatedListReader(file).read(content);
            case EU_FSF -> new EuFinancialSanctionsReader(file).read(content);
            case OFAC_SDN -> new OfacSdnReader(file).read(content);
        };
    }
}
