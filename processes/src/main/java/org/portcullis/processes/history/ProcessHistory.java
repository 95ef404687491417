package org.portcullis.processes.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What of the engine's history is written ({@code portcullis.process-history}): {@code officers} (the default) only
 * what Portcullis and its officers read ({@link OfficersHistory}), {@code full} everything the history level says
 * (for Cockpit's variable history). The engine's history level stays what the database was created with, so nodes
 * with either setting share one database.
 */
@Component
public class ProcessHistory extends AbstractProcessEnginePlugin {

    /** The two choices. */
    public enum Written { OFFICERS, FULL }

    private final Written written;

    public ProcessHistory(@Value("${portcullis.process-history:officers}") String written) {
        this.written = Written.valueOf(written.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (written == Written.OFFICERS) {
            configuration.setEnableDefaultDbHistoryEventHandler(false);
            List<HistoryEventHandler> handlers = new ArrayList<>();
            if (configuration.getCustomHistoryEventHandlers() != null) {
                handlers.addAll(configuration.getCustomHistoryEventHandlers());
            }
            handlers.add(OfficersHistory.toDatabase());
            configuration.setCustomHistoryEventHandlers(handlers);
        }
    }
}
