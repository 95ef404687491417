package org.portcullis.rules.engine;

/**
 * A rule set could not assess a filing: a rule looped (fired past the limit) or threw. Names the rule, its file
 * and the filing, so that the author sees what to fix; the message is what the workflow's incident and the log
 * show.
 */
public class AssessmentFailedException extends RuntimeException {

    private final String ruleId;
    private final String file;

    public AssessmentFailedException(String ruleId, String file, String message, Throwable cause) {
        super(message, cause);
        this.ruleId = ruleId;
        this.file = file;
    }

    public String ruleId() {
        return ruleId;
    }

    public String file() {
        return file;
    }
}
