package org.portcullis.casework.clearance;

import org.portcullis.processes.clearance.ClearanceDeadlines;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workflow's deadlines, named as the BPMN model's expressions use them. */
@Configuration(proxyBeanMethods = false)
class ClearanceConfiguration {

    @Bean
    ClearanceDeadlines clearanceDeadlines(ClearanceProperties properties) {
        return new ClearanceDeadlines(properties.referralLeadTime(), properties.answerLeadTime(),
                properties.minimumTimeToAct(), properties.inspectionResultTime());
    }
}
