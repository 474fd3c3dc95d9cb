package nl.kringwerk.loans.domain;

import java.util.List;
import nl.kringwerk.base.domain.InvalidInput;
import nl.kringwerk.base.domain.Texts;

/** How the group voted on a request: counts only, never who voted what. */
public record Tally(int inFavour, int against, int abstained) {

    public int total() {
        return inFavour + against + abstained;
    }

    /** @param present the members at the session: nobody votes twice */
    public List<InvalidInput> problems(boolean approved, int present) {
        List<InvalidInput> problems = Texts.newProblems();
        if (inFavour < 0 || against < 0 || abstained < 0) {
            problems.add(InvalidInput.of("tally", "error.tally-negative"));
        } else if (total() == 0) {
            problems.add(InvalidInput.of("tally", "error.tally-empty"));
        } else if (total() > present) {
            problems.add(InvalidInput.of("tally", "error.tally-above-present", present));
        } else if (approved && inFavour <= against) {
            problems.add(InvalidInput.of("tally", "error.tally-no-majority"));
        }
        return problems;
    }
}
