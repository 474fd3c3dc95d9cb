package nl.kringwerk.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import jakarta.annotation.security.PermitAll;

@PermitAll
public class AccessDeniedView extends NothingHereView<AccessDeniedException> {}
