package nl.kringwerk.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.kringwerk.base.domain.DisplayNamed;

/**
 * The frame around every signed-in page. The menu lists only the views this user may open
 * (Vaadin checks each view's access annotations), so a funder sees no group pages.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), title(), new Span(), userBar());
        addToDrawer(brand(), menu());
    }

    private Span title() {
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("navbar-title");
        return title;
    }

    private HorizontalLayout userBar() {
        String name = authentication
                .getAuthenticatedUser(DisplayNamed.class)
                .map(DisplayNamed::displayName)
                .orElse("");
        Span who = new Span(new Icon(VaadinIcon.USER), new Span(name));
        who.addClassName("who");
        Button logout = new Button(
                getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        HorizontalLayout bar = new HorizontalLayout(new LanguageSwitch(), who, logout);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.addClassName("user-bar");
        return bar;
    }

    private VerticalLayout brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("brand-tagline");
        VerticalLayout brand = new VerticalLayout(name, tagline);
        brand.setSpacing(false);
        brand.addClassName("brand");
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() instanceof TableMode) {
            setDrawerOpened(false);
        }
        // A new page starts at its top, also when the link was clicked far down a long list.
        getElement().executeJs("window.scrollTo(0, 0)");
    }
}
