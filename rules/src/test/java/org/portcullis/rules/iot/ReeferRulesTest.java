package org.portcullis.rules.iot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.portcullis.rules.iot.IotTestCase.assess;
import static org.portcullis.rules.iot.IotTestCase.beforeEta;
import static org.portcullis.rules.iot.IotTestCase.filing;
import static org.portcullis.rules.iot.IotTestCase.reefer;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.portcullis.model.assessment.Assessment;
import org.portcullis.model.assessment.Finding;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.iot.IotEvent;

/** IOT-004: a reefer's readings against the range declared for the temperature-controlled goods in it. */
class ReeferRulesTest {

    @Test
    void anHourOutsideTheDeclaredRangeGetsADocumentaryCheck() {
        Assessment assessment = assess(filing(), readings(-0.5, -0.4, 2.5, 3.1, 2.0, 1.2, 0.9, -0.3));

        assertThat(assessment.findings()).extracting(Finding::ruleId).containsExactly("IOT-004");
        Finding finding = assessment.findings().get(0);
        assertThat(finding.outcome()).isEqualTo(Outcome.DOCUMENT_CHECK);
        assertThat(finding.target().reference()).isEqualTo(IotTestCase.CONTAINER);
        assertThat(finding.reason()).contains("-1.0 to 0.5", "60 minutes", "3.1");
    }

    @Test
    void fortyFiveMinutesOutsideTheRangeIsNoFinding() {
        Assessment assessment = assess(filing(), readings(-0.5, 2.5, 3.1, 2.0, 0.9, -0.3, -0.4, -0.5));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void twoShortExcursionsDoNotAddUp() {
        Assessment assessment = assess(filing(), readings(2.5, 3.1, 2.0, -0.3, 2.2, 2.4, 2.0, -0.5));

        assertThat(assessment.findings()).isEmpty();
    }

    @Test
    void goodsWithoutADeclaredRangeAreNotCheckedAgainstReadings() {
        Filing ambient = withoutRange(filing());

        Assessment assessment = assess(ambient, readings(20.0, 21.0, 22.0, 23.0, 24.0, 25.0, 26.0, 27.0));

        assertThat(assessment.findings()).isEmpty();
    }

    /** Readings every 15 minutes, the last two hours before the ETA. */
    private static List<IotEvent> readings(double... celsius) {
        List<IotEvent> events = new ArrayList<>();
        for (int i = 0; i < celsius.length; i++) {
            events.add(reefer(beforeEta(2 - i * 0.25), celsius[i]));
        }
        return events;
    }

    private static Filing withoutRange(Filing filing) {
        Consignment c = filing.consignments().get(0);
        GoodsItem item = c.goodsItems().get(0);
        GoodsItem ambient = new GoodsItem(item.sequence(), item.description(), item.hsCode(), item.packages(),
                item.grossMassKg(), item.containers(), null);
        Consignment changed = new Consignment(c.transportDocumentNumber(), c.consignor(), c.consignee(),
                c.notifyParty(), c.placeOfLoading(), c.placeOfUnloading(), List.of(ambient), c.containers());
        return new Filing(filing.header(), filing.vessel(), filing.portCall(), List.of(changed));
    }
}
