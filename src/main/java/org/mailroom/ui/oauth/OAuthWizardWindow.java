package org.mailroom.ui.oauth;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.mailroom.text.Text;
import org.mailroom.ui.common.ModalWindows;
import org.mailroom.ui.common.ViewLoader;

/** Opens the OAuth 2.0 wizard. */
public final class OAuthWizardWindow {

    private OAuthWizardWindow() {
    }

    /** True when the admin pressed Finish. */
    public static boolean open(OAuthWizard wizard) {
        OAuthWizardView view = new OAuthWizardView(wizard.pages(), wizard.verification());
        ViewLoader.load(view);
        Dialog<ButtonType> dialog = new Dialog<>();
        ModalWindows.prepare(dialog, Text.get("wizard.title"));
        return view.showAndWait(dialog);
    }
}
