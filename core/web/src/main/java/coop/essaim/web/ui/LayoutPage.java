package coop.essaim.web.ui;

import coop.essaim.api.cooperative.Cooperative;
import coop.essaim.api.cooperative.CooperativeDirectory;
import coop.essaim.api.module.ModuleContext;
import coop.essaim.api.security.CoreRoles;
import coop.essaim.api.security.UserContext;
import coop.essaim.web.EssaimWebApplication;
import coop.essaim.web.internal.menu.MenuPanel;
import coop.essaim.web.internal.pages.LoginPage;
import coop.essaim.web.internal.security.EssaimSession;
import coop.essaim.web.internal.security.SupportedLocales;
import org.apache.wicket.AttributeModifier;
import org.apache.wicket.MetaDataKey;
import org.apache.wicket.markup.head.CssHeaderItem;
import org.apache.wicket.markup.head.IHeaderResponse;
import org.apache.wicket.markup.html.TransparentWebMarkupContainer;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.WebPage;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.link.BookmarkablePageLink;
import org.apache.wicket.markup.html.link.Link;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.markup.html.panel.FeedbackPanel;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The base page of Essaim: header with the cooperative and the user box, the language switch (FR, EN and the
 * languages modules contribute, see {@link coop.essaim.api.web.InterfaceLanguage}), the
 * menu of what the user may open, a feedback panel and a footer. Module pages extend it and put their
 * content in {@code <wicket:extend>}; they override {@link #pageTitle()} for the browser title.
 *
 * <p>Access is checked before a page is built (see {@link SecurePage}); {@link #user()} is the user acting
 * in this request, rebuilt from the core on every request.
 */
public class LayoutPage extends WebPage {

    private static final long serialVersionUID = 1L;

    /**
     * Set on a form component that shows its own messages beside it, so the page's feedback panel does not
     * repeat them.
     */
    public static final MetaDataKey<Boolean> OWN_FEEDBACK = new MetaDataKey<>() {
        private static final long serialVersionUID = 1L;
    };

    public LayoutPage() {
        this(new PageParameters());
    }

    public LayoutPage(PageParameters parameters) {
        super(parameters);
        TransparentWebMarkupContainer html = new TransparentWebMarkupContainer("html");
        SupportedLocales languages = EssaimSession.languages();
        Locale offered = languages.choose(getSession().getLocale());
        if (!offered.equals(getSession().getLocale())) {
            getSession().setLocale(offered);   // a language whose plugin is gone, or a region: the language offered
        }
        html.add(AttributeModifier.replace("lang", LoadableDetachableModel.of(() -> getLocale().getLanguage())));
        html.add(AttributeModifier.replace("dir", LoadableDetachableModel.of(() ->
                EssaimSession.languages().rightToLeft(getLocale()) ? "rtl" : null)));
        add(html);
        add(new Label("title", LoadableDetachableModel.of(() -> pageTitle().getObject() + " · " + cooperativeName())));
        add(new BookmarkablePageLink<Void>("brand", getApplication().getHomePage())
                .add(new Label("cooperative", LoadableDetachableModel.of(this::cooperativeName))));
        add(languageLink("fr", SupportedLocales.FRENCH));
        add(languageLink("en", SupportedLocales.ENGLISH));
        add(new ListView<>("languages", languages.contributed()) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<SupportedLocales.Language> item) {
                SupportedLocales.Language language = item.getModelObject();
                Link<Void> link = languageLink("language", language.locale());
                link.add(AttributeModifier.replace("lang", language.locale().getLanguage()),
                        AttributeModifier.replace("title", language.nativeName()));
                link.add(new Label("code", language.locale().getLanguage().toUpperCase(Locale.ROOT)));
                item.add(link);
            }
        });
        add(userBox());
        add(new MenuPanel("menu"));
        add(new FeedbackPanel("feedback", message -> !(message.getReporter() != null
                && Boolean.TRUE.equals(message.getReporter().getMetaData(OWN_FEEDBACK)))));
        add(new Label("footerName", LoadableDetachableModel.of(this::cooperativeName)));
        add(new Label("version", LoadableDetachableModel.of(() -> EssaimWebApplication.get().kernel().version())));
    }

    /** The browser title of the page; the cooperative's name is appended. */
    protected IModel<String> pageTitle() {
        return Model.of("Essaim");
    }

    /** The user acting in this request, if someone is logged in. */
    protected final Optional<UserContext> currentUser() {
        return EssaimSession.get().user();
    }

    /**
     * The context of the module that declared this page (its {@code ModuleStore} and the services it was
     * given): how a module page reads and writes its module's data.
     */
    protected final ModuleContext module() {
        EssaimWebApplication app = EssaimWebApplication.get();
        String id = app.modulePages().declarationOf(getClass()).map(d -> d.module().id())
                .orElseThrow(() -> new IllegalStateException(getClass().getName()
                        + " is not declared by a module's PageContribution"));
        return app.kernel().modules().context(id)
                .orElseThrow(() -> new IllegalStateException("module " + id + " is not started"));
    }

    /** The user acting in this request; pages other than login and errors always have one. */
    protected final UserContext user() {
        return currentUser().orElseThrow(() -> new IllegalStateException("no user is logged in"));
    }

    @Override
    public void renderHead(IHeaderResponse response) {
        super.renderHead(response);
        // the theme servlet answers at /theme/*; relative, so it works under any context path
        response.render(CssHeaderItem.forUrl("theme/essaim.css"));
    }

    private Link<Void> languageLink(String id, Locale locale) {
        Link<Void> link = new Link<>(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                getSession().setLocale(locale);
            }
        };
        link.add(AttributeModifier.replace("hreflang", locale.getLanguage()));
        link.add(AttributeModifier.replace("aria-current",
                LoadableDetachableModel.of(() -> getLocale().getLanguage().equals(locale.getLanguage()) ? "true" : null)));
        return link;
    }

    private WebMarkupContainer userBox() {
        WebMarkupContainer box = new WebMarkupContainer("userBox") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onConfigure() {
                super.onConfigure();
                setVisible(currentUser().isPresent());
            }
        };
        box.add(new Label("userName", LoadableDetachableModel.of(() -> currentUser().map(UserContext::displayName).orElse(""))));
        box.add(new Label("userRoles", LoadableDetachableModel.of(() -> currentUser().map(this::roleNames).orElse(""))));
        box.add(new Link<Void>("logout") {
            private static final long serialVersionUID = 1L;

            @Override
            public void onClick() {
                EssaimSession.get().signOut();
                setResponsePage(LoginPage.class);
            }
        });
        return box;
    }

    /** The user's roles in their cooperative, translated, most powerful first. */
    protected final String roleNames(UserContext user) {
        return CoreRoles.ALL.stream().filter(user::hasRole)
                .map(r -> getString("role." + r, null, r))
                .collect(Collectors.joining(", "));
    }

    /** The name of the user's cooperative, or of the only cooperative when nobody is logged in. */
    protected final String cooperativeName() {
        try {
            CooperativeDirectory cooperatives = EssaimWebApplication.get().kernel().service(CooperativeDirectory.class);
            Optional<Cooperative> coop = currentUser().flatMap(u -> cooperatives.find(u.cooperativeId()));
            if (coop.isEmpty() && !EssaimWebApplication.get().setupNeeded()) {
                var all = cooperatives.all();
                coop = all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
            }
            return coop.map(c -> c.shortName() == null || c.shortName().isBlank() ? c.legalName() : c.shortName())
                    .orElse("Essaim");
        } catch (RuntimeException e) {
            // the layout must render even if the directory fails; the page content will report the error
            return "Essaim";
        }
    }
}
