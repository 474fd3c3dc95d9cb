package nl.kringwerk.loans.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ShareOutRepository extends JpaRepository<ShareOutRecord, Long> {}
