package coop.essaim.web.internal.imports;

import coop.essaim.api.people.ImportMode;
import org.apache.commons.fileupload2.core.FileUploadByteCountLimitException;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.EnumChoiceRenderer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.feedback.ComponentFeedbackMessageFilter;
import org.apache.wicket.model.Model;
import org.apache.wicket.model.ResourceModel;
import org.apache.wicket.util.lang.Bytes;
import coop.essaim.web.ui.LayoutPage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The upload: a CSV file of at most {@link #MAX_BYTES}, what it holds and what to write. A larger file is
 * refused by the multipart parser before it is read whole, and the message shows beside the file field.
 */
class ImportForm extends Form<Void> {

    private static final long serialVersionUID = 1L;

    static final long MAX_BYTES = Bytes.megabytes(5).bytes();

    private final FileUploadField file;
    private final Model<ImportKind> kind;
    private final Model<ImportMode> mode = Model.of(ImportMode.CHECK_ONLY);

    ImportForm(String id, List<ImportKind> kinds) {
        super(id);
        setMultiPart(true);
        setFileMaxSize(Bytes.bytes(MAX_BYTES));
        // the other fields and the multipart framing come on top of the file
        setMaxSize(Bytes.bytes(MAX_BYTES + Bytes.kilobytes(64).bytes()));
        kind = Model.of(kinds.isEmpty() ? null : kinds.get(0));
        file = new FileUploadField("file");
        file.setLabel(new ResourceModel("import.file"));
        file.setMetaData(LayoutPage.OWN_FEEDBACK, Boolean.TRUE);
        add(file);
        add(new FeedbackPanel("fileFeedback", new ComponentFeedbackMessageFilter(file)));
        add(new DropDownChoice<>("kind", kind, kinds, new EnumChoiceRenderer<>(this)).setRequired(true)
                .setLabel(new ResourceModel("import.kind")));
        add(new DropDownChoice<>("mode", mode, Arrays.asList(ImportMode.values()), new EnumChoiceRenderer<>(this))
                .setRequired(true).setLabel(new ResourceModel("import.mode")));
    }

    @Override
    protected void onSubmit() {
        FileUpload upload = file.getFileUpload();
        if (upload == null || upload.getSize() == 0) {
            file.error(getString("import.file.required"));
            return;
        }
        if (upload.getSize() > MAX_BYTES) {
            file.error(getString("import.file.tooLarge"));
            return;
        }
        byte[] bytes = upload.getBytes();
        upload.closeStreams();
        ((ImportPage) getPage()).run(kind.getObject(), bytes, mode.getObject());
    }

    @Override
    protected void onFileUploadException(FileUploadException e, Map<String, Object> model) {
        boolean tooLarge = e instanceof FileUploadSizeException || e instanceof FileUploadByteCountLimitException;
        file.error(getString(tooLarge ? "import.file.tooLarge" : "import.file.failed"));
    }
}
