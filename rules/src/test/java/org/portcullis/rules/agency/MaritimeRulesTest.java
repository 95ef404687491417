package org.portcullis.rules.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.agency.AgencyRulesFixture.MARITIME;
import static org.portcullis.rules.agency.AgencyRulesFixture.assess;
import static org.portcullis.rules.agency.AgencyRulesFixture.ruleIds;
import static org.portcullis.rules.agency.PortEntryFilings.ARRIVAL;
import static org.portcullis.rules.agency.PortEntryFilings.filing;
import static org.portcullis.rules.agency.PortEntryFilings.security;
import static org.portcullis.rules.agency.PortEntryFilings.visit;
import static org.portcullis.rules.agency.PortEntryFilings.waste;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.PortCall;
import org.portcullis.model.filing.ShipSecurity;
import org.portcullis.model.filing.WasteNotification.WasteDelivery;
import org.portcullis.model.value.UnLocode;
import org.portcullis.rules.engine.TestFilings;

/** The maritime authority's rules (rules/ruleset/maritime): ISPS, waste and dangerous goods acceptance. */
class MaritimeRulesTest {

    private static final ShipSecurity VALID = security(ARRIVAL.plusYears(2), "Jansen, Pieter");

    @Test
    void aShipWithValidSecurityAndWasteWithinCapacityIsClear() {
        var clear = assess(MARITIME, filing(null, VALID, waste(WasteDelivery.SOME, "6", "30", "4")));

        assertThat(clear.assessment().findings()).isEmpty();
        assertThat(clear.assessment().outcome()).isEqualTo(Outcome.RELEASE);
    }

    @Test
    void anExpiredSecurityCertificateHoldsEntry() {
        assertThat(securityRules(ARRIVAL.minusDays(1))).containsExactly("ISP-001");
        assertThat(assess(MARITIME, filing(null, security(ARRIVAL.minusDays(1), "Jansen"), null)).assessment()
                .outcome()).isEqualTo(Outcome.HOLD);
        assertThat(securityRules(ARRIVAL)).as("valid on the day of arrival").isEmpty();
    }

    @Test
    void noSecurityCertificateHoldsEntry() {
        var none = new ShipSecurity(null, "Certificate withdrawn by the flag state", true,
                VALID.shipSecurityOfficer(), null);

        assertThat(ruleIds(assess(MARITIME, filing(null, none, null)))).containsExactly("ISP-002");
        assertThat(ruleIds(assess(MARITIME, filing(null, null, null)))).as("no security part at all").isEmpty();
    }

    @Test
    void aShipAboveThePortsSecurityLevelIsInspected() {
        assertThat(level(2)).containsExactly("ISP-003");
        assertThat(level(1)).isEmpty();
    }

    @Test
    void aShipBelowThePortsSecurityLevelIsAskedToRaiseIt() {
        assertThat(atPort("NLVLI", 1)).as("Vlissingen is at level 2 in the reference data").containsExactly("ISP-004");
        assertThat(atPort("NLVLI", 2)).isEmpty();
        assertThat(level(0)).as("no level declared").isEmpty();
    }

    @Test
    void noShipSecurityOfficerIsAskedFor() {
        assertThat(ruleIds(assess(MARITIME, filing(null, security(ARRIVAL.plusYears(1), null), null))))
                .containsExactly("ISP-005");
    }

    @Test
    void levelThreeAtAPreviousPortGetsADocumentaryCheckOfTheMeasures() {
        var atThree = filing(null, VALID, null, 1, List.of(visit("SGSIN", 20, 3, "Armed guard on board")));
        var atTwo = filing(null, VALID, null, 1, List.of(visit("SGSIN", 20, 2, null)));

        assertThat(assess(MARITIME, atThree).assessment().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("ISP-006");
            assertThat(finding.reason()).contains("SGSIN", "Armed guard on board");
        });
        assertThat(ruleIds(assess(MARITIME, atTwo))).isEmpty();
    }

    @Test
    void wasteRetainedBeyondCapacityIsInspected() {
        assertThat(wasteRules(WasteDelivery.NONE, "31", "30", "0")).containsExactly("WST-001");
        assertThat(wasteRules(WasteDelivery.NONE, "30", "30", "0")).isEmpty();
    }

    @Test
    void wasteThatWillNotFitBeforeTheNextDeliveryPortMustBeDeliveredHere() {
        assertThat(wasteRules(WasteDelivery.SOME, "20", "30", "11")).containsExactly("WST-002");
        assertThat(wasteRules(WasteDelivery.SOME, "20", "30", "10")).as("exactly full").isEmpty();
        assertThat(wasteRules(WasteDelivery.ALL, "20", "30", "11")).as("everything is delivered here").isEmpty();
    }

    @Test
    void dangerousGoodsOfAClassThatNeedsPermissionGetADocumentaryCheck() {
        assertThat(dangerous("1.4")).containsExactly("DGA-001");
        assertThat(dangerous("7")).containsExactly("DGA-001");
        assertThat(dangerous("3")).as("flammable liquids need no permission here").isEmpty();
    }

    @Test
    void dangerousGoodsWithoutTheirClassAreAskedFor() {
        assertThat(dangerous(null)).containsExactly("DGA-002");
    }

    private static List<String> dangerous(String hazardClass) {
        var item = TestFilings.dangerousItem("Fireworks", "360410", "0336", hazardClass);
        return ruleIds(assess(MARITIME, TestFilings.filing(item)));
    }

    private static List<String> securityRules(java.time.LocalDate expiry) {
        return ruleIds(assess(MARITIME, filing(null, security(expiry, "Jansen, Pieter"), null)));
    }

    private static List<String> atPort(String port, int shipLevel) {
        Filing base = TestFilings.filing(List.of());
        var call = new PortCall("FL648W", UnLocode.of(port), TestFilings.ETA, null, shipLevel, List.of());
        return ruleIds(assess(MARITIME, new Filing(base.header(), base.vessel(), call, List.of(), List.of(),
                List.of(), null, List.of(), List.of(), List.of(), VALID, null)));
    }

    private static List<String> level(int shipLevel) {
        return ruleIds(assess(MARITIME, filing(null, VALID, null, shipLevel == 0 ? null : shipLevel, List.of())));
    }

    private static List<String> wasteRules(WasteDelivery delivery, String retained, String capacity, String generated) {
        return ruleIds(assess(MARITIME, filing(null, VALID, waste(delivery, retained, capacity,
                generated))));
    }
}
