package coop.essaim.web.api;

import coop.essaim.api.ledger.Balance;
import coop.essaim.api.ledger.EntryDraft;
import coop.essaim.api.ledger.JournalCode;
import coop.essaim.api.ledger.PostingLine;
import coop.essaim.api.ledger.Side;
import coop.essaim.api.ledger.ValidatedEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ledger entries and balances in JSON, and the body of an entry to post. A line is
 * {@code {"account": "706000", "activityId": 12, "side": "CREDIT", "amount": {"amount": "1200.00",
 * "currency": "EUR"}}}, optionally with {@code thirdParty} and {@code lettering}.
 */
final class EntryJson {

    private static final Set<String> FIELDS = Set.of("journal", "date", "pieceReference", "pieceDate", "label",
            "lines", "idempotencyKey");
    private static final Set<String> LINE_FIELDS = Set.of("account", "activityId", "side", "amount", "thirdParty",
            "lettering");

    private EntryJson() {
    }

    /** The ledger names a line's activity {@code lines[i].activity}; the body {@code lines[i].activityId}. */
    static String bodyName(String serviceField) {
        return serviceField.endsWith("].activity") ? serviceField + "Id" : serviceField;
    }

    /**
     * The draft of the body, in the caller's cooperative. {@code headerKey} is the {@code Idempotency-Key}
     * header: either it or the body's {@code idempotencyKey} gives the key; both must then agree.
     */
    static EntryDraft read(JsonBody body, long cooperativeId, String headerKey) {
        body.allowOnly(FIELDS);
        String key = body.string("idempotencyKey");
        if (key != null && headerKey != null && !key.strip().equals(headerKey.strip())) {
            body.problem("idempotencyKey", "api.ledger.keyMismatch", headerKey);
        }
        List<PostingLine> lines = new ArrayList<>();
        for (JsonBody line : body.objects("lines")) {
            line.allowOnly(LINE_FIELDS);
            Long activity = line.id("activityId");
            lines.add(new PostingLine(line.string("account"), activity == null ? 0 : activity,
                    line.constant("side", Side.class), MoneyJson.read(line, "amount"), line.string("thirdParty"),
                    line.string("lettering")));
        }
        EntryDraft draft = new EntryDraft(cooperativeId, journal(body), body.date("date"),
                body.string("pieceReference"), body.date("pieceDate"), body.string("label"), lines,
                key == null ? headerKey : key);
        body.complete();
        return draft;
    }

    private static JournalCode journal(JsonBody body) {
        String code = body.string("journal");
        try {
            return code == null ? null : JournalCode.of(code.strip());
        } catch (IllegalArgumentException e) {
            body.problem("journal", "api.ledger.journal", code);
            return null;
        }
    }

    static Map<String, Object> write(ValidatedEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("reference", e.reference());
        out.put("journal", e.journal().code());
        out.put("fiscalYear", e.fiscalYear());
        out.put("number", e.number());
        out.put("date", PersonJson.text(e.date()));
        out.put("pieceReference", e.pieceReference());
        out.put("pieceDate", PersonJson.text(e.pieceDate()));
        out.put("label", e.label());
        out.put("lines", e.lines().stream().map(EntryJson::line).toList());
        out.put("idempotencyKey", e.idempotencyKey());
        out.put("reversesEntryId", e.reversesEntryId());
        out.put("hash", e.hash());
        out.put("previousHash", e.previousHash());
        out.put("validatedAt", PersonJson.text(e.validatedAt()));
        out.put("validatedBy", e.validatedBy());
        return out;
    }

    static Map<String, Object> write(Balance b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", b.accountCode());
        out.put("activityId", b.activityId());
        out.put("debit", MoneyJson.write(b.debit()));
        out.put("credit", MoneyJson.write(b.credit()));
        out.put("balance", MoneyJson.write(b.balance()));
        return out;
    }

    private static Map<String, Object> line(PostingLine l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("account", l.accountCode());
        out.put("activityId", l.activityId());
        out.put("side", l.side().name());
        out.put("amount", MoneyJson.write(l.amount()));
        out.put("thirdParty", l.thirdParty());
        out.put("lettering", l.lettering());
        return out;
    }
}
