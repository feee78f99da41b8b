package org.mailroom.ui.fromaddresses;

import java.util.List;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.FromAddress;
import org.mailroom.service.FromAddresses;

/** What Manage Email Addresses shows: the folders, the chosen folder's attributes, the chosen attribute's values. */
record Shown(List<AttributeFolder> folders, AttributeFolder folder, List<BusinessAttribute> attributes,
             BusinessAttribute attribute, List<FromAddress> values) {

    /** Read off the FX thread: the wanted folder and attribute if they still exist, else none. */
    static Shown read(FromAddresses store, AttributeFolder wantedFolder, BusinessAttribute wantedAttribute) {
        List<AttributeFolder> allFolders = store.folders();
        AttributeFolder shownFolder = allFolders.stream().filter(f -> wantedFolder != null && f.id() == wantedFolder.id())
                .findFirst().orElse(null);
        List<BusinessAttribute> held = shownFolder == null ? List.of() : store.attributes(shownFolder);
        BusinessAttribute shownAttribute = held.stream().filter(a -> wantedAttribute != null && a.id() == wantedAttribute.id())
                .findFirst().orElse(null);
        List<FromAddress> values = shownAttribute == null ? List.of() : store.values(shownAttribute);
        return new Shown(allFolders, shownFolder, held, shownAttribute, values);
    }
}
