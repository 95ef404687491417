package org.portcullis.app.security;

import java.io.Serializable;
import java.util.List;

/** The signed-in officer: user id, name to show, and the Camunda groups that decide which tasks are offered. */
public record Officer(String userId, String displayName, List<String> groups) implements Serializable {

    public Officer {
        groups = List.copyOf(groups);
    }

    @Override
    public String toString() {
        return userId;
    }
}
