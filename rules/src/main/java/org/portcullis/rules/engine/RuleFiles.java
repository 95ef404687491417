package org.portcullis.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.builder.impl.resources.DecisionTableResourceHandler;
import org.drools.compiler.builder.impl.resources.DrlResourceHandler;
import org.drools.compiler.builder.impl.resources.ResourceHandler;
import org.drools.drl.ast.descr.PackageDescr;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceConfiguration;
import org.kie.internal.builder.DecisionTableConfiguration;
import org.kie.internal.builder.DecisionTableInputType;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.io.ResourceFactory;
import org.portcullis.rules.sandbox.RuleFile;

/**
 * Parses a rule set's DRL files ({@code *.drl}) and decision tables ({@code *.csv}, {@code *.xls},
 * {@code *.xlsx} outside {@code reference/}) with the rule compiler's own parsers, so that they can be checked
 * before anything is compiled. A file that does not parse gives its parser's problems (file, line, message).
 */
final class RuleFiles {

    private final List<RuleFile> parsed = new ArrayList<>();
    private final List<RuleProblem> problems = new ArrayList<>();

    RuleFiles(RuleSources sources, KnowledgeBuilderImpl builder) {
        sources.withSuffix(".drl").forEach((path, content) -> parse(path, content,
                new DrlResourceHandler(builder.getBuilderConfiguration()), null));
        sources.files().forEach((path, content) -> {
            DecisionTableInputType type = RuleSetCompiler.decisionTableType(path);
            if (type != null) {
                DecisionTableConfiguration configuration = KnowledgeBuilderFactory.newDecisionTableConfiguration();
                configuration.setInputType(type);
                parse(path, content, new DecisionTableResourceHandler(builder.getBuilderConfiguration(),
                        builder.getReleaseId()), configuration);
            }
        });
    }

    List<RuleFile> parsed() {
        return parsed;
    }

    List<RuleProblem> problems() {
        return problems;
    }

    private void parse(String path, byte[] content, ResourceHandler handler, ResourceConfiguration configuration) {
        boolean decisionTable = configuration != null;
        Resource resource = ResourceFactory.newByteArrayResource(content);
        resource.setSourcePath(path);
        PackageDescr descr;
        try {
            descr = handler.process(resource, configuration);
        } catch (Exception e) {
            problems.add(new RuleProblem(path, 0, String.valueOf(e.getMessage()).strip()));
            return;
        }
        for (KnowledgeBuilderResult result : handler.getResults()) {
            int[] lines = result.getLines();
            int line = decisionTable || lines == null || lines.length == 0 ? 0 : Math.max(lines[0], 0);
            problems.add(new RuleProblem(path, line, result.getMessage().strip()));
        }
        if (descr != null && handler.getResults().isEmpty()) {
            parsed.add(new RuleFile(path, descr, !decisionTable));
        }
    }
}
