package coop.essaim.web.internal.activities;

import coop.essaim.api.people.ActivityBranding;
import coop.essaim.api.people.ActivityLogo;
import coop.essaim.api.people.ActivitySender;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.FieldFeedback;
import coop.essaim.web.internal.form.ImageUploadForm;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The activity's brand on its documents and mails: its logo (else the cooperative's is printed) and its
 * sender, the address answers go to and the name before the cooperative's in the From line. Whoever reads the
 * activity sees them; the forms are shown to who may change them (its managers and its own members), and the
 * kernel checks again on every change.
 */
class ActivityBrandingPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    /** Above the kernel's limit, so that what it refuses gets its own message. */
    private static final Bytes UPLOAD_LIMIT = Bytes.bytes(4L * ActivityBranding.LOGO_MAX_BYTES);

    private final long activityId;
    private final IModel<Optional<ActivityLogo>> logo;
    private final IModel<ActivitySender> sender;
    private final boolean canChange;

    ActivityBrandingPanel(String id, long activityId) {
        super(id);
        this.activityId = activityId;
        this.logo = LoadableDetachableModel.of(() -> Services.activityBranding().logo(user(), activityId));
        this.sender = LoadableDetachableModel.of(() -> Services.activityBranding().sender(user(), activityId));
        this.canChange = Services.activityBranding().canChange(user(), activityId);
        WebMarkupContainer image = visibleWhen("image", true);
        // a version in the address, so a replaced logo is not taken from the browser's cache
        image.add(AttributeModifier.replace("src", LoadableDetachableModel.of(() -> urlFor(
                ActivityLogoResource.REFERENCE, new PageParameters().set("id", activityId).set("v", logo.getObject()
                        .map(l -> Integer.toHexString(Arrays.hashCode(l.content()))).orElse(""))).toString())));
        add(image);
        add(visibleWhen("none", false));
        add(ImageUploadForm.of("upload", "branding.", UPLOAD_LIMIT,
                content -> Services.activityBranding().changeLogo(user(), activityId, content), logo)
                .setVisible(canChange));
        add(new Form<Void>("remove") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                Services.activityBranding().removeLogo(user(), activityId);
                logo.detach();
                getSession().success(getString("branding.logo.removed"));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(canChange && logo.getObject().isPresent());
            }
        });
        add(senderForm().setVisible(canChange));
        WebMarkupContainer shown = new WebMarkupContainer("shown");
        shown.add(new Label("shownEmail", sender.map(s -> s.email() == null ? "—" : s.email())));
        shown.add(new Label("shownName", sender.map(s -> s.name() == null ? "—" : s.name())));
        add(shown.setVisible(!canChange));
    }

    private WebMarkupContainer visibleWhen(String id, boolean present) {
        return new WebMarkupContainer(id) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(logo.getObject().isPresent() == present);
            }
        };
    }

    private Form<Void> senderForm() {
        FieldFeedback fields = new FieldFeedback("branding.");
        ActivitySender current = sender.getObject();
        IModel<String> email = Model.of(current.email());
        IModel<String> name = Model.of(current.name());
        Form<Void> form = new Form<>("sender") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                try {
                    Services.activityBranding().changeSender(user(), activityId,
                            new ActivitySender(email.getObject(), name.getObject()));
                    sender.detach();
                    getSession().success(getString("branding.sender.saved"));
                } catch (ValidationException e) {
                    fields.show(e, this);
                }
            }
        };
        // a plain text field: the kernel decides what an address is and says it beside the field
        fields.add(form, new TextField<>("email", email));
        fields.add(form, new TextField<>("name", name));
        return form;
    }

    @Override
    protected void onDetach() {
        logo.detach();
        sender.detach();
        super.onDetach();
    }
}
