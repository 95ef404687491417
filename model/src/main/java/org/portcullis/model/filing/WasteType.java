package org.portcullis.model.filing;

/**
 * The types of ship-generated waste of the waste notification (Directive (EU) 2019/883, Annex 2), by the MARPOL
 * annex that governs them: Annex I oily waste, Annex II noxious liquid substances, Annex IV sewage, Annex V garbage
 * (categories A to K), Annex VI air pollution related waste, and passively fished waste.
 */
public enum WasteType {
    OILY_BILGE_WATER(MarpolAnnex.I),
    OILY_RESIDUES_SLUDGE(MarpolAnnex.I),
    OILY_TANK_WASHINGS(MarpolAnnex.I),
    DIRTY_BALLAST_WATER(MarpolAnnex.I),
    SCALE_AND_SLUDGE_FROM_TANK_CLEANING(MarpolAnnex.I),
    OTHER_OILY_WASTE(MarpolAnnex.I),
    NLS_CATEGORY_X(MarpolAnnex.II),
    NLS_CATEGORY_Y(MarpolAnnex.II),
    NLS_CATEGORY_Z(MarpolAnnex.II),
    OTHER_SUBSTANCES(MarpolAnnex.II),
    SEWAGE(MarpolAnnex.IV),
    PLASTICS(MarpolAnnex.V),
    FOOD_WASTE(MarpolAnnex.V),
    DOMESTIC_WASTE(MarpolAnnex.V),
    COOKING_OIL(MarpolAnnex.V),
    INCINERATOR_ASHES(MarpolAnnex.V),
    OPERATIONAL_WASTE(MarpolAnnex.V),
    ANIMAL_CARCASSES(MarpolAnnex.V),
    FISHING_GEAR(MarpolAnnex.V),
    E_WASTE(MarpolAnnex.V),
    CARGO_RESIDUES_HME(MarpolAnnex.V),
    CARGO_RESIDUES_NON_HME(MarpolAnnex.V),
    OZONE_DEPLETING_SUBSTANCES(MarpolAnnex.VI),
    EXHAUST_GAS_CLEANING_RESIDUES(MarpolAnnex.VI),
    PASSIVELY_FISHED_WASTE(MarpolAnnex.NONE);

    private final MarpolAnnex annex;

    WasteType(MarpolAnnex annex) {
        this.annex = annex;
    }

    public MarpolAnnex annex() {
        return annex;
    }

    /** The MARPOL annexes that govern ship-generated waste; NONE for passively fished waste. */
    public enum MarpolAnnex {
        I,
        II,
        IV,
        V,
        VI,
        NONE
    }
}
