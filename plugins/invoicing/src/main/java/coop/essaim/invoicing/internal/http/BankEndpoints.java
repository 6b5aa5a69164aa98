package coop.essaim.invoicing.internal.http;

import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.BankLine;
import coop.essaim.invoicing.api.BankStatements;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Bank reconciliation (accounting): {@code bank-statements} (import {@code {"fileName", "content"}}, the CAMT.053 or
 * CSV file in base64), {@code bank-lines} (the credits not matched yet; {@code ?side=debit}: the debits),
 * {@code bank-lines/{id}/suggestions} (invoices for a credit; supplier invoices and expense notes for a debit) and
 * {@code bank-lines/{id}/match} ({@code {"invoiceId"}}, or {@code {"supplierInvoiceId"}} or {@code {"expenseNoteId"}}).
 */
final class BankEndpoints {

    private final Supplier<Invoicing> invoicing;

    BankEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.post("bank-statements", this::importStatement),
                ApiEndpoint.get("bank-lines", this::unmatched),
                ApiEndpoint.get("bank-lines/{id}/suggestions", this::suggestions),
                ApiEndpoint.post("bank-lines/{id}/match", this::match));
    }

    private ApiResult importStatement(ApiCall call) {
        record File(String name, byte[] content) {
        }
        File file = call.body(b -> {
            String name = b.requiredString("fileName");
            String content = b.requiredString("content");
            try {
                return new File(name, content == null ? null : Base64.getDecoder().decode(content));
            } catch (IllegalArgumentException e) {
                b.reject("content", "expected the file's bytes in base64");
                return new File(name, null);
            }
        });
        BankStatements.ImportResult result = invoicing.get().bank().importStatement(call.user(), file.name(),
                file.content());
        return ApiResult.ok(result);
    }

    private ApiResult unmatched(ApiCall call) {
        boolean debits = "debit".equals(call.query(q -> q.string("side")));
        List<BankLine> lines = debits ? invoicing.get().bankDebits().unmatched(call.user())
                : invoicing.get().bank().unmatched(call.user());
        return ApiResult.page(lines, 0, ApiQuery.MAX_LIMIT, lines.size());
    }

    private ApiResult suggestions(ApiCall call) {
        Invoicing services = invoicing.get();
        List<java.util.Map<String, Object>> out = new java.util.ArrayList<>();
        services.bank().suggestions(call.user(), call.pathId("id")).forEach(s -> out.add(java.util.Map.of(
                "invoice", InvoicingJson.invoice(s.invoice()), "score", s.score(), "reasons", s.reasons())));
        services.bankDebits().suggestions(call.user(), call.pathId("id")).forEach(s -> out.add(s.supplierInvoice()
                != null ? java.util.Map.of("supplierInvoice", SupplierInvoiceEndpoints.json(s.supplierInvoice()),
                "score", s.score(), "reasons", s.reasons())
                : java.util.Map.of("expenseNote", s.expenseNote(), "score", s.score(), "reasons", s.reasons())));
        return ApiResult.ok(out);
    }

    /** {@code {"invoiceId"}} for a credit; {@code {"supplierInvoiceId"}} or {@code {"expenseNoteId"}} for a debit. */
    private ApiResult match(ApiCall call) {
        record Asked(Long invoice, Long supplierInvoice, Long expenseNote) {
        }
        Asked asked = call.body(b -> {
            Asked a = new Asked(b.id("invoiceId"), b.id("supplierInvoiceId"), b.id("expenseNoteId"));
            if (java.util.stream.Stream.of(a.invoice(), a.supplierInvoice(), a.expenseNote())
                    .filter(java.util.Objects::nonNull).count() != 1) {
                b.reject("invoiceId", "expected exactly one of invoiceId, supplierInvoiceId and expenseNoteId");
            }
            return a;
        });
        Invoicing services = invoicing.get();
        long line = call.pathId("id");
        if (asked.supplierInvoice() != null) {
            return ApiResult.ok(services.bankDebits().confirmSupplierInvoice(call.user(), line,
                    asked.supplierInvoice()));
        }
        if (asked.expenseNote() != null) {
            return ApiResult.ok(services.bankDebits().confirmExpenseNote(call.user(), line, asked.expenseNote()));
        }
        return ApiResult.ok(services.bank().confirm(call.user(), line, asked.invoice()));
    }
}
