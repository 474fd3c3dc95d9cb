package nl.kringwerk.attention.service;

import java.util.List;
import nl.kringwerk.attention.domain.Signal;

/** A group with the reasons it may need attention. */
public record GroupAttention(long groupId, String groupName, List<Signal> signals) {

    public GroupAttention {
        signals = List.copyOf(signals);
    }
}
