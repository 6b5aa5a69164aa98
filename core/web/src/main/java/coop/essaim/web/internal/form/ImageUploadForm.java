package coop.essaim.web.internal.form;

import coop.essaim.api.problem.ValidationException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.util.lang.Bytes;

import java.io.Serializable;
import java.util.Map;

/**
 * The form that sends an image (a logo) to the kernel, which checks its content and size and names the field
 * when it refuses. A file far beyond {@code limit} is stopped by the upload itself, before it is read. Texts are
 * the panel's {@code <prefix>logo}, {@code <prefix>logo.saved} and {@code <prefix>logo.tooLarge}; the markup has
 * a form with a {@code logo} file field and its {@code logoFeedback}.
 */
public final class ImageUploadForm {

    /** Where the bytes go: the kernel service that checks and stores them. */
    @FunctionalInterface
    public interface Sink extends Serializable {
        void save(byte[] content);
    }

    private ImageUploadForm() {
    }

    /** {@code shown}: the model of the image on the page, detached once a new one is saved. */
    public static Form<Void> of(String id, String prefix, Bytes limit, Sink sink, IModel<?> shown) {
        FieldFeedback fields = new FieldFeedback(prefix);
        FileUploadField file = new FileUploadField("logo");
        Form<Void> form = new Form<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                FileUpload upload = file.getFileUpload();
                try {
                    sink.save(upload == null ? new byte[0] : upload.getBytes());
                    shown.detach();
                    getSession().success(getString(prefix + "logo.saved"));
                } catch (ValidationException e) {
                    fields.show(e, this);
                } finally {
                    if (upload != null) {
                        upload.closeStreams();
                    }
                }
            }

            @Override
            protected void onFileUploadException(FileUploadException e, Map<String, Object> model) {
                file.error(getString(prefix + "logo.tooLarge"));
            }
        };
        form.setMultiPart(true);
        form.setFileMaxSize(limit);
        form.setMaxSize(Bytes.bytes(limit.bytes() + Bytes.kilobytes(16).bytes()));
        fields.add(form, file);
        return form;
    }
}
