package coop.essaim.invoicing.ui;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.invoicing.api.ExpenseNote;
import coop.essaim.invoicing.api.ExpenseNotes;
import coop.essaim.invoicing.api.ExpenseNotes.VehicleChoice;
import coop.essaim.invoicing.api.ExpenseStatus;
import coop.essaim.invoicing.api.InvoicingPermissions;
import coop.essaim.invoicing.api.MileageLineDraft;
import org.apache.wicket.markup.html.form.CheckBox;
import org.apache.wicket.markup.html.form.ChoiceRenderer;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The form of a mileage line on a draft expense note (ids {@code travelledOn}, {@code from}, {@code to},
 * {@code purpose}, {@code distance}, {@code vehicle}, {@code electric}): the vehicles are those of the country's
 * scale in force today; the allowance is computed by the service at the trip's date and the year's band.
 */
final class MileageLineForm extends Form<Void> {

    private static final long serialVersionUID = 1L;

    private final long noteId;
    private final IModel<ExpenseNote> note;
    private final IModel<String> day = Model.of(LocalDate.now().toString());
    private final IModel<String> from = Model.of("");
    private final IModel<String> to = Model.of("");
    private final IModel<String> purpose = Model.of("");
    private final IModel<String> distance = Model.of("");
    private final IModel<String> vehicle = Model.of();
    private final IModel<Boolean> electric = Model.of(false);
    private final TextField<String> dayField = new TextField<>("travelledOn", day);
    private final TextField<String> distanceField = new TextField<>("distance", distance);

    MileageLineForm(String id, long noteId, IModel<ExpenseNote> note) {
        super(id);
        this.noteId = noteId;
        this.note = note;
        IModel<List<VehicleChoice>> vehicles = LoadableDetachableModel.of(() ->
                notes().vehicles(page().currentUserContext(), LocalDate.now()));
        IModel<List<String>> codes = LoadableDetachableModel.of(() -> vehicles.getObject().stream()
                .map(VehicleChoice::code).toList());
        add(dayField, distanceField, new TextField<>("from", from), new TextField<>("to", to),
                new TextField<>("purpose", purpose), new CheckBox("electric", electric),
                new DropDownChoice<>("vehicle", vehicle, codes, new ChoiceRenderer<>() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public Object getDisplayValue(String code) {
                        return vehicles.getObject().stream().filter(v -> v.code().equals(code))
                                .map(VehicleChoice::label).findFirst().orElse(code);
                    }

                    @Override
                    public String getIdValue(String code, int index) {
                        return code;
                    }
                }));
    }

    @Override
    protected void onConfigure() {
        super.onConfigure();
        setVisible(note.getObject().status() == ExpenseStatus.DRAFT
                && page().currentUserContext().can(InvoicingPermissions.WRITE));
    }

    @Override
    protected void onSubmit() {
        LocalDate travelled;
        try {
            travelled = LocalDate.parse(day.getObject() == null ? "" : day.getObject().strip());
        } catch (DateTimeParseException e) {
            dayField.error(getString("payments.date"));
            return;
        }
        Integer km;
        try {
            km = Integer.valueOf(distance.getObject() == null ? "" : distance.getObject().strip());
        } catch (NumberFormatException e) {
            distanceField.error(getString("mileage.wholeKm"));
            return;
        }
        try {
            notes().addMileageLine(page().currentUserContext(), noteId, new MileageLineDraft(travelled,
                    from.getObject(), to.getObject(), purpose.getObject(), km, vehicle.getObject(),
                    Boolean.TRUE.equals(electric.getObject())));
            note.detach();
            purpose.setObject("");
            distance.setObject("");
            success(getString("mileage.added"));
        } catch (ValidationException e) {
            page().show(e, this);
        }
    }

    private ExpenseNotes notes() {
        return page().invoicing().expenses();
    }

    private InvoicingPage page() {
        return findParent(InvoicingPage.class);
    }
}
