package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhoneSearchTest {

    @Test
    void aNationalNumberAsTypedIsTheStartOfAChineseNumberOrTheEndOfAnyNumber() {
        PhoneSearch expected = new PhoneSearch(List.of("+8613800138000"), "00083100831");
        assertThat(PhoneSearch.of("13800138000")).contains(expected);
        assertThat(PhoneSearch.of("138 0013 8000")).contains(expected);
        assertThat(PhoneSearch.of("138-0013-8000")).contains(expected);
        assertThat(PhoneSearch.of("8000")).contains(new PhoneSearch(List.of("+868000"), "0008"));
    }

    @Test
    void aCountryCodeMeansTheStartOfTheNumberOnly() {
        PhoneSearch expected = new PhoneSearch(List.of("+8613800138000"), null);
        assertThat(PhoneSearch.of("+86 138 0013 8000")).contains(expected);
        assertThat(PhoneSearch.of("(+86) 138-0013-8000")).contains(expected);
        assertThat(PhoneSearch.of("+44 20 7946 0958")).contains(new PhoneSearch(List.of("+442079460958"), null));
    }

    @Test
    void trunkAndInternationalPrefixesAlsoSearchTheNumberTheyDial() {
        assertThat(PhoneSearch.of("027 8572 6808")).get().extracting(PhoneSearch::prefixes)
                .isEqualTo(List.of("+8602785726808", "+862785726808"));
        assertThat(PhoneSearch.of("0086 138 0013 8000")).get().extracting(PhoneSearch::prefixes)
                .isEqualTo(List.of("+86008613800138000", "+8613800138000"));
    }

    @Test
    void namesReferencesAndTooFewDigitsAreNoPhoneSearch() {
        for (String text : List.of("", "王丽", "Amy", "LP-7K3QX", "7K3", "12", "+1", "138abc", "13+8", "1_3%8")) {
            assertThat(PhoneSearch.of(text)).as(text).isEmpty();
        }
    }
}
