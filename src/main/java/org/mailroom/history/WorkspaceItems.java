package org.mailroom.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mailroom.domain.AttributeFolder;
import org.mailroom.domain.BusinessAttribute;
import org.mailroom.domain.DigitalApplication;
import org.mailroom.domain.FromAddress;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.domain.MailServer;
import org.mailroom.domain.Mailbox;
import org.mailroom.domain.OutboundMailbox;
import org.mailroom.oauth.AzureAppRegistration;
import org.mailroom.oauth.OAuthLink;
import org.mailroom.oauth.StoredRegistration;
import org.mailroom.store.WorkspaceContent;
import org.mailroom.text.Text;

/**
 * Every item of a workspace as an {@link ItemVersion}: the one description of an item's fields that the history,
 * the handover review and {@code diff} all compare. Secrets are not items' fields.
 */
public final class WorkspaceItems {

    /** The name of the one workspace setting that is an item: the attribute Agent Workspace offers From addresses from. */
    public static final String FROM_ADDRESSES_SETTING = "interaction-workspace / email.from-addresses";

    private WorkspaceItems() {
    }

    /** Every item of the workspace. */
    public static List<ItemVersion> of(WorkspaceContent content) {
        List<ItemVersion> items = new ArrayList<>();
        content.servers().forEach(server -> items.add(server(server)));
        Map<Long, StoredRegistration> registrations = new HashMap<>();
        content.registrations().forEach(r -> registrations.put(r.id(), r));
        for (Mailbox mailbox : content.mailboxes()) {
            OAuthLink link = content.oauthLinks().get(mailbox.id());
            items.add(mailbox(mailbox, content.applications().applicationOf(mailbox),
                    Optional.ofNullable(link).map(l -> registrations.get(l.registrationId())), link != null && link.testMailbox()));
        }
        content.applications().byId().values().forEach(application -> items.add(application(application)));
        Map<Long, AttributeFolder> folders = content.folders().stream().collect(Collectors.toMap(AttributeFolder::id, f -> f));
        Map<Long, BusinessAttribute> attributes = content.attributes().stream().collect(Collectors.toMap(BusinessAttribute::id, a -> a));
        content.folders().forEach(folder -> items.add(folder(folder)));
        content.attributes().forEach(attribute -> items.add(attribute(attribute, folders.get(attribute.folderId()))));
        content.fromAddressValues().forEach(value -> items.add(fromAddress(value, attributes.get(value.attributeId()))));
        Map<Long, List<Mailbox>> linked = new HashMap<>();
        content.mailboxes().stream().filter(m -> content.oauthLinks().containsKey(m.id())).forEach(m -> linked
                .computeIfAbsent(content.oauthLinks().get(m.id()).registrationId(), id -> new ArrayList<>()).add(m));
        for (StoredRegistration registration : content.registrations()) {
            List<String> names = linked.getOrDefault(registration.id(), List.of()).stream().map(m -> content.oauthLinks()
                    .get(m.id()).testMailbox() ? Text.get("history.value.testMailbox", m.name()) : m.name()).sorted().toList();
            items.add(registration(registration, names));
        }
        items.add(fromAddressSetting(content.fromAttribute()));
        return items;
    }

    public static ItemVersion server(MailServer server) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("host", server.host());
        fields.put("port", Integer.toString(server.port()));
        fields.put("protocol", server.protocol().name());
        fields.put("security", server.security().label());
        return new ItemVersion(ItemType.MAIL_SERVER, server.id(), server.label(), fields);
    }

    /** A mailbox with what it is assigned to and how it signs in. */
    public static ItemVersion mailbox(Mailbox mailbox, Optional<DigitalApplication> application,
                                      Optional<StoredRegistration> registration, boolean testMailbox) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("direction", Text.get("direction." + mailbox.direction().name().toLowerCase(java.util.Locale.ROOT)));
        if (mailbox instanceof InboundMailbox inbound) {
            fields.put("maxSize", Integer.toString(inbound.maxSizeMb()));
        }
        if (mailbox instanceof OutboundMailbox outbound) {
            fields.put("fromAddress", outbound.fromAddress());
        }
        fields.put("login", mailbox.login());
        fields.put("server", mailbox.endpoint().label());
        fields.put("application", application.map(DigitalApplication::name).orElse(""));
        fields.put("signIn", registration.map(r -> Text.get("history.value.oauth", r.name())).orElse(Text.get("history.value.password")));
        if (registration.isPresent()) {
            fields.put("testMailbox", Text.get(testMailbox ? "history.value.yes" : "history.value.no"));
        }
        return new ItemVersion(ItemType.MAILBOX, mailbox.id(), mailbox.name(), fields);
    }

    public static ItemVersion application(DigitalApplication application) {
        return new ItemVersion(ItemType.APPLICATION, application.id(), application.name(), Map.of(
                "stream", Text.get(application.streamEnabled() ? "history.value.enabled" : "history.value.disabled")));
    }

    public static ItemVersion folder(AttributeFolder folder) {
        return new ItemVersion(ItemType.FOLDER, folder.id(), folder.name(), Map.of());
    }

    public static ItemVersion attribute(BusinessAttribute attribute, AttributeFolder folder) {
        String folderName = folder == null ? "" : folder.name();
        return new ItemVersion(ItemType.ATTRIBUTE, attribute.id(), folderName + " / " + attribute.name(),
                Map.of("folder", folderName, "attribute", attribute.name()));
    }

    public static ItemVersion fromAddress(FromAddress value, BusinessAttribute attribute) {
        String attributeName = attribute == null ? "" : attribute.name();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("attribute", attributeName);
        fields.put("address", value.address());
        fields.put("displayName", value.displayName());
        return new ItemVersion(ItemType.FROM_ADDRESS, value.id(), attributeName + " / " + value.address(), fields);
    }

    /** An app registration with the names of the mailboxes that sign in through it (the test mailbox marked). */
    public static ItemVersion registration(StoredRegistration stored, List<String> mailboxes) {
        AzureAppRegistration registration = stored.registration();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("clientId", registration.clientId());
        fields.put("tenant", registration.tenant());
        fields.put("cloud", Text.of(registration.cloud()));
        fields.put("accountType", Text.of(registration.accountType()));
        fields.put("grant", Text.of(registration.grant()));
        fields.put("protocols", registration.protocols().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
        fields.put("mailboxes", String.join(", ", mailboxes));
        return new ItemVersion(ItemType.REGISTRATION, stored.id(), stored.name(), fields);
    }

    /** The attribute agents pick From addresses from, as a setting. */
    public static ItemVersion fromAddressSetting(Optional<BusinessAttribute> attribute) {
        return new ItemVersion(ItemType.SETTING, 0, FROM_ADDRESSES_SETTING,
                Map.of("value", attribute.map(BusinessAttribute::name).orElse("")));
    }
}
