package nl.kringwerk.passbook.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PassbookSettingRepository extends JpaRepository<PassbookSetting, Long> {}
