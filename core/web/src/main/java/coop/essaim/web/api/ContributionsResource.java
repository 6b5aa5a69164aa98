package coop.essaim.web.api;

import coop.essaim.api.ledger.ContributionBase;
import coop.essaim.api.ledger.ContributionRate;
import coop.essaim.api.ledger.ContributionRateBook;
import coop.essaim.api.ledger.ContributionTransfer;
import coop.essaim.api.ledger.ContributionTransfers;
import coop.essaim.api.ledger.ValidatedEntry;
import coop.essaim.api.money.Money;
import coop.essaim.api.security.UserContext;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cooperative's contribution through the API, as the Cooperative and Contributions pages have it:
 * <ul>
 *   <li>{@code GET /api/v1/ledger/contributions?month=2026-01}: each activity's contribution for the month, what
 *   the ledger holds of it and what a run would post; {@code POST} with the same query posts the differences as
 *   transfers to the structure and answers the entries (none when nothing was due). Reading needs the whole
 *   ledger; posting needs {@code core.ledger.post}.</li>
 *   <li>{@code GET /api/v1/cooperatives/{id}/contribution-rates}: the rate in force today and the dated versions
 *   and the schemes one may choose (every member may read them); {@code POST} with {@code {"validFrom": "2027-01-01",
 *   "schemeId": "core.rate", "rate": "0.12", "base": "TURNOVER"|"GROSS_MARGIN", "monthlyFee": {"amount": "15.00",
 *   "currency": "EUR"}}} adds a version
 *   ({@code core.cooperative.manage}). The rate is a fraction as a decimal string, never a JSON number.</li>
 * </ul>
 */
final class ContributionsResource {

    private static final Set<String> RATE_FIELDS = Set.of("validFrom", "schemeId", "rate", "base", "monthlyFee");

    private ContributionsResource() {
    }

    static void preview(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        YearMonth month = month(exchange);
        List<Map<String, Object>> items = exchange.kernel().service(ContributionTransfers.class).preview(user, month)
                .stream().map(ContributionsResource::write).toList();
        exchange.send(200, Map.of("month", month.toString(), "items", items));
    }

    static void post(ApiExchange exchange) throws IOException {
        UserContext user = exchange.requireUser();
        YearMonth month = month(exchange);
        List<ValidatedEntry> posted = exchange.kernel().service(ContributionTransfers.class).post(user, month);
        exchange.send(200, Map.of("month", month.toString(), "posted", posted.stream().map(EntryJson::write).toList()));
    }

    static void rates(ApiExchange exchange) throws IOException {
        UserContext user = ownCooperative(exchange);
        ContributionRateBook book = exchange.kernel().service(ContributionRateBook.class);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("inForce", write(book.inForce(user, LocalDate.now())));
        out.put("items", book.history(user).stream().map(ContributionsResource::write).toList());
        out.put("schemes", book.schemes(user));
        exchange.send(200, out);
    }

    static void addRate(ApiExchange exchange) throws IOException {
        UserContext user = ownCooperative(exchange);
        JsonBody body = JsonBody.read(exchange).allowOnly(RATE_FIELDS);
        LocalDate from = body.date("validFrom");
        if (from == null && body.string("validFrom") == null) {
            body.problem("validFrom", "api.field.required");
        }
        BigDecimal rate = fraction(body);
        ContributionBase base = body.constant("base", ContributionBase.class);
        Money fee = MoneyJson.read(body, "monthlyFee");
        String scheme = body.string("schemeId");
        body.complete();
        ContributionRate version = new ContributionRate(from, rate, base == null ? ContributionBase.TURNOVER : base,
                java.util.Optional.ofNullable(fee), scheme);
        exchange.kernel().service(ContributionRateBook.class).set(user, version);
        exchange.header("Location", exchange.link("/v1/cooperatives/" + user.cooperativeId() + "/contribution-rates"));
        exchange.send(201, write(version));
    }

    private static UserContext ownCooperative(ApiExchange exchange) {
        UserContext user = exchange.requireUser();
        if (exchange.id() != user.cooperativeId()) {
            throw exchange.notFound();
        }
        return user;
    }

    private static YearMonth month(ApiExchange exchange) {
        QueryParameters q = exchange.query();
        String text = q.string("month");
        YearMonth month = null;
        if (text == null) {
            q.reject("month", exchange.text("api.field.required"));
        } else {
            try {
                month = YearMonth.parse(text.strip());
            } catch (DateTimeParseException e) {
                q.reject("month", exchange.text("api.field.month", text));
            }
        }
        q.complete();
        return month;
    }

    private static BigDecimal fraction(JsonBody body) {
        String text = body.requiredString("rate");
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            body.problem("rate", "api.field.decimalText", text);
            return null;
        }
    }

    private static Map<String, Object> write(ContributionTransfer t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("activityId", t.activityId());
        out.put("activityName", t.activityName());
        out.put("analyticCode", t.analyticCode());
        out.put("due", MoneyJson.write(t.due().amount()));
        out.put("schemeId", t.due().schemeId());
        out.put("explanation", t.due().explanation());
        out.put("posted", MoneyJson.write(t.posted()));
        out.put("toPost", MoneyJson.write(t.toPost()));
        return out;
    }

    private static Map<String, Object> write(ContributionRate r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("validFrom", r.isCoreDefault() ? null : r.validFrom().toString());
        out.put("schemeId", r.schemeId());
        out.put("rate", r.rate().toPlainString());
        out.put("base", r.base().name());
        out.put("monthlyFee", r.monthlyFee().map(MoneyJson::write).orElse(null));
        out.put("coreDefault", r.isCoreDefault());
        return out;
    }
}
