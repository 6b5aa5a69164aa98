package coop.essaim.web.internal.imports;

import coop.essaim.api.people.ImportMode;
import coop.essaim.web.internal.CorePage;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Arrays;
import java.util.List;

/**
 * Importing people or activities from a CSV file ({@code docs/people-import.md}): the upload form, the
 * report of the last run, and after a run that wrote nothing because of refused lines, the same file's valid
 * lines imported on request. The uploaded bytes stay in this page (at most {@link ImportForm#MAX_BYTES}), never
 * in a file of ours, so the second step needs no second upload.
 */
public class ImportPage extends CorePage {

    private static final long serialVersionUID = 1L;

    private byte[] upload;
    private ImportKind uploadKind;
    private ShownReport report;

    public ImportPage(PageParameters parameters) {
        super(parameters);
        List<ImportKind> kinds = Arrays.stream(ImportKind.values()).filter(k -> k.allowed(user())).toList();
        add(new ColumnsHelp("help", kinds));
        add(new ImportForm("form", kinds));
        add(new ImportReportPanel("report", () -> report) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(report != null);
            }
        });
        add(validLinesForm());
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("import.title");
    }

    /** Runs the kernel's import of {@code bytes} and shows its report; the bytes are kept for a second run. */
    void run(ImportKind kind, byte[] bytes, ImportMode mode) {
        upload = bytes;
        uploadKind = kind;
        report = ShownReport.of(kind.run(user(), bytes, mode));
        if (report.written()) {
            success(new StringResourceModel("import.done", this).setParameters(report.imported(), report.lines())
                    .getString());
            upload = null;
        }
    }

    private Form<Void> validLinesForm() {
        Form<Void> form = new Form<>("validLines") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                if (upload != null) {
                    run(uploadKind, upload, ImportMode.VALID_LINES_ONLY);
                }
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(upload != null && report != null && report.validLinesMayBeImported());
            }
        };
        form.add(new WebMarkupContainer("submit"));
        return form;
    }
}
