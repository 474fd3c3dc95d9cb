package nl.kringwerk.material.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kringwerk.base.domain.InvalidInputException;
import nl.kringwerk.material.domain.Material;
import nl.kringwerk.material.domain.MaterialDraft;
import nl.kringwerk.material.domain.MaterialFor;
import nl.kringwerk.material.domain.MaterialRepository;
import nl.kringwerk.material.domain.MaterialVersion;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Puts the starter library (written for Kringwerk, in {@code material/starter-library.yaml}) into
 * every installation, demo or not. When the words of a piece change in a later release, a piece
 * whose current version Kringwerk wrote gets them as its next version (earlier versions, and the
 * sessions prepared with them, stay as they were); a piece someone edited is left alone, so an
 * admin's edits of a starter piece survive a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StarterLibrary implements ApplicationRunner {

    static final String RESOURCE = "material/starter-library.yaml";
    static final String AUTHOR = "kringwerk";
    private static final Logger log = LoggerFactory.getLogger(StarterLibrary.class);

    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final Clock clock;

    StarterLibrary(MaterialRepository materials, MaterialVersionRepository versions, Clock clock) {
        this.materials = materials;
        this.versions = versions;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(@Nullable ApplicationArguments args) {
        int added = 0;
        int reworded = 0;
        for (Map.Entry<String, MaterialDraft> piece : pieces().entrySet()) {
            Optional<Material> existing = materials.findByStarterKey(piece.getKey());
            if (existing.isEmpty()) {
                Material material = materials.save(Material.starter(piece.getKey(), clock.instant()));
                versions.save(new MaterialVersion(material.getId(), 1, piece.getValue(), clock.instant(), AUTHOR));
                added++;
            } else if (reword(existing.get(), piece.getValue())) {
                reworded++;
            }
        }
        if (added > 0) {
            log.info("Starter library: {} pieces of session material added", added);
        }
        if (reworded > 0) {
            log.info("Starter library: {} pieces of session material in new words (a new version each)", reworded);
        }
    }

    /** A piece as Kringwerk last wrote it, in other words than today's: the next version has today's. */
    private boolean reword(Material material, MaterialDraft written) {
        MaterialVersion current = versions.findByMaterialIdAndNumber(material.getId(), material.getCurrentVersion())
                .orElseThrow();
        MaterialVersion asWritten = new MaterialVersion(material.getId(), 0, written, clock.instant(), AUTHOR);
        if (!AUTHOR.equals(current.getCreatedBy()) || current.draft().equals(asWritten.draft())) {
            return false;
        }
        int number = material.nextVersion(material.isShared());
        versions.save(new MaterialVersion(material.getId(), number, written, clock.instant(), AUTHOR));
        return true;
    }

    /** The pieces as written, by key, each checked as an author's draft would be. */
    public static Map<String, MaterialDraft> pieces() {
        try (InputStream in = StarterLibrary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            List<Map<String, Object>> list = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            Map<String, MaterialDraft> pieces = new LinkedHashMap<>();
            for (Map<String, Object> raw : list) {
                MaterialDraft draft = draft(raw);
                if (!draft.problems().isEmpty() || draft.durationMismatch().isPresent()) {
                    throw new IllegalStateException("Starter piece " + raw.get("key") + " is not valid: "
                            + new InvalidInputException(draft.problems()).problems());
                }
                pieces.put((String) raw.get("key"), draft);
            }
            return pieces;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static MaterialDraft draft(Map<String, Object> raw) {
        Map<String, Object> nl = (Map<String, Object>) raw.get("nl");
        Map<String, Object> en = (Map<String, Object>) raw.get("en");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) raw.get("steps");
        List<Map<String, Object>> questions = (List<Map<String, Object>>) raw.get("questions");
        return new MaterialDraft(
                (String) nl.get("title"),
                (String) en.get("title"),
                MaterialFor.valueOf((String) raw.get("for")),
                String.join(", ", (List<String>) raw.get("tags")),
                (String) nl.get("goal"),
                (String) en.get("goal"),
                (String) nl.get("bring"),
                (String) en.get("bring"),
                (String) nl.get("note"),
                (String) en.get("note"),
                (Integer) raw.get("minutes"),
                steps.stream()
                        .map(s -> new MaterialDraft.Step(
                                (Integer) s.get("minutes"), (String) s.get("nl"), (String) s.get("en")))
                        .toList(),
                questions.stream()
                        .map(q -> new MaterialDraft.Question((String) q.get("nl"), (String) q.get("en")))
                        .toList());
    }
}
