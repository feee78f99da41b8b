package org.mailroom.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FromAddressTest {

    @Test
    void aValueNeedsAValidAddressAndADisplayName() {
        assertThat(FromAddress.check("sales@contoso.com", "Contoso Sales")).isEmpty();
        assertThat(FromAddress.check("sales", "Contoso Sales")).extracting(Violation::message)
                .containsExactly("Name: a valid email address such as support@contoso.com");
        assertThat(FromAddress.check("sales@contoso.com", " ")).extracting(Violation::message)
                .containsExactly("Display name: required");
        assertThat(FromAddress.check("", "")).hasSize(2);
        assertThat(FromAddress.check("a@b.com", "Evil <x@y.com>")).extracting(Violation::fieldLabel).containsExactly("Display name");
        assertThat(FromAddress.check("a@b.com", "x".repeat(129))).hasSize(1);
        assertThatThrownBy(() -> FromAddress.draft(1, "bad", "")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void agentsSeeDisplayNameAndAddress() {
        assertThat(FromAddress.draft(1, " sales@contoso.com ", " Contoso Sales ").agentLabel())
                .isEqualTo("Contoso Sales <sales@contoso.com>");
    }

    @Test
    void anotherDomainThanTheOutboundMailboxWarnsButDoesNotBlock() {
        FromAddress fabrikam = FromAddress.draft(1, "care@Fabrikam.com", "Fabrikam Care");
        assertThat(BusinessAttributeRules.sendAsWarning(fabrikam, "support@contoso.com")).get().asString()
                .contains("care@Fabrikam.com is not on the outbound mailbox's domain contoso.com")
                .contains("Send As or Send on Behalf");
        assertThat(BusinessAttributeRules.sendAsWarning(fabrikam, "support@FABRIKAM.com")).isEmpty();
        assertThat(BusinessAttributeRules.sendAsWarning(fabrikam, "")).isEmpty();
    }

    @Test
    void folderAndAttributeNamesAreRequired() {
        assertThatThrownBy(() -> AttributeFolder.draft(" ")).hasMessage("Business Attribute folder: required");
        assertThatThrownBy(() -> BusinessAttribute.draft(1, "")).hasMessage("Business Attribute: required");
        assertThat(AttributeFolder.draft(" Email ").name()).isEqualTo("Email");
    }
}
