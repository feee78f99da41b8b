package org.mailroom.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailroom.oauth.AccountType;
import org.mailroom.domain.Cloud;
import org.mailroom.oauth.GrantType;

/** Every constant of an enum a list, a cell or the summary shows has its words in the bundle. */
class EnumTextsTest {

    /** The enums shown to the admin through {@link Text#of}: the wizard's drop-downs and the summary. */
    private static final List<Class<? extends Enum<?>>> SHOWN = List.of(Cloud.class, AccountType.class, GrantType.class);

    @Test
    void everyConstantShownHasWordsThatAreNotItsName() {
        for (Class<? extends Enum<?>> type : SHOWN) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(Text.bundle().containsKey("enum." + type.getSimpleName() + "." + constant.name()))
                        .as("a text for %s.%s", type.getSimpleName(), constant).isTrue();
                assertThat(Text.of(constant)).as("%s.%s", type.getSimpleName(), constant)
                        .isNotBlank().doesNotContain(constant.name()).doesNotContainPattern("[A-Z]+_[A-Z_]+");
            }
        }
    }
}
