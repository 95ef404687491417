package org.portcullis.app.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.portcullis.casework.carrier.CarrierAccounts;
import org.portcullis.casework.intake.FilingRegistration;
import org.portcullis.model.assessment.FilingAssessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Puts the counters on the intake every channel calls and the timer on the assessor the workflow calls. */
@Configuration(proxyBeanMethods = false)
class OperationsMetricsConfiguration {

    /** The bean the workflow's assessor is declared as (casework's rules configuration). */
    static final String WORKFLOW_ASSESSOR = "filingAssessor";

    @Bean
    @Primary
    MeasuredFilingIntake measuredFilingIntake(FilingRegistration registration, MeterRegistry registry,
            CarrierAccounts accounts) {
        return new MeasuredFilingIntake(registration, new FilingCounters(registry, accounts));
    }

    @Bean
    static BeanPostProcessor assessmentTiming(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return WORKFLOW_ASSESSOR.equals(beanName) && bean instanceof FilingAssessor assessor
                        ? new TimedFilingAssessor(assessor, registry.getObject()) : bean;
            }
        };
    }
}
