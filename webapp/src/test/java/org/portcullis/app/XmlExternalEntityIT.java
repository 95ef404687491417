package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one XML parser that could ever see a document from outside at run time is the process engine's BPMN parser
 * (carriers' XML is refused by its content type before any parser sees it, see HostileInputIT; broker.xml and the
 * BPMN models are read from the application's own classpath at start-up). It must refuse external entities.
 */
class XmlExternalEntityIT extends PortcullisIntegrationTest {

    @Autowired
    RepositoryService repository;

    @Test
    void processModelWithAnExternalEntityIsRefusedWithoutReadingTheFile() throws Exception {
        Path secret = Files.createTempFile(Path.of("target"), "secret-", ".txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE definitions [<!ENTITY xxe SYSTEM "%s">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Xxe"
                    targetNamespace="https://portcullis.org/test">
                  <bpmn:process id="xxeProcess" name="&xxe;" isExecutable="true"/>
                </bpmn:definitions>""".formatted(secret.toUri());

        Throwable refused = catchThrowable(() -> repository.createDeployment()
                .addString("xxe.bpmn", model).deploy());

        assertThat(refused).isNotNull().hasMessageNotContaining("TOP-SECRET-CONTENT");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxeProcess").count()).isZero();
    }
}
