package coop.essaim.kernel.ledger.report;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.kernel.cooperative.KernelMessages;

import java.util.Locale;

/** The reports' refusals ({@code coop/essaim/kernel/ledger/report/messages*.properties}), in the user's language. */
final class ReportMessages {

    static final String BUNDLE = "coop.essaim.kernel.ledger.report.messages";

    private ReportMessages() {
    }

    static ValidationException refusal(Locale locale, String field, String key, Object... args) {
        return new ValidationException(field, KernelMessages.format(BUNDLE, locale, key, args));
    }
}
