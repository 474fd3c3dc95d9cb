package nl.kringwerk.attention.domain;

import java.util.List;

/**
 * One reason why a group may need attention, about the group as a whole (never a ranking of people).
 *
 * @param facts       the numbers filled into the short text, e.g. the weeks since the last session
 * @param explanation the numbers filled into the explanation, e.g. the threshold
 */
public record Signal(SignalKind kind, List<String> facts, List<String> explanation) {

    public Signal {
        facts = List.copyOf(facts);
        explanation = List.copyOf(explanation);
    }

    static Signal of(SignalKind kind, List<Object> facts, List<Object> explanation) {
        return new Signal(
                kind,
                facts.stream().map(String::valueOf).toList(),
                explanation.stream().map(String::valueOf).toList());
    }
}
