package ${package}.internal;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

/** The plugin's entities and the folder of its migrations (the core applies them before the plugin starts). */
public final class NotePersistence implements PersistenceContribution {

    @Override
    public List<String> entityClassNames() {
        return List.of(Note.class.getName());
    }

    @Override
    public String migrationFolder() {
        return "${packageInPathFormat}/migration";
    }
}
