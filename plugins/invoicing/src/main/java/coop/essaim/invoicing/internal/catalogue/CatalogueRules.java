package coop.essaim.invoicing.internal.catalogue;

import coop.essaim.api.problem.ValidationException;
import coop.essaim.api.problem.ValidationException.FieldError;
import coop.essaim.api.security.UserContext;
import coop.essaim.invoicing.api.Catalogue;
import coop.essaim.invoicing.api.CatalogueItemDetails;
import coop.essaim.invoicing.api.LineKind;
import coop.essaim.invoicing.internal.Messages;
import coop.essaim.invoicing.internal.SalesRulebook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * What an item must be: every field checked at once, each refusal naming its field. The VAT rate must be one the
 * country's rules have in force on {@code today}: an item is for documents issued from now on, so an ended rate is
 * refused like an unknown one.
 */
final class CatalogueRules {

    private CatalogueRules() {
    }

    /** The details with their texts stripped (blank optional texts as null), or the refusal. */
    static CatalogueItemDetails check(CatalogueItemDetails d, UserContext actor, SalesRulebook rulebook,
                                      LocalDate today) {
        Locale locale = actor.locale();
        Currency currency = Currency.getInstance(rulebook.cooperative(actor).currency());
        List<FieldError> errors = new ArrayList<>();
        String name = required(errors, "name", d.name(), 200, locale);
        String description = optional(errors, "description", d.description(), 1000, locale);
        String reference = optional(errors, "reference", d.reference(), 40, locale);
        if (d.kind() == null || !LineKind.sold().contains(d.kind())) {
            errors.add(new FieldError("kind", Messages.text(locale, "error.catalogueKind")));
        }
        if (d.unitCode() == null || !Catalogue.UNITS.contains(d.unitCode())) {
            errors.add(new FieldError("unitCode", Messages.text(locale, "error.catalogueUnit")));
        }
        if (d.unitPrice() == null || d.unitPrice().isNegative() || !d.unitPrice().currency().equals(currency)) {
            errors.add(new FieldError("unitPrice", Messages.text(locale, "error.unitPrice", currency)));
        }
        try {
            rulebook.rate(actor, d.vatCode(), today, "vatCode");
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new CatalogueItemDetails(name, description, d.kind(), d.unitCode(), d.unitPrice(), d.vatCode(),
                reference);
    }

    private static String required(List<FieldError> errors, String field, String value, int max, Locale locale) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            errors.add(new FieldError(field, Messages.text(locale, "error.length", 1, max)));
            return null;
        }
        return value.strip();
    }

    private static String optional(List<FieldError> errors, String field, String value, int max, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            errors.add(new FieldError(field, Messages.text(locale, "error.length", 0, max)));
        }
        return value.strip();
    }
}
