package coop.essaim.governance.internal.register;

import coop.essaim.api.security.UserContext;
import coop.essaim.governance.api.Holding;
import coop.essaim.governance.api.ShareMovement;
import coop.essaim.governance.internal.Messages;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The register as CSV (semicolon separated, as spreadsheets read it in France): one row per line of the register,
 * with the associate's name (a cell a spreadsheet would run as a formula written as text), and amounts as plain
 * decimals (1234.50) so that they read back exactly.
 */
public final class RegisterExport {

    private final ShareRegister register;

    public RegisterExport(ShareRegister register) {
        this.register = register;
    }

    public String csv(UserContext actor) {
        Messages m = new Messages(actor.locale());
        Map<Long, String> names = register.holdings(actor).stream()
                .collect(Collectors.toMap(Holding::personId, Holding::name));
        List<ShareMovement> lines = register.movements(actor);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            csv.printRecord(m.text("csv.id"), m.text("csv.date"), m.text("csv.associate"), m.text("csv.kind"),
                    m.text("csv.shares"), m.text("csv.amount"), m.text("csv.refund"), m.text("csv.subscription"),
                    m.text("csv.corrects"), m.text("csv.corrected"), m.text("csv.note"));
            for (ShareMovement l : lines) {
                csv.printRecord(l.id(), l.occurredOn(), safe(names.getOrDefault(l.personId(), "#" + l.personId())),
                        m.text("MovementKind." + l.kind().name()), l.shares(), l.amount().toPlainString(),
                        l.refund().toPlainString(), l.subscriptionId() == null ? "" : l.subscriptionId(),
                        l.correctsId() == null ? "" : l.correctsId(), l.corrected() ? m.text("csv.yes") : "",
                        l.note() == null ? "" : safe(l.note()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would run as a formula is written as text. */
    static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
