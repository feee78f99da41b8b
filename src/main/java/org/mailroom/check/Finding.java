package org.mailroom.check;

/**
 * One problem the check found.
 *
 * @param ruleId   the rule's id in the catalogue, e.g. {@code noOutbound}
 * @param item     what to select to see the problem
 * @param message  what is wrong, naming the item
 * @param fix      what to do about it, in one sentence
 */
public record Finding(String ruleId, Severity severity, ItemRef item, String message, String fix) {
}
