package org.portcullis.casework.risk;

/** Where a stored model stands: never activated, serving live or in shadow, or served once and replaced. */
public enum ModelStatus {
    DRAFT,
    SHADOW,
    LIVE,
    RETIRED
}
