package coop.essaim.web.internal.ledger;

import coop.essaim.api.ledger.Lettering;
import coop.essaim.api.ledger.OpenPosting;
import coop.essaim.api.ledger.OpenPostings;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.internal.CsvDownload;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.people.PeopleCsvResource;
import coop.essaim.web.internal.security.EssaimSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.IResource;
import org.apache.wicket.request.resource.ResourceReference;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The open postings of the lettering page's account (and third party) as CSV, like the other lists: a header row
 * of stable names, amounts as plain decimals, dates ISO, formulas defused. Read from the kernel a page of
 * {@link Lettering#MAX_PAGE} at a time as it is written, so the file never holds 100,000 postings in memory.
 */
public final class LetteringCsvResource extends AbstractResource {

    private static final long serialVersionUID = 1L;

    public static final ResourceReference REFERENCE = new ResourceReference(LetteringCsvResource.class,
            "lettering.csv") {
        private static final long serialVersionUID = 1L;

        @Override
        public IResource getResource() {
            return new LetteringCsvResource();
        }
    };
    static final List<String> HEADER = List.of("posting_id", "date", "entry", "piece", "label", "activity",
            "third_party", "debit", "credit", "currency");

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        ResourceResponse response = new ResourceResponse();
        UserContext user = EssaimSession.get().user().orElse(null);
        if (user == null || !LetteringView.MAY_OPEN.test(user)) {
            return response.setError(user == null ? 401 : 403);
        }
        LetteringView view = LetteringView.of(attributes.getParameters());
        if (view.account == null) {
            return response.setError(400, "account");
        }
        OpenPostings first;
        try {
            // the first page before the response starts, so a refusal is an error status, not half a file
            first = Services.lettering().open(user, view.query(Lettering.MAX_PAGE));
        } catch (ValidationException e) {
            return response.setError(400, e.getMessage());
        } catch (AccessDeniedException e) {
            return response.setError(403);
        }
        CsvDownload.attachment(response, "lettering-" + view.account + ".csv");
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) throws IOException {
                Writer out = new OutputStreamWriter(a.getResponse().getOutputStream(), StandardCharsets.UTF_8);
                // not closed: closing the printer would close the response's stream, which the container owns
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new))
                        .get());
                OpenPostings page = first;
                while (true) {
                    for (OpenPosting p : page.postings()) {
                        csv.printRecord(row(p).stream().map(PeopleCsvResource::defused).toList());
                    }
                    if (!page.more()) {
                        break;
                    }
                    page = Services.lettering().open(user, view.query(Lettering.MAX_PAGE)
                            .page(page.offset() + Lettering.MAX_PAGE, Lettering.MAX_PAGE));
                }
                csv.flush();
            }
        });
        return response;
    }

    private static List<String> row(OpenPosting p) {
        return List.of(Long.toString(p.postingId()), p.date().toString(), p.entryReference(), text(p.pieceReference()),
                text(p.label()), Long.toString(p.activityId()), text(p.thirdParty()),
                p.debit().isZero() ? "" : p.debit().toPlainString(), p.credit().isZero() ? "" : p.credit().toPlainString(),
                p.debit().currency().getCurrencyCode());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
