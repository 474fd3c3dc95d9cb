package nl.kringwerk.sessions.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Who holds which task at one session. */
public record RolePlan(Map<SessionRole, Long> holders) {

    public RolePlan {
        holders = Collections.unmodifiableMap(new EnumMap<>(holders));
    }

    public @Nullable Long holder(SessionRole role) {
        return holders.get(role);
    }

    public Optional<SessionRole> roleOf(long memberId) {
        return holders.entrySet().stream()
                .filter(e -> e.getValue() == memberId)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
