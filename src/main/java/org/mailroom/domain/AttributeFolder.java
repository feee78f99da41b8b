package org.mailroom.domain;

/** A Business Attribute folder: where the admin keeps the attributes that list From addresses. */
public record AttributeFolder(long id, String name) {

    public AttributeFolder {
        name = name == null ? null : Names.normalize(name);
        BusinessAttributeRules.checkName(name, Field.FOLDER_NAME).ifPresent(RuleViolationException::throwFor);
    }

    public static AttributeFolder draft(String name) {
        return new AttributeFolder(0, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
