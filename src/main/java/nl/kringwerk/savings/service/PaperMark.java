package nl.kringwerk.savings.service;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.kringwerk.savings.domain.EntrySource;
import nl.kringwerk.savings.domain.JournalEntry;
import org.jspecify.annotations.Nullable;

/**
 * "Van papier ingevoerd op ... door ...": the mark of an entry that was written on the paper forms
 * at the table and entered afterwards, with who entered it and who confirmed it.
 */
public record PaperMark(LocalDate enteredOn, String enteredBy, String confirmedBy) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    static @Nullable PaperMark of(JournalEntry e) {
        if (e.getSource() != EntrySource.PAPER || e.getConfirmedBy() == null) {
            return null;
        }
        return new PaperMark(e.getBookedAt().atZone(AMSTERDAM).toLocalDate(), e.getBookedBy(), e.getConfirmedBy());
    }
}
