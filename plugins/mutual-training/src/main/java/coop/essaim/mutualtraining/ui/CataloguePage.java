package coop.essaim.mutualtraining.ui;

import coop.essaim.api.money.Money;
import coop.essaim.api.problem.ValidationException;
import coop.essaim.mutualtraining.api.MutualTrainingPermissions;
import coop.essaim.mutualtraining.api.Offer;
import coop.essaim.mutualtraining.internal.catalogue.Catalogue;
import org.apache.wicket.markup.html.WebMarkupContainer;
import org.apache.wicket.markup.html.basic.Label;
import org.apache.wicket.markup.html.form.Button;
import org.apache.wicket.markup.html.form.DropDownChoice;
import org.apache.wicket.markup.html.form.Form;
import org.apache.wicket.markup.html.form.IChoiceRenderer;
import org.apache.wicket.markup.html.form.TextArea;
import org.apache.wicket.markup.html.form.TextField;
import org.apache.wicket.markup.html.list.ListItem;
import org.apache.wicket.markup.html.list.ListView;
import org.apache.wicket.model.IModel;
import org.apache.wicket.model.LoadableDetachableModel;
import org.apache.wicket.model.Model;
import org.apache.wicket.request.mapper.parameter.PageParameters;

import java.math.BigDecimal;
import java.util.List;

/**
 * "Catalogue des formations": the published offers, searchable by trade, topic and site; the form to offer a skill;
 * and, for the reviewers, the offers waiting, each published or refused with a note.
 */
public class CataloguePage extends MutualTrainingPage {

    private static final long serialVersionUID = 1L;

    private final IModel<String> trade = Model.of("");
    private final IModel<String> topic = Model.of("");
    private final IModel<String> site = Model.of("");

    private final IModel<String> newTopic = Model.of("");
    private final IModel<String> newTrade = Model.of("");
    private final IModel<String> newSite = Model.of("");
    private final IModel<String> level = Model.of("BEGINNER");
    private final IModel<String> format = Model.of("WORKSHOP");
    private final IModel<String> duration = Model.of("");
    private final IModel<String> price = Model.of("0,00");
    private final IModel<String> description = Model.of("");

    public CataloguePage(PageParameters parameters) {
        super(parameters);
        Form<Void> search = new Form<>("searchForm");
        search.add(new TextField<>("trade", trade), new TextField<>("topic", topic), new TextField<>("site", site));
        add(search, offers("published", new LoadableDetachableModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<Offer> load() {
                return training().catalogue().search(user(), blankToNull(trade), blankToNull(topic),
                        blankToNull(site));
            }
        }, false));

        Form<Void> offer = new Form<>("offerForm") {
            private static final long serialVersionUID = 1L;

            @Override
            protected void onSubmit() {
                submitOffer();
            }
        };
        offer.add(new TextField<>("topic", newTopic), new TextField<>("trade", newTrade),
                new TextField<>("site", newSite),
                new DropDownChoice<>("level", level, List.of("BEGINNER", "INTERMEDIATE", "ADVANCED"),
                        coded("level.")).setNullValid(false),
                new DropDownChoice<>("format", format, List.of("WORKSHOP", "COURSE", "COACHING", "ONLINE"),
                        coded("format.")).setNullValid(false),
                new TextField<>("durationHours", duration), new TextField<>("price", price),
                new TextArea<>("description", description));
        add(offer);

        boolean reviewer = user().can(MutualTrainingPermissions.REVIEW);
        WebMarkupContainer review = new WebMarkupContainer("review");
        review.setVisible(reviewer);
        review.add(offers("pending", new LoadableDetachableModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected List<Offer> load() {
                return reviewer ? training().catalogue().pending(user()) : List.of();
            }
        }, true));
        add(review);
    }

    private IChoiceRenderer<String> coded(String prefix) {
        return new IChoiceRenderer<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public Object getDisplayValue(String code) {
                return getString(prefix + code);
            }

            @Override
            public String getIdValue(String code, int index) {
                return code;
            }

            @Override
            public String getObject(String id, IModel<? extends List<? extends String>> choices) {
                return choices.getObject().stream().filter(id::equals).findFirst().orElse(null);
            }
        };
    }

    private ListView<Offer> offers(String id, IModel<List<Offer>> offers, boolean withReview) {
        return new ListView<>(id, offers) {
            private static final long serialVersionUID = 1L;

            @Override
            protected void populateItem(ListItem<Offer> item) {
                Offer o = item.getModelObject();
                item.add(new Label("topic", o.topic()), new Label("trade", o.trade()), new Label("site", o.site()),
                        new Label("level", getString("level." + o.level())),
                        new Label("format", getString("format." + o.format())),
                        new Label("durationHours", o.durationHours().toPlainString()),
                        new Label("price", o.price().isZero() ? getString("offer.free") : money(o.price())),
                        new Label("trainer", o.trainerName()), new Label("description", o.description()));
                if (withReview) {
                    IModel<String> note = Model.of("");
                    Form<Void> form = new Form<>("reviewForm");
                    form.add(new TextField<>("reviewNote", note), review("publish", o.id(), true, note),
                            review("refuse", o.id(), false, note));
                    item.add(form);
                }
            }
        };
    }

    private Button review(String id, long offerId, boolean publish, IModel<String> note) {
        return new Button(id) {
            private static final long serialVersionUID = 1L;

            @Override
            public void onSubmit() {
                try {
                    training().catalogue().review(user(), offerId, publish, text(note));
                    getSession().info(getString(publish ? "offer.published" : "offer.refused"));
                    setResponsePage(CataloguePage.class);
                } catch (ValidationException e) {
                    refused(e);
                }
            }
        };
    }

    private void submitOffer() {
        BigDecimal hours;
        try {
            hours = new BigDecimal(text(duration).replace(',', '.'));
        } catch (NumberFormatException e) {
            hours = null;   // the service names the field
        }
        Money amount;
        try {
            amount = Money.parse(text(price).replace(',', '.').replaceAll("[\\s\u00a0\u202f]", ""),
                    training().requests().currency(user().cooperativeId()));
        } catch (RuntimeException e) {
            amount = null;   // the service names the field
        }
        try {
            training().catalogue().offer(user(), new Catalogue.NewOffer(text(newTopic), text(newTrade),
                    text(newSite), level.getObject(), format.getObject(), hours, amount, text(description)));
            getSession().info(getString("offer.saved"));
            setResponsePage(CataloguePage.class);
        } catch (ValidationException e) {
            refused(e);
        }
    }

    private static String blankToNull(IModel<String> model) {
        String t = text(model);
        return t.isEmpty() ? null : t;
    }

    @Override
    protected IModel<String> pageTitle() {
        return () -> getString("catalogue.title");
    }
}
