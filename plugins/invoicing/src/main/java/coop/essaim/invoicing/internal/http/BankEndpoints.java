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
 * CSV file in base64), {@code bank-lines} (the credits not matched yet), {@code bank-lines/{id}/suggestions} and
 * {@code bank-lines/{id}/match} ({@code {"invoiceId"}}).
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
        List<BankLine> lines = invoicing.get().bank().unmatched(call.user());
        return ApiResult.page(lines, 0, ApiQuery.MAX_LIMIT, lines.size());
    }

    private ApiResult suggestions(ApiCall call) {
        return ApiResult.ok(invoicing.get().bank().suggestions(call.user(), call.pathId("id")).stream()
                .map(s -> java.util.Map.of("invoice", InvoicingJson.invoice(s.invoice()), "score", s.score(),
                        "reasons", s.reasons())).toList());
    }

    private ApiResult match(ApiCall call) {
        long invoiceId = call.body(b -> b.requiredId("invoiceId"));
        return ApiResult.ok(invoicing.get().bank().confirm(call.user(), call.pathId("id"), invoiceId));
    }
}
