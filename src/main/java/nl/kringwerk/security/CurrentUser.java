package nl.kringwerk.security;

import java.util.Optional;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is acting now. Services ask this; they never trust an id handed in by a view. */
@Component
public class CurrentUser {

    public Optional<SignedInUser> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The signed-in user; anyone else gets the same refusal as a stranger would. */
    public SignedInUser require() {
        return find().orElseThrow(NotFoundOrNotAllowedException::new);
    }
}
