package coop.essaim.countryfr.ui.contract;

import coop.essaim.api.people.Contract;
import coop.essaim.api.people.EmploymentTermsVersion;
import coop.essaim.api.people.People;
import coop.essaim.api.security.AccessDeniedException;
import coop.essaim.countryfr.internal.contract.ContractDocuments;
import coop.essaim.web.ui.LayoutPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.handler.resource.ResourceRequestHandler;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.request.resource.ByteArrayResource;
import org.apache.wicket.request.resource.ContentDisposition;

import java.util.List;

/** A person's contracts and employment terms versions, each with its PDF (CAPE, CESA or CESA amendment). */
public class ContractsPage extends LayoutPage {

    private static final long serialVersionUID = 1L;

    private final long personId;

    public ContractsPage(PageParameters parameters) {
        super(parameters);
        personId = parameters.get("person").toLong(-1);
        People people = module().service(People.class);
        if (!people.mayManage(user(), personId)) {
            throw new AccessDeniedException("person:" + personId);
        }
        add(new Label("name", people.find(user(), personId).orElseThrow().displayName()));
        IModel<List<Contract>> contracts = LoadableDetachableModel.of(() -> people().path(user(), personId)
                .orElseThrow().contracts());
        add(new ListView<>("contracts", contracts) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Contract> item) {
                Contract c = item.getModelObject();
                item.add(new Label("kind", getString("contracts.kind." + c.kind(), null, c.kind())));
                item.add(new Label("start", String.valueOf(c.start())));
                item.add(new Label("end", c.plannedEnd() == null ? "" : String.valueOf(c.plannedEnd())));
                String kind = c.kind();
                item.add(download("pdf", () -> documents().contract(user(), personId, kind), kind + ".pdf"));
            }
        });
        add(new ListView<>("terms", LoadableDetachableModel.of(() -> people().employmentTerms(user(), personId))) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<EmploymentTermsVersion> item) {
                EmploymentTermsVersion v = item.getModelObject();
                item.add(new Label("from", String.valueOf(v.terms().validFrom())));
                item.add(new Label("hours", v.terms().hours() == null ? "" : v.terms().hours().toPlainString()));
                long id = v.id();
                item.add(download("pdf", () -> documents().amendment(user(), personId, id), "avenant-" + id + ".pdf"));
            }
        });
    }

    private People people() {
        return module().service(People.class);
    }

    private ContractDocuments documents() {
        return ContractDocuments.of(module());
    }

    private Link<Void> download(String id, IModel<byte[]> pdf, String fileName) {
        return new Link<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                ByteArrayResource resource = new ByteArrayResource("application/pdf", pdf.getObject(), fileName) {
                    private static final long serialVersionUID = 1L;

                    @Override
                    protected void configureResponse(ResourceResponse response, Attributes attributes) {
                        response.setContentDisposition(ContentDisposition.ATTACHMENT);
                    }
                };
                getRequestCycle().scheduleRequestHandlerAfterCurrent(new ResourceRequestHandler(resource, null));
            }
        };
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("contracts.title");
    }
}
