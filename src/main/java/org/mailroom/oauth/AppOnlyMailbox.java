package org.mailroom.oauth;

/**
 * A mailbox the app reaches without a user, as the PowerShell needs it.
 *
 * @param address     the mailbox's address (its login on Exchange Online)
 * @param fromAddress the From address it sends with; differs from {@code address} only for an outbound mailbox
 *                    sending as another address, which then needs Send As
 * @param outbound    the {@code smtp-client} mailbox: it sends, so it gets Mail.Send instead of Mail.ReadWrite
 */
public record AppOnlyMailbox(String address, String fromAddress, boolean outbound) {

    public static AppOnlyMailbox inbound(String address) {
        return new AppOnlyMailbox(address, address, false);
    }

    public static AppOnlyMailbox outbound(String address, String fromAddress) {
        return new AppOnlyMailbox(address, fromAddress == null || fromAddress.isBlank() ? address : fromAddress, true);
    }

    /** True when the From address is another address than the mailbox's own. */
    public boolean sendsAsOtherAddress() {
        return outbound && !fromAddress.equalsIgnoreCase(address);
    }
}
