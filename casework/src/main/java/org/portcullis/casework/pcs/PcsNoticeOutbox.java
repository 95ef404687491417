package org.portcullis.casework.pcs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.portcullis.casework.cases.CaseFileRepository;
import org.portcullis.casework.cases.CaseSummary;
import org.portcullis.casework.cases.ControlRecordRepository;
import org.portcullis.casework.ledger.Ledger;
import org.portcullis.casework.ledger.LedgerEntries;
import org.portcullis.messaging.pcs.PcsNoticeJson;
import org.portcullis.messaging.pcs.TerminalNotice;
import org.portcullis.model.filing.Consignment;
import org.portcullis.model.filing.Filing;
import org.portcullis.model.filing.GoodsItem;
import org.portcullis.model.filing.TransportEquipment;
import org.portcullis.model.pcs.ContainerStatus;
import org.portcullis.model.pcs.TerminalNotices;
import org.portcullis.model.value.ContainerNumber;
import org.portcullis.model.value.Mrn;
import org.springframework.stereotype.Component;

/**
 * Tells the terminal the status of every container of a case by writing one notice per container to the outbox in
 * the caller's transaction; the {@link PcsNoticeRelay} publishes them once it has committed. The containers are
 * those of the current filing (consignments' equipment and goods items' containers), each with its bills of lading.
 * A container already told the same status is not told it again (released after an inspection, then at arrival).
 * Each notice is a leaf of the log, recorded in the same transaction.
 */
@Component
public class PcsNoticeOutbox implements TerminalNotices {

    private final PcsNoticeRepository notices;
    private final CaseFileRepository cases;
    private final ControlRecordRepository controls;
    private final PcsNoticeJson json;
    private final PcsNoticeRelay relay;
    private final Ledger ledger;
    private final Clock clock;

    public PcsNoticeOutbox(PcsNoticeRepository notices, CaseFileRepository cases, ControlRecordRepository controls,
            PcsNoticeJson json, PcsNoticeRelay relay, Ledger ledger, Clock clock) {
        this.notices = notices;
        this.cases = cases;
        this.controls = controls;
        this.json = json;
        this.relay = relay;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void announce(Mrn mrn, ContainerStatus status) {
        CaseSummary summary = cases.summary(mrn).orElseThrow(() -> new IllegalStateException("no case " + mrn));
        Filing filing = cases.currentFiling(mrn);
        TerminalNotice.Inspection inspection = status != ContainerStatus.HELD_FOR_INSPECTION ? null
                : controls.latestInspection(mrn).map(i -> new TerminalNotice.Inspection(i.place(), i.scheduledFor()))
                        .orElseThrow(() -> new IllegalStateException("no inspection scheduled for " + mrn));
        Instant now = clock.instant();
        Map<String, String> told = notices.latestStatuses(mrn.value());
        containersOf(filing).forEach((container, billsOfLading) -> {
            if (status.name().equals(told.get(container))) {
                return;
            }
            TerminalNotice notice = new TerminalNotice(UUID.randomUUID().toString(), container, status, mrn.value(),
                    new TerminalNotice.Vessel(summary.vesselImo(), summary.vesselName()), summary.portOfCall(),
                    filing.portCall().voyageNumber(), billsOfLading, inspection, now);
            String body = json.write(notice);
            notices.insert(notice.noticeId(), mrn.value(), container, status.name(), body, now);
            ledger.record(LedgerEntries.containerStatusNotice(notice.noticeId(), mrn.value(), container,
                    status.name(), body, now), LedgerEntries.pcsNoticeRef(notice.noticeId()));
        });
        relay.wakeUpAfterCommit();
    }

    /** Every container of the filing once, in filing order, with the bills of lading it carries goods of. */
    static Map<String, List<String>> containersOf(Filing filing) {
        Map<String, List<String>> containers = new LinkedHashMap<>();
        for (Consignment consignment : filing.consignments()) {
            List<ContainerNumber> numbers = new ArrayList<>();
            consignment.containers().stream().map(TransportEquipment::number).forEach(numbers::add);
            consignment.goodsItems().stream().map(GoodsItem::containers).forEach(numbers::addAll);
            for (ContainerNumber number : numbers) {
                List<String> bills = containers.computeIfAbsent(number.value(), key -> new ArrayList<>());
                if (!bills.contains(consignment.transportDocumentNumber())) {
                    bills.add(consignment.transportDocumentNumber());
                }
            }
        }
        return containers;
    }
}
