package cn.whuh.portal.staff;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

    /** By the name's normal form ({@link UserNames#key}), as every lookup by name must be. */
    Optional<StaffUser> findByUsernameKey(String usernameKey);

    boolean existsByRole(StaffRole role);

    List<StaffUser> findAllByOrderByUsernameAsc();

    List<StaffUser> findByEnabledTrueOrderByUsernameAsc();
}
