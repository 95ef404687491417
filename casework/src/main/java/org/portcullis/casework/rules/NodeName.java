package org.portcullis.casework.rules;

import java.lang.management.ManagementFactory;
import org.springframework.stereotype.Component;

/** This application node's name in the records it writes: process id and host, as the JVM names itself. */
@Component
public class NodeName {

    private final String name = ManagementFactory.getRuntimeMXBean().getName();

    public String name() {
        return name;
    }
}
