package nl.kringwerk.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The start page sends each role to its own home: funders to insights, everyone else to groups. */
@Route("")
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    StartView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(authentication.hasRole("FUNDER") ? "inzichten" : "groepen");
    }
}
