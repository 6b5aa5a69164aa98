package coop.essaim.web.internal.pages;

import coop.essaim.api.cooperative.NewCooperative;
import coop.essaim.kernel.setup.FirstRunSetup;

import java.io.Serializable;

/** What the first-run form collects; the kernel validates it (this class only carries it). */
final class SetupForm implements Serializable {

    private static final long serialVersionUID = 1L;

    String legalName;
    String shortName;
    String legalForm = "SCOP_SARL";
    String country = "FR";
    String currency = "EUR";
    Integer fiscalYearStartMonth = 1;
    String defaultLocale = "fr";
    String login;
    String displayName;
    String email;
    String password;
    String passwordAgain;

    NewCooperative cooperative() {
        return new NewCooperative(trim(legalName), trim(shortName), trim(legalForm), country, currency,
                fiscalYearStartMonth == null ? 0 : fiscalYearStartMonth, defaultLocale);
    }

    FirstRunSetup.NewAdministrator administrator() {
        return new FirstRunSetup.NewAdministrator(trim(login), trim(displayName), trim(email),
                password == null ? new char[0] : password.toCharArray());
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
