package org.mailroom.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.Field;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.Names;
import org.mailroom.domain.RuleViolationException;
import org.mailroom.domain.Violation;
import org.mailroom.domain.WorkspaceRules;
import org.mailroom.io.ImportValidator.Bound;
import org.mailroom.store.ImportBatch;
import org.mailroom.text.Text;

/** The rules for imported Business Attribute folders, attributes and From address values. */
final class FromAddressChecks {

    private final Problems problems;

    FromAddressChecks(Problems problems) {
        this.problems = problems;
    }

    List<ImportBatch.Folder> folders(List<Bound<WorkspaceFile.Folder>> items) {
        ImportValidator.refuseDuplicates(problems, items, WorkspaceFile.Folder::name, WorkspaceRules::nameKey, "name",
                "io.problem.duplicateFolder");
        List<ImportBatch.Folder> valid = new ArrayList<>();
        for (Bound<WorkspaceFile.Folder> item : items) {
            boolean named = validName(item.at("name"), () -> AttributeFolder.draft(item.value().name()));
            List<Bound<WorkspaceFile.Attribute>> attributes = children(item, "attributes", item.value().attributes());
            ImportValidator.refuseDuplicates(problems, attributes, WorkspaceFile.Attribute::name, WorkspaceRules::nameKey, "name",
                    "io.problem.duplicateAttribute");
            List<ImportBatch.Attribute> validAttributes = new ArrayList<>();
            for (Bound<WorkspaceFile.Attribute> attribute : attributes) {
                boolean attributeNamed = validName(attribute.at("name"), () -> BusinessAttribute.draft(0, attribute.value().name()));
                List<ImportBatch.Value> values = values(attribute);
                if (attributeNamed) {
                    validAttributes.add(new ImportBatch.Attribute(Names.normalize(attribute.value().name()), values));
                }
            }
            if (named) {
                valid.add(new ImportBatch.Folder(Names.normalize(item.value().name()), validAttributes));
            }
        }
        return valid;
    }

    private List<ImportBatch.Value> values(Bound<WorkspaceFile.Attribute> attribute) {
        List<Bound<WorkspaceFile.Value>> values = children(attribute, "values", attribute.value().values());
        ImportValidator.refuseDuplicates(problems, values, WorkspaceFile.Value::address, FromAddress::addressKey, "address",
                "io.problem.duplicateValue");
        List<ImportBatch.Value> valid = new ArrayList<>();
        for (Bound<WorkspaceFile.Value> value : values) {
            List<Violation> violations = FromAddress.check(value.value().address(), value.value().displayName());
            for (Violation v : violations) {
                problems.add(value.at(v.field() == Field.DISPLAY_NAME ? "displayName" : "address"), v);
            }
            if (violations.isEmpty()) {
                valid.add(new ImportBatch.Value(value.value().address().strip(), value.value().displayName().strip(), false));
            }
        }
        return valid;
    }

    Optional<ImportBatch.AttributeName> fromAttribute(Bound<WorkspaceFile.AttributeName> bound, List<ImportBatch.Folder> folders) {
        WorkspaceFile.AttributeName name = bound.value();
        if (!(problems.require(bound.at("folder"), name.folder()) & problems.require(bound.at("attribute"), name.attribute()))) {
            return Optional.empty();
        }
        boolean found = folders.stream().filter(f -> WorkspaceRules.sameName(f.name(), name.folder().strip()))
                .flatMap(f -> f.attributes().stream())
                .anyMatch(a -> WorkspaceRules.sameName(a.name(), name.attribute().strip()));
        if (!found) {
            problems.add(bound.pointer(), Text.get("io.problem.unknownAttribute", name.folder(), name.attribute()));
            return Optional.empty();
        }
        return Optional.of(new ImportBatch.AttributeName(name.folder().strip(), name.attribute().strip()));
    }

    private <T> List<Bound<T>> children(Bound<?> parent, String field, List<T> items) {
        List<Bound<T>> bound = new ArrayList<>();
        for (int i = 0; items != null && i < items.size(); i++) {
            String pointer = parent.at(field) + "/" + i;
            if (items.get(i) == null) {
                problems.add(pointer, Text.get("io.problem.object"));
            } else {
                bound.add(new Bound<>(pointer, items.get(i)));
            }
        }
        return bound;
    }

    /** Builds the domain value to run its constructor's rule; a violation lands at the name. */
    private boolean validName(String pointer, Runnable construct) {
        try {
            construct.run();
            return true;
        } catch (RuleViolationException e) {
            e.violations().forEach(v -> problems.add(pointer, v));
            return false;
        }
    }
}
