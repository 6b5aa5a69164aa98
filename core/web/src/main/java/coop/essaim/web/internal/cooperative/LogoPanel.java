package coop.essaim.web.internal.cooperative;

import coop.essaim.api.cooperative.CooperativeLogo;
import coop.essaim.api.cooperative.CooperativeProfile;
import coop.essaim.web.internal.CorePanel;
import coop.essaim.web.internal.Services;
import coop.essaim.web.internal.form.ImageUploadForm;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.request.mapper.parameter.PageParameters;
import org.apache.wicket.util.lang.Bytes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The cooperative's logo: the current one, a form to replace it and one to remove it. The kernel decides
 * from the content whether it is a PNG or JPEG small enough; the form only stops a file far too large
 * before it is read.
 */
class LogoPanel extends CorePanel {

    private static final long serialVersionUID = 1L;

    /** Above the kernel's limit, so that what it refuses gets its own message. */
    private static final Bytes UPLOAD_LIMIT = Bytes.bytes(4L * CooperativeProfile.LOGO_MAX_BYTES);

    private final IModel<Optional<CooperativeLogo>> logo = LoadableDetachableModel.of(() ->
            Services.cooperativeProfile().logo(user().cooperativeId()));

    LogoPanel(String id) {
        super(id);
        WebMarkupContainer image = new WebMarkupContainer("image") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(logo.getObject().isPresent());
            }
        };
        // a version in the address, so a replaced logo is not taken from the browser's cache
        image.add(AttributeModifier.replace("src", LoadableDetachableModel.of(() -> urlFor(
                CooperativeLogoResource.REFERENCE, new PageParameters().set("v", logo.getObject()
                        .map(l -> Integer.toHexString(Arrays.hashCode(l.content()))).orElse(""))).toString())));
        add(image);
        add(new WebMarkupContainer("none") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(logo.getObject().isEmpty());
            }
        });
        add(ImageUploadForm.of("upload", "cooperative.", UPLOAD_LIMIT,
                content -> Services.cooperativeProfile().changeLogo(user(), content), logo));
        add(new Form<Void>("remove") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                Services.cooperativeProfile().removeLogo(user());
                logo.detach();
                getSession().success(getString("cooperative.logo.removed"));
            }

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(logo.getObject().isPresent());
            }
        });
    }
}
