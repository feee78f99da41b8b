package org.mailroom.io;

import java.util.HashMap;
import java.util.Map;
import org.mailroom.io.ImportConflict.Resolution;

/**
 * What to do with each conflict: one resolution per item, or one for all. A resolution an item does not
 * allow (renaming the outbound mailbox or a From address) falls back to skipping it.
 */
public final class ImportChoices {

    private final Resolution forAll;
    private final Map<ImportConflict, Resolution> perItem = new HashMap<>();

    private ImportChoices(Resolution forAll) {
        this.forAll = forAll;
    }

    public static ImportChoices all(Resolution resolution) {
        return new ImportChoices(resolution);
    }

    public ImportChoices with(ImportConflict conflict, Resolution resolution) {
        perItem.put(conflict, resolution);
        return this;
    }

    Resolution of(ImportConflict conflict) {
        Resolution chosen = perItem.getOrDefault(conflict, forAll);
        return conflict.allowed().contains(chosen) ? chosen : Resolution.SKIP;
    }
}
