package coop.essaim.invoicing.internal.http;

import coop.essaim.api.money.Money;
import coop.essaim.api.web.ApiBody;
import coop.essaim.api.web.ApiCall;
import coop.essaim.api.web.ApiEndpoint;
import coop.essaim.api.web.ApiQuery;
import coop.essaim.api.web.ApiResult;
import coop.essaim.invoicing.api.PaymentMethod;
import coop.essaim.invoicing.api.PurchaseLineDraft;
import coop.essaim.invoicing.api.SupplierInvoice;
import coop.essaim.invoicing.api.SupplierInvoiceDraft;
import coop.essaim.invoicing.api.SupplierInvoiceStatus;
import coop.essaim.invoicing.api.SupplierPayment;
import coop.essaim.invoicing.internal.Invoicing;

import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Supplier invoices: {@code supplier-invoices?activity=&status=&overdue=true} (list; create with {@code {"activity",
 * "supplierId", "supplierNumber", "invoiceDate", "dueDate", "lines": [{"accountCode", "description", "net",
 * "vatCode", "vat"}]}}), {@code supplier-invoices/{id}} (read; PUT and DELETE a draft), {@code /receipt} (POST
 * {@code {"fileName", "content"}} with the file in base64; GET it back the same way), the steps {@code /submission},
 * {@code /validation}, {@code /refusal} ({@code {"reason"}}), and {@code /payments} (list; record
 * {@code {"paidOn", "amount", "method", "reference"}}).
 */
final class SupplierInvoiceEndpoints {

    private record NewInvoice(long activity, SupplierInvoiceDraft draft) {
    }

    private record NewPayment(LocalDate paidOn, Money amount, PaymentMethod method, String reference) {
    }

    private record File(String name, byte[] content) {
    }

    private final Supplier<Invoicing> invoicing;

    SupplierInvoiceEndpoints(Supplier<Invoicing> invoicing) {
        this.invoicing = invoicing;
    }

    List<ApiEndpoint> endpoints() {
        return List.of(
                ApiEndpoint.get("supplier-invoices", this::list),
                ApiEndpoint.post("supplier-invoices", this::create),
                ApiEndpoint.get("supplier-invoices/{id}", this::get),
                ApiEndpoint.put("supplier-invoices/{id}", this::change),
                ApiEndpoint.delete("supplier-invoices/{id}", this::delete),
                ApiEndpoint.post("supplier-invoices/{id}/receipt", this::attach),
                ApiEndpoint.get("supplier-invoices/{id}/receipt", this::receipt),
                ApiEndpoint.post("supplier-invoices/{id}/submission",
                        call -> step(call, (s, id) -> s.supplierInvoices().submit(call.user(), id))),
                ApiEndpoint.post("supplier-invoices/{id}/validation",
                        call -> step(call, (s, id) -> s.supplierInvoices().validate(call.user(), id))),
                ApiEndpoint.post("supplier-invoices/{id}/refusal", this::refuse),
                ApiEndpoint.get("supplier-invoices/{id}/payments", this::payments),
                ApiEndpoint.post("supplier-invoices/{id}/payments", this::pay));
    }

