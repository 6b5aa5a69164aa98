package coop.essaim.invoicing.internal;

import coop.essaim.api.money.Money;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.api.settings.SettingDefinition;
import coop.essaim.api.settings.SettingType;
import coop.essaim.api.settings.SettingsContribution;
import coop.essaim.invoicing.api.VatRounding;

import java.util.Currency;
import java.util.List;

/**
 * The cooperative's invoicing settings: the amount excl. VAT up to which an entrepreneur validates their own
 * invoices, the default payment term, and where VAT is rounded.
 */
public final class InvoicingSettings implements SettingsContribution {

    public static final String CEILING = "invoicing.self-validation-ceiling";
    public static final String PAYMENT_DAYS = "invoicing.payment-days";
    public static final String VAT_ROUNDING = "invoicing.vat-rounding";
    /** The bank account customers pay into, printed on invoices and written in their Factur-X. */
    public static final String IBAN = "invoicing.bank-iban";
    public static final String BIC = "invoicing.bank-bic";

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.of(CEILING, SettingType.DECIMAL, "5000.00", "setting.ceiling"),
                SettingDefinition.of(PAYMENT_DAYS, SettingType.INTEGER, "30", "setting.paymentDays"),
                new SettingDefinition(VAT_ROUNDING, SettingType.CHOICE, VatRounding.PER_TOTAL.name(),
                        "setting.vatRounding", List.of(VatRounding.PER_LINE.name(), VatRounding.PER_TOTAL.name())),
                SettingDefinition.of(IBAN, SettingType.TEXT, null, "setting.iban"),
                SettingDefinition.of(BIC, SettingType.TEXT, null, "setting.bic"));
    }

    /** The settings of one cooperative, read when needed so a change is seen at once. */
    public record Values(Money ceiling, int paymentDays, VatRounding vatRounding) {

        public static Values of(CooperativeSettings settings, long cooperativeId, Currency currency) {
            return new Values(Money.parse(settings.value(cooperativeId, CEILING).orElse("0"), currency),
                    Integer.parseInt(settings.value(cooperativeId, PAYMENT_DAYS).orElse("30")),
                    VatRounding.valueOf(settings.value(cooperativeId, VAT_ROUNDING)
                            .orElse(VatRounding.PER_TOTAL.name())));
        }
    }
}
