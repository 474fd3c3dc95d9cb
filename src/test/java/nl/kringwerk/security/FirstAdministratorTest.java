package nl.kringwerk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A new installation gets exactly one administrator, and only when asked with a decent password. */
class FirstAdministratorTest {

    final UserAccountRepository accounts = mock(UserAccountRepository.class);
    final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    final FirstSetup setup = mock(FirstSetup.class);

    @Test
    void anEmptyInstallationGetsAnAdministratorWithAHashedPassword() {
        when(accounts.count()).thenReturn(0L);
        new FirstAdministrator(accounts, encoder, Clock.systemUTC(), "een-lang-wachtwoord", setup).run(null);
        ArgumentCaptor<UserAccount> saved = ArgumentCaptor.forClass(UserAccount.class);
        verify(accounts).save(saved.capture());
        assertThat(saved.getValue().getUsername()).isEqualTo("admin");
        assertThat(saved.getValue().getRole()).isEqualTo(Role.ADMIN);
        assertThat(saved.getValue().getPasswordHash()).startsWith("{bcrypt}");
        assertThat(encoder.matches("een-lang-wachtwoord", saved.getValue().getPasswordHash()))
                .isTrue();
    }

    @Test
    void existingAccountsAreLeftAloneAndNoPasswordMeansNoAccount() {
        when(accounts.count()).thenReturn(3L);
        new FirstAdministrator(accounts, encoder, Clock.systemUTC(), "een-lang-wachtwoord", setup).run(null);
        new FirstAdministrator(accounts, encoder, Clock.systemUTC(), "", setup).run(null);
        verify(accounts, never()).save(any());
        verify(setup, never()).open();
    }

    @Test
    void anEmptyInstallationWithoutAPasswordPrintsASetupCodeInsteadOfLockingTheOperatorOut() {
        when(accounts.count()).thenReturn(0L);
        new FirstAdministrator(accounts, encoder, Clock.systemUTC(), "", setup).run(null);
        verify(setup).open();
        verify(accounts, never()).save(any());
    }

    @Test
    void aShortPasswordStopsTheStart() {
        when(accounts.count()).thenReturn(0L);
        assertThatThrownBy(() -> new FirstAdministrator(accounts, encoder, Clock.systemUTC(), "kort", setup).run(null))
                .isInstanceOf(IllegalStateException.class);
        verify(accounts, never()).save(any());
    }
}
