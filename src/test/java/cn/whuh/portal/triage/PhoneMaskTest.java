package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneMaskTest {

    @Test
    void listsShowTheFirstGroupAndTheLastFourDigitsOnly() {
        assertThat(PhoneMask.mask("+8613800138000")).isEqualTo("138 **** 8000");
        assertThat(PhoneMask.mask("+862785726808")).isEqualTo("027 **** 6808");
        assertThat(PhoneMask.mask("+442079460958")).isEqualTo("+44 **** 0958");
        assertThat(PhoneMask.mask("+12")).doesNotContain("+12").startsWith("****");
        assertThat(PhoneMask.mask(null)).isEmpty();
        for (String phone : new String[] {"+8613800138000", "+862785726808", "+442079460958", "+4915112345678"}) {
            String masked = PhoneMask.mask(phone);
            assertThat(masked.replaceAll("[^0-9]", "").length()).as(masked).isLessThanOrEqualTo(7);
        }
    }
}
