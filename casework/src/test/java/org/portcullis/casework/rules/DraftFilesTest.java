package org.portcullis.casework.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authors write only rule files inside the draft through the browser. */
class DraftFilesTest {

    @ParameterizedTest
    @ValueSource(strings = {"targeting/lamp-profile.drl", "reference/watchlists/parties/eu.csv",
        "selection/selection.properties"})
    void ruleFilesInAFolderOfTheDraftMayBeWritten(String path) {
        assertThat(DraftFiles.allowed(path)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../ruleset/targeting/arms.drl", "targeting/../../etc/passwd.txt", "/etc/hosts.txt",
        "targeting/run.sh", "targeting\\\\arms.drl", "lamp.drl", "", "targeting/.hidden/x.drl/"})
    void anythingElseIsRefused(String path) {
        assertThat(DraftFiles.allowed(path)).isFalse();
    }
}
