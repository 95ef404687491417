package org.portcullis.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One sequence of the test corpus ({@code messaging/src/test/resources/corpus/sequences/NAME/}): messages a carrier
 * sends one after another, each file named {@code NN-NOTICE.ext} after the notice that answers it. {@code ${LRN}}
 * stands for an LRN of the run's own, {@code ${MRN}} for the MRN of the first ACCEPTED notice, {@code ${IMO}} for a
 * vessel of the run's own; {@code .edi} files go as {@code application/edifact}. A file named
 * {@code NN-PCS-STATUS.json} is an event the port community system sends, after which the case reaches STATUS (the
 * vessel arrived, say, so that the case is released). A directory named after an error code ends with a REJECTED
 * carrying that code. Every date of the files is moved for this run ({@link TestDates}), all by the same days, so
 * that the sequence's ETA lies ahead and its events and amendments keep their order and distances.
 */
record MessageSequence(String name, List<Step> steps) {

    static final Path SEQUENCES = Path.of("..", "messaging", "src", "test", "resources", "corpus", "sequences");

    record Step(String file, String awaitedNotice, String contentType, String template) {

        private static final String PORT_COMMUNITY = "PCS-";

        String body(String lrn, String mrn, String imo) {
            return template.replace("${LRN}", lrn).replace("${MRN}", mrn == null ? "" : mrn).replace("${IMO}", imo);
        }

        boolean isPortCommunityEvent() {
            return awaitedNotice.startsWith(PORT_COMMUNITY);
        }

        /** For a port community event: the case status it leads to. */
        String awaitedCaseStatus() {
            return awaitedNotice.substring(PORT_COMMUNITY.length());
        }
    }

    static List<String> names() {
        try (Stream<Path> directories = Files.list(SEQUENCES)) {
            return directories.map(dir -> dir.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MessageSequence load(String name) {
        List<Step> steps = new ArrayList<>();
        try (Stream<Path> files = Files.list(SEQUENCES.resolve(name))) {
            for (Path file : files.sorted().toList()) {
                String fileName = file.getFileName().toString();
                String base = fileName.substring(0, fileName.lastIndexOf('.'));
                boolean edifact = fileName.endsWith(".edi");
                String template = Files.readString(file);
                steps.add(new Step(fileName, base.substring(base.indexOf('-') + 1),
                        edifact ? "application/edifact" : "application/json",
                        edifact ? TestDates.edifact(template) : TestDates.json(template)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MessageSequence(name, steps);
    }

    /** An LRN no other test run uses (EDIFACT document numbers allow 35 characters). */
    static String uniqueLrn(String prefix) {
        return (prefix + "-" + UUID.randomUUID().toString().substring(0, 8)).replace('_', '-');
    }

    static Map<String, String> properties(String messageId, String carrierId, String contentType) {
        return Map.of("messageId", messageId, "carrierId", carrierId, "contentType", contentType);
    }
}
