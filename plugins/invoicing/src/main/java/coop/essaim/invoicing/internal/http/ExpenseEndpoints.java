package coop.essaim.invoicing.internal.http;

import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.ExpenseLineDraft;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.MileageLineDraft;
import coop.essaim.invoicing.internal.Invoicing;

import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * Expense notes: {@code expense-notes?activity=} (list, create with {@code {"activity", "label"}}),
 * {@code expense-notes/{id}}, {@code expense-notes/{id}/lines} (add one: {@code {"spentOn", "accountCode",
 * "description", "amount", "vat", "receipt": {"fileName", "content"}}} with the file in base64, or a mileage
 * allowance: {@code {"kind": "mileage", "travelledOn", "from", "to", "purpose", "distanceKm", "vehicle",
 * "electric"}}, computed by the service at the country's scale), and the steps
 * {@code /submission}, {@code /validation}, {@code /reimbursement} ({@code {"paidOn"}}).
 */
final class ExpenseEndpoints {

    private record NewLine(ExpenseLineDraft line, String fileName, byte[] receipt, MileageLineDraft mileage) {
    }

    private final Supplier<Invoicing> invoicing;

    ExpenseEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("expense-notes", this::list),
                ApiEndpoint.post("expense-notes", this::create),
                ApiEndpoint.get("expense-notes/{id}", this::get),
                ApiEndpoint.post("expense-notes/{id}/lines", this::addLine),
                ApiEndpoint.post("expense-notes/{id}/submission",
                        call -> step(call, (s, id) -> s.expenses().submit(call.user(), id))),
                ApiEndpoint.post("expense-notes/{id}/validation",
                        call -> step(call, (s, id) -> s.expenses().validate(call.user(), id))),
                ApiEndpoint.post("expense-notes/{id}/reimbursement", this::reimburse));
    }

    private ApiResult list(ApiCall call) {
        long activity = call.query(q -> q.requiredId("activity"));
        List<ExpenseNote> notes = invoicing.get().expenses().of(call.user(), activity);
        return ApiResult.page(notes, 0, ApiQuery.MAX_LIMIT, notes.size());
    }

    private ApiResult create(ApiCall call) {
        record Asked(Long activity, String label) {
        }
        Asked asked = call.body(b -> new Asked(b.requiredId("activity"), b.requiredString("label")));
        ExpenseNote note = invoicing.get().expenses().create(call.user(), asked.activity(), asked.label());
        return ApiResult.created(note, "expense-notes/" + note.id());
    }

    private ApiResult get(ApiCall call) {
        return invoicing.get().expenses().find(call.user(), call.pathId("id")).map(ApiResult::ok)
                .orElseGet(ApiResult::notFound);
    }

    private ApiResult addLine(ApiCall call) {
        NewLine asked = call.body(ExpenseEndpoints::line);
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.expenses().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        if (asked.mileage() != null) {
            return ApiResult.ok(services.expenses().addMileageLine(call.user(), id, asked.mileage()));
        }
        return ApiResult.ok(services.expenses().addLine(call.user(), id, asked.line(), asked.fileName(),
                asked.receipt()));
    }

    private ApiResult reimburse(ApiCall call) {
        java.time.LocalDate paidOn = call.body(b -> b.requiredDate("paidOn"));
        return step(call, (s, id) -> s.expenses().reimburse(call.user(), id, paidOn));
    }

    private ApiResult step(ApiCall call, java.util.function.BiFunction<Invoicing, Long, ExpenseNote> action) {
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.expenses().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        return ApiResult.ok(action.apply(services, id));
    }

    private static NewLine line(ApiBody b) {
        String kind = b.string("kind");
        if ("mileage".equalsIgnoreCase(kind)) {
            Boolean electric = b.bool("electric");
            return new NewLine(null, null, null, new MileageLineDraft(b.requiredDate("travelledOn"),
                    b.requiredString("from"), b.requiredString("to"), b.requiredString("purpose"),
                    b.integer("distanceKm"), b.requiredString("vehicle"), Boolean.TRUE.equals(electric)));
        }
        if (kind != null && !"expense".equalsIgnoreCase(kind)) {
            b.reject("kind", "expected expense or mileage");
        }
        ExpenseLineDraft line = new ExpenseLineDraft(b.requiredDate("spentOn"), b.requiredString("accountCode"),
                b.requiredString("description"), b.requiredMoney("amount"), b.requiredMoney("vat"));
        ApiBody receipt = b.object("receipt");
        if (receipt == null) {
            return new NewLine(line, null, null, null);
        }
        String name = receipt.requiredString("fileName");
        String content = receipt.requiredString("content");
        try {
            return new NewLine(line, name, content == null ? null : Base64.getDecoder().decode(content), null);
        } catch (IllegalArgumentException e) {
            receipt.reject("content", "expected the file's bytes in base64");
            return new NewLine(line, name, null, null);
        }
    }
}
