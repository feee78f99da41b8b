package org.mailroom.oauth;

import java.util.List;
import org.mailroom.domain.Violation;

/** Errors block the wizard's page; warnings are shown and the admin may go on. */
public record RegistrationCheck(List<Violation> errors, List<Violation> warnings) {

    public RegistrationCheck {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
