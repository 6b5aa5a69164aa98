package coop.essaim.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The texts of the core and the standard plugins, as shipped: every French file has its Dutch one (the Belgian
 * plugin offers Dutch for the whole suite), with the same keys and the same arguments, and every Arabic file
 * (the entrepreneur's pages, with the Moroccan plugin) is complete too. A key added in French only fails here.
 */
class TranslationsIT {

    /** MessageFormat arguments ({0}, {1,number}) and Wicket's ${name} and {name}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(?:,\\s*\\w+)?|\\$\\{[^}]+}|\\{[a-zA-Z]\\w*}");

    @Test
    void everyFrenchTextHasItsDutchOneAndEveryArabicFileIsComplete() throws IOException {
        Path dist = RunningEssaim.distribution();
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> bundles = Files.list(dist.resolve("bundles"));
             Stream<Path> plugins = Files.list(dist.resolve("plugins"))) {
            bundles.filter(p -> p.getFileName().toString().matches("essaim-(kernel|web)-.*\\.jar")).forEach(jars::add);
            // the French plugin speaks French only: it is replaced by the Belgian one where Dutch is wanted
            plugins.filter(p -> p.toString().endsWith(".jar") && !p.getFileName().toString().contains("country-fr"))
                    .forEach(jars::add);
        }
        assertEquals(11, jars.size(), jars.toString());
        List<String> problems = new ArrayList<>();
        int dutch = 0;
        int arabic = 0;
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (ZipEntry french : zip.stream().filter(e -> e.getName().endsWith("_fr.properties")).toList()) {
                    Properties fr = load(zip, french);
                    String where = jar.getFileName() + "!" + french.getName();
                    ZipEntry nl = zip.getEntry(french.getName().replace("_fr.properties", "_nl.properties"));
                    if (nl == null) {
                        problems.add(where + ": no Dutch file");
                    } else {
                        dutch += compare(fr, load(zip, nl), where + " (nl)", problems);
                    }
                    ZipEntry ar = zip.getEntry(french.getName().replace("_fr.properties", "_ar.properties"));
                    if (ar != null) {
                        arabic += compare(fr, load(zip, ar), where + " (ar)", problems);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(dutch > 3000, "Dutch keys checked: " + dutch);
        assertTrue(arabic > 1500, "Arabic keys checked: " + arabic);
    }

    /** Adds what differs to {@code problems}; the number of keys compared. */
    private static int compare(Properties french, Properties other, String where, List<String> problems) {
        Set<String> keys = new TreeSet<>(french.stringPropertyNames());
        Set<String> translated = new TreeSet<>(other.stringPropertyNames());
        if (!keys.equals(translated)) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(translated);
            Set<String> unknown = new TreeSet<>(translated);
            unknown.removeAll(keys);
            problems.add(where + ": missing " + missing + ", unknown " + unknown);
        }
        for (String key : keys) {
            String text = other.getProperty(key);
            if (text != null && !arguments(french.getProperty(key)).equals(arguments(text))) {
                problems.add(where + ": " + key + " has arguments " + arguments(text) + ", French "
                        + arguments(french.getProperty(key)));
            }
        }
        return keys.size();
    }

    private static List<String> arguments(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(text);
        while (m.find()) {
            found.add(m.group().replace(" ", ""));
        }
        found.sort(null);
        return found;
    }

    private static Properties load(ZipFile zip, ZipEntry entry) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
