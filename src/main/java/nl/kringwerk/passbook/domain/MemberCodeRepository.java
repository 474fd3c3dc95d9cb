package nl.kringwerk.passbook.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

public interface MemberCodeRepository extends JpaRepository<MemberCode, Long> {

    Optional<MemberCode> findByCodeHash(String codeHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<MemberCode> findWithLockByCodeHash(String codeHash);

    Optional<MemberCode> findByMemberIdAndRevokedAtIsNull(long memberId);

    List<MemberCode> findByGroupIdAndRevokedAtIsNull(long groupId);
}
