package coop.essaim.web.internal.imports;

import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.StringResourceModel;

import java.util.List;

/** The report of an import: how many lines, how many imported, whether anything was written, every problem. */
class ImportReportPanel extends Panel {

    private static final long serialVersionUID = 1L;

    ImportReportPanel(String id, IModel<ShownReport> report) {
        super(id, report);
        add(new Label("lines", report.map(ShownReport::lines)));
        add(new Label("imported", report.map(ShownReport::imported)));
        add(new Label("written", report.map(r -> getString(r.written() ? "import.written.yes" : "import.written.no"))));
        IModel<List<ShownReport.Problem>> problems = report.map(ShownReport::problems);
        WebMarkupContainer table = new WebMarkupContainer("problemTable") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(!problems.getObject().isEmpty());
            }
        };
        table.add(new Label("count", new StringResourceModel("import.problems.count", this)
                .setParameters(problems.map(List::size))));
        table.add(new ListView<>("problems", problems) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ShownReport.Problem> item) {
                ShownReport.Problem p = item.getModelObject();
                item.add(new Label("line", p.line()));
                item.add(new Label("column", p.column() == null ? "—" : p.column()));
                item.add(new Label("message", p.message()));
            }
        });
        add(table);
        add(new WebMarkupContainer("noProblem") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(problems.getObject().isEmpty());
            }
        });
    }
}
