package coop.essaim.kernel.reporting;

import coop.essaim.kernel.cooperative.KernelMessages;

import java.util.Locale;

/** The labels of the core's report measures ({@code coop/essaim/kernel/reporting/messages*.properties}). */
public final class ReportTexts {

    public static final String BUNDLE = "coop.essaim.kernel.reporting.messages";

    private ReportTexts() {
    }

    public static String text(Locale locale, String key, Object... args) {
        return KernelMessages.format(BUNDLE, locale, key, args);
    }
}
