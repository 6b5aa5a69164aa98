package coop.essaim.testmodules.notes;

import coop.essaim.api.persistence.PersistenceContribution;

import java.util.List;

public class NotesPersistence implements PersistenceContribution {

    public static final String FOLDER = "coop/essaim/testmodules/notes/migration";

    @Override
    public List<String> entityClassNames() {
        return List.of(NoteEntity.class.getName());
    }

    @Override
    public String migrationFolder() {
        return FOLDER;
    }
}
