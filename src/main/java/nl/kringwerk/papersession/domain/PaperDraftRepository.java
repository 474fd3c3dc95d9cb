package nl.kringwerk.papersession.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PaperDraftRepository extends JpaRepository<PaperDraft, Long> {}
