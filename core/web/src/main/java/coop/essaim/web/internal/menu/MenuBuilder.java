package coop.essaim.web.internal.menu;

import coop.essaim.api.security.CorePermissions;
import coop.essaim.api.security.UserContext;
import coop.essaim.api.web.MenuItem;
import coop.essaim.api.web.MenuSection;
import coop.essaim.web.internal.CorePages;
import coop.essaim.web.internal.ModuleMessages;
import coop.essaim.web.internal.ModulePages;
import coop.essaim.web.internal.security.PageAccess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds the menu for one user and one request from the pages modules declare with a {@link MenuItem}:
 * only entries whose page the user may open, grouped by section in {@link MenuSection} order (a module's own
 * sections come before "administration"), labels in the user's language.
 */
public final class MenuBuilder {

    static final List<String> SECTION_ORDER = List.of(MenuSection.ACTIVITY, MenuSection.PEOPLE,
            MenuSection.ACCOUNTING, MenuSection.SUPPORT, MenuSection.GOVERNANCE, MenuSection.REPORTS);

    private final ModulePages modulePages;
    private final Function<String, String> coreText;

    /** {@code coreText} translates the web layer's own keys (section titles, core entries). */
    public MenuBuilder(ModulePages modulePages, Function<String, String> coreText) {
        this.modulePages = modulePages;
        this.coreText = coreText;
    }

    public List<MenuGroup> build(UserContext user, Locale locale) {
        Map<String, List<MenuEntry>> bySection = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (ModulePages.Declared page : modulePages.all()) {
            if (page.declaration().menu().isEmpty()
                    || !PageAccess.mayOpen(user, page.declaration().pageClass(), modulePages)) {
                continue;
            }
            MenuItem item = page.declaration().menu().get();
            String label = ModuleMessages.text(page.module(), page.classLoader(), item.labelKey(), locale);
            bySection.computeIfAbsent(item.section(), s -> new ArrayList<>())
                    .add(new MenuEntry(label, page.mountPath(), item.order()));
            titles.computeIfAbsent(item.section(), s -> sectionTitle(s, page, locale));
        }
        for (CorePages.CorePage page : CorePages.PAGES) {
            if (page.menuKey() != null && page.mayOpen().test(user)) {
                bySection.computeIfAbsent(page.section(), s -> new ArrayList<>())
                        .add(new MenuEntry(coreText.apply(page.menuKey()), page.path().substring(1), page.order()));
                titles.putIfAbsent(page.section(), coreText.apply("menu.section." + page.section()));
            }
        }
        if (user.can(CorePermissions.MODULES_VIEW)) {
            bySection.computeIfAbsent(MenuSection.ADMINISTRATION, s -> new ArrayList<>())
                    .add(new MenuEntry(coreText.apply("menu.modules"), "modules", 900));
        }
        titles.putIfAbsent(MenuSection.ADMINISTRATION, coreText.apply("menu.section." + MenuSection.ADMINISTRATION));

        List<MenuGroup> groups = new ArrayList<>();
        bySection.keySet().stream().sorted(Comparator.comparingInt(MenuBuilder::rank).thenComparing(s -> s))
                .forEach(section -> {
                    List<MenuEntry> entries = new ArrayList<>(bySection.get(section));
                    entries.sort(Comparator.comparingInt(MenuEntry::order).thenComparing(MenuEntry::label));
                    groups.add(new MenuGroup(section, titles.get(section), entries));
                });
        return groups;
    }

    private String sectionTitle(String section, ModulePages.Declared page, Locale locale) {
        if (SECTION_ORDER.contains(section) || MenuSection.ADMINISTRATION.equals(section)) {
            return coreText.apply("menu.section." + section);
        }
        String key = "menu.section." + section;
        String text = ModuleMessages.text(page.module(), page.classLoader(), key, locale);
        return text.equals(key) ? section : text;
    }

    private static int rank(String section) {
        int known = SECTION_ORDER.indexOf(section);
        if (known >= 0) {
            return known;
        }
        return MenuSection.ADMINISTRATION.equals(section) ? SECTION_ORDER.size() + 1 : SECTION_ORDER.size();
    }
}
