package cn.whuh.portal.staff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one normal form of user names (issue 15): NFKC, no invisible characters, case-folded. */
class UserNamesTest {

    @Test
    void lookAlikesOfOneNameHaveOneKey() {
        for (String lookAlike : new String[] {"admin", "ADMIN", "\uFF41dmin", "\uFF21\uFF24\uFF2D\uFF29\uFF2E",
            "admin\u200B", "ad\u200Dmin", "\uFEFFadmin", "ad\u00ADmin", "admin\u2060", " admin ", "adm\u202Ein"}) {
            assertThat(UserNames.key(lookAlike)).as(lookAlike).isEqualTo("admin");
        }
        assertThat(UserNames.same("Stra\u00DFe", "STRASSE")).isTrue();
    }

    @Test
    void otherLettersAreOtherNames() {
        assertThat(UserNames.key("\u00E4dmin")).isNotEqualTo("admin");
        assertThat(UserNames.key("a\u0308dmin")).as("a + combining diaeresis is \u00E4").isEqualTo("\u00E4dmin");
        assertThat(UserNames.same("admin", "adm1n")).isFalse();
    }

    @Test
    void theShownNameKeepsItsCaseAndLosesWhatIsInvisible() {
        assertThat(UserNames.display(" Zhang.Wei\u200B ")).isEqualTo("Zhang.Wei");
        assertThat(UserNames.display("\uFF3Ahang")).isEqualTo("Zhang");
        assertThat(UserNames.display(null)).isEmpty();
        assertThat(UserNames.key("x".repeat(150))).hasSize(UserNames.MAX);
    }
}
