package org.portcullis.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module directions of docs/architecture.md, checked on the compiled main classes of every module: model
 * and ledger depend on nothing but the JDK; rules, messaging and processes only on model; sharing only on model and
 * messaging (the published schema), and only casework and webapp on sharing; casework on all of those but not on
 * the web; nothing on webapp; Camunda only inside processes; no cycles between the features of a module.
 */
@AnalyzeClasses(packages = "org.portcullis", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String MODEL = "org.portcullis.model..";
    private static final String RULES = "org.portcullis.rules..";
    private static final String MESSAGING = "org.portcullis.messaging..";
    private static final String PROCESSES = "org.portcullis.processes..";
    private static final String CASEWORK = "org.portcullis.casework..";
    private static final String WEBAPP = "org.portcullis.app..";
    private static final String SHARING = "org.portcullis.sharing..";

    @ArchTest
    static final ArchRule modelDependsOnTheJdkOnly = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat().resideInAnyPackage(MODEL, "java..", "javax.crypto..");

    @ArchTest
    static final ArchRule ledgerDependsOnTheJdkOnly = classes().that().resideInAPackage("org.portcullis.ledger..")
            .and().doNotHaveFullyQualifiedName("org.portcullis.ledger.sth.LogSigner")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.portcullis.ledger..", "java..");

    /** Signing alone uses Bouncy Castle (faster Ed25519); the verifier runs on the JDK (VerifierClasspathTest). */
    @ArchTest
    static final ArchRule ledgerSignerUsesBouncyCastleOnly = classes().that()
            .haveFullyQualifiedName("org.portcullis.ledger.sth.LogSigner").should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.portcullis.ledger..", "java..", "org.bouncycastle..");

    @ArchTest
    static final ArchRule brokerPluginKnowsOnlyTheModelAndArtemis = classes().that()
            .resideInAPackage("org.portcullis.broker..").should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.portcullis.broker..", MODEL, "org.apache.activemq.artemis..", "java..");

    @ArchTest
    static final ArchRule rulesKnowOnlyTheModel = noClasses().that().resideInAPackage(RULES)
            .should().dependOnClassesThat().resideInAnyPackage(MESSAGING, PROCESSES, CASEWORK, WEBAPP);

    @ArchTest
    static final ArchRule messagingKnowsOnlyTheModel = noClasses().that().resideInAPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAnyPackage(RULES, PROCESSES, CASEWORK, WEBAPP);

    @ArchTest
    static final ArchRule processesKnowOnlyTheModel = noClasses().that().resideInAPackage(PROCESSES)
            .should().dependOnClassesThat().resideInAnyPackage(RULES, MESSAGING, CASEWORK, WEBAPP);

    /** The agencies file and disclosure: over the model and the published schema; only the application uses it. */
    @ArchTest
    static final ArchRule sharingKnowsOnlyTheModelAndTheSchema = noClasses().that().resideInAPackage(SHARING)
            .should().dependOnClassesThat().resideInAnyPackage(RULES, PROCESSES, CASEWORK, WEBAPP,
                    "org.springframework..", "org.camunda..", "org.drools..", "org.kie..");

    @ArchTest
    static final ArchRule onlyTheApplicationKnowsTheAgreements = noClasses().that()
            .resideInAnyPackage(MODEL, RULES, MESSAGING, PROCESSES, "org.portcullis.broker..")
            .should().dependOnClassesThat().resideInAPackage(SHARING);

    @ArchTest
    static final ArchRule caseworkIsNoWebLayer = noClasses().that().resideInAPackage(CASEWORK)
            .should().dependOnClassesThat().resideInAnyPackage(WEBAPP, "org.springframework.web..",
                    "org.springframework.security.web..", "org.springframework.security.config..",
                    "org.thymeleaf..", "jakarta.servlet..", "org.springdoc..");

    @ArchTest
    static final ArchRule camundaStaysInsideProcesses = noClasses().that().resideOutsideOfPackage(PROCESSES)
            .should().dependOnClassesThat().resideInAPackage("org.camunda..");

    @ArchTest
    static final ArchRule featuresOfAModuleHaveNoCycles = slices().matching("org.portcullis.(*).(*)..")
            .should().beFreeOfCycles();
}
