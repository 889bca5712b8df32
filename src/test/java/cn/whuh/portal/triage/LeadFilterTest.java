package cn.whuh.portal.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.whuh.portal.prescreen.Outcome;
import cn.whuh.portal.triage.LeadFilter.Assignment;
import cn.whuh.portal.triage.LeadFilter.Due;
import cn.whuh.portal.triage.LeadFilter.Scope;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The queue's filter as the address carries it: the bare queue for the default, and every part read back. */
class LeadFilterTest {

    @Test
    void theFilterGoesIntoTheAddressAndComesBackWhole() {
        assertThat(LeadFilter.DEFAULT.toQuery()).isEmpty();
        LeadFilter chosen = new LeadFilter(Scope.FUTURE, null, Outcome.NOT_ELIGIBLE, Assignment.MINE, Due.NOW, 3,
                "+86 138 0013 8000");
        String query = chosen.toQuery();
        assertThat(query).isEqualTo("scope=FUTURE&outcome=NOT_ELIGIBLE&assignment=MINE&due=NOW&attempts=3"
                + "&text=%2B86%20138%200013%208000");
        assertThat(LeadFilter.fromQuery(parameters(query)::get)).isEqualTo(chosen);
    }

    @Test
    void theOlderExportLinkAndUnknownValues() {
        assertThat(LeadFilter.fromQuery(parameters("overdue=true")::get).due()).isEqualTo(Due.OVERDUE);
        assertThat(LeadFilter.fromQuery(parameters("status=REACHED")::get).scope()).isEqualTo(Scope.STATUS);
        assertThatThrownBy(() -> LeadFilter.fromQuery(parameters("due=SOON")::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadFilter.fromQuery(parameters("attempts=9")::get))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LeadFilter.fromQuery(parameters("scope=STATUS")::get))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> values = new HashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }
}
