package nl.kringwerk.security;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface StartCodeRepository extends JpaRepository<StartCode, Long> {

    /** Locked, so the same code typed twice at the same moment works only once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<StartCode> findByCodeHash(String codeHash);

    List<StartCode> findByUserId(long userId);
}
