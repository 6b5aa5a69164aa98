package coop.essaim.api.module;

import java.util.ArrayList;
import java.util.List;

/** One entry of {@code Plugin-Dependencies}: {@code id}, {@code id@>=1.2.0}, or {@code id?} when optional. */
public record ModuleDependency(String id, String versionRange, boolean optional) {

    public static List<ModuleDependency> parseList(String header) {
        List<ModuleDependency> out = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return out;
        }
        for (String raw : header.split(",")) {
            String s = raw.trim();
            if (s.isEmpty()) {
                continue;
            }
            String range = "*";
            int at = s.indexOf('@');
            if (at >= 0) {
                range = s.substring(at + 1).trim();
                s = s.substring(0, at).trim();
            }
            boolean optional = s.endsWith("?");
            if (optional) {
                s = s.substring(0, s.length() - 1);
            }
            out.add(new ModuleDependency(s, range, optional));
        }
        return out;
    }
}
