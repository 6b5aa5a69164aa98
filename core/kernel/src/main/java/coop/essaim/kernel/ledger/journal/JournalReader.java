package coop.essaim.kernel.ledger.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the common subset of hledger and ledger-cli journals one transaction at a time, holding only the
 * transaction being read: headers {@code DATE [=DATE2] [*|!] [(CODE)] DESCRIPTION [; comment]}, indented
 * postings {@code [*|!] ACCOUNT  [AMOUNT] [; comment]} (the account ends at two spaces or a tab), comments
 * ({@code ;}, {@code #}, {@code *}, {@code %}, {@code |} in column one, {@code comment ... end comment} blocks,
 * indented {@code ;} lines) and hledger tags {@code name:value} in comments. {@code account}, {@code commodity},
 * {@code payee}, {@code tag}, {@code P}, {@code D} and {@code decimal-mark} directives are read and ignored
 * with their indented lines; any other directive is a problem, as nothing the file means may be dropped silently.
 */
final class JournalReader {

    private static final Pattern HEADER = Pattern.compile(
            "^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(=\\S+)?(?:\\s+[*!])?(?:\\s+\\(([^)]*)\\))?(.*)$");
    private static final Pattern TAG = Pattern.compile("(?:^|[\\s,])([^\\s,:]+):([^,]*)");
    /** Between account and amount: a tab or two spaces at least. */
    private static final Pattern SEPARATOR = Pattern.compile("\\t| {2,}");
    private static final Set<String> IGNORED = Set.of("account", "commodity", "payee", "tag", "P", "D",
            "decimal-mark");

    private final BufferedReader in;
    private final JournalMessages messages;
    private final Problems problems;
    private int lineNo;
    private String pushedBack;

    JournalReader(BufferedReader in, JournalMessages messages, Problems problems) {
        this.in = in;
        this.messages = messages;
        this.problems = problems;
    }

    /** The next transaction, or null at the end of the file; problems in it are reported and it is marked broken. */
    ParsedTransaction next() throws IOException {
        String line;
        boolean ignoringBlock = false;
        while ((line = read()) != null) {
            if (line.isBlank()) {
                ignoringBlock = false;
                continue;
            }
            if (Character.isWhitespace(line.charAt(0))) {
                if (!ignoringBlock && !isComment(line.strip())) {
                    problems.add(lineNo, messages.text("journal.indented.outside"));
                }
                continue;
            }
            ignoringBlock = false;
            char first = line.charAt(0);
            if (";#*%|".indexOf(first) >= 0) {
                continue;
            }
            String word = line.split("\\s+", 2)[0];
            if (word.equals("comment")) {
                skipBlockComment();
            } else if (IGNORED.contains(word)) {
                ignoringBlock = true;
            } else if (Character.isDigit(first)) {
                return transaction(line);
            } else {
                problems.add(lineNo, messages.text("journal.directive.unsupported", word));
            }
        }
        return null;
    }

    private ParsedTransaction transaction(String header) throws IOException {
        int at = lineNo;
        StringBuilder text = new StringBuilder(header.stripTrailing());
        boolean ok = true;
        Matcher m = HEADER.matcher(header.stripTrailing());
        LocalDate date = null;
        String code = null;
        String description = "";
        Map<String, String> tags = new LinkedHashMap<>();
        if (!m.matches()) {
            problems.add(at, messages.text("journal.header.invalid"));
            ok = false;
        } else {
            try {
                date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                problems.add(at, messages.text("journal.date.invalid", header.split("\\s+", 2)[0]));
                ok = false;
            }
            code = m.group(5) == null || m.group(5).isBlank() ? null : m.group(5).strip();
            String rest = m.group(6);
            int semi = rest.indexOf(';');
            description = (semi < 0 ? rest : rest.substring(0, semi)).strip();
            if (semi >= 0) {
                tags(rest.substring(semi + 1), tags);
            }
        }
        List<ParsedTransaction.Posting> postings = new ArrayList<>();
        Map<String, String> postingTags = null;
        String line;
        while ((line = read()) != null) {
            if (line.isBlank() || !Character.isWhitespace(line.charAt(0))) {
                pushedBack = line;
                break;
            }
            text.append('\n').append(line.strip());
            String content = line.strip();
            if (isComment(content)) {
                tags(content.substring(1), postingTags == null ? tags : postingTags);
                continue;
            }
            ParsedTransaction.Posting p = posting(content);
            if (p == null) {
                ok = false;
            } else {
                postings.add(p);
                postingTags = p.tags();
            }
        }
        return new ParsedTransaction(at, date, code, description, tags, postings, text.toString(), !ok);
    }

    private ParsedTransaction.Posting posting(String content) {
        String s = content;
        if (s.startsWith("* ") || s.startsWith("! ")) {
            s = s.substring(2).strip();
        }
        Map<String, String> tags = new LinkedHashMap<>();
        int semi = s.indexOf(';');
        if (semi >= 0) {
            tags(s.substring(semi + 1), tags);
            s = s.substring(0, semi).stripTrailing();
        }
        Matcher split = SEPARATOR.matcher(s);
        String account = s;
        String amount = null;
        if (split.find()) {
            account = s.substring(0, split.start());
            amount = s.substring(split.end()).strip();
        }
        if (account.startsWith("(") || account.startsWith("[")) {
            problems.add(lineNo, messages.text("journal.posting.virtual", account));
            return null;
        }
        if (amount != null && amount.isEmpty()) {
            amount = null;
        }
        if (amount != null && (amount.contains("@") || amount.contains("="))) {
            problems.add(lineNo, messages.text(amount.contains("@") ? "journal.amount.price" : "journal.amount.assertion"));
            return null;
        }
        return new ParsedTransaction.Posting(lineNo, account.strip(), amount, tags);
    }

    private void skipBlockComment() throws IOException {
        int start = lineNo;
        String line;
        while ((line = read()) != null) {
            if (line.strip().equals("end comment")) {
                return;
            }
        }
        problems.add(start, messages.text("journal.comment.unclosed"));
    }

    private static boolean isComment(String stripped) {
        return stripped.startsWith(";") || stripped.startsWith("#");
    }

    /** hledger tags: {@code name:value}, the value running to the next comma or the end of the comment. */
    static void tags(String comment, Map<String, String> into) {
        Matcher m = TAG.matcher(comment);
        while (m.find()) {
            into.putIfAbsent(m.group(1), m.group(2).strip());
        }
    }

    private String read() throws IOException {
        if (pushedBack != null) {
            String l = pushedBack;
            pushedBack = null;
            return l;
        }
        String l = in.readLine();
        if (l != null) {
            lineNo++;
            if (lineNo == 1 && l.startsWith("\uFEFF")) {
                l = l.substring(1);
            }
        }
        return l;
    }
}
