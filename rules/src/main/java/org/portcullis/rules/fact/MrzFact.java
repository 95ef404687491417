package org.portcullis.rules.fact;

import java.util.List;
import org.portcullis.model.assessment.Target;
import org.portcullis.model.traveldocument.Mrz;
import org.portcullis.model.traveldocument.MrzFormat;

/**
 * A person's travel document as its machine readable zone (ICAO Doc 9303) says: the MRZ the filing carries
 * ({@code declared}), whose check digits and fields are checked against the declared ones, or else the MRZ built
 * from the declared fields, which proves nothing by its check digits but still gives issuing state and nationality
 * in one form.
 */
public class MrzFact implements TargetFact {

    private final PersonFact person;
    private final Mrz mrz;
    private final boolean declared;
    private final List<String> checkDigitFailures;
    private final List<String> discrepancies;

    public MrzFact(PersonFact person, Mrz mrz, boolean declared, List<String> checkDigitFailures,
            List<String> discrepancies) {
        this.person = person;
        this.mrz = mrz;
        this.declared = declared;
        this.checkDigitFailures = List.copyOf(checkDigitFailures);
        this.discrepancies = List.copyOf(discrepancies);
    }

    public PersonFact getPerson() {
        return person;
    }

    /** True when the filing carries the MRZ; false when it was built from the declared fields. */
    public boolean isDeclared() {
        return declared;
    }

    /** The MRZ, its lines separated by " / ". */
    public String getText() {
        return String.join(" / ", mrz.lines());
    }

    public boolean isPassport() {
        return mrz.format() == MrzFormat.TD3;
    }

    /** The check digits that do not match, in words ("document number check digit is 5, computed 6"). */
    public List<String> getCheckDigitFailures() {
        return checkDigitFailures;
    }

    /** The fields on which the declared MRZ and the declared document differ, in words. */
    public List<String> getDiscrepancies() {
        return discrepancies;
    }

    /** Issuing state as the MRZ writes it (three letters, D for Germany). */
    public String getIssuingState() {
        return mrz.issuingState();
    }

    public String getNationality() {
        return mrz.nationality();
    }

    /**
     * True when both are known and differ, unless the holder is stateless or a refugee (nationality XXA, XXB, XXC,
     * XXX): their documents are issued by another state by design.
     */
    public boolean isIssuedByAnotherState() {
        String state = mrz.issuingState();
        String nationality = mrz.nationality();
        return !state.isEmpty() && !nationality.isEmpty() && !nationality.startsWith("XX")
                && !state.equals(nationality);
    }

    @Override
    public Target target() {
        return person.target();
    }
}
