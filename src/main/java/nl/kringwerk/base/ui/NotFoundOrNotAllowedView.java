package nl.kringwerk.base.ui;

import jakarta.annotation.security.PermitAll;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;

@PermitAll
public class NotFoundOrNotAllowedView extends NothingHereView<NotFoundOrNotAllowedException> {}
