package org.portcullis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor's view of the procedure: Cockpit draws preArrivalClearance from its diagram, every task, event and
 * gateway of the model in place (bpmn-js marks each drawn element with its BPMN id).
 */
class CockpitShowsTheModelBrowserIT extends BrowserIntegrationTest {

    @Autowired
    RepositoryService repository;

    @Test
    void cockpitDrawsEveryElementOfTheClearanceProcess() throws Exception {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("preArrivalClearance")
                .latestVersion().singleResult().getId();
        browser.get(url("/camunda/app/cockpit/default/#/login"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type='password']")));
        browser.findElement(By.cssSelector("input[ng-model='username'], input#inputUsername")).sendKeys("admin");
        browser.findElement(By.cssSelector("input[type='password']")).sendKeys("admin");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("login")));

        browser.get(url("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime"));
        new WebDriverWait(browser, Duration.ofSeconds(40)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("g.djs-element[data-element-id='Task_AssessRisk']")));

        List<String> drawn = browser.findElements(By.cssSelector("g.djs-shape[data-element-id]")).stream()
                .map(element -> element.getAttribute("data-element-id")).toList();
        assertThat(drawn).contains("Event_FilingRegistered", "Task_AssessRisk", "Task_ReviewReferral",
                "Event_VesselArrived", "Task_Release");
        List<String> modelled = repository.getBpmnModelInstance(definitionId)
                .getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId).toList();
        assertThat(drawn).containsAll(modelled);
        WebElement canvas = browser.findElement(By.cssSelector(".djs-container"));
        assertThat(canvas.getSize().getWidth()).isPositive();
        PageChecks.screenshot(browser, "cockpit-model");
    }
}
