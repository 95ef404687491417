package org.portcullis.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule set change while filings flow: written into the watching node's rule directory, published by that node,
 * and taken up by every node from the database (docs/architecture.md, hot reload and several nodes). Reads when each
 * node put the new version live from the line each logs at the swap.
 */
final class RuleSetSwitch {

    /** What one change did: the version, and when each node put it live (null when it did not within the time). */
    record Outcome(String version, List<Instant> liveAt) {

        /** How far apart the nodes switched; null when a node did not. */
        Duration spread() {
            if (liveAt.stream().anyMatch(Objects::isNull)) {
                return null;
            }
            Instant first = liveAt.stream().min(Instant::compareTo).orElseThrow();
            Instant last = liveAt.stream().max(Instant::compareTo).orElseThrow();
            return Duration.between(first, last);
        }
    }

    static final String ADMIN = "admin";
    /** Generous: on a loaded 2-core machine the watcher took a minute to notice, compile and store a change. */
    private static final Duration TIMEOUT = Duration.ofMinutes(6);

    private final PortcullisProcess watcher;
    private final List<PortcullisProcess> nodes;
    private int changes;

    RuleSetSwitch(PortcullisProcess watcher, List<PortcullisProcess> nodes) {
        this.watcher = watcher;
        this.nodes = nodes;
    }

    /** Changes a rule file of the watcher (a comment: the rules stay the same, the version is new). */
    void change() throws IOException {
        changes++;
        Files.writeString(watcher.ruleSetDirectory().resolve("validation/containers.drl"),
                "\n// change " + changes + " made by the two-node check\n", StandardOpenOption.APPEND);
    }

    /** The version the nodes serve (each asked over HTTP), or null while they differ or one does not answer. */
    String commonVersion() {
        String common = null;
        for (PortcullisProcess node : nodes) {
            String version = OfficerSession.ruleSetVersion(node.httpPort(), ADMIN, ADMIN);
            if (version == null || (common != null && !common.equals(version))) {
                return null;
            }
            common = version;
        }
        return common;
    }

    /** Waits until every node serves a version other than {@code before}, the same on all; then when each switched. */
    Outcome awaitSwitch(String before) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String version = null;
        while (System.nanoTime() < deadline) {
            version = commonVersion();
            if (version != null && !version.equals(before)) {
                break;
            }
            Thread.sleep(250);
        }
        String live = version;
        return new Outcome(live, nodes.stream().map(node -> liveAt(node.logFile(), live)).toList());
    }

    private static Instant liveAt(Path log, String version) {
        if (version == null) {
            return null;
        }
        Pattern line = Pattern.compile("^(\\S+Z)\\s.*Rule set " + Pattern.quote(version) + " is live on this node",
                Pattern.MULTILINE);
        try {
            Matcher found = line.matcher(Files.readString(log));
            Instant last = null;
            while (found.find()) {
                last = Instant.parse(found.group(1));
            }
            return last;
        } catch (IOException e) {
            return null;
        }
    }
}
