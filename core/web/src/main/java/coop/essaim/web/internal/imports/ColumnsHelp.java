package coop.essaim.web.internal.imports;

import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.Panel;

import java.util.List;

/** The main columns of each kind of file the user may import, as the import's guide lists them. */
class ColumnsHelp extends Panel {

    private static final long serialVersionUID = 1L;

    ColumnsHelp(String id, List<ImportKind> kinds) {
        super(id);
        add(new ListView<>("kinds", kinds) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<ImportKind> item) {
                String kind = item.getModelObject().name();
                item.add(new Label("title", getString("ImportKind." + kind)));
                item.add(new Label("columns", getString("import.help." + kind)));
            }
        });
    }
}
