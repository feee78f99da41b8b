package org.mailroom.domain;

/** A Business Attribute in a folder; its Attribute Values are the From addresses agents can pick. */
public record BusinessAttribute(long id, long folderId, String name) {

    public BusinessAttribute {
        name = name == null ? null : Names.normalize(name);
        BusinessAttributeRules.checkName(name, Field.ATTRIBUTE_NAME).ifPresent(RuleViolationException::throwFor);
    }

    public static BusinessAttribute draft(long folderId, String name) {
        return new BusinessAttribute(0, folderId, name);
    }

    @Override
    public String toString() {
        return name;
    }
}
