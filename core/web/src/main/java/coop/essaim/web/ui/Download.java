package coop.essaim.web.ui;

import org.apache.wicket.request.resource.AbstractResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * A file made at each download with the reader's rights (a register's CSV, a certificate), made before the response
 * starts, so a refusal becomes an error page, not half a file; nothing is made while the page renders, and the page
 * keeps no file. A CSV starts with a BOM for French spreadsheets.
 */
public final class Download extends AbstractResource {

    private static final long serialVersionUID = 1L;

    /** Makes the file's content when it is asked for. */
    public interface Content extends Supplier<byte[]>, Serializable {
    }

    private final Content content;
    private final String contentType;
    private final String fileName;

    private Download(Content content, String contentType, String fileName) {
        this.content = content;
        this.contentType = contentType;
        this.fileName = fileName;
    }

    /** Writes the text when the file is asked for. */
    public interface Text extends Supplier<String>, Serializable {
    }

    public static Download csv(Text text, String fileName) {
        return new Download(() -> ("\ufeff" + text.get()).getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8", fileName);
    }

    public static Download pdf(Content content, String fileName) {
        return new Download(content, "application/pdf", fileName);
    }

    @Override
    protected ResourceResponse newResourceResponse(Attributes attributes) {
        byte[] bytes = content.get();
        ResourceResponse response = new ResourceResponse();
        response.setContentType(contentType);
        response.setFileName(fileName);
        response.setContentDisposition(ContentDisposition.ATTACHMENT);
        response.setContentLength(bytes.length);
        response.disableCaching();
        response.setWriteCallback(new WriteCallback() {
            @Override
            public void writeData(Attributes a) {
                a.getResponse().write(bytes);
            }
        });
        return response;
    }
}
