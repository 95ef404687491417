package org.portcullis.casework.rules;

import java.nio.file.Files;
import java.util.List;
import java.util.function.Supplier;
import org.portcullis.casework.rules.RuleSetVersions.Rejection;
import org.portcullis.rules.engine.RuleSources;
import org.springframework.stereotype.Service;

/**
 * The rule sets refused lately, split into those that still stand and those fixed since. A refusal is fixed once a
 * version went live after it, or once the files it came from (the watched directory, or the draft) no longer hold
 * the refused version: an author who repairs the directory sees the refusal move to the earlier ones.
 */
@Service
public class RuleSetRefusals {

    /** The refusals that still stand and those fixed since, newest first. */
    public record Refusals(List<Rejection> outstanding, List<Rejection> fixed) {
    }

    private final RuleSetVersions versions;
    private final RuleSetSource liveDirectory;
    private final DraftRuleSet draft;

    RuleSetRefusals(RuleSetVersions versions, RuleSetSource liveDirectory, DraftRuleSet draft) {
        this.versions = versions;
        this.liveDirectory = liveDirectory;
        this.draft = draft;
    }

    public Refusals latest(int limit) {
        List<Rejection> rejections = versions.rejections(limit);
        Supplier<String> directoryVersion = memo(liveDirectory::currentVersion);
        Supplier<String> draftVersion = memo(() -> Files.isDirectory(draft.directory())
                ? RuleSources.fromDirectory(draft.directory()).version() : "");
        List<Rejection> outstanding = rejections.stream()
                .filter(rejection -> !rejection.resolved() && stillHeld(rejection, directoryVersion, draftVersion))
                .toList();
        return new Refusals(outstanding, rejections.stream().filter(r -> !outstanding.contains(r)).toList());
    }

    private static boolean stillHeld(Rejection rejection, Supplier<String> directoryVersion,
            Supplier<String> draftVersion) {
        return switch (rejection.source()) {
            case "DIRECTORY", "STARTUP" -> rejection.version().equals(directoryVersion.get());
            case "DRAFT" -> rejection.version().equals(draftVersion.get());
            default -> true;
        };
    }

    private static Supplier<String> memo(Supplier<String> supplier) {
        return new Supplier<>() {
            private String value;

            @Override
            public String get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
