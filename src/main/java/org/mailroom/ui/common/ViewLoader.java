package org.mailroom.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.mailroom.text.Text;

/**
 * Loads the FXML of a view from the view's own name: {@code ui/mailboxes/MailboxesView} comes from
 * {@code ui/mailboxes/Mailboxes.fxml} beside it in the resources. The caller builds the controller
 * (with its view model) and those of any {@code fx:include}d part; any other controller class named in
 * the FXML is refused.
 */
public final class ViewLoader {

    private static final String VIEW_SUFFIX = "View";

    private ViewLoader() {
    }

    public static Parent load(Object controller, Object... included) {
        Class<?> viewClass = controller.getClass();
        URL fxml = fxmlOf(viewClass);
        FXMLLoader loader = new FXMLLoader(fxml, Text.bundle());
        List<Object> controllers = new ArrayList<>(List.of(included));
        controllers.add(0, controller);
        loader.setControllerFactory(type -> controllers.stream().filter(c -> c.getClass() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException(fxml + " asks for controller " + type.getName()
                        + " but was loaded for " + viewClass.getName())));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    static URL fxmlOf(Class<?> viewClass) {
        String name = viewClass.getSimpleName();
        if (!name.endsWith(VIEW_SUFFIX)) {
            throw new IllegalArgumentException(viewClass.getName() + " is not named XxxView");
        }
        String file = name.substring(0, name.length() - VIEW_SUFFIX.length()) + ".fxml";
        URL url = viewClass.getResource(file);
        if (url == null) {
            throw new IllegalStateException("Missing FXML " + file + " beside " + viewClass.getName());
        }
        return url;
    }
}
