package nl.kringwerk.material.service;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.kringwerk.base.domain.NotFoundOrNotAllowedException;
import nl.kringwerk.material.domain.Material;
import nl.kringwerk.material.domain.MaterialRepository;
import nl.kringwerk.material.domain.MaterialVersion;
import nl.kringwerk.material.domain.MaterialVersionRepository;
import nl.kringwerk.security.AccessPolicy;
import nl.kringwerk.security.CurrentUser;
import nl.kringwerk.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The library as the signed-in reader sees it, by the rules of {@link AccessPolicy}: another
 * organisation's private piece answers like one that does not exist. Callers hold the transaction.
 */
@Component
class VisibleMaterial {

    private final MaterialRepository materials;
    private final MaterialVersionRepository versions;
    private final CurrentUser currentUser;

    VisibleMaterial(MaterialRepository materials, MaterialVersionRepository versions, CurrentUser currentUser) {
        this.materials = materials;
        this.versions = versions;
        this.currentUser = currentUser;
    }

    /** A piece with its current version. */
    record Piece(Material material, MaterialVersion version) {}

    /** The signed-in user, if she reads the library at all. */
    SignedInUser reader() {
        SignedInUser user = currentUser.require();
        if (!AccessPolicy.mayReadLibrary(user)) {
            throw new NotFoundOrNotAllowedException();
        }
        return user;
    }

    /** Every piece this reader may see, with its current version. */
    List<Piece> all(SignedInUser user) {
        List<Material> list = AccessPolicy.readsAllMaterial(user)
                ? materials.findAll()
                : materials.findVisibleTo(user.organisationId());
        Map<Long, Material> byId = list.stream().collect(Collectors.toMap(Material::getId, Function.identity()));
        if (byId.isEmpty()) {
            return List.of();
        }
        return versions.findCurrent(byId.keySet()).stream()
                .map(v -> new Piece(byId.get(v.getMaterialId()), v))
                .toList();
    }

    /** One piece this reader may see; any other is "not found". */
    Material one(SignedInUser user, long materialId) {
        return materials
                .findById(materialId)
                .filter(m -> AccessPolicy.mayReadMaterial(user, m.getOrganisationId(), m.isShared()))
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }

    MaterialVersion current(Material material) {
        return versions.findByMaterialIdAndNumber(material.getId(), material.getCurrentVersion())
                .orElseThrow(NotFoundOrNotAllowedException::new);
    }
}
