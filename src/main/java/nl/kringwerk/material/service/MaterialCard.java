package nl.kringwerk.material.service;

import java.util.List;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.UsageFigures;
import org.jspecify.annotations.Nullable;

/** A piece in the library list, in the reader's language where written. */
public record MaterialCard(
        long id,
        String title,
        String goal,
        MaterialFor forType,
        List<String> tags,
        int minutes,
        @Nullable String owner,
        boolean shared,
        UsageFigures usage) {}
