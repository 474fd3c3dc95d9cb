package nl.kringwerk.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The CSS-only theme in frontend/themes/kringwerk runs on Vaadin's pre-compiled bundle. */
@Theme("kringwerk")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("theme-color", "#1d6b57");
    }
}
