package coop.essaim.web.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.kernel.Kernel;
import coop.essaim.web.internal.error.ErrorReference;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON API, mapped by hosts at {@code /api/*}. Every answer is JSON; every error an RFC 9457
 * {@code application/problem+json} document, a 500 carrying only a reference id that is in the log with
 * the stack trace.
 */
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

    private final transient Kernel kernel;
    private final transient ObjectMapper json = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final transient ApiRouter router;

    public ApiServlet(Kernel kernel) {
        this.kernel = kernel;
        this.router = new ApiRouter(new ModuleApi(kernel.modules()));
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse servletResponse) throws IOException {
        UnreadBodyFirst response = new UnreadBodyFirst(request, servletResponse);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        ApiExchange exchange = new ApiExchange(request, response, kernel, json);
        try {
            router.resolve(request.getMethod(), request.getPathInfo(), exchange).handle(exchange);
        } catch (EOFException clientLeft) {
            // the caller closed the connection before the answer was all sent (a closed tab, a client's time-out):
            // nobody is left to answer, and it is no fault of the server (the containers' EofException is one)
            LOG.debug("API caller left during {} {}: {}", request.getMethod(), request.getRequestURI(),
                    clientLeft.toString());
            return;
        } catch (ApiProblem problem) {
            writeProblem(response, problem);
        } catch (ValidationException refused) {
            // nothing was written: the services check everything before they change anything
            writeProblem(response, ApiProblem.refused(refused, exchange.text("api.refused"), field -> field));
        } catch (AccessDeniedException denied) {
            writeProblem(response, new ApiProblem(403, exchange.text("api.forbidden", denied.permission())));
        } catch (RuntimeException e) {
            String reference = ErrorReference.next();
            LOG.error("API error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
            writeProblem(response, new ApiProblem(500, exchange.text("api.internal", reference)));
        }
        response.settle();
    }

    private void writeProblem(HttpServletResponse response, ApiProblem problem) throws IOException {
        if (response.isCommitted()) {
            LOG.warn("cannot report API problem {} {}: response already committed", problem.status(), problem.detail());
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status());
        problem.headers().forEach(response::setHeader);
        response.setContentType("application/problem+json;charset=utf-8");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", ApiProblem.title(problem.status()));
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        if (!problem.errors().isEmpty()) {
            List<Map<String, String>> errors = new ArrayList<>();
            for (ApiProblem.FieldProblem f : problem.errors()) {
                Map<String, String> error = new LinkedHashMap<>();
                error.put("field", f.field());
                error.put("pointer", ApiProblem.pointer(f.field()));
                error.put("message", f.message());
                errors.add(error);
            }
            body.put("errors", errors);
        }
        json.writeValue(response.getOutputStream(), body);
    }
}
