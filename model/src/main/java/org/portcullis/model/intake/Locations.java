package org.portcullis.model.intake;

/**
 * Where the elements the intake checks against earlier messages or the time of receipt sit in the message as sent,
 * so that an error or a warning found there (an LRN filed twice, a port call changed, a past ETA) points at them: a JSON Pointer for JSON, the segment and
 * element position for EDIFACT.
 */
public interface Locations {

    /** The elements an intake error can point at. */
    enum Element { LRN, FUNCTION, SENT_AT, MRN, VESSEL, PORT_OF_CALL, VOYAGE_NUMBER, ETA }

    /** The pointer to the element, or "" (the whole message) when the message does not carry it. */
    String of(Element element);

    /** The JSON Pointers of the published v1 document. */
    Locations JSON = element -> switch (element) {
        case LRN -> "/header/lrn";
        case FUNCTION -> "/header/function";
        case SENT_AT -> "/header/sentAt";
        case MRN -> "/header/mrn";
        case VESSEL -> "/vessel/imoNumber";
        case PORT_OF_CALL -> "/portCall/portOfCall";
        case VOYAGE_NUMBER -> "/portCall/voyageNumber";
        case ETA -> "/portCall/eta";
    };
}
