package coop.essaim.countryfr.internal.fec;

import java.util.ArrayList;
import java.util.List;

/** FEC text written by hand for the checker's tests: the header and lines of 18 tab-separated columns. */
final class FecLines {

    private final List<String> lines = new ArrayList<>(List.of(String.join("\t", FecColumn.HEADER)));

    FecLines line(String journal, String number, String date, String account, String accountLabel, String debit,
                  String credit) {
        return raw(journal, journal + " label", number, date, account, accountLabel, "", "", "P-" + number, date,
                "Écriture " + number, debit, credit, "", "", date, "", "");
    }

    FecLines raw(String... columns) {
        lines.add(String.join("\t", columns));
        return this;
    }

    String text() {
        return String.join("\r\n", lines) + "\r\n";
    }
}
