package org.portcullis.app.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.portcullis.model.assessment.Outcome;
import org.portcullis.model.clearance.CaseStatus;
import org.portcullis.model.clearance.InspectionVerdict;
import org.portcullis.model.clearance.ReferralDecision;
import org.portcullis.model.notice.NoticeType;
import org.portcullis.model.pcs.ContainerStatus;

/**
 * The workflow's codes (decisions, verdicts, statuses, notice types, outcomes) that a page shows as text instead of
 * their labels: the names with an underscore, which no label is, in the text a reader sees (not in attributes).
 */
public final class RawCodes {

    private static final List<String> CODES = Stream.of(ReferralDecision.values(), InspectionVerdict.values(),
            CaseStatus.values(), NoticeType.values(), ContainerStatus.values(), Outcome.values())
            .flatMap(Stream::of).map(Enum::name).filter(name -> name.contains("_")).distinct().toList();
    private static final Pattern TAG = Pattern.compile("<[^>]*>|<!--.*?-->", Pattern.DOTALL);

    private RawCodes() {
    }

    /** The codes found in the visible text of the page. */
    public static List<String> in(String html) {
        String text = TAG.matcher(html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")).replaceAll(" ");
        return CODES.stream().filter(code -> {
            Matcher found = Pattern.compile("\\b" + code + "\\b").matcher(text);
            return found.find();
        }).toList();
    }
}
