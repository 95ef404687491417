package org.portcullis.app.operations;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.portcullis.casework.rules.RuleSetSynchronizer;
import org.springframework.stereotype.Component;

/**
 * This node's own rule set switches: how many versions it put live after the moment every node agreed on (it had
 * not compiled them by then), and how late the last one was. Unlike the clearance figures these differ per node.
 */
@Component
class RuleSetSwitchMetrics implements MeterBinder {

    private final RuleSetSynchronizer synchronizer;

    RuleSetSwitchMetrics(RuleSetSynchronizer synchronizer) {
        this.synchronizer = synchronizer;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        FunctionCounter.builder("portcullis.rules.switches.late", synchronizer, RuleSetSynchronizer::lateSwitches)
                .description("rule set versions this node put live after their agreed moment").register(registry);
        Gauge.builder("portcullis.rules.switch.lateness", synchronizer,
                        s -> s.lastLateness().toMillis() / 1000.0)
                .baseUnit("seconds").description("how late this node put the last rule set version live")
                .register(registry);
    }
}
