package coop.essaim.invoicing.ui;

import coop.essaim.invoicing.api.Customer;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.model.IModel;

import java.util.List;

/** A customer chosen by id and shown by name. */
final class CustomerNames extends ChoiceRenderer<Long> {

    private static final long serialVersionUID = 1L;

    private final IModel<List<Customer>> customers;

    CustomerNames(IModel<List<Customer>> customers) {
        this.customers = customers;
    }

    @Override
    public Object getDisplayValue(Long id) {
        return customers.getObject().stream().filter(c -> c.id() == id).map(c -> c.details().name()).findFirst()
                .orElse("");
    }

    @Override
    public String getIdValue(Long id, int index) {
        return String.valueOf(id);
    }
}
