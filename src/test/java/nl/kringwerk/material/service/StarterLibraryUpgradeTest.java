package nl.kringwerk.material.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import nl.kringwerk.ServiceTest;
import nl.kringwerk.material.domain.Material;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialRepository;
import nl.kringwerk.material.domain.MaterialVersion;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An installation that has the starter library in its earlier words gets the new words as the next
 * version of each piece Kringwerk wrote; a piece someone edited keeps her version, and a session
 * keeps the version it was prepared with (versions are never changed).
 */
class StarterLibraryUpgradeTest extends ServiceTest {

    @Autowired
    StarterLibrary starter;

    @Autowired
    MaterialRepository materials;

    @Autowired
    MaterialVersionRepository versions;

    @Autowired
    TransactionTemplate tx;

    @Test
    void piecesInEarlierWordsGetTheNewWordsAsTheirNextVersionUnlessSomeoneEditedThem() {
        MaterialDraft written = StarterLibrary.pieces().get("achteraf-betalen");
        MaterialDraft earlier = withTags(written, "schulden, achteraf betalen, kopen op afbetaling");
        MaterialDraft edited = withTags(StarterLibrary.pieces().get("budgetteren"), "budgetteren, geld, eigen woorden");
        int earlierNumber = addVersion("achteraf-betalen", earlier, "kringwerk");
        int editedNumber = addVersion("budgetteren", edited, "beheerder-van-hier");
        Map<String, Integer> before = new TreeMap<>();
        StarterLibrary.pieces()
                .keySet()
                .forEach(key -> before.put(key, current(key).getNumber()));
        try {
            starter.run(null);

            MaterialVersion now = current("achteraf-betalen");
            assertThat(now.getNumber()).isEqualTo(earlierNumber + 1);
            assertThat(now.tags()).contains("geldzorgen").doesNotContain("schulden");
            assertThat(now.getCreatedBy()).isEqualTo("kringwerk");
            assertThat(versions.findByMaterialIdAndNumber(now.getMaterialId(), earlierNumber)
                            .orElseThrow()
                            .tags())
                    .as("the earlier version stays as it was")
                    .contains("schulden");
            assertThat(current("budgetteren").getNumber()).isEqualTo(editedNumber);
            assertThat(current("budgetteren").tags()).contains("eigen woorden");

            before.put("achteraf-betalen", earlierNumber + 1);
            starter.run(null);
            Map<String, Integer> after = new TreeMap<>();
            StarterLibrary.pieces()
                    .keySet()
                    .forEach(key -> after.put(key, current(key).getNumber()));
            assertThat(after)
                    .as("pieces in today's words, and a second start, add nothing")
                    .isEqualTo(before);
        } finally {
            // Other tests read the starter library as written.
            addVersion("budgetteren", StarterLibrary.pieces().get("budgetteren"), "kringwerk");
        }
    }

    private int addVersion(String key, MaterialDraft draft, String by) {
        return tx.execute(status -> {
            Material material = materials.findByStarterKey(key).orElseThrow();
            int number = material.nextVersion(true);
            versions.save(new MaterialVersion(material.getId(), number, draft, Instant.now(), by));
            return number;
        });
    }

    private MaterialVersion current(String key) {
        Material material = materials.findByStarterKey(key).orElseThrow();
        return versions.findByMaterialIdAndNumber(material.getId(), material.getCurrentVersion())
                .orElseThrow();
    }

    private static MaterialDraft withTags(MaterialDraft d, String tags) {
        return new MaterialDraft(
                d.titleNl(),
                d.titleEn(),
                d.forType(),
                tags,
                d.goalNl(),
                d.goalEn(),
                d.bringNl(),
                d.bringEn(),
                d.noteNl(),
                d.noteEn(),
                d.minutes(),
                d.steps(),
                d.questions());
    }
}
