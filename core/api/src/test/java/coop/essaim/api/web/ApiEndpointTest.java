package coop.essaim.api.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiEndpointTest {

    private static final ApiOperation OK = call -> ApiResult.noContent();

    @Test
    void pathsAreLowerCaseWordsAndPlaceholdersRelativeToTheModule() {
        assertEquals("invoices/{id}/payments", ApiEndpoint.post("invoices/{id}/payments", OK).path());
        ApiEndpoint.get("internal-invoices/{id}/payments/{paymentId}", OK);
        for (String bad : List.of("/invoices", "invoices/", "Invoices", "payment_reminders", "", "invoices//x",
                "invoices/{Id}", "invoices/{id}/x/{id}")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.get(bad, OK));
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> new ApiEndpoint("HEAD", "invoices", OK));
        assertThrows(NullPointerException.class, () -> ApiEndpoint.get("invoices", null));
    }

    @Test
    void aDocumentIsAnsweredAsItIsUnderAFileName() {
        assertEquals("assemblies/{id}/minutes.pdf", ApiEndpoint.get("assemblies/{id}/minutes.pdf", OK).path());
        assertThrows(IllegalArgumentException.class, () -> ApiEndpoint.get(".pdf", OK));
        ApiResult pdf = ApiResult.file("application/pdf", "proces-verbal-7.pdf", new byte[] {1, 2});
        assertEquals(200, pdf.status());
        assertEquals("proces-verbal-7.pdf", pdf.file().orElseThrow().fileName());
        assertTrue(ApiResult.ok(Map.of()).file().isEmpty());
        for (String bad : List.of("", "a\"b.pdf", "../x.pdf", "a\nb.pdf")) {
            assertThrows(IllegalArgumentException.class, () -> ApiResult.file("application/pdf", bad, new byte[0]));
        }
        assertThrows(IllegalArgumentException.class, () -> ApiResult.file("PDF", "x.pdf", new byte[0]));
    }

    @Test
    void aPageKnowsWhetherThereIsMore() {
        assertTrue(ApiResult.page(List.of(1, 2), 0, 2, 5).paging().orElseThrow().more());
        assertFalse(ApiResult.page(List.of(5), 4, 2, 5).paging().orElseThrow().more());
        assertEquals(5L, ApiResult.page(List.of(5), 4, 2, 5).paging().orElseThrow().total());
        assertTrue(ApiResult.ok(Map.of()).paging().isEmpty());
    }

    @Test
    void aModuleAnswersSuccessesAndLeavesTheCoresHeadersAlone() {
        ApiResult created = ApiResult.created(Map.of("id", 42), "invoices/42").withHeader("ETag", "\"v1\"");
        assertEquals(201, created.status());
        assertEquals(Map.of("Location", "invoices/42", "ETag", "\"v1\""), created.headers());
        assertThrows(IllegalArgumentException.class, () -> ApiResult.of(400, null));
        assertThrows(IllegalArgumentException.class, () -> ApiResult.ok(1).withHeader("Content-Type", "text/html"));
        assertThrows(IllegalArgumentException.class, () -> ApiResult.ok(1).withHeader("Link", "<x>"));
        assertEquals(404, ApiResult.notFound().status());
    }
}
