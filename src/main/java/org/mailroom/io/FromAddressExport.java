package org.mailroom.io;

import java.util.List;
import java.util.Optional;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.store.WorkspaceContent;

/** The Business Attribute folders as the file nests them: folder, its attributes, their From address values. */
final class FromAddressExport {

    private FromAddressExport() {
    }

    static List<WorkspaceFile.Folder> folders(WorkspaceContent content) {
        return content.folders().stream().map(folder -> new WorkspaceFile.Folder(folder.name(),
                content.attributes().stream().filter(a -> a.folderId() == folder.id())
                        .map(a -> new WorkspaceFile.Attribute(a.name(), content.fromAddressValues().stream()
                                .filter(v -> v.attributeId() == a.id())
                                .map(v -> new WorkspaceFile.Value(v.address(), v.displayName())).toList()))
                        .toList())).toList();
    }

    static Optional<WorkspaceFile.AttributeName> chosen(WorkspaceContent content) {
        return content.fromAttribute().map(attribute -> new WorkspaceFile.AttributeName(folderOf(content, attribute).name(), attribute.name()));
    }

    private static AttributeFolder folderOf(WorkspaceContent content, BusinessAttribute attribute) {
        return content.folders().stream().filter(f -> f.id() == attribute.folderId()).findFirst().orElseThrow();
    }
}