    static Map<String, Object> json(SupplierInvoice i) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("reference", i.reference());
        out.put("activityId", i.activityId());
        out.put("supplierId", i.supplierId());
        out.put("supplierName", i.supplierName());
        out.put("supplierNumber", i.supplierNumber());
        out.put("invoiceDate", i.invoiceDate());
        out.put("dueDate", i.dueDate());
        out.put("status", i.status());
        out.put("lines", i.lines());
        out.put("totalExclVat", i.totalExclVat());
        out.put("totalVat", i.totalVat());
        out.put("totalInclVat", i.totalInclVat());
        out.put("paid", i.paid());
        out.put("outstanding", i.outstanding());
        out.put("hasReceipt", i.hasReceipt());
        out.put("refusalReason", i.refusalReason());
        out.put("ledgerEntryId", i.ledgerEntryId());
        out.put("createdBy", i.createdBy());
        out.put("validatedBy", i.validatedBy());
        return out;
    }

    private ApiResult list(ApiCall call) {
        record Asked(Long activity, SupplierInvoiceStatus status, boolean overdue) {
        }
        Asked asked = call.query(q -> new Asked(q.requiredId("activity"),
                q.constant("status", SupplierInvoiceStatus.class), q.flag("overdue")));
        List<Map<String, Object>> items = invoicing.get().supplierInvoices().of(call.user(), asked.activity(),
                asked.status(), asked.overdue() ? LocalDate.now() : null).stream()
                .map(SupplierInvoiceEndpoints::json).toList();
        return ApiResult.page(items, 0, ApiQuery.MAX_LIMIT, items.size());
    }

    private ApiResult create(ApiCall call) {
        NewInvoice asked = call.body(b -> new NewInvoice(CustomerEndpoints.orZero(b.requiredId("activity")),
                draft(b)));
        SupplierInvoice created = invoicing.get().supplierInvoices().create(call.user(), asked.activity(),
                asked.draft());
        return ApiResult.created(json(created), "supplier-invoices/" + created.id());
    }

    private ApiResult get(ApiCall call) {
        return invoicing.get().supplierInvoices().find(call.user(), call.pathId("id"))
                .map(i -> ApiResult.ok(json(i))).orElseGet(ApiResult::notFound);
    }

    private ApiResult change(ApiCall call) {
        SupplierInvoiceDraft draft = call.body(SupplierInvoiceEndpoints::draft);
        return step(call, (s, id) -> s.supplierInvoices().change(call.user(), id, draft));
    }

    private ApiResult delete(ApiCall call) {
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.supplierInvoices().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        services.supplierInvoices().delete(call.user(), id);
        return ApiResult.noContent();
    }

    private ApiResult attach(ApiCall call) {
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
        return step(call, (s, id) -> s.supplierInvoices().attachReceipt(call.user(), id, file.name(),
                file.content()));
    }

    private ApiResult receipt(ApiCall call) {
        return invoicing.get().supplierInvoices().receipt(call.user(), call.pathId("id"))
                .map(r -> ApiResult.ok(Map.of("fileName", r.fileName(), "mediaType", r.mediaType(),
                        "content", Base64.getEncoder().encodeToString(r.content()))))
                .orElseGet(ApiResult::notFound);
    }

    private ApiResult refuse(ApiCall call) {
        String reason = call.body(b -> b.requiredString("reason"));
        return step(call, (s, id) -> s.supplierInvoices().refuse(call.user(), id, reason));
    }

    private ApiResult payments(ApiCall call) {
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.supplierInvoices().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        List<SupplierPayment> payments = services.supplierInvoices().payments(call.user(), id);
        return ApiResult.page(payments, 0, ApiQuery.MAX_LIMIT, payments.size());
    }

    private ApiResult pay(ApiCall call) {
        NewPayment asked = call.body(b -> new NewPayment(b.requiredDate("paidOn"), b.requiredMoney("amount"),
                b.requiredConstant("method", PaymentMethod.class), b.string("reference")));
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.supplierInvoices().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        SupplierPayment payment = services.supplierInvoices().pay(call.user(), id, asked.paidOn(), asked.amount(),
                asked.method(), asked.reference());
        return ApiResult.created(payment, "supplier-invoices/" + id + "/payments");
    }

    private ApiResult step(ApiCall call, BiFunction<Invoicing, Long, SupplierInvoice> action) {
        Invoicing services = invoicing.get();
        long id = call.pathId("id");
        if (services.supplierInvoices().find(call.user(), id).isEmpty()) {
            return ApiResult.notFound();
        }
        return ApiResult.ok(json(action.apply(services, id)));
    }

    private static SupplierInvoiceDraft draft(ApiBody b) {
        Long supplier = b.requiredId("supplierId");
        String number = b.requiredString("supplierNumber");
        LocalDate date = b.requiredDate("invoiceDate");
        LocalDate due = b.requiredDate("dueDate");
        List<PurchaseLineDraft> lines = b.objects("lines").stream().map(l -> new PurchaseLineDraft(
                l.requiredString("accountCode"), l.requiredString("description"), l.requiredMoney("net"),
                l.string("vatCode"), l.money("vat"))).toList();
        return new SupplierInvoiceDraft(CustomerEndpoints.orZero(supplier), number, date, due, lines);
    }
}
