package coop.essaim.invoicing.internal.quote;

import coop.essaim.api.mail.Mailer;
import coop.essaim.api.settings.CooperativeSettings;
import coop.essaim.invoicing.internal.SalesRulebook;
import coop.essaim.invoicing.internal.branding.ActivityBrands;
import coop.essaim.invoicing.internal.invoice.QuoteInvoiceDrafts;

/** What the quotes' book uses of the rest of the module and of the core, handed over in one piece. */
public record QuoteParts(SalesRulebook rulebook, CooperativeSettings settings, QuoteInvoiceDrafts drafts,
                         Mailer mailer, QuoteFiles files, ActivityBrands brands) {
}
