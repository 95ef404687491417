package org.portcullis.app.web;

import org.portcullis.processes.inbox.InboxCriteria;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.portcullis.casework.casefile.FilingVersions;
import org.portcullis.casework.casefile.TimelineEntry;
import org.portcullis.app.task.InboxFilter;
import org.portcullis.casework.redress.RedressRefusedException;
import org.portcullis.casework.redress.RedressStatus;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.assessment.Lane;
import org.portcullis.model.assessment.MatchStrength;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.assessment.TargetKind;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.pcs.PortCallEventType;

/**
 * Every text of the user interface comes from the message bundle, in English and Dutch alike: both bundles have
 * the same keys, every key a template or controller names exists, and every enum the pages label has its labels.
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:task|decision|deadLetters|timeline|duration|timeLeft|nav|dashboard|inspection|inspectionResult"
                    + "|incidents|redress|rules)\\.[A-Za-z.]+)\"");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+}");

    @Test
    void dutchHasExactlyTheKeysOfEnglish() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> dutch = keys("messages_nl.properties");

        assertThat(new TreeSet<>(dutch)).as("keys in Dutch").isEqualTo(new TreeSet<>(english));
    }

    @Test
    void everyKeyTheTemplatesNameExists() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> used = matches(RESOURCES.resolve("templates"), ".html", TEMPLATE_KEY);

        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> used = new TreeSet<>(matches(Path.of("src", "main", "java"), ".java", JAVA_KEY));
        used.addAll(matches(Path.of("..", "casework", "src", "main", "java"), ".java", JAVA_KEY));
        used.removeIf(key -> key.endsWith(".")); // a prefix completed by an enum: everyValueThePagesLabelHasItsLabel

        assertThat(used).contains("task.decidedByOther", "task.recordedByOther", "decision.recorded",
                "inspection.scheduled", "incidents.retried", "deadLetters.replayed", "timeline.vesselArrived");
        assertThat(english).containsAll(used);
    }

    @Test
    void everyValueThePagesLabelHasItsLabel() throws IOException {
        Set<String> english = keys("messages.properties");

        assertThat(english).containsAll(labels("lane.", Lane.values())).contains("lane.NONE")
                .containsAll(labels("outcome.", Outcome.values()))
                .containsAll(labels("status.", CaseStatus.values()))
                .containsAll(labels("target.", TargetKind.values()))
                .containsAll(labels("decision.", ReferralDecision.values()))
                .containsAll(labels("inspectionResult.", InspectionVerdict.values()))
                .containsAll(labels("screening.strength.", MatchStrength.values()))
                .containsAll(labels("portCall.", PortCallEventType.values()))
                .containsAll(labels("noticeType.", NoticeType.values()))
                .containsAll(labels("timeline.kind.", TimelineEntry.Kind.values()))
                .containsAll(labels("change.", FilingVersions.Change.Kind.values()))
                .containsAll(labels("inbox.scope.", InboxCriteria.Scope.values()))
                .containsAll(labels("inbox.deadline.", InboxCriteria.DeadlineWindow.values()))
                .containsAll(labels("redress.refused.", RedressRefusedException.Reason.values()))
                .containsAll(labels("redress.status.", RedressStatus.values()))
                .containsAll(labels("redress.state.", RedressStatus.values()))
                .contains("dashboard.decidedBy.ALL", "dashboard.decidedBy.RULES", "dashboard.decidedBy.OFFICERS");
    }

    /** Spring formats a text with arguments by MessageFormat, where a lone apostrophe would swallow the rest. */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String bundle : List.of("messages.properties", "messages_nl.properties")) {
            Properties texts = properties(bundle);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                if (ARGUMENT.matcher(text).find()) {
                    assertThat(text.replace("''", "")).as("%s in %s", key, bundle).doesNotContain("'");
                }
            }
        }
    }

    private static Set<String> labels(String prefix, Enum<?>... values) {
        return Arrays.stream(values).map(value -> prefix + value.name()).collect(java.util.stream.Collectors.toSet());
    }

    private static Set<String> keys(String bundle) throws IOException {
        return properties(bundle).stringPropertyNames();
    }

    private static Properties properties(String bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(RESOURCES.resolve(bundle), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> matches(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.add(matcher.group(1));
                }
            }
        }
        return found;
    }
}
