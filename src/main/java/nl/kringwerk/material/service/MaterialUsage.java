package nl.kringwerk.material.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.kringwerk.material.domain.MaterialUseRepository;
import nl.kringwerk.material.domain.UsageFigures;
import nl.kringwerk.material.domain.UseReflection;
import nl.kringwerk.security.AccessPolicy;
import nl.kringwerk.security.GroupScope;
import nl.kringwerk.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * How often each piece was used up to today and how it worked, counted over the groups whose uses
 * this reader may see ({@link AccessPolicy#materialUsageScope}). Callers hold the transaction.
 */
@Component
class MaterialUsage {

    private final MaterialUseRepository uses;
    private final Clock clock;

    MaterialUsage(MaterialUseRepository uses, Clock clock) {
        this.uses = uses;
        this.clock = clock;
    }

    /** Per material id; a piece without uses is absent. */
    Map<Long, UsageFigures> seenBy(SignedInUser user) {
        Map<Long, UsageFigures> figures = new HashMap<>();
        GroupScope scope = AccessPolicy.materialUsageScope(user);
        Long organisation;
        if (scope instanceof GroupScope.OfOrganisation own) {
            organisation = own.organisationId();
        } else if (scope instanceof GroupScope.AllGroups) {
            organisation = null;
        } else {
            return figures;
        }
        for (Object[] row : uses.countUses(LocalDate.now(clock), organisation)) {
            figures.merge(
                    (Long) row[0],
                    UsageFigures.NONE.plus((UseReflection) row[1], (Long) row[2]),
                    (a, b) -> new UsageFigures(
                            a.used() + b.used(),
                            a.workedWell() + b.workedWell(),
                            a.soSo() + b.soSo(),
                            a.didNotWork() + b.didNotWork()));
        }
        return figures;
    }
}
