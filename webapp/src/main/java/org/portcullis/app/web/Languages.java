package org.portcullis.app.web;

import java.util.List;
import java.util.Locale;

/** The languages the user interface speaks: English first, Dutch to prove that every text comes from a bundle. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"));
    public static final String PARAMETER = "lang";

    private Languages() {
    }

    public static boolean isSupported(String tag) {
        return tag != null && SUPPORTED.stream().anyMatch(locale -> locale.getLanguage().equals(tag));
    }
}
