package cn.whuh.portal.staff.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffFormatTest {

    @Test
    void chineseNumbersAreShownAsDialledInChina() {
        assertThat(StaffFormat.phone("+8613800138000")).isEqualTo("138 0013 8000");
        assertThat(StaffFormat.phone("+862785726808")).isEqualTo("027 8572 6808");
    }

    @Test
    void otherCountriesAreShownInInternationalFormat() {
        assertThat(StaffFormat.phone("+442079460958")).isEqualTo("+44 20 7946 0958");
        assertThat(StaffFormat.phone("+14155552671")).isEqualTo("+1 415-555-2671");
        assertThat(StaffFormat.phone("+85291234567")).isEqualTo("+852 9123 4567");
    }

    @Test
    void whatIsNoPossibleE164NumberIsShownAsStored() {
        assertThat(StaffFormat.phone("13800138000")).isEqualTo("13800138000");
        assertThat(StaffFormat.phone("+86123")).isEqualTo("+86123");
        assertThat(StaffFormat.phone("call me")).isEqualTo("call me");
        assertThat(StaffFormat.phone(null)).isEmpty();
    }
}
