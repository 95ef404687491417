package org.portcullis.casework.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import org.portcullis.casework.Samples;
import org.portcullis.casework.ledger.LedgerSequencer;
import org.portcullis.messaging.inbound.FilingReaders;
import org.portcullis.model.intake.Channel;
import org.portcullis.model.intake.FilingIntake;
import org.portcullis.model.intake.InboundMessage;
import org.portcullis.model.value.Mrn;
import org.springframework.jdbc.core.simple.JdbcClient;

/** For the tests of what is logged: a case registered from the green sample, and the leaves added after a point. */
final class LoggedCases {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LoggedCases() {
    }

    /** Registers the green sample under its own LRN and sequences its leaves, so that later leaves are the test's. */
    static Mrn registeredCase(FilingIntake intake, LedgerSequencer sequencer, String messageId) throws IOException {
        ObjectNode filing = (ObjectNode) JSON.readTree(
                Files.readString(Samples.DIRECTORY.resolve("filing-green.json")));
        ((ObjectNode) filing.get("header")).put("lrn", "LRN-" + messageId);
        byte[] body = JSON.writeValueAsBytes(filing);
        InboundMessage message = new InboundMessage(messageId, "ACME", "application/json", Channel.QUEUE, body,
                Instant.parse("2026-11-29T10:00:00Z"));
        Mrn mrn = intake.receive(message, FilingReaders.standard().read("application/json", body)).mrn();
        sequencer.sequence();
        return mrn;
    }

    static int leafCount(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from ledger_leaf").query(Integer.class).single();
    }

    /** The data of the leaves from this index on, in log order. */
    static List<String> leavesFrom(JdbcClient jdbc, int index) {
        return jdbc.sql("select leaf_data from ledger_leaf where leaf_index >= ? order by leaf_index").param(index)
                .query(String.class).list();
    }
}
