package nl.kringwerk.base.ui;

import com.vaadin.flow.router.NotFoundException;
import jakarta.annotation.security.PermitAll;

@PermitAll
public class NotFoundView extends NothingHereView<NotFoundException> {}
