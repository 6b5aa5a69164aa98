package coop.essaim.kernel.people;

import coop.essaim.api.people.PathModel;
import coop.essaim.api.people.PathStatusDefinition;
import coop.essaim.kernel.csv.CsvTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns of a people file and the names each answers to, in English, French and Dutch. The path has one
 * date column per status of the cooperative's path model (named by the status code or its label), and a
 * planned-end column for each status that opens a fixed-term contract ({@code <status>_end},
 * {@code <statut>_fin}, {@code <status>_einde}).
 */
final class PeopleCsvColumns {

    static final String KIND = "kind";
    static final String GIVEN_NAME = "given_name";
    static final String FAMILY_NAME = "family_name";
    static final String ORGANISATION = "organisation";
    static final String LEGAL_ENTITY = "legal_entity";
    static final String EMAIL = "email";
    static final String PHONE = "phone";
    static final String STREET = "street";
    static final String POSTAL_CODE = "postal_code";
    static final String CITY = "city";
    static final String COUNTRY = "country";
    static final String BIRTH_DATE = "birth_date";
    static final String SITE = "site";
    static final String TRADES = "trades";
    static final String REFERENT = "referent";
    static final String EXIT_REASON = "exit_reason";
    static final String EXIT_DETAILS = "exit_details";
    private static final String STATUS = "status:";
    private static final String END = "end:";

    /** The languages whose labels (of statuses, exit reasons) a file may use, French first. */
    static final List<Locale> LABEL_LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("nl"));

    /** The languages whose status labels name columns, with the suffix of their planned-end column. */
    private static final Map<Locale, String> END_SUFFIXES = Map.of(Locale.ENGLISH, "_end", Locale.FRENCH, "_fin",
            Locale.forLanguageTag("nl"), "_einde");

    private PeopleCsvColumns() {
    }

    static String status(String code) {
        return STATUS + code;
    }

    static String plannedEnd(String code) {
        return END + code;
    }

    static Map<String, Set<String>> names(PathModel model) {
        Map<String, Set<String>> n = new LinkedHashMap<>();
        n.put(KIND, Set.of("kind", "type", "categorie", "soort"));
        n.put(GIVEN_NAME, Set.of("given_name", "first_name", "firstname", "prenom", "voornaam"));
        n.put(FAMILY_NAME, Set.of("family_name", "last_name", "lastname", "surname", "nom", "nom_de_famille",
                "naam", "achternaam", "familienaam"));
        n.put(ORGANISATION, Set.of("organisation", "organization", "structure", "raison_sociale",
                "organisatie", "bedrijfsnaam"));
        n.put(LEGAL_ENTITY, Set.of("legal_entity", "personne_morale", "rechtspersoon"));
        n.put(EMAIL, Set.of("email", "e_mail", "mail", "courriel", "emailadres", "e_mailadres"));
        n.put(PHONE, Set.of("phone", "telephone", "tel", "telefoon", "telefoonnummer"));
        n.put(STREET, Set.of("street", "address", "adresse", "rue", "straat", "adres"));
        n.put(POSTAL_CODE, Set.of("postal_code", "postcode", "zip", "code_postal", "cp", "postnummer"));
        n.put(CITY, Set.of("city", "town", "ville", "commune", "gemeente", "stad",
                "woonplaats"));
        n.put(COUNTRY, Set.of("country", "pays", "land"));
        n.put(BIRTH_DATE, Set.of("birth_date", "date_of_birth", "birthdate", "date_de_naissance", "naissance",
                "geboortedatum"));
        n.put(SITE, Set.of("site", "establishment", "etablissement", "antenne", "vestiging"));
        n.put(TRADES, Set.of("trades", "trade", "metiers", "metier", "beroepen", "beroep"));
        n.put(REFERENT, Set.of("referent", "adviser", "conseiller", "conseillere", "begeleider",
                "begeleidster"));
        n.put(EXIT_REASON, Set.of("exit_reason", "motif_de_sortie", "motif_sortie",
                "reden_uitstroom", "reden_van_uitstroom", "reden_vertrek"));
        n.put(EXIT_DETAILS, Set.of("exit_details", "details_de_sortie", "precisions_sortie",
                "details_uitstroom", "toelichting_uitstroom"));
        for (PathStatusDefinition s : model.statuses()) {
            Set<String> names = new TreeSet<>(Set.of(s.code()));
            Set<String> ends = new TreeSet<>(Set.of(s.code() + "_end", s.code() + "_planned_end"));
            for (Map.Entry<Locale, String> l : END_SUFFIXES.entrySet()) {
                String label = CsvTable.key(PeopleMessages.text(l.getKey(), s.labelKey()));
                if (!label.isEmpty() && !label.equals(CsvTable.key(s.labelKey()))) {
                    names.add(label);
                    ends.add(label + l.getValue());
                }
            }
            n.put(status(s.code()), names);
            if (s.opensContract() != null) {
                n.put(plannedEnd(s.code()), ends);
            }
        }
        return n;
    }
}
