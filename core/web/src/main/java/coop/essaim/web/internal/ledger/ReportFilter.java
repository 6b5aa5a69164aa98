package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.ReportQuery;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.Services;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The filters of a report as its address carries them ({@code ?from=2026-01-01&to=2026-03-31&activity=12
 * &account=411000&by=both&offset=100}; the balance sheet has {@code ?date=}), so a report can be bookmarked,
 * paged and exported. Absent dates default to the fiscal year so far; a malformed date or number is kept as
 * {@link #malformed} and the report names it.
 */
public final class ReportFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    LocalDate from;
    LocalDate to;
    Long activity;
    String account;
    boolean byActivity;
    int offset;
    String malformed;

    public static ReportFilter of(PageParameters p, LedgerReport report, UserContext user) {
        ReportFilter f = new ReportFilter();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (report == LedgerReport.BALANCE_SHEET) {
            f.to = f.date(p, "date", today);
        } else {
            f.from = f.date(p, "from", Services.ledger().fiscalYear(user, today).start());
            f.to = f.date(p, "to", today);
        }
        String activity = text(p, "activity");
        if (activity != null && activity.matches("[0-9]{1,18}")) {
            f.activity = Long.valueOf(activity);
        } else if (activity != null) {
            f.malformed = "activity";
        }
        f.account = text(p, "account");
        f.byActivity = "both".equals(text(p, "by"));
        String offset = text(p, "offset");
        f.offset = offset != null && offset.matches("[0-9]{1,9}") ? Integer.parseInt(offset) : 0;
        return f;
    }

    private LocalDate date(PageParameters p, String name, LocalDate absent) {
        String value = text(p, name);
        if (value == null) {
            return absent;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            malformed = malformed == null ? name : malformed;
            return null;
        }
    }

    public PageParameters parameters(LedgerReport report) {
        PageParameters p = new PageParameters();
        if (report == LedgerReport.BALANCE_SHEET) {
            put(p, "date", to);
            return p;
        }
        put(p, "from", from);
        put(p, "to", to);
        put(p, "activity", activity);
        if (report == LedgerReport.GENERAL_LEDGER) {
            put(p, "account", account);
        }
        if (report == LedgerReport.TRIAL_BALANCE && byActivity) {
            p.set("by", "both");
        }
        return p;
    }

    public ReportQuery query() {
        return new ReportQuery(from, to, activity, account);
    }

    public ReportFilter atOffset(int newOffset) {
        ReportFilter f = copy();
        f.offset = newOffset;
        return f;
    }

    private ReportFilter copy() {
        ReportFilter f = new ReportFilter();
        f.from = from;
        f.to = to;
        f.activity = activity;
        f.account = account;
        f.byActivity = byActivity;
        f.offset = offset;
        f.malformed = malformed;
        return f;
    }

    private static void put(PageParameters p, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            p.set(name, value.toString());
        }
    }

    private static String text(PageParameters p, String name) {
        String value = p.get(name).toOptionalString();
        return value == null || value.isBlank() ? null : value.strip();
    }
}
