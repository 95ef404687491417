package org.portcullis.model.filing;

/** How the adult a minor travels with is related to the minor. */
public enum GuardianRelation {
    PARENT,
    GRANDPARENT,
    SIBLING,
    OTHER_RELATIVE,
    LEGAL_GUARDIAN,
    /** An adult in charge who is no relative (a teacher, a coach, an escort). */
    ACCOMPANYING_ADULT;

    /** True for the relations of family or guardianship in law. */
    public boolean isFamily() {
        return this != ACCOMPANYING_ADULT;
    }
}
