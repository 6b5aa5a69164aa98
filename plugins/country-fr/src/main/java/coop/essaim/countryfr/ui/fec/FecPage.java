package coop.essaim.countryfr.ui.fec;

import coop.essaim.api.ledger.FiscalYear;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.countryfr.internal.fec.FecChecker;
import coop.essaim.countryfr.internal.fec.FecExport;
import coop.essaim.countryfr.internal.fec.FecReport;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.upload.FileUpload;
import org.apache.wicket.markup.html.form.upload.FileUploadField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.handler.resource.ResourceRequestHandler;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The FEC: download the file of a fiscal year, or check a file (ours or another tool's) and read each problem
 * with its line and column, or its totals when it passes.
 */
public class FecPage extends LayoutPage {

    private static final long serialVersionUID = 1L;
    private static final int YEARS_SHOWN = 6;

    private final IModel<CheckResult> report = Model.of();

    public FecPage(PageParameters parameters) {
        super(parameters);
        List<Integer> years = years();
        add(exportForm(years));
        add(checkForm(years));
        add(result());
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("fec.title");
    }

    private FecExport export() {
        return FecExport.of(module());
    }

    /** The current fiscal year and those before it, latest first. */
    private List<Integer> years() {
        int current = export().currentYear(user());
        List<Integer> years = new ArrayList<>();
        for (int y = current; y > current - YEARS_SHOWN; y--) {
            years.add(y);
        }
        return years;
    }

    private Form<Void> exportForm(List<Integer> years) {
        IModel<Integer> year = Model.of(years.get(0));
        Form<Void> form = new Form<>("export") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    FecExport export = export();
                    String name = export.fileName(user(), year.getObject());
                    getRequestCycle().scheduleRequestHandlerAfterCurrent(new ResourceRequestHandler(
                            new FecDownload(export, user(), year.getObject(), name), null));
                } catch (ValidationException e) {
                    e.errors().forEach(error -> error(error.message()));
                } catch (AccessDeniedException e) {
                    error(getString("fec.denied"));
                }
            }
        };
        form.add(new DropDownChoice<>("year", year, years).setRequired(true));
        return form;
    }

    private Form<Void> checkForm(List<Integer> years) {
        IModel<Integer> year = Model.of();
        FileUploadField file = new FileUploadField("file");
        Form<Void> form = new Form<>("check") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                FileUpload upload = file.getFileUpload();
                if (upload == null) {
                    file.error(getString("fec.chooseFile"));
                    return;
                }
                FiscalYear fiscal = year.getObject() == null ? null : export().fiscalYear(user(), year.getObject());
                try (Reader in = new InputStreamReader(upload.getInputStream(), StandardCharsets.UTF_8)) {
                    report.setObject(CheckResult.of(FecChecker.check(in, upload.getClientFileName(), fiscal),
                            getLocale()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        form.setMultiPart(true);
        form.setMaxSize(Bytes.megabytes(500));
        DropDownChoice<Integer> choice = new DropDownChoice<>("checkYear", year, years);
        choice.setNullValid(true);
        form.add(choice, file);
        return form;
    }

    private WebMarkupContainer result() {
        WebMarkupContainer result = new WebMarkupContainer("result") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(report.getObject() != null);
            }
        };
        result.add(new Label("verdict", () -> shown(r -> getString(r.valid() ? "fec.passed" : "fec.failed"))));
        result.add(new Label("lines", () -> shown(r -> String.valueOf(r.lines()))));
        result.add(new Label("entries", () -> shown(r -> String.valueOf(r.entries()))));
        result.add(new Label("debit", () -> shown(CheckResult::debit)));
        result.add(new Label("credit", () -> shown(CheckResult::credit)));
        result.add(new Label("more", () -> shown(r -> r.more() == 0 ? "" : getString("fec.more") + " " + r.more())));
        result.add(new ListView<>("problems", () -> report.getObject() == null ? List.<CheckResult.Row>of()
                : report.getObject().rows()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<CheckResult.Row> item) {
                CheckResult.Row row = item.getModelObject();
                item.add(new Label("line", row.line()), new Label("column", row.column()),
                        new Label("message", row.message()));
            }
        });
        return result;
    }

    private String shown(java.util.function.Function<CheckResult, String> part) {
        return report.getObject() == null ? "" : part.apply(report.getObject());
    }

    /** What the page shows of a report, in the reader's language, kept with the page between requests. */
    record CheckResult(boolean valid, long lines, long entries, String debit, String credit, long more,
                       List<Row> rows) implements java.io.Serializable {

        record Row(String line, String column, String message) implements java.io.Serializable {
        }

        static CheckResult of(FecReport report, java.util.Locale locale) {
            boolean french = locale.getLanguage().equals("fr");
            List<Row> rows = report.problems().stream().map(p -> new Row(p.line() == 0 ? "" : String.valueOf(p.line()),
                    p.column() == null ? "" : p.column(), french ? p.french() : p.english())).toList();
            return new CheckResult(report.valid(), report.lines(), report.entries(), report.debit().format(locale),
                    report.credit().format(locale), report.moreProblems(), new ArrayList<>(rows));
        }
    }
}
