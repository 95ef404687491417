package org.portcullis.casework.risk;

/** What a model was trained on: the application's own stored cases, or a generated history (demo, tests). */
public enum HistorySource {
    STORED,
    GENERATED
}
